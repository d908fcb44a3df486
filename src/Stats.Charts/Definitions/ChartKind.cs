namespace Stats.Charts.Definitions;

/// <summary>The chart types a definition may ask for (JSON: trend, bar, stacked-bar, funnel).</summary>
public enum ChartKind
{
    Trend,
    Bar,
    StackedBar,
    Funnel,
}
