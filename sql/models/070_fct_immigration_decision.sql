-- grain: one row per delivered immigration decision (year = year of the decision)
DELETE FROM fct_immigration_decision;

INSERT INTO fct_immigration_decision
SELECT
    row_number() OVER (ORDER BY s.load_batch_key, s.record_number, s.parent_record_number) AS decision_key,
    s.load_batch_key,
    s.record_number,
    o.organisation_key,
    date_key_of(s.decision_date),
    date_key_of(s.reference_date),
    year(s.decision_date),
    p.person_key,
    s.decision_type,
    s.outcome,
    s.permit_ground
FROM stg_intake__immigration_decision s
JOIN map_person p ON p.linkage_key = s.linkage_key
LEFT JOIN dim_organisation o ON o.organisation_code = s.source_code;
