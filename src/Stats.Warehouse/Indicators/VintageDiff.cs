using DuckDB.NET.Data;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// What changed between two published vintages, cell by cell (sql/reports/indicator_changes.sql), for a role: the
/// public sees changes of published values only, so a diff never reveals what a suppressed cell holds.
/// </summary>
public sealed class VintageDiff(SqlFiles sql)
{
    public async Task<IReadOnlyList<CellChange>> CompareAsync(
        VintageInfo from, VintageInfo to, IndicatorRole role, string? indicatorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(ct).ConfigureAwait(false);
        // Paths come from the vintage store (configuration and ids), never from a request.
        await connection.ExecuteAsync($"ATTACH '{Quote(from.FilePath)}' AS old_v (READ_ONLY)", ct).ConfigureAwait(false);
        await connection.ExecuteAsync($"ATTACH '{Quote(to.FilePath)}' AS new_v (READ_ONLY)", ct).ConfigureAwait(false);
        foreach (var (alias, vintage) in new[] { ("old_v", from), ("new_v", to) })
        {
            var has = await connection.ScalarAsync<long>(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = $db AND table_name = 'ind_cell'", ct, ("db", alias)).ConfigureAwait(false);
            if (has == 0)
            {
                throw new IndicatorRequestException($"Vintage {vintage.Id} was published before indicators were built; it has no cells to compare.");
            }
        }

        var changes = new List<CellChange>();
        await using var command = connection.CreateCommand(
            sql.Read(Path.Combine("reports", "indicator_changes.sql")).Text,
            ("role", role == IndicatorRole.Analyst ? "analyst" : "public"), ("indicator", indicatorId));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            changes.Add(new CellChange(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDouble(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.GetString(4)));
        }

        return changes;
    }

    private static string Quote(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
