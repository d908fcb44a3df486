-- grain: one row per recovery-and-reflection-period decision, dated by the decision
SELECT
    d.decision_key AS unit_id,
    date_of_key(d.date_key) AS ref_date,
    d.outcome_code AS outcome,
    coalesce(o.organisation_code, 'UNK') AS organisation
FROM fct_immigration_decision d
LEFT JOIN dim_organisation o ON o.organisation_key = d.organisation_key
WHERE d.decision_type_code = 'REFLECTION'
