using Stats.Core.Indicators;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// The cells an indicator publishes: for each frequency, every subset of the breakdowns of each table published at that
/// frequency (a table's lattice holds its margins and total). Subsets keep registry order, so names are stable.
/// </summary>
internal static class Lattices
{
    public static IReadOnlyList<(Frequency Frequency, IReadOnlyList<string> By)> Of(IndicatorDefinition indicator)
    {
        var result = new List<(Frequency, IReadOnlyList<string>)>();
        foreach (var frequency in Frequencies.All)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var table in indicator.Tables.Where(t => t.Frequencies.Contains(frequency)))
            {
                foreach (var subset in table.Lattice())
                {
                    if (names.Add(string.Join(',', subset)))
                    {
                        result.Add((frequency, subset));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Lattice names (comma-joined breakdowns) published at <paramref name="frequency"/>.</summary>
    public static IReadOnlyList<string> NamesAt(IndicatorDefinition indicator, Frequency frequency) =>
        Of(indicator).Where(l => l.Frequency == frequency).Select(l => string.Join(',', l.By)).ToList();
}
