-- grain: one row per reference year of the agency-overlap table (the years an estimate can be made for)
SELECT DISTINCT "year"
FROM agg_agency_overlap
ORDER BY "year"
