-- Nothing to change on SQLite: the FTS5 table already stores the search
-- index (PostgreSQL's 00002 stores its search vector in a column). The file
-- keeps both engines at the same schema version.

-- +goose Up
SELECT 1;

-- +goose Down
SELECT 1;
