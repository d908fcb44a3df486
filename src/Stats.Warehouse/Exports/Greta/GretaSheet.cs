using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// One worksheet built row by row and written in one go: column widths first (the schema wants cols before sheetData),
/// strings inline (no shared-string table to keep consistent), numbers as numbers in invariant form.
/// </summary>
internal sealed class GretaSheet(string name)
{
    private readonly List<IReadOnlyList<GretaCell>> rows = [];
    private readonly SortedDictionary<int, double> widths = [];

    public string Name { get; } = name;

    public int RowCount => rows.Count;

    public void Add(params GretaCell[] cells) => rows.Add(cells);

    public void AddText(params string?[] texts) => rows.Add(texts.Select(t => GretaCell.Of(t)).ToArray());

    public void Blank() => rows.Add([]);

    /// <summary>Width of a column (0-based) in characters.</summary>
    public void Width(int column, double characters) => widths[column] = characters;

    public void WriteTo(WorkbookPart workbook, Sheets sheets, uint sheetId)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(sheets);
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (Cell(rows[r][c], Reference(c, r)) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var worksheet = new Worksheet();
        if (widths.Count > 0)
        {
            worksheet.Append(new Columns(widths.Select(w => new Column
            {
                Min = (uint)(w.Key + 1), Max = (uint)(w.Key + 1), Width = w.Value, CustomWidth = true,
            })));
        }

        worksheet.Append(data);
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId, Name = Name });
    }

    private static Cell? Cell(GretaCell value, string reference)
    {
        if (value.Number is { } number)
        {
            return new Cell
            {
                CellReference = reference, DataType = CellValues.Number, StyleIndex = value.Style,
                CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)),
            };
        }

        if (value.Text is { Length: > 0 } text)
        {
            return new Cell
            {
                CellReference = reference, DataType = CellValues.InlineString, StyleIndex = value.Style,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            };
        }

        // An empty cell is still written when it carries a style (a header's fill), and skipped otherwise.
        return value.Style == GretaStyles.Default ? null : new Cell { CellReference = reference, StyleIndex = value.Style };
    }

    /// <summary>A1-style reference of a 0-based column and row.</summary>
    public static string Reference(int column, int row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
