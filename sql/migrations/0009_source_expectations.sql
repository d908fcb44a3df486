-- Timeliness each source contract promises (etl/contracts/<id>.json, block "timeliness"): how often a delivery is
-- expected and after how long without one the source is late, then overdue. Replaced as a whole before every publish
-- (SourceExpectations.SyncAsync, with every contract), so that a contract that never delivered still has a row, and
-- published with the snapshot, so that every vintage keeps the expectations its freshness was judged against.
-- Durations are whole seconds (BIGINT), not INTERVAL: an INTERVAL keeps months, days and microseconds apart, so
-- "P1M" would have no fixed length; seconds add to epoch_us(loaded_at) exactly and compare without any calendar.
-- expected_every_iso keeps the contract's ISO 8601 text (P1D, PT12H) for readers.

-- grain: one row per source contract
CREATE TABLE meta_source_expectation (
    contract_id          VARCHAR PRIMARY KEY,
    source_code          VARCHAR NOT NULL,
    organisation_type    VARCHAR NOT NULL,
    expected_every_iso   VARCHAR NOT NULL,
    expected_every_s     BIGINT NOT NULL CHECK (expected_every_s > 0),
    late_after_s         BIGINT NOT NULL CHECK (late_after_s > 0),
    overdue_after_s      BIGINT NOT NULL CHECK (overdue_after_s >= late_after_s)
);
