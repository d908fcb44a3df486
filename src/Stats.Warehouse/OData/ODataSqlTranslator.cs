using System.Text;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Stats.Warehouse.OData;

/// <summary>
/// Translates $filter, $orderby, $select, $top and $skip on a flat entity set into one parameterised DuckDB SELECT.
/// Parsing and binding are Microsoft.OData's (ODataQueryOptionParser against the model); identifiers come only from the
/// <see cref="FlatEntitySet"/>, every literal becomes a $pN parameter.
/// </summary>
public static class ODataSqlTranslator
{
    /// <summary>Names of the trailing sort-key columns (__k0, __k1 …) a page carries after the selected properties.</summary>
    public const string KeyColumnPrefix = "__k";

    /// <summary>
    /// One page: rows in a stable total order ($orderby, then the key), LIMIT <c>$top</c> or <paramref name="maxTop"/> when
    /// absent (the page size), OFFSET <c>$skip</c>, and only rows after <see cref="ODataQuery.After"/> when given. Selected
    /// columns are aliased to their EDM property names, followed by the sort-key columns (<see cref="KeyColumnPrefix"/>)
    /// whose values on the last row make the next page's keyset.
    /// </summary>
    public static SqlQuery Translate(IEdmModel model, FlatEntitySet set, ODataQuery query, int maxTop, ODataLimits? limits = null)
    {
        limits ??= ODataLimits.Default;
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTop);
        if (query.Top is < 0 || query.Top > maxTop)
        {
            throw new ODataQueryInvalidException($"$top: {query.Top} is outside 0..{maxTop}.");
        }

        if (query.Skip is < 0)
        {
            throw new ODataQueryInvalidException($"$skip: {query.Skip} must not be negative.");
        }

