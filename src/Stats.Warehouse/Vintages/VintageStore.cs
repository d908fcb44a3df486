using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Stats.Warehouse.Vintages;

/// <summary>
/// The published snapshots under &lt;data&gt;/vintages: which one is current (current.json), which exist, and
/// read-only connections to them. Readers never touch the working database.
/// </summary>
public sealed class VintageStore(WarehouseOptions options)
{
    internal const string CurrentFileName = "current.json";
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string VintagesPath => options.VintagesPath;

    /// <summary>The vintage readers should use, or null before the first publish.</summary>
    public VintageInfo? Current()
    {
        var manifest = Read(Path.Combine(VintagesPath, CurrentFileName));
        return manifest?.ToInfo(VintagesPath);
    }

    /// <summary>Every published vintage whose snapshot file is present, oldest first.</summary>
    public IReadOnlyList<VintageInfo> List()
    {
        if (!Directory.Exists(VintagesPath))
        {
            return [];
        }

        return Directory.EnumerateFiles(VintagesPath, "vintage-*.json")
            .Select(Read)
            .OfType<VintageManifest>()
            .Select(m => m.ToInfo(VintagesPath))
            .Where(v => File.Exists(v.FilePath))
            .OrderBy(v => v.Id)
            .ToList();
    }

    /// <summary>
    /// Deletes a vintage (retention). The manifest goes first: without it the vintage is no longer listed, so a reader never
    /// finds a manifest whose snapshot is gone; readers that already opened the snapshot keep their handle until they close it.
    /// </summary>
    public void Delete(VintageInfo vintage)
    {
        ArgumentNullException.ThrowIfNull(vintage);
        if (Current()?.Id == vintage.Id)
        {
            throw new InvalidOperationException($"Vintage {vintage.Id} is the current one and cannot be deleted.");
        }

        File.Delete(Path.Combine(VintagesPath, VintageManifest.ManifestFileName(vintage.Id)));
        File.Delete(vintage.FilePath);
    }

    /// <summary>Opens a snapshot read-only; many readers (and processes) may hold it while new vintages are published.</summary>
    public async Task<DuckDBConnection> OpenReadOnlyAsync(VintageInfo vintage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(vintage);
        var builder = new DuckDBConnectionStringBuilder { DataSource = vintage.FilePath };
        builder["ACCESS_MODE"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Highest vintage id present as a snapshot or a manifest (0 when none), so ids never repeat.</summary>
    internal int HighestIdOnDisk()
    {
        if (!Directory.Exists(VintagesPath))
        {
            return 0;
        }

        return Directory.EnumerateFiles(VintagesPath, "vintage-*")
            .Select(f => Path.GetFileName(f)["vintage-".Length..].Split('.')[0])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>Writes a manifest through a temp file and an atomic rename, so readers never see half a file.</summary>
    internal static void WriteAtomically(string path, VintageManifest manifest)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, manifest, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static VintageManifest? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<VintageManifest>(File.ReadAllText(path), Json) : null;
}
