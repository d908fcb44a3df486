namespace Stats.Core.Indicators;

/// <summary>
/// One published cross-classification of an indicator: its breakdowns (empty for the total alone) and the
/// frequencies it is published at. The table's lattice (every breakdown at a code or at <c>_T</c>) is published.
/// </summary>
public sealed record IndicatorTable(IReadOnlyList<string> By, IReadOnlyList<Frequency> Frequencies)
{
    /// <summary>Where its cells come from (microdata unless the definition names an aggregate return).</summary>
    public IndicatorSource Source { get; init; } = IndicatorSource.Microdata;

    /// <summary>The breakdowns in registry order joined with commas: the table's stable name ('' for the total).</summary>
    public string Name => string.Join(',', By);

    /// <summary>True when every breakdown of <paramref name="by"/> is one of this table's (a sub-table of its lattice).</summary>
    public bool Covers(IEnumerable<string> by) => by.All(b => By.Contains(b, StringComparer.Ordinal));

    /// <summary>Its lattice: every subset of its breakdowns (in registry order), the total first, the table itself last.</summary>
    public IEnumerable<IReadOnlyList<string>> Lattice()
    {
        for (var mask = 0; mask < 1 << By.Count; mask++)
        {
            yield return By.Where((_, i) => (mask & (1 << i)) != 0).ToList();
        }
    }
}
