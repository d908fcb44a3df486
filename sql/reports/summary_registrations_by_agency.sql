-- grain: one row per registering organisation with registrations in $year (registrations, not persons: a person
-- registered by two agencies counts at both, so this breakdown is non-additive as a count of persons)
SELECT o.organisation_code AS code, count(*) AS n
FROM fct_victim_registration r
JOIN dim_organisation o ON o.organisation_key = r.organisation_key
WHERE r."year" = $year
GROUP BY o.organisation_code
ORDER BY o.organisation_code
