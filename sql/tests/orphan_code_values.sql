-- grain: one row per table, code column and value missing from its code-list dimension
WITH codes AS (
    SELECT 'fct_victim_registration' AS table_name, 'victim_status_code' AS column_name, victim_status_code AS value, 'victim_status' AS code_list FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'identifying_org_type_code', identifying_org_type_code, 'organisation_type' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'sex_code', sex_code, 'sex' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'age_group_code', age_group_code, 'age_group' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'age_band_code', age_band_code, 'age_band' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'country_code', country_code, 'country' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'citizenship_group_code', citizenship_group_code, 'citizenship_group' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'region_code', region_code, 'region' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'nuts2_region_code', nuts2_region_code, 'region' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'trafficking_type_code', trafficking_type_code, 'trafficking_type' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'exploitation_country_code', exploitation_country_code, 'country' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'labour_sector_code', labour_sector_code, 'economic_sector' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'main_form_code', main_form_code, 'exploitation_form' FROM fct_victim_registration
    UNION ALL SELECT 'fct_victim_registration', 'form_combination', unnest(string_split(form_combination, '+')), 'eurostat_form_group' FROM fct_victim_registration
    UNION ALL SELECT 'brg_victim_registration_form', 'form_code', form_code, 'exploitation_form' FROM brg_victim_registration_form
    UNION ALL SELECT 'fct_victim_person_year', 'highest_status_code', highest_status_code, 'victim_status' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'identifying_org_type_code', identifying_org_type_code, 'organisation_type' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'sex_code', sex_code, 'sex' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'age_group_code', age_group_code, 'age_group' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'age_band_code', age_band_code, 'age_band' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'country_code', country_code, 'country' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'citizenship_group_code', citizenship_group_code, 'citizenship_group' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'region_code', region_code, 'region' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'nuts2_region_code', nuts2_region_code, 'region' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'trafficking_type_code', trafficking_type_code, 'trafficking_type' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'labour_sector_code', labour_sector_code, 'economic_sector' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'main_form_code', main_form_code, 'exploitation_form' FROM fct_victim_person_year
    UNION ALL SELECT 'fct_victim_person_year', 'form_combination', unnest(string_split(form_combination, '+')), 'eurostat_form_group' FROM fct_victim_person_year
    UNION ALL SELECT 'brg_person_year_form', 'form_code', form_code, 'exploitation_form' FROM brg_person_year_form
    UNION ALL SELECT 'fct_justice_person_stage', 'stage_code', stage_code, 'legal_stage' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'sex_code', sex_code, 'sex' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'age_group_code', age_group_code, 'age_group' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'age_band_code', age_band_code, 'age_band' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'country_code', country_code, 'country' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'citizenship_group_code', citizenship_group_code, 'citizenship_group' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'form_code', form_code, 'exploitation_form' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'sentence_type_code', sentence_type_code, 'sentence_type' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_justice_person_stage', 'sentence_band_code', sentence_band_code, 'sentence_band' FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_assistance_episode', 'assistance_type_code', assistance_type_code, 'assistance_type' FROM fct_assistance_episode
    UNION ALL SELECT 'fct_immigration_decision', 'decision_type_code', decision_type_code, 'immigration_decision_type' FROM fct_immigration_decision
    UNION ALL SELECT 'fct_immigration_decision', 'outcome_code', outcome_code, 'decision_outcome' FROM fct_immigration_decision
    UNION ALL SELECT 'fct_immigration_decision', 'permit_ground_code', permit_ground_code, 'permit_ground' FROM fct_immigration_decision
),
known AS (
    SELECT 'victim_status' AS code_list, victim_status_code AS code FROM dim_victim_status
    UNION ALL SELECT 'organisation_type', organisation_type_code FROM dim_organisation_type
    UNION ALL SELECT 'sex', sex_code FROM dim_sex
    UNION ALL SELECT 'age_group', age_group_code FROM dim_age_group
    UNION ALL SELECT 'age_band', age_band_code FROM dim_age_band
    UNION ALL SELECT 'country', country_code FROM dim_country
    UNION ALL SELECT 'citizenship_group', citizenship_group_code FROM dim_citizenship_group
    UNION ALL SELECT 'region', region_code FROM dim_region
    UNION ALL SELECT 'trafficking_type', trafficking_type_code FROM dim_trafficking_type
    UNION ALL SELECT 'economic_sector', sector_code FROM dim_economic_sector
    UNION ALL SELECT 'exploitation_form', form_code FROM dim_exploitation_form
    UNION ALL SELECT 'eurostat_form_group', eurostat_group_code FROM dim_eurostat_form_group
    UNION ALL SELECT 'legal_stage', stage_code FROM dim_legal_stage
    UNION ALL SELECT 'sentence_type', sentence_type_code FROM dim_sentence_type
    UNION ALL SELECT 'sentence_band', sentence_band_code FROM dim_sentence_band
    UNION ALL SELECT 'assistance_type', assistance_type_code FROM dim_assistance_type
    UNION ALL SELECT 'immigration_decision_type', decision_type_code FROM dim_immigration_decision_type
    UNION ALL SELECT 'decision_outcome', outcome_code FROM dim_decision_outcome
    UNION ALL SELECT 'permit_ground', permit_ground_code FROM dim_permit_ground
)
SELECT c.table_name, c.column_name, c.value, count(*) AS rows_affected
FROM codes c
LEFT JOIN known k ON k.code_list = c.code_list AND k.code = c.value
WHERE c.value IS NOT NULL AND k.code IS NULL
GROUP BY ALL
