-- Named queries shared by SQLite and PostgreSQL. Both accept $1-style
-- placeholders and RETURNING. A query of the same name in sqlite.sql or
-- postgres.sql replaces the one here for that engine.

-- name: workspace.create
INSERT INTO workspaces (name, slug, created_at) VALUES ($1, $2, $3) RETURNING id;

-- name: workspace.get
SELECT id, name, slug, created_at FROM workspaces WHERE id = $1;

-- name: workspace.by_slug
SELECT id, name, slug, created_at FROM workspaces WHERE slug = $1;

-- name: workspace.list
SELECT id, name, slug, created_at FROM workspaces ORDER BY id;

-- name: workspace.for_user
SELECT w.id, w.name, w.slug, w.created_at
FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
WHERE m.user_id = $1 ORDER BY w.id;

-- name: workspace.count
SELECT count(*) FROM workspaces;

-- name: user.create
INSERT INTO users (email, name, password_hash, lang, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id;

-- name: user.get
SELECT id, email, name, password_hash, lang, created_at FROM users WHERE id = $1;

-- name: user.by_email
SELECT id, email, name, password_hash, lang, created_at FROM users WHERE email = $1;

-- name: user.update
UPDATE users SET email = $2, name = $3, password_hash = $4, lang = $5 WHERE id = $1;

-- name: membership.set
INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)
ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role;

-- name: membership.get
SELECT m.workspace_id, m.user_id, m.role, u.id, u.email, u.name, u.password_hash, u.lang, u.created_at
FROM memberships m JOIN users u ON u.id = m.user_id
WHERE m.workspace_id = $1 AND m.user_id = $2;

-- name: membership.list
SELECT m.workspace_id, m.user_id, m.role, u.id, u.email, u.name, u.password_hash, u.lang, u.created_at
FROM memberships m JOIN users u ON u.id = m.user_id
WHERE m.workspace_id = $1
ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 WHEN 'editor' THEN 2 WHEN 'reviewer' THEN 3 ELSE 4 END, u.id;

-- name: membership.remove
DELETE FROM memberships WHERE workspace_id = $1 AND user_id = $2;

