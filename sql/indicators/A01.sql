-- grain: one row per person assisted in the reference year, type of assistance and assisting organisation
-- Year = year an assistance episode started (episodes continuing from an earlier year are not counted again).
-- The person is placed at their first episode start of the year; every type and organisation of the year's
-- episodes is a row, so a person receiving several types counts once under each (non-additive).
WITH episodes AS (
    SELECT
        a.person_key,
        a.assistance_type_code,
        coalesce(o.organisation_code, 'UNK') AS organisation,
        min(a.date_key) OVER (PARTITION BY a.person_key, a."year") AS first_key
    FROM fct_assistance_episode a
    LEFT JOIN dim_organisation o ON o.organisation_key = a.organisation_key
)
SELECT DISTINCT
    e.person_key AS unit_id,
    date_of_key(e.first_key) AS ref_date,
    e.assistance_type_code AS assistance_type,
    e.organisation
FROM episodes e
