-- grain: one row per fact and organisation key missing from dim_organisation (a NULL key is an orphan too:
-- it means the delivering source was never registered)
WITH organisation_keys AS (
    SELECT 'fct_victim_registration' AS table_name, organisation_key FROM fct_victim_registration
    UNION ALL SELECT 'fct_justice_person_stage', organisation_key FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_assistance_episode', organisation_key FROM fct_assistance_episode
    UNION ALL SELECT 'fct_immigration_decision', organisation_key FROM fct_immigration_decision
)
SELECT table_name, organisation_key, count(*) AS fact_rows
FROM organisation_keys
WHERE organisation_key IS NULL OR organisation_key NOT IN (SELECT organisation_key FROM dim_organisation)
GROUP BY ALL
