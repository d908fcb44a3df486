using System.Globalization;

namespace Stats.Warehouse.OData;

/// <summary>
/// "Strictly after this row" in a total order, for keyset paging: (t0 after v0) OR (t0 = v0 AND t1 after v1) OR …,
/// with OData's null order (null is the smallest value) and every value as a parameter. Unlike an OFFSET, it stays
/// correct and cheap however deep the page.
/// </summary>
internal static class KeysetPredicate
{
    public static string After(IReadOnlyList<OrderTerm> order, IReadOnlyList<object?> values, SqlParameterList parameters)
    {
        if (values.Count != order.Count)
        {
            throw new ODataQueryInvalidException(string.Create(CultureInfo.InvariantCulture,
                $"$skiptoken: it holds {values.Count} sort values, but this query orders by {order.Count}; a next link must be followed unchanged."));
        }

        for (var i = 0; i < order.Count; i++)
        {
            if (values[i] is { } value && !Fits(value, order[i].Type))
            {
                throw new ODataQueryInvalidException(string.Create(CultureInfo.InvariantCulture,
                    $"$skiptoken: its sort value {i + 1} is not of the type this query orders by; a next link must be followed unchanged."));
            }
        }

        var alternatives = new List<string>();
        for (var i = 0; i < order.Count; i++)
        {
            var terms = new List<string>();
            for (var j = 0; j < i; j++)
            {
                terms.Add(values[j] is null ? $"{order[j].Expression} IS NULL" : $"{order[j].Expression} IS NOT DISTINCT FROM {parameters.Add(values[j]!)}");
            }

            var beyond = Beyond(order[i], values[i], parameters);
            if (beyond is null)
            {
                continue;
            }

            terms.Add(beyond);
            alternatives.Add("(" + string.Join(" AND ", terms) + ")");
        }

        return alternatives.Count == 0 ? "FALSE" : string.Join(" OR ", alternatives);
    }

    /// <summary>
    /// Whether a token's value can be compared with a sort term of this type. A forged value of another type would fail in
    /// DuckDB's binder; numbers pass between the numeric types because DuckDB widens an expression's type (length() of an
    /// Edm.Int32 is BIGINT there), and an unknown type passes.
    /// </summary>
    private static bool Fits(object value, FlatType? type) => type switch
    {
        FlatType.String => value is string,
        FlatType.Int32 or FlatType.Int64 or FlatType.Double => value is int or long or double or decimal,
        FlatType.Boolean => value is bool,
        FlatType.Date => value is DateOnly,
        _ => true,
    };

    /// <summary>Rows strictly beyond <paramref name="value"/> on one term, or null when none can be (descending past a null).</summary>
    private static string? Beyond(OrderTerm term, object? value, SqlParameterList parameters)
    {
        if (term.Ascending)
        {
            return value is null ? $"{term.Expression} IS NOT NULL" : $"COALESCE({term.Expression} > {parameters.Add(value)}, FALSE)";
        }

        return value is null ? null : $"({term.Expression} < {parameters.Add(value)} OR {term.Expression} IS NULL)";
    }
}
