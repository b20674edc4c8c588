-- The radar's live sources per brand (Bluesky Jetstream, Mastodon
-- streaming; the Mastodon token sealed by internal/secret), what the
-- worker last saw of each (so every web process shows it, and the
-- Jetstream cursor survives a restart), and the brands' series stored as
-- one compact row per series and UTC day (radar.Series.MarshalDay) with the
-- stream position they include, so history outlives the stream's retention.

-- +goose Up
CREATE TABLE radar_sources (
    brand_id              BIGINT PRIMARY KEY REFERENCES brands (id) ON DELETE CASCADE,
    jetstream_on          BOOLEAN NOT NULL DEFAULT FALSE,
    jetstream_url         TEXT NOT NULL DEFAULT '',
    mastodon_on           BOOLEAN NOT NULL DEFAULT FALSE,
    mastodon_url          TEXT NOT NULL DEFAULT '',
    mastodon_tags         TEXT NOT NULL DEFAULT '',
    mastodon_public       BOOLEAN NOT NULL DEFAULT FALSE,
    mastodon_token_sealed TEXT NOT NULL DEFAULT '',
    updated_at            TIMESTAMPTZ NOT NULL,
    updated_by            BIGINT REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE radar_source_status (
    brand_id      BIGINT NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    source        TEXT NOT NULL,
    connected     BOOLEAN NOT NULL DEFAULT FALSE,
    events        BIGINT NOT NULL DEFAULT 0,
    last_event_at TIMESTAMPTZ,
    last_error    TEXT NOT NULL DEFAULT '',
    last_error_at TIMESTAMPTZ,
    resume_cursor BIGINT NOT NULL DEFAULT 0,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand_id, source)
);

CREATE TABLE radar_series_days (
    brand_id   BIGINT NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    series     TEXT NOT NULL,
    day        BIGINT NOT NULL,
    data       BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand_id, series, day)
);

-- The stream position the stored days include: a worker that restarts
-- loads the days, then replays the stream (30 days) for the crisis room
-- without counting again the mentions up to seq. stream_id tells a stream
-- made again (sequences restarted) from the one the days were cut from.
CREATE TABLE radar_series_checkpoint (
    stream     TEXT PRIMARY KEY,
    stream_id  TEXT NOT NULL,
    seq        BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE radar_series_checkpoint;
DROP TABLE radar_series_days;
DROP TABLE radar_source_status;
DROP TABLE radar_sources;
