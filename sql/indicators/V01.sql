-- grain: one row per person registered in the reference year (any status), registering organisation and form of exploitation
-- Persons are placed at their first registration of the year (any status) with the attributes of fct_victim_person_year.
-- Shared relation: victim_person_units() (sql/build/005_ind_macros.sql).
SELECT * REPLACE (first_ref_date AS ref_date) FROM victim_person_units()
