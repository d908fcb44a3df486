-- grain: one row per victim linkage key ever delivered. Upsert only: existing keys keep their number, new keys
-- are numbered after the current maximum in order of first delivery, so rebuilds never renumber anyone.
INSERT INTO map_person (person_key, linkage_key)
SELECT
    (SELECT coalesce(max(person_key), 0) FROM map_person)
        + row_number() OVER (ORDER BY first_batch, first_record, linkage_key),
    linkage_key
FROM (
    SELECT linkage_key, min(load_batch_key) AS first_batch, min(record_number) AS first_record
    FROM (
        SELECT linkage_key, load_batch_key, record_number FROM stg_intake__victim_registration
        UNION ALL
        SELECT linkage_key, load_batch_key, record_number FROM stg_intake__assistance_episode
        UNION ALL
        SELECT linkage_key, load_batch_key, record_number FROM stg_intake__immigration_decision
    ) delivered
    WHERE linkage_key NOT IN (SELECT linkage_key FROM map_person)
    GROUP BY linkage_key
) new_keys;
