-- grain: one row per delivery stream (source contract) with at least one delivery loaded on or before $as_of; once the
-- warehouse holds timeliness expectations (meta_source_expectation, synced from the contracts before every publish),
-- only the expected contracts, so that a retired stream does not stay the "largest delay" for ever
-- value: days from the contract's last loaded delivery (meta_load_batch.loaded_at, as a UTC calendar date) to $as_of.
-- organisation is the contract's source: its cell (measure max) is its stalest contract, the total the stalest of all.
-- A contract expected but never delivered has no delay to measure: it is left out here and counted by Q03B (status
-- NEVER_DELIVERED). ref_date is $as_of, so the figure belongs to the year of publication. Deliveries loaded after
-- $as_of are ignored, so republishing an earlier date gives the figure as it was then.
SELECT
    b.contract_id AS unit_id,
    CAST($as_of AS DATE) AS ref_date,
    min(b.source_code) AS organisation,
    CAST(date_diff('day', max(CAST(timezone('UTC', b.loaded_at) AS DATE)), CAST($as_of AS DATE)) AS DOUBLE) AS value
FROM meta_load_batch b
WHERE CAST(timezone('UTC', b.loaded_at) AS DATE) <= CAST($as_of AS DATE)
  AND (NOT EXISTS (SELECT 1 FROM meta_source_expectation)
       OR b.contract_id IN (SELECT contract_id FROM meta_source_expectation))
GROUP BY b.contract_id
