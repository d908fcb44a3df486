using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse.Migrations;
using Stats.Warehouse.Seeds;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse;

/// <summary>
/// The working DuckDB database. Only the single writer opens it; readers use published snapshots.
/// Opening applies pending migrations and changed seeds, so every caller sees the current schema.
/// </summary>
public sealed class WarehouseDatabase(WarehouseOptions options)
{
    public WarehouseOptions Options { get; } = options;
    public SqlFiles Sql { get; } = new(options.SqlPath);

    /// <summary>Opens the working database for writing, creating the data folder and schema when absent.</summary>
    public async Task<DuckDBConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Options.DataPath);
        var connection = new DuckDBConnection($"Data Source={Options.WorkingDatabasePath}");
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new WarehouseLockedException(Options.WorkingDatabasePath, ex);
        }

        await ConfigureAsync(connection, cancellationToken).ConfigureAwait(false);
        await new MigrationRunner(Sql).ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
        await new SeedLoader(Sql).LoadAsync(connection, cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task ConfigureAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        // SET does not take parameters; the values come from validated configuration, not requests.
        var memory = Options.MemoryLimit.Replace("'", string.Empty, StringComparison.Ordinal);
        await connection.ExecuteAsync($"SET memory_limit = '{memory}'", cancellationToken).ConfigureAwait(false);
        if (Options.Threads is { } threads)
        {
            await connection.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"), cancellationToken).ConfigureAwait(false);
        }
    }
}
