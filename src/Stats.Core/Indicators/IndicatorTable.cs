namespace Stats.Core.Indicators;

/// <summary>
/// One published cross-classification of an indicator: its breakdowns (empty for the total alone) and the
/// frequencies it is published at. The table's lattice (every breakdown at a code or at <c>_T</c>) is published.
/// </summary>
public sealed record IndicatorTable(IReadOnlyList<string> By, IReadOnlyList<Frequency> Frequencies)
{
    /// <summary>The breakdowns in registry order joined with commas: the table's stable name ('' for the total).</summary>
    public string Name => string.Join(',', By);

    /// <summary>True when every breakdown of <paramref name="by"/> is one of this table's (a sub-table of its lattice).</summary>
    public bool Covers(IEnumerable<string> by) => by.All(b => By.Contains(b, StringComparer.Ordinal));
}
