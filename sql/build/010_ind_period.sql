-- grain: one row per published period (year, quarter, month) of the years in ind_year, up to the publication date
-- Periods that have not started yet are left out: a month in the future is not a zero. substantive: the year has
-- units of a count or sum, so its empty cells are zeros (other years only hold the cells that have units).
CREATE OR REPLACE TEMP TABLE ind_period AS
SELECT * FROM (
    SELECT 'A' AS freq, y AS "year", 0 AS period_no, CAST(y AS VARCHAR) AS time_period,
           make_date(y, 1, 1) AS period_start, make_date(y, 12, 31) AS period_end, substantive
    FROM ind_year
    UNION ALL
    SELECT 'Q', y, CAST(q AS INTEGER), CAST(y AS VARCHAR) || '-Q' || CAST(q AS VARCHAR),
           make_date(y, CAST(3 * q - 2 AS INTEGER), 1), last_day(make_date(y, CAST(3 * q AS INTEGER), 1)), substantive
    FROM ind_year, range(1, 5) AS t(q)
    UNION ALL
    SELECT 'M', y, CAST(m AS INTEGER), CAST(y AS VARCHAR) || '-' || lpad(CAST(m AS VARCHAR), 2, '0'),
           make_date(y, CAST(m AS INTEGER), 1), last_day(make_date(y, CAST(m AS INTEGER), 1)), substantive
    FROM ind_year, range(1, 13) AS t(m)
) periods
WHERE period_start <= $as_of;
