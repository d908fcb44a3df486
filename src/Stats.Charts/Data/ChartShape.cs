namespace Stats.Charts.Data;

/// <summary>What one kind of chart read: its series, categories, subtitle and the breakdown's title (if any).</summary>
internal sealed record ChartShape(string Subtitle, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, string? BreakdownTitle);
