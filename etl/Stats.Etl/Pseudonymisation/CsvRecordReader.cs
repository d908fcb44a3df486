using System.Globalization;
using System.Text;

namespace Stats.Etl.Pseudonymisation;

/// <summary>
/// Streams RFC 4180 records from a text reader: quoted fields may hold delimiters, doubled quotes and line breaks;
/// records end with LF, CRLF or CR. Blank lines are skipped. Holds one record at a time.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private bool _endOfInput;
    private long _line = 1;

    /// <summary>Physical line (1-based) on which the record last returned started.</summary>
    public long RecordStartLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public async ValueTask<bool> ReadAsync(List<string> fields, CancellationToken ct)
    {
        fields.Clear();
        while (true)
        {
            var c = await PeekAsync(ct);
            if (c == -1)
            {
                return false;
            }

            if (c is '\r' or '\n')
            {
                await ConsumeLineEndAsync(ct);
                continue;
            }

            break;
        }

        RecordStartLine = _line;
        while (true)
        {
            var ended = await ReadFieldAsync(ct);
            fields.Add(_field.ToString());
            if (ended)
            {
                return true;
            }
        }
    }

    /// <summary>Reads one field into <see cref="_field"/>; true when it was the record's last.</summary>
    private async ValueTask<bool> ReadFieldAsync(CancellationToken ct)
    {
        _field.Clear();
        var first = await PeekAsync(ct);
        if (first == '"')
        {
            _position++;
            await ReadQuotedAsync(ct);
        }

        while (true)
        {
            var c = await PeekAsync(ct);
            if (c == -1)
            {
                return true;
            }

            if (c == delimiter)
            {
                _position++;
                return false;
            }

            if (c is '\r' or '\n')
            {
                await ConsumeLineEndAsync(ct);
                return true;
            }

            if (first == '"')
            {
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture, $"Line {_line}: text follows the closing quote of a quoted field (RFC 4180 allows only a delimiter or a line end)."));
            }

            _field.Append((char)c);
            _position++;
        }
    }

    private async ValueTask ReadQuotedAsync(CancellationToken ct)
    {
        var startLine = _line;
        while (true)
        {
            var c = await PeekAsync(ct);
            if (c == -1)
            {
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture, $"Line {startLine}: a quoted field is not closed before the end of the file."));
            }

            _position++;
            if (c == '"')
            {
                if (await PeekAsync(ct) == '"')
                {
                    _position++;
                    _field.Append('"');
                    continue;
                }

                return;
            }

            if (c == '\n' || (c == '\r' && await PeekAsync(ct) != '\n'))
            {
                _line++;
            }

            _field.Append((char)c);
        }
    }

    private async ValueTask ConsumeLineEndAsync(CancellationToken ct)
    {
        var c = await PeekAsync(ct);
        _position++;
        if (c == '\r' && await PeekAsync(ct) == '\n')
        {
            _position++;
        }

        _line++;
    }

    private async ValueTask<int> PeekAsync(CancellationToken ct)
    {
        if (_position < _length)
        {
            return _buffer[_position];
        }

        if (_endOfInput)
        {
            return -1;
        }

        _length = await reader.ReadAsync(_buffer.AsMemory(), ct);
        _position = 0;
        if (_length == 0)
        {
            _endOfInput = true;
            return -1;
        }

        return _buffer[0];
    }
}
