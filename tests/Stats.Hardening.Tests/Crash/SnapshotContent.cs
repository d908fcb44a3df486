using System.Globalization;
using DuckDB.NET.Data;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// What a published vintage file holds, read with the test's own SQL: its id, which deliveries it was built from (the
/// file names in its meta_load_batch, as a fingerprint) and the row count of every table in it.
/// </summary>
internal sealed record SnapshotContent(int VintageId, string Fingerprint, IReadOnlyDictionary<string, long> TableRows)
{
    public static string FingerprintOf(IEnumerable<string> files) => string.Join(" + ", files.Order(StringComparer.Ordinal));

    public static async Task<SnapshotContent> ReadAsync(DuckDBConnection snapshot)
    {
        var id = Convert.ToInt32(await ScalarAsync(snapshot, "SELECT vintage_id FROM meta_vintage"), CultureInfo.InvariantCulture);
        var files = new List<string>();
        await using (var command = snapshot.CreateCommand())
        {
            command.CommandText = "SELECT file_name FROM meta_load_batch";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                files.Add(reader.GetString(0));
            }
        }

        var tables = new List<string>();
        await using (var command = snapshot.CreateCommand())
        {
            command.CommandText = "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // Names come from the file's own catalogue, never from outside.
            rows[table] = Convert.ToInt64(await ScalarAsync(snapshot, $"SELECT count(*) FROM \"{table}\""), CultureInfo.InvariantCulture);
        }

        return new SnapshotContent(id, FingerprintOf(files), rows);
    }

    private static async Task<object?> ScalarAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
