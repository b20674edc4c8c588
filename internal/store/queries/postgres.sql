-- PostgreSQL-only queries and fragments (see common.sql). facts.search is
-- the generated search vector (migration 00002).

-- name: fact.filter.tag
f.tags @> jsonb_build_array($?::text)

-- name: fact.filter.query
f.search @@ to_tsquery('simple'::regconfig, vigie_unaccent($?))

-- LLM usage per calendar month (UTC).
-- name: llm.usage.by_month
SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, provider, model,
    SUM(CASE WHEN cached THEN 0 ELSE 1 END), SUM(CASE WHEN cached THEN 1 ELSE 0 END),
    SUM(prompt_tokens)::BIGINT, SUM(completion_tokens)::BIGINT, SUM(cost_usd)
FROM llm_usage WHERE workspace_id = $1 AND at >= $2
GROUP BY month, provider, model ORDER BY month DESC, provider, model;

-- One more comment of an author (first and last seen widened).
-- name: author.record
INSERT INTO comment_authors (brand_id, network, author, name, comments, hidden, hostile, first_seen, last_seen)
VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $7)
ON CONFLICT (brand_id, network, author) DO UPDATE SET comments = comment_authors.comments + 1,
    hidden = comment_authors.hidden + excluded.hidden, hostile = comment_authors.hostile + excluded.hostile,
    name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE comment_authors.name END,
    first_seen = LEAST(comment_authors.first_seen, excluded.first_seen), last_seen = GREATEST(comment_authors.last_seen, excluded.last_seen);

-- Serialises the first save of a brand's default checklist.
-- name: crisis.brand_lock
SELECT id FROM brands WHERE id = $1 FOR UPDATE;
