-- grain: one row per registered child victim of the reference year (IDENT or PRES, under 18), registering organisation and form of exploitation
-- V04 restricted to age group Y_LT18 (age of the deciding registration, gaps filled from the year's other registrations).
-- Shared relation: victim_person_units() (sql/build/005_ind_macros.sql).
SELECT * FROM victim_person_units() WHERE highest_status_code IN ('IDENT', 'PRES') AND age_group = 'Y_LT18'
