-- grain: one row per legal stage: distinct persons and distinct cases with a decision at that stage in $year
SELECT s.stage_code, count(DISTINCT j.person_key) AS persons, count(DISTINCT j.case_key) AS cases
FROM dim_legal_stage s
LEFT JOIN fct_justice_person_stage j ON j.stage_code = s.stage_code AND j."year" = $year
GROUP BY s.stage_code, s.sort_order
ORDER BY s.sort_order
