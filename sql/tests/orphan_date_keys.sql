-- grain: one row per fact row whose date key is not in dim_date (2000-01-01 … 2040-12-31)
WITH date_keys AS (
    SELECT 'fct_victim_registration' AS table_name, 'date_key' AS column_name, date_key AS value FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'identification_date_key', identification_date_key FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_person_year', 'date_key', date_key FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'first_date_key', first_date_key FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'last_date_key', last_date_key FROM fct_victim_person_year
    UNION ALL SELECT 'fct_justice_person_stage', 'date_key', date_key FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'reference_date_key', reference_date_key FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_assistance_episode', 'date_key', date_key FROM fct_assistance_episode
    UNION ALL SELECT 'fct_assistance_episode', 'end_date_key', end_date_key FROM fct_assistance_episode
    UNION ALL SELECT 'fct_immigration_decision', 'date_key', date_key FROM fct_immigration_decision
    UNION ALL SELECT 'fct_immigration_decision', 'reference_date_key', reference_date_key FROM fct_immigration_decision
    UNION ALL SELECT 'fct_aggregate_cell', 'date_key', date_key FROM fct_aggregate_cell
)
SELECT table_name, column_name, value, count(*) AS fact_rows
FROM date_keys
WHERE value IS NOT NULL AND value NOT IN (SELECT date_key FROM dim_date)
GROUP BY ALL
