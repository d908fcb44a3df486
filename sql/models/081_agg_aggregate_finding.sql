-- grain: one row per consistency finding of a loaded aggregate return
-- is_current: the finding's batch is the current one for its contract and year (fct_aggregate_cell, model 080); a
-- finding of a replaced delivery is kept, marked superseded, so that the history of a source's quality stays visible.
DELETE FROM agg_aggregate_finding;

INSERT INTO agg_aggregate_finding BY NAME
WITH current_batch AS (
    SELECT DISTINCT contract_id, "year", load_batch_key FROM fct_aggregate_cell
)
SELECT f.*, c.load_batch_key IS NOT NULL AS is_current
FROM meta_aggregate_finding f
LEFT JOIN current_batch c ON c.contract_id = f.contract_id AND c."year" = f."year" AND c.load_batch_key = f.load_batch_key;
