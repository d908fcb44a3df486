namespace Stats.Charts.Data;

/// <summary>One line, one set of bars or one stacked segment of a chart, its points in display order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The previous year's line of a monthly trend: drawn thinner and lighter, with square markers.</summary>
    public bool IsComparison { get; init; }

    /// <summary>
    /// The stacked segment "suppressed (c)": per period, the published total minus the published segments (what the
    /// public can compute anyway), never the value of one suppressed cell.
    /// </summary>
    public bool IsSuppressedRemainder { get; init; }
}
