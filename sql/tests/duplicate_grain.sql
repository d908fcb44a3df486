-- grain: one row per table and grain value that occurs more than once (each table's grain comment says what
-- one row is; two rows for the same grain would double count)
SELECT 'fct_victim_registration' AS table_name, CAST(registration_key AS VARCHAR) AS grain, count(*) AS copies
FROM fct_victim_registration GROUP BY registration_key HAVING count(*) > 1
UNION ALL
SELECT 'brg_victim_registration_form', registration_key || '/' || form_code, count(*)
FROM brg_victim_registration_form GROUP BY registration_key, form_code HAVING count(*) > 1
UNION ALL
SELECT 'fct_victim_person_year', person_key || '/' || "year", count(*)
FROM fct_victim_person_year GROUP BY person_key, "year" HAVING count(*) > 1
UNION ALL
SELECT 'brg_person_year_form', person_key || '/' || "year" || '/' || form_code, count(*)
FROM brg_person_year_form GROUP BY person_key, "year", form_code HAVING count(*) > 1
UNION ALL
SELECT 'agg_agency_overlap', "year" || '/' || agencies, count(*)
FROM agg_agency_overlap GROUP BY "year", agencies HAVING count(*) > 1
UNION ALL
SELECT 'fct_justice_person_stage', person_key || '/' || case_key || '/' || stage_code, count(*)
FROM fct_justice_person_stage GROUP BY person_key, case_key, stage_code HAVING count(*) > 1
UNION ALL
SELECT 'fct_justice_person_stage', CAST(justice_key AS VARCHAR), count(*)
FROM fct_justice_person_stage GROUP BY justice_key HAVING count(*) > 1
UNION ALL
SELECT 'fct_assistance_episode', CAST(episode_key AS VARCHAR), count(*)
FROM fct_assistance_episode GROUP BY episode_key HAVING count(*) > 1
UNION ALL
SELECT 'fct_immigration_decision', CAST(decision_key AS VARCHAR), count(*)
FROM fct_immigration_decision GROUP BY decision_key HAVING count(*) > 1
UNION ALL
SELECT 'fct_aggregate_cell', contract_id || '/' || freq || '/' || "year" || '/' || period_no || '/' || coordinates, count(*)
FROM fct_aggregate_cell GROUP BY contract_id, freq, "year", period_no, coordinates HAVING count(*) > 1
