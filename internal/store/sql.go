package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/vigie-cm/vigie/internal/brand"
)

// querier is what *sql.DB and *sql.Tx have in common, so one implementation
// serves both the pool and a transaction.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// sqlStore implements Store over database/sql for both engines; the SQL is
// in queries/*.sql and the few differences are named queries per engine.
type sqlStore struct {
	db      *sql.DB
	q       querier
	inTx    bool
	dialect string
	queries map[string]string
}

func newSQLStore(db *sql.DB, dialect string) (*sqlStore, error) {
	qs, err := loadQueries(dialect)
	if err != nil {
		db.Close()
		return nil, err
	}
	return &sqlStore{db: db, q: db, dialect: dialect, queries: qs}, nil
}

func (s *sqlStore) sql(name string) string {
	q, ok := s.queries[name]
	if !ok {
		// A missing query is a programming error caught by any test.
		panic("store: no query named " + name)
	}
	return q
}

func (s *sqlStore) Dialect() string { return s.dialect }

func (s *sqlStore) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("store: ping %s: %w", s.dialect, err)
	}
	return nil
}

func (s *sqlStore) Close() error {
	if s.inTx {
		return errors.New("store: Close called inside a transaction")
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", s.dialect, err)
	}
	return nil
}

// InTx runs fn in a transaction. A call made inside fn's transaction joins
// it, so helpers can use InTx without knowing whether they are nested.
func (s *sqlStore) InTx(ctx context.Context, fn func(tx Store) error) (err error) {
	if s.inTx {
		return fn(s)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin transaction: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	child := *s
	child.q, child.inTx = tx, true
	if err := fn(&child); err != nil {
		if rbErr := tx.Rollback(); rbErr != nil {
			return errors.Join(err, fmt.Errorf("store: rollback: %w", rbErr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// ---- values in and out of the database ----

// tsLayout is fixed-width so that SQLite's text comparison is time order.
const tsLayout = "2006-01-02T15:04:05.000000Z"

func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// ts converts a time to what the engine stores: fixed-width UTC text for
// SQLite, the time itself (TIMESTAMPTZ, microseconds) for PostgreSQL.
func (s *sqlStore) ts(t time.Time) any {
	t = t.UTC().Truncate(time.Microsecond)
	if s.dialect == dialectSQLite {
		return t.Format(tsLayout)
	}
	return t
}

func (s *sqlStore) tsp(t *time.Time) any {
	if t == nil {
		return nil
	}
	return s.ts(*t)
}

func parseDBTime(v any) (time.Time, error) {
	switch x := v.(type) {
	case time.Time:
		return x.UTC(), nil
	case string:
		return parseTimeText(x)
	case []byte:
		return parseTimeText(string(x))
	}
	return time.Time{}, fmt.Errorf("store: cannot read %T as a time", v)
}

func parseTimeText(s string) (time.Time, error) {
	if t, err := time.Parse(tsLayout, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("store: bad stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

type timeScan struct{ p *time.Time }

func (d timeScan) Scan(v any) error {
	if v == nil {
		return errors.New("store: NULL in a NOT NULL time column")
	}
	t, err := parseDBTime(v)
	*d.p = t
	return err
}

type nullTimeScan struct{ p **time.Time }

func (d nullTimeScan) Scan(v any) error {
	if v == nil {
		*d.p = nil
		return nil
	}
	t, err := parseDBTime(v)
	if err != nil {
		return err
	}
	*d.p = &t
	return nil
}

// listScan reads a JSON array of strings; an empty list reads as nil so both
// engines and fresh structs compare equal.
type listScan struct{ p *[]string }

func (d listScan) Scan(v any) error {
	var b []byte
	switch x := v.(type) {
	case nil:
		*d.p = nil
		return nil
	case string:
		b = []byte(x)
	case []byte:
		b = x
	default:
		return fmt.Errorf("store: cannot read %T as a JSON list", v)
	}
	var out []string
	if err := json.Unmarshal(b, &out); err != nil {
		return fmt.Errorf("store: bad stored list %q: %w", b, err)
	}
	if len(out) == 0 {
		out = nil
	}
	*d.p = out
	return nil
}

func listArg(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(l) // a []string always marshals
	return string(b)
}

func networksArg(ns []brand.Network) string {
	l := make([]string, len(ns))
	for i, n := range ns {
		l[i] = string(n)
	}
	return listArg(l)
}

func toNetworks(l []string) []brand.Network {
	if len(l) == 0 {
		return nil
	}
	out := make([]brand.Network, len(l))
	for i, x := range l {
		out[i] = brand.Network(x)
	}
	return out
}

// ---- errors ----

// wrap turns driver errors into the package's sentinels, with context:
// "store: create fact "price" in brand 3: already exists".
func wrap(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	what := fmt.Sprintf(format, args...)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("store: %s: %w", what, ErrNotFound)
	case isUnique(err):
		return fmt.Errorf("store: %s: %w (%v)", what, ErrConflict, err)
	case isForeignKey(err):
		return fmt.Errorf("store: %s: referenced row %w (%v)", what, ErrNotFound, err)
	}
	return fmt.Errorf("store: %s: %w", what, err)
}

func isUnique(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

func isForeignKey(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
	}
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23503"
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("store: %s: %w", fmt.Sprintf(format, args...), ErrInvalid)
}

// affected turns "no row changed" into ErrNotFound.
func affected(res sql.Result, err error, format string, args ...any) error {
	if err != nil {
		return wrap(err, format, args...)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return wrap(err, format, args...)
	}
	if n == 0 {
		return fmt.Errorf("store: %s: %w", fmt.Sprintf(format, args...), ErrNotFound)
	}
	return nil
}

// ---- workspaces ----

func (s *sqlStore) CreateWorkspace(ctx context.Context, w *brand.Workspace) error {
	if strings.TrimSpace(w.Name) == "" || strings.TrimSpace(w.Slug) == "" {
		return invalid("create workspace: name and slug are required")
	}
	if w.CreatedAt.IsZero() {
		w.CreatedAt = now()
	}
	err := s.q.QueryRowContext(ctx, s.sql("workspace.create"), w.Name, w.Slug, s.ts(w.CreatedAt)).Scan(&w.ID)
	return wrap(err, "create workspace %q", w.Slug)
}

func scanWorkspace(sc interface{ Scan(...any) error }) (brand.Workspace, error) {
	var w brand.Workspace
	err := sc.Scan(&w.ID, &w.Name, &w.Slug, timeScan{&w.CreatedAt})
	return w, err
}

func (s *sqlStore) GetWorkspace(ctx context.Context, id int64) (brand.Workspace, error) {
	w, err := scanWorkspace(s.q.QueryRowContext(ctx, s.sql("workspace.get"), id))
	return w, wrap(err, "get workspace %d", id)
}

func (s *sqlStore) GetWorkspaceBySlug(ctx context.Context, slug string) (brand.Workspace, error) {
	w, err := scanWorkspace(s.q.QueryRowContext(ctx, s.sql("workspace.by_slug"), slug))
	return w, wrap(err, "get workspace %q", slug)
}

func (s *sqlStore) listWorkspaces(ctx context.Context, what, query string, args ...any) ([]brand.Workspace, error) {
	rows, err := s.q.QueryContext(ctx, s.sql(query), args...)
	if err != nil {
		return nil, wrap(err, "%s", what)
	}
	defer rows.Close()
	var out []brand.Workspace
	for rows.Next() {
		w, err := scanWorkspace(rows)
		if err != nil {
			return nil, wrap(err, "%s", what)
		}
		out = append(out, w)
	}
	return out, wrap(rows.Err(), "%s", what)
}

func (s *sqlStore) ListWorkspaces(ctx context.Context) ([]brand.Workspace, error) {
	return s.listWorkspaces(ctx, "list workspaces", "workspace.list")
}

func (s *sqlStore) ListWorkspacesForUser(ctx context.Context, userID int64) ([]brand.Workspace, error) {
	return s.listWorkspaces(ctx, fmt.Sprintf("list workspaces of user %d", userID), "workspace.for_user", userID)
}

func (s *sqlStore) CountWorkspaces(ctx context.Context) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, s.sql("workspace.count")).Scan(&n)
	return n, wrap(err, "count workspaces")
}

// ---- users ----

// normEmail makes e-mail lookups case-insensitive on both engines.
func normEmail(e string) string { return strings.ToLower(strings.TrimSpace(e)) }

func (s *sqlStore) CreateUser(ctx context.Context, u *brand.User) error {
	u.Email = normEmail(u.Email)
	if u.Email == "" || !strings.Contains(u.Email, "@") {
		return invalid("create user: e-mail %q is not an address", u.Email)
	}
	if u.CreatedAt.IsZero() {
		u.CreatedAt = now()
	}
	err := s.q.QueryRowContext(ctx, s.sql("user.create"), u.Email, u.Name, u.PasswordHash, u.Lang, s.ts(u.CreatedAt)).Scan(&u.ID)
	return wrap(err, "create user %q", u.Email)
}

func scanUser(sc interface{ Scan(...any) error }) (brand.User, error) {
	var u brand.User
	err := sc.Scan(&u.ID, &u.Email, &u.Name, &u.PasswordHash, &u.Lang, timeScan{&u.CreatedAt})
	return u, err
}

func (s *sqlStore) GetUser(ctx context.Context, id int64) (brand.User, error) {
	u, err := scanUser(s.q.QueryRowContext(ctx, s.sql("user.get"), id))
	return u, wrap(err, "get user %d", id)
}

func (s *sqlStore) GetUserByEmail(ctx context.Context, email string) (brand.User, error) {
	u, err := scanUser(s.q.QueryRowContext(ctx, s.sql("user.by_email"), normEmail(email)))
	return u, wrap(err, "get user %q", normEmail(email))
}

func (s *sqlStore) UpdateUser(ctx context.Context, u brand.User) error {
	u.Email = normEmail(u.Email)
	if u.Email == "" || !strings.Contains(u.Email, "@") {
		return invalid("update user %d: e-mail %q is not an address", u.ID, u.Email)
	}
	res, err := s.q.ExecContext(ctx, s.sql("user.update"), u.ID, u.Email, u.Name, u.PasswordHash, u.Lang)
	return affected(res, err, "update user %d", u.ID)
}

// ---- memberships ----

func (s *sqlStore) SetMembership(ctx context.Context, m brand.Membership) error {
	if !m.Role.Valid() {
		return invalid("set membership of user %d in workspace %d: unknown role %q", m.UserID, m.WorkspaceID, m.Role)
	}
	_, err := s.q.ExecContext(ctx, s.sql("membership.set"), m.WorkspaceID, m.UserID, string(m.Role))
	return wrap(err, "set membership of user %d in workspace %d", m.UserID, m.WorkspaceID)
}

func scanMembership(sc interface{ Scan(...any) error }) (brand.Membership, error) {
	var m brand.Membership
	var role string
	err := sc.Scan(&m.WorkspaceID, &m.UserID, &role, &m.User.ID, &m.User.Email, &m.User.Name, &m.User.PasswordHash, &m.User.Lang, timeScan{&m.User.CreatedAt})
	m.Role = brand.Role(role)
	return m, err
}

func (s *sqlStore) GetMembership(ctx context.Context, workspaceID, userID int64) (brand.Membership, error) {
	m, err := scanMembership(s.q.QueryRowContext(ctx, s.sql("membership.get"), workspaceID, userID))
	return m, wrap(err, "get membership of user %d in workspace %d", userID, workspaceID)
}

func (s *sqlStore) ListMembers(ctx context.Context, workspaceID int64) ([]brand.Membership, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("membership.list"), workspaceID)
	if err != nil {
		return nil, wrap(err, "list members of workspace %d", workspaceID)
	}
	defer rows.Close()
	var out []brand.Membership
	for rows.Next() {
		m, err := scanMembership(rows)
		if err != nil {
			return nil, wrap(err, "list members of workspace %d", workspaceID)
		}
		out = append(out, m)
	}
	return out, wrap(rows.Err(), "list members of workspace %d", workspaceID)
}

func (s *sqlStore) RemoveMembership(ctx context.Context, workspaceID, userID int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("membership.remove"), workspaceID, userID)
	return affected(res, err, "remove user %d from workspace %d", userID, workspaceID)
}

// ---- brands ----

func (s *sqlStore) CreateBrand(ctx context.Context, b *brand.Brand) error {
	if strings.TrimSpace(b.Name) == "" || strings.TrimSpace(b.Slug) == "" {
		return invalid("create brand: name and slug are required")
	}
	t := now()
	if b.CreatedAt.IsZero() {
		b.CreatedAt = t
	}
	if b.UpdatedAt.IsZero() {
		b.UpdatedAt = b.CreatedAt
	}
	err := s.q.QueryRowContext(ctx, s.sql("brand.create"), b.WorkspaceID, b.Name, b.Slug, listArg(b.Languages), b.Voice,
		listArg(b.WordsUse), listArg(b.WordsAvoid), s.ts(b.CreatedAt), s.ts(b.UpdatedAt)).Scan(&b.ID)
	return wrap(err, "create brand %q in workspace %d", b.Slug, b.WorkspaceID)
}

func scanBrand(sc interface{ Scan(...any) error }) (brand.Brand, error) {
	var b brand.Brand
	err := sc.Scan(&b.ID, &b.WorkspaceID, &b.Name, &b.Slug, listScan{&b.Languages}, &b.Voice,
		listScan{&b.WordsUse}, listScan{&b.WordsAvoid}, timeScan{&b.CreatedAt}, timeScan{&b.UpdatedAt})
	return b, err
}

func (s *sqlStore) GetBrand(ctx context.Context, id int64) (brand.Brand, error) {
	b, err := scanBrand(s.q.QueryRowContext(ctx, s.sql("brand.get"), id))
	return b, wrap(err, "get brand %d", id)
}

func (s *sqlStore) GetBrandBySlug(ctx context.Context, workspaceID int64, slug string) (brand.Brand, error) {
	b, err := scanBrand(s.q.QueryRowContext(ctx, s.sql("brand.by_slug"), workspaceID, slug))
	return b, wrap(err, "get brand %q in workspace %d", slug, workspaceID)
}

func (s *sqlStore) ListBrands(ctx context.Context, workspaceID int64) ([]brand.Brand, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("brand.list"), workspaceID)
	if err != nil {
		return nil, wrap(err, "list brands of workspace %d", workspaceID)
	}
	defer rows.Close()
	var out []brand.Brand
	for rows.Next() {
		b, err := scanBrand(rows)
		if err != nil {
			return nil, wrap(err, "list brands of workspace %d", workspaceID)
		}
		out = append(out, b)
	}
	return out, wrap(rows.Err(), "list brands of workspace %d", workspaceID)
}

func (s *sqlStore) UpdateBrand(ctx context.Context, b brand.Brand) error {
	if strings.TrimSpace(b.Name) == "" || strings.TrimSpace(b.Slug) == "" {
		return invalid("update brand %d: name and slug are required", b.ID)
	}
	res, err := s.q.ExecContext(ctx, s.sql("brand.update"), b.ID, b.Name, b.Slug, listArg(b.Languages), b.Voice,
		listArg(b.WordsUse), listArg(b.WordsAvoid), s.ts(now()))
	return affected(res, err, "update brand %d", b.ID)
}

// ---- accounts ----

func (s *sqlStore) CreateAccount(ctx context.Context, a *brand.Account) error {
	if !a.Network.Valid() || strings.TrimSpace(a.Handle) == "" {
		return invalid("create account: network %q and handle %q", a.Network, a.Handle)
	}
	err := s.q.QueryRowContext(ctx, s.sql("account.create"), a.BrandID, string(a.Network), a.Handle, a.AudienceNotes).Scan(&a.ID)
	return wrap(err, "create %s account %q of brand %d", a.Network, a.Handle, a.BrandID)
}

func (s *sqlStore) ListAccounts(ctx context.Context, brandID int64) ([]brand.Account, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("account.list"), brandID)
	if err != nil {
		return nil, wrap(err, "list accounts of brand %d", brandID)
	}
	defer rows.Close()
	var out []brand.Account
	for rows.Next() {
		var a brand.Account
		var n string
		if err := rows.Scan(&a.ID, &a.BrandID, &n, &a.Handle, &a.AudienceNotes); err != nil {
			return nil, wrap(err, "list accounts of brand %d", brandID)
		}
		a.Network = brand.Network(n)
		out = append(out, a)
	}
	return out, wrap(rows.Err(), "list accounts of brand %d", brandID)
}

func (s *sqlStore) UpdateAccount(ctx context.Context, a brand.Account) error {
	if !a.Network.Valid() || strings.TrimSpace(a.Handle) == "" {
		return invalid("update account %d: network %q and handle %q", a.ID, a.Network, a.Handle)
	}
	res, err := s.q.ExecContext(ctx, s.sql("account.update"), a.ID, string(a.Network), a.Handle, a.AudienceNotes)
	return affected(res, err, "update account %d", a.ID)
}

func (s *sqlStore) DeleteAccount(ctx context.Context, id int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("account.delete"), id)
	return affected(res, err, "delete account %d", id)
}

// ---- facts ----

func checkFact(f *brand.Fact) error {
	switch {
	case strings.TrimSpace(f.Key) == "":
		return errors.New("empty key")
	case strings.TrimSpace(f.Text) == "":
		return errors.New("empty text")
	case !f.Kind.Valid():
		return fmt.Errorf("unknown kind %q", f.Kind)
	case f.ValidFrom != nil && f.ValidUntil != nil && f.ValidUntil.Before(*f.ValidFrom):
		return errors.New("valid_until before valid_from")
	}
	return nil
}

func (s *sqlStore) CreateFact(ctx context.Context, f *brand.Fact) error {
	if err := checkFact(f); err != nil {
		return invalid("create fact %q: %v", f.Key, err)
	}
	t := now()
	if f.CreatedAt.IsZero() {
		f.CreatedAt = t
	}
	if f.UpdatedAt.IsZero() {
		f.UpdatedAt = f.CreatedAt
	}
	err := s.q.QueryRowContext(ctx, s.sql("fact.create"), f.BrandID, f.Key, f.Text, f.Lang, string(f.Kind), f.Value, f.Unit, f.Source,
		s.tsp(f.ValidFrom), s.tsp(f.ValidUntil), listArg(f.Tags), s.tsp(f.ExpiredAt), s.ts(f.CreatedAt), s.ts(f.UpdatedAt)).Scan(&f.ID)
	return wrap(err, "create fact %q in brand %d", f.Key, f.BrandID)
}

// factBatch keeps a multi-row INSERT under both engines' limits on bound
// parameters (SQLite 32766, PostgreSQL 65535) at 14 per fact.
const factBatch = 500

func (s *sqlStore) CreateFacts(ctx context.Context, facts []*brand.Fact) error {
	t := now()
	for _, f := range facts {
		if err := checkFact(f); err != nil {
			return invalid("create fact %q: %v", f.Key, err)
		}
		if f.CreatedAt.IsZero() {
			f.CreatedAt = t
		}
		if f.UpdatedAt.IsZero() {
			f.UpdatedAt = f.CreatedAt
		}
	}
	for start := 0; start < len(facts); start += factBatch {
		batch := facts[start:min(start+factBatch, len(facts))]
		var b strings.Builder
		b.WriteString(s.sql("fact.create_many"))
		args := make([]any, 0, 14*len(batch))
		for i, f := range batch {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(" (")
			for j := 1; j <= 14; j++ {
				if j > 1 {
					b.WriteString(", ")
				}
				if s.dialect == dialectSQLite {
					// Anonymous parameters: the driver matches "$N" names
					// one by one, which is quadratic on a long statement.
					b.WriteString("?")
				} else {
					b.WriteString("$" + strconv.Itoa(len(args)+j))
				}
			}
			b.WriteString(")")
			args = append(args, f.BrandID, f.Key, f.Text, f.Lang, string(f.Kind), f.Value, f.Unit, f.Source,
				s.tsp(f.ValidFrom), s.tsp(f.ValidUntil), listArg(f.Tags), s.tsp(f.ExpiredAt), s.ts(f.CreatedAt), s.ts(f.UpdatedAt))
		}
		// Rows come back by key: neither engine promises RETURNING order.
		b.WriteString(" RETURNING id, brand_id, key")
		what := fmt.Sprintf("create %d facts (%q…)", len(batch), batch[0].Key)
		rows, err := s.q.QueryContext(ctx, b.String(), args...)
		if err != nil {
			return wrap(err, "%s", what)
		}
		ids := map[[2]string]int64{}
		for rows.Next() {
			var id, brandID int64
			var key string
			if err := rows.Scan(&id, &brandID, &key); err != nil {
				rows.Close()
				return wrap(err, "%s", what)
			}
			ids[[2]string{strconv.FormatInt(brandID, 10), key}] = id
		}
		if err := rows.Err(); err != nil {
			rows.Close()
			return wrap(err, "%s", what)
		}
		rows.Close()
		for _, f := range batch {
			id, ok := ids[[2]string{strconv.FormatInt(f.BrandID, 10), f.Key}]
			if !ok {
				return fmt.Errorf("store: %s: no id returned for %q", what, f.Key)
			}
			f.ID = id
		}
	}
	return nil
}

func scanFact(sc interface{ Scan(...any) error }) (brand.Fact, error) {
	var f brand.Fact
	var kind string
	err := sc.Scan(&f.ID, &f.BrandID, &f.Key, &f.Text, &f.Lang, &kind, &f.Value, &f.Unit, &f.Source,
		nullTimeScan{&f.ValidFrom}, nullTimeScan{&f.ValidUntil}, listScan{&f.Tags}, nullTimeScan{&f.ExpiredAt},
		timeScan{&f.CreatedAt}, timeScan{&f.UpdatedAt})
	f.Kind = brand.FactKind(kind)
	return f, err
}

func (s *sqlStore) GetFact(ctx context.Context, id int64) (brand.Fact, error) {
	f, err := scanFact(s.q.QueryRowContext(ctx, s.sql("fact.columns")+" WHERE f.id = $1", id))
	return f, wrap(err, "get fact %d", id)
}

func (s *sqlStore) GetFactByKey(ctx context.Context, brandID int64, key string) (brand.Fact, error) {
	f, err := scanFact(s.q.QueryRowContext(ctx, s.sql("fact.columns")+" WHERE f.brand_id = $1 AND f.key = $2", brandID, key))
	return f, wrap(err, "get fact %q of brand %d", key, brandID)
}

func (s *sqlStore) UpdateFact(ctx context.Context, f brand.Fact) error {
	if err := checkFact(&f); err != nil {
		return invalid("update fact %d: %v", f.ID, err)
	}
	res, err := s.q.ExecContext(ctx, s.sql("fact.update"), f.ID, f.Key, f.Text, f.Lang, string(f.Kind), f.Value, f.Unit, f.Source,
		s.tsp(f.ValidFrom), s.tsp(f.ValidUntil), listArg(f.Tags), s.tsp(f.ExpiredAt), s.ts(now()))
	return affected(res, err, "update fact %d (%q)", f.ID, f.Key)
}

func (s *sqlStore) ExpireFact(ctx context.Context, id int64, at time.Time) error {
	if at.IsZero() {
		at = now()
	}
	res, err := s.q.ExecContext(ctx, s.sql("fact.expire"), id, s.ts(at), s.ts(now()))
	return affected(res, err, "expire fact %d", id)
}

// SearchTerms splits a search box's text into the words both engines
// match: letters and digits, each one a prefix, all required. A lone letter
// is dropped: in French it is an elision ("l'été", "d'Uzès") and as a prefix
// it would match almost anything.
func SearchTerms(q string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if r := []rune(t); len(r) == 1 && unicode.IsLetter(r[0]) {
			continue
		}
		out = append(out, t)
	}
	return out
}

