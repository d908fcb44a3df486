using System.IO.Compression;

namespace Stats.Warehouse.Exports.Columnar;

/// <summary>
/// Writes a workbook whose big part is streamed. OpenXml builds packages through System.IO.Packaging, which on .NET keeps
/// every part of a package it writes in memory until the end (zip update mode) and refuses write-only streams. So the
/// workbook is built by OpenXml in memory with a placeholder for the big part (a few kilobytes: content types,
/// relationships, properties, styles, the About sheet), then copied part by part into a zip written straight to the
/// output, the placeholder replaced by the streamed part as it is produced.
/// </summary>
internal static class XlsxPackage
{
    /// <param name="output">The file to write (write-only is enough).</param>
    /// <param name="skeleton">The complete package as OpenXml wrote it, with a placeholder at <paramref name="streamedPart"/>.</param>
    /// <param name="streamedPart">The placeholder part's URI in the package (e.g. /xl/worksheets/sheet1.xml).</param>
    /// <param name="writeStreamed">Writes the real content of that part into the stream it is given.</param>
    /// <param name="ct">Cancels the copy between parts (<paramref name="writeStreamed"/> takes its own token).</param>
    public static async Task WriteAsync(Stream output, byte[] skeleton, Uri streamedPart, Func<Stream, Task> writeStreamed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(streamedPart);
        ArgumentNullException.ThrowIfNull(writeStreamed);
        var name = streamedPart.OriginalString.TrimStart('/');
        using var source = new ZipArchive(new MemoryStream(skeleton, writable: false), ZipArchiveMode.Read);
        if (source.GetEntry(name) is null)
        {
            throw new InvalidOperationException($"The workbook skeleton has no part '{name}' to stream.");
        }

        await using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            ct.ThrowIfCancellationRequested();
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            await using var to = await copy.OpenAsync(ct).ConfigureAwait(false);
            if (entry.FullName == name)
            {
                await writeStreamed(to).ConfigureAwait(false);
            }
            else
            {
                await using var from = await entry.OpenAsync(ct).ConfigureAwait(false);
                await from.CopyToAsync(to, ct).ConfigureAwait(false);
            }
        }
    }
}
