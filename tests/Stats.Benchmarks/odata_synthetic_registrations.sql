-- Synthetic victim registrations for the OData benchmark, generated in SQL from $seed: deterministic (hashes of the row
-- number, not random()), so the same seed gives the same rows whatever the thread count. Codes come from the seeded code
-- lists (dim_*). Persons repeat: each registration picks one of $persons persons, whose sex, age, citizenship and region
-- are the person's own; year, status, form and date belong to the registration. Every join is an equi-join on a small
-- lookup table, so 10 M rows take seconds.
INSERT INTO fct_victim_registration
WITH
countries AS (
    SELECT country_code, is_eu, row_number() OVER (PARTITION BY is_eu ORDER BY country_code) - 1 AS idx
    FROM dim_country WHERE country_code NOT IN ('UNK', $reporting_country)
),
regions AS (
    SELECT region_code, parent_region_code, row_number() OVER (ORDER BY region_code) - 1 AS idx
    FROM dim_region WHERE nuts_level = 3
),
ages AS (
    SELECT a.age, b.age_group_code, b.age_band_code
    FROM range(0, 121) a(age) JOIN dim_age_band b ON a.age BETWEEN b.min_age AND b.max_age
),
-- forms by precedence, per mille: sexual exploitation 55 %, forced labour 25 %, the other forms share the last 20 %
form_shares AS (
    SELECT form_code,
           CASE main_form_precedence WHEN 1 THEN 0 WHEN 2 THEN 550 ELSE 800 + (main_form_precedence - 3) * 200 // (count(*) OVER () - 2) END AS lo,
           CASE main_form_precedence WHEN 1 THEN 550 WHEN 2 THEN 800 ELSE 800 + (main_form_precedence - 2) * 200 // (count(*) OVER () - 2) END AS hi
    FROM dim_exploitation_form
),
forms AS (
    SELECT m.m, f.form_code FROM range(0, 1000) m(m) JOIN form_shares f ON m.m >= f.lo AND m.m < f.hi
),
-- registrations grow over the decade: 2016 gets 6 %, 2025 15 %
years AS (
    SELECT m.m, 2016 + y.k AS "year"
    FROM range(0, 1000) m(m)
    JOIN (SELECT k - 1 AS k, [0, 60, 130, 210, 300, 390, 490, 600, 720, 850, 1000][k] AS lo,
                 [0, 60, 130, 210, 300, 390, 490, 600, 720, 850, 1000][k + 1] AS hi FROM range(1, 11) t(k)) y
      ON m.m >= y.lo AND m.m < y.hi
),
registrations AS (
    SELECT i,
           1 + hash(i, 'person', $seed) % $persons AS person_key,
           CAST(hash(i, 'year', $seed) % 1000 AS BIGINT) AS u_year,
           CAST(hash(i, 'status', $seed) % 100 AS BIGINT) AS u_status,
           CAST(hash(i, 'form', $seed) % 1000 AS BIGINT) AS u_form,
           CAST(hash(i, 'day', $seed) % 365 AS INTEGER) AS day_of_year,
           CAST(hash(i, 'org', $seed) % 5 AS INTEGER) AS org
    FROM range(0, $rows) t(i)
),
persons AS (
    SELECT r.*,
           CAST(hash(person_key, 'sex', $seed) % 100 AS BIGINT) AS u_sex,
           CAST(hash(person_key, 'age', $seed) % 100 AS BIGINT) AS u_age,
           CAST(hash(person_key, 'cit', $seed) % 100 AS BIGINT) AS u_cit,
           hash(person_key, 'country', $seed) AS h_country,
           CAST(hash(person_key, 'region', $seed) % (SELECT count(*) FROM regions) AS BIGINT) AS region_idx
    FROM registrations r
),
coded AS (
    SELECT p.*,
           CASE WHEN u_sex < 68 THEN 'F' WHEN u_sex < 97 THEN 'M' WHEN u_sex < 98 THEN 'X' ELSE 'UNK' END AS sex_code,
           -- 3 % unknown age; 22 % children (6–17); adults 18–67
           CASE WHEN u_age < 3 THEN NULL WHEN u_age < 25 THEN 6 + (u_age * 7) % 12 ELSE 18 + (u_age * 13) % 50 END AS age_years,
           CASE WHEN u_cit < 22 THEN 'NAT' WHEN u_cit < 52 THEN 'EU_FOR' WHEN u_cit < 96 THEN 'NEU_FOR' ELSE 'UNK' END AS citizenship_group_code
    FROM persons p
),
placed AS (
    SELECT c.*,
           c.citizenship_group_code = 'EU_FOR' AS eu,
           CAST(c.h_country % CASE WHEN c.citizenship_group_code = 'EU_FOR' THEN (SELECT count(*) FROM countries WHERE is_eu)
                                   ELSE (SELECT count(*) FROM countries WHERE NOT is_eu) END AS BIGINT) AS country_idx
    FROM coded c
)
SELECT p.i AS registration_key,
       1 + p.i % 50 AS load_batch_key,
       p.i AS record_number,
       1 + p.org AS organisation_key,
       CAST(strftime(make_date(y."year", 1, 1) + p.day_of_year, '%Y%m%d') AS INTEGER) AS date_key,
       NULL AS identification_date_key,
       y."year",
       p.person_key,
       CASE WHEN p.u_status < 30 THEN 'REF' WHEN p.u_status < 55 THEN 'PRES' ELSE 'IDENT' END AS victim_status_code,
       NULL AS identifying_org_type_code,
       p.sex_code,
       p.age_years,
       coalesce(a.age_group_code, 'UNK') AS age_group_code,
       coalesce(a.age_band_code, 'UNK') AS age_band_code,
       CASE p.citizenship_group_code WHEN 'NAT' THEN $reporting_country WHEN 'UNK' THEN 'UNK' ELSE k.country_code END AS country_code,
       p.citizenship_group_code,
       g.region_code,
       g.parent_region_code AS nuts2_region_code,
       CASE p.citizenship_group_code WHEN 'NAT' THEN 'INTERNAL' WHEN 'UNK' THEN 'UNK' ELSE 'TRANSNATIONAL' END AS trafficking_type_code,
       NULL AS exploitation_country_code,
       NULL AS labour_sector_code,
       CASE WHEN p.age_years < 18 THEN p.u_age % 4 = 0 END AS is_unaccompanied,
       f.form_code AS main_form_code,
       f.form_code AS form_combination
FROM placed p
JOIN years y ON y.m = p.u_year
JOIN forms f ON f.m = p.u_form
JOIN regions g ON g.idx = p.region_idx
JOIN countries k ON k.is_eu = p.eu AND k.idx = p.country_idx
LEFT JOIN ages a ON a.age = p.age_years
