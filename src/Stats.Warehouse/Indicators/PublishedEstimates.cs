using DuckDB.NET.Data;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Reads the estimates of one indicator from a vintage through the relation of the OData set Estimates for the role, so
/// exports, the portal and the feed show the same figures and the public channels cannot read an internal column.
/// Empty for an indicator that is not estimated, or a vintage published before estimates existed.
/// </summary>
public static class PublishedEstimates
{
    public static async Task<IReadOnlyList<PublishedEstimate>> ReadAsync(DuckDBConnection snapshot, string indicatorId, IndicatorRole role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (await snapshot.ScalarAsync<long>(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = $table", ct, ("table", PublishedSetsEstimates.MetadataTable)).ConfigureAwait(false) == 0)
        {
            return [];
        }

        var set = PublishedSetsEstimates.Estimates(role == IndicatorRole.Analyst ? ODataRole.Analyst : ODataRole.Public);
        var result = new List<PublishedEstimate>();
        // The relation comes from the published model; the indicator id is a parameter.
        await using var command = snapshot.CreateCommand(
            $"""
            SELECT "Year", "TimePeriod", "Value", "Flags", "Lower", "LowerIsKnown", "Upper", "Confidence", "Model", "Criterion", "IntervalMethod", "Status",
                   "Reason", "ReasonText", "KnownIndicatorId", "KnownValue", "KnownFlags", "KnownConfStatus"
            FROM {set.Relation} AS e WHERE "IndicatorId" = $id ORDER BY "Year"
            """,
            ("id", indicatorId));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            double? Number(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            result.Add(new PublishedEstimate(
                reader.GetInt32(0), reader.GetString(1), Number(2), reader.GetString(3), Number(4), !reader.IsDBNull(5) && reader.GetBoolean(5),
                Number(6), reader.GetDouble(7), Text(8), reader.GetString(9), reader.GetString(10), reader.GetString(11), Text(12), Text(13),
                reader.GetString(14), Number(15), Text(16), Text(17)));
        }

        return result;
    }
}
