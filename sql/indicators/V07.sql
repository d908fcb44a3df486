-- grain: one row per registered unaccompanied child victim of the reference year, registering organisation and form of exploitation
-- V06 restricted to persons delivered as unaccompanied (is_unaccompanied true on the deciding registration, else from the year's other registrations in the same priority order).
-- Shared relation: victim_person_units() (sql/build/005_ind_macros.sql).
SELECT * FROM victim_person_units()
WHERE highest_status_code IN ('IDENT', 'PRES') AND age_group = 'Y_LT18' AND is_unaccompanied
