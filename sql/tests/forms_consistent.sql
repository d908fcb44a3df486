-- grain: one row per registration or person-year whose main form is not the highest-precedence form of its bridge
-- rows, or whose form combination is not the one its bridge rows give (facts and bridges must tell one story)
WITH registration_forms AS (
    SELECT 'registration' AS level, CAST(b.registration_key AS VARCHAR) AS grain, b.form_code
    FROM brg_victim_registration_form b
),
person_year_forms AS (
    SELECT 'person-year', b.person_key || '/' || b."year", b.form_code
    FROM brg_person_year_form b
),
bridge AS (
    SELECT * FROM registration_forms UNION ALL SELECT * FROM person_year_forms
),
expected AS (
    SELECT
        b.level,
        b.grain,
        coalesce(arg_min(b.form_code, f.main_form_precedence) FILTER (WHERE b.form_code <> 'UNK'), 'UNK') AS main_form_code,
        coalesce(string_agg(DISTINCT f.eurostat_group, '+' ORDER BY f.eurostat_group) FILTER (WHERE b.form_code <> 'UNK'), 'UNK') AS groups_sorted
    FROM bridge b
    LEFT JOIN dim_exploitation_form f ON f.form_code = b.form_code
    GROUP BY b.level, b.grain
),
actual AS (
    SELECT 'registration' AS level, CAST(registration_key AS VARCHAR) AS grain, main_form_code, form_combination
    FROM fct_victim_registration
    UNION ALL
    SELECT 'person-year', person_key || '/' || "year", main_form_code, form_combination
    FROM fct_victim_person_year
)
SELECT a.level, a.grain, a.main_form_code, e.main_form_code AS expected_main_form, a.form_combination
FROM actual a
LEFT JOIN expected e ON e.level = a.level AND e.grain = a.grain
WHERE e.grain IS NULL
   OR a.main_form_code <> e.main_form_code
   -- the combination's order is the group sort order; compare as sets
   OR array_to_string(list_sort(string_split(a.form_combination, '+')), '+') <> e.groups_sorted
