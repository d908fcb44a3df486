using Stats.Etl.Contracts;

namespace Stats.Etl.Aggregates;

/// <summary>
/// The checks that need nothing but the delivered file: margins (details vs. their stated total, on every
/// additive dimension), period sums (quarters or months vs. their year, months vs. their quarter) and negative
/// counts. Only exact stated values are checked; the parts may be censored (then their bounds must allow the
/// stated value) but not missing (then nothing can be said).
/// </summary>
internal sealed class ConsistencyChecks(IReadOnlyList<AggregateCell> cells, string fileName)
{
    public IReadOnlyList<AggregateFinding> Find() => [.. Margins(), .. PeriodSums(), .. Negatives()];

    private IEnumerable<AggregateFinding> Margins()
    {
        var dimensions = cells.SelectMany(c => c.Codes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(AggregateDimensions.IsAdditive);
        foreach (var dimension in dimensions)
        {
            // Cells equal except on this dimension: the one coded _T is the total, the others its details.
            foreach (var group in cells.GroupBy(c => (c.Period, Others: c.CoordinatesWithout(dimension))))
            {
                var details = group.Where(c => c.Codes[dimension] != AggregateDimensions.Total).ToList();
                foreach (var total in group.Where(c => c.IsExact && c.Codes[dimension] == AggregateDimensions.Total))
                {
                    if (details.Count > 0 && Compare(total, details) is { } finding)
                    {
                        yield return Finding(AggregateFinding.Margin, total, finding.Expected,
                            $"total {total.Value} for {AggregateCellReader.Describe(total)} but its {details.Count} details over {dimension} {finding.Sum.Describe()}.");
                    }
                }
            }
        }
    }

    private IEnumerable<AggregateFinding> PeriodSums()
    {
        foreach (var group in cells.GroupBy(c => (c.Period.Year, c.Coordinates)))
        {
            var byPeriod = group.ToDictionary(c => (c.Period.Freq, c.Period.No));
            foreach (var stated in group.Where(c => c.IsExact && c.Period.Freq != AggregatePeriod.Monthly))
            {
                var partsOf = stated.Period.Freq == AggregatePeriod.Annual
                    ? new[] { (AggregatePeriod.Quarterly, Enumerable.Range(1, 4), "quarters"), (AggregatePeriod.Monthly, Enumerable.Range(1, 12), "months") }
                    : [(AggregatePeriod.Monthly, Enumerable.Range((3 * stated.Period.No) - 2, 3), "months")];
                foreach (var (freq, numbers, name) in partsOf)
                {
                    var parts = numbers.Select(n => byPeriod.GetValueOrDefault((freq, n))).ToList();
                    if (parts.All(p => p is not null) && Compare(stated, parts!) is { } finding)
                    {
                        var what = stated.Period.Freq == AggregatePeriod.Annual ? "year" : "quarter";
                        yield return Finding(AggregateFinding.PeriodSum, stated, finding.Expected,
                            $"{what} {stated.Period.Label} states {stated.Value} for {Coordinates(stated)} but its {parts.Count} {name} {finding.Sum.Describe()}.");
                    }
                }
            }
        }
    }

    private IEnumerable<AggregateFinding> Negatives() =>
        cells.Where(c => c.Value < 0).Select(c => Finding(AggregateFinding.Negative, c, null,
            $"negative count {c.Value} for {AggregateCellReader.Describe(c)}."));

    private static (long Expected, PartsSum Sum)? Compare(AggregateCell stated, IReadOnlyCollection<AggregateCell> parts) =>
        PartsSum.Of(parts) is { } sum && sum.Expected(stated.Value!.Value) is { } expected ? (expected, sum) : null;

    private static string Coordinates(AggregateCell cell) => cell.Coordinates.Length == 0 ? "the whole return" : cell.Coordinates;

    private AggregateFinding Finding(string check, AggregateCell cell, long? expected, string detail) => cell.Finding(check, expected, fileName, detail);
}
