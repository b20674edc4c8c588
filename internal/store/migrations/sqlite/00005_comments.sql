-- A brand's inbox: every comment, mention and DM, labelled by the
-- moderation classifier when it arrived, with its visibility (who hid it:
-- the policy, "auto", or a user id) and its triage state. External ids are
-- unique per brand and network so that an import or a webhook replayed
-- twice stores nothing new.

-- +goose Up
CREATE TABLE comments (
    id            INTEGER PRIMARY KEY,
    brand_id      INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    network       TEXT NOT NULL DEFAULT '',
    external_id   TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    author_handle TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    lang          TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT 'comment' CHECK (kind IN ('comment', 'mention', 'dm')),
    received_at   TEXT NOT NULL,
    label         TEXT NOT NULL,
    scores        TEXT NOT NULL DEFAULT '{}',
    sentiment     TEXT NOT NULL DEFAULT '',
    hidden        INTEGER NOT NULL DEFAULT 0,
    hidden_by     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'assigned', 'answered', 'closed')),
    assignee      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    answered_at   TEXT,
    reply         TEXT NOT NULL DEFAULT '',
    UNIQUE (brand_id, network, external_id)
);
CREATE INDEX comments_brand_received ON comments (brand_id, received_at);
CREATE INDEX comments_brand_status ON comments (brand_id, status);

-- +goose Down
DROP TABLE comments;
