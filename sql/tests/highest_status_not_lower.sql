-- grain: one row per registration whose person-year is missing or carries a status ranked lower than the
-- registration's own status (the person-year must hold the highest status reached that year)
SELECT r.registration_key, r."year", r.victim_status_code, py.highest_status_code
FROM fct_victim_registration r
LEFT JOIN fct_victim_person_year py ON py.person_key = r.person_key AND py."year" = r."year"
LEFT JOIN dim_victim_status rs ON rs.victim_status_code = r.victim_status_code
LEFT JOIN dim_victim_status ps ON ps.victim_status_code = py.highest_status_code
WHERE py.person_key IS NULL OR ps.status_rank IS NULL OR ps.status_rank < rs.status_rank
