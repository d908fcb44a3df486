using DuckDB.NET.Data;

namespace Stats.Api;

/// <summary>
/// Read-only connections to one snapshot file. The first request also opens an anchor connection that stays open until
/// the model is disposed, so DuckDB keeps the database instance (and its cache) and later connections open in well under a
/// millisecond. A connection asked for after disposal still works; it just opens the file without the anchor.
/// </summary>
internal sealed class SnapshotConnections(string databasePath) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DuckDBConnection? _anchor;
    private bool _disposed;

    public async Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _anchor) is null && !_disposed)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_anchor is null && !_disposed)
                {
                    _anchor = await ServedModel.OpenReadOnlyAsync(databasePath, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return await ServedModel.OpenReadOnlyAsync(databasePath, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            if (_anchor is not null)
            {
                await _anchor.DisposeAsync().ConfigureAwait(false);
                _anchor = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
