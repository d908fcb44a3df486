using DuckDB.NET.Data;
using Stats.Warehouse.Build;

namespace Stats.Warehouse.Tests.Support;

/// <summary>A working database in its own temp folder, opened for writing, deleted afterwards.</summary>
internal sealed class TempWarehouse : IAsyncDisposable
{
    private TempWarehouse(string directory, WarehouseDatabase database, DuckDBConnection writer)
    {
        Directory = directory;
        Database = database;
        Writer = writer;
        Staging = new StagingWriter(writer);
    }

    public string Directory { get; }
    public WarehouseDatabase Database { get; }
    public WarehouseOptions Options => Database.Options;
    public DuckDBConnection Writer { get; }
    public StagingWriter Staging { get; }

    public static async Task<TempWarehouse> CreateAsync(string? sqlDirectory = null, string reportingCountry = "AT")
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("stats-model-").FullName;
        var database = new WarehouseDatabase(new WarehouseOptions
        {
            DataDirectory = directory,
            ReportingCountry = reportingCountry,
            SqlDirectory = sqlDirectory,
            Threads = 2,
        });
        var writer = await database.OpenWriterAsync(CancellationToken.None);
        return new TempWarehouse(directory, database, writer);
    }

    public Task<BuildResult> BuildAsync() => new ModelBuilder(Database).BuildAsync(Writer, null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
