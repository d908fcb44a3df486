namespace Stats.Warehouse.Exports.Bodies;

/// <summary>
/// One cell of a monitoring body's table: the year, the body codes of its columns, and the value, flags and
/// confidentiality status combined from the <see cref="Components"/> published cells it sums (one when nothing is grouped).
/// </summary>
public sealed record GroupedCell(int Year, IReadOnlyList<string> Codes, double? Value, string Flags, string ConfStatus, int Components);
