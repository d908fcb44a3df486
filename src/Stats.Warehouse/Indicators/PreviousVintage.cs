using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Loads the cells of the vintage being replaced into a temporary table, so that the flags can mark what changed
/// (flag r). A first vintage, or one published before indicators existed, leaves the table empty: nothing is revised.
/// </summary>
internal static class PreviousVintage
{
    private const string Alias = "ind_prev_vintage";

    public static async Task LoadAsync(DuckDBConnection writer, string? file, CancellationToken ct)
    {
        await writer.ExecuteAsync(
            "CREATE OR REPLACE TEMP TABLE ind_previous (indicator_id VARCHAR, cell_key VARCHAR, raw_value DOUBLE, obs_value DOUBLE)", ct).ConfigureAwait(false);
        if (file is null || !File.Exists(file))
        {
            return;
        }

        // ATTACH takes no parameters; the path comes from the vintage store (configuration and an id), never a request.
        await writer.ExecuteAsync($"ATTACH '{file.Replace("'", "''", StringComparison.Ordinal)}' AS {Alias} (READ_ONLY)", ct).ConfigureAwait(false);
        try
        {
            var has = await writer.ScalarAsync<long>(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = $db AND table_name = 'ind_cell'", ct, ("db", Alias)).ConfigureAwait(false);
            if (has > 0)
            {
                await writer.ExecuteAsync(
                    $"INSERT INTO ind_previous SELECT indicator_id, cell_key, raw_value, obs_value FROM {Alias}.ind_cell", ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await writer.ExecuteAsync($"DETACH {Alias}", CancellationToken.None).ConfigureAwait(false);
        }
    }
}
