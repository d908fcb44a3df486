-- grain: one row per delivered victim registration (person-event at one agency)
-- Codes are canonical already (intake maps and validates them); missing values become UNK where the
-- dimension has an UNK member. Main form: the known form with the lowest main_form_precedence
-- (dim_exploitation_form), UNK only when no known form was delivered. Combination: the distinct Eurostat
-- groups of the known forms, in group sort order, joined with '+' (e.g. SEX+LAB), mutually exclusive.
-- identifying_org_type: as delivered, else the registering organisation's own type.
DELETE FROM fct_victim_registration;

INSERT INTO fct_victim_registration
WITH reg AS (
    SELECT
        s.*,
        row_number() OVER (ORDER BY s.load_batch_key, s.record_number) AS registration_key
    FROM stg_intake__victim_registration s
),
known_form AS (
    SELECT DISTINCT r.registration_key, f.form_code, f.main_form_precedence, f.eurostat_group
    FROM (SELECT registration_key, unnest(forms) AS form_code FROM reg) r
    JOIN dim_exploitation_form f ON f.form_code = r.form_code
    WHERE f.form_code <> 'UNK'
),
main_form AS (
    SELECT registration_key, arg_min(form_code, main_form_precedence) AS main_form_code
    FROM known_form
    GROUP BY registration_key
),
combination AS (
    SELECT registration_key, string_agg(eurostat_group, '+' ORDER BY sort_order) AS form_combination
    FROM (
        SELECT DISTINCT k.registration_key, k.eurostat_group, g.sort_order
        FROM known_form k
        JOIN dim_eurostat_form_group g ON g.eurostat_group_code = k.eurostat_group
    ) groups
    GROUP BY registration_key
)
SELECT
    reg.registration_key,
    reg.load_batch_key,
    reg.record_number,
    o.organisation_key,
    date_key_of(reg.registration_date),
    date_key_of(reg.identification_date),
    year(reg.registration_date),
    p.person_key,
    reg.victim_status,
    coalesce(reg.identifying_org_type, o.organisation_type_code),
    coalesce(reg.sex, 'UNK'),
    reg.age_years,
    age_group_of(reg.age_years),
    age_band_of(reg.age_years),
    coalesce(reg.citizenship, 'UNK'),
    citizenship_group_of(reg.citizenship, $reporting_country),
    coalesce(reg.region, 'UNK'),
    nuts2_of(reg.region),
    trafficking_type_of(reg.trafficking_type, reg.citizenship, reg.exploitation_country),
    reg.exploitation_country,
    coalesce(reg.labour_sector, CASE WHEN list_has_any(reg.forms, ['LAB', 'DOM']) THEN 'UNK' END),
    reg.is_unaccompanied,
    coalesce(m.main_form_code, 'UNK'),
    coalesce(c.form_combination, 'UNK')
FROM reg
JOIN map_person p ON p.linkage_key = reg.linkage_key
LEFT JOIN dim_organisation o ON o.organisation_code = reg.source_code
LEFT JOIN main_form m ON m.registration_key = reg.registration_key
LEFT JOIN combination c ON c.registration_key = reg.registration_key;
