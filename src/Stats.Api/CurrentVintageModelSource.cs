using System.Globalization;
using Stats.Warehouse;
using Stats.Warehouse.OData;
using Stats.Warehouse.Vintages;

namespace Stats.Api;

/// <summary>
/// Serves the published vintages of a data folder: current.json is looked up on every request (one small file read),
/// and a model is built once per (vintage, role) and kept for the few most recently used, so a publish switches what is
/// served without a restart while next links pinned to the previous vintage keep reading it as long as its file is kept.
/// </summary>
public sealed class CurrentVintageModelSource(WarehouseOptions options) : IServedModelSource, IDisposable
{
    /// <summary>Models kept in memory: the current vintage's three roles plus older ones being paged through.</summary>
    private const int CachedModels = 12;

    private readonly VintageStore _store = new(options);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly LinkedList<(string Vintage, ODataRole Role, ServedModel Model)> _cache = new();

    /// <summary>The data folder served; the export endpoints export its vintages.</summary>
    public WarehouseOptions Warehouse => options;

    public async ValueTask<ServedModel> GetAsync(ODataRole role, string? vintageId, CancellationToken cancellationToken)
    {
        var vintage = Find(vintageId);
        var id = vintage.Id.ToString(CultureInfo.InvariantCulture);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var node = _cache.First; node is not null; node = node.Next)
            {
                if (node.Value.Vintage == id && node.Value.Role == role)
                {
                    _cache.Remove(node);
                    _cache.AddFirst(node);
                    return node.Value.Model;
                }
            }

            await using var snapshot = await _store.OpenReadOnlyAsync(vintage, cancellationToken).ConfigureAwait(false);
            var sets = await PublishedSets.ReadAsync(snapshot, role, cancellationToken).ConfigureAwait(false);
            var model = ServedModel.ForFile(id, sets, vintage.FilePath);
            _cache.AddFirst((id, role, model));
            while (_cache.Count > CachedModels)
            {
                // A request still holding the evicted model keeps working: its connections open the file without the anchor.
                await _cache.Last!.Value.Model.DisposeAsync().ConfigureAwait(false);
                _cache.RemoveLast();
            }

            return model;
        }
        finally
        {
            _gate.Release();
        }
    }

    private VintageInfo Find(string? vintageId)
    {
        if (vintageId is null)
        {
            return _store.Current()
                ?? throw new ODataHttpException(503, "NoVintage", "No vintage is published yet: run `stats publish` (or `stats demo`) first.");
        }

        if (!int.TryParse(vintageId, NumberStyles.None, CultureInfo.InvariantCulture, out var wanted))
        {
            throw new ODataHttpException(400, "BadRequest", $"vintage: '{vintageId}' is not a vintage number.");
        }

        return _store.List().FirstOrDefault(v => v.Id == wanted) ?? throw FixedServedModelSource.VintageNotKept(vintageId);
    }

    public void Dispose()
    {
        foreach (var (_, _, model) in _cache)
        {
            model.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _cache.Clear();
        _gate.Dispose();
    }
}