func (s *sqlStore) ftsQuery(terms []string) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		if s.dialect == dialectSQLite {
			parts[i] = `"` + t + `"*` // quoted: FTS5 operators in the text stay words
		} else {
			parts[i] = t + ":*"
		}
	}
	if s.dialect == dialectSQLite {
		return strings.Join(parts, " AND ")
	}
	return strings.Join(parts, " & ")
}

func (s *sqlStore) ListFacts(ctx context.Context, brandID int64, filter FactFilter) ([]brand.Fact, error) {
	var b strings.Builder
	args := []any{brandID}
	b.WriteString(s.sql("fact.columns"))
	b.WriteString(" WHERE f.brand_id = $1")
	cond := func(fragment string, vals ...any) {
		for _, v := range vals {
			args = append(args, v)
			fragment = strings.Replace(fragment, "$?", "$"+strconv.Itoa(len(args)), 1)
		}
		b.WriteString(" AND (" + fragment + ")")
	}
	if !filter.IncludeExpired {
		cond("f.expired_at IS NULL OR f.expired_at > $?", s.ts(now()))
	}
	if filter.Kind != "" {
		cond("f.kind = $?", string(filter.Kind))
	}
	if filter.Tag != "" {
		cond(s.sql("fact.filter.tag"), filter.Tag)
	}
	if !filter.At.IsZero() {
		at := s.ts(filter.At)
		cond("(f.expired_at IS NULL OR f.expired_at > $?) AND (f.valid_from IS NULL OR f.valid_from <= $?) AND (f.valid_until IS NULL OR f.valid_until >= $?)", at, at, at)
	}
	if terms := SearchTerms(filter.Query); len(terms) > 0 {
		cond(s.sql("fact.filter.query"), s.ftsQuery(terms))
	}
	b.WriteString(" ORDER BY f.id")
	rows, err := s.q.QueryContext(ctx, b.String(), args...)
	if err != nil {
		return nil, wrap(err, "list facts of brand %d", brandID)
	}
	defer rows.Close()
	var out []brand.Fact
	for rows.Next() {
		f, err := scanFact(rows)
		if err != nil {
			return nil, wrap(err, "list facts of brand %d", brandID)
		}
		out = append(out, f)
	}
	return out, wrap(rows.Err(), "list facts of brand %d", brandID)
}

