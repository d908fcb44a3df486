-- grain: one row per published vintage (snapshot file under <data>/vintages); ids only ever increase
CREATE TABLE meta_vintage_log (
    vintage_id    INTEGER PRIMARY KEY,
    published_at  TIMESTAMPTZ NOT NULL,
    file_name     VARCHAR NOT NULL
);
