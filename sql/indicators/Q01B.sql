-- grain: one row per person and reference year, with the exact combination of agency lists the person appeared on
-- Same rule as agg_agency_overlap (sql/models/040): organisation codes of the year's registrations, sorted, joined
-- with '+'. The person is placed at their first registration of the year; the table is annual.
WITH person_agency AS (
    SELECT DISTINCT r.person_key, r."year", o.organisation_code
    FROM fct_victim_registration r
    JOIN dim_organisation o ON o.organisation_key = r.organisation_key
),
person_lists AS (
    SELECT person_key, "year", string_agg(organisation_code, '+' ORDER BY organisation_code) AS agencies
    FROM person_agency
    GROUP BY person_key, "year"
)
SELECT
    l.person_key AS unit_id,
    date_of_key(py.first_date_key) AS ref_date,
    l.agencies
FROM person_lists l
JOIN fct_victim_person_year py ON py.person_key = l.person_key AND py."year" = l."year"
