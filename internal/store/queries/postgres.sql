-- PostgreSQL-only queries and fragments (see common.sql). The search
-- expression must stay identical to the facts_search index's.

-- name: fact.filter.tag
f.tags @> jsonb_build_array($?::text)

-- name: fact.filter.query
to_tsvector('simple'::regconfig, regexp_replace(vigie_unaccent(f.key || ' ' || f.text || ' ' || f.tags::text || ' ' || f.source), '[^[:alnum:]]+', ' ', 'g')) @@ to_tsquery('simple'::regconfig, vigie_unaccent($?))
