package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

var ctx = context.Background()

func day(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

// fixture makes a workspace with one brand.
func fixture(t *testing.T, s store.Store) (brand.Workspace, brand.Brand) {
	t.Helper()
	w := brand.Workspace{Name: "Agence Horizon", Slug: "horizon"}
	if err := s.CreateWorkspace(ctx, &w); err != nil {
		t.Fatal(err)
	}
	b := brand.Brand{WorkspaceID: w.ID, Name: "Boulangerie Lumière", Slug: "lumiere", Languages: []string{"fr", "en"},
		Voice: "chaleureuse", WordsUse: []string{"fait maison"}, WordsAvoid: []string{"incroyable"}}
	if err := s.CreateBrand(ctx, &b); err != nil {
		t.Fatal(err)
	}
	return w, b
}

func TestOpenMigrations(t *testing.T) {
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) {
			dsn := b.DSN(t)
			st, err := store.MigrationStatus(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			if len(st) == 0 || st[0].Applied {
				t.Fatalf("fresh database: status %+v, want pending migrations", st)
			}
			applied, err := store.MigrateUp(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			if len(applied) != len(st) {
				t.Fatalf("applied %d migrations, want %d", len(applied), len(st))
			}
			again, err := store.MigrateUp(ctx, dsn)
			if err != nil || len(again) != 0 {
				t.Fatalf("second MigrateUp: %v, %d applied; want nothing to do", err, len(again))
			}
			st, err = store.MigrationStatus(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range st {
				if !m.Applied || m.AppliedAt.IsZero() {
					t.Fatalf("after up: %+v not applied", m)
				}
			}
			s, err := store.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if s.Dialect() != b.Name {
				t.Fatalf("dialect %q, want %q", s.Dialect(), b.Name)
			}
			if err := s.Ping(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestWorkspacesUsersMembers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		if n, err := s.CountWorkspaces(ctx); err != nil || n != 0 {
			t.Fatalf("empty db: %d workspaces, %v", n, err)
		}
		w, _ := fixture(t, s)
		if err := s.CreateWorkspace(ctx, &brand.Workspace{Name: "Autre", Slug: "horizon"}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("duplicate slug: got %v, want ErrConflict", err)
		}
		got, err := s.GetWorkspaceBySlug(ctx, "horizon")
		if err != nil || got.ID != w.ID || got.Name != "Agence Horizon" || !got.CreatedAt.Equal(w.CreatedAt) {
			t.Fatalf("by slug: %+v, %v (want %+v)", got, err, w)
		}
		if _, err := s.GetWorkspace(ctx, w.ID+100); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("missing workspace: %v", err)
		}

		u := brand.User{Email: " Claire@Example.FR ", Name: "Claire", PasswordHash: "$argon2id$x", Lang: "fr"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateUser(ctx, &brand.User{Email: "claire@example.fr", Name: "Dup"}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("duplicate e-mail (other case): %v", err)
		}
		if err := s.CreateUser(ctx, &brand.User{Email: "nope", Name: "X"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("bad e-mail: %v", err)
		}
		byMail, err := s.GetUserByEmail(ctx, "CLAIRE@example.fr")
		if err != nil || byMail.ID != u.ID || byMail.Email != "claire@example.fr" || byMail.PasswordHash != "$argon2id$x" {
			t.Fatalf("by e-mail: %+v, %v", byMail, err)
		}
		byMail.Name, byMail.Lang = "Claire M.", "en"
		if err := s.UpdateUser(ctx, byMail); err != nil {
			t.Fatal(err)
		}
		if g, _ := s.GetUser(ctx, u.ID); g.Name != "Claire M." || g.Lang != "en" {
			t.Fatalf("after update: %+v", g)
		}
		if err := s.UpdateUser(ctx, brand.User{ID: 999, Email: "x@y.z"}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("update missing user: %v", err)
		}

		a := brand.User{Email: "a@example.fr", Name: "Analyste"}
		if err := s.CreateUser(ctx, &a); err != nil {
			t.Fatal(err)
		}
		if err := s.SetMembership(ctx, brand.Membership{WorkspaceID: w.ID, UserID: a.ID, Role: brand.RoleAnalyst}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetMembership(ctx, brand.Membership{WorkspaceID: w.ID, UserID: u.ID, Role: brand.RoleEditor}); err != nil {
			t.Fatal(err)
		}
		// Setting again changes the role rather than failing.
		if err := s.SetMembership(ctx, brand.Membership{WorkspaceID: w.ID, UserID: u.ID, Role: brand.RoleOwner}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetMembership(ctx, brand.Membership{WorkspaceID: w.ID, UserID: u.ID, Role: "boss"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("unknown role: %v", err)
		}
		if err := s.SetMembership(ctx, brand.Membership{WorkspaceID: w.ID, UserID: 4242, Role: brand.RoleEditor}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("membership of a missing user: %v", err)
		}
		m, err := s.GetMembership(ctx, w.ID, u.ID)
		if err != nil || m.Role != brand.RoleOwner || m.User.Email != "claire@example.fr" {
			t.Fatalf("membership: %+v, %v", m, err)
		}
		members, err := s.ListMembers(ctx, w.ID)
		if err != nil || len(members) != 2 || members[0].UserID != u.ID || members[1].Role != brand.RoleAnalyst {
			t.Fatalf("members (owner first): %+v, %v", members, err)
		}
		ws, err := s.ListWorkspacesForUser(ctx, a.ID)
		if err != nil || len(ws) != 1 || ws[0].ID != w.ID {
			t.Fatalf("workspaces for user: %+v, %v", ws, err)
		}
		if err := s.RemoveMembership(ctx, w.ID, a.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.RemoveMembership(ctx, w.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("second removal: %v", err)
		}
		if _, err := s.GetMembership(ctx, w.ID, a.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("removed membership: %v", err)
		}
		all, err := s.ListWorkspaces(ctx)
		if err != nil || len(all) != 1 {
			t.Fatalf("list workspaces: %v %v", all, err)
		}
	})
}

func TestBrandsAccounts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		w, b := fixture(t, s)
		got, err := s.GetBrandBySlug(ctx, w.ID, "lumiere")
		if err != nil {
			t.Fatal(err)
		}
		want := b
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("brand round trip:\n got %+v\nwant %+v", got, want)
		}
		if err := s.CreateBrand(ctx, &brand.Brand{WorkspaceID: w.ID, Name: "Autre", Slug: "lumiere"}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("duplicate brand slug: %v", err)
		}
		if err := s.CreateBrand(ctx, &brand.Brand{WorkspaceID: w.ID + 77, Name: "Orpheline", Slug: "x"}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("brand in a missing workspace: %v", err)
		}
		got.Voice, got.WordsAvoid, got.Languages = "sobre", nil, []string{"fr"}
		if err := s.UpdateBrand(ctx, got); err != nil {
			t.Fatal(err)
		}
		again, _ := s.GetBrand(ctx, b.ID)
		if again.Voice != "sobre" || again.WordsAvoid != nil || !reflect.DeepEqual(again.Languages, []string{"fr"}) || again.UpdatedAt.Before(b.UpdatedAt) {
			t.Fatalf("after update: %+v", again)
		}
		b2 := brand.Brand{WorkspaceID: w.ID, Name: "Vélo Vert", Slug: "velo-vert"}
		if err := s.CreateBrand(ctx, &b2); err != nil {
			t.Fatal(err)
		}
		list, err := s.ListBrands(ctx, w.ID)
		if err != nil || len(list) != 2 || list[1].Slug != "velo-vert" {
			t.Fatalf("list brands: %+v %v", list, err)
		}

		acc := brand.Account{BrandID: b.ID, Network: brand.NetworkInstagram, Handle: "@lumiere", AudienceNotes: "25-40 ans"}
		if err := s.CreateAccount(ctx, &acc); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateAccount(ctx, &brand.Account{BrandID: b.ID, Network: brand.NetworkInstagram, Handle: "@lumiere"}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("duplicate account: %v", err)
		}
		if err := s.CreateAccount(ctx, &brand.Account{BrandID: b.ID, Network: "myspace", Handle: "x"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("unknown network: %v", err)
		}
		acc.AudienceNotes = "30-50 ans"
		if err := s.UpdateAccount(ctx, acc); err != nil {
			t.Fatal(err)
		}
		accs, err := s.ListAccounts(ctx, b.ID)
		if err != nil || len(accs) != 1 || accs[0] != acc {
			t.Fatalf("accounts: %+v %v", accs, err)
		}
		if err := s.DeleteAccount(ctx, acc.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteAccount(ctx, acc.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("delete twice: %v", err)
		}
	})
}

func TestFacts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		_, b := fixture(t, s)
		mk := func(f brand.Fact) brand.Fact {
			t.Helper()
			f.BrandID = b.ID
			if err := s.CreateFact(ctx, &f); err != nil {
				t.Fatalf("create %s: %v", f.Key, err)
			}
			return f
		}
		anniv := mk(brand.Fact{Key: "anniversaire-date", Text: "La fête des 30 ans a lieu le samedi 12 septembre 2026 à Nîmes.", Lang: "fr",
			Kind: brand.KindDate, Value: "2026-09-12", Source: "https://lumiere.example/fete", Tags: []string{"été", "fête"},
			ValidFrom: day("2026-06-01"), ValidUntil: day("2026-09-13")})
		price := mk(brand.Fact{Key: "prix-baguette", Text: "La baguette tradition coûte 1,30 €.", Lang: "fr", Kind: brand.KindPrice, Value: "1.30", Unit: "EUR", Tags: []string{"prix"}})
		old := mk(brand.Fact{Key: "offre-printemps", Text: "Offre de printemps : -20 % sur les viennoiseries.", Lang: "fr", Kind: brand.KindOffer, Value: "20", Unit: "%",
			ValidUntil: day("2026-04-30"), Tags: []string{"offre"}})
		mk(brand.Fact{Key: "chef", Text: "Le chef boulanger est Éloïse Martin.", Lang: "fr", Kind: brand.KindPerson, Value: "Éloïse Martin"})

		got, err := s.GetFact(ctx, anniv.ID)
		if err != nil || !reflect.DeepEqual(got, anniv) {
			t.Fatalf("fact round trip:\n got %+v\nwant %+v (%v)", got, anniv, err)
		}
		if byKey, err := s.GetFactByKey(ctx, b.ID, "prix-baguette"); err != nil || byKey.ID != price.ID {
			t.Fatalf("by key: %+v %v", byKey, err)
		}
		if err := s.CreateFact(ctx, &brand.Fact{BrandID: b.ID, Key: "prix-baguette", Text: "autre"}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("duplicate key: %v", err)
		}
		for name, f := range map[string]brand.Fact{
			"empty key":      {BrandID: b.ID, Text: "x"},
			"empty text":     {BrandID: b.ID, Key: "k"},
			"unknown kind":   {BrandID: b.ID, Key: "k", Text: "x", Kind: "colour"},
			"inverted dates": {BrandID: b.ID, Key: "k", Text: "x", ValidFrom: day("2026-02-01"), ValidUntil: day("2026-01-01")},
		} {
			if err := s.CreateFact(ctx, &f); !errors.Is(err, store.ErrInvalid) {
				t.Errorf("%s: got %v, want ErrInvalid", name, err)
			}
		}

		keys := func(fs []brand.Fact) string {
			var ks []string
			for _, f := range fs {
				ks = append(ks, f.Key)
			}
			sort.Strings(ks)
			return strings.Join(ks, ",")
		}
		list := func(f store.FactFilter) string {
			t.Helper()
			fs, err := s.ListFacts(ctx, b.ID, f)
			if err != nil {
				t.Fatalf("list %+v: %v", f, err)
			}
			return keys(fs)
		}
		cases := []struct {
			name   string
			filter store.FactFilter
			want   string
		}{
			{"all", store.FactFilter{}, "anniversaire-date,chef,offre-printemps,prix-baguette"},
			{"kind", store.FactFilter{Kind: brand.KindPrice}, "prix-baguette"},
			{"tag with accent", store.FactFilter{Tag: "été"}, "anniversaire-date"},
			{"search without accents", store.FactFilter{Query: "nimes"}, "anniversaire-date"},
			{"search accent-folded name", store.FactFilter{Query: "eloise"}, "chef"},
			{"search prefix and case", store.FactFilter{Query: "BAGU"}, "prix-baguette"},
			{"search all words", store.FactFilter{Query: "baguette nîmes"}, ""},
			{"search in tags", store.FactFilter{Query: "fete"}, "anniversaire-date"},
			{"search with an elision", store.FactFilter{Query: "l'été"}, "anniversaire-date"},
			{"search for a digit", store.FactFilter{Query: "1"}, "anniversaire-date,prix-baguette"},
			{"search in source", store.FactFilter{Query: "lumiere.example"}, "anniversaire-date"},
			{"search operators are words", store.FactFilter{Query: `prix OR "NEAR(`}, ""},
			{"search punctuation only", store.FactFilter{Query: "!!"}, "anniversaire-date,chef,offre-printemps,prix-baguette"},
			{"active in July", store.FactFilter{At: *day("2026-07-14")}, "anniversaire-date,chef,prix-baguette"},
			{"active in April", store.FactFilter{At: *day("2026-04-10")}, "chef,offre-printemps,prix-baguette"},
			{"search and kind", store.FactFilter{Query: "offre", Kind: brand.KindOffer}, "offre-printemps"},
		}
		for _, c := range cases {
			if got := list(c.filter); got != c.want {
				t.Errorf("%s: got [%s], want [%s]", c.name, got, c.want)
			}
		}

		// Expiring hides the fact by default, keeps it for history.
		if err := s.ExpireFact(ctx, old.ID, time.Time{}); err != nil {
			t.Fatal(err)
		}
		if got := list(store.FactFilter{}); got != "anniversaire-date,chef,prix-baguette" {
			t.Fatalf("after expiry: %s", got)
		}
		if got := list(store.FactFilter{IncludeExpired: true}); got != "anniversaire-date,chef,offre-printemps,prix-baguette" {
			t.Fatalf("include expired: %s", got)
		}
		// Expired now, it was still true in April (history is kept).
		if got := list(store.FactFilter{IncludeExpired: true, At: *day("2026-04-10")}); got != "chef,offre-printemps,prix-baguette" {
			t.Fatalf("fact expired today not active in the past: %s", got)
		}
		if got := list(store.FactFilter{IncludeExpired: true, At: time.Now().Add(time.Minute)}); strings.Contains(got, "offre") {
			t.Fatalf("expired fact active after its expiry: %s", got)
		}
		exp, _ := s.GetFact(ctx, old.ID)
		if exp.ExpiredAt == nil || exp.Active(time.Now()) {
			t.Fatalf("expired fact: %+v", exp)
		}
		// An expiry in the future leaves the fact listed until then.
		if err := s.ExpireFact(ctx, price.ID, time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if got := list(store.FactFilter{Kind: brand.KindPrice}); got != "prix-baguette" {
			t.Fatalf("future expiry hid the fact: %q", got)
		}

		// Updates reach the search index.
		p, _ := s.GetFact(ctx, price.ID)
		p.Text, p.Value, p.Tags = "La baguette tradition coûte 1,40 € depuis janvier.", "1.40", nil
		if err := s.UpdateFact(ctx, p); err != nil {
			t.Fatal(err)
		}
		if got := list(store.FactFilter{Query: "janvier"}); got != "prix-baguette" {
			t.Fatalf("search after update: %q", got)
		}
		if got := list(store.FactFilter{Tag: "prix"}); got != "" {
			t.Fatalf("tag removed by update still matches: %q", got)
		}
		p2, _ := s.GetFact(ctx, price.ID)
		if p2.Value != "1.40" || p2.Tags != nil || !p2.UpdatedAt.After(price.UpdatedAt) && !p2.UpdatedAt.Equal(price.UpdatedAt) {
			t.Fatalf("after update: %+v", p2)
		}
		p2.Key = "chef"
		if err := s.UpdateFact(ctx, p2); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("rename onto a taken key: %v", err)
		}
		if err := s.ExpireFact(ctx, 123456, time.Time{}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("expire missing fact: %v", err)
		}
		// Facts are per brand: another brand may reuse a key.
		b2 := brand.Brand{WorkspaceID: b.WorkspaceID, Name: "B2", Slug: "b2"}
		if err := s.CreateBrand(ctx, &b2); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateFact(ctx, &brand.Fact{BrandID: b2.ID, Key: "chef", Text: "Le chef est Paul."}); err != nil {
			t.Fatalf("same key in another brand: %v", err)
		}
		if got := list(store.FactFilter{Query: "paul"}); got != "" {
			t.Fatalf("search leaked across brands: %q", got)
		}
	})
}

func TestBriefsFAQPosts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		_, b := fixture(t, s)
		br := brand.Brief{BrandID: b.ID, Key: "rentree", Title: "Rentrée", Objective: "Faire venir les familles",
			KeyMessages: []string{"30 ans", "goûter offert"}, FactKeys: []string{"anniversaire-date"}, Audience: "familles",
			Networks: []brand.Network{brand.NetworkFacebook, brand.NetworkInstagram}, StartsOn: day("2026-09-01"), EndsOn: day("2026-09-15")}
		if err := s.CreateBrief(ctx, &br); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetBriefByKey(ctx, b.ID, "rentree")
		if err != nil || !reflect.DeepEqual(got, br) {
			t.Fatalf("brief round trip:\n got %+v\nwant %+v (%v)", got, br, err)
		}
		if err := s.CreateBrief(ctx, &brand.Brief{BrandID: b.ID, Key: "rentree", Title: "x"}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("duplicate brief key: %v", err)
		}
		// Several briefs without a key are fine.
		for i := 0; i < 2; i++ {
			if err := s.CreateBrief(ctx, &brand.Brief{BrandID: b.ID, Title: "Sans clé"}); err != nil {
				t.Fatalf("keyless brief %d: %v", i, err)
			}
		}
		got.Title, got.Networks, got.EndsOn = "Rentrée 2026", nil, nil
		if err := s.UpdateBrief(ctx, got); err != nil {
			t.Fatal(err)
		}
		if g, _ := s.GetBrief(ctx, br.ID); g.Title != "Rentrée 2026" || g.Networks != nil || g.EndsOn != nil {
			t.Fatalf("after update: %+v", g)
		}
		list, err := s.ListBriefs(ctx, b.ID)
		if err != nil || len(list) != 3 {
			t.Fatalf("list briefs: %d %v", len(list), err)
		}
		if err := s.DeleteBrief(ctx, list[2].ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetBrief(ctx, list[2].ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("deleted brief: %v", err)
		}

		q := brand.FAQEntry{BrandID: b.ID, Question: "Êtes-vous ouverts le dimanche ?", Answer: "Oui, de 7h à 13h.", Lang: "fr"}
		if err := s.CreateFAQ(ctx, &q); err != nil {
			t.Fatal(err)
		}
		q.Answer = "Oui, de 7h à 13h30."
		if err := s.UpdateFAQ(ctx, q); err != nil {
			t.Fatal(err)
		}
		faq, err := s.ListFAQ(ctx, b.ID)
		if err != nil || len(faq) != 1 || faq[0] != q {
			t.Fatalf("faq: %+v %v", faq, err)
		}
		if err := s.DeleteFAQ(ctx, q.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.UpdateFAQ(ctx, q); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("update deleted FAQ: %v", err)
		}

		for i, d := range []string{"2026-03-01", "2026-05-01", "2026-04-01"} {
			p := brand.Post{BrandID: b.ID, Network: brand.NetworkFacebook, Lang: "fr", Text: "Post " + d, PublishedAt: day(d)}
			if err := s.CreatePost(ctx, &p); err != nil {
				t.Fatalf("post %d: %v", i, err)
			}
		}
		if err := s.CreatePost(ctx, &brand.Post{BrandID: b.ID, Text: "Brouillon"}); err != nil {
			t.Fatal(err)
		}
		posts, err := s.ListPosts(ctx, b.ID, 0)
		if err != nil || len(posts) != 4 {
			t.Fatalf("posts: %d %v", len(posts), err)
		}
		if posts[0].Text != "Post 2026-05-01" || posts[2].Text != "Post 2026-03-01" || posts[3].PublishedAt != nil {
			t.Fatalf("post order: %q %q %q %q", posts[0].Text, posts[1].Text, posts[2].Text, posts[3].Text)
		}
		if two, _ := s.ListPosts(ctx, b.ID, 2); len(two) != 2 {
			t.Fatalf("limit 2: %d posts", len(two))
		}
	})
}

func TestTransactionsAndAudit(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		w, b := fixture(t, s)
		boom := errors.New("boom")
		err := s.InTx(ctx, func(tx store.Store) error {
			if err := tx.CreateFact(ctx, &brand.Fact{BrandID: b.ID, Key: "a", Text: "A"}); err != nil {
				return err
			}
			// A nested InTx joins the outer transaction.
			if err := tx.InTx(ctx, func(tx2 store.Store) error {
				return tx2.CreateFact(ctx, &brand.Fact{BrandID: b.ID, Key: "b", Text: "B"})
			}); err != nil {
				return err
			}
			if fs, err := tx.ListFacts(ctx, b.ID, store.FactFilter{}); err != nil || len(fs) != 2 {
				t.Errorf("inside the transaction: %d facts, %v", len(fs), err)
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("InTx returned %v, want boom", err)
		}
		if fs, _ := s.ListFacts(ctx, b.ID, store.FactFilter{Query: "a b"}); len(fs) != 0 {
			t.Fatalf("rolled-back facts visible in search: %+v", fs)
		}
		if fs, _ := s.ListFacts(ctx, b.ID, store.FactFilter{}); len(fs) != 0 {
			t.Fatalf("rolled-back facts stored: %+v", fs)
		}
		// A failing statement (unique conflict) rolls back what came before.
		err = s.InTx(ctx, func(tx store.Store) error {
			if err := tx.CreateFact(ctx, &brand.Fact{BrandID: b.ID, Key: "c", Text: "C"}); err != nil {
				return err
			}
			return tx.CreateFact(ctx, &brand.Fact{BrandID: b.ID, Key: "c", Text: "C again"})
		})
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("conflict in tx: %v", err)
		}
		if _, err := s.GetFactByKey(ctx, b.ID, "c"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("first insert survived the rollback: %v", err)
		}
		// A panic rolls back too and goes on panicking.
		func() {
			defer func() {
				if recover() == nil {
					t.Error("panic swallowed")
				}
			}()
			_ = s.InTx(ctx, func(tx store.Store) error {
				_ = tx.CreateFact(ctx, &brand.Fact{BrandID: b.ID, Key: "p", Text: "P"})
				panic("oops")
			})
		}()
		if _, err := s.GetFactByKey(ctx, b.ID, "p"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("insert before panic survived: %v", err)
		}
		// And a successful one commits.
		var id int64
		if err := s.InTx(ctx, func(tx store.Store) error {
			f := brand.Fact{BrandID: b.ID, Key: "ok", Text: "OK"}
			if err := tx.CreateFact(ctx, &f); err != nil {
				return err
			}
			id = f.ID
			return tx.AppendAudit(ctx, &brand.AuditEntry{WorkspaceID: w.ID, Action: "fact.create", Entity: "fact", EntityID: f.ID, After: `{"key":"ok"}`})
		}); err != nil {
			t.Fatal(err)
		}

		u := brand.User{Email: "r@example.fr", Name: "Rev"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		e := brand.AuditEntry{WorkspaceID: w.ID, UserID: &u.ID, Actor: "Rev", Action: "fact.expire", Entity: "fact", EntityID: id,
			Before: `{"expired_at":null}`, After: `{"expired_at":"2026-05-01"}`}
		if err := s.AppendAudit(ctx, &e); err != nil {
			t.Fatal(err)
		}
		if err := s.AppendAudit(ctx, &brand.AuditEntry{WorkspaceID: w.ID, Action: "x", After: "{not json"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("bad JSON in audit: %v", err)
		}
		log, err := s.ListAudit(ctx, w.ID, 10, 0)
		if err != nil || len(log) != 2 {
			t.Fatalf("audit: %+v %v", log, err)
		}
		if log[0].Action != "fact.expire" || *log[0].UserID != u.ID || log[0].Before != e.Before || !log[0].At.Equal(e.At) {
			t.Fatalf("newest audit entry: %+v", log[0])
		}
		if log[1].Actor != "system" || log[1].UserID != nil || log[1].EntityID != id {
			t.Fatalf("system audit entry: %+v", log[1])
		}
		if page, _ := s.ListAudit(ctx, w.ID, 1, 1); len(page) != 1 || page[0].ID != log[1].ID {
			t.Fatalf("audit paging: %+v", page)
		}
	})
}

func TestSessions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		u := brand.User{Email: "s@example.fr", Name: "S"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		token := "tok-0123456789abcdef-live"
		se := store.Session{UserID: u.ID, CSRFSecret: "csrf", UserAgent: "test", IP: "127.0.0.1", ExpiresAt: time.Now().Add(time.Hour)}
		if err := s.CreateSession(ctx, token, &se); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetSession(ctx, token)
		if err != nil || got.UserID != u.ID || got.CSRFSecret != "csrf" || got.IP != "127.0.0.1" {
			t.Fatalf("session: %+v %v", got, err)
		}
		if _, err := s.GetSession(ctx, token+"x"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("wrong token: %v", err)
		}
		if err := s.CreateSession(ctx, token, &store.Session{UserID: u.ID, ExpiresAt: time.Now().Add(time.Hour)}); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("same token twice: %v", err)
		}
		later := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Microsecond)
		if err := s.TouchSession(ctx, token, later); err != nil {
			t.Fatal(err)
		}
		if g, _ := s.GetSession(ctx, token); !g.ExpiresAt.Equal(later) {
			t.Fatalf("touch: expires %v, want %v", g.ExpiresAt, later)
		}
		dead := "tok-0123456789abcdef-dead"
		if err := s.CreateSession(ctx, dead, &store.Session{UserID: u.ID, ExpiresAt: time.Now().Add(-time.Minute)}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetSession(ctx, dead); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("expired session returned: %v", err)
		}
		if err := s.TouchSession(ctx, dead, later); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("touch revived an expired session: %v", err)
		}
		if n, err := s.DeleteExpiredSessions(ctx, time.Now()); err != nil || n != 1 {
			t.Fatalf("delete expired: %d %v", n, err)
		}
		if err := s.DeleteSession(ctx, token); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetSession(ctx, token); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("deleted session: %v", err)
		}
		for i := 0; i < 2; i++ {
			if err := s.CreateSession(ctx, "tok-0123456789abcdef-"+string(rune('a'+i)), &store.Session{UserID: u.ID, ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.DeleteUserSessions(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetSession(ctx, "tok-0123456789abcdef-a"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("session after logout everywhere: %v", err)
		}

		t0 := time.Now().Add(-time.Minute)
		for _, ok := range []bool{false, false, true, false} {
			if err := s.RecordLoginAttempt(ctx, "s@example.fr", ok, time.Time{}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.RecordLoginAttempt(ctx, "s@example.fr", false, time.Now().Add(-2*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if n, err := s.CountLoginFailures(ctx, "s@example.fr", t0); err != nil || n != 3 {
			t.Fatalf("failures in the last minute: %d %v", n, err)
		}
		if err := s.PruneLoginAttempts(ctx, time.Now().Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.CountLoginFailures(ctx, "s@example.fr", time.Time{}); n != 3 {
			t.Fatalf("after prune: %d failures, want 3", n)
		}
	})
}

// TestConcurrentWrites checks that the SQLite pool (WAL, busy timeout,
// immediate transactions) serialises writers instead of failing with
// SQLITE_BUSY, and that PostgreSQL does the same work.
func TestConcurrentWrites(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		_, b := fixture(t, s)
		const n = 8
		errs := make(chan error, n)
		for i := 0; i < n; i++ {
			go func(i int) {
				errs <- s.InTx(ctx, func(tx store.Store) error {
					if _, err := tx.ListFacts(ctx, b.ID, store.FactFilter{}); err != nil {
						return err
					}
					return tx.CreateFact(ctx, &brand.Fact{BrandID: b.ID, Key: "k" + string(rune('a'+i)), Text: "fact"})
				})
			}(i)
		}
		for i := 0; i < n; i++ {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
		if fs, _ := s.ListFacts(ctx, b.ID, store.FactFilter{}); len(fs) != n {
			t.Fatalf("%d facts, want %d", len(fs), n)
		}
	})
}

// TestSQLiteFileName checks that the file is the one named, even with
// characters a URI would interpret, and that its folder is created.
func TestSQLiteFileName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new folder", "my db%20x?y#z.db")
	for _, dsn := range []string{path, "sqlite://" + path} {
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path); err != nil {
			t.Fatalf("%s: %v", dsn, err)
		}
	}
}

func TestCreateFacts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		_, b := fixture(t, s)
		var fs []*brand.Fact
		for i := 0; i < 1203; i++ { // more than two batches
			fs = append(fs, &brand.Fact{BrandID: b.ID, Key: fmt.Sprintf("k%04d", i), Text: fmt.Sprintf("Fait numéro %d à Nîmes", i),
				Kind: brand.KindCount, Value: fmt.Sprint(i), Tags: []string{"lot"}, ValidUntil: day("2027-01-01")})
		}
		if err := s.CreateFacts(ctx, fs); err != nil {
			t.Fatal(err)
		}
		for _, i := range []int{0, 499, 500, 1202} {
			got, err := s.GetFactByKey(ctx, b.ID, fs[i].Key)
			if err != nil || got.ID != fs[i].ID || got.Value != fmt.Sprint(i) || got.ValidUntil == nil {
				t.Fatalf("fact %d: %+v %v (id set to %d)", i, got, err, fs[i].ID)
			}
		}
		if got, _ := s.ListFacts(ctx, b.ID, store.FactFilter{Query: "nimes 1202"}); len(got) != 1 || got[0].Key != "k1202" {
			t.Fatalf("bulk-inserted facts not searchable: %d found", len(got))
		}
		// A conflict in the second batch undoes the first inside a transaction.
		var more []*brand.Fact
		for i := 0; i < 600; i++ {
			more = append(more, &brand.Fact{BrandID: b.ID, Key: fmt.Sprintf("new%04d", i), Text: "x"})
		}
		more[550].Key = "k0001"
		err := s.InTx(ctx, func(tx store.Store) error { return tx.CreateFacts(ctx, more) })
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("conflict: %v", err)
		}
		if _, err := s.GetFactByKey(ctx, b.ID, "new0000"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("first batch survived: %v", err)
		}
		if err := s.CreateFacts(ctx, []*brand.Fact{{BrandID: b.ID, Key: "ok", Text: "x"}, {BrandID: b.ID, Key: "bad", Text: "x", Kind: "colour"}}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("invalid kind: %v", err)
		}
		if _, err := s.GetFactByKey(ctx, b.ID, "ok"); !errors.Is(err, store.ErrNotFound) {
			t.Fatal("a batch with an invalid fact was partly stored")
		}
		if err := s.CreateFacts(ctx, nil); err != nil {
			t.Fatalf("empty batch: %v", err)
		}
	})
}
