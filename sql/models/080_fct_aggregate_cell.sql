-- grain: one row per current stated cell of an aggregate return (contract, freq, year, period_no, coordinates)
-- A delivery for a year is the agency's whole current table for that year (year to date): the latest batch holding
-- any cell of a year replaces every earlier batch for that year, cells it no longer states included, so a corrected
-- table never mixes with the one it corrects. Columns as in stg_aggregate_cell (migration 0010).
DELETE FROM fct_aggregate_cell;

INSERT INTO fct_aggregate_cell BY NAME
WITH current_batch AS (
    SELECT contract_id, "year", max(load_batch_key) AS load_batch_key
    FROM stg_aggregate_cell
    GROUP BY contract_id, "year"
)
SELECT
    s.* EXCLUDE (contract_id, "year", load_batch_key),
    c.contract_id,
    c."year",
    c.load_batch_key,
    date_key_of(make_date(s."year", CASE s.freq WHEN 'Q' THEN 3 * s.period_no - 2 WHEN 'M' THEN s.period_no ELSE 1 END, 1)) AS date_key
FROM stg_aggregate_cell s
JOIN current_batch c ON c.contract_id = s.contract_id AND c."year" = s."year" AND c.load_batch_key = s.load_batch_key;
