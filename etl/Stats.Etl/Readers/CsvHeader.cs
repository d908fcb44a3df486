using System.Text;

namespace Stats.Etl.Readers;

/// <summary>
/// Reads only the header line of a CSV in .NET (BOM skipped, the contract's delimiter, RFC 4180 quoting), so that
/// the column refusals are decided before DuckDB reads a single data row.
/// </summary>
internal static class CsvHeader
{
    private const int MaxHeaderBytes = 1 << 20;

    public static async Task<IReadOnlyList<string>> ReadAsync(string path, char delimiter, string fileName, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeaderBytes];
        int length;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous))
        {
            length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        }

        var bytes = buffer.AsSpan(0, length);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var inQuotes = false;
        var end = -1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (bytes[i] == (byte)'\n' && !inQuotes)
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            if (length == buffer.Length || inQuotes)
            {
                throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: line 1: the header line does not end (unclosed quote or longer than 1 MiB).");
            }

            end = bytes.Length;
        }

        // The whole file was already checked to be valid UTF-8, and a line end never splits a code point.
        var line = Encoding.UTF8.GetString(bytes[..end]).TrimEnd('\r');
        return Split(line, delimiter, fileName);
    }

    internal static IReadOnlyList<string> Split(string line, char delimiter, string fileName)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: line 1: the header has an unclosed quote.");
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
