using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Migrations;

/// <summary>
/// Applies sql/migrations/NNNN_name.sql forward-only, each in its own transaction, and records its
/// SHA-256 in schema_version. A migration edited after it was applied stops the start-up: the database
/// and the files no longer describe the same schema, and guessing would be worse than stopping.
/// </summary>
public sealed class MigrationRunner(SqlFiles sql)
{
    public async Task<IReadOnlyList<string>> ApplyAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, checksum VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)
            """, cancellationToken).ConfigureAwait(false);

        var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
        var newlyApplied = new List<string>();
        foreach (var file in sql.List("migrations"))
        {
            var version = ParseVersion(file);
            var checksum = Checksum(file.Text);
            if (applied.TryGetValue(version, out var recorded))
            {
                if (!string.Equals(recorded, checksum, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Migration {file.RelativePath} was changed after it was applied (checksum differs). " +
                        "Migrations are forward-only: add a new numbered migration instead.");
                }

                continue;
            }

            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(file.Text, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version VALUES ($version, $name, $checksum, now())",
                cancellationToken,
                ("version", version), ("name", file.Name), ("checksum", checksum)).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            newlyApplied.Add(file.Name);
        }

        return newlyApplied;
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, checksum FROM schema_version";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetInt32(0)] = reader.GetString(1);
        }

        return result;
    }

    private static int ParseVersion(SqlFile file)
    {
        var prefix = file.Name.Split('_', 2)[0];
        return int.TryParse(prefix, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InvalidOperationException($"Migration file '{file.RelativePath}' must start with a number, e.g. 0003_facts.sql.");
    }

    internal static string Checksum(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
}
