using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Stats.Api.Exports;

/// <summary>
/// Sends a finished export: the format's single file as it is, with its media type, or else the whole folder
/// (metadata.json included) as a zip written straight to the response. Every file is opened before the first byte is
/// sent, so the folder being replaced or deleted meanwhile (a new vintage, the export-refresh job) cannot cut the answer short.
/// </summary>
internal static class ExportDownload
{
    public const string ZipMediaType = "application/zip";
    public const string RoleHeader = "X-Stats-Role";
    public const string CreatedHeader = "X-Stats-Created";

    public static async Task WriteAsync(HttpContext context, ExportFolder export)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(export);
        var ct = context.RequestAborted;
        var files = Open(export);
        try
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = export.DownloadName }.ToString();
            response.Headers[ODataResponses.VintageHeader] = export.Vintage.Id.ToString(CultureInfo.InvariantCulture);
            response.Headers[RoleHeader] = export.Role;
            response.Headers[CreatedHeader] = Iso(export.CreatedAt);
            response.Headers.LastModified = export.Vintage.PublishedAt.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
            response.Headers.XContentTypeOptions = "nosniff";
            // An analyst export is unprotected data: no shared cache may keep it. A public one may change with the next vintage.
            response.Headers.CacheControl = export.Role == "analyst" ? "private, no-store" : "no-cache";

            if (export.Format.SingleFile is not null)
            {
                var (_, stream) = files.Single();
                response.ContentType = export.Format.MediaType;
                response.ContentLength = stream.Length;
                await stream.CopyToAsync(response.Body, ct).ConfigureAwait(false);
            }
            else
            {
                response.ContentType = ZipMediaType;
                var held = await ZipStreaming.WriteAsync(response.Body, files, export.CreatedAt, ct).ConfigureAwait(false);
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportDownload).FullName!)
                    .LogDebug("Zip of the {Format} export of vintage {Vintage} sent: {Files} files, at most {Held} bytes held in memory", export.Format.Id, export.Vintage.Id, files.Count, held);
            }
        }
        finally
        {
            foreach (var (_, stream) in files)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>ISO 8601 UTC with the full precision metadata.json records, so a cached answer names the same instant.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static List<(string Name, FileStream Stream)> Open(ExportFolder export)
    {
        var names = export.Format.SingleFile is { } single
            ? [single]
            : Directory.EnumerateFiles(export.Directory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(export.Directory, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
        var files = new List<(string, FileStream)>();
        try
        {
            foreach (var name in names)
            {
                files.Add((name, new FileStream(
                    Path.Combine(export.Directory, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true)));
            }

            return files;
        }
        catch
        {
            foreach (var (_, stream) in files)
            {
                stream.Dispose();
            }

            throw;
        }
    }
}
