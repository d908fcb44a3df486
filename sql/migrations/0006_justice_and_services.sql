-- Criminal-justice, assistance and immigration facts. Same conventions as 0005 (full refresh, grain by data tests).

-- grain: one row per offender person, case and legal stage (a final conviction adds a PER_CNV_FIN row)
CREATE TABLE fct_justice_person_stage (
    justice_key             BIGINT NOT NULL,
    load_batch_key          BIGINT NOT NULL,
    record_number           BIGINT NOT NULL,
    organisation_key        INTEGER,
    date_key                INTEGER NOT NULL,
    reference_date_key      INTEGER,
    "year"                  INTEGER NOT NULL,
    person_key              BIGINT NOT NULL,
    case_key                BIGINT NOT NULL,
    stage_code              VARCHAR NOT NULL,
    is_final                BOOLEAN,
    sex_code                VARCHAR NOT NULL,
    age_years               INTEGER,
    age_group_code          VARCHAR NOT NULL,
    age_band_code           VARCHAR NOT NULL,
    country_code            VARCHAR NOT NULL,
    citizenship_group_code  VARCHAR NOT NULL,
    form_code               VARCHAR NOT NULL,
    sentence_type_code      VARCHAR,
    sentence_months         INTEGER,
    sentence_band_code      VARCHAR,
    compensation_eur        DECIMAL(18, 2)
);

-- grain: one row per delivered assistance episode
CREATE TABLE fct_assistance_episode (
    episode_key           BIGINT NOT NULL,
    load_batch_key        BIGINT NOT NULL,
    record_number         BIGINT NOT NULL,
    organisation_key      INTEGER,
    date_key              INTEGER NOT NULL,
    end_date_key          INTEGER,
    "year"                INTEGER NOT NULL,
    person_key            BIGINT NOT NULL,
    assistance_type_code  VARCHAR NOT NULL,
    duration_days         INTEGER
);

-- grain: one row per delivered immigration decision
CREATE TABLE fct_immigration_decision (
    decision_key        BIGINT NOT NULL,
    load_batch_key      BIGINT NOT NULL,
    record_number       BIGINT NOT NULL,
    organisation_key    INTEGER,
    date_key            INTEGER NOT NULL,
    reference_date_key  INTEGER,
    "year"              INTEGER NOT NULL,
    person_key          BIGINT NOT NULL,
    decision_type_code  VARCHAR NOT NULL,
    outcome_code        VARCHAR NOT NULL,
    permit_ground_code  VARCHAR
);
