-- grain: one row per person granted assisted voluntary return in the reference year, and deciding organisation
-- Source: immigration decisions RETURN with outcome GRANTED only. Assistance episodes of type RETURN are not used:
-- that code means "return / reintegration" and includes reintegration support in the country, which is no return.
-- The person is placed at the first granted return decision of the year.
-- Shared relation: granted_person_units(decision_type) (sql/build/005_ind_macros.sql).
SELECT * FROM granted_person_units('RETURN')
