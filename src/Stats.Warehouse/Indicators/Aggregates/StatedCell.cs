namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>
/// One current cell of an aggregate return (fct_aggregate_cell): its period, its code per dimension of the return
/// (a combined category is its forms joined with '+', e.g. SEX+LAB) and what was stated.
/// </summary>
internal sealed record StatedCell(AggregatePeriod Period, IReadOnlyDictionary<string, string> Codes, AggregateValue Value)
{
    /// <summary>Parses 'age_group=Y_GE18;id_outcome=_T' (stg_aggregate_cell.coordinates).</summary>
    public static Dictionary<string, string> ParseCoordinates(string coordinates)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in coordinates.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new FormatException($"'{coordinates}' is not a list of dimension=code pairs.");
            }

            codes[pair[..at]] = pair[(at + 1)..];
        }

        return codes;
    }
}
