using System.Globalization;
using DuckDB.NET.Data;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// The test's own SQL over two published snapshots attached side by side (read-only): table by table, the rows one
/// holds that the other does not, and every published text that a spreadsheet would run as a formula.
/// </summary>
internal sealed class PublishedVintages : IAsyncDisposable
{
    private readonly DuckDBConnection _connection;

    private PublishedVintages(DuckDBConnection connection) => _connection = connection;

    public static async Task<PublishedVintages> AttachAsync(string before, string after)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        var vintages = new PublishedVintages(connection);
        await vintages.ExecuteAsync($"ATTACH '{before.Replace("'", "''", StringComparison.Ordinal)}' AS before_corpus (READ_ONLY)");
        await vintages.ExecuteAsync($"ATTACH '{after.Replace("'", "''", StringComparison.Ordinal)}' AS after_corpus (READ_ONLY)");
        return vintages;
    }

    /// <summary>Every table of the snapshot published after the corpus.</summary>
    public Task<List<string>> TablesAsync() =>
        StringsAsync("SELECT table_name FROM duckdb_tables() WHERE database_name = 'after_corpus' ORDER BY 1");

    /// <summary>Rows of <paramref name="table"/> in one snapshot and not in the other (as multisets), and the row count after.</summary>
    public async Task<(long OnlyBefore, long OnlyAfter, long Rows)> DifferenceAsync(string table)
    {
        var q = Quote(table);
        return (
            await ScalarAsync($"SELECT count(*) FROM (SELECT * FROM before_corpus.main.{q} EXCEPT ALL SELECT * FROM after_corpus.main.{q})"),
            await ScalarAsync($"SELECT count(*) FROM (SELECT * FROM after_corpus.main.{q} EXCEPT ALL SELECT * FROM before_corpus.main.{q})"),
            await ScalarAsync($"SELECT count(*) FROM after_corpus.main.{q}"));
    }

    /// <summary>Load batches published after the corpus that were not before, as (file name, rows read, rows loaded).</summary>
    public async Task<List<(string File, long Read, long Loaded)>> NewBatchesAsync()
    {
        var rows = new List<(string, long, long)>();
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT file_name, rows_read, rows_loaded FROM after_corpus.main.meta_load_batch
            WHERE load_batch_key NOT IN (SELECT load_batch_key FROM before_corpus.main.meta_load_batch) ORDER BY load_batch_key
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    /// <summary>
    /// Every text value of the snapshot after the corpus that starts like a spreadsheet formula (a control character, or
    /// after white space =, +, @, or - not followed by a digit), as "table.column: value", and how many text values were looked at.
    /// </summary>
    public async Task<(List<string> Formulas, long Values)> FormulaTextsAsync()
    {
        var found = new List<string>();
        long values = 0;
        var columns = new List<(string Table, string Column)>();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'after_corpus' AND data_type = 'VARCHAR' ORDER BY 1, 2";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            var c = Quote(column);
            values += await ScalarAsync($"SELECT count({c}) FROM after_corpus.main.{Quote(table)}");
            foreach (var value in await StringsAsync(
                $"SELECT DISTINCT {c} FROM after_corpus.main.{Quote(table)} WHERE regexp_matches({c}, '^([\\x01-\\x1f]|\\s*([=+@]|-[^0-9]))') OR {c} LIKE '%cmd|%' OR {c} LIKE '%attacker.invalid%'"))
            {
                found.Add($"{table}.{column}: {value}");
            }
        }

        return (found, values);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> StringsAsync(string sql)
    {
        var rows = new List<string>();
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
