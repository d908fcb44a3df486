using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Stats.Etl.Readers;

/// <summary>
/// One streaming pass over an XLSX package's XML parts before MiniExcel reads them, for what the zip directory cannot
/// show: a text longer than a cell may hold (read in chunks, never materialised), a cell reference beyond the column or
/// cell limits (MiniExcel builds every row as wide as the sheet, and slows down more than linearly with the width:
/// measured 3 s per row at column XFD, so a 125 KB file took hours), a cell outside the sheet's declared dimension
/// (MiniExcel drops it without a word), rows or cells repeated or out of order (MiniExcel keeps the last of two cells at
/// one place, and drops a row numbered 0 or less), and a DTD (XML entity expansion), which the XML reader refuses.
/// </summary>
internal static class XlsxPartScan
{
    public static void Check(ZipArchiveEntry entry, string fileName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        var chunk = new char[4096];
        long row = 0, column = 0, maxRow = 0, maxColumn = 0, dimensionColumns = 0;
        using var xml = XmlReader.Create(entry.Open(), settings);
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "dimension":
                    if (Reference(xml.GetAttribute("ref")?.Split(':')[^1]) is { } last)
                    {
                        dimensionColumns = last.Column;
                        Limit(fileName, entry, last.Column, last.Row);
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "row":
                    var next = xml.GetAttribute("r") is { } number
                        ? long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : throw Malformed(fileName, entry, $"a row numbered '{number}'")
                        : row + 1;
                    if (next <= row)
                    {
                        throw Malformed(fileName, entry, string.Create(CultureInfo.InvariantCulture, $"row {next} after row {row} (rows repeated or out of order)"));
                    }

                    row = next;
                    column = 0;
                    maxRow = Math.Max(maxRow, row);
                    Limit(fileName, entry, maxColumn, maxRow);
                    break;
                case XmlNodeType.Element when xml.LocalName == "c":
                    var cell = xml.GetAttribute("r") is { } reference
                        ? Reference(reference)?.Column ?? throw Malformed(fileName, entry, $"a cell referenced as '{reference}'")
                        : column + 1;
                    if (cell <= column)
                    {
                        // MiniExcel keeps the last of two cells at one place: the other value would vanish without a word.
                        throw Malformed(fileName, entry, string.Create(CultureInfo.InvariantCulture, $"row {row} names column {cell} after column {column} (cells repeated or out of order)"));
                    }

                    column = cell;
                    maxColumn = Math.Max(maxColumn, column);
                    Limit(fileName, entry, maxColumn, maxRow);
                    if (dimensionColumns > 0 && column > dimensionColumns)
                    {
                        throw new DeliveryRefusedException(RefusalReasons.MalformedFile, string.Create(CultureInfo.InvariantCulture,
                            $"{fileName}: part '{entry.FullName}' has a cell in column {column} of row {row}, outside the sheet's declared dimension ({dimensionColumns} columns)."));
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    long length = 0;
                    int read;
                    while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        length += read;
                        if (length > ReaderLimits.MaxXlsxTextChars)
                        {
                            throw new DeliveryRefusedException(RefusalReasons.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                                $"{fileName}: part '{entry.FullName}' holds a text longer than {ReaderLimits.MaxXlsxTextChars:N0} characters (near row {row}), Excel's own limit for a cell."));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Refuses a sheet whose structure no spreadsheet program writes (MiniExcel would drop or overwrite a value).</summary>
    private static DeliveryRefusedException Malformed(string fileName, ZipArchiveEntry entry, string what) =>
        new(RefusalReasons.MalformedFile, $"{fileName}: part '{entry.FullName}' has {what}.");

    private static void Limit(string fileName, ZipArchiveEntry entry, long columns, long rows)
    {
        if (columns > ReaderLimits.MaxXlsxColumns)
        {
            throw new DeliveryRefusedException(RefusalReasons.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: part '{entry.FullName}' reaches column {columns}; the XLSX reader accepts at most {ReaderLimits.MaxXlsxColumns} columns."));
        }

        if (columns * rows > ReaderLimits.MaxXlsxCells)
        {
            throw new DeliveryRefusedException(RefusalReasons.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: part '{entry.FullName}' spans {rows:N0} rows by {columns} columns; the XLSX reader accepts at most {ReaderLimits.MaxXlsxCells:N0} cells (rows × columns) per sheet."));
        }
    }

    /// <summary>An A1-style reference ("XFD20200") as column and row numbers; null when it is none.</summary>
    internal static (long Column, long Row)? Reference(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        long column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= int.MaxValue; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i > 0 && long.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? (column, row) : null;
    }
}
