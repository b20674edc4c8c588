-- The radar's alerts and crisis room. A workspace's alert settings
-- (webhooks, email recipients, quiet hours in its time zone, rate limit);
-- every alert raised, unique per brand and key so that two worker
-- processes, or one replaying the stream after a restart, raise it once;
-- a brand's crisis checklist, who ticked which item for which episode, who
-- is on duty, and the holding statement of each episode with its verdict.
-- Episodes are named by their start in Unix seconds, as in the page's URL.

-- +goose Up
CREATE TABLE radar_alert_settings (
    workspace_id INTEGER PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    webhooks     TEXT NOT NULL DEFAULT '[]',
    emails       TEXT NOT NULL DEFAULT '[]',
    smtp_addr    TEXT NOT NULL DEFAULT '',
    smtp_from    TEXT NOT NULL DEFAULT '',
    quiet_from   INTEGER NOT NULL DEFAULT 0,
    quiet_to     INTEGER NOT NULL DEFAULT 0,
    time_zone    TEXT NOT NULL DEFAULT 'UTC',
    per_hour     INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    updated_by   INTEGER REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE radar_alerts (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    brand_id     INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    urgent       INTEGER NOT NULL DEFAULT 0,
    raised_at    TEXT NOT NULL,
    outcome      TEXT NOT NULL DEFAULT 'pending',
    error        TEXT NOT NULL DEFAULT '',
    settled_at   TEXT,
    UNIQUE (brand_id, key)
);
CREATE INDEX radar_alerts_workspace ON radar_alerts (workspace_id, raised_at);

CREATE TABLE crisis_checklist (
    id       INTEGER PRIMARY KEY,
    brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL
);
CREATE INDEX crisis_checklist_brand ON crisis_checklist (brand_id, position);

CREATE TABLE crisis_ticks (
    brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    episode  INTEGER NOT NULL,
    item_id  INTEGER NOT NULL REFERENCES crisis_checklist (id) ON DELETE CASCADE,
    user_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (brand_id, episode, item_id)
);

CREATE TABLE crisis_on_duty (
    brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    phone    TEXT NOT NULL DEFAULT '',
    duty     TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (brand_id, user_id)
);

CREATE TABLE crisis_statements (
    brand_id   INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    episode    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    lang       TEXT NOT NULL DEFAULT '',
    network    TEXT NOT NULL DEFAULT '',
    engine     TEXT NOT NULL DEFAULT '',
    verdict    TEXT NOT NULL,
    findings   TEXT NOT NULL DEFAULT '[]',
    ready      INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (brand_id, episode)
);

-- +goose Down
DROP TABLE crisis_statements;
DROP TABLE crisis_on_duty;
DROP TABLE crisis_ticks;
DROP TABLE crisis_checklist;
DROP TABLE radar_alerts;
DROP TABLE radar_alert_settings;
