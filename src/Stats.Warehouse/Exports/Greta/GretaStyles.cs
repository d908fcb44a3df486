using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>The workbook's few cell formats (indexes into the stylesheet's cellXfs) and the stylesheet that defines them.</summary>
internal static class GretaStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Title = 2;
    public const uint Integer = 3;
    public const uint Decimal = 4;
    public const uint Flag = 5;
    public const uint Note = 6;
    public const uint Bold = 7;
    public const uint BoldInteger = 8;
    public const uint BoldDecimal = 9;
    public const uint Nested = 10;
    public const uint Wrapped = 11;

    // Built-in number formats: 3 is #,##0 and 4 is #,##0.00, so no custom numFmts are needed.
    private const uint IntegerFormat = 3;
    private const uint DecimalFormat = 4;

    /// <summary>The number style for a value: whole numbers without decimals (counts), others with two (amounts, rates).</summary>
    public static uint Number(double value, bool bold) => Math.Abs(value - Math.Round(value)) < 1e-9
        ? (bold ? BoldInteger : Integer)
        : (bold ? BoldDecimal : Decimal);

    public static Stylesheet Create() => new(
        new Fonts(
            Font(bold: false, italic: false, size: 11),
            Font(bold: true, italic: false, size: 11),
            Font(bold: true, italic: false, size: 13),
            Font(bold: false, italic: true, size: 9)) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7ECF2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0, 0, 0),
            Format(0, 1, 2, 1),
            Format(0, 2, 0, 0),
            Format(IntegerFormat, 0, 0, 0),
            Format(DecimalFormat, 0, 0, 0),
            Format(0, 3, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Format(0, 3, 0, 0),
            Format(0, 1, 0, 0),
            Format(IntegerFormat, 1, 0, 0),
            Format(DecimalFormat, 1, 0, 0),
            Format(0, 0, 0, 0, new Alignment { Indent = 2 }),
            Format(0, 0, 0, 0, new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })) { Count = 12 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, bool italic, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new DocumentFormat.OpenXml.Spreadsheet.Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" });
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint font, uint fill, uint border, Alignment? alignment = null)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0,
        };
        if (alignment is not null)
        {
            format.ApplyAlignment = BooleanValue.FromBoolean(true);
            format.Append(alignment);
        }

        return format;
    }
}
