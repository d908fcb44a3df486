using DuckDB.NET.Data;
using Microsoft.OData.Edm;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

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
    Func<CancellationToken, Task<DuckDBConnection>> OpenConnectionAsync)
{
    /// <summary>A served model over flat sets in one DuckDB file, opened read-only for every request.</summary>
    public static ServedModel ForFile(string vintageId, IReadOnlyList<FlatEntitySet> sets, string databasePath) =>
        new(vintageId, FlatModel.Build(sets), sets, ct => OpenReadOnlyAsync(databasePath, ct));

    /// <summary>The set with this exact name (OData identifiers are case-sensitive), or null.</summary>
    public FlatEntitySet? FindSet(string name) =>
        Sets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Read-only, and with external access switched off and the configuration locked: even a translator bug could not
    /// read other files or change settings through a serving connection.
    /// </summary>
    public static async Task<DuckDBConnection> OpenReadOnlyAsync(string databasePath, CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection($"Data Source={databasePath};ACCESS_MODE=READ_ONLY");
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // DuckDB.NET shares one database instance between the connections of a process open on the same file, so a
            // concurrent request may find the configuration already locked by another one; that one switched external
            // access off before locking, which is checked rather than assumed.
            try
            {
                await connection.ExecuteAsync("SET enable_external_access = false; SET lock_configuration = true;", cancellationToken).ConfigureAwait(false);
            }
            catch (DuckDBException)
            {
                var locked = await connection.ScalarAsync<bool>("SELECT current_setting('lock_configuration')", cancellationToken).ConfigureAwait(false);
                var external = await connection.ScalarAsync<bool>("SELECT current_setting('enable_external_access')", cancellationToken).ConfigureAwait(false);
                if (!locked || external)
                {
                    throw;
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
