package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationFiles embed.FS

const (
	dialectSQLite   = "sqlite"
	dialectPostgres = "postgres"
)

// IsPostgresDSN reports whether dsn names a PostgreSQL database rather than
// a SQLite file (same rule as config.Config.IsPostgres).
func IsPostgresDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open connects to dsn — a SQLite file path (optionally "sqlite://path" or
// "file:path") or a postgres:// URL — creating the SQLite file and its
// folder as needed, and brings the schema up to date.
func Open(ctx context.Context, dsn string) (Store, error) {
	s, err := openDB(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if _, err := migrateUp(ctx, s.db, s.dialect); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// Migration is one schema migration and whether it has been applied.
type Migration struct {
	Version   int64
	Name      string // file name, e.g. 00001_init.sql
	Applied   bool
	AppliedAt time.Time // zero when pending
	Duration  time.Duration
}

// MigrateUp applies every pending migration to dsn and returns those it
// applied (none when the schema is current).
func MigrateUp(ctx context.Context, dsn string) ([]Migration, error) {
	s, err := openDB(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer s.db.Close()
	return migrateUp(ctx, s.db, s.dialect)
}

// MigrationStatus lists every known migration of dsn's engine and whether
// it has been applied, without changing anything.
func MigrationStatus(ctx context.Context, dsn string) ([]Migration, error) {
	s, err := openDB(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer s.db.Close()
	p, err := provider(s.db, s.dialect)
	if err != nil {
		return nil, err
	}
	st, err := p.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: migration status (%s): %w", s.dialect, err)
	}
	out := make([]Migration, 0, len(st))
	for _, m := range st {
		out = append(out, Migration{
			Version:   m.Source.Version,
			Name:      filepath.Base(m.Source.Path),
			Applied:   m.State == goose.StateApplied,
			AppliedAt: m.AppliedAt,
		})
	}
	return out, nil
}

func migrateUp(ctx context.Context, db *sql.DB, dialect string) ([]Migration, error) {
	p, err := provider(db, dialect)
	if err != nil {
		return nil, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: migrating %s schema: %w", dialect, err)
	}
	out := make([]Migration, 0, len(res))
	for _, r := range res {
		out = append(out, Migration{Version: r.Source.Version, Name: filepath.Base(r.Source.Path), Applied: true, Duration: r.Duration})
	}
	return out, nil
}

func provider(db *sql.DB, dialect string) (*goose.Provider, error) {
	sub, err := fs.Sub(migrationFiles, "migrations/"+dialect)
	if err != nil {
		return nil, fmt.Errorf("store: migrations for %s: %w", dialect, err)
	}
	var opts []goose.ProviderOption
	gd := goose.DialectSQLite3
	if dialect == dialectPostgres {
		gd = goose.DialectPostgres
		// Several `vigie serve` processes may start at once against one
		// database; an advisory lock makes them migrate one at a time.
		opts = append(opts, goose.WithSessionLocker(schemaLocker{}))
	}
	p, err := goose.NewProvider(gd, db, sub, opts...)
	if err != nil {
		return nil, fmt.Errorf("store: migrations for %s: %w", dialect, err)
	}
	return p, nil
}

// schemaLocker serialises migrations of one schema with a blocking
// PostgreSQL advisory lock keyed by the schema name. goose's own locker
// polls every 5 s on one database-wide key, so unrelated schemas (parallel
// test runs, several deployments in one database) waited on each other.
type schemaLocker struct{}

var _ lock.SessionLocker = schemaLocker{}

const lockKey = "hashtextextended('vigie-migrate:' || current_schema(), 0)"

func (schemaLocker) SessionLock(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock("+lockKey+")"); err != nil {
		return fmt.Errorf("store: migration lock: %w", err)
	}
	return nil
}

func (schemaLocker) SessionUnlock(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_unlock("+lockKey+")"); err != nil {
		return fmt.Errorf("store: migration unlock: %w", err)
	}
	return nil
}

// sqliteDSN turns a file path into a modernc.org/sqlite DSN with the
// pragmas every connection of the pool needs: WAL so readers never block the
// writer, foreign keys (off by default in SQLite), a busy timeout instead of
// immediate SQLITE_BUSY, and BEGIN IMMEDIATE so a write transaction takes the
// write lock up front rather than failing half-way on upgrade.
func sqliteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	// The driver reads "file:" names as URIs: escape what a URI would
	// interpret so that the file is the one the user named.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?" + q.Encode()
}

// SQLiteFile returns the file a SQLite dsn designates.
func SQLiteFile(dsn string) string {
	p := strings.TrimPrefix(dsn, "sqlite://")
	return strings.TrimPrefix(p, "file:")
}

func openDB(ctx context.Context, dsn string) (*sqlStore, error) {
	if dsn == "" {
		return nil, fmt.Errorf("store: open: empty database name: %w", ErrInvalid)
	}
	if IsPostgresDSN(dsn) {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("store: open postgres: %w", err)
		}
		if err := db.PingContext(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("store: connecting to postgres %s: %w", redact(dsn), err)
		}
		return newSQLStore(db, dialectPostgres)
	}
	path := SQLiteFile(dsn)
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store: creating data folder %s: %w", dir, err)
		}
	}
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: opening sqlite %s: %w", path, err)
	}
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || !strings.EqualFold(mode, "wal") {
		db.Close()
		return nil, fmt.Errorf("store: sqlite %s: WAL journal not enabled (got %q): %w", path, mode, errors.Join(err, ErrInvalid))
	}
	return newSQLStore(db, dialectSQLite)
}

// redact hides a password in a database URL before it reaches a log line.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
