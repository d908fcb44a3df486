using DuckDB.NET.Data;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// The test's own SQL over a published snapshot: figures are read straight from the published tables,
/// not through the report code the demo prints with.
/// </summary>
internal sealed class SnapshotQueries(DuckDBConnection connection) : IAsyncDisposable
{
    public static async Task<SnapshotQueries> OpenCurrentAsync(string dataFolder)
    {
        var store = new VintageStore(new WarehouseOptions { DataDirectory = dataFolder });
        var current = store.Current() ?? throw new InvalidOperationException("no vintage published");
        return new SnapshotQueries(await store.OpenReadOnlyAsync(current, CancellationToken.None));
    }

    public async Task<Dictionary<string, long>> CountsAsync(string sql)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
