-- Multiple systems estimation at publish (domain.md §7, sql/indicators/README.md "Estimates"): one row per year of the
-- agency-overlap table, written by the estimation step between the model build and the cubes, and published with the
-- snapshot for analysts. It holds what must never reach the public (the persons seen, the overlap table, the fitted
-- alternatives, the fit statistics): public readers get the estimate through ind_estimate and V09 only.

-- grain: one row per reference year of agg_agency_overlap (an estimate, or the refusal to make one)
CREATE TABLE est_population_estimate (
    "year"           INTEGER NOT NULL PRIMARY KEY,
    lists            VARCHAR NOT NULL,   -- the agency lists, comma-separated, in the table's order ('NGO1,NRM,POL')
    list_count       INTEGER NOT NULL,
    observed         BIGINT NOT NULL,    -- persons seen on at least one list
    status           VARCHAR NOT NULL CHECK (status IN ('estimated', 'refused')),
    refusal_reason   VARCHAR,            -- snake-case code when refused (too_few_lists, list_without_overlap, ...)
    message          VARCHAR,            -- the estimator's own words: why it refused, naming lists and counts
    total            DOUBLE,             -- estimated population, seen and unseen
    hidden           DOUBLE,             -- estimated persons on no list (total - observed)
    lower            DOUBLE,
    upper            DOUBLE,             -- NULL when the data give no upper bound
    confidence       DOUBLE NOT NULL,
    model            VARCHAR,            -- interaction terms as ModelSpec writes them ('NRM*POL'), or 'independence'
    criterion        VARCHAR NOT NULL,   -- bic, aic, significance, fixed
    interval_method  VARCHAR NOT NULL,   -- profile, bootstrap
    deviance         DOUBLE,
    df               INTEGER,
    aic              DOUBLE,
    bic              DOUBLE,
    alternatives     VARCHAR,            -- JSON array: every other model considered (name, total, deviance, df, aic, bic, rejected)
    input_table      VARCHAR NOT NULL,   -- JSON: the overlap table the estimate was made from (every combination, zeros included)
    warnings         VARCHAR NOT NULL    -- JSON array of the estimator's warnings
);
