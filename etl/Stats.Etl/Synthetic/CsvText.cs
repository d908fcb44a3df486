using System.Text;
using Stats.Etl.Pseudonymisation;

namespace Stats.Etl.Synthetic;

/// <summary>Builds a whole (small) CSV delivery in memory with the RFC 4180 writer shared with the pseudonymiser.</summary>
internal static class CsvText
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Build(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, char delimiter)
    {
        var builder = new StringBuilder(64 * 1024);
        CsvFormat.AppendRecord(builder, header, delimiter);
        foreach (var row in rows)
        {
            CsvFormat.AppendRecord(builder, row, delimiter);
        }

        return builder.ToString();
    }
}
