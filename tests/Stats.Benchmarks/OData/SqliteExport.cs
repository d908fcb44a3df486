using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Stats.Warehouse.Sql;

namespace Stats.Benchmarks.OData;

/// <summary>
/// Copies the registrations into SQLite for the EF Core reference: rows streamed from a DuckDB reader straight into one
/// prepared INSERT inside one transaction (no CSV in between), journal and fsync off while loading, the index built last.
/// The table keeps the columns an analyst filters and groups by; SQLite stores rows, so the 14 other columns of the fact
/// would only slow its scans down.
/// </summary>
internal static class SqliteExport
{
    public const string FileName = "registrations.sqlite";

    private const string Columns = "registration_key, date_key, \"year\", person_key, victim_status_code, sex_code, age_group_code, "
        + "citizenship_group_code, region_code, main_form_code";

    public static async Task<long> WriteAsync(string duckDbPath, string sqlitePath, CancellationToken ct)
    {
        await using var source = new DuckDBConnection($"Data Source={duckDbPath};ACCESS_MODE=READ_ONLY");
        await source.OpenAsync(ct);
        await using var target = new SqliteConnection($"Data Source={sqlitePath};Pooling=False");
        await target.OpenAsync(ct);
        await ExecuteAsync(target, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000;", ct);
        await ExecuteAsync(target, """
            CREATE TABLE registration (
                registration_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL, "year" INTEGER NOT NULL, person_key INTEGER NOT NULL,
                victim_status_code TEXT NOT NULL, sex_code TEXT NOT NULL, age_group_code TEXT NOT NULL,
                citizenship_group_code TEXT NOT NULL, region_code TEXT NOT NULL, main_form_code TEXT NOT NULL)
            """, ct);

        long rows = 0;
        await using (var transaction = (SqliteTransaction)await target.BeginTransactionAsync(ct))
        {
            await using var insert = target.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO registration VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9)";
            var parameters = Enumerable.Range(0, 10).Select(i => insert.CreateParameter()).ToArray();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].ParameterName = "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                insert.Parameters.Add(parameters[i]);
            }

            insert.Prepare();
            await using var read = source.CreateCommand($"SELECT {Columns} FROM fct_victim_registration ORDER BY registration_key");
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                parameters[0].Value = reader.GetInt64(0);
                parameters[1].Value = reader.GetInt32(1);
                parameters[2].Value = reader.GetInt32(2);
                parameters[3].Value = reader.GetInt64(3);
                for (var c = 4; c < 10; c++)
                {
                    parameters[c].Value = reader.GetString(c);
                }

                insert.ExecuteNonQuery();
                rows++;
            }

            await transaction.CommitAsync(ct);
        }

        // The index a developer would declare for this query (HasIndex in the EF model): the aggregate becomes an
        // index-only scan in group order instead of a table scan and a sort.
        await ExecuteAsync(target, "CREATE INDEX ix_registration_year_sex_person ON registration (\"year\", sex_code, person_key); ANALYZE;", ct);
        return rows;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
