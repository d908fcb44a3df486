-- grain: one row per consistency finding of a loaded aggregate return (meta_aggregate_finding), newest batch first.
-- is_current: the finding's batch is the one whose cells are in force for that contract and year (a later delivery for
-- the year replaces the whole table, so older findings describe figures that are no longer used).
-- Parameters: $contract (NULL = every contract), $batch (NULL = every batch), $current_only (BOOLEAN).
WITH current_batch AS (
    SELECT contract_id, "year", max(load_batch_key) AS load_batch_key
    FROM stg_aggregate_cell
    GROUP BY contract_id, "year"
)
SELECT
    f.load_batch_key,
    f.contract_id,
    b.file_name,
    f.check_code,
    f.freq,
    f."year",
    f.period_no,
    f.coordinates,
    f.stated,
    f.expected,
    f.record_number,
    f.column_name,
    f.message,
    c.load_batch_key IS NOT NULL AS is_current
FROM meta_aggregate_finding f
JOIN meta_load_batch b ON b.load_batch_key = f.load_batch_key
LEFT JOIN current_batch c ON c.contract_id = f.contract_id AND c."year" = f."year" AND c.load_batch_key = f.load_batch_key
WHERE ($contract IS NULL OR f.contract_id = $contract)
  AND ($batch IS NULL OR f.load_batch_key = $batch)
  AND (NOT $current_only OR c.load_batch_key IS NOT NULL)
ORDER BY f.load_batch_key DESC, f.contract_id, f."year", f.freq, f.period_no, f.check_code, f.coordinates, f.record_number
