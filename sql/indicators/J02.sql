-- grain: one row per person suspected in the reference year, at their first suspicion of the year
-- A person suspected in several cases of the year counts once, at the earliest suspicion (ties: first delivered), with that record's attributes.
-- Shared relation: justice_person_units(stage) (sql/build/005_ind_macros.sql).
SELECT * FROM justice_person_units('PER_SUSP')
