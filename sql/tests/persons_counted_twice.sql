-- grain: one row per year (and person) where a person would be counted more than once, or the overlap table and
-- the person count disagree: a person_key twice in a year of fct_victim_person_year; the overlap table's persons
-- not summing to the distinct persons of the year; distinct registered persons not matching person-years.
SELECT 'person twice in fct_victim_person_year' AS failure, "year", CAST(person_key AS VARCHAR) AS detail
FROM fct_victim_person_year
GROUP BY person_key, "year"
HAVING count(*) > 1
UNION ALL
SELECT 'overlap total differs from distinct persons', coalesce(o."year", p."year"),
       'overlap ' || coalesce(o.persons, 0) || ' vs persons ' || coalesce(p.persons, 0)
FROM (SELECT "year", sum(persons) AS persons FROM agg_agency_overlap GROUP BY "year") o
FULL OUTER JOIN (SELECT "year", count(DISTINCT person_key) AS persons FROM fct_victim_person_year GROUP BY "year") p
  ON p."year" = o."year"
WHERE coalesce(o.persons, 0) <> coalesce(p.persons, 0)
UNION ALL
SELECT 'registered persons differ from person-years', coalesce(r."year", p."year"),
       'registrations name ' || coalesce(r.persons, 0) || ' persons vs ' || coalesce(p.person_years, 0) || ' person-years'
FROM (SELECT "year", count(DISTINCT person_key) AS persons FROM fct_victim_registration GROUP BY "year") r
FULL OUTER JOIN (SELECT "year", count(*) AS person_years FROM fct_victim_person_year GROUP BY "year") p
  ON p."year" = r."year"
WHERE coalesce(r.persons, 0) <> coalesce(p.person_years, 0)
