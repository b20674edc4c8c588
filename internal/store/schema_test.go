package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"sort"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// columns lists table.column names of the migrated schema, so the two
// engines' migrations can be checked to stay in step.
func columns(t *testing.T, s *sqlStore) []string {
	t.Helper()
	ctx := context.Background()
	var q string
	if s.dialect == dialectSQLite {
		q = `SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
		     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'facts_fts%' AND m.name <> 'goose_db_version'`
	} else {
		q = `SELECT table_name || '.' || column_name FROM information_schema.columns
		     WHERE table_schema = current_schema() AND table_name <> 'goose_db_version'`
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

func TestSchemasMatch(t *testing.T) {
	ctx := context.Background()
	lite, err := Open(ctx, t.TempDir()+"/v.db")
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()

	base := testenv.PostgresURL(t)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := "t_" + randHex(t)
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	pg, err := Open(ctx, base+sep+"search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()

	lc := columns(t, lite.(*sqlStore))
	var pc []string
	for _, c := range columns(t, pg.(*sqlStore)) {
		if c != "facts.search" { // PostgreSQL's stored search vector; SQLite has facts_fts
			pc = append(pc, c)
		}
	}
	if strings.Join(lc, "\n") != strings.Join(pc, "\n") {
		t.Fatalf("SQLite and PostgreSQL schemas differ:\nsqlite:   %v\npostgres: %v", lc, pc)
	}
	if len(lc) < 60 {
		t.Fatalf("only %d columns found: the query is wrong", len(lc))
	}
}

func randHex(t *testing.T) string {
	t.Helper()
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b[:])
}
