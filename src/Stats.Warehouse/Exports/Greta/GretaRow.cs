namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// One row of a GRETA table: its label, its nesting level (0 for a first-level code or the Total, 1 for a code nested under
/// the first dimension), whether it is the Total row, and its annual cell per exported year (null where the cube has none).
/// </summary>
internal sealed record GretaRow(string Label, int Level, bool IsTotal, IReadOnlyList<ExportCell?> Cells);
