namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>A reference period of an aggregate return: frequency code (A, Q, M), year and period number (0 for A).</summary>
internal readonly record struct AggregatePeriod(string Freq, int Year, int PeriodNo)
{
    /// <summary>
    /// The finer periods that add up to this one, finest last: a year's quarters, then its months; a quarter's months.
    /// </summary>
    public IEnumerable<IReadOnlyList<AggregatePeriod>> Parts()
    {
        var year = Year;
        switch (Freq)
        {
            case "A":
                yield return Enumerable.Range(1, 4).Select(q => new AggregatePeriod("Q", year, q)).ToList();
                yield return Enumerable.Range(1, 12).Select(m => new AggregatePeriod("M", year, m)).ToList();
                break;
            case "Q":
                yield return Enumerable.Range((3 * PeriodNo) - 2, 3).Select(m => new AggregatePeriod("M", year, m)).ToList();
                break;
        }
    }
}
