-- grain: one row per row carrying an impossible count or quantity (negative, zero where at least one is
-- implied, or agency_count disagreeing with the agencies it names)
SELECT 'agg_agency_overlap' AS table_name, 'persons' AS column_name, CAST(persons AS VARCHAR) AS value FROM agg_agency_overlap WHERE persons < 1
UNION ALL
SELECT 'agg_agency_overlap', 'agency_count', CAST(agency_count AS VARCHAR) FROM agg_agency_overlap
WHERE agency_count < 1 OR agency_count <> len(string_split(agencies, '+'))
UNION ALL
SELECT 'fct_victim_person_year', 'registrations', CAST(registrations AS VARCHAR) FROM fct_victim_person_year WHERE registrations < 1
UNION ALL
SELECT 'fct_victim_person_year', 'agency_count', CAST(agency_count AS VARCHAR) FROM fct_victim_person_year
WHERE agency_count < 1 OR agency_count > registrations
UNION ALL
SELECT 'fct_victim_registration', 'age_years', CAST(age_years AS VARCHAR) FROM fct_victim_registration WHERE age_years < 0
UNION ALL
SELECT 'fct_victim_person_year', 'age_years', CAST(age_years AS VARCHAR) FROM fct_victim_person_year WHERE age_years < 0
UNION ALL
SELECT 'fct_justice_person_stage', 'age_years', CAST(age_years AS VARCHAR) FROM fct_justice_person_stage WHERE age_years < 0
UNION ALL
SELECT 'fct_justice_person_stage', 'sentence_months', CAST(sentence_months AS VARCHAR) FROM fct_justice_person_stage WHERE sentence_months < 0
UNION ALL
SELECT 'fct_justice_person_stage', 'compensation_eur', CAST(compensation_eur AS VARCHAR) FROM fct_justice_person_stage WHERE compensation_eur < 0
UNION ALL
SELECT 'fct_assistance_episode', 'duration_days', CAST(duration_days AS VARCHAR) FROM fct_assistance_episode WHERE duration_days < 0
