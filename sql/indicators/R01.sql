-- grain: one row per person convicted at first instance in the reference year with compensation awarded to victims
-- value: the compensation (EUR) awarded in all of the person's first-instance convictions of the year; the person is
-- placed at their first conviction of the year with an award, with that conviction's form. Convictions without an
-- amount (or with 0) are not counted. Amounts are those of the first-instance judgment (later appeals not applied).
WITH awarded AS (
    SELECT
        j.*,
        row_number() OVER (PARTITION BY j.person_key, j."year" ORDER BY j.date_key, j.justice_key) AS pick,
        sum(j.compensation_eur) OVER (PARTITION BY j.person_key, j."year") AS awarded_eur
    FROM fct_justice_person_stage j
    WHERE j.stage_code = 'PER_CNV' AND j.compensation_eur > 0
)
SELECT
    a.person_key AS unit_id,
    date_of_key(a.date_key) AS ref_date,
    CAST(a.awarded_eur AS DOUBLE) AS value,
    a.form_code AS form_main
FROM awarded a
WHERE a.pick = 1
