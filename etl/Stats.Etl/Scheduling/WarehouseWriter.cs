using Microsoft.Extensions.Logging;
using Stats.Catalog;
using Stats.Etl.Operations;
using Stats.Warehouse;

namespace Stats.Etl.Scheduling;

/// <summary>
/// The one writer of this process: a session on the working database is opened per piece of work and closed after it, one
/// at a time. Quartz's execution group already keeps warehouse jobs apart; this gate also covers work started outside
/// Quartz (a `stats run` in this process). Another process holding the database (a `stats load` by hand) surfaces as
/// <see cref="WarehouseLockedException"/>, which the jobs treat as transient and retry.
/// </summary>
public sealed class WarehouseWriter(WarehouseOptions warehouse, CatalogOptions catalog, TimeProvider time, ILoggerFactory loggers) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<WarehouseSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var session = await WarehouseSession.OpenAsync(warehouse, catalog, time, cancellationToken, loggers).ConfigureAwait(false);
            return await work(session, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