// ---- briefs ----

func checkBrief(b *brand.Brief) error {
	if strings.TrimSpace(b.Title) == "" {
		return errors.New("empty title")
	}
	for _, n := range b.Networks {
		if !n.Valid() {
			return fmt.Errorf("unknown network %q", n)
		}
	}
	if b.StartsOn != nil && b.EndsOn != nil && b.EndsOn.Before(*b.StartsOn) {
		return errors.New("ends_on before starts_on")
	}
	return nil
}

func (s *sqlStore) CreateBrief(ctx context.Context, b *brand.Brief) error {
	if err := checkBrief(b); err != nil {
		return invalid("create brief %q: %v", b.Key, err)
	}
	if b.CreatedAt.IsZero() {
		b.CreatedAt = now()
	}
	if b.UpdatedAt.IsZero() {
		b.UpdatedAt = b.CreatedAt
	}
	err := s.q.QueryRowContext(ctx, s.sql("brief.create"), b.BrandID, b.Key, b.Title, b.Objective, listArg(b.KeyMessages), listArg(b.FactKeys),
		b.Audience, networksArg(b.Networks), s.tsp(b.StartsOn), s.tsp(b.EndsOn), s.ts(b.CreatedAt), s.ts(b.UpdatedAt)).Scan(&b.ID)
	return wrap(err, "create brief %q in brand %d", b.Key, b.BrandID)
}

