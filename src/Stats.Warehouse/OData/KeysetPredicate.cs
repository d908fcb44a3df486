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
