using Stats.Core.Indicators;

namespace Stats.Charts.Definitions;

/// <summary>Charts that are not in dashboards/: the portal's chart of one indicator.</summary>
public static class ChartDefinitions
{
    /// <summary>Years shown by the ad hoc annual trend.</summary>
    public const int DefaultSpan = 5;

    /// <summary>
    /// The annual trend of the total over <see cref="DefaultSpan"/> years when <paramref name="by"/> is null, else bars by
    /// the breakdown for the reference year. The title is the indicator's, taken from the snapshot when read.
    /// Whether the snapshot publishes it is checked when read (IndicatorRequestException).
    /// </summary>
    public static ChartDefinition ForIndicator(string indicatorId, string? by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        var breakdown = string.IsNullOrWhiteSpace(by) ? null : by.Trim();
        var id = breakdown is null ? indicatorId + "-trend" : indicatorId + "-by-" + breakdown;
        return breakdown is null
            ? new ChartDefinition(id, "", ChartKind.Trend, [indicatorId], null, Frequency.Annual, DefaultSpan, null)
            : new ChartDefinition(id, "", ChartKind.Bar, [indicatorId], breakdown, Frequency.Annual, 1, null);
    }
}
