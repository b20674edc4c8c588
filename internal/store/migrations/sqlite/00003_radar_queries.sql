-- A brand's listening queries for the buzz radar (internal/radar's query
-- language), one row per named query.

-- +goose Up
CREATE TABLE radar_queries (
    id       INTEGER PRIMARY KEY,
    brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    query    TEXT NOT NULL,
    UNIQUE (brand_id, name)
);

-- +goose Down
DROP TABLE radar_queries;
