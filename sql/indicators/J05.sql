-- grain: one row per person convicted at first instance (final or not) in the reference year, at their first conviction of the year
-- A person convicted in several cases of the year counts once, at the earliest conviction (ties: first delivered), with that record's attributes.
-- Shared relation: justice_person_units(stage) (sql/build/005_ind_macros.sql).
SELECT * FROM justice_person_units('PER_CNV')
