namespace Stats.Etl.Readers;

/// <summary>
/// Measures the longest CSV record of a file while <see cref="FileScan"/> streams it, chunk by chunk: a record ends at
/// a line feed outside double quotes (RFC 4180 quoting, as the CSV reader reads it), so a quoted value spanning lines
/// counts whole. DuckDB's reader refuses a record longer than its max_line_size, but silently drops a line longer than
/// its read buffer (measured: a 40 MB line without a quote loads as nothing), so intake must refuse long records itself.
/// </summary>
internal sealed class CsvRecordLengths
{
    private long _current;
    private long _line = 1;
    private long _recordLine = 1;
    private bool _inQuotes;

    /// <summary>Length in bytes of the longest record (line end excluded).</summary>
    public long Longest { get; private set; }

    /// <summary>1-based line on which the longest record starts.</summary>
    public long LongestLine { get; private set; }

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        while (chunk.Length > 0)
        {
            var next = chunk.IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                _current += chunk.Length;
                return;
            }

            if (chunk[next] == (byte)'"')
            {
                _inQuotes = !_inQuotes;
                _current += next + 1;
            }
            else if (_inQuotes)
            {
                _line++;
                _current += next + 1;
            }
            else
            {
                End(_current + next);
                _line++;
                _recordLine = _line;
                _current = 0;
            }

            chunk = chunk[(next + 1)..];
        }
    }

    /// <summary>Ends the last record (a file need not end with a line feed).</summary>
    public void Complete() => End(_current);

    private void End(long length)
    {
        if (length > Longest)
        {
            Longest = length;
            LongestLine = _recordLine;
        }
    }
}
