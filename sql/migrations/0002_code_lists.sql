-- Code-list dimensions (domain.md §4). Codes are the published SDMX-style codes and serve as keys:
-- they are stable, short and make facts readable. Content comes from sql/seeds/<name>.csv, reloaded
-- by the seed loader whenever a seed file changes; the table shape is fixed here.

-- grain: one row per sex code
CREATE TABLE dim_sex (sex_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per victim status (rank orders identified > presumed > referred)
CREATE TABLE dim_victim_status (victim_status_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, status_rank INTEGER NOT NULL);
-- grain: one row per Eurostat age group
CREATE TABLE dim_age_group (age_group_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, min_age INTEGER, max_age INTEGER, sort_order INTEGER);
-- grain: one row per internal age band
CREATE TABLE dim_age_band (age_band_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, min_age INTEGER, max_age INTEGER, age_group_code VARCHAR NOT NULL, sort_order INTEGER);
-- grain: one row per citizenship group
CREATE TABLE dim_citizenship_group (citizenship_group_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per ISO 3166-1 country, plus UNK
CREATE TABLE dim_country (country_code VARCHAR PRIMARY KEY, iso3_code VARCHAR NOT NULL, label_en VARCHAR NOT NULL, is_eu BOOLEAN NOT NULL);
-- grain: one row per region (country, NUTS 2, NUTS 3), plus UNK
CREATE TABLE dim_region (region_code VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, nuts_level INTEGER, parent_region_code VARCHAR);
-- grain: one row per form of exploitation (main_form_precedence: 1 wins)
CREATE TABLE dim_exploitation_form (form_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, eurostat_group VARCHAR NOT NULL, main_form_precedence INTEGER NOT NULL, added_by_2024_amendment BOOLEAN NOT NULL);
-- grain: one row per Eurostat group of forms
CREATE TABLE dim_eurostat_form_group (eurostat_group_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per ISIC Rev. 4 section, plus UNK
CREATE TABLE dim_economic_sector (sector_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, sort_order INTEGER);
-- grain: one row per registering organisation type
CREATE TABLE dim_organisation_type (organisation_type_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per legal stage of the criminal-justice response
CREATE TABLE dim_legal_stage (stage_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, eurostat_code VARCHAR, sort_order INTEGER);
-- grain: one row per assistance type
CREATE TABLE dim_assistance_type (assistance_type_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per residence-permit ground
CREATE TABLE dim_permit_ground (permit_ground_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per immigration decision type
CREATE TABLE dim_immigration_decision_type (decision_type_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per decision outcome
CREATE TABLE dim_decision_outcome (outcome_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per sentence type
CREATE TABLE dim_sentence_type (sentence_type_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);
-- grain: one row per sentence band
CREATE TABLE dim_sentence_band (sentence_band_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sentence_type_code VARCHAR NOT NULL, min_months INTEGER, max_months INTEGER, sort_order INTEGER);
-- grain: one row per trafficking type
CREATE TABLE dim_trafficking_type (trafficking_type_code VARCHAR PRIMARY KEY, label_en VARCHAR NOT NULL, label_nat VARCHAR, sort_order INTEGER);

-- grain: one row per seed file loaded into its code-list dimension (reloaded when the checksum changes)
CREATE TABLE meta_seed_version (name VARCHAR PRIMARY KEY, checksum VARCHAR NOT NULL, loaded_at TIMESTAMPTZ NOT NULL);
