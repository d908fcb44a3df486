-- grain: one row per source (registering organisation) with at least one delivery loaded on or before $as_of
-- value: days from the source's last loaded delivery (meta_load_batch.loaded_at, as a UTC calendar date) to $as_of.
-- ref_date is $as_of, so the figure belongs to the year of publication. Deliveries loaded after $as_of are ignored,
-- so republishing an earlier date gives the figure as it was then.
SELECT
    o.organisation_code AS unit_id,
    CAST($as_of AS DATE) AS ref_date,
    o.organisation_code AS organisation,
    CAST(date_diff('day', max(CAST(timezone('UTC', b.loaded_at) AS DATE)), CAST($as_of AS DATE)) AS DOUBLE) AS value
FROM meta_load_batch b
JOIN dim_organisation o ON o.organisation_code = b.source_code
WHERE CAST(timezone('UTC', b.loaded_at) AS DATE) <= CAST($as_of AS DATE)
GROUP BY o.organisation_code
