-- grain: one row per table and load batch key missing from meta_load_batch (lineage must always resolve)
WITH batch_keys AS (
    SELECT 'fct_victim_registration' AS table_name, load_batch_key FROM fct_victim_registration
    UNION ALL SELECT 'brg_victim_registration_form', load_batch_key FROM brg_victim_registration_form
    UNION ALL SELECT 'fct_victim_person_year', load_batch_key FROM fct_victim_person_year
    UNION ALL SELECT 'brg_person_year_form', load_batch_key FROM brg_person_year_form
    UNION ALL SELECT 'agg_agency_overlap', load_batch_key FROM agg_agency_overlap
    UNION ALL SELECT 'fct_justice_person_stage', load_batch_key FROM fct_justice_person_stage
    UNION ALL SELECT 'fct_assistance_episode', load_batch_key FROM fct_assistance_episode
    UNION ALL SELECT 'fct_immigration_decision', load_batch_key FROM fct_immigration_decision
    UNION ALL SELECT 'fct_aggregate_cell', load_batch_key FROM fct_aggregate_cell
    UNION ALL SELECT 'agg_aggregate_finding', load_batch_key FROM agg_aggregate_finding
)
SELECT table_name, load_batch_key, count(*) AS rows_affected
FROM batch_keys
WHERE load_batch_key IS NULL OR load_batch_key NOT IN (SELECT load_batch_key FROM meta_load_batch)
GROUP BY ALL
