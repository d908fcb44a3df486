namespace Stats.Warehouse.Exports;

/// <summary>
/// One cell of a cube exactly as the OData set Indicator_&lt;ID&gt; serves it to the same role: codes and labels in the
/// order of <see cref="ExportCube.Dimensions"/> ('_T' labelled Total); Value is null for a suppressed cell in a public export.
/// Contributors is only read for analysts.
/// </summary>
public sealed record ExportCell(
    string CellKey, string Frequency, string TimePeriod, int Year, DateOnly PeriodStart, DateOnly PeriodEnd,
    IReadOnlyList<string> Codes, IReadOnlyList<string> Labels, double? Value, string Flags, string ConfStatus, string Unit, long? Contributors);
