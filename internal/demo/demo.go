// Package demo loads a realistic demo workspace — a French agency with two
// French brands and one English brand, their fact sheets, briefs, FAQ,
// network accounts and past posts, and a team with every role — so that a
// newcomer sees a working product at first start. The content is data:
// embedded YAML, the brands in the brandfile import format, so later
// engines extend the demo by editing files, not code.
package demo

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"path"

	"go.yaml.in/yaml/v3"

	"github.com/vigie-cm/vigie/internal/auth/password"
	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/brandfile"
	"github.com/vigie-cm/vigie/internal/store"
)

//go:embed data/workspace.yaml data/brands/*.yaml
var files embed.FS

var errRace = errors.New("demo: a workspace appeared while seeding")

// Credentials tell the newcomer how to log in, or why nothing was loaded.
type Credentials struct {
	Seeded    bool   // false when the database already had data
	Note      string // what happened, in one sentence
	Workspace string // slug
	Email     string // the owner's login
	Password  string
	Users     []User // every demo account (all share Password)
}

// User is one demo account.
type User struct {
	Email string
	Name  string
	Role  brand.Role
}

type spec struct {
	Workspace struct {
		Name string `yaml:"name"`
		Slug string `yaml:"slug"`
	} `yaml:"workspace"`
	Password string `yaml:"password"`
	Users    []struct {
		Email string `yaml:"email"`
		Name  string `yaml:"name"`
		Role  string `yaml:"role"`
		Lang  string `yaml:"lang"`
	} `yaml:"users"`
	Brands []string `yaml:"brands"`
}

func loadSpec() (spec, error) {
	var sp spec
	b, err := files.ReadFile("data/workspace.yaml")
	if err != nil {
		return sp, fmt.Errorf("demo: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&sp); err != nil {
		return sp, fmt.Errorf("demo: data/workspace.yaml: %w", err)
	}
	if sp.Workspace.Slug == "" || sp.Password == "" || len(sp.Users) == 0 {
		return sp, fmt.Errorf("demo: data/workspace.yaml: workspace slug, password and users are required")
	}
	return sp, nil
}

// Options tune Seed; the zero value is what `vigie demo` uses.
type Options struct {
	// Hash parameters for the demo password; zero means password.DefaultParams.
	// Tests pass cheap ones.
	HashParams password.Params
}

// Seed loads the demo into s when s has no workspace yet, in one
// transaction; otherwise it changes nothing and says so in Credentials.Note.
func Seed(ctx context.Context, s store.Store) (Credentials, error) {
	return SeedWith(ctx, s, Options{})
}

// SeedWith is Seed with options.
func SeedWith(ctx context.Context, s store.Store, opt Options) (Credentials, error) {
	sp, err := loadSpec()
	if err != nil {
		return Credentials{}, err
	}
	n, err := s.CountWorkspaces(ctx)
	if err != nil {
		return Credentials{}, fmt.Errorf("demo: %w", err)
	}
	if n > 0 {
		return Credentials{Note: fmt.Sprintf("the database already has %d workspace(s); the demo was not loaded (it only loads into an empty database)", n)}, nil
	}
	params := opt.HashParams
	if params == (password.Params{}) {
		params = password.DefaultParams
	}
	// One hash for every demo account: they share a documented password,
	// and hashing once keeps the first start fast.
	hash, err := password.HashWith(sp.Password, params)
	if err != nil {
		return Credentials{}, fmt.Errorf("demo: %w", err)
	}
	cred := Credentials{Seeded: true, Workspace: sp.Workspace.Slug, Password: sp.Password}
	err = s.InTx(ctx, func(tx store.Store) error {
		// Re-check inside the transaction: two processes started with
		// --demo at once must not both seed.
		if n, err := tx.CountWorkspaces(ctx); err != nil || n > 0 {
			if err != nil {
				return err
			}
			return errRace
		}
		w := brand.Workspace{Name: sp.Workspace.Name, Slug: sp.Workspace.Slug}
		if err := tx.CreateWorkspace(ctx, &w); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		var owner *int64
		for _, su := range sp.Users {
			role, err := brand.ParseRole(su.Role)
			if err != nil {
				return fmt.Errorf("demo: data/workspace.yaml: user %s: %w", su.Email, err)
			}
			u := brand.User{Email: su.Email, Name: su.Name, PasswordHash: hash, Lang: su.Lang}
			if err := tx.CreateUser(ctx, &u); err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			if err := tx.SetMembership(ctx, brand.Membership{WorkspaceID: w.ID, UserID: u.ID, Role: role}); err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			if role == brand.RoleOwner && owner == nil {
				id := u.ID
				owner = &id
				cred.Email = u.Email
			}
			cred.Users = append(cred.Users, User{Email: u.Email, Name: u.Name, Role: role})
		}
		for _, name := range sp.Brands {
			p := path.Join("data/brands", name)
			data, err := files.ReadFile(p)
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			doc, err := brandfile.Parse(p, data, brandfile.YAML)
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			if _, err := brandfile.Import(ctx, tx, doc, brandfile.Options{WorkspaceID: w.ID, Actor: "demo"}); err != nil {
				return fmt.Errorf("demo: %w", err)
			}
		}
		return tx.AppendAudit(ctx, &brand.AuditEntry{WorkspaceID: w.ID, Actor: "demo", Action: "demo.seed", Entity: "workspace", EntityID: w.ID,
			After: fmt.Sprintf(`{"brands":%d,"users":%d}`, len(sp.Brands), len(sp.Users))})
	})
	if err != nil {
		// Several processes started with --demo against one PostgreSQL
		// database: the losers of the race find the demo already there.
		if errors.Is(err, errRace) || errors.Is(err, store.ErrConflict) {
			if n, cerr := s.CountWorkspaces(ctx); cerr == nil && n > 0 {
				return Credentials{Note: "another process loaded a workspace at the same time; the demo was not loaded again"}, nil
			}
		}
		return Credentials{}, err
	}
	cred.Note = fmt.Sprintf("demo workspace %q loaded with %d brands and %d users", sp.Workspace.Slug, len(sp.Brands), len(sp.Users))
	return cred, nil
}
