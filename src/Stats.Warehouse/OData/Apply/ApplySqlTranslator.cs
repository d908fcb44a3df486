using System.Text;
using System.Text.RegularExpressions;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace Stats.Warehouse.OData.Apply;

/// <summary>
/// Translates <c>$apply</c> on a fact set into one parameterised DuckDB SELECT. Supported: any number of
/// <c>filter(…)</c> (combined with AND; expressions as in $filter, through <see cref="FilterSqlVisitor"/>), then at most one
/// <c>groupby((properties))</c>, <c>groupby((properties),aggregate(…))</c> or <c>aggregate(…)</c> as the last
/// transformation; aggregates sum, min, max, average, countdistinct and <c>$count</c>. Everything else (compute, expand,
/// concat, topcount…, nested groupby paths, transformations after an aggregation, custom aggregates) is
/// <see cref="ODataQueryNotSupportedException"/> (501); a malformed clause or one over the <see cref="ApplyLimits"/> is
/// <see cref="ODataQueryInvalidException"/> (400). The filter does not drop rows: it becomes a flag, and aggregates read
/// only flagged rows (FILTER (WHERE …)), so that every group of the unfiltered relation reports how many persons the filter
/// excluded — the disclosure control needs them (<see cref="ApplyProtection"/>).
/// </summary>
public static partial class ApplySqlTranslator
{
    /// <summary>Hidden result column: distinct persons of the group with at least one row passing the filter.</summary>
    public const string InUnits = "__in_units";

    /// <summary>Hidden result column: distinct persons of the group, filter or not.</summary>
    public const string AllUnits = "__all_units";

    /// <summary>The marker property every result row carries: F published, C primary or D secondary suppression (as the cubes' ConfStatus).</summary>
    public const string StatusProperty = "ConfStatus";

    /// <summary>Hidden result columns __relax_i: distinct persons passing the filter without its i-th conjunct.</summary>
    public const string RelaxedPrefix = "__relax_";

    private const string InFlag = "__in";

