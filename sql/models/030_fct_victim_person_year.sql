-- grain: one row per person and reference year, at the highest status reached that year
-- Counting rule (domain.md §3, §5): a person counts once per year of registration, at the highest status
-- (status_rank of dim_victim_status: identified > presumed > referred). Attributes come from the deciding
-- registration (highest status; earliest date among equals; then lowest registration_key), and an UNK/NULL there
-- is filled from the person's other registrations of the year in the same priority order. Main form and
-- combination are taken over the union of known forms of all the year's registrations (brg_victim_registration_form).
DELETE FROM fct_victim_person_year;

INSERT INTO fct_victim_person_year
WITH ranked AS (
    SELECT
        r.*,
        row_number() OVER (
            PARTITION BY r.person_key, r."year"
            ORDER BY coalesce(s.status_rank, 0) DESC, r.date_key, r.registration_key) AS priority
    FROM fct_victim_registration r
    LEFT JOIN dim_victim_status s ON s.victim_status_code = r.victim_status_code
),
person_year AS (
    SELECT
        person_key,
        "year",
        arg_min(victim_status_code, priority) AS highest_status_code,
        arg_min(date_key, priority) AS date_key,
        min(date_key) AS first_date_key,
        max(date_key) AS last_date_key,
        arg_min(load_batch_key, priority) AS load_batch_key,
        count(*) AS registrations,
        count(DISTINCT organisation_key) AS agency_count,
        arg_min(identifying_org_type_code, priority) FILTER (WHERE identifying_org_type_code IS NOT NULL) AS identifying_org_type_code,
        arg_min(sex_code, priority) FILTER (WHERE sex_code <> 'UNK') AS sex_code,
        arg_min(age_years, priority) FILTER (WHERE age_years IS NOT NULL) AS age_years,
        arg_min(country_code, priority) FILTER (WHERE country_code <> 'UNK') AS country_code,
        arg_min(region_code, priority) FILTER (WHERE region_code <> 'UNK') AS region_code,
        arg_min(trafficking_type_code, priority) FILTER (WHERE trafficking_type_code <> 'UNK') AS trafficking_type_code,
        arg_min(labour_sector_code, priority) FILTER (WHERE labour_sector_code IS NOT NULL AND labour_sector_code <> 'UNK') AS labour_sector_code,
        bool_or(labour_sector_code = 'UNK') AS labour_sector_unknown,
        arg_min(is_unaccompanied, priority) FILTER (WHERE is_unaccompanied IS NOT NULL) AS is_unaccompanied
    FROM ranked
    GROUP BY person_key, "year"
),
known_form AS (
    SELECT DISTINCT r.person_key, r."year", f.form_code, f.main_form_precedence, f.eurostat_group
    FROM fct_victim_registration r
    JOIN brg_victim_registration_form b ON b.registration_key = r.registration_key
    JOIN dim_exploitation_form f ON f.form_code = b.form_code
    WHERE f.form_code <> 'UNK'
),
main_form AS (
    SELECT person_key, "year", arg_min(form_code, main_form_precedence) AS main_form_code
    FROM known_form
    GROUP BY person_key, "year"
),
combination AS (
    SELECT person_key, "year", string_agg(eurostat_group, '+' ORDER BY sort_order) AS form_combination
    FROM (
        SELECT DISTINCT k.person_key, k."year", k.eurostat_group, g.sort_order
        FROM known_form k
        JOIN dim_eurostat_form_group g ON g.eurostat_group_code = k.eurostat_group
    ) groups
    GROUP BY person_key, "year"
)
SELECT
    py.person_key,
    py."year",
    py.highest_status_code,
    py.date_key,
    py.first_date_key,
    py.last_date_key,
    py.load_batch_key,
    py.registrations,
    py.agency_count,
    py.identifying_org_type_code,
    coalesce(py.sex_code, 'UNK'),
    py.age_years,
    age_group_of(py.age_years),
    age_band_of(py.age_years),
    coalesce(py.country_code, 'UNK'),
    citizenship_group_of(py.country_code, $reporting_country),
    coalesce(py.region_code, 'UNK'),
    nuts2_of(py.region_code),
    coalesce(py.trafficking_type_code, 'UNK'),
    coalesce(py.labour_sector_code, CASE WHEN py.labour_sector_unknown THEN 'UNK' END),
    py.is_unaccompanied,
    coalesce(m.main_form_code, 'UNK'),
    coalesce(c.form_combination, 'UNK')
FROM person_year py
LEFT JOIN main_form m ON m.person_key = py.person_key AND m."year" = py."year"
LEFT JOIN combination c ON c.person_key = py.person_key AND c."year" = py."year";
