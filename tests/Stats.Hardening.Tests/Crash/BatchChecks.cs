using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;
using Stats.Catalog;
using Stats.Catalog.Entities;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// No half-loaded batch after a restart: every row of a batch-tagged table (staging, quarantine, facts) belongs to a batch
/// recorded in meta_load_batch; each recorded batch has all its staged rows; the catalog's loaded deliveries are exactly the
/// warehouse's batches; no delivery is left Running.
/// </summary>
internal static class BatchChecks
{
    public static async Task<IReadOnlySet<string>> RunAsync(DuckDBConnection writer, CatalogDbContext catalog, CrashTally tally, string context)
    {
        var batches = new Dictionary<long, (string File, string Sha, long Loaded)>();
        await using (var command = writer.CreateCommand())
        {
            command.CommandText = "SELECT load_batch_key, file_name, content_sha256, rows_loaded FROM meta_load_batch";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                batches[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
            }
        }

        var staged = new Dictionary<long, long>();
        foreach (var table in await BatchTaggedTablesAsync(writer))
        {
            await using var command = writer.CreateCommand();
            command.CommandText = $"SELECT load_batch_key, count(*) FROM \"{table}\" GROUP BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var batch = reader.IsDBNull(0) ? -1 : Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                batches.Should().ContainKey(batch, $"{context}: {table} holds rows of load batch {batch}, which is not recorded as loaded (a half-loaded batch)");
                if (table.StartsWith("stg_", StringComparison.Ordinal))
                {
                    staged[batch] = staged.GetValueOrDefault(batch) + reader.GetInt64(1);
                }
            }

            tally.Check();
        }

        foreach (var (key, batch) in batches)
        {
            staged.GetValueOrDefault(key).Should().Be(batch.Loaded, $"{context}: batch {key} ({batch.File}) records {batch.Loaded} staged rows");
            tally.Check();
        }

        (await catalog.Deliveries.AsNoTracking().CountAsync(d => d.Status == DeliveryStatus.Running))
            .Should().Be(0, $"{context}: the restart settles every delivery a kill left Running");
        var loaded = await catalog.Deliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Loaded)
            .Select(d => new { d.LoadBatchKey, d.ContentSha256 }).ToListAsync();
        loaded.Select(d => (d.LoadBatchKey ?? -1, d.ContentSha256)).Should().BeEquivalentTo(
            batches.Select(b => (b.Key, b.Value.Sha)), $"{context}: the catalog's loaded deliveries are the warehouse's batches");
        tally.Check(2);
        return batches.Values.Select(b => b.File).ToHashSet(StringComparer.Ordinal);
    }

    private static Task<List<string>> BatchTaggedTablesAsync(DuckDBConnection writer) =>
        CrashSql.StringsAsync(writer,
            """
            SELECT DISTINCT c.table_name FROM duckdb_columns() c JOIN duckdb_tables() t USING (database_name, schema_name, table_name)
            WHERE c.database_name = current_database() AND c.schema_name = 'main' AND c.column_name = 'load_batch_key'
              AND c.table_name <> 'meta_load_batch' ORDER BY 1
            """);
}
