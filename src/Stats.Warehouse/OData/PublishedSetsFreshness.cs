using Stats.Warehouse.Freshness;

namespace Stats.Warehouse.OData;

/// <summary>
/// SourceFreshness and the stale sources of each indicator, as of the vintage's publication (meta_vintage.published_at):
/// a vintage keeps telling what was late when it was published, however old it is. The rule is
/// <see cref="SourceTimelinessSql"/>. A snapshot published before migration 0009 has no meta_source_expectation: it serves
/// the same shape, one row per delivered contract with status no_expectation and null expectation columns, and no stale
/// sources (nothing was expected of anyone then).
/// </summary>
internal static class PublishedSetsFreshness
{
    /// <summary>Tables a snapshot needs for SourceFreshness; every snapshot written by SnapshotWriter holds both.</summary>
    public static readonly string[] RequiredTables = ["meta_load_batch", "meta_vintage", "dim_organisation"];

    public const string ExpectationTable = "meta_source_expectation";

    private const string AsOfUs = "(SELECT max(epoch_us(published_at)) FROM meta_vintage)";

    public static FlatEntitySet SourceFreshness(bool withExpectations) => new(
        "SourceFreshness",
        $"""
        (SELECT contract_id AS "ContractId", source_code AS "SourceCode", organisation_type AS "OrganisationType", status AS "Status",
                {Iso("as_of_us")} AS "AsOf", {Iso("last_loaded_us")} AS "LastLoadedAt",
                CAST(make_timestamp(last_loaded_us) AS DATE) AS "LastLoadedDate", days_since_last_delivery AS "DaysSinceLastDelivery",
                expected_every_iso AS "ExpectedEvery", late_after_days AS "LateAfterDays", overdue_after_days AS "OverdueAfterDays",
                {Iso("late_at_us")} AS "LateAt", {Iso("overdue_at_us")} AS "OverdueAt", deliveries AS "Deliveries", rows_read AS "RowsRead", rows_loaded AS "RowsLoaded",
                rows_quarantined AS "RowsQuarantined"
         FROM ({SourceTimelinessSql.Select(AsOfUs, withExpectations)}))
        """,
        [
            new("ContractId", "ContractId", FlatType.String, false),
            new("SourceCode", "SourceCode", FlatType.String, false),
            new("OrganisationType", "OrganisationType", FlatType.String, true),
            new("Status", "Status", FlatType.String, false),
            new("AsOf", "AsOf", FlatType.String, false),
            new("LastLoadedAt", "LastLoadedAt", FlatType.String, true),
            new("LastLoadedDate", "LastLoadedDate", FlatType.Date, true),
            new("DaysSinceLastDelivery", "DaysSinceLastDelivery", FlatType.Double, true),
            new("ExpectedEvery", "ExpectedEvery", FlatType.String, true),
            new("LateAfterDays", "LateAfterDays", FlatType.Double, true),
            new("OverdueAfterDays", "OverdueAfterDays", FlatType.Double, true),
            new("LateAt", "LateAt", FlatType.String, true),
            new("OverdueAt", "OverdueAt", FlatType.String, true),
            new("Deliveries", "Deliveries", FlatType.Int64, false),
            new("RowsRead", "RowsRead", FlatType.Int64, false),
            new("RowsLoaded", "RowsLoaded", FlatType.Int64, false),
            new("RowsQuarantined", "RowsQuarantined", FlatType.Int64, false),
        ],
        ["ContractId"]);

    /// <summary>
    /// indicator_id → the stale contracts (late, overdue, never delivered) whose organisation type is among the indicator's
    /// sources (ind_indicator.sources: organisation types joined with ','), comma-separated and sorted; absent when none.
    /// </summary>
    public static string StaleByIndicator() =>
        $"""
        (SELECT i.indicator_id, string_agg(f.contract_id, ',' ORDER BY f.contract_id) AS stale_sources
         FROM ind_indicator i
         JOIN ({SourceTimelinessSql.Select(AsOfUs, withExpectations: true)}) f
           ON list_contains(string_split(i.sources, ','), f.organisation_type)
         WHERE f.status IN ({string.Join(", ", SourceTimelinessSql.Stale.Select(s => "'" + s + "'"))})
         GROUP BY i.indicator_id)
        """;

    private static string Iso(string microseconds) => $"strftime(make_timestamp({microseconds}), '%Y-%m-%dT%H:%M:%SZ')";
}