func scanBrief(sc interface{ Scan(...any) error }) (brand.Brief, error) {
	var b brand.Brief
	var nets []string
	err := sc.Scan(&b.ID, &b.BrandID, &b.Key, &b.Title, &b.Objective, listScan{&b.KeyMessages}, listScan{&b.FactKeys},
		&b.Audience, listScan{&nets}, nullTimeScan{&b.StartsOn}, nullTimeScan{&b.EndsOn}, timeScan{&b.CreatedAt}, timeScan{&b.UpdatedAt})
	b.Networks = toNetworks(nets)
	return b, err
}

func (s *sqlStore) GetBrief(ctx context.Context, id int64) (brand.Brief, error) {
	b, err := scanBrief(s.q.QueryRowContext(ctx, s.sql("brief.columns")+" WHERE id = $1", id))
	return b, wrap(err, "get brief %d", id)
}

func (s *sqlStore) GetBriefByKey(ctx context.Context, brandID int64, key string) (brand.Brief, error) {
	if key == "" {
		return brand.Brief{}, invalid("get brief of brand %d: empty key", brandID)
	}
	b, err := scanBrief(s.q.QueryRowContext(ctx, s.sql("brief.columns")+" WHERE brand_id = $1 AND key = $2", brandID, key))
	return b, wrap(err, "get brief %q of brand %d", key, brandID)
}

