-- grain: one row per breakdown (sex, citizenship group, main form) and code: registered victims (IDENT + PRES,
-- persons counted once at their highest status) of $year
WITH registered AS (
    SELECT * FROM fct_victim_person_year WHERE "year" = $year AND highest_status_code IN ('IDENT', 'PRES')
)
SELECT 'sex' AS breakdown, sex_code AS code, count(*) AS n FROM registered GROUP BY sex_code
UNION ALL
SELECT 'citizenship_group', citizenship_group_code, count(*) FROM registered GROUP BY citizenship_group_code
UNION ALL
SELECT 'main_form', main_form_code, count(*) FROM registered GROUP BY main_form_code
ORDER BY breakdown, code