    private static string Flag(int i) => SqlIdentifier.Quote("__c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The top-level conditions of a filter: operands of 'and', with not(a or b) read as not a and not b, so that a
    /// query narrowed by one more condition is recognised as a neighbour of the query without it.
    /// </summary>
    private static IEnumerable<SingleValueNode> Conjuncts(SingleValueNode node) => node switch
    {
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and => Conjuncts(and.Left).Concat(Conjuncts(and.Right)),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not, Operand: BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Or } or } =>
            Conjuncts(new UnaryOperatorNode(UnaryOperatorKind.Not, or.Left)).Concat(Conjuncts(new UnaryOperatorNode(UnaryOperatorKind.Not, or.Right))),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not, Operand: UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } inner } => Conjuncts(inner.Operand),
        ConvertNode { Source: var source } when source.TypeReference?.IsBoolean() == true => Conjuncts(source),
        _ => [node],
    };

    public static ApplyPlan Translate(IEdmModel model, FlatEntitySet set, string apply, ApplyLimits limits)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(limits);
        var disclosure = set.Disclosure ?? throw new ODataQueryNotSupportedException($"$apply is supported on the fact sets only, not on '{set.Name}'.");
        var clause = Parse(model, set, apply);
        var transformations = clause.Transformations.ToList();
        if (transformations.Count > limits.MaxTransformations)
        {
            throw Invalid($"{transformations.Count} transformations; at most {limits.MaxTransformations} are allowed.");
        }

        var filters = new List<SingleValueNode>();
        GroupByTransformationNode? groupBy = null;
        AggregateTransformationNode? aggregate = null;
        foreach (var t in transformations)
        {
            if (groupBy is not null || aggregate is not null)
            {
                throw NotSupported("transformations after groupby or aggregate are not supported.");
            }

            switch (t)
            {
                case FilterTransformationNode f:
                    filters.Add(f.FilterClause.Expression);
                    break;
                case GroupByTransformationNode g:
                    groupBy = g;
                    aggregate = g.ChildTransformations switch
                    {
                        null => null,
                        AggregateTransformationNode a => a,
                        var other => throw NotSupported($"groupby with a {other.Kind} transformation is not supported; only aggregate."),
                    };
                    break;
                case AggregateTransformationNode a:
                    aggregate = a;
                    break;
                default:
                    throw NotSupported($"the {t.Kind} transformation is not supported.");
            }
        }

        if (groupBy is null && aggregate is null)
        {
            throw NotSupported("$apply needs a groupby or an aggregate; for rows, use $filter.");
        }

        var parameters = new SqlParameterList();
        var visitor = new FilterSqlVisitor(set, parameters);
        var columns = new List<ApplyColumn>();
        var select = new List<string>();
        var groupColumns = Groups(set, groupBy, limits, columns, select);
        var filtered = filters.Count > 0;
        Aggregates(set, visitor, aggregate, limits, filtered, columns, select);

        var unit = SqlIdentifier.Quote(disclosure.UnitColumn);
        select.Add(Filtered($"count(DISTINCT {unit})", filtered) + " AS " + SqlIdentifier.Quote(InUnits));
        select.Add($"count(DISTINCT {unit}) AS {SqlIdentifier.Quote(AllUnits)}");
        var conjuncts = filters.SelectMany(Conjuncts).ToList();
        if (conjuncts.Count > limits.MaxFilterConditions)
        {
            throw Invalid($"{conjuncts.Count} filter conditions combined with 'and'; at most {limits.MaxFilterConditions} are allowed.");
        }

        var relaxed = conjuncts.Count >= 2 ? conjuncts.Count : 0;
        for (var i = 0; i < relaxed; i++)
        {
            var others = string.Join(" AND ", Enumerable.Range(0, conjuncts.Count).Where(j => j != i).Select(Flag));
            select.Add($"count(DISTINCT {unit}) FILTER (WHERE {others}) AS {SqlIdentifier.Quote(RelaxedPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        }

        var sql = new StringBuilder("SELECT ").Append(string.Join(", ", select)).Append(" FROM ");
        if (filtered)
        {
            var flags = conjuncts.Select((c, i) => Guard(() => visitor.Predicate(c)) + " AS " + Flag(i));
            var all = string.Join(" AND ", Enumerable.Range(0, conjuncts.Count).Select(Flag));
            sql.Append("(SELECT *, ").Append(all).Append(" AS ").Append(SqlIdentifier.Quote(InFlag))
                .Append(" FROM (SELECT *, ").Append(string.Join(", ", flags)).Append(" FROM ").Append(set.Relation).Append(") AS __f) AS __t");
        }
        else
        {
            sql.Append(set.Relation).Append(" AS __t");
        }

        if (groupColumns.Count > 0)
        {
            sql.Append(" GROUP BY ").Append(string.Join(", ", groupColumns));
            sql.Append(" ORDER BY ").Append(string.Join(", ", groupColumns.Select(c => c + " ASC NULLS FIRST")));
        }

        sql.Append(" LIMIT ").Append(parameters.Add((long)limits.MaxGroups + 1));
        return new ApplyPlan(new SqlQuery(sql.ToString(), parameters.Items), columns, filtered, groupBy is not null, clause) { Relaxed = relaxed };
    }

    private static ApplyClause Parse(IEdmModel model, FlatEntitySet set, string apply)
    {
        var entitySet = model.EntityContainer?.FindEntitySet(set.Name)
            ?? throw new ArgumentException($"The model has no entity set '{set.Name}'.", nameof(set));
        try
        {
            return new ODataQueryOptionParser(model, entitySet.EntityType, entitySet, new Dictionary<string, string> { ["$apply"] = apply }).ParseApply()
                ?? throw Invalid("empty clause.");
        }
        catch (ODataException e) when (OtherTransformation().Match(apply) is { Success: true } known)
        {
            // Transformations of the aggregation extension that Microsoft.OData 8 does not parse are valid OData: 501, not 400.
            throw new ODataQueryNotSupportedException($"$apply: the {known.Groups[1].Value} transformation is not supported.", e);
        }
        catch (ODataException e)
        {
            throw new ODataQueryInvalidException("$apply: " + e.Message, e);
        }
        catch (Exception e) when (e is NotImplementedException or NotSupportedException)
        {
            throw new ODataQueryNotSupportedException("$apply: this construct is not supported.", e);
        }
    }

    private static List<string> Groups(FlatEntitySet set, GroupByTransformationNode? groupBy, ApplyLimits limits, List<ApplyColumn> columns, List<string> select)
    {
        var result = new List<string>();
        if (groupBy is null)
        {
            return result;
        }

        var properties = groupBy.GroupingProperties.ToList();
        if (properties.Count > limits.MaxGroupByProperties)
        {
            throw Invalid($"{properties.Count} group-by properties; at most {limits.MaxGroupByProperties} are allowed.");
        }

        foreach (var node in properties)
        {
            if (node.ChildTransformations.Count > 0 || node.Expression is not SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } access)
            {
                throw NotSupported($"groupby: only properties of the set are supported ('{node.Name}').");
            }

            var property = set.Property(access.Property.Name);
            if (columns.Any(c => c.Name == property.Name))
            {
                throw Invalid($"groupby: '{property.Name}' is given twice.");
            }

            var column = SqlIdentifier.Quote(property.Column);
            columns.Add(new ApplyColumn(property.Name, property.Type, true));
            select.Add($"{column} AS {SqlIdentifier.Quote(property.Name)}");
            result.Add(column);
        }

        return result;
    }

    private static void Aggregates(
        FlatEntitySet set, FilterSqlVisitor visitor, AggregateTransformationNode? aggregate, ApplyLimits limits, bool filtered,
        List<ApplyColumn> columns, List<string> select)
    {
        if (aggregate is null)
        {
            return;
        }

        var expressions = aggregate.AggregateExpressions.ToList();
        if (expressions.Count > limits.MaxAggregates)
        {
            throw Invalid($"{expressions.Count} aggregates; at most {limits.MaxAggregates} are allowed.");
        }

        foreach (var item in expressions)
        {
            if (item is not AggregateExpression a)
            {
                throw NotSupported("aggregating navigation properties is not supported.");
            }

            if (a.Alias == StatusProperty || a.Alias.StartsWith("__", StringComparison.Ordinal) || columns.Any(c => c.Name == a.Alias)
                || set.Properties.Any(p => p.Name == a.Alias))
            {
                throw Invalid($"the alias '{a.Alias}' is already a property of the result or reserved.");
            }

            // FILTER must follow the aggregate call itself, so a result cast wraps it afterwards.
            string F(string call) => Filtered(call, filtered);
            var (sql, type) = a.Method switch
            {
                AggregationMethod.VirtualPropertyCount => (F("count(*)"), FlatType.Int64),
                AggregationMethod.CountDistinct => (F($"count(DISTINCT {Operand(visitor, a)})"), FlatType.Int64),
                AggregationMethod.Sum => Numeric(a, TypeOf(set, a.Expression)) == FlatType.Double
                    ? ($"CAST({F($"sum({Operand(visitor, a)})")} AS DOUBLE)", FlatType.Double)
                    : ($"CAST({F($"sum({Operand(visitor, a)})")} AS BIGINT)", FlatType.Int64),
                AggregationMethod.Average => Average(set, visitor, a, F),
                AggregationMethod.Min => (F($"min({Operand(visitor, a)})"), TypeOf(set, a.Expression)),
                AggregationMethod.Max => (F($"max({Operand(visitor, a)})"), TypeOf(set, a.Expression)),
                _ => throw NotSupported($"the aggregation method {a.Method} ({a.MethodDefinition?.MethodLabel}) is not supported."),
            };
            columns.Add(new ApplyColumn(a.Alias, type, false));
            select.Add(sql + " AS " + SqlIdentifier.Quote(a.Alias));
        }
    }

    private static (string Sql, FlatType Type) Average(FlatEntitySet set, FilterSqlVisitor visitor, AggregateExpression a, Func<string, string> filtered)
    {
        Numeric(a, TypeOf(set, a.Expression));
        return ($"CAST({filtered($"avg({Operand(visitor, a)})")} AS DOUBLE)", FlatType.Double);
    }

    private static string Operand(FilterSqlVisitor visitor, AggregateExpression a) => Guard(() => a.Expression.Accept(visitor));

    private static FlatType Numeric(AggregateExpression a, FlatType type) =>
        type is FlatType.Int32 or FlatType.Int64 or FlatType.Double
            ? type
            : throw Invalid($"{a.Method.ToString().ToLowerInvariant()} needs a numeric operand ('{a.Alias}').");

    private static FlatType TypeOf(FlatEntitySet set, SingleValueNode node)
    {
        if (node is SingleValuePropertyAccessNode p)
        {
            return set.Property(p.Property.Name).Type;
        }

        var type = node.TypeReference;
        return FlatTypes.Of(type) ?? throw NotSupported(type?.IsPrimitive() == true
            ? $"aggregating a {type.AsPrimitive().PrimitiveKind()} expression is not supported."
            : "aggregating a non-primitive expression is not supported.");
    }

    private static string Filtered(string aggregate, bool filtered) =>
        filtered ? $"{aggregate} FILTER (WHERE {SqlIdentifier.Quote(InFlag)})" : aggregate;

    private static string Guard(Func<string> translate)
    {
        try
        {
            return translate();
        }
        catch (NotImplementedException e)
        {
            throw new ODataQueryNotSupportedException("$apply: this construct is not supported.", e);
        }
        catch (ODataQueryNotSupportedException e) when (!e.Message.StartsWith('$'))
        {
            throw new ODataQueryNotSupportedException("$apply: " + e.Message, e);
        }
    }

    private static ODataQueryInvalidException Invalid(string message) => new("$apply: " + message);

    private static ODataQueryNotSupportedException NotSupported(string message) => new("$apply: " + message);

    [GeneratedRegex(@"(?:^|[/(,])\s*(topcount|topsum|toppercent|bottomcount|bottomsum|bottompercent|concat|identity|search|nest|join|outerjoin|ancestors|descendants|traverse|orderby|skip|top|addnested|rolluprecursive)\s*(?:\(|/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherTransformation();
}
