namespace Stats.Warehouse.Indicators;

/// <summary>A cube as read from a vintage: what it is, by which breakdowns, and its cells in display order.</summary>
public sealed record IndicatorResult(
    int VintageId,
    string Id,
    string Title,
    string Unit,
    string Frequency,
    IReadOnlyList<IndicatorColumn> Breakdowns,
    IReadOnlyList<IndicatorRow> Rows,
    IndicatorRole Role,
    string? Notes);

/// <summary>A breakdown column: its id and title, and whether its categories add up to the total.</summary>
public sealed record IndicatorColumn(string Id, string Title, bool Additive);

/// <summary>
/// One cell: period, code and label per breakdown (<c>_T</c> / "Total" for totals), value (null when suppressed for
/// this role, or not computable), SDMX flags and confidentiality status (F free, C primary, D secondary).
/// </summary>
public sealed record IndicatorRow(
    string TimePeriod, IReadOnlyList<string> Codes, IReadOnlyList<string> Labels, double? Value, string Flags, string ConfStatus);
