-- Vigie's first schema (SQLite). Append-only: never edit a released
-- migration, add a new file. Timestamps are TEXT in a fixed-width UTC format
-- (2006-01-02T15:04:05.000000Z) so that text order is time order; lists are
-- JSON arrays.

-- +goose Up
CREATE TABLE workspaces (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    slug       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    lang          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

CREATE TABLE memberships (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'editor', 'reviewer', 'analyst')),
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE brands (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    slug         TEXT NOT NULL,
    languages    TEXT NOT NULL DEFAULT '[]',
    voice        TEXT NOT NULL DEFAULT '',
    words_use    TEXT NOT NULL DEFAULT '[]',
    words_avoid  TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (workspace_id, slug)
);

CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    brand_id       INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    network        TEXT NOT NULL,
    handle         TEXT NOT NULL,
    audience_notes TEXT NOT NULL DEFAULT '',
    UNIQUE (brand_id, network, handle)
);

CREATE TABLE facts (
    id          INTEGER PRIMARY KEY,
    brand_id    INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    text        TEXT NOT NULL,
    lang        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    value       TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    valid_from  TEXT,
    valid_until TEXT,
    tags        TEXT NOT NULL DEFAULT '[]',
    expired_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (brand_id, key)
);

-- Full-text search over the fact sheet, accent- and case-insensitive, kept
-- in step with facts by triggers (external-content FTS5 table).
CREATE VIRTUAL TABLE facts_fts USING fts5 (
    key, text, tags, source,
    content = 'facts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- +goose StatementBegin
CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN
    INSERT INTO facts_fts (rowid, key, text, tags, source) VALUES (new.id, new.key, new.text, new.tags, new.source);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN
    INSERT INTO facts_fts (facts_fts, rowid, key, text, tags, source) VALUES ('delete', old.id, old.key, old.text, old.tags, old.source);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER facts_au AFTER UPDATE ON facts BEGIN
    INSERT INTO facts_fts (facts_fts, rowid, key, text, tags, source) VALUES ('delete', old.id, old.key, old.text, old.tags, old.source);
    INSERT INTO facts_fts (rowid, key, text, tags, source) VALUES (new.id, new.key, new.text, new.tags, new.source);
END;
-- +goose StatementEnd

CREATE TABLE briefs (
    id           INTEGER PRIMARY KEY,
    brand_id     INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    key          TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL,
    objective    TEXT NOT NULL DEFAULT '',
    key_messages TEXT NOT NULL DEFAULT '[]',
    fact_keys    TEXT NOT NULL DEFAULT '[]',
    audience     TEXT NOT NULL DEFAULT '',
    networks     TEXT NOT NULL DEFAULT '[]',
    starts_on    TEXT,
    ends_on      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
-- Briefs made in the web app may have no key; keyed ones are unique per brand.
CREATE UNIQUE INDEX briefs_brand_key ON briefs (brand_id, key) WHERE key <> '';

CREATE TABLE faq (
    id       INTEGER PRIMARY KEY,
    brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer   TEXT NOT NULL,
    lang     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX faq_brand ON faq (brand_id);

CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    brand_id     INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    network      TEXT NOT NULL DEFAULT '',
    lang         TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    published_at TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX posts_brand ON posts (brand_id, published_at);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL DEFAULT '',
    entity_id    INTEGER NOT NULL DEFAULT 0,
    before       TEXT NOT NULL DEFAULT '',
    after        TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL
);
CREATE INDEX audit_log_workspace ON audit_log (workspace_id, id);

-- Only the SHA-256 of a session token is stored: a stolen database does not
-- give live sessions.
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_secret TEXT NOT NULL DEFAULT '',
    user_agent  TEXT NOT NULL DEFAULT '',
    ip          TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE login_attempts (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    ok  INTEGER NOT NULL,
    at  TEXT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (key, at);

-- +goose Down
DROP TABLE login_attempts;
DROP TABLE sessions;
DROP TABLE audit_log;
DROP TABLE posts;
DROP TABLE faq;
DROP TABLE briefs;
DROP TABLE facts_fts;
DROP TABLE facts;
DROP TABLE accounts;
DROP TABLE brands;
DROP TABLE memberships;
DROP TABLE users;
DROP TABLE workspaces;
