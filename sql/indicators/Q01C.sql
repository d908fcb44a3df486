-- grain: one row per person and reference year, with the number of distinct agencies (organisations) that registered the person that year
-- Same population and placement as Q01B (and agg_agency_overlap, sql/models/040): every person registered in the year,
-- whatever the status, placed at their first registration of the year. agency_count = len of Q01B's combination.
WITH person_agency AS (
    SELECT DISTINCT r.person_key, r."year", o.organisation_code
    FROM fct_victim_registration r
    JOIN dim_organisation o ON o.organisation_key = r.organisation_key
),
person_counts AS (
    SELECT person_key, "year", count(DISTINCT organisation_code) AS agency_count
    FROM person_agency
    GROUP BY person_key, "year"
)
SELECT
    c.person_key AS unit_id,
    date_of_key(py.first_date_key) AS ref_date,
    CAST(c.agency_count AS VARCHAR) AS agency_count
FROM person_counts c
JOIN fct_victim_person_year py ON py.person_key = c.person_key AND py."year" = c."year"
