using Stats.Charts.Definitions;
using Stats.Warehouse.Indicators;

namespace Stats.Charts.Data;

/// <summary>The figures behind one chart, as one role may see them, with what the chart must state about them.</summary>
public sealed record ChartData(
    string ChartId,
    string Title,
    string Subtitle,
    string Unit,
    int VintageId,
    DateTimeOffset VintagePublished,
    IndicatorRole Role,
    string SourceLine,
    IReadOnlyList<ChartSeries> Series)
{
    public ChartKind Kind { get; init; }

    /// <summary>The categories (x positions of trends and stacks, bars of bar charts and funnels) in display order.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Notes { get; init; }

    public bool HasSuppressed => Series.Any(s => s.IsSuppressedRemainder || s.Points.Any(p => p.IsSuppressed));

    public bool HasProvisional => Series.Any(s => s.Points.Any(p => p.IsProvisional));

    public bool HasRevised => Series.Any(s => s.Points.Any(p => p.IsRevised));

    /// <summary>The legend of the flags that occur: "c = confidential, suppressed (not zero) · p = provisional".</summary>
    public string FlagLegend
    {
        get
        {
            var parts = new List<string>();
            if (HasSuppressed)
            {
                parts.Add("c = confidential, suppressed (not zero)");
            }

            if (HasProvisional)
            {
                parts.Add("p = provisional");
            }

            if (HasRevised)
            {
                parts.Add("r = revised since the previous vintage");
            }

            return string.Join(" · ", parts);
        }
    }
}
