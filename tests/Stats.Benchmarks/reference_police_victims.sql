-- The reference for intake throughput: DuckDB's own read_csv writing the same staging table from the same file,
-- with the police-victims contract's mapping written by hand and no checks at all (no code-list lookups, no
-- quarantine, no record numbers, no hashing or UTF-8 scan). It is the limit intake is measured against.
INSERT INTO stg_intake__victim_registration
SELECT
    1, 'POL', 0, case_ref, person_pseudonym,
    strptime(detected_on, '%d.%m.%Y')::DATE,
    strptime(identified_on, '%d.%m.%Y')::DATE,
    CASE victim_category WHEN 'potential' THEN 'REF' WHEN 'presumed' THEN 'PRES' WHEN 'identified' THEN 'IDENT' END,
    NULL,
    CASE gender WHEN 'w' THEN 'F' WHEN 'm' THEN 'M' WHEN 'd' THEN 'X' WHEN 'u' THEN 'UNK' END,
    TRY_CAST(age AS INTEGER),
    nationality,
    district_nuts,
    list_transform(string_split(exploitation, '|'), f -> CASE f
        WHEN 'sexual' THEN 'SEX' WHEN 'labour' THEN 'LAB' WHEN 'domestic' THEN 'DOM' WHEN 'criminal' THEN 'CRIM'
        WHEN 'begging' THEN 'BEG' WHEN 'marriage' THEN 'MAR' WHEN 'adoption' THEN 'ADO' WHEN 'surrogacy' THEN 'SUR'
        WHEN 'organs' THEN 'ORG' WHEN 'other' THEN 'OTH' ELSE 'UNK' END),
    sector,
    CASE cross_border WHEN 'yes' THEN 'TRANSNATIONAL' WHEN 'no' THEN 'INTERNAL' ELSE 'UNK' END,
    NULL,
    NULL
FROM read_csv($path, header = true, delim = ';', quote = '"', all_varchar = true);
