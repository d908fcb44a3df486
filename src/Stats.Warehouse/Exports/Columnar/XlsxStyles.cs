using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Stats.Warehouse.Exports.Columnar;

/// <summary>
/// The workbook's few cell styles. Dates are real dates (serial numbers) shown as yyyy-mm-dd whatever the reader's locale,
/// so Excel can filter and sort them as dates and every reader that knows the style gets a date back.
/// </summary>
internal static class XlsxStyles
{
    /// <summary>Style index of a date cell (yyyy-mm-dd).</summary>
    public const uint Date = 1;

    /// <summary>Style index of a header cell (bold).</summary>
    public const uint Header = 2;

    /// <summary>Style index of wrapped text (long definitions on the About sheet).</summary>
    public const uint Wrapped = 3;

    private const uint IsoDateFormat = 164;

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = IsoDateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        // The two fills every workbook must start with (none, gray125), whether used or not.
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = IsoDateFormat, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 4 });

    /// <summary>Excel's serial date: days since 1899-12-30 (the 1900 system, which counts the non-existent 29 February 1900).</summary>
    public static string Serial(DateOnly date) =>
        (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Keeps leading and trailing spaces, which XML would otherwise let a reader drop.</summary>
    public static Text Text(string value) => value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        ? new Text(value) { Space = SpaceProcessingModeValues.Preserve }
        : new Text(value);
}
