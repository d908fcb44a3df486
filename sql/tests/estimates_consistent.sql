-- grain: one row per population estimate (est_population_estimate, issue 9) that contradicts itself
-- An estimate counts the persons seen and those seen by none: total = observed + hidden, never below observed; a refused
-- year has its reason and no figure. V09 publishes these rows, so a contradiction blocks publishing.
SELECT "year", status, 'total below the persons seen, or not observed + hidden' AS problem
FROM est_population_estimate
WHERE status = 'estimated'
  AND (total IS NULL OR hidden IS NULL OR total < observed - 1e-6 OR abs(total - observed - hidden) > 1e-6 * greatest(1, total))
UNION ALL
SELECT "year", status, 'refused with a figure or without a reason'
FROM est_population_estimate
WHERE status = 'refused' AND (total IS NOT NULL OR refusal_reason IS NULL)
