using Microsoft.Data.Sqlite;

namespace Stats.Catalog.Tests;

/// <summary>A catalog file in its own temp folder, removed afterwards.</summary>
internal sealed class TempCatalog : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("stats-catalog-").FullName;

    public CatalogOptions Options { get; } = new();

    public string FilePath => Path.Combine(Directory, CatalogOptions.FileName);

    public Task<CatalogDbContext> OpenAsync() => CatalogDatabase.OpenAsync(Options, Directory, CancellationToken.None);

    /// <summary>A plain connection beside EF, to look at what is really stored.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
