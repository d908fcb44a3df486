using System.Globalization;
using Microsoft.Extensions.Logging;
using Stats.Warehouse;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Etl.Scheduling;

/// <summary>
/// Keeps the public exports of the current vintage ready in their default folders (data/exports/vintage-&lt;id&gt;/public/&lt;format&gt;,
/// where GET /exports/{format} serves them from), skipping those already complete; deletes the export folders of vintages
/// that are no longer kept (retention) and temp exports a crashed request left behind. Analyst exports are made on the first
/// request: they are rarer, and unprotected data is better not left lying around unasked.
/// </summary>
public sealed class ExportWork(WarehouseOptions warehouse, ExportRefreshOptions options, TimeProvider time, ILogger<ExportWork> logger)
{
    public async Task<JobReport> RunAsync(CancellationToken cancellationToken)
    {
        var formats = Formats();
        var store = new VintageStore(warehouse);
        var current = store.Current();
        var deleted = DeleteGoneVintages(store);
        var stale = DeleteStaleTemp();
        if (current is null)
        {
            return new JobReport { Message = $"no vintage published yet; deleted the exports of {deleted} vintage(s) no longer kept" };
        }

        var exporter = new Exporter(warehouse, time);
        var written = new List<string>();
        var complete = new List<string>();
        var failed = new List<string>();
        foreach (var format in formats)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = exporter.DefaultDirectory(current.Id, IndicatorRole.Public, format.Id);
            if (File.Exists(Path.Combine(folder, Exporter.MetadataFile)))
            {
                complete.Add(format.Id);
                continue;
            }

            try
            {
                await exporter.ExportAsync(new ExportRequest(format.Id, [], [], IndicatorRole.Public), current, folder, cancellationToken).ConfigureAwait(false);
                written.Add(format.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One format failing (a bug in it, a full disk) must not keep the others from being refreshed.
                logger.LogError(e, "Export refresh: the {Format} export of vintage {Vintage} failed", format.Id, current.Id);
                failed.Add($"{format.Id}: {e.Message}");
            }
        }

        var message = string.Create(CultureInfo.InvariantCulture,
            $"vintage {current.Id}: wrote {List(written)}; already complete {List(complete)}; deleted the exports of {deleted} vintage(s) no longer kept and {stale} stale temp export(s)");
        logger.LogInformation("Export refresh: {Message}", message);
        return new JobReport
        {
            VintageId = current.Id,
            Message = message,
            Failure = failed.Count == 0 ? null : message + "; failed " + string.Join("; ", failed),
        };
    }

    /// <summary>The configured formats, checked by id before anything is written (a typo in the configuration names itself).</summary>
    private List<IExportFormat> Formats()
    {
        if (options.Formats.Length == 0)
        {
            return [.. ExportFormats.All];
        }

        var formats = new List<IExportFormat>();
        foreach (var id in options.Formats.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            IExportFormat format;
            try
            {
                format = ExportFormats.Find(id);
            }
            catch (ExportRequestException e)
            {
                throw new InvalidOperationException($"{ExportRefreshOptions.Section}:Formats: {e.Message}", e);
            }

            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        return formats;
    }

    private string ExportsPath => Path.Combine(warehouse.DataPath, "exports");

    /// <summary>vintage-&lt;id&gt; folders whose vintage is no longer kept; a reader streaming from one keeps its open files.</summary>
    private int DeleteGoneVintages(VintageStore store)
    {
        if (!Directory.Exists(ExportsPath))
        {
            return 0;
        }

        var kept = store.List().Select(v => v.Id).ToHashSet();
        if (store.Current() is { } current)
        {
            kept.Add(current.Id);
        }

        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(ExportsPath, "vintage-*"))
        {
            var suffix = Path.GetFileName(folder)["vintage-".Length..];
            if (int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !kept.Contains(id))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                    deleted++;
                }
                catch (IOException e)
                {
                    // A download still holds a file open where the system refuses to delete it (Windows); the next run deletes it.
                    logger.LogWarning(e, "Export refresh: could not delete {Folder} yet", folder);
                }
            }
        }

        return deleted;
    }

    /// <summary>A request deletes its temp export when it ends; only a crash leaves one, so old ones are safe to delete.</summary>
    private int DeleteStaleTemp()
    {
        var temp = Path.Combine(ExportsPath, "tmp");
        if (!Directory.Exists(temp))
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - options.TempMaxAge;
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(temp))
        {
            if (Directory.GetLastWriteTimeUtc(folder) < cutoff)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                    deleted++;
                }
                catch (IOException)
                {
                    // Still being written after all; the next run tries again.
                }
            }
        }

        return deleted;
    }

    private static string List(List<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
