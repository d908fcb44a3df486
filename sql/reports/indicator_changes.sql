-- grain: one row per indicator cell whose value differs between two vintages, attached as old_v and new_v
-- $role 'public' compares the published (protected) values, 'analyst' the unprotected ones. Kinds:
--   changed    both published, values differ;          added / removed  the cell exists in one vintage only;
--   released   suppressed before, published now;       suppressed       published before, suppressed now.
WITH o AS (
    SELECT indicator_id, cell_key, CASE WHEN $role = 'analyst' THEN raw_value ELSE obs_value END AS v, conf_status
    FROM old_v.ind_cell WHERE $indicator IS NULL OR indicator_id = $indicator
),
n AS (
    SELECT indicator_id, cell_key, CASE WHEN $role = 'analyst' THEN raw_value ELSE obs_value END AS v, conf_status
    FROM new_v.ind_cell WHERE $indicator IS NULL OR indicator_id = $indicator
)
SELECT
    coalesce(n.indicator_id, o.indicator_id) AS indicator_id,
    coalesce(n.cell_key, o.cell_key) AS cell_key,
    o.v AS old_value,
    n.v AS new_value,
    CASE
        WHEN o.cell_key IS NULL THEN 'added'
        WHEN n.cell_key IS NULL THEN 'removed'
        WHEN o.v IS NULL AND n.v IS NOT NULL THEN 'released'
        WHEN o.v IS NOT NULL AND n.v IS NULL THEN 'suppressed'
        ELSE 'changed'
    END AS kind
FROM o
FULL OUTER JOIN n ON n.indicator_id = o.indicator_id AND n.cell_key = o.cell_key
WHERE o.cell_key IS NULL
   OR n.cell_key IS NULL
   OR (o.v IS NULL) <> (n.v IS NULL)
   OR abs(o.v - n.v) > 1e-9
ORDER BY indicator_id, cell_key;
