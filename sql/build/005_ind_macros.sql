-- grain: none (helpers). Unit relations that several indicators share, defined as temporary table macros at the start
-- of every indicator build, so that a counting rule lives in one place and each unit query only says what it selects.

-- The date of a yyyymmdd date key (the inverse of the model's date_key_of), for the unit queries. The macros below
-- spell it out: statements of this file are bound together, before this macro exists.
CREATE OR REPLACE TEMP MACRO date_of_key(k) AS make_date(k // 10000, k // 100 % 100, k % 100);

-- One row per person-year and breakdown value (form_any: every form of the year, brg_person_year_form; organisation:
-- every organisation that registered the person in the year), with the attributes of fct_victim_person_year.
-- ref_date: first registration at the highest status of the year; first_ref_date: first registration of the year.
-- Multi-valued columns repeat the person; indicators count distinct unit_id, so every cell stays a count of persons.
CREATE OR REPLACE TEMP MACRO victim_person_units() AS TABLE
WITH registering AS (
    SELECT DISTINCT r.person_key, r."year", coalesce(o.organisation_code, 'UNK') AS organisation
    FROM fct_victim_registration r
    LEFT JOIN dim_organisation o ON o.organisation_key = r.organisation_key
)
SELECT
    py.person_key AS unit_id,
    make_date(py.date_key // 10000, py.date_key // 100 % 100, py.date_key % 100) AS ref_date,
    make_date(py.first_date_key // 10000, py.first_date_key // 100 % 100, py.first_date_key % 100) AS first_ref_date,
    py.highest_status_code,
    py.is_unaccompanied,
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
LEFT JOIN brg_person_year_form f ON f.person_key = py.person_key AND f."year" = py."year";

-- One row per person and reference year with a record of the legal stage: the person counts once, at the earliest
-- record of the stage in the year (ties: first delivered), with that record's attributes.
CREATE OR REPLACE TEMP MACRO justice_person_units(stage) AS TABLE
WITH ranked AS (
    SELECT
        j.*,
        row_number() OVER (PARTITION BY j.person_key, j."year" ORDER BY j.date_key, j.justice_key) AS pick
    FROM fct_justice_person_stage j
    WHERE j.stage_code = stage
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
WHERE r.pick = 1;

-- One row per person granted a decision of the type in the reference year and deciding organisation, placed at the
-- person's first granted decision of that type in the year; refusals are not counted.
CREATE OR REPLACE TEMP MACRO granted_person_units(decision_type) AS TABLE
WITH granted AS (
    SELECT
        d.person_key,
        coalesce(o.organisation_code, 'UNK') AS organisation,
        min(d.date_key) OVER (PARTITION BY d.person_key, d."year") AS first_key
    FROM fct_immigration_decision d
    LEFT JOIN dim_organisation o ON o.organisation_key = d.organisation_key
    WHERE d.decision_type_code = decision_type AND d.outcome_code = 'GRANTED'
)
SELECT DISTINCT g.person_key AS unit_id, make_date(g.first_key // 10000, g.first_key // 100 % 100, g.first_key % 100) AS ref_date, g.organisation
FROM granted g;

-- One row per case with a record of the legal stage, at the case's earliest such record over all years (a person added
-- to an older case adds no case). Form: the first known form among those records (earliest first), UNK when none is
-- known; organisation: that of the earliest record.
CREATE OR REPLACE TEMP MACRO justice_case_units(stage) AS TABLE
WITH ranked AS (
    SELECT
        j.*,
        row_number() OVER (PARTITION BY j.case_key ORDER BY j.date_key, j.justice_key) AS pick
    FROM fct_justice_person_stage j
    WHERE j.stage_code = stage
),
case_form AS (
    SELECT case_key, arg_min(form_code, pick) AS form_code
    FROM ranked
    WHERE form_code <> 'UNK'
    GROUP BY case_key
)
SELECT
    r.case_key AS unit_id,
    make_date(r.date_key // 10000, r.date_key // 100 % 100, r.date_key % 100) AS ref_date,
    coalesce(f.form_code, 'UNK') AS form_main,
    coalesce(o.organisation_code, 'UNK') AS organisation
FROM ranked r
LEFT JOIN case_form f ON f.case_key = r.case_key
LEFT JOIN dim_organisation o ON o.organisation_key = r.organisation_key
WHERE r.pick = 1;
