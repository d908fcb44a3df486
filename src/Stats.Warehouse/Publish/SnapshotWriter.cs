using DuckDB.NET.Data;
using Stats.Warehouse.Faults;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Publish;

/// <summary>
/// Copies the published tables of the working database into a new DuckDB file: ATTACH a .tmp file, CREATE TABLE
/// AS SELECT per table in one transaction, CHECKPOINT, DETACH, then rename to .duckdb. A crash leaves at most a
/// .tmp file that no reader ever opens.
/// </summary>
internal static class SnapshotWriter
{
    private const string Alias = "snap";

    public static async Task<string> WriteAsync(
        DuckDBConnection writer, string vintagesPath, int id, DateTimeOffset publishedAt, string reportingCountry,
        IProgress<string>? progress, CancellationToken ct)
    {
        Directory.CreateDirectory(vintagesPath);
        var final = Path.Combine(vintagesPath, VintageManifest.DatabaseFileName(id));
        var temp = final + ".tmp";
        DeleteLeftovers(temp);
        if (File.Exists(final))
        {
            throw new InvalidOperationException($"Vintage file '{final}' already exists; vintage ids never repeat.");
        }

        var tables = await PublishedTableNamesAsync(writer, ct).ConfigureAwait(false);
        // ATTACH takes no parameters; the path is built from configuration and the id, never from a request.
        await writer.ExecuteAsync($"ATTACH '{temp.Replace("'", "''", StringComparison.Ordinal)}' AS {Alias}", ct).ConfigureAwait(false);
        try
        {
            await using (var tx = await writer.BeginTransactionAsync(ct).ConfigureAwait(false))
            {
                foreach (var table in tables)
                {
                    progress?.Report($"snapshot {table}");
                    await writer.ExecuteAsync(
                        $"CREATE TABLE {Alias}.{table} AS SELECT {PublishedTables.SelectList(table)} FROM main.{table}", ct).ConfigureAwait(false);
                }

                await writer.ExecuteAsync(
                    $"""
                    CREATE TABLE {Alias}.meta_vintage AS
                    SELECT CAST($id AS INTEGER) AS vintage_id, CAST($published_at AS TIMESTAMPTZ) AS published_at,
                           CAST($reporting_country AS VARCHAR) AS reporting_country,
                           (SELECT max(version) FROM main.schema_version) AS schema_version
                    """,
                    ct,
                    ("id", id), ("published_at", publishedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
                    ("reporting_country", reportingCountry)).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
            }

            await writer.ExecuteAsync($"CHECKPOINT {Alias}", ct).ConfigureAwait(false);
        }
        finally
        {
            await writer.ExecuteAsync($"DETACH {Alias}", CancellationToken.None).ConfigureAwait(false);
        }

        FaultPoints.Reached("publish:snapshot-copied");
        File.Move(temp, final);
        return final;
    }

    public static void DeleteLeftovers(string temp)
    {
        File.Delete(temp);
        File.Delete(temp + ".wal");
    }

    private static async Task<List<string>> PublishedTableNamesAsync(DuckDBConnection writer, CancellationToken ct)
    {
        var names = new List<string>();
        await using var command = writer.CreateCommand(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary ORDER BY table_name");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names.Where(PublishedTables.IsPublished).ToList();
    }
}
