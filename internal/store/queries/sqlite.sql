-- SQLite-only queries and fragments (see common.sql).

-- name: fact.filter.query
f.id IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH $?)

-- name: fact.filter.tag
EXISTS (SELECT 1 FROM json_each(f.tags) WHERE json_each.value = $?)

-- LLM usage per calendar month (UTC): the stored text time starts with YYYY-MM.
-- name: llm.usage.by_month
SELECT substr(at, 1, 7) AS month, provider, model,
    SUM(CASE WHEN cached THEN 0 ELSE 1 END), SUM(CASE WHEN cached THEN 1 ELSE 0 END),
    SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_usd)
FROM llm_usage WHERE workspace_id = $1 AND at >= $2
GROUP BY month, provider, model ORDER BY month DESC, provider, model;

-- One more comment of an author (first and last seen widened; times are
-- fixed-width text, so min and max are time order).
-- name: author.record
INSERT INTO comment_authors (brand_id, network, author, name, comments, hidden, hostile, first_seen, last_seen)
VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $7)
ON CONFLICT (brand_id, network, author) DO UPDATE SET comments = comment_authors.comments + 1,
    hidden = comment_authors.hidden + excluded.hidden, hostile = comment_authors.hostile + excluded.hostile,
    name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE comment_authors.name END,
    first_seen = min(comment_authors.first_seen, excluded.first_seen), last_seen = max(comment_authors.last_seen, excluded.last_seen);

-- Without statistics SQLite would pick the (brand, received_at) index and
-- read all of a brand's recent comments for each author.
-- name: author.hidden_since
SELECT (SELECT count(*) FROM comments INDEXED BY comments_brand_author
        WHERE brand_id = $1 AND network = $2 AND author_handle = $3 AND hidden AND received_at >= $4)
    + (SELECT count(*) FROM comments INDEXED BY comments_brand_author
        WHERE brand_id = $1 AND network = $2 AND author_handle = '' AND author = $3 AND hidden AND received_at >= $4);

-- Transactions are IMMEDIATE on SQLite: the write lock is already held.
-- name: crisis.brand_lock
SELECT id FROM brands WHERE id = $1;

-- name: author.hidden_times
SELECT received_at FROM comments INDEXED BY comments_brand_author
WHERE brand_id = $1 AND network = $2 AND author_handle = $3 AND hidden AND received_at >= $4
UNION ALL
SELECT received_at FROM comments INDEXED BY comments_brand_author
WHERE brand_id = $1 AND network = $2 AND author_handle = '' AND author = $3 AND hidden AND received_at >= $4;
