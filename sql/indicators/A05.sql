-- grain: one row per person granted international protection in the reference year, and deciding organisation
-- The person is placed at the first granting decision of the year; refusals are not counted.
-- Shared relation: granted_person_units(decision_type) (sql/build/005_ind_macros.sql).
SELECT * FROM granted_person_units('PROTECTION')
