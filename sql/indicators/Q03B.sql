-- grain: one row per expected delivery stream (meta_source_expectation) and timeliness status: four rows per contract
-- numerator 1 on the row of the contract's status, 0 on the other three; denominator 1: a cell's ratio is the share of
-- the expected contracts that are in that status at publication (ESS punctuality: share of deliveries on time).
-- Status on calendar days, like Q03: d = days from the UTC date of the contract's last delivery loaded on or before
-- $as_of to $as_of. NEVER_DELIVERED: no such delivery; OVERDUE: d days >= overdue_after; LATE: d days >= late_after;
-- ON_TIME otherwise. Both bounds are inclusive, as in the SourceFreshness set. The cube knows only the publication
-- date, not the instant: SourceFreshness compares exact instants, so on the day a boundary passes the two may differ.
WITH last_delivery AS (
    SELECT contract_id, max(CAST(timezone('UTC', loaded_at) AS DATE)) AS last_date
    FROM meta_load_batch
    WHERE CAST(timezone('UTC', loaded_at) AS DATE) <= CAST($as_of AS DATE)
    GROUP BY contract_id
),
status AS (
    SELECT
        e.contract_id,
        e.source_code,
        CASE
            WHEN l.last_date IS NULL THEN 'NEVER_DELIVERED'
            WHEN date_diff('day', l.last_date, CAST($as_of AS DATE)) * 86400 >= e.overdue_after_s THEN 'OVERDUE'
            WHEN date_diff('day', l.last_date, CAST($as_of AS DATE)) * 86400 >= e.late_after_s THEN 'LATE'
            ELSE 'ON_TIME'
        END AS timeliness_status
    FROM meta_source_expectation e
    LEFT JOIN last_delivery l ON l.contract_id = e.contract_id
)
SELECT
    s.contract_id AS unit_id,
    CAST($as_of AS DATE) AS ref_date,
    s.source_code AS organisation,
    t.code AS timeliness_status,
    CAST(s.timeliness_status = t.code AS DOUBLE) AS numerator,
    1.0 AS denominator
FROM status s
CROSS JOIN (VALUES ('ON_TIME'), ('LATE'), ('OVERDUE'), ('NEVER_DELIVERED')) AS t(code)
