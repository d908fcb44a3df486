-- grain: one row per case reference ever delivered by a justice source. Agency file numbers stay in the working
-- database; published facts carry case_key. The reference is national (police, prosecution and court share it),
-- so the same reference from two stages is the same case.
INSERT INTO map_case (case_key, case_id)
SELECT
    (SELECT coalesce(max(case_key), 0) FROM map_case)
        + row_number() OVER (ORDER BY first_batch, first_record, case_id),
    case_id
FROM (
    SELECT case_id, min(load_batch_key) AS first_batch, min(record_number) AS first_record
    FROM stg_intake__justice_person_stage
    WHERE case_id NOT IN (SELECT case_id FROM map_case)
    GROUP BY case_id
) new_cases;
