-- grain: one row per registered victim of the reference year (highest status IDENT or PRES), registering organisation and form of exploitation
-- Persons are placed at their first registration at the highest status of the year, so V04 = V02 + V03 in every period.
-- Shared relation: victim_person_units() (sql/build/005_ind_macros.sql).
SELECT * FROM victim_person_units() WHERE highest_status_code IN ('IDENT', 'PRES')
