using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Stats.Catalog.Tests;

/// <summary>The test PostgreSQL server: each test gets its own database, created here and dropped afterwards.</summary>
internal static class PostgreSqlServer
{
    public const string Variable = "STATS_TEST_POSTGRES";

    public static bool Configured => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    private static string AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{Variable} is not set: start a PostgreSQL server and set it to its connection string (.ci/run does).");

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        // The name is made here from hex digits only, so it is safe to put into the statement.
        var name = "stats_catalog_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"), admin);
        await drop.ExecuteNonQueryAsync();
    }
}
