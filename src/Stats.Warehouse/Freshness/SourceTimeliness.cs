using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Freshness;

/// <summary>
/// Every contract's timeliness at a given instant, over the working database or a snapshot (both hold meta_load_batch and,
/// from migration 0009, meta_source_expectation): what /health reports as stale sources. Ordered by contract id.
/// </summary>
public static class SourceTimeliness
{
    public static async Task<IReadOnlyList<SourceTimelinessRow>> ReadAsync(DuckDBConnection connection, DateTimeOffset asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var withExpectations = await connection.ScalarAsync<long>(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'meta_source_expectation'",
            ct).ConfigureAwait(false) > 0;
        var sql = $"""
            SELECT contract_id, source_code, organisation_type, expected_every_iso, late_after_days, overdue_after_days,
                   last_loaded_us, days_since_last_delivery, late_at_us, overdue_at_us, status, deliveries
            FROM ({SourceTimelinessSql.Select("$as_of_us", withExpectations)})
            ORDER BY contract_id
            """;
        var asOfUs = (asOf.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;
        var rows = new List<SourceTimelinessRow>();
        await using var command = connection.CreateCommand(sql, ("as_of_us", asOfUs));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new SourceTimelinessRow(
                reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Number(reader, 4), Number(reader, 5),
                Instant(reader, 6), Number(reader, 7), Instant(reader, 8), Instant(reader, 9), reader.GetString(10),
                Convert.ToInt64(reader.GetValue(11), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static double? Number(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(DbDataReader reader, int i) => reader.IsDBNull(i)
        ? null
        : DateTimeOffset.UnixEpoch.AddTicks(Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture) * TimeSpan.TicksPerMicrosecond);
}
