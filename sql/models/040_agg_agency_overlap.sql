-- grain: one row per reference year and exact combination of agency lists a person appeared on
-- Over all persons of the year, whatever their status: this table is the input of multiple systems estimation
-- (domain.md §7), so the persons column sums to the distinct persons of the year (a data test checks it).
-- agencies: the organisation codes, sorted, joined with '+'.
DELETE FROM agg_agency_overlap;

INSERT INTO agg_agency_overlap
WITH person_agency AS (
    SELECT DISTINCT r.person_key, r."year", o.organisation_code, r.load_batch_key
    FROM fct_victim_registration r
    JOIN dim_organisation o ON o.organisation_key = r.organisation_key
),
person_lists AS (
    SELECT
        person_key,
        "year",
        string_agg(DISTINCT organisation_code, '+' ORDER BY organisation_code) AS agencies,
        count(DISTINCT organisation_code) AS agency_count,
        max(load_batch_key) AS load_batch_key
    FROM person_agency
    GROUP BY person_key, "year"
)
SELECT "year", agencies, agency_count, count(*) AS persons, max(load_batch_key)
FROM person_lists
GROUP BY "year", agencies, agency_count;
