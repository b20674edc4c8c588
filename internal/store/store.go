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

// FactFilter narrows ListFacts.
type FactFilter struct {
	Query          string // full-text search over text, key, tags, source
	Kind           brand.FactKind
	Tag            string
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
	DeleteAccount(ctx context.Context, id int64) error

	CreateFact(ctx context.Context, f *brand.Fact) error
	GetFact(ctx context.Context, id int64) (brand.Fact, error)
	UpdateFact(ctx context.Context, f brand.Fact) error
	ExpireFact(ctx context.Context, id int64, at time.Time) error
	ListFacts(ctx context.Context, brandID int64, filter FactFilter) ([]brand.Fact, error)

	CreateBrief(ctx context.Context, b *brand.Brief) error
	GetBrief(ctx context.Context, id int64) (brand.Brief, error)
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
}