func (s *sqlStore) UpdateBrief(ctx context.Context, b brand.Brief) error {
	if err := checkBrief(&b); err != nil {
		return invalid("update brief %d: %v", b.ID, err)
	}
	res, err := s.q.ExecContext(ctx, s.sql("brief.update"), b.ID, b.Key, b.Title, b.Objective, listArg(b.KeyMessages), listArg(b.FactKeys),
		b.Audience, networksArg(b.Networks), s.tsp(b.StartsOn), s.tsp(b.EndsOn), s.ts(now()))
	return affected(res, err, "update brief %d (%q)", b.ID, b.Key)
}

func (s *sqlStore) ListBriefs(ctx context.Context, brandID int64) ([]brand.Brief, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("brief.columns")+" WHERE brand_id = $1 ORDER BY id", brandID)
	if err != nil {
		return nil, wrap(err, "list briefs of brand %d", brandID)
	}
	defer rows.Close()
	var out []brand.Brief
	for rows.Next() {
		b, err := scanBrief(rows)
		if err != nil {
			return nil, wrap(err, "list briefs of brand %d", brandID)
		}
		out = append(out, b)
	}
	return out, wrap(rows.Err(), "list briefs of brand %d", brandID)
}

func (s *sqlStore) DeleteBrief(ctx context.Context, id int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("brief.delete"), id)
	return affected(res, err, "delete brief %d", id)
}

