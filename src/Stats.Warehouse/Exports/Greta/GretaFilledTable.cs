namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// A GRETA table ready to write: its definition, the sheet number it gets, the cube it came from, its row dimensions, its
/// rows (the Total last, taken from the cube's total cell, never summed) and the footnotes printed under it.
/// </summary>
internal sealed record GretaFilledTable(
    GretaTable Table, ExportCube Cube, IReadOnlyList<ExportDimension> RowDimensions, IReadOnlyList<GretaRow> Rows, IReadOnlyList<string> Footnotes)
{
    /// <summary>Cells a public export shows without a value (flag c): in an analyst export, the cells a public one would suppress.</summary>
    public int ConfidentialCells => Rows.SelectMany(r => r.Cells).Count(c => c is not null && (c.ConfStatus is "C" or "D" || c.Flags.Contains('c', StringComparison.Ordinal)));
}
