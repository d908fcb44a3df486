-- grain: one row per prosecution case, at the case's first indictment date
-- A case counts once, in the period of its earliest PER_PRSC record over all years (a co-accused indicted later adds no case).
-- Form: the first known form among the case's PER_PRSC records (earliest first), UNK when none is known;
-- organisation: the organisation of the earliest record.
WITH ranked AS (
    SELECT
        j.*,
        row_number() OVER (PARTITION BY j.case_key ORDER BY j.date_key, j.justice_key) AS pick
    FROM fct_justice_person_stage j
    WHERE j.stage_code = 'PER_PRSC'
),
case_form AS (
    SELECT case_key, arg_min(form_code, pick) AS form_code
    FROM ranked
    WHERE form_code <> 'UNK'
    GROUP BY case_key
)
SELECT
    r.case_key AS unit_id,
    make_date(r.date_key // 10000, r.date_key // 100 % 100, r.date_key % 100) AS ref_date,
    coalesce(f.form_code, 'UNK') AS form_main,
    coalesce(o.organisation_code, 'UNK') AS organisation
FROM ranked r
LEFT JOIN case_form f ON f.case_key = r.case_key
LEFT JOIN dim_organisation o ON o.organisation_key = r.organisation_key
WHERE r.pick = 1
