-- A workspace's AI provider (the API key sealed by internal/secret, never
-- in clear) and the tokens and cost of every model call, so that several
-- web processes share them and nothing is lost at restart.

-- +goose Up
CREATE TABLE llm_settings (
    workspace_id   INTEGER PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    provider       TEXT NOT NULL,
    base_url       TEXT NOT NULL DEFAULT '',
    model          TEXT NOT NULL,
    api_key_sealed TEXT NOT NULL DEFAULT '',
    timeout_s      REAL NOT NULL DEFAULT 0,
    max_retries    INTEGER NOT NULL DEFAULT 0,
    price_in       REAL,
    price_out      REAL,
    updated_at     TEXT NOT NULL,
    updated_by     INTEGER REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE llm_usage (
    id                INTEGER PRIMARY KEY,
    workspace_id      INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    draft             TEXT NOT NULL DEFAULT '',
    purpose           TEXT NOT NULL DEFAULT '',
    provider          TEXT NOT NULL,
    model             TEXT NOT NULL,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd          REAL NOT NULL DEFAULT 0,
    cached            INTEGER NOT NULL DEFAULT 0,
    at                TEXT NOT NULL
);
CREATE INDEX llm_usage_workspace_at ON llm_usage (workspace_id, at);
CREATE INDEX llm_usage_draft ON llm_usage (workspace_id, draft);

-- +goose Down
DROP TABLE llm_usage;
DROP TABLE llm_settings;
