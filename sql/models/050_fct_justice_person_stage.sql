-- grain: one row per offender person, case and legal stage
-- A conviction delivered with is_final = true (or a delivered PER_CNV_FIN) yields both a PER_CNV row (convicted,
-- final or not) and a PER_CNV_FIN row (final conviction). When a person-case-stage is delivered more than once
-- (first instance, then the appeal; or a re-delivery) the earliest decision is the one kept: the first-instance
-- conviction dates PER_CNV, the first final decision dates PER_CNV_FIN; among equal dates the latest delivery wins.
-- Reference year = year of the decision. Sentence band (sql/seeds/sentence_band.csv): the band of the sentence type
-- whose month range holds sentence_months; a custodial sentence without months has no band. Sentences and
-- compensation belong to convictions only.
DELETE FROM fct_justice_person_stage;

INSERT INTO fct_justice_person_stage
WITH expanded AS (
    SELECT s.*, s.stage AS stage_code, s.is_final AS final_flag
    FROM stg_intake__justice_person_stage s
    WHERE s.stage <> 'PER_CNV_FIN'
    UNION ALL
    SELECT s.*, 'PER_CNV_FIN', TRUE
    FROM stg_intake__justice_person_stage s
    WHERE (s.stage = 'PER_CNV' AND s.is_final) OR s.stage = 'PER_CNV_FIN'
    UNION ALL
    SELECT s.*, 'PER_CNV', TRUE
    FROM stg_intake__justice_person_stage s
    WHERE s.stage = 'PER_CNV_FIN'
),
picked AS (
    SELECT
        e.*,
        row_number() OVER (
            PARTITION BY e.person_key, e.case_id, e.stage_code
            ORDER BY e.decision_date, e.load_batch_key DESC, e.record_number DESC) AS pick
    FROM expanded e
),
kept AS (
    SELECT
        k.*,
        k.stage_code IN ('PER_CNV', 'PER_CNV_FIN') AS is_conviction,
        row_number() OVER (ORDER BY k.load_batch_key, k.record_number, k.stage_code) AS justice_key
    FROM picked k
    WHERE k.pick = 1
)
SELECT
    k.justice_key,
    k.load_batch_key,
    k.record_number,
    o.organisation_key,
    date_key_of(k.decision_date),
    date_key_of(k.reference_date),
    year(k.decision_date),
    mo.person_key,
    mc.case_key,
    k.stage_code,
    k.final_flag,
    coalesce(k.sex, 'UNK'),
    k.age_years,
    age_group_of(k.age_years),
    age_band_of(k.age_years),
    coalesce(k.citizenship, 'UNK'),
    citizenship_group_of(k.citizenship, $reporting_country),
    coalesce(k.form, 'UNK'),
    CASE WHEN k.is_conviction THEN k.sentence_type END,
    CASE WHEN k.is_conviction THEN k.sentence_months END,
    CASE WHEN k.is_conviction THEN (
        SELECT b.sentence_band_code
        FROM dim_sentence_band b
        WHERE b.sentence_type_code = k.sentence_type
          AND (b.min_months IS NULL OR k.sentence_months >= b.min_months)
          AND (b.max_months IS NULL OR k.sentence_months <= b.max_months)
    ) END,
    CASE WHEN k.is_conviction THEN k.compensation_eur END
FROM kept k
JOIN map_offender mo ON mo.linkage_key = k.person_key
JOIN map_case mc ON mc.case_id = k.case_id
LEFT JOIN dim_organisation o ON o.organisation_code = k.source_code;
