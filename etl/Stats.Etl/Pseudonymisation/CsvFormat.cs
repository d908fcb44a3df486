using System.Text;

namespace Stats.Etl.Pseudonymisation;

/// <summary>
/// Writes RFC 4180 records: a field is quoted only when it holds the delimiter, a quote or a line break; quotes are
/// doubled. Records end with LF (every reader the project targets accepts it; RFC 4180's CRLF is not required here).
/// Also detects a delivery's delimiter from its header line.
/// </summary>
internal static class CsvFormat
{
    public static void AppendRecord(StringBuilder builder, IReadOnlyList<string> fields, char delimiter)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(delimiter);
            }

            AppendField(builder, fields[i], delimiter);
        }

        builder.Append('\n');
    }

    public static void AppendField(StringBuilder builder, string value, char delimiter)
    {
        if (value.AsSpan().IndexOfAny(['"', '\r', '\n', delimiter]) < 0)
        {
            builder.Append(value);
            return;
        }

        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Counts ',' and ';' outside quotes in the header line; the more frequent wins, ',' on a tie.</summary>
    public static char DetectDelimiter(string headerLine)
    {
        var commas = 0;
        var semicolons = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
