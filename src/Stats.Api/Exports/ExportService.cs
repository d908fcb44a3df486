using System.Collections.Concurrent;
using System.Globalization;
using Stats.Warehouse;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Vintages;

namespace Stats.Api.Exports;

/// <summary>
/// Finds or makes the export a request asks for. A whole export (no indicators, no years) is kept in the default folder
/// (<see cref="Exporter.DefaultDirectory"/>, where the export-refresh job writes too): served from there when complete;
/// for the current vintage made there when absent, so the next request is a file copy. One request per folder makes it
/// while the others wait for it (a per-folder gate), so concurrent first requests do not make the same export twice.
/// Filtered exports, and whole ones of an older vintage not kept, are made in a temp folder deleted after the response:
/// caching every combination of indicators and years would fill the disk with folders nobody asks for again.
/// </summary>
internal sealed class ExportService(WarehouseOptions warehouse, ExportServeOptions options, TimeProvider time)
{
    private readonly VintageStore _store = new(warehouse);
    // One gate per kept folder (vintage × role × format): a few dozen per vintage, so they are simply kept.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _folders = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _builds = new(Math.Max(1, options.MaxConcurrentBuilds));

    public VintageInfo? Current() => _store.Current();

    /// <exception cref="ExportHttpException">Nothing published yet (503).</exception>
    /// <exception cref="ExportRequestException">An unknown vintage, indicator or year (400).</exception>
    public async Task<ExportFolder> GetAsync(IExportFormat format, IndicatorRole role, ExportQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(query);
        var current = _store.Current()
            ?? throw new ExportHttpException(503, "NoVintage", "No vintage is published yet: run `stats publish` (or `stats demo`) first.");
        var vintage = query.Vintage is not { } wanted || wanted == current.Id ? current : Kept(wanted);
        var exporter = new Exporter(warehouse, time);
        var roleWord = role == IndicatorRole.Analyst ? "analyst" : "public";
        var request = new ExportRequest(format.Id, query.Indicators, query.Years, role);

        if (query.IsWhole)
        {
            var folder = exporter.DefaultDirectory(vintage.Id, role, format.Id);
            if (ExportFolder.TryKept(folder, format, vintage, roleWord) is { } kept)
            {
                return kept;
            }

            if (vintage.Id == current.Id)
            {
                var gate = _folders.GetOrAdd(folder, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct).ConfigureAwait(false);
                try
                {
                    // Made by the request this one waited for, or by the export-refresh job meanwhile.
                    if (ExportFolder.TryKept(folder, format, vintage, roleWord) is { } madeMeanwhile)
                    {
                        return madeMeanwhile;
                    }

                    var result = await BuildAsync(exporter, request, vintage, folder, ct).ConfigureAwait(false);
                    return ExportFolder.Made(result, format, vintage, null);
                }
                finally
                {
                    gate.Release();
                }
            }
        }

        var temporary = Path.Combine(ExportServeOptions.TempPath(warehouse.DataPath), Guid.NewGuid().ToString("N"));
        try
        {
            var result = await BuildAsync(exporter, request, vintage, Path.Combine(temporary, format.Id), ct).ConfigureAwait(false);
            return ExportFolder.Made(result, format, vintage, temporary);
        }
        catch
        {
            ExportFolder.DeleteTemporary(temporary);
            throw;
        }
    }

    private async Task<ExportResult> BuildAsync(Exporter exporter, ExportRequest request, VintageInfo vintage, string folder, CancellationToken ct)
    {
        await _builds.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await exporter.ExportAsync(request, vintage, folder, ct).ConfigureAwait(false);
        }
        finally
        {
            _builds.Release();
        }
    }

    /// <summary>A 400 rather than the feed's 404: here the vintage is a parameter of the request, like indicators and years.</summary>
    private VintageInfo Kept(int wanted)
    {
        var kept = _store.List();
        return kept.FirstOrDefault(v => v.Id == wanted) ?? throw new ExportRequestException(string.Create(CultureInfo.InvariantCulture,
            $"{ExportQuery.VintageParameter}: vintage {wanted} is not kept; the kept vintages are {string.Join(", ", kept.Select(v => v.Id))}."));
    }
}
