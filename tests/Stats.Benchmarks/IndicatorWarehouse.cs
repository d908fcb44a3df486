using DuckDB.NET.Data;
using Stats.Warehouse;

namespace Stats.Benchmarks;

/// <summary>
/// A private copy of the cached, model-built warehouse in a temp folder, opened for writing, so that benchmark runs
/// (which replace ind_cell and leave temp tables) never change the cached original.
/// </summary>
internal sealed class IndicatorWarehouse : IAsyncDisposable
{
    private IndicatorWarehouse(string folder, WarehouseDatabase database, DuckDBConnection writer)
    {
        Folder = folder;
        Database = database;
        Writer = writer;
    }

    public string Folder { get; }
    public WarehouseDatabase Database { get; }
    public DuckDBConnection Writer { get; }

    public static async Task<IndicatorWarehouse> OpenCopyAsync(string cachedFolder, string memoryLimit, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("stats-bench-ind-").FullName;
        WarehouseFiles.Copy(cachedFolder, folder);

        var database = new WarehouseDatabase(new WarehouseOptions { DataDirectory = folder, MemoryLimit = memoryLimit });
        return new IndicatorWarehouse(folder, database, await database.OpenWriterAsync(ct));
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
