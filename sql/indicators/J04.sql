-- grain: one row per prosecution case, at the case's first indictment date
-- A case counts once, in the period of its earliest PER_PRSC record over all years (a co-accused indicted later adds no case).
-- Shared relation: justice_case_units(stage) (sql/build/005_ind_macros.sql).
SELECT * FROM justice_case_units('PER_PRSC')
