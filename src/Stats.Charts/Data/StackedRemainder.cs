namespace Stats.Charts.Data;

/// <summary>
/// The one grey segment of a stack whose categories are partly suppressed: published total minus published segments.
/// The public can compute it from published figures; secondary suppression guarantees that it is never the value of
/// a single suppressed cell.
/// </summary>
internal static class StackedRemainder
{
    public const string Name = "suppressed (c)";
    public const string TotalName = "Total";

    public static ChartSeries Of(string indicatorId, IReadOnlyList<ChartSeries> segments, IReadOnlyList<ChartPoint> totals)
    {
        var points = new List<ChartPoint>();
        foreach (var total in totals.Where(t => t.Value is not null))
        {
            var cells = segments.SelectMany(s => s.Points).Where(p => p.TimePeriod == total.TimePeriod).ToList();
            if (cells.Any(p => p.IsSuppressed))
            {
                var rest = total.Value!.Value - cells.Sum(p => p.Value ?? 0);
                points.Add(new ChartPoint(indicatorId, total.TimePeriod, Name, rest, "c", ""));
            }
        }

        return new ChartSeries(Name, points) { IsSuppressedRemainder = true };
    }
}
