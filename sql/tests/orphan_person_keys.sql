-- grain: one row per row whose person, case or parent fact does not exist: facts must point into map_person /
-- map_offender / map_case, bridges into their parent fact, person-years into registrations
SELECT 'fct_victim_registration' AS table_name, 'person_key' AS column_name, person_key AS value FROM fct_victim_registration
WHERE person_key NOT IN (SELECT person_key FROM map_person)
UNION ALL
SELECT 'fct_assistance_episode', 'person_key', person_key FROM fct_assistance_episode
WHERE person_key NOT IN (SELECT person_key FROM map_person)
UNION ALL
SELECT 'fct_immigration_decision', 'person_key', person_key FROM fct_immigration_decision
WHERE person_key NOT IN (SELECT person_key FROM map_person)
UNION ALL
SELECT 'fct_justice_person_stage', 'person_key', person_key FROM fct_justice_person_stage
WHERE person_key NOT IN (SELECT person_key FROM map_offender)
UNION ALL
SELECT 'fct_justice_person_stage', 'case_key', case_key FROM fct_justice_person_stage
WHERE case_key NOT IN (SELECT case_key FROM map_case)
UNION ALL
SELECT 'brg_victim_registration_form', 'registration_key', registration_key FROM brg_victim_registration_form
WHERE registration_key NOT IN (SELECT registration_key FROM fct_victim_registration)
UNION ALL
SELECT 'brg_person_year_form', 'person_key', b.person_key FROM brg_person_year_form b
WHERE NOT EXISTS (SELECT 1 FROM fct_victim_person_year p WHERE p.person_key = b.person_key AND p."year" = b."year")
UNION ALL
SELECT 'fct_victim_person_year', 'person_key', p.person_key FROM fct_victim_person_year p
WHERE NOT EXISTS (SELECT 1 FROM fct_victim_registration r WHERE r.person_key = p.person_key AND r."year" = p."year")
