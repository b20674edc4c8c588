-- Keep each fact's search vector in a stored generated column: computing it
-- per row at query time (accent folding, regexp, to_tsvector) made a
-- one-word search over 10,000 facts take about a second, since the index
-- recheck and any sequential scan recomputed it.

-- +goose Up
ALTER TABLE facts ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, regexp_replace(vigie_unaccent(key || ' ' || text || ' ' || tags::text || ' ' || source), '[^[:alnum:]]+', ' ', 'g'))
) STORED;
DROP INDEX facts_search;
CREATE INDEX facts_search ON facts USING GIN (search);

-- +goose Down
DROP INDEX facts_search;
ALTER TABLE facts DROP COLUMN search;
CREATE INDEX facts_search ON facts USING GIN (
    to_tsvector('simple'::regconfig, regexp_replace(vigie_unaccent(key || ' ' || text || ' ' || tags::text || ' ' || source), '[^[:alnum:]]+', ' ', 'g'))
);
