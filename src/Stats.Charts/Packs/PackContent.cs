using Stats.Charts.Rendering;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Charts.Packs;

/// <summary>
/// Everything a pack holds for one role: rendered once per role and shared by all recipients with that role, since the
/// figures depend on the role and nothing else.
/// </summary>
public sealed record PackContent(
    PackDefinition Definition,
    PackMonth Month,
    IndicatorRole Role,
    VintageInfo Vintage,
    DateTimeOffset GeneratedAt,
    PackSummary Summary,
    IReadOnlyList<RenderedChart> Charts,
    string DataCsv);
