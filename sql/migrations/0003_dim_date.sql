-- Calendar dimension shared by every fact (date_key = yyyymmdd). Generated once for 2000-01-01 … 2040-12-31:
-- a fact dated outside that range is an orphan, caught by the data test orphan_date_keys.

-- grain: one row per calendar day
CREATE TABLE dim_date (
    date_key    INTEGER PRIMARY KEY,
    "date"      DATE NOT NULL UNIQUE,
    "day"       INTEGER NOT NULL,
    "month"     INTEGER NOT NULL,
    month_key   INTEGER NOT NULL,
    "quarter"   INTEGER NOT NULL,
    "year"      INTEGER NOT NULL,
    iso_week    INTEGER NOT NULL,
    iso_year    INTEGER NOT NULL,
    iso_day_of_week INTEGER NOT NULL,
    month_name  VARCHAR NOT NULL
);

INSERT INTO dim_date
SELECT
    CAST(strftime(d, '%Y%m%d') AS INTEGER),
    d,
    day(d),
    month(d),
    year(d) * 100 + month(d),
    quarter(d),
    year(d),
    week(d),
    isoyear(d),
    isodow(d),
    monthname(d)
FROM (SELECT CAST(g AS DATE) AS d FROM generate_series(TIMESTAMP '2000-01-01', TIMESTAMP '2040-12-31', INTERVAL 1 DAY) AS s(g));
