-- grain: one row per cell of a rate indicator: the numerator indicator's annual cell over the population of the same
-- year, sex, age group and region (sums over the seed ref_population for totals _T). Cells whose codes have no
-- population (UNK, X) have no rate and are left out. The rate shares its numerator's confidentiality: a published rate
-- and the population give back the numerator, so a suppressed numerator suppresses its rate.
INSERT INTO ind_cell BY NAME
WITH pop AS (
    SELECT
        "year",
        CASE WHEN grouping(sex_code) = 1 THEN '_T' ELSE sex_code END AS sex,
        CASE WHEN grouping(age_group_code) = 1 THEN '_T' ELSE age_group_code END AS age_group,
        CASE WHEN grouping(region_code) = 1 THEN '_T' ELSE region_code END AS region,
        sum(population) AS population,
        bool_or(is_estimate) AS is_estimate
    FROM ref_population
    GROUP BY GROUPING SETS (
        ("year", sex_code, age_group_code, region_code), ("year", sex_code, age_group_code), ("year", sex_code, region_code),
        ("year", age_group_code, region_code), ("year", sex_code), ("year", age_group_code), ("year", region_code), ("year"))
)
SELECT
    n.* EXCLUDE (cell_id, indicator_id, raw_value, obs_value, estimated, unit, obs_flag, analyst_flag),
    CAST($offset AS BIGINT) + row_number() OVER (ORDER BY n.cell_id) AS cell_id,
    CAST($rate_id AS VARCHAR) AS indicator_id,
    CAST($factor AS DOUBLE) * n.raw_value / p.population AS raw_value,
    CASE WHEN n.conf_status = 'F' THEN CAST($factor AS DOUBLE) * n.raw_value / p.population END AS obs_value,
    p.is_estimate OR CAST($estimated AS BOOLEAN) AS estimated,
    CAST($unit AS VARCHAR) AS unit,
    '' AS obs_flag,
    '' AS analyst_flag
FROM ind_cell n
JOIN pop p ON p."year" = n."year" AND p.sex = n.sex AND p.age_group = n.age_group AND p.region = n.region
WHERE n.indicator_id = $numerator
  AND n.freq = 'A'
  AND p.population > 0
  AND list_contains(string_split(CAST($lattices AS VARCHAR), ';'), n.table_by);
