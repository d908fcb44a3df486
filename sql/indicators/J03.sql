-- grain: one row per person prosecuted in the reference year, at their first indictment of the year
-- A person indicted in several cases of the year counts once, at the earliest indictment (ties: first delivered), with that record's attributes.
-- Shared relation: justice_person_units(stage) (sql/build/005_ind_macros.sql).
SELECT * FROM justice_person_units('PER_PRSC')
