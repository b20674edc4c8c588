-- PostgreSQL-only queries and fragments (see common.sql). facts.search is
-- the generated search vector (migration 00002).

-- name: fact.filter.tag
f.tags @> jsonb_build_array($?::text)

-- name: fact.filter.query
f.search @@ to_tsquery('simple'::regconfig, vigie_unaccent($?))
