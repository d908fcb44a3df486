-- Aggregate returns (etl/contracts, "shape": "aggregate"): sources that deliver pre-counted tables instead of records.
-- A delivery is unpivoted and mapped by its contract into one row per stated cell; totals and subtotals keep the code
-- _T (or UNK for "not specified") and are stored as delivered, never added to the detail cells. Censored values ("<5",
-- "c") keep their bounds and missing values (":", "-", empty) their reason, with value NULL: nothing becomes zero.

CREATE TABLE dim_identification_outcome (outcome_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);

-- grain: one row per stated cell of a loaded aggregate return (one delivered count after unpivoting)
CREATE TABLE stg_aggregate_cell (
    load_batch_key   BIGINT NOT NULL,
    contract_id      VARCHAR NOT NULL,
    source_code      VARCHAR NOT NULL,
    indicator_id     VARCHAR NOT NULL,   -- the indicator the contract says these counts are for
    unit             VARCHAR NOT NULL,   -- persons, decisions, cases, ...
    record_number    BIGINT NOT NULL,    -- 1-based data row of the file (header excluded)
    column_name      VARCHAR NOT NULL,   -- delivered column that held the count
    freq             VARCHAR NOT NULL CHECK (freq IN ('A', 'Q', 'M')),
    "year"           INTEGER NOT NULL,
    period_no        INTEGER NOT NULL,   -- 0 for A, 1-4 for Q, 1-12 for M
    coordinates      VARCHAR NOT NULL,   -- 'age_group=Y_GE18;id_outcome=_T': every dimension of the return, sorted by id
    value            DOUBLE,             -- NULL when censored or missing
    status           VARCHAR NOT NULL CHECK (status IN ('exact', 'censored', 'missing')),
    lower_bound      DOUBLE,             -- censored: least possible value (NULL = not stated)
    upper_bound      DOUBLE,             -- censored: largest possible value (NULL = unbounded)
    token            VARCHAR,            -- delivered text of a censored or missing value ('<5', ':', '')
    missing_reason   VARCHAR             -- missing: 'not available', 'not applicable', ...
);

-- grain: one row per consistency finding of a loaded aggregate return, recorded in the same transaction as its batch
CREATE TABLE meta_aggregate_finding (
    load_batch_key   BIGINT NOT NULL,
    contract_id      VARCHAR NOT NULL,
    check_code       VARCHAR NOT NULL CHECK (check_code IN ('margin', 'period_sum', 'revision', 'negative')),
    freq             VARCHAR NOT NULL,
    "year"           INTEGER NOT NULL,
    period_no        INTEGER NOT NULL,
    coordinates      VARCHAR NOT NULL,   -- the cell the finding is about (the stated total, the year, the revised cell)
    stated           DOUBLE,             -- the delivered value
    expected         DOUBLE,             -- margin/period_sum: sum of the parts; revision: the previous delivery's value
    record_number    BIGINT,
    column_name      VARCHAR,
    message          VARCHAR NOT NULL
);
