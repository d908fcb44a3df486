using Stats.Core.Indicators;

namespace Stats.Charts.Definitions;

/// <summary>
/// One chart as defined in dashboards/charts/&lt;id&gt;.json: what it shows (indicators, breakdown), over which periods
/// relative to the pack month (frequency, span) and how (kind). An empty <see cref="Title"/> means "the indicator's title"
/// (ad hoc charts of the portal).
/// </summary>
public sealed record ChartDefinition(
    string Id,
    string Title,
    ChartKind Kind,
    IReadOnlyList<string> Indicators,
    string? Breakdown,
    Frequency Frequency,
    int Span,
    string? Notes)
{
    /// <summary>The first (for all kinds but the funnel, the only) indicator.</summary>
    public string Indicator => Indicators[0];

    /// <summary>The file the definition came from (empty for ad hoc charts).</summary>
    public string SourceFile { get; init; } = "";
}
