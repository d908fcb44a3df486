-- grain: one row per person convicted at first instance in the reference year, at their first conviction of the year
-- The sentence band is that of the person's first conviction of the year (ties: first delivered); UNK when that
-- conviction has no band (no sentence delivered, or a custodial sentence without its length).
WITH ranked AS (
    SELECT
        j.*,
        row_number() OVER (PARTITION BY j.person_key, j."year" ORDER BY j.date_key, j.justice_key) AS pick
    FROM fct_justice_person_stage j
    WHERE j.stage_code = 'PER_CNV'
)
SELECT
    r.person_key AS unit_id,
    date_of_key(r.date_key) AS ref_date,
    coalesce(r.sentence_band_code, 'UNK') AS sentence_band,
    r.sex_code AS sex
FROM ranked r
WHERE r.pick = 1
