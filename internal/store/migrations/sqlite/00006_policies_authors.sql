-- Per-brand moderation policies and author history. A brand without a
-- policy row uses moderate.DefaultPolicy. The policy's decision on each
-- comment (action and reason) is kept with it, so the Inbox can show why
-- a comment was flagged or hidden. Authors are keyed by brand, network and
-- handle (the display name when there is no handle); their counts are
-- kept up to date by the ingest and by manual hides and unhides, and the
-- manual flag (vip or blocked) says who set it and when.

-- +goose Up
CREATE TABLE moderation_policies (
    brand_id      INTEGER PRIMARY KEY REFERENCES brands (id) ON DELETE CASCADE,
    hide          TEXT NOT NULL DEFAULT '',
    hide_min      REAL NOT NULL,
    hide_threats  INTEGER NOT NULL DEFAULT 1,
    spam_hide_min REAL NOT NULL,
    flag          TEXT NOT NULL DEFAULT '',
    escalate      INTEGER NOT NULL DEFAULT 1,
    sla_hours     INTEGER NOT NULL DEFAULT 4,
    repeat_hidden INTEGER NOT NULL DEFAULT 0,
    repeat_days   INTEGER NOT NULL DEFAULT 30,
    repeat_action TEXT NOT NULL DEFAULT 'flag' CHECK (repeat_action IN ('flag', 'hide')),
    updated_at    TEXT NOT NULL,
    updated_by    INTEGER REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE comment_authors (
    brand_id   INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    network    TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    comments   INTEGER NOT NULL DEFAULT 0,
    hidden     INTEGER NOT NULL DEFAULT 0,
    hostile    INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    flag       TEXT NOT NULL DEFAULT '' CHECK (flag IN ('', 'vip', 'blocked')),
    flag_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    flag_at    TEXT,
    PRIMARY KEY (brand_id, network, author)
);

ALTER TABLE comments ADD COLUMN action TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN reason TEXT NOT NULL DEFAULT '';
CREATE INDEX comments_brand_author ON comments (brand_id, network, author_handle, author);

-- +goose Down
DROP INDEX comments_brand_author;
ALTER TABLE comments DROP COLUMN reason;
ALTER TABLE comments DROP COLUMN action;
DROP TABLE comment_authors;
DROP TABLE moderation_policies;
