-- grain: one row per delivered assistance episode (year = year the episode started)
DELETE FROM fct_assistance_episode;

INSERT INTO fct_assistance_episode
SELECT
    row_number() OVER (ORDER BY s.load_batch_key, s.record_number, s.parent_record_number) AS episode_key,
    s.load_batch_key,
    s.record_number,
    o.organisation_key,
    date_key_of(s.start_date),
    date_key_of(s.end_date),
    year(s.start_date),
    p.person_key,
    s.assistance_type,
    CASE WHEN s.end_date IS NOT NULL THEN date_diff('day', s.start_date, s.end_date) END
FROM stg_intake__assistance_episode s
JOIN map_person p ON p.linkage_key = s.linkage_key
LEFT JOIN dim_organisation o ON o.organisation_code = s.source_code;
