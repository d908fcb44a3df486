using System.Globalization;
using DuckDB.NET.Data;

namespace Stats.Warehouse.Exports.Columnar;

/// <summary>
/// A DuckDB connection that may write files, reading the export's snapshot. The snapshot connection itself cannot always
/// do it: DuckDB.NET shares one database instance per file within a process, and where the API serves the same vintage
/// (stats serve, the export endpoints) that instance has external access switched off and its configuration locked, so
/// COPY … TO is refused. A separate in-memory instance attaches the same immutable snapshot file read-only instead, with
/// the snapshot's memory limit and threads, and the export's unqualified table names resolve to it.
/// </summary>
internal static class CopyConnection
{
    public const string Alias = "snapshot";

    public static async Task<DuckDBConnection> OpenAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        string path, memoryLimit;
        long threads;
        await using (var settings = snapshot.CreateCommand())
        {
            settings.CommandText = "SELECT path, current_setting('memory_limit'), current_setting('threads') FROM duckdb_databases() WHERE database_name = current_database()";
            await using var reader = await settings.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await reader.ReadAsync(ct).ConfigureAwait(false) || reader.IsDBNull(0))
            {
                throw new InvalidOperationException("The export's snapshot connection is not open on a database file.");
            }

            path = reader.GetString(0);
            memoryLimit = reader.GetString(1);
            threads = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
        }

        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var setup = connection.CreateCommand();
            setup.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"SET memory_limit = {DuckDbLiteral.Quote(memoryLimit)}; SET threads = {threads}; ATTACH {DuckDbLiteral.Quote(path)} AS {Alias} (READ_ONLY); USE {Alias};");
            await setup.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
