-- grain: one row per person granted assisted voluntary return in the reference year, and deciding organisation
-- Source: immigration decisions RETURN with outcome GRANTED only. Assistance episodes of type RETURN are not used:
-- that code means "return / reintegration" and includes reintegration support in the country, which is no return.
-- The person is placed at the first granted return decision of the year.
WITH returned AS (
    SELECT
        d.person_key,
        coalesce(o.organisation_code, 'UNK') AS organisation,
        min(d.date_key) OVER (PARTITION BY d.person_key, d."year") AS first_key
    FROM fct_immigration_decision d
    LEFT JOIN dim_organisation o ON o.organisation_key = d.organisation_key
    WHERE d.decision_type_code = 'RETURN' AND d.outcome_code = 'GRANTED'
)
SELECT DISTINCT
    r.person_key AS unit_id,
    make_date(r.first_key // 10000, r.first_key // 100 % 100, r.first_key % 100) AS ref_date,
    r.organisation
FROM returned r
