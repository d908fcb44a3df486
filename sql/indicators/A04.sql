-- grain: one row per residence permit issued (granted first permit or renewal), dated by the decision
-- Refused applications are not permits issued and are excluded. A permit delivered without its ground is UNK.
SELECT
    d.decision_key AS unit_id,
    date_of_key(d.date_key) AS ref_date,
    d.decision_type_code AS decision_type,
    coalesce(d.permit_ground_code, 'UNK') AS permit_ground,
    coalesce(o.organisation_code, 'UNK') AS organisation
FROM fct_immigration_decision d
LEFT JOIN dim_organisation o ON o.organisation_key = d.organisation_key
WHERE d.decision_type_code IN ('PERMIT_FIRST', 'PERMIT_RENEWAL') AND d.outcome_code = 'GRANTED'
