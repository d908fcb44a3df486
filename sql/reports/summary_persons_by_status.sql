-- grain: one row per victim status (highest first): distinct persons of $year whose highest status it is
SELECT s.victim_status_code AS code, count(p.person_key) AS n
FROM dim_victim_status s
LEFT JOIN fct_victim_person_year p ON p.highest_status_code = s.victim_status_code AND p."year" = $year
GROUP BY s.victim_status_code, s.status_rank
ORDER BY s.status_rank DESC
