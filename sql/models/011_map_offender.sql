-- grain: one row per offender person key ever delivered by a justice source (own key space, same upsert rule
-- as map_person: existing keys keep their number).
INSERT INTO map_offender (person_key, linkage_key)
SELECT
    (SELECT coalesce(max(person_key), 0) FROM map_offender)
        + row_number() OVER (ORDER BY first_batch, first_record, linkage_key),
    linkage_key
FROM (
    SELECT person_key AS linkage_key, min(load_batch_key) AS first_batch, min(record_number) AS first_record
    FROM stg_intake__justice_person_stage
    WHERE person_key NOT IN (SELECT linkage_key FROM map_offender)
    GROUP BY person_key
) new_keys;
