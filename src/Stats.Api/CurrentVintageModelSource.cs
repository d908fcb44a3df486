using System.Globalization;
using Stats.Warehouse;
using Stats.Warehouse.OData;
using Stats.Warehouse.Vintages;

namespace Stats.Api;

/// <summary>
/// Serves the current published vintage: current.json is looked up on every request (one small file read), and the
/// model is built once per vintage, so a publish switches what is served without a restart. Public role only until
/// API keys exist.
/// </summary>
public sealed class CurrentVintageModelSource(WarehouseOptions options) : IServedModelSource, IDisposable
{
    private readonly VintageStore _store = new(options);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ServedModel? _served;

    public async ValueTask<ServedModel> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _store.Current()
            ?? throw new ODataHttpException(503, "NoVintage", "No vintage is published yet: run `stats publish` (or `stats demo`) first.");
        var id = current.Id.ToString(CultureInfo.InvariantCulture);
        var served = Volatile.Read(ref _served);
        if (served is not null && served.VintageId == id)
        {
            return served;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_served is not null && _served.VintageId == id)
            {
                return _served;
            }

            await using var snapshot = await _store.OpenReadOnlyAsync(current, cancellationToken).ConfigureAwait(false);
            var sets = await PublishedSets.ReadAsync(snapshot, ODataRole.Public, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _served, ServedModel.ForFile(id, sets, current.FilePath));
            return _served!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
