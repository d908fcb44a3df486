using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Stats.Warehouse.Exports.Columnar;

/// <summary>
/// Writes worksheet rows with OpenXml's SAX-style writer, one element at a time, so a sheet of a million rows needs no more
/// memory than one row. Text goes in as inline strings (no shared-string table to hold in memory), numbers as numbers,
/// dates as date serials with the yyyy-mm-dd style; an empty value leaves its cell out. Every row and cell carries its
/// reference (A1 style), as Excel writes them, so readers that place cells by reference and readers that count agree.
/// </summary>
internal sealed class XlsxRowWriter(OpenXmlWriter writer, string sheet)
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>Excel's limit on rows per sheet.</summary>
    public const int MaxRows = 1_048_576;

    private readonly List<string> columnNames = [];
    private int column;

    /// <summary>Rows started so far; the current row's number.</summary>
    public int Rows { get; private set; }

    public void StartRow()
    {
        if (Rows == MaxRows)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The {sheet} sheet would need more than Excel's {MaxRows:N0} rows; export fewer years or use csv or parquet."));
        }

        Rows++;
        column = 0;
        writer.WriteStartElement(new Row { RowIndex = (uint)Rows });
    }

    public void EndRow() => writer.WriteEndElement();

    public void Text(string? value, uint style = 0)
    {
        if (string.IsNullOrEmpty(value))
        {
            column++;
            return;
        }

        if (value.Length > MaxCellText)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Row {Rows} of the {sheet} sheet holds a text of {value.Length:N0} characters; Excel allows {MaxCellText:N0} in a cell."));
        }

        var cell = new Cell(new InlineString(XlsxStyles.Text(value))) { CellReference = NextReference(), DataType = CellValues.InlineString };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        writer.WriteElement(cell);
    }

    /// <summary>A number cell; an infinite or NaN value, which a sheet cannot hold as a number, is written as its text.</summary>
    public void Number(double? value)
    {
        if (value is not { } number)
        {
            column++;
        }
        else if (!double.IsFinite(number))
        {
            Text(number.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteElement(new Cell(new CellValue(number.ToString("R", CultureInfo.InvariantCulture))) { CellReference = NextReference() });
        }
    }

    public void Number(long value) =>
        writer.WriteElement(new Cell(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { CellReference = NextReference() });

    public void Date(DateOnly value) =>
        writer.WriteElement(new Cell(new CellValue(XlsxStyles.Serial(value))) { CellReference = NextReference(), StyleIndex = XlsxStyles.Date });

    private string NextReference()
    {
        while (columnNames.Count <= column)
        {
            columnNames.Add(ColumnName(columnNames.Count));
        }

        return columnNames[column++] + Rows.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
