-- grain: one row per person convicted at first instance (final or not) in the reference year, at their first conviction of the year
-- A person convicted in several cases of the year counts once, at the earliest conviction (ties: first delivered), with that record's attributes.
WITH ranked AS (
    SELECT
        j.*,
        row_number() OVER (PARTITION BY j.person_key, j."year" ORDER BY j.date_key, j.justice_key) AS pick
    FROM fct_justice_person_stage j
    WHERE j.stage_code = 'PER_CNV'
)
SELECT
    r.person_key AS unit_id,
    make_date(r.date_key // 10000, r.date_key // 100 % 100, r.date_key % 100) AS ref_date,
    r.sex_code AS sex,
    r.age_group_code AS age_group,
    r.citizenship_group_code AS citizenship,
    r.form_code AS form_main,
    coalesce(o.organisation_code, 'UNK') AS organisation
FROM ranked r
LEFT JOIN dim_organisation o ON o.organisation_key = r.organisation_key
WHERE r.pick = 1
