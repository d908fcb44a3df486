using System.Globalization;
using System.Text.Json;

namespace Stats.Etl.Readers;

/// <summary>
/// One streaming pass over a JSON delivery before it is parsed into a document: refuses nesting deeper than
/// <see cref="ReaderLimits.MaxJsonDepth"/> and any single value longer than <see cref="ReaderLimits.MaxJsonTokenBytes"/>,
/// holding at most one buffer of that size. The document parse that follows keeps the whole file in memory (a few
/// times its size), which the upload and pull size limits bound; what they cannot bound is one 40 MB string becoming
/// a 80 MB .NET string and its copies, or a nesting the flattener would walk level by level.
/// </summary>
internal static class JsonPreflight
{
    private const int InitialBuffer = 1 << 16;

    public static async Task CheckAsync(string path, string fileName, CancellationToken cancellationToken)
    {
        var buffer = new byte[InitialBuffer];
        var filled = 0;
        long line = 0;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = ReaderLimits.MaxJsonDepth + 1 });
        var first = true;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        while (true)
        {
            if (filled == buffer.Length)
            {
                // Not one token fitted in the buffer: grow it up to the limit, then refuse.
                if (buffer.Length >= ReaderLimits.MaxJsonTokenBytes + InitialBuffer)
                {
                    throw new DeliveryRefusedException(RefusalReasons.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                        $"{fileName}: line {line + 1}: a JSON value (or a run of white space) is longer than {ReaderLimits.Bytes(ReaderLimits.MaxJsonTokenBytes)}, the JSON reader's limit."));
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, ReaderLimits.MaxJsonTokenBytes + InitialBuffer));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            filled += read;
            var final = read == 0;
            if (first)
            {
                if (filled < 3 && !final)
                {
                    continue;
                }

                // Utf8JsonReader does not skip a byte order mark (JsonDocument does).
                first = false;
                if (buffer.AsSpan(0, filled).StartsWith("\uFEFF"u8))
                {
                    buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                    filled -= 3;
                }
            }

            var consumed = Advance(buffer.AsSpan(0, filled), final, ref state, ref line, fileName);
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (final)
            {
                return;
            }
        }
    }

    /// <summary>Reads the complete tokens of <paramref name="bytes"/>; returns how many bytes they took.</summary>
    private static int Advance(ReadOnlySpan<byte> bytes, bool final, ref JsonReaderState state, ref long line, string fileName)
    {
        var reader = new Utf8JsonReader(bytes, final, state);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= ReaderLimits.MaxJsonDepth)
                {
                    throw new DeliveryRefusedException(RefusalReasons.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                        $"{fileName}: line {line + LinesIn(bytes[..(int)reader.TokenStartIndex]) + 1}: the JSON nests deeper than {ReaderLimits.MaxJsonDepth} levels, the JSON reader's limit."));
                }
            }
        }
        catch (JsonException ex)
        {
            // The reader state carries the line count across buffers, so the exception's line is the file's.
            var at = ex.LineNumber is { } n ? string.Create(CultureInfo.InvariantCulture, $"line {n + 1}: ") : string.Empty;
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: {at}not valid JSON.");
        }

        var consumed = (int)reader.BytesConsumed;
        line += LinesIn(bytes[..consumed]);
        state = reader.CurrentState;
        return consumed;
    }

    private static int LinesIn(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');
}