        var parser = Parser(model, set, query.Filter, query.OrderBy, query.Select);
        var parameters = new SqlParameterList();
        var visitor = new FilterSqlVisitor(set, parameters);
        var orderBy = Parse("$orderby", parser.ParseOrderBy);
        CheckOrderBy(orderBy, limits);
        var order = OrderTerms(set, visitor, orderBy);
        var sql = new StringBuilder("SELECT ").Append(SelectList(set, Parse("$select", parser.ParseSelectAndExpand)));
        for (var i = 0; i < order.Count; i++)
        {
            sql.Append(", ").Append(order[i].Expression).Append(" AS ").Append(SqlIdentifier.Quote(KeyColumnPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        sql.Append(" FROM ").Append(set.Relation);
        var where = new List<string>();
        var filter = Parse("$filter", parser.ParseFilter);
        CheckSize("$filter", filter?.Expression, limits);
        if (filter is not null)
        {
            where.Add(Guard("$filter", () => visitor.Predicate(filter.Expression)));
        }

        if (query.After is not null)
        {
            where.Add(KeysetPredicate.After(order, query.After, parameters));
        }

        if (where.Count > 0)
        {
            sql.Append(" WHERE ").Append(string.Join(" AND ", where.Select(w => "(" + w + ")")));
        }

        // By the sort-key aliases rather than the expressions: a constant term ($orderby=1) would be a bare parameter there,
        // which DuckDB refuses in ORDER BY.
        sql.Append(" ORDER BY ").Append(string.Join(", ", order.Select((o, i) =>
            SqlIdentifier.Quote(KeyColumnPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)) + (o.Ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST"))));
        sql.Append(" LIMIT ").Append(parameters.Add(query.Top ?? maxTop));
        if (query.Skip is > 0)
        {
            sql.Append(" OFFSET ").Append(parameters.Add(query.Skip.Value));
        }

        return new SqlQuery(sql.ToString(), parameters.Items);
    }

    /// <summary>The number of rows matching <paramref name="filter"/> (for $count=true and /$count), as one BIGINT column.</summary>
    public static SqlQuery TranslateCount(IEdmModel model, FlatEntitySet set, string? filter, ODataLimits? limits = null)
    {
        var parser = Parser(model, set, filter, null, null);
        var parameters = new SqlParameterList();
        var sql = new StringBuilder("SELECT count(*) FROM ").Append(set.Relation);
        var clause = Parse("$filter", parser.ParseFilter);
        CheckSize("$filter", clause?.Expression, limits ?? ODataLimits.Default);
        AppendWhere(sql, new FilterSqlVisitor(set, parameters), clause);
        return new SqlQuery(sql.ToString(), parameters.Items);
    }

    private static ODataQueryOptionParser Parser(IEdmModel model, FlatEntitySet set, string? filter, string? orderBy, string? select)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(set);
        var entitySet = model.EntityContainer?.FindEntitySet(set.Name)
            ?? throw new ArgumentException($"The model has no entity set '{set.Name}'.", nameof(set));
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(options, "$filter", filter);
        Add(options, "$orderby", orderBy);
        Add(options, "$select", select);
        return new ODataQueryOptionParser(model, entitySet.EntityType, entitySet, options);
    }

    private static void Add(Dictionary<string, string> options, string name, string? value)
    {
        if (value is not null)
        {
            options[name] = value;
        }
    }

    /// <summary>Runs one option's parse so that a syntax, binding or type error names the option it came from.</summary>
    private static T Parse<T>(string option, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (ODataException e)
        {
            throw new ODataQueryInvalidException($"{option}: {e.Message}", e);
        }
    }

    private static void CheckSize(string option, Microsoft.OData.UriParser.QueryNode? expression, ODataLimits limits)
    {
        var nodes = expression is null ? 0 : QueryNodeCount.Of(expression);
        if (nodes > limits.MaxNodeCount)
        {
            throw new ODataQueryInvalidException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{option}: the expression has {nodes} nodes; this service accepts at most {limits.MaxNodeCount}."));
        }
    }

    private static void CheckOrderBy(OrderByClause? clause, ODataLimits limits)
    {
        var terms = 0;
        for (var c = clause; c is not null; c = c.ThenBy)
        {
            terms++;
            CheckSize("$orderby", c.Expression, limits);
        }

        if (terms > limits.MaxOrderByTerms)
        {
            throw new ODataQueryInvalidException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"$orderby: {terms} terms; this service accepts at most {limits.MaxOrderByTerms}."));
        }
    }

    private static void AppendWhere(StringBuilder sql, FilterSqlVisitor visitor, FilterClause? filter)
    {
        if (filter is not null)
        {
            sql.Append(" WHERE ").Append(Guard("$filter", () => visitor.Predicate(filter.Expression)));
        }
    }

    private static string SelectList(FlatEntitySet set, SelectExpandClause? clause)
    {
        IEnumerable<FlatProperty> properties = set.Properties;
        if (clause is not null && !clause.AllSelected)
        {
            if (clause.SelectedItems.Any(i => i is not PathSelectItem and not WildcardSelectItem))
            {
                throw new ODataQueryNotSupportedException("$select: only property names and '*' are supported.");
            }

            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in clause.SelectedItems.OfType<PathSelectItem>())
            {
                if (item.SelectedPath.Count != 1 || item.SelectedPath.FirstSegment is not PropertySegment segment || item.HasOptions)
                {
                    throw new ODataQueryNotSupportedException("$select: only property names and '*' are supported.");
                }

                named.Add(segment.Property.Name);
            }

            // Model order, not request order: the page shape depends only on which properties were asked for.
            if (!clause.SelectedItems.OfType<WildcardSelectItem>().Any())
            {
                properties = set.Properties.Where(p => named.Contains(p.Name));
            }
        }

        return string.Join(", ", properties.Select(p => $"{SqlIdentifier.Quote(p.Column)} AS {SqlIdentifier.Quote(p.Name)}"));
    }

    private static List<OrderTerm> OrderTerms(FlatEntitySet set, FilterSqlVisitor visitor, OrderByClause? clause)
    {
        var terms = new List<OrderTerm>();
        var ordered = new HashSet<string>(StringComparer.Ordinal);
        for (var c = clause; c is not null; c = c.ThenBy)
        {
            var expression = Guard("$orderby", () => c.Expression.Accept(visitor));
            if (c.Expression is SingleValuePropertyAccessNode property)
            {
                ordered.Add(property.Property.Name);
            }

            // OData orders null as the smallest value: NULLS FIRST ascending, NULLS LAST descending.
            terms.Add(new OrderTerm(expression, c.Direction == OrderByDirection.Ascending, FlatTypes.Of(c.Expression.TypeReference)));
        }

        // The key last makes the order total, so pages never overlap or skip rows.
        terms.AddRange(set.Key.Where(k => !ordered.Contains(k)).Select(k => new OrderTerm(SqlIdentifier.Quote(set.Property(k).Column), true, set.Property(k).Type)));
        return terms;
    }

    /// <summary>QueryNodeVisitor's default methods throw NotImplementedException: an untranslated node is "not supported", never a 500.</summary>
    private static string Guard(string option, Func<string> translate)
    {
        try
        {
            return translate();
        }
        catch (NotImplementedException e)
        {
            throw new ODataQueryNotSupportedException($"{option}: this construct is not supported.", e);
        }
        catch (ODataQueryNotSupportedException e) when (!e.Message.StartsWith('$'))
        {
            throw new ODataQueryNotSupportedException($"{option}: {e.Message}", e);
        }
    }
}
