namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// Fills a GRETA table from the annual cells of its cube: one row per code of the row dimension in code-list order (UNK
/// included; codes seen in the cube but missing from the list follow, labelled as the cube labels them), nested rows
/// under their first-level subtotal for two dimensions, and a final Total row that is the cube's total cell — never a sum
/// of the rows, which would be wrong for non-additive breakdowns and would reveal suppressed rows.
/// </summary>
internal static class GretaTableBuilder
{
    /// <summary>Separates the two labels of a nested row ("Female – Children (under 18)").</summary>
    public const string NestedSeparator = " – ";

    /// <summary>The filled table, or why it is not in the workbook.</summary>
    public static (GretaFilledTable? Table, string? Skipped) Build(GretaTable table, GretaCubeCells cells, ExportContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(context);
        var cube = cells.Cube;
        var missing = table.Rows.FirstOrDefault(r => cube.Dimensions.All(d => d.Id != r));
        if (missing is not null)
        {
            return (null, $"skipped: indicator {cube.Indicator.Id} has no breakdown by {missing}.");
        }

        var dimensions = table.Rows.Select(r => cube.Dimensions.Single(d => d.Id == r)).ToList();
        var indexes = dimensions.Select(d => Index(cube, d)).ToList();
        var published = cells.TableCells(indexes).ToList();
        if (published.Count == 0)
        {
            return (null, $"skipped: indicator {cube.Indicator.Id} publishes no annual table by {string.Join(" × ", dimensions.Select(d => d.Id))}.");
        }

        var rows = new List<GretaRow>();
        var first = Codes(context, dimensions[0], published, indexes[0]);
        foreach (var (code, label) in first)
        {
            if (dimensions.Count == 1)
            {
                rows.Add(Row(cells, context, label, 0, (indexes[0], code)));
                continue;
            }

            var subtotal = Row(cells, context, label, 0, (indexes[0], code));
            if (subtotal.Cells.Any(c => c is not null))
            {
                rows.Add(subtotal);
            }

            foreach (var (inner, innerLabel) in Codes(context, dimensions[1], published, indexes[1]))
            {
                rows.Add(Row(cells, context, label + NestedSeparator + innerLabel, 1, (indexes[0], code), (indexes[1], inner)));
            }
        }

        rows.Add(Row(cells, context, "Total", 0) with { IsTotal = true });
        var filled = new GretaFilledTable(table, cube, dimensions, rows, []);
        return (filled with { Footnotes = GretaFootnotes.For(filled, context) }, null);
    }

    private static int Index(ExportCube cube, ExportDimension dimension)
    {
        for (var i = 0; i < cube.Dimensions.Count; i++)
        {
            if (cube.Dimensions[i].Id == dimension.Id)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Dimension {dimension.Id} is not a breakdown of {cube.Indicator.Id}.");
    }

    /// <summary>The dimension's code list in registry order, then any code the table's cells hold that the list lacks.</summary>
    private static List<(string Code, string Label)> Codes(ExportContext context, ExportDimension dimension, List<ExportCell> published, int index)
    {
        var codes = context.Codes.Where(c => c.Dimension == dimension.Id && c.Code != GretaCubeCells.Total)
            .Select(c => (c.Code, c.Label)).ToList();
        foreach (var cell in published)
        {
            if (codes.All(c => c.Code != cell.Codes[index]))
            {
                codes.Add((cell.Codes[index], cell.Labels[index]));
            }
        }

        return codes;
    }

    private static GretaRow Row(GretaCubeCells cells, ExportContext context, string label, int level, params (int Index, string Code)[] fixedCodes)
    {
        var codes = Enumerable.Repeat(GretaCubeCells.Total, cells.Cube.Dimensions.Count).ToArray();
        foreach (var (index, code) in fixedCodes)
        {
            codes[index] = code;
        }

        return new GretaRow(label, level, false, context.Years.Select(y => cells.Find(codes, y)).ToList());
    }
}
