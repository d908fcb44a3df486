using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

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
        var id = await snapshot.ScalarAsync<int>("SELECT vintage_id FROM meta_vintage", CancellationToken.None);
        var files = await CrashSql.StringsAsync(snapshot, "SELECT file_name FROM meta_load_batch");
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await CrashSql.StringsAsync(snapshot, "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"))
        {
            // Names come from the file's own catalogue, never from outside.
            rows[table] = await snapshot.ScalarAsync<long>($"SELECT count(*) FROM \"{table}\"", CancellationToken.None);
        }

        return new SnapshotContent(id, FingerprintOf(files), rows);
    }
}
