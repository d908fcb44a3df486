-- grain: one row per delivered record kept in the facts (victim registration or justice person-in-case record) and field checked
-- numerator 1 when the field is unknown, denominator 1: the cell ratio is the share of records with the field unknown.
-- Unknown: sex UNK (X is known); age not delivered; citizenship group UNK; form UNK (no known form of exploitation).
-- A justice record delivered as a final conviction yields two stage rows in the facts; it is one record here.
-- unit_id is the delivered record (batch/record number), the same for all four fields of a record.
WITH records AS (
    SELECT
        r.load_batch_key, r.record_number, r.date_key, r.organisation_key,
        r.sex_code, r.age_years, r.citizenship_group_code, r.main_form_code AS form_code
    FROM fct_victim_registration r
    UNION
    SELECT
        j.load_batch_key, j.record_number, j.date_key, j.organisation_key,
        j.sex_code, j.age_years, j.citizenship_group_code, j.form_code
    FROM fct_justice_person_stage j
    WHERE j.stage_code <> 'PER_CNV_FIN'
       OR NOT EXISTS (SELECT 1 FROM fct_justice_person_stage c
                      WHERE c.load_batch_key = j.load_batch_key AND c.record_number = j.record_number
                        AND c.stage_code = 'PER_CNV')
)
SELECT
    CAST(r.load_batch_key AS VARCHAR) || '/' || CAST(r.record_number AS VARCHAR) AS unit_id,
    date_of_key(r.date_key) AS ref_date,
    coalesce(o.organisation_code, 'UNK') AS organisation,
    f.quality_field,
    CAST(CASE f.quality_field
        WHEN 'SEX' THEN r.sex_code = 'UNK'
        WHEN 'AGE' THEN r.age_years IS NULL
        WHEN 'CITIZENSHIP' THEN r.citizenship_group_code = 'UNK'
        WHEN 'FORM' THEN r.form_code = 'UNK'
    END AS DOUBLE) AS numerator,
    1.0 AS denominator
FROM records r
CROSS JOIN (VALUES ('SEX'), ('AGE'), ('CITIZENSHIP'), ('FORM')) AS f(quality_field)
LEFT JOIN dim_organisation o ON o.organisation_key = r.organisation_key
