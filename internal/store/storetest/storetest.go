// Package storetest opens real, isolated databases for tests: a SQLite file
// in the test's temporary folder, and a fresh schema in the test PostgreSQL
// server (dropped at cleanup), so the same test runs on both engines and
// parallel runs never see each other's rows.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // "pgx" driver for schema setup

	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// Backend names an engine and opens a fresh store on it.
type Backend struct {
	Name string // "sqlite" or "postgres"
	// DSN returns a new, empty, isolated database for t (not yet migrated).
	DSN func(t testing.TB) string
}

// Backends lists both engines. PostgreSQL is skipped on a laptop without
// it and required in CI (see testenv).
var Backends = []Backend{
	{Name: "sqlite", DSN: SQLiteDSN},
	{Name: "postgres", DSN: PostgresDSN},
}

// SQLiteDSN is a SQLite file in a fresh temporary folder.
func SQLiteDSN(t testing.TB) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "data", "vigie.db")
}

// PostgresDSN creates a schema t_<random> in the test server and returns a
// URL whose search_path points at it; the schema is dropped at cleanup.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := testenv.PostgresURL(t)
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "t_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		db.Close()
		t.Fatalf("storetest: create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("storetest: drop schema %s: %v", schema, err)
		}
		db.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Open opens a fresh, migrated store on backend b, closed at cleanup.
func Open(t testing.TB, b Backend) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), b.DSN(t))
	if err != nil {
		t.Fatalf("storetest: open %s: %v", b.Name, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Each runs fn as a subtest on every backend with a fresh store. The
// subtests run in parallel: each has its own database.
func Each(t *testing.T, fn func(t *testing.T, s store.Store)) {
	t.Helper()
	for _, b := range Backends {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			fn(t, Open(t, b))
		})
	}
}
