-- grain: one row per presumed victim of the reference year (highest status PRES), registering organisation and form of exploitation
-- Persons are placed at their first registration at the highest status of the year (fct_victim_person_year.date_key).
-- Shared relation: victim_person_units() (sql/build/005_ind_macros.sql).
SELECT * FROM victim_person_units() WHERE highest_status_code = 'PRES'
