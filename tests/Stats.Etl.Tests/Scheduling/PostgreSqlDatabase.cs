using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>A fresh database on the test PostgreSQL server named by STATS_TEST_POSTGRES (as in Stats.Catalog.Tests), dropped on dispose.</summary>
internal sealed class PostgreSqlDatabase : IAsyncDisposable
{
    public const string Variable = "STATS_TEST_POSTGRES";

    private PostgreSqlDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static bool Configured => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    private static string AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{Variable} is not set: start a PostgreSQL server and set it to its connection string (.ci/run does).");

    public static async Task<PostgreSqlDatabase> CreateAsync()
    {
        // The name is made here from hex digits only, so it is safe to put into the statement.
        var name = "stats_sched_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgreSqlDatabase(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"), admin);
        await drop.ExecuteNonQueryAsync();
    }
}
