-- grain: none (helpers). Derivation rules shared by the models, defined per build as temporary macros so that
-- the rule lives in one place and never reaches a published snapshot.

-- yyyymmdd integer key of dim_date
CREATE OR REPLACE TEMP MACRO date_key_of(d) AS
    CASE WHEN d IS NULL THEN NULL ELSE year(d) * 10000 + month(d) * 100 + day(d) END;

-- Eurostat citizenship group: NAT = citizens of the reporting country, EU_FOR = other EU, NEU_FOR = non-EU.
-- A country missing from dim_country stays UNK here (and is reported by the orphan data test).
CREATE OR REPLACE TEMP MACRO citizenship_group_of(country, reporting_country) AS
    CASE
        WHEN country IS NULL OR country = 'UNK' THEN 'UNK'
        WHEN country = reporting_country THEN 'NAT'
        ELSE coalesce((SELECT CASE WHEN c.is_eu THEN 'EU_FOR' ELSE 'NEU_FOR' END
                       FROM dim_country c WHERE c.country_code = country), 'UNK')
    END;

-- NUTS 2 region of a delivered region: itself at level 2, its parent at level 3, otherwise UNK
CREATE OR REPLACE TEMP MACRO nuts2_of(region) AS
    coalesce((SELECT CASE r.nuts_level WHEN 2 THEN r.region_code WHEN 3 THEN r.parent_region_code END
              FROM dim_region r WHERE r.region_code = region), 'UNK');

CREATE OR REPLACE TEMP MACRO age_group_of(age) AS
    coalesce((SELECT g.age_group_code FROM dim_age_group g WHERE age BETWEEN g.min_age AND g.max_age), 'UNK');

CREATE OR REPLACE TEMP MACRO age_band_of(age) AS
    coalesce((SELECT b.age_band_code FROM dim_age_band b WHERE age BETWEEN b.min_age AND b.max_age), 'UNK');

-- Internal = exploited in the country of citizenship. A delivered INTERNAL/TRANSNATIONAL wins; otherwise it is
-- derived from the exploitation country when both countries are known.
CREATE OR REPLACE TEMP MACRO trafficking_type_of(delivered, citizenship, exploitation_country) AS
    CASE
        WHEN delivered IS NOT NULL AND delivered <> 'UNK' THEN delivered
        WHEN citizenship IS NULL OR citizenship = 'UNK' OR exploitation_country IS NULL OR exploitation_country = 'UNK' THEN 'UNK'
        WHEN citizenship = exploitation_country THEN 'INTERNAL'
        ELSE 'TRANSNATIONAL'
    END;
