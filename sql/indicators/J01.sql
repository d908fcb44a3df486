-- grain: one row per case in which a person was first suspected, at the case's first suspicion date
-- A case counts once, in the period of its earliest PER_SUSP record over all years (a suspect added to an older case opens no new investigation).
-- Shared relation: justice_case_units(stage) (sql/build/005_ind_macros.sql).
SELECT * FROM justice_case_units('PER_SUSP')
