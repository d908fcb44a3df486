using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Reports;

/// <summary>Reads the consistency findings of aggregate returns from the working database (sql/reports/aggregate_findings.sql).</summary>
public static class AggregateFindings
{
    public static async Task<IReadOnlyList<AggregateFindingRow>> ReadAsync(
        DuckDBConnection warehouse, SqlFiles sql, string? contractId, long? batch, bool currentOnly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var rows = new List<AggregateFindingRow>();
        await using var command = warehouse.CreateCommand(
            sql.Read(Path.Combine("reports", "aggregate_findings.sql")).Text,
            ("contract", contractId), ("batch", batch), ("current_only", currentOnly));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new AggregateFindingRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                PeriodText(reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6)),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetDouble(8),
                reader.IsDBNull(9) ? null : reader.GetDouble(9),
                reader.IsDBNull(10) ? null : reader.GetInt64(10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.GetString(12),
                reader.GetBoolean(13)));
        }

        return rows;
    }

    /// <summary>SDMX time period text (2025, 2025-Q3, 2025-07), as the cubes write it.</summary>
    public static string PeriodText(string freq, int year, int periodNo) => freq switch
    {
        "Q" => Frequencies.TimePeriod(Frequency.Quarterly, new DateOnly(year, ((periodNo - 1) * 3) + 1, 1)),
        "M" => Frequencies.TimePeriod(Frequency.Monthly, new DateOnly(year, periodNo, 1)),
        _ => Frequencies.TimePeriod(Frequency.Annual, new DateOnly(year, 1, 1)),
    };
}
