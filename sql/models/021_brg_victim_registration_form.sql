-- grain: one row per victim registration and form of exploitation
-- The delivered forms, distinct. UNK is kept only when no other form was delivered; a registration delivered
-- without any form gets one UNK row, so every registration appears in "by form" breakdowns.
DELETE FROM brg_victim_registration_form;

INSERT INTO brg_victim_registration_form
WITH delivered AS (
    SELECT DISTINCT f.registration_key, f.load_batch_key, f.form_code
    FROM (
        SELECT r.registration_key, r.load_batch_key, unnest(s.forms) AS form_code
        FROM fct_victim_registration r
        JOIN stg_intake__victim_registration s
          ON s.load_batch_key = r.load_batch_key AND s.record_number = r.record_number
    ) f
    WHERE f.form_code IS NOT NULL
),
has_known AS (
    SELECT DISTINCT registration_key FROM delivered WHERE form_code <> 'UNK'
)
SELECT d.registration_key, d.form_code, d.load_batch_key
FROM delivered d
WHERE d.form_code <> 'UNK' OR d.registration_key NOT IN (SELECT registration_key FROM has_known)
UNION ALL
SELECT r.registration_key, 'UNK', r.load_batch_key
FROM fct_victim_registration r
WHERE r.registration_key NOT IN (SELECT registration_key FROM delivered);
