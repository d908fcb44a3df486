using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// Compares the published cells (ind_cell) of two data folders' current vintages column by column, with the test's own SQL
/// over both files attached read-only: same cells by id, and for every column the number of cells whose values differ.
/// ind_cell carries no vintage id or timestamp, so every column is compared.
/// </summary>
internal static class PublishedCells
{
    public sealed record Comparison(long Cells, long OtherCells, long CellsMissing, IReadOnlyDictionary<string, long> Differences)
    {
        public long Compared => Cells * Differences.Count;
    }

    public static async Task<Comparison> CompareAsync(string data, string referenceData)
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"ATTACH '{CurrentFile(data)}' AS crashed (READ_ONLY)");
        await ExecuteAsync(connection, $"ATTACH '{CurrentFile(referenceData)}' AS clean (READ_ONLY)");
        var cells = await ScalarAsync(connection, "SELECT count(*) FROM crashed.ind_cell");
        var other = await ScalarAsync(connection, "SELECT count(*) FROM clean.ind_cell");
        var missing = await ScalarAsync(connection,
            "SELECT count(*) FROM crashed.ind_cell c FULL JOIN clean.ind_cell k USING (cell_id) WHERE c.cell_id IS NULL OR k.cell_id IS NULL");

        var columns = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT column_name FROM duckdb_columns() WHERE database_name = 'crashed' AND table_name = 'ind_cell' ORDER BY column_index";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var differences = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            differences[column] = await ScalarAsync(connection,
                $"SELECT count(*) FROM crashed.ind_cell c JOIN clean.ind_cell k USING (cell_id) WHERE c.\"{column}\" IS DISTINCT FROM k.\"{column}\"");
        }

        return new Comparison(cells, other, missing, differences);
    }

    private static string CurrentFile(string data) =>
        (new VintageStore(new WarehouseOptions { DataDirectory = data }).Current() ?? throw new InvalidOperationException($"{data}: nothing published"))
        .FilePath.Replace("'", "''", StringComparison.Ordinal);

    private static async Task ExecuteAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
