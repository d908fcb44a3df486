-- Reference tables the indicator build reads (content from sql/seeds/<name>.csv, reloaded when the file changes).
-- The cubes themselves (ind_cell, ind_indicator, ind_table) are rebuilt at every publish from sql/indicators, whose
-- dimension registry decides their columns, so they are created by the indicator build, not here.

-- grain: one row per year, NUTS 2 region, sex and age group (resident population on 1 January)
CREATE TABLE ref_population (
    "year"          INTEGER NOT NULL,
    region_code     VARCHAR NOT NULL,
    sex_code        VARCHAR NOT NULL,
    age_group_code  VARCHAR NOT NULL,
    population      BIGINT NOT NULL,
    is_estimate     BOOLEAN NOT NULL
);

-- grain: one row per indicator and definition change (register of breaks in series, flag b)
CREATE TABLE ref_series_break (
    indicator_id  VARCHAR NOT NULL,
    break_date    DATE NOT NULL,
    description   VARCHAR NOT NULL
);
