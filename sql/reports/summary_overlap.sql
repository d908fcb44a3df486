-- grain: one row per exact combination of agency lists in $year (persons of any status)
SELECT agencies, agency_count, persons
FROM agg_agency_overlap
WHERE "year" = $year
ORDER BY agency_count, agencies
