using System.Globalization;
using System.Text;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>Writes a flat table as CSV text, quoting as RFC 4180 does (a value holding the delimiter, a quote or a line end).</summary>
internal static class CsvBytes
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Text(FlatTable table, char delimiter, string newline = "\n") =>
        string.Concat(Lines(table, delimiter).Select(l => l + newline));

    public static byte[] Of(FlatTable table, char delimiter, string newline = "\n") => Utf8.GetBytes(Text(table, delimiter, newline));

    public static IEnumerable<string> Lines(FlatTable table, char delimiter) =>
        new[] { Line(table.Header, delimiter) }.Concat(table.Rows.Select(r => Line(r, delimiter)));

    public static string Line(IEnumerable<object?> cells, char delimiter) => string.Join(delimiter, cells.Select(c => Quote(Cell(c), delimiter)));

    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string value, char delimiter) =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
