-- grain: one row per person granted international protection in the reference year, and deciding organisation
-- The person is placed at the first granting decision of the year; refusals are not counted.
WITH granted AS (
    SELECT
        d.person_key,
        coalesce(o.organisation_code, 'UNK') AS organisation,
        min(d.date_key) OVER (PARTITION BY d.person_key, d."year") AS first_key
    FROM fct_immigration_decision d
    LEFT JOIN dim_organisation o ON o.organisation_key = d.organisation_key
    WHERE d.decision_type_code = 'PROTECTION' AND d.outcome_code = 'GRANTED'
)
SELECT DISTINCT
    g.person_key AS unit_id,
    make_date(g.first_key // 10000, g.first_key // 100 % 100, g.first_key % 100) AS ref_date,
    g.organisation
FROM granted g
