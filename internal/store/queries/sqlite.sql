-- SQLite-only queries and fragments (see common.sql).

-- name: fact.filter.query
f.id IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH $?)

-- name: fact.filter.tag
EXISTS (SELECT 1 FROM json_each(f.tags) WHERE json_each.value = $?)
