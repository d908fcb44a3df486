using System.Security.Cryptography;
using System.Text.Unicode;

namespace Stats.Etl.Readers;

/// <summary>
/// One streaming pass over a delivered file: its SHA-256, and for text formats whether it is valid UTF-8 (checked
/// chunk by chunk, carrying a code point split at a chunk border over to the next chunk) and holds anything but
/// white space; for CSV also its longest record (<see cref="CsvRecordLengths"/>). Memory stays at one buffer whatever
/// the file size.
/// </summary>
internal static class FileScan
{
    private const int ChunkSize = 1 << 20;
    private static readonly byte[] Blank = " \t\r\n"u8.ToArray();

    public static async Task<FileScanResult> ScanAsync(string path, bool text, CancellationToken cancellationToken, bool csv = false)
    {
        var records = csv ? new CsvRecordLengths() : null;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkSize + 4];
        var carry = 0;
        long length = 0;
        var valid = true;
        var hasNul = false;
        var hasContent = false;
        var first = true;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(carry, ChunkSize), cancellationToken).ConfigureAwait(false);
            hash.AppendData(buffer, carry, read);
            length += read;
            if (!text)
            {
                if (read == 0)
                {
                    break;
                }

                continue;
            }

            var total = carry + read;
            var end = read == 0 ? total : CompleteCodePoints(buffer.AsSpan(0, total));
            var chunk = buffer.AsSpan(0, end);
            if (first && chunk.StartsWith("\uFEFF"u8))
            {
                chunk = chunk[3..];
            }

            first = false;
            valid &= Utf8.IsValid(chunk);
            hasNul |= chunk.Contains((byte)0);
            hasContent |= chunk.IndexOfAnyExcept(Blank) >= 0;
            records?.Feed(chunk);
            if (read == 0)
            {
                break;
            }

            carry = total - end;
            buffer.AsSpan(end, carry).CopyTo(buffer);
        }

        records?.Complete();
        return new FileScanResult(Convert.ToHexStringLower(hash.GetHashAndReset()), length, valid && !hasNul, hasContent || (!text && length > 0))
        {
            LongestRecordBytes = records?.Longest ?? 0,
            LongestRecordLine = records?.LongestLine ?? 0,
        };
    }

    /// <summary>Length of the prefix that ends on a code point border: a trailing incomplete sequence waits for the next chunk.</summary>
    internal static int CompleteCodePoints(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }
}
