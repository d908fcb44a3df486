namespace Stats.Warehouse.Indicators;

/// <summary>
/// A cube to read: the indicator, its breakdowns plus at most one time word (year, quarter, month; default year), and
/// the reader's role.
/// </summary>
public sealed record IndicatorRequest(string Id, IReadOnlyList<string> By, IndicatorRole Role);
