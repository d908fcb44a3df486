using System.Globalization;
using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// Lays out the workbook's sheets: About (provenance, disclosure, flags, the list of tables and what became of each), one
/// sheet per table (title, header "Breakdown" + per year a value and a flag column, rows, Total, notes) and Definitions.
/// </summary>
internal static class GretaSheets
{
    public const string AboutSheet = "About";
    public const string DefinitionsSheet = "Definitions";
    public const string BreakdownHeader = "Breakdown";
    public const string FlagHeader = "flag";
    public const string NotesHeader = "Notes";

    public static GretaSheet About(GretaDefinition definition, ExportContext context, IReadOnlyList<(GretaTable Table, string Status)> tables)
    {
        var sheet = new GretaSheet(AboutSheet);
        sheet.Add(GretaCell.Of(definition.Title, GretaStyles.Title));
        sheet.AddText(string.Create(CultureInfo.InvariantCulture,
            $"Reporting country {context.Vintage.ReportingCountry}; vintage {context.Vintage.Id}, {context.RoleWord} export; reference years {string.Join(", ", context.Years)}."));
        sheet.Add(GretaCell.Of(definition.Description, GretaStyles.Note));
        sheet.Blank();
        Section(sheet, "Provenance");
        foreach (var (key, value) in context.Provenance())
        {
            sheet.AddText(key, value);
        }

        sheet.Blank();
        Section(sheet, "Disclosure");
        sheet.AddText(context.DisclosureNote);
        sheet.Blank();
        Section(sheet, "Flags");
        foreach (var (flag, meaning) in ExportManifest.FlagLegend)
        {
            sheet.AddText(flag, meaning);
        }

        sheet.AddText("", "Every Total row is the indicator's published total, never a sum of the rows above it.");
        sheet.Blank();
        Section(sheet, "Tables");
        sheet.Add(Header("Sheet", "Title", "Indicator", "Rows", "Status"));
        foreach (var (table, status) in tables)
        {
            sheet.AddText(table.Id, table.Title, table.Indicator, string.Join(" × ", table.Rows), status);
        }

        sheet.AddText(DefinitionsSheet, "Definitions of the indicators in this workbook");
        sheet.Width(0, 28);
        sheet.Width(1, 90);
        sheet.Width(2, 10);
        sheet.Width(3, 28);
        sheet.Width(4, 60);
        return sheet;
    }

    public static GretaSheet Table(GretaFilledTable table, ExportContext context)
    {
        var indicator = table.Cube.Indicator;
        var sheet = new GretaSheet(table.Table.Id);
        sheet.Add(GretaCell.Of(table.Table.Title, GretaStyles.Title));
        sheet.Add(GretaCell.Of(string.Create(CultureInfo.InvariantCulture,
            $"{indicator.Id} {indicator.Title}; unit: {indicator.Unit}; rows: {string.Join(" × ", table.RowDimensions.Select(d => d.Title))}; "
            + $"{context.Vintage.ReportingCountry}, vintage {context.Vintage.Id}, {context.RoleWord} export."), GretaStyles.Note));
        sheet.Blank();
        var header = new List<GretaCell> { GretaCell.Of(BreakdownHeader, GretaStyles.Header) };
        foreach (var year in context.Years)
        {
            header.Add(GretaCell.Of(year.ToString(CultureInfo.InvariantCulture), GretaStyles.Header));
            header.Add(GretaCell.Of(FlagHeader, GretaStyles.Header));
        }

        sheet.Add(header.ToArray());
        foreach (var row in table.Rows)
        {
            var cells = new List<GretaCell> { GretaCell.Of(row.Label, row.IsTotal ? GretaStyles.Bold : row.Level > 0 ? GretaStyles.Nested : GretaStyles.Default) };
            foreach (var cell in row.Cells)
            {
                cells.Add(Value(cell, context, row.IsTotal));
                cells.Add(GretaCell.Of(cell?.Flags, GretaStyles.Flag));
            }

            sheet.Add(cells.ToArray());
        }

        sheet.Blank();
        sheet.Add(GretaCell.Of(NotesHeader, GretaStyles.Bold));
        foreach (var note in table.Footnotes)
        {
            sheet.Add(GretaCell.Of(note, GretaStyles.Note));
        }

        sheet.Width(0, Math.Clamp(table.Rows.Max(r => r.Label.Length) + 4, 24, 70));
        for (var i = 0; i < context.Years.Count; i++)
        {
            sheet.Width(1 + (2 * i), 12);
            sheet.Width(2 + (2 * i), 6);
        }

        return sheet;
    }

    /// <param name="cubes">The cubes of the tables written.</param>
    /// <param name="tables">Every table sheet written: its indicator and its id.</param>
    public static GretaSheet Definitions(IReadOnlyList<ExportCube> cubes, IReadOnlyList<(string Indicator, string Table)> tables)
    {
        var sheet = new GretaSheet(DefinitionsSheet);
        sheet.Add(GretaCell.Of("Definitions of the indicators", GretaStyles.Title));
        sheet.Blank();
        sheet.Add(Header("Indicator", "Title", "Definition", "Unit", "Sources", "Non-additive breakdowns", "Disclosure rule", "k", "GRETA reference", "Tables"));
        foreach (var cube in cubes)
        {
            var indicator = cube.Indicator;
            var nonAdditive = cube.Dimensions.Where(d => !d.Additive)
                .Select(d => $"{d.Id} ({d.Title}): {d.Note ?? GretaFootnotes.NotAdditive}");
            var k = indicator.DisclosureK is { } value ? GretaCell.Of(value, GretaStyles.Integer) : GretaCell.Empty;
            sheet.Add(
                GretaCell.Of(indicator.Id, GretaStyles.Wrapped), GretaCell.Of(indicator.Title, GretaStyles.Wrapped),
                GretaCell.Of(indicator.Definition, GretaStyles.Wrapped), GretaCell.Of(indicator.Unit, GretaStyles.Wrapped),
                GretaCell.Of(string.Join(", ", indicator.Sources), GretaStyles.Wrapped),
                GretaCell.Of(string.Join("\n", nonAdditive), GretaStyles.Wrapped), GretaCell.Of(indicator.DisclosureRule, GretaStyles.Wrapped), k,
                GretaCell.Of(GretaReferences.Greta(indicator.References), GretaStyles.Wrapped),
                GretaCell.Of(string.Join(", ", tables.Where(t => t.Indicator == indicator.Id).Select(t => t.Table)), GretaStyles.Wrapped));
        }

        double[] widths = [10, 28, 80, 12, 22, 60, 14, 5, 45, 28];
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Width(i, widths[i]);
        }

        return sheet;
    }

    /// <summary>
    /// A cell's value as written: a number, or nothing. A public export never writes a number for a confidential cell,
    /// even if a cube ever carried one: the flag c alone says it is suppressed.
    /// </summary>
    private static GretaCell Value(ExportCell? cell, ExportContext context, bool bold)
    {
        if (cell?.Value is not { } value
            || (context.Role != IndicatorRole.Analyst && (cell.ConfStatus is "C" or "D" || cell.Flags.Contains('c', StringComparison.Ordinal))))
        {
            return GretaCell.Empty;
        }

        return GretaCell.Of(value, GretaStyles.Number(value, bold));
    }

    private static void Section(GretaSheet sheet, string title) => sheet.Add(GretaCell.Of(title, GretaStyles.Bold));

    private static GretaCell[] Header(params string[] titles) => titles.Select(t => GretaCell.Of(t, GretaStyles.Header)).ToArray();
}
