-- grain: one row per person whose conviction became final in the reference year, at the first final conviction of the year
-- A person with several final convictions in the year counts once, at the earliest (ties: first delivered), with that record's attributes.
-- Shared relation: justice_person_units(stage) (sql/build/005_ind_macros.sql).
SELECT * FROM justice_person_units('PER_CNV_FIN')
