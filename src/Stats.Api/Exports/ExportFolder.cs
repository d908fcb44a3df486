using System.Globalization;
using System.Text.Json;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Vintages;

namespace Stats.Api.Exports;

/// <summary>
/// A finished export folder about to be streamed: a kept one (the export-refresh job's or the cache's, under
/// data/exports/vintage-&lt;id&gt;/&lt;role&gt;/&lt;format&gt;) or a temporary one, deleted with its temp folder on dispose.
/// </summary>
internal sealed class ExportFolder(
    string directory, IExportFormat format, VintageInfo vintage, string role, DateTimeOffset createdAt, string? temporaryRoot) : IDisposable
{
    public string Directory { get; } = directory;

    public IExportFormat Format { get; } = format;

    public VintageInfo Vintage { get; } = vintage;

    /// <summary>"public" or "analyst", as metadata.json records it.</summary>
    public string Role { get; } = role;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>True when the folder is kept after the response (a cache hit or a cache fill).</summary>
    public bool Kept => temporaryRoot is null;

    public static ExportFolder Made(ExportResult result, IExportFormat format, VintageInfo vintage, string? temporaryRoot) =>
        new(result.Directory, format, vintage, result.Role, result.CreatedAt, temporaryRoot);

    /// <summary>
    /// The export already in <paramref name="folder"/>, or null when there is none or it is not this export. metadata.json
    /// is written last in the staging folder and the folder is moved into place whole, so its presence means complete; one
    /// that cannot be read (or names another vintage, role or format) is made again, which replaces it.
    /// </summary>
    public static ExportFolder? TryKept(string folder, IExportFormat format, VintageInfo vintage, string role)
    {
        var metadata = Path.Combine(folder, Exporter.MetadataFile);
        if (!File.Exists(metadata))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(metadata, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var matches = root.GetProperty("vintage").GetInt32() == vintage.Id
                && root.GetProperty("role").GetString() == role
                && root.GetProperty("format").GetString() == format.Id;
            return matches
                ? new ExportFolder(folder, format, vintage, role, root.GetProperty("createdAt").GetDateTimeOffset(), null)
                : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
        catch (FileNotFoundException)
        {
            // Replaced or deleted (a vintage gone) between the check and the read: made again.
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The file name offered to the browser: thb-vintage-2-public-csv.zip, thb-vintage-2-analyst-greta.xlsx.</summary>
    public string DownloadName =>
        string.Create(CultureInfo.InvariantCulture, $"thb-vintage-{Vintage.Id}-{Role}-{Format.Id}")
        + (Format.SingleFile is { } single ? Path.GetExtension(single) : ".zip");

    public void Dispose()
    {
        if (temporaryRoot is not null)
        {
            DeleteTemporary(temporaryRoot);
        }
    }

    /// <summary>Deletes a temp export folder; one that cannot be deleted now is left to the export-refresh job's clean-up.</summary>
    public static void DeleteTemporary(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open elsewhere; the export-refresh job removes stale temp folders.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
