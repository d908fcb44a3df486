using DuckDB.NET.Data;
using Microsoft.OData.Edm;
using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// One published vintage as the API serves it: the EDM model, the flat entity sets behind it, and how to open a
/// read-only connection to the vintage's data. <see cref="VintageId"/> is pinned into next links so that paging never
/// mixes two vintages.
/// </summary>
public sealed record ServedModel(
    string VintageId,
    IEdmModel Model,
    IReadOnlyList<FlatEntitySet> Sets,
    Func<CancellationToken, Task<DuckDBConnection>> OpenConnectionAsync) : IAsyncDisposable
{
    /// <summary>What the model holds open (the file's anchor connection), released when the model is no longer served.</summary>
    public IAsyncDisposable? Resources { get; init; }

    /// <summary>
    /// A served model over flat sets in one DuckDB file: a read-only connection per request, cheap because an anchor
    /// connection keeps the database instance open for the model's lifetime (opening the file cold costs tens of ms).
    /// </summary>
    public static ServedModel ForFile(string vintageId, IReadOnlyList<FlatEntitySet> sets, string databasePath)
    {
        var connections = new SnapshotConnections(databasePath);
        return new(vintageId, FlatModel.Build(sets), sets, connections.OpenAsync) { Resources = connections };
    }

    public ValueTask DisposeAsync() => Resources?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>The set with this exact name (OData identifiers are case-sensitive), or null.</summary>
    public FlatEntitySet? FindSet(string name) =>
        Sets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Read-only, and locked down (<see cref="ServingLockdown"/>): even a translator bug could not read other files, load an
    /// extension or change settings through a serving connection.
    /// </summary>
    public static async Task<DuckDBConnection> OpenReadOnlyAsync(string databasePath, CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection($"Data Source={databasePath};ACCESS_MODE=READ_ONLY");
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ServingLockdown.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
