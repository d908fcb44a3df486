using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Stats.Catalog.Tests;

/// <summary>
/// A catalog on either provider, empty and removed afterwards: a SQLite file in a temp folder, or a database of its own
/// on the test PostgreSQL server.
/// </summary>
internal sealed class TestCatalog : IAsyncDisposable
{
    private readonly TempCatalog? _sqlite;

    private TestCatalog(CatalogProvider provider, CatalogOptions options, TempCatalog? sqlite)
    {
        Provider = provider;
        Options = options;
        _sqlite = sqlite;
    }

    public CatalogProvider Provider { get; }

    public CatalogOptions Options { get; }

    /// <summary>The data folder (SQLite's file lives there; PostgreSQL ignores it).</summary>
    public string Directory => _sqlite?.Directory ?? Path.GetTempPath();

    public static async Task<TestCatalog> CreateAsync(CatalogProvider provider)
    {
        if (provider == CatalogProvider.Sqlite)
        {
            var temp = new TempCatalog();
            return new TestCatalog(provider, temp.Options, temp);
        }

        var connectionString = await PostgreSqlServer.CreateDatabaseAsync();
        return new TestCatalog(provider, new CatalogOptions { Provider = CatalogOptions.PostgreSqlProvider, ConnectionString = connectionString }, null);
    }

    public Task<CatalogDbContext> OpenAsync() => CatalogDatabase.OpenAsync(Options, Directory, CancellationToken.None);

    /// <summary>The first column of every row, as invariant text, read beside EF with the provider's own connection.</summary>
    public async Task<List<string>> StringsAsync(string sql)
    {
        await using var connection = OpenRaw();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private DbConnection OpenRaw() => _sqlite is not null
        ? new SqliteConnection($"Data Source={_sqlite.FilePath};Pooling=False")
        : new NpgsqlConnection(Options.ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null)
        {
            _sqlite.Dispose();
        }
        else
        {
            await PostgreSqlServer.DropDatabaseAsync(Options.ConnectionString!);
        }
    }
}
