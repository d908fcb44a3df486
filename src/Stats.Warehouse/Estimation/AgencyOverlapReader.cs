using System.Globalization;
using DuckDB.NET.Data;
using Stats.Core.Estimation;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Estimation;

/// <summary>
/// Reads the warehouse's agency-overlap table (agg_agency_overlap, model 040: persons by exact combination of agency
/// lists, any status) of a year as the input of multiple systems estimation. The table is the unprotected internal one:
/// estimation needs the true small cells; only the estimate it yields is published.
/// </summary>
public static class AgencyOverlapReader
{
    public static async Task<OverlapTable?> ReadAsync(DuckDBConnection connection, SqlFiles sql, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var rows = new List<(IReadOnlyList<string> Lists, long Persons)>();
        await using (var command = connection.CreateCommand(sql.Read(Path.Combine("reports", "summary_overlap.sql")).Text, ("year", year)))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0).Split('+'), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }

        return rows.Count == 0 ? null : OverlapTable.FromCombinations(rows);
    }

    public static async Task<IReadOnlyList<int>> YearsAsync(DuckDBConnection connection, SqlFiles sql, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var years = new List<int>();
        await using var command = connection.CreateCommand(sql.Read(Path.Combine("reports", "estimate_overlap_years.sql")).Text);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            years.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return years;
    }
}
