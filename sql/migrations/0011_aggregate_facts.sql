-- The warehouse side of aggregate returns: the cells that are current (fct_aggregate_cell, model 080) and every
-- consistency finding marked current or superseded (agg_aggregate_finding, model 081). Both are rebuilt from
-- stg_aggregate_cell and meta_aggregate_finding by every model build and published with the snapshots, so a reader sees
-- which delivery each published aggregate figure comes from and what was found wrong with it.

-- grain: one row per current stated cell of an aggregate return (contract, freq, year, period_no, coordinates)
CREATE TABLE fct_aggregate_cell (
    load_batch_key   BIGINT NOT NULL,
    contract_id      VARCHAR NOT NULL,
    source_code      VARCHAR NOT NULL,
    indicator_id     VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    record_number    BIGINT NOT NULL,
    column_name      VARCHAR NOT NULL,
    freq             VARCHAR NOT NULL,
    "year"           INTEGER NOT NULL,
    period_no        INTEGER NOT NULL,
    date_key         INTEGER NOT NULL,   -- first day of the period
    coordinates      VARCHAR NOT NULL,
    value            DOUBLE,
    status           VARCHAR NOT NULL,
    lower_bound      DOUBLE,
    upper_bound      DOUBLE,
    token            VARCHAR,
    missing_reason   VARCHAR
);

-- grain: one row per consistency finding of a loaded aggregate return
CREATE TABLE agg_aggregate_finding (
    load_batch_key   BIGINT NOT NULL,
    contract_id      VARCHAR NOT NULL,
    check_code       VARCHAR NOT NULL,
    freq             VARCHAR NOT NULL,
    "year"           INTEGER NOT NULL,
    period_no        INTEGER NOT NULL,
    coordinates      VARCHAR NOT NULL,
    stated           DOUBLE,
    expected         DOUBLE,
    record_number    BIGINT,
    column_name      VARCHAR,
    message          VARCHAR NOT NULL,
    is_current       BOOLEAN NOT NULL    -- its batch is the current one of its contract and year
);
