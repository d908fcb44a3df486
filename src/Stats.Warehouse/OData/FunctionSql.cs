using Microsoft.OData.UriParser;

namespace Stats.Warehouse.OData;

/// <summary>The canonical OData functions this service translates, and their DuckDB equivalents.</summary>
internal static class FunctionSql
{
    private static readonly Dictionary<string, (string Sql, int Arity)> Functions = new(StringComparer.Ordinal)
    {
        ["contains"] = ("contains", 2),
        ["startswith"] = ("starts_with", 2),
        ["endswith"] = ("ends_with", 2),
        ["tolower"] = ("lower", 1),
        ["toupper"] = ("upper", 1),
        ["length"] = ("length", 1),
        ["trim"] = ("trim", 1),
        ["year"] = ("year", 1),
        ["month"] = ("month", 1),
        ["day"] = ("day", 1),
    };

    /// <summary>String predicates are made two-valued (NULL read as false) like comparisons, so "not" stays OData-correct.</summary>
    public static bool IsTwoValued(string name) => name is "contains" or "startswith" or "endswith";

    public static string Translate(FilterSqlVisitor visitor, SingleValueFunctionCallNode node)
    {
        var arguments = node.Parameters.ToList();
        if (!Functions.TryGetValue(node.Name, out var function) || arguments.Count != function.Arity
            || arguments.Any(a => a is not SingleValueNode))
        {
            throw new ODataQueryNotSupportedException($"Function '{node.Name}' is not supported.");
        }

        var sql = $"{function.Sql}({string.Join(", ", arguments.Select(a => a.Accept(visitor)))})";
        var nullable = arguments.Cast<SingleValueNode>().Any(NullSemantics.IsNullable);
        return IsTwoValued(node.Name) && nullable ? $"COALESCE({sql}, FALSE)" : sql;
    }
}
