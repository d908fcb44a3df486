-- grain: one row per person registered in the reference year (any status), registering organisation and form of exploitation
-- Persons are placed at their first registration of the year (any status) with the attributes of fct_victim_person_year.
-- Attributes come from fct_victim_person_year (one value per person and year); form_any and organisation are
-- multi-valued: one row per form of the year (brg_person_year_form) and per organisation that registered the
-- person in the year, so counting distinct unit_id keeps every cell a count of persons.
WITH registering AS (
    SELECT DISTINCT r.person_key, r."year", coalesce(o.organisation_code, 'UNK') AS organisation
    FROM fct_victim_registration r
    LEFT JOIN dim_organisation o ON o.organisation_key = r.organisation_key
)
SELECT
    py.person_key AS unit_id,
    make_date(py.first_date_key // 10000, py.first_date_key // 100 % 100, py.first_date_key % 100) AS ref_date,
    py.sex_code AS sex,
    py.age_group_code AS age_group,
    py.citizenship_group_code AS citizenship,
    py.main_form_code AS form_main,
    coalesce(f.form_code, 'UNK') AS form_any,
    o.organisation,
    py.nuts2_region_code AS region,
    py.trafficking_type_code AS trafficking_type
FROM fct_victim_person_year py
JOIN registering o ON o.person_key = py.person_key AND o."year" = py."year"
LEFT JOIN brg_person_year_form f ON f.person_key = py.person_key AND f."year" = py."year"
WHERE TRUE
