namespace Stats.Warehouse.Freshness;

/// <summary>
/// The one definition of a contract's timeliness at an instant, shared by the OData set SourceFreshness (as of the
/// vintage's publication) and <see cref="SourceTimeliness"/> (as of any instant, e.g. for /health), so both classify alike.
/// One row per expected contract plus one per contract that delivered without an expectation (status no_expectation).
/// Only deliveries loaded on or before the as-of instant count. With L the last such delivery (max loaded_at) and T the
/// as-of instant: never_delivered when there is none; overdue when T − L ≥ OverdueAfter; late when T − L ≥ LateAfter;
/// on_time otherwise. Both bounds are inclusive: the source is late from the instant L + LateAfter itself (the
/// contract's "late after two days" is read as "late once two full days have passed"). Arithmetic is in epoch
/// microseconds, so neither the session time zone nor a calendar can shift a boundary.
/// </summary>
internal static class SourceTimelinessSql
{
    public const string OnTime = "on_time";
    public const string Late = "late";
    public const string Overdue = "overdue";
    public const string NeverDelivered = "never_delivered";
    public const string NoExpectation = "no_expectation";

    /// <summary>Statuses that make a source stale next to the figures it feeds.</summary>
    public static readonly string[] Stale = [Late, Overdue, NeverDelivered];

    /// <summary>
    /// <paramref name="asOfUs"/>: a SQL expression (from the model, never from input) giving the as-of instant in epoch
    /// microseconds. <paramref name="withExpectations"/>: false for a snapshot published before migration 0009, where every
    /// delivered contract is no_expectation.
    /// </summary>
    public static string Select(string asOfUs, bool withExpectations)
    {
        var expected = withExpectations
            ? "SELECT contract_id, source_code, organisation_type, expected_every_iso, late_after_s, overdue_after_s FROM meta_source_expectation"
            : "SELECT NULL::VARCHAR AS contract_id, NULL::VARCHAR AS source_code, NULL::VARCHAR AS organisation_type, "
              + "NULL::VARCHAR AS expected_every_iso, NULL::BIGINT AS late_after_s, NULL::BIGINT AS overdue_after_s WHERE FALSE";
        return $"""
            WITH as_of AS (SELECT CAST({asOfUs} AS BIGINT) AS t_us),
            delivered AS (
                SELECT b.contract_id, min(b.source_code) AS source_code, max(epoch_us(b.loaded_at)) AS last_us, count(*) AS deliveries,
                       CAST(sum(b.rows_read) AS BIGINT) AS rows_read, CAST(sum(b.rows_loaded) AS BIGINT) AS rows_loaded,
                       CAST(sum(b.rows_quarantined) AS BIGINT) AS rows_quarantined
                FROM meta_load_batch b, as_of a
                WHERE epoch_us(b.loaded_at) <= a.t_us
                GROUP BY b.contract_id
            ),
            expected AS ({expected}),
            joined AS (
                SELECT coalesce(e.contract_id, d.contract_id) AS contract_id, coalesce(e.source_code, d.source_code) AS source_code,
                       e.organisation_type AS expected_type, e.contract_id IS NOT NULL AS is_expected, e.expected_every_iso,
                       e.late_after_s, e.overdue_after_s, d.last_us, d.deliveries, d.rows_read, d.rows_loaded, d.rows_quarantined,
                       a.t_us, d.last_us + e.late_after_s * 1000000 AS late_us, d.last_us + e.overdue_after_s * 1000000 AS overdue_us
                FROM expected e FULL OUTER JOIN delivered d ON d.contract_id = e.contract_id CROSS JOIN as_of a
            )
            SELECT j.contract_id, j.source_code, coalesce(j.expected_type, o.organisation_type_code) AS organisation_type,
                   j.expected_every_iso, CAST(j.late_after_s AS DOUBLE) / 86400 AS late_after_days,
                   CAST(j.overdue_after_s AS DOUBLE) / 86400 AS overdue_after_days,
                   j.t_us AS as_of_us, j.last_us AS last_loaded_us, CAST(j.t_us - j.last_us AS DOUBLE) / 86400000000 AS days_since_last_delivery,
                   j.late_us AS late_at_us, j.overdue_us AS overdue_at_us,
                   CASE WHEN NOT j.is_expected THEN '{NoExpectation}'
                        WHEN j.last_us IS NULL THEN '{NeverDelivered}'
                        WHEN j.t_us >= j.overdue_us THEN '{Overdue}'
                        WHEN j.t_us >= j.late_us THEN '{Late}'
                        ELSE '{OnTime}' END AS status,
                   coalesce(j.deliveries, 0) AS deliveries, coalesce(j.rows_read, 0) AS rows_read,
                   coalesce(j.rows_loaded, 0) AS rows_loaded, coalesce(j.rows_quarantined, 0) AS rows_quarantined
            FROM joined j
            LEFT JOIN dim_organisation o ON o.organisation_code = j.source_code
            """;
    }
}
