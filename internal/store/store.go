// Package store persists Vigie's data model in SQLite (the embedded default,
// pure-Go driver) or PostgreSQL (pgx). Both engines run the same repository
// tests; dialect differences stay inside this package.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
)

// ErrNotFound is returned when a row does not exist (wrapped with context).
var ErrNotFound = errors.New("not found")

// ErrConflict is returned when a unique key is already taken.
var ErrConflict = errors.New("already exists")

// ErrInvalid is returned when a value cannot be stored as given (an empty
// key, an unknown role or kind); the message says which field.
var ErrInvalid = errors.New("invalid")

// Session is a logged-in browser. The token itself is never stored: the
// store keeps its SHA-256, so a copy of the database gives no live session.
type Session struct {
	UserID     int64
	CSRFSecret string // per-session secret the web layer derives CSRF tokens from
	UserAgent  string
	IP         string
	CreatedAt  time.Time
	ExpiresAt  time.Time
}

// FactFilter narrows ListFacts. Facts come back in creation order.
type FactFilter struct {
	// Query is a full-text search over key, text, tags and source: every
	// word must match as a prefix, ignoring case and accents.
	Query string
	Kind  brand.FactKind
	Tag   string // exact tag
	// IncludeExpired also lists facts withdrawn by hand (ExpiredAt passed).
	// Facts outside their validity window are listed either way; use At.
	IncludeExpired bool
	At             time.Time // when non-zero, only facts Active at that time
}

// Store is everything the rest of Vigie may ask of the database. The web app,
// the CLI and the engines depend on this interface, not on an engine.
type Store interface {
	// Dialect is "sqlite" or "postgres".
	Dialect() string
	Ping(ctx context.Context) error
	Close() error

	// InTx runs fn in one transaction: all of it is stored or none of it.
	InTx(ctx context.Context, fn func(tx Store) error) error

	CreateWorkspace(ctx context.Context, w *brand.Workspace) error
	GetWorkspace(ctx context.Context, id int64) (brand.Workspace, error)
	ListWorkspacesForUser(ctx context.Context, userID int64) ([]brand.Workspace, error)
	CountWorkspaces(ctx context.Context) (int, error)
	GetWorkspaceBySlug(ctx context.Context, slug string) (brand.Workspace, error)
	ListWorkspaces(ctx context.Context) ([]brand.Workspace, error)

	CreateUser(ctx context.Context, u *brand.User) error
	GetUser(ctx context.Context, id int64) (brand.User, error)
	GetUserByEmail(ctx context.Context, email string) (brand.User, error)
	UpdateUser(ctx context.Context, u brand.User) error

	SetMembership(ctx context.Context, m brand.Membership) error
	GetMembership(ctx context.Context, workspaceID, userID int64) (brand.Membership, error)
	ListMembers(ctx context.Context, workspaceID int64) ([]brand.Membership, error)
	RemoveMembership(ctx context.Context, workspaceID, userID int64) error

	CreateBrand(ctx context.Context, b *brand.Brand) error
	GetBrand(ctx context.Context, id int64) (brand.Brand, error)
	GetBrandBySlug(ctx context.Context, workspaceID int64, slug string) (brand.Brand, error)
	ListBrands(ctx context.Context, workspaceID int64) ([]brand.Brand, error)
	UpdateBrand(ctx context.Context, b brand.Brand) error

	CreateAccount(ctx context.Context, a *brand.Account) error
	ListAccounts(ctx context.Context, brandID int64) ([]brand.Account, error)
	UpdateAccount(ctx context.Context, a brand.Account) error
	DeleteAccount(ctx context.Context, id int64) error

	CreateFact(ctx context.Context, f *brand.Fact) error
	// CreateFacts inserts many facts in few statements (imports), setting
	// each one's ID; all or none are stored when called inside InTx.
	CreateFacts(ctx context.Context, facts []*brand.Fact) error
	GetFact(ctx context.Context, id int64) (brand.Fact, error)
	GetFactByKey(ctx context.Context, brandID int64, key string) (brand.Fact, error)
	UpdateFact(ctx context.Context, f brand.Fact) error
	ExpireFact(ctx context.Context, id int64, at time.Time) error
	ListFacts(ctx context.Context, brandID int64, filter FactFilter) ([]brand.Fact, error)

	CreateBrief(ctx context.Context, b *brand.Brief) error
	GetBrief(ctx context.Context, id int64) (brand.Brief, error)
	GetBriefByKey(ctx context.Context, brandID int64, key string) (brand.Brief, error)
	UpdateBrief(ctx context.Context, b brand.Brief) error
	ListBriefs(ctx context.Context, brandID int64) ([]brand.Brief, error)
	DeleteBrief(ctx context.Context, id int64) error

	CreateFAQ(ctx context.Context, e *brand.FAQEntry) error
	UpdateFAQ(ctx context.Context, e brand.FAQEntry) error
	ListFAQ(ctx context.Context, brandID int64) ([]brand.FAQEntry, error)
	DeleteFAQ(ctx context.Context, id int64) error

	CreatePost(ctx context.Context, p *brand.Post) error
	ListPosts(ctx context.Context, brandID int64, limit int) ([]brand.Post, error)

	AppendAudit(ctx context.Context, e *brand.AuditEntry) error
	ListAudit(ctx context.Context, workspaceID int64, limit, offset int) ([]brand.AuditEntry, error)

	// CreateSession stores a new session under SHA-256(token); CreatedAt is
	// set when zero, ExpiresAt is required.
	CreateSession(ctx context.Context, token string, s *Session) error
	// GetSession returns the session for token, or ErrNotFound when it does
	// not exist or has expired.
	GetSession(ctx context.Context, token string) (Session, error)
	// TouchSession moves a live session's expiry (sliding sessions).
	TouchSession(ctx context.Context, token string, expiresAt time.Time) error
	DeleteSession(ctx context.Context, token string) error
	// DeleteUserSessions logs a user out everywhere (password change, removal).
	DeleteUserSessions(ctx context.Context, userID int64) error
	// DeleteExpiredSessions removes sessions expired at now and says how many.
	DeleteExpiredSessions(ctx context.Context, now time.Time) (int64, error)

	// RecordLoginAttempt notes a login try for key (an e-mail, an IP) so the
	// web layer can rate-limit across processes.
	RecordLoginAttempt(ctx context.Context, key string, ok bool, at time.Time) error
	// CountLoginFailures counts failed tries for key since a time.
	CountLoginFailures(ctx context.Context, key string, since time.Time) (int, error)
	// PruneLoginAttempts forgets tries older than before.
	PruneLoginAttempts(ctx context.Context, before time.Time) error
}
