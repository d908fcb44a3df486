-- Flags of every cell (domain.md §8), composed in alphabetical order as Eurostat does ('bp', 'cp'):
--   b  a definition change of the register ref_series_break falls in the period;
--   c  confidential: suppressed by disclosure control (public flag only: the analyst sees the value);
--   e  estimated: the indicator is an estimate, or its denominator (population) is a projection;
--   p  provisional: the period ended less than $lag_days days before publication;
--   r  revised: the value differs from the one the previous vintage published for the same cell (public: the
--      published values, both present; analyst: the unprotected values). A cell that is new is not revised;
--   z  not applicable: an aggregate return states the figure does not apply (ind_not_applicable).
-- A cell suppressed at source (an aggregate return's '<5': CONF_STATUS C and no value even for analysts) is flagged c
-- for analysts too. A missing figure (no value, CONF_STATUS F) hides nothing: no c.
UPDATE ind_cell c SET
    obs_flag = concat(
        CASE WHEN brk.indicator_id IS NOT NULL THEN 'b' ELSE '' END,
        CASE WHEN c.conf_status <> 'F' THEN 'c' ELSE '' END,
        CASE WHEN c.estimated THEN 'e' ELSE '' END,
        CASE WHEN c.period_end + CAST($lag_days AS INTEGER) > $as_of THEN 'p' ELSE '' END,
        CASE WHEN prev.obs_value IS NOT NULL AND c.obs_value IS NOT NULL AND abs(prev.obs_value - c.obs_value) > 1e-9 THEN 'r' ELSE '' END,
        CASE WHEN na.cell_id IS NOT NULL THEN 'z' ELSE '' END),
    analyst_flag = concat(
        CASE WHEN brk.indicator_id IS NOT NULL THEN 'b' ELSE '' END,
        CASE WHEN c.conf_status <> 'F' AND c.raw_value IS NULL THEN 'c' ELSE '' END,
        CASE WHEN c.estimated THEN 'e' ELSE '' END,
        CASE WHEN c.period_end + CAST($lag_days AS INTEGER) > $as_of THEN 'p' ELSE '' END,
        CASE WHEN prev.raw_value IS DISTINCT FROM c.raw_value AND prev.cell_key IS NOT NULL
                  AND NOT (prev.raw_value IS NOT NULL AND c.raw_value IS NOT NULL AND abs(prev.raw_value - c.raw_value) <= 1e-9)
             THEN 'r' ELSE '' END,
        CASE WHEN na.cell_id IS NOT NULL THEN 'z' ELSE '' END)
FROM ind_cell k
LEFT JOIN (SELECT DISTINCT s.indicator_id, p.cell_id
           FROM ref_series_break s JOIN ind_cell p ON p.indicator_id = s.indicator_id
           WHERE s.break_date BETWEEN p.period_start AND p.period_end) brk ON brk.cell_id = k.cell_id
LEFT JOIN ind_previous prev ON prev.indicator_id = k.indicator_id AND prev.cell_key = k.cell_key
LEFT JOIN ind_not_applicable na ON na.cell_id = k.cell_id
WHERE c.cell_id = k.cell_id;
