-- grain: one row per person, reference year and form of exploitation
-- The union of the forms of the person's registrations in the year; UNK only when no known form is left.
DELETE FROM brg_person_year_form;

INSERT INTO brg_person_year_form
WITH forms AS (
    SELECT DISTINCT r.person_key, r."year", b.form_code
    FROM fct_victim_registration r
    JOIN brg_victim_registration_form b ON b.registration_key = r.registration_key
),
has_known AS (
    SELECT DISTINCT person_key, "year" FROM forms WHERE form_code <> 'UNK'
)
SELECT f.person_key, f."year", f.form_code, py.load_batch_key
FROM forms f
JOIN fct_victim_person_year py ON py.person_key = f.person_key AND py."year" = f."year"
LEFT JOIN has_known k ON k.person_key = f.person_key AND k."year" = f."year"
WHERE f.form_code <> 'UNK' OR k.person_key IS NULL;
