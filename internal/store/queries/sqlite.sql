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
