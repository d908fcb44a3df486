using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports;

/// <summary>
/// What to export: a format id (see <see cref="ExportFormats"/>), the indicators (empty = every indicator of the vintage),
/// the reference years (empty = every year the vintage holds) and the reader's role, which decides the disclosure control.
/// </summary>
public sealed record ExportRequest(string Format, IReadOnlyList<string> Indicators, IReadOnlyList<int> Years, IndicatorRole Role);