-- name: brand.create
INSERT INTO brands (workspace_id, name, slug, languages, voice, words_use, words_avoid, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id;

-- name: brand.get
SELECT id, workspace_id, name, slug, languages, voice, words_use, words_avoid, created_at, updated_at
FROM brands WHERE id = $1;

-- name: brand.by_slug
SELECT id, workspace_id, name, slug, languages, voice, words_use, words_avoid, created_at, updated_at
FROM brands WHERE workspace_id = $1 AND slug = $2;

-- name: brand.list
SELECT id, workspace_id, name, slug, languages, voice, words_use, words_avoid, created_at, updated_at
FROM brands WHERE workspace_id = $1 ORDER BY id;

-- name: brand.update
UPDATE brands SET name = $2, slug = $3, languages = $4, voice = $5, words_use = $6, words_avoid = $7, updated_at = $8
WHERE id = $1;

-- name: account.create
INSERT INTO accounts (brand_id, network, handle, audience_notes) VALUES ($1, $2, $3, $4) RETURNING id;

-- name: account.list
SELECT id, brand_id, network, handle, audience_notes FROM accounts WHERE brand_id = $1 ORDER BY id;

-- name: account.update
UPDATE accounts SET network = $2, handle = $3, audience_notes = $4 WHERE id = $1;

-- name: account.delete
DELETE FROM accounts WHERE id = $1;

-- name: fact.create
INSERT INTO facts (brand_id, key, text, lang, kind, value, unit, source, valid_from, valid_until, tags, expired_at, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id;

-- name: fact.create_many
INSERT INTO facts (brand_id, key, text, lang, kind, value, unit, source, valid_from, valid_until, tags, expired_at, created_at, updated_at)
VALUES

-- name: fact.columns
SELECT f.id, f.brand_id, f.key, f.text, f.lang, f.kind, f.value, f.unit, f.source, f.valid_from, f.valid_until, f.tags, f.expired_at, f.created_at, f.updated_at
FROM facts f

-- name: fact.update
UPDATE facts SET key = $2, text = $3, lang = $4, kind = $5, value = $6, unit = $7, source = $8,
    valid_from = $9, valid_until = $10, tags = $11, expired_at = $12, updated_at = $13
WHERE id = $1;

-- name: fact.expire
UPDATE facts SET expired_at = $2, updated_at = $3 WHERE id = $1;

-- name: brief.create
INSERT INTO briefs (brand_id, key, title, objective, key_messages, fact_keys, audience, networks, starts_on, ends_on, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id;

-- name: brief.columns
SELECT id, brand_id, key, title, objective, key_messages, fact_keys, audience, networks, starts_on, ends_on, created_at, updated_at
FROM briefs

-- name: brief.update
UPDATE briefs SET key = $2, title = $3, objective = $4, key_messages = $5, fact_keys = $6, audience = $7,
    networks = $8, starts_on = $9, ends_on = $10, updated_at = $11
WHERE id = $1;

-- name: brief.delete
DELETE FROM briefs WHERE id = $1;

-- name: faq.create
INSERT INTO faq (brand_id, question, answer, lang) VALUES ($1, $2, $3, $4) RETURNING id;

-- name: faq.update
UPDATE faq SET question = $2, answer = $3, lang = $4 WHERE id = $1;

-- name: faq.list
SELECT id, brand_id, question, answer, lang FROM faq WHERE brand_id = $1 ORDER BY id;

-- name: faq.delete
DELETE FROM faq WHERE id = $1;

-- name: post.create
INSERT INTO posts (brand_id, network, lang, text, published_at, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id;

-- name: post.list
SELECT id, brand_id, network, lang, text, published_at, created_at FROM posts WHERE brand_id = $1
ORDER BY published_at IS NULL, published_at DESC, id DESC LIMIT $2;

-- name: audit.append
INSERT INTO audit_log (workspace_id, user_id, actor, action, entity, entity_id, before, after, at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id;

-- name: audit.list
SELECT id, workspace_id, user_id, actor, action, entity, entity_id, before, after, at
FROM audit_log WHERE workspace_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3;

-- name: session.create
INSERT INTO sessions (token_hash, user_id, csrf_secret, user_agent, ip, created_at, expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7);

-- name: session.get
SELECT user_id, csrf_secret, user_agent, ip, created_at, expires_at FROM sessions
WHERE token_hash = $1 AND expires_at > $2;

-- name: session.touch
UPDATE sessions SET expires_at = $2 WHERE token_hash = $1 AND expires_at > $3;

-- name: session.delete
DELETE FROM sessions WHERE token_hash = $1;

-- name: session.delete_user
DELETE FROM sessions WHERE user_id = $1;

-- name: session.delete_expired
DELETE FROM sessions WHERE expires_at <= $1;

-- name: login.record
INSERT INTO login_attempts (key, ok, at) VALUES ($1, $2, $3);

-- name: login.failures
SELECT count(*) FROM login_attempts WHERE key = $1 AND NOT ok AND at >= $2;

-- name: login.prune
DELETE FROM login_attempts WHERE at < $1;

-- ListFacts appends fragments (fact.filter.*, in the engine files) to
-- fact.columns; $? in a fragment is numbered in order.

-- name: llm.settings.get
SELECT workspace_id, provider, base_url, model, api_key_sealed, timeout_s, max_retries, price_in, price_out, updated_at, updated_by
FROM llm_settings WHERE workspace_id = $1;

-- name: llm.settings.save
INSERT INTO llm_settings (workspace_id, provider, base_url, model, api_key_sealed, timeout_s, max_retries, price_in, price_out, updated_at, updated_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
ON CONFLICT (workspace_id) DO UPDATE SET provider = excluded.provider, base_url = excluded.base_url, model = excluded.model,
    api_key_sealed = excluded.api_key_sealed, timeout_s = excluded.timeout_s, max_retries = excluded.max_retries,
    price_in = excluded.price_in, price_out = excluded.price_out, updated_at = excluded.updated_at, updated_by = excluded.updated_by;

-- name: llm.settings.delete
DELETE FROM llm_settings WHERE workspace_id = $1;

-- name: llm.usage.record
INSERT INTO llm_usage (workspace_id, draft, purpose, provider, model, prompt_tokens, completion_tokens, cost_usd, cached, at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id;

-- name: llm.usage.draft
SELECT id, workspace_id, draft, purpose, provider, model, prompt_tokens, completion_tokens, cost_usd, cached, at
FROM llm_usage WHERE workspace_id = $1 AND (draft = $2 OR substr(draft, 1, $4) = $3) ORDER BY at, id;

-- Moderation policies and comment authors (policies.go, authors.go).

-- name: policy.get
SELECT brand_id, hide, hide_min, hide_threats, spam_hide_min, flag, escalate, sla_hours, repeat_hidden, repeat_days, repeat_action,
    updated_at, updated_by
FROM moderation_policies WHERE brand_id = $1;

-- name: policy.save
INSERT INTO moderation_policies (brand_id, hide, hide_min, hide_threats, spam_hide_min, flag, escalate, sla_hours, repeat_hidden,
    repeat_days, repeat_action, updated_at, updated_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
ON CONFLICT (brand_id) DO UPDATE SET hide = excluded.hide, hide_min = excluded.hide_min, hide_threats = excluded.hide_threats,
    spam_hide_min = excluded.spam_hide_min, flag = excluded.flag, escalate = excluded.escalate, sla_hours = excluded.sla_hours,
    repeat_hidden = excluded.repeat_hidden, repeat_days = excluded.repeat_days, repeat_action = excluded.repeat_action,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by;

-- name: policy.delete
DELETE FROM moderation_policies WHERE brand_id = $1;

-- name: author.columns
SELECT brand_id, network, author, name, comments, hidden, hostile, first_seen, last_seen, flag, flag_by, flag_at FROM comment_authors

-- name: author.get
SELECT brand_id, network, author, name, comments, hidden, hostile, first_seen, last_seen, flag, flag_by, flag_at
FROM comment_authors WHERE brand_id = $1 AND network = $2 AND author = $3;

-- name: author.hidden
UPDATE comment_authors SET hidden = CASE WHEN hidden + $4 < 0 THEN 0 ELSE hidden + $4 END
WHERE brand_id = $1 AND network = $2 AND author = $3;

-- A flag set on an author not seen yet creates the row, with no comments.
-- name: author.flag
INSERT INTO comment_authors (brand_id, network, author, name, first_seen, last_seen, flag, flag_by, flag_at)
VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8)
ON CONFLICT (brand_id, network, author) DO UPDATE SET flag = excluded.flag, flag_by = excluded.flag_by, flag_at = excluded.flag_at;

-- Hidden comments of one author since a time, from the comments themselves,
-- so that a human unhide takes the comment out of the window.
-- Two counts rather than one OR, so that each reads the
-- (brand, network, handle, author) index instead of every comment.
-- name: author.hidden_since
SELECT (SELECT count(*) FROM comments WHERE brand_id = $1 AND network = $2 AND author_handle = $3 AND hidden AND received_at >= $4)
    + (SELECT count(*) FROM comments WHERE brand_id = $1 AND network = $2 AND author_handle = '' AND author = $3 AND hidden AND received_at >= $4);
-- Radar live sources (migration 00008), their status and the series days.

-- name: radar.sources.get
SELECT brand_id, jetstream_on, jetstream_url, mastodon_on, mastodon_url, mastodon_tags, mastodon_public, mastodon_token_sealed, updated_at, updated_by
FROM radar_sources WHERE brand_id = $1;

-- name: radar.sources.list
SELECT brand_id, jetstream_on, jetstream_url, mastodon_on, mastodon_url, mastodon_tags, mastodon_public, mastodon_token_sealed, updated_at, updated_by
FROM radar_sources ORDER BY brand_id;

-- name: radar.sources.save
INSERT INTO radar_sources (brand_id, jetstream_on, jetstream_url, mastodon_on, mastodon_url, mastodon_tags, mastodon_public, mastodon_token_sealed, updated_at, updated_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
ON CONFLICT (brand_id) DO UPDATE SET jetstream_on = excluded.jetstream_on, jetstream_url = excluded.jetstream_url,
    mastodon_on = excluded.mastodon_on, mastodon_url = excluded.mastodon_url, mastodon_tags = excluded.mastodon_tags,
    mastodon_public = excluded.mastodon_public, mastodon_token_sealed = excluded.mastodon_token_sealed,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by;

-- name: radar.source_status.list
SELECT brand_id, source, connected, events, last_event_at, last_error, last_error_at, resume_cursor, updated_at
FROM radar_source_status WHERE brand_id = $1 OR $1 = 0 ORDER BY brand_id, source;

-- name: radar.source_status.save
INSERT INTO radar_source_status (brand_id, source, connected, events, last_event_at, last_error, last_error_at, resume_cursor, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
ON CONFLICT (brand_id, source) DO UPDATE SET connected = excluded.connected, events = excluded.events,
    last_event_at = excluded.last_event_at, last_error = excluded.last_error, last_error_at = excluded.last_error_at,
    resume_cursor = excluded.resume_cursor, updated_at = excluded.updated_at;

-- name: radar.series_day.save
INSERT INTO radar_series_days (brand_id, series, day, data, updated_at) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (brand_id, series, day) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at;

-- The checkpoint only moves forward (or to another stream): a worker
-- behind another one writes nothing, so the stored days always match the
-- stored position.
-- name: radar.series_checkpoint.save
INSERT INTO radar_series_checkpoint (stream, stream_id, seq, updated_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (stream) DO UPDATE SET stream_id = excluded.stream_id, seq = excluded.seq, updated_at = excluded.updated_at
WHERE radar_series_checkpoint.seq <= excluded.seq OR radar_series_checkpoint.stream_id <> excluded.stream_id;

-- name: radar.series_checkpoint.get
SELECT stream, stream_id, seq, updated_at FROM radar_series_checkpoint WHERE stream = $1;

-- name: radar.series_day.get
SELECT data FROM radar_series_days WHERE brand_id = $1 AND series = $2 AND day = $3;

-- name: radar.series_day.list
SELECT brand_id, series, day, data FROM radar_series_days WHERE day >= $1 ORDER BY brand_id, series, day;

-- The radar's alerts and crisis room (migration 00007, store/crisis.go).

-- name: alert.settings.get
SELECT workspace_id, webhooks, emails, smtp_addr, smtp_from, quiet_from, quiet_to, time_zone, per_hour, updated_at, updated_by
FROM radar_alert_settings WHERE workspace_id = $1;

-- name: alert.settings.all
SELECT workspace_id, webhooks, emails, smtp_addr, smtp_from, quiet_from, quiet_to, time_zone, per_hour, updated_at, updated_by
FROM radar_alert_settings ORDER BY workspace_id;

-- name: alert.settings.save
INSERT INTO radar_alert_settings (workspace_id, webhooks, emails, smtp_addr, smtp_from, quiet_from, quiet_to, time_zone, per_hour, updated_at, updated_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
ON CONFLICT (workspace_id) DO UPDATE SET webhooks = excluded.webhooks, emails = excluded.emails, smtp_addr = excluded.smtp_addr,
    smtp_from = excluded.smtp_from, quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to, time_zone = excluded.time_zone,
    per_hour = excluded.per_hour, updated_at = excluded.updated_at, updated_by = excluded.updated_by;

-- name: alert.raise
INSERT INTO radar_alerts (workspace_id, brand_id, key, title, body, url, urgent, raised_at, outcome)
SELECT b.workspace_id, b.id, $2, $3, $4, $5, $6, $7, 'pending' FROM brands b WHERE b.id = $1
ON CONFLICT (brand_id, key) DO NOTHING RETURNING id, workspace_id;

-- name: alert.settle
UPDATE radar_alerts SET outcome = $2, error = $3, settled_at = $4 WHERE id = $1;

-- name: alert.count
SELECT COUNT(*) FROM radar_alerts WHERE brand_id = $1 AND outcome = $2 AND settled_at >= $3;

-- name: alert.list
SELECT id, workspace_id, brand_id, key, title, body, url, urgent, raised_at, outcome, error, settled_at
FROM radar_alerts WHERE workspace_id = $1 AND ($2 = '' OR outcome = $2) ORDER BY raised_at DESC, id DESC LIMIT $3;

-- name: crisis.checklist.list
SELECT id, brand_id, position, text FROM crisis_checklist WHERE brand_id = $1 ORDER BY position, id;

-- name: crisis.checklist.insert
INSERT INTO crisis_checklist (brand_id, position, text) VALUES ($1, $2, $3) RETURNING id;

-- name: crisis.checklist.move
UPDATE crisis_checklist SET position = $3 WHERE id = $1 AND brand_id = $2;

-- name: crisis.checklist.delete
DELETE FROM crisis_checklist WHERE id = $1 AND brand_id = $2;

-- name: crisis.tick
INSERT INTO crisis_ticks (brand_id, episode, item_id, user_id, at)
SELECT $1, $2, c.id, $4, $5 FROM crisis_checklist c WHERE c.id = $3 AND c.brand_id = $1
ON CONFLICT (brand_id, episode, item_id) DO UPDATE SET user_id = excluded.user_id, at = excluded.at;

-- name: crisis.untick
DELETE FROM crisis_ticks WHERE brand_id = $1 AND episode = $2 AND item_id = $3;

-- name: crisis.ticks
SELECT t.item_id, t.user_id, COALESCE(u.name, ''), COALESCE(u.email, ''), t.at
FROM crisis_ticks t LEFT JOIN users u ON u.id = t.user_id WHERE t.brand_id = $1 AND t.episode = $2 ORDER BY t.at, t.item_id;

-- name: crisis.duty.list
SELECT d.brand_id, d.user_id, u.name, u.email, d.phone, d.duty, d.position
FROM crisis_on_duty d JOIN users u ON u.id = d.user_id WHERE d.brand_id = $1 ORDER BY d.position, u.name, d.user_id;

-- name: crisis.duty.save
INSERT INTO crisis_on_duty (brand_id, user_id, phone, duty, position) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (brand_id, user_id) DO UPDATE SET phone = excluded.phone, duty = excluded.duty, position = excluded.position;

-- name: crisis.duty.delete
DELETE FROM crisis_on_duty WHERE brand_id = $1 AND user_id = $2;

-- name: crisis.statement.get
SELECT brand_id, episode, text, lang, network, engine, verdict, findings, ready, updated_at, updated_by
FROM crisis_statements WHERE brand_id = $1 AND episode = $2;

-- name: crisis.statement.save
INSERT INTO crisis_statements (brand_id, episode, text, lang, network, engine, verdict, findings, ready, updated_at, updated_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
ON CONFLICT (brand_id, episode) DO UPDATE SET text = excluded.text, lang = excluded.lang, network = excluded.network,
    engine = excluded.engine, verdict = excluded.verdict, findings = excluded.findings, ready = excluded.ready,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by;

-- name: author.hidden_times
SELECT received_at FROM comments WHERE brand_id = $1 AND network = $2 AND author_handle = $3 AND hidden AND received_at >= $4
UNION ALL
SELECT received_at FROM comments WHERE brand_id = $1 AND network = $2 AND author_handle = '' AND author = $3 AND hidden AND received_at >= $4;
