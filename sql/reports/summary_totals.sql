-- grain: one row for the reference year $year: registrations (all statuses, all agencies), distinct persons
-- (any status), registered victims (IDENT + PRES, persons), child victims, assistance episodes, immigration decisions
SELECT
    (SELECT count(*) FROM fct_victim_registration WHERE "year" = $year) AS registrations,
    (SELECT count(*) FROM fct_victim_person_year WHERE "year" = $year) AS persons,
    (SELECT count(*) FROM fct_victim_person_year
      WHERE "year" = $year AND highest_status_code IN ('IDENT', 'PRES')) AS registered_victims,
    (SELECT count(*) FROM fct_victim_person_year
      WHERE "year" = $year AND highest_status_code IN ('IDENT', 'PRES') AND age_group_code = 'Y_LT18') AS child_victims,
    (SELECT count(*) FROM fct_assistance_episode WHERE "year" = $year) AS assistance_episodes,
    (SELECT count(*) FROM fct_immigration_decision WHERE "year" = $year) AS immigration_decisions
