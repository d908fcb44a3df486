-- grain: one row per person whose stay in accommodation / shelter (ACCOM) started in the reference year, and organisation
-- The person is placed at the first shelter stay starting in the year; a person accommodated by two organisations
-- counts once under each organisation (non-additive).
WITH stays AS (
    SELECT
        a.person_key,
        coalesce(o.organisation_code, 'UNK') AS organisation,
        min(a.date_key) OVER (PARTITION BY a.person_key, a."year") AS first_key
    FROM fct_assistance_episode a
    LEFT JOIN dim_organisation o ON o.organisation_key = a.organisation_key
    WHERE a.assistance_type_code = 'ACCOM'
)
SELECT DISTINCT
    s.person_key AS unit_id,
    date_of_key(s.first_key) AS ref_date,
    s.organisation
FROM stays s
