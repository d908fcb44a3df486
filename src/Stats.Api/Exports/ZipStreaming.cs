using System.IO.Compression;

namespace Stats.Api.Exports;

/// <summary>
/// Writes a zip to a forward-only stream (the response body) entry by entry, without buffering the archive: ZipArchive in
/// create mode over a non-seekable stream writes each entry's sizes after its data. Formats that are compressed already
/// (xlsx, parquet, zip, gz) are stored as they are; squeezing them again costs CPU and gains nothing.
/// </summary>
internal static class ZipStreaming
{
    private static readonly HashSet<string> Compressed = new(StringComparer.OrdinalIgnoreCase) { ".xlsx", ".parquet", ".zip", ".gz", ".zst" };

    /// <returns>The most bytes held in memory at once (see <see cref="AsyncFlushingStream"/>).</returns>
    public static async Task<long> WriteAsync(Stream output, IReadOnlyList<(string Name, FileStream Stream)> files, DateTimeOffset modified, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        var body = new AsyncFlushingStream(output);
        await using (body.ConfigureAwait(false))
        {
            var archive = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct).ConfigureAwait(false);
            await using (archive.ConfigureAwait(false))
            {
                foreach (var (name, source) in files)
                {
                    var entry = archive.CreateEntry(name, Compressed.Contains(Path.GetExtension(name)) ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                    entry.LastWriteTime = modified;
                    var target = await entry.OpenAsync(ct).ConfigureAwait(false);
                    await using (target.ConfigureAwait(false))
                    {
                        await source.CopyToAsync(target, ct).ConfigureAwait(false);
                    }

                    await body.FlushAsync(ct).ConfigureAwait(false);
                }
            }

            await body.FlushAsync(ct).ConfigureAwait(false);
            return body.LargestPending;
        }
    }
}
