using DuckDB.NET.Data;
using Stats.Warehouse;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// Compares the published cells (ind_cell) of two data folders' current vintages column by column, with the test's own SQL
/// over both files attached read-only: same cells by id, and for every column the number of cells whose values differ.
/// ind_cell carries no vintage id or timestamp, so every column is compared.
/// </summary>
internal static class PublishedCells
{
    public sealed record Comparison(long Cells, long OtherCells, long CellsMissing, bool SameColumns, IReadOnlyDictionary<string, long> Differences)
    {
        public long Compared => Cells * Differences.Count;
    }

    public static async Task<Comparison> CompareAsync(string data, string referenceData)
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync($"ATTACH '{CurrentFile(data)}' AS crashed (READ_ONLY)", CancellationToken.None);
        await connection.ExecuteAsync($"ATTACH '{CurrentFile(referenceData)}' AS clean (READ_ONLY)", CancellationToken.None);
        var cells = await ScalarAsync(connection, "SELECT count(*) FROM crashed.ind_cell");
        var other = await ScalarAsync(connection, "SELECT count(*) FROM clean.ind_cell");
        var missing = await ScalarAsync(connection,
            "SELECT count(*) FROM crashed.ind_cell c FULL JOIN clean.ind_cell k USING (cell_id) WHERE c.cell_id IS NULL OR k.cell_id IS NULL");

        const string Columns = "SELECT column_name FROM duckdb_columns() WHERE database_name = $db AND table_name = 'ind_cell' ORDER BY column_index";
        var columns = await CrashSql.StringsAsync(connection, Columns.Replace("$db", "'crashed'", StringComparison.Ordinal));
        var same = columns.SequenceEqual(await CrashSql.StringsAsync(connection, Columns.Replace("$db", "'clean'", StringComparison.Ordinal)));
        var differences = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            differences[column] = await ScalarAsync(connection,
                $"SELECT count(*) FROM crashed.ind_cell c JOIN clean.ind_cell k USING (cell_id) WHERE c.\"{column}\" IS DISTINCT FROM k.\"{column}\"");
        }

        return new Comparison(cells, other, missing, same, differences);
    }

    private static string CurrentFile(string data) =>
        (new VintageStore(new WarehouseOptions { DataDirectory = data }).Current() ?? throw new InvalidOperationException($"{data}: nothing published"))
        .FilePath.Replace("'", "''", StringComparison.Ordinal);

    private static Task<long> ScalarAsync(DuckDBConnection connection, string sql) => connection.ScalarAsync<long>(sql, CancellationToken.None);
}
