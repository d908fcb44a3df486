-- Surrogate keys for persons. Linkage keys (HMAC pseudonyms derived at the agencies) stay in these maps in the
-- working database only; published tables carry the integer keys. Keys are stable across rebuilds: a model run
-- only adds keys it has not seen, numbered after the current maximum, and never renumbers.

-- grain: one row per victim linkage key ever delivered (victim registrations, assistance, immigration)
CREATE TABLE map_person (
    person_key   BIGINT PRIMARY KEY,
    linkage_key  VARCHAR NOT NULL UNIQUE
);

-- grain: one row per offender person key ever delivered by a justice source (own key space: suspects and
-- convicted persons are not victims and must never be linked to them)
CREATE TABLE map_offender (
    person_key   BIGINT PRIMARY KEY,
    linkage_key  VARCHAR NOT NULL UNIQUE
);

-- grain: one row per case reference ever delivered by a justice source (agency file numbers stay here)
CREATE TABLE map_case (
    case_key  BIGINT PRIMARY KEY,
    case_id   VARCHAR NOT NULL UNIQUE
);
