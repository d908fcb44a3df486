-- Victim facts (domain.md §3–5). Facts are fully refreshed from staging by sql/models in one transaction.
-- No PRIMARY KEY constraints here on purpose: DuckDB checks unique indexes eagerly, so DELETE + INSERT of the
-- same keys in one transaction can fail; the grain is enforced by the data tests (sql/tests/duplicate_grain.sql)
-- before anything is published. Lineage: load_batch_key (+ record_number) points to the delivered row.

-- grain: one row per delivered victim registration (person-event at one agency)
CREATE TABLE fct_victim_registration (
    registration_key           BIGINT NOT NULL,
    load_batch_key             BIGINT NOT NULL,
    record_number              BIGINT NOT NULL,
    organisation_key           INTEGER,
    date_key                   INTEGER NOT NULL,
    identification_date_key    INTEGER,
    "year"                     INTEGER NOT NULL,
    person_key                 BIGINT NOT NULL,
    victim_status_code         VARCHAR NOT NULL,
    identifying_org_type_code  VARCHAR,
    sex_code                   VARCHAR NOT NULL,
    age_years                  INTEGER,
    age_group_code             VARCHAR NOT NULL,
    age_band_code              VARCHAR NOT NULL,
    country_code               VARCHAR NOT NULL,
    citizenship_group_code     VARCHAR NOT NULL,
    region_code                VARCHAR NOT NULL,
    nuts2_region_code          VARCHAR NOT NULL,
    trafficking_type_code      VARCHAR NOT NULL,
    exploitation_country_code  VARCHAR,
    labour_sector_code         VARCHAR,
    is_unaccompanied           BOOLEAN,
    main_form_code             VARCHAR NOT NULL,
    form_combination           VARCHAR NOT NULL
);

-- grain: one row per victim registration and form of exploitation (never sum these rows as persons)
CREATE TABLE brg_victim_registration_form (
    registration_key  BIGINT NOT NULL,
    form_code         VARCHAR NOT NULL,
    load_batch_key    BIGINT NOT NULL
);

-- grain: one row per person and reference year, at the highest status reached that year
CREATE TABLE fct_victim_person_year (
    person_key                 BIGINT NOT NULL,
    "year"                     INTEGER NOT NULL,
    highest_status_code        VARCHAR NOT NULL,
    date_key                   INTEGER NOT NULL,  -- first registration at the highest status
    first_date_key             INTEGER NOT NULL,
    last_date_key              INTEGER NOT NULL,
    load_batch_key             BIGINT NOT NULL,   -- batch of the registration that set the highest status
    registrations              INTEGER NOT NULL,
    agency_count               INTEGER NOT NULL,
    identifying_org_type_code  VARCHAR,
    sex_code                   VARCHAR NOT NULL,
    age_years                  INTEGER,
    age_group_code             VARCHAR NOT NULL,
    age_band_code              VARCHAR NOT NULL,
    country_code               VARCHAR NOT NULL,
    citizenship_group_code     VARCHAR NOT NULL,
    region_code                VARCHAR NOT NULL,
    nuts2_region_code          VARCHAR NOT NULL,
    trafficking_type_code      VARCHAR NOT NULL,
    labour_sector_code         VARCHAR,
    is_unaccompanied           BOOLEAN,
    main_form_code             VARCHAR NOT NULL,
    form_combination           VARCHAR NOT NULL
);

-- grain: one row per person, reference year and form of exploitation (union over the year's registrations)
CREATE TABLE brg_person_year_form (
    person_key      BIGINT NOT NULL,
    "year"          INTEGER NOT NULL,
    form_code       VARCHAR NOT NULL,
    load_batch_key  BIGINT NOT NULL
);

-- grain: one row per reference year and exact combination of agency lists a person appeared on (MSE input)
CREATE TABLE agg_agency_overlap (
    "year"          INTEGER NOT NULL,
    agencies        VARCHAR NOT NULL,
    agency_count    INTEGER NOT NULL,
    persons         BIGINT NOT NULL,
    load_batch_key  BIGINT NOT NULL  -- latest batch contributing to the year
);
