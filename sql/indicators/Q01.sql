-- grain: one row per victim registration beyond the first of its person and reference year (a duplicate removed)
-- The first registration of a person-year is the earliest (ties: first delivered); every further one, dated by its own
-- registration date and attributed to the organisation that made it, is a duplicate. Per year the count equals
-- registrations − distinct persons.
WITH ranked AS (
    SELECT
        r.registration_key,
        r.date_key,
        r.organisation_key,
        row_number() OVER (PARTITION BY r.person_key, r."year" ORDER BY r.date_key, r.registration_key) AS n
    FROM fct_victim_registration r
)
SELECT
    d.registration_key AS unit_id,
    date_of_key(d.date_key) AS ref_date,
    coalesce(o.organisation_code, 'UNK') AS organisation
FROM ranked d
LEFT JOIN dim_organisation o ON o.organisation_key = d.organisation_key
WHERE d.n > 1