// ---- FAQ ----

func (s *sqlStore) CreateFAQ(ctx context.Context, e *brand.FAQEntry) error {
	if strings.TrimSpace(e.Question) == "" || strings.TrimSpace(e.Answer) == "" {
		return invalid("create FAQ entry: question and answer are required")
	}
	err := s.q.QueryRowContext(ctx, s.sql("faq.create"), e.BrandID, e.Question, e.Answer, e.Lang).Scan(&e.ID)
	return wrap(err, "create FAQ entry in brand %d", e.BrandID)
}

func (s *sqlStore) UpdateFAQ(ctx context.Context, e brand.FAQEntry) error {
	if strings.TrimSpace(e.Question) == "" || strings.TrimSpace(e.Answer) == "" {
		return invalid("update FAQ entry %d: question and answer are required", e.ID)
	}
	res, err := s.q.ExecContext(ctx, s.sql("faq.update"), e.ID, e.Question, e.Answer, e.Lang)
	return affected(res, err, "update FAQ entry %d", e.ID)
}

func (s *sqlStore) ListFAQ(ctx context.Context, brandID int64) ([]brand.FAQEntry, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("faq.list"), brandID)
	if err != nil {
		return nil, wrap(err, "list FAQ of brand %d", brandID)
	}
	defer rows.Close()
	var out []brand.FAQEntry
	for rows.Next() {
		var e brand.FAQEntry
		if err := rows.Scan(&e.ID, &e.BrandID, &e.Question, &e.Answer, &e.Lang); err != nil {
			return nil, wrap(err, "list FAQ of brand %d", brandID)
		}
		out = append(out, e)
	}
	return out, wrap(rows.Err(), "list FAQ of brand %d", brandID)
}

