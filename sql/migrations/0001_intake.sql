-- Intake side of the warehouse: lineage of every delivery, the registering organisations known from
-- contracts, the canonical staging tables (one per entity, all sources), and row quarantine.
-- Staging holds only rows that passed every row rule; a load batch is written in one transaction.

CREATE SEQUENCE seq_load_batch START 1;

-- grain: one row per delivered file that was loaded (refused and duplicate deliveries live in the catalog only)
CREATE TABLE meta_load_batch (
    load_batch_key    BIGINT PRIMARY KEY,
    contract_id       VARCHAR NOT NULL,
    source_code       VARCHAR NOT NULL,
    file_name         VARCHAR NOT NULL,
    content_sha256    VARCHAR NOT NULL UNIQUE,
    received_at       TIMESTAMPTZ NOT NULL,
    loaded_at         TIMESTAMPTZ NOT NULL,
    rows_read         BIGINT NOT NULL,
    rows_loaded       BIGINT NOT NULL,
    rows_quarantined  BIGINT NOT NULL
);

CREATE SEQUENCE seq_organisation START 1;

-- grain: one row per registering organisation (source), upserted from its contract at load time
CREATE TABLE dim_organisation (
    organisation_key        INTEGER PRIMARY KEY,
    organisation_code       VARCHAR NOT NULL UNIQUE,
    label                   VARCHAR NOT NULL,
    organisation_type_code  VARCHAR NOT NULL
);

-- grain: one row per quarantined row and broken rule (a row breaking two rules appears twice)
CREATE TABLE qrn_row (
    load_batch_key        BIGINT NOT NULL,
    entity                VARCHAR NOT NULL,
    record_number         BIGINT NOT NULL,
    parent_record_number  BIGINT,
    rule_code             VARCHAR NOT NULL,
    column_name           VARCHAR NOT NULL,
    message               VARCHAR NOT NULL
);

-- grain: one row per delivered victim registration (person-event at one agency)
CREATE TABLE stg_intake__victim_registration (
    load_batch_key        BIGINT NOT NULL,
    source_code           VARCHAR NOT NULL,
    record_number         BIGINT NOT NULL,
    record_id             VARCHAR,
    linkage_key           VARCHAR NOT NULL,
    registration_date     DATE NOT NULL,
    identification_date   DATE,
    victim_status         VARCHAR NOT NULL,
    identifying_org_type  VARCHAR,
    sex                   VARCHAR,
    age_years             INTEGER,
    citizenship           VARCHAR,
    region                VARCHAR,
    forms                 VARCHAR[],
    labour_sector         VARCHAR,
    trafficking_type      VARCHAR,
    exploitation_country  VARCHAR,
    is_unaccompanied      BOOLEAN
);

-- grain: one row per delivered person-in-case decision (suspected, prosecuted, convicted, acquitted)
CREATE TABLE stg_intake__justice_person_stage (
    load_batch_key    BIGINT NOT NULL,
    source_code       VARCHAR NOT NULL,
    record_number     BIGINT NOT NULL,
    record_id         VARCHAR,
    person_key        VARCHAR NOT NULL,
    case_id           VARCHAR NOT NULL,
    stage             VARCHAR NOT NULL,
    is_final          BOOLEAN,
    decision_date     DATE NOT NULL,
    reference_date    DATE,
    sex               VARCHAR,
    age_years         INTEGER,
    citizenship       VARCHAR,
    form              VARCHAR,
    sentence_type     VARCHAR,
    sentence_months   INTEGER,
    compensation_eur  DECIMAL(18, 2)
);

-- grain: one row per delivered assistance episode
CREATE TABLE stg_intake__assistance_episode (
    load_batch_key        BIGINT NOT NULL,
    source_code           VARCHAR NOT NULL,
    record_number         BIGINT NOT NULL,
    parent_record_number  BIGINT,
    record_id             VARCHAR,
    linkage_key           VARCHAR NOT NULL,
    assistance_type       VARCHAR NOT NULL,
    start_date            DATE NOT NULL,
    end_date              DATE
);

-- grain: one row per delivered immigration decision (reflection period, permit, protection, return)
CREATE TABLE stg_intake__immigration_decision (
    load_batch_key        BIGINT NOT NULL,
    source_code           VARCHAR NOT NULL,
    record_number         BIGINT NOT NULL,
    parent_record_number  BIGINT,
    record_id             VARCHAR,
    linkage_key           VARCHAR NOT NULL,
    decision_type         VARCHAR NOT NULL,
    outcome               VARCHAR NOT NULL,
    permit_ground         VARCHAR,
    decision_date         DATE NOT NULL,
    reference_date        DATE
);
