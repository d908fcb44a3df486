using DuckDB.NET.Data;
using Stats.Warehouse;

namespace Stats.Benchmarks;

/// <summary>A fresh warehouse in a temp folder, migrated and seeded, opened for writing.</summary>
internal sealed class BenchmarkWarehouse : IAsyncDisposable
{
    private BenchmarkWarehouse(string folder, DuckDBConnection writer)
    {
        Folder = folder;
        Writer = writer;
    }

    public string Folder { get; }
    public DuckDBConnection Writer { get; }

    public static async Task<BenchmarkWarehouse> CreateAsync(string memoryLimit = "2GB")
    {
        var folder = Directory.CreateTempSubdirectory("stats-bench-").FullName;
        var writer = await new WarehouseDatabase(new WarehouseOptions { DataDirectory = folder, MemoryLimit = memoryLimit }).OpenWriterAsync(CancellationToken.None);
        return new BenchmarkWarehouse(folder, writer);
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