func (s *sqlStore) DeleteFAQ(ctx context.Context, id int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("faq.delete"), id)
	return affected(res, err, "delete FAQ entry %d", id)
}

// ---- posts ----

func (s *sqlStore) CreatePost(ctx context.Context, p *brand.Post) error {
	if strings.TrimSpace(p.Text) == "" {
		return invalid("create post: empty text")
	}
	if p.Network != "" && !p.Network.Valid() {
		return invalid("create post: unknown network %q", p.Network)
	}
	if p.CreatedAt.IsZero() {
		p.CreatedAt = now()
	}
	err := s.q.QueryRowContext(ctx, s.sql("post.create"), p.BrandID, string(p.Network), p.Lang, p.Text, s.tsp(p.PublishedAt), s.ts(p.CreatedAt)).Scan(&p.ID)
	return wrap(err, "create post in brand %d", p.BrandID)
}

// ListPosts returns the brand's posts, most recently published first and
// unpublished ones last; limit <= 0 means all.
func (s *sqlStore) ListPosts(ctx context.Context, brandID int64, limit int) ([]brand.Post, error) {
	if limit <= 0 {
		limit = math.MaxInt32
	}
	rows, err := s.q.QueryContext(ctx, s.sql("post.list"), brandID, limit)
	if err != nil {
		return nil, wrap(err, "list posts of brand %d", brandID)
	}
	defer rows.Close()
	var out []brand.Post
	for rows.Next() {
		var p brand.Post
		var n string
		if err := rows.Scan(&p.ID, &p.BrandID, &n, &p.Lang, &p.Text, nullTimeScan{&p.PublishedAt}, timeScan{&p.CreatedAt}); err != nil {
			return nil, wrap(err, "list posts of brand %d", brandID)
		}
		p.Network = brand.Network(n)
		out = append(out, p)
	}
	return out, wrap(rows.Err(), "list posts of brand %d", brandID)
}

// ---- audit ----

func (s *sqlStore) AppendAudit(ctx context.Context, e *brand.AuditEntry) error {
	if e.Action == "" {
		return invalid("append audit entry: empty action")
	}
	for name, v := range map[string]string{"before": e.Before, "after": e.After} {
		if v != "" && !json.Valid([]byte(v)) {
			return invalid("append audit entry %s: %s is not JSON", e.Action, name)
		}
	}
	if e.Actor == "" {
		e.Actor = "system"
	}
	if e.At.IsZero() {
		e.At = now()
	}
	var uid any
	if e.UserID != nil {
		uid = *e.UserID
	}
	err := s.q.QueryRowContext(ctx, s.sql("audit.append"), e.WorkspaceID, uid, e.Actor, e.Action, e.Entity, e.EntityID, e.Before, e.After, s.ts(e.At)).Scan(&e.ID)
	return wrap(err, "append audit entry %s in workspace %d", e.Action, e.WorkspaceID)
}

// ListAudit returns a workspace's audit log, newest first.
func (s *sqlStore) ListAudit(ctx context.Context, workspaceID int64, limit, offset int) ([]brand.AuditEntry, error) {
	if limit <= 0 {
		limit = math.MaxInt32
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := s.q.QueryContext(ctx, s.sql("audit.list"), workspaceID, limit, offset)
	if err != nil {
		return nil, wrap(err, "list audit log of workspace %d", workspaceID)
	}
	defer rows.Close()
	var out []brand.AuditEntry
	for rows.Next() {
		var e brand.AuditEntry
		var uid sql.NullInt64
		if err := rows.Scan(&e.ID, &e.WorkspaceID, &uid, &e.Actor, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, timeScan{&e.At}); err != nil {
			return nil, wrap(err, "list audit log of workspace %d", workspaceID)
		}
		if uid.Valid {
			e.UserID = &uid.Int64
		}
		out = append(out, e)
	}
	return out, wrap(rows.Err(), "list audit log of workspace %d", workspaceID)
}

// ---- sessions and login attempts ----

func tokenHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

func (s *sqlStore) CreateSession(ctx context.Context, token string, se *Session) error {
	if len(token) < 16 {
		return invalid("create session: token shorter than 16 bytes")
	}
	if se.ExpiresAt.IsZero() {
		return invalid("create session: no expiry")
	}
	if se.CreatedAt.IsZero() {
		se.CreatedAt = now()
	}
	_, err := s.q.ExecContext(ctx, s.sql("session.create"), tokenHash(token), se.UserID, se.CSRFSecret, se.UserAgent, se.IP, s.ts(se.CreatedAt), s.ts(se.ExpiresAt))
	return wrap(err, "create session for user %d", se.UserID)
}

func (s *sqlStore) GetSession(ctx context.Context, token string) (Session, error) {
	var se Session
	err := s.q.QueryRowContext(ctx, s.sql("session.get"), tokenHash(token), s.ts(now())).
		Scan(&se.UserID, &se.CSRFSecret, &se.UserAgent, &se.IP, timeScan{&se.CreatedAt}, timeScan{&se.ExpiresAt})
	return se, wrap(err, "get session")
}

func (s *sqlStore) TouchSession(ctx context.Context, token string, expiresAt time.Time) error {
	res, err := s.q.ExecContext(ctx, s.sql("session.touch"), tokenHash(token), s.ts(expiresAt), s.ts(now()))
	return affected(res, err, "touch session")
}

func (s *sqlStore) DeleteSession(ctx context.Context, token string) error {
	_, err := s.q.ExecContext(ctx, s.sql("session.delete"), tokenHash(token))
	return wrap(err, "delete session")
}

func (s *sqlStore) DeleteUserSessions(ctx context.Context, userID int64) error {
	_, err := s.q.ExecContext(ctx, s.sql("session.delete_user"), userID)
	return wrap(err, "delete sessions of user %d", userID)
}

func (s *sqlStore) DeleteExpiredSessions(ctx context.Context, at time.Time) (int64, error) {
	res, err := s.q.ExecContext(ctx, s.sql("session.delete_expired"), s.ts(at))
	if err != nil {
		return 0, wrap(err, "delete expired sessions")
	}
	n, err := res.RowsAffected()
	return n, wrap(err, "delete expired sessions")
}

func (s *sqlStore) RecordLoginAttempt(ctx context.Context, key string, ok bool, at time.Time) error {
	if at.IsZero() {
		at = now()
	}
	_, err := s.q.ExecContext(ctx, s.sql("login.record"), key, ok, s.ts(at))
	return wrap(err, "record login attempt")
}

func (s *sqlStore) CountLoginFailures(ctx context.Context, key string, since time.Time) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, s.sql("login.failures"), key, s.ts(since)).Scan(&n)
	return n, wrap(err, "count login failures")
}

func (s *sqlStore) PruneLoginAttempts(ctx context.Context, before time.Time) error {
	_, err := s.q.ExecContext(ctx, s.sql("login.prune"), s.ts(before))
	return wrap(err, "prune login attempts")
}
