package demo

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/auth/password"
	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

var cheap = Options{HashParams: password.Params{Memory: 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}}

func TestSeed(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, s store.Store) {
		cred, err := SeedWith(ctx, s, cheap)
		if err != nil {
			t.Fatal(err)
		}
		if !cred.Seeded || cred.Email != "demo@vigie.local" || cred.Password == "" {
			t.Fatalf("credentials: %+v", cred)
		}
		u, err := s.GetUserByEmail(ctx, cred.Email)
		if err != nil {
			t.Fatal(err)
		}
		if err := password.Verify(cred.Password, u.PasswordHash); err != nil {
			t.Fatalf("demo password does not verify: %v", err)
		}
		w, err := s.GetWorkspaceBySlug(ctx, cred.Workspace)
		if err != nil {
			t.Fatal(err)
		}
		members, err := s.ListMembers(ctx, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		roles := map[brand.Role]bool{}
		for _, m := range members {
			roles[m.Role] = true
		}
		for _, r := range brand.Roles {
			if !roles[r] {
				t.Errorf("no demo member with role %s", r)
			}
		}
		brands, err := s.ListBrands(ctx, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		langs := map[string]int{}
		for _, b := range brands {
			langs[b.Languages[0]]++
			all, _ := s.ListFacts(ctx, b.ID, store.FactFilter{IncludeExpired: true})
			live, _ := s.ListFacts(ctx, b.ID, store.FactFilter{})
			if len(all) < 10 || len(live) == len(all) {
				t.Errorf("%s: %d facts, %d live: want a real sheet with some expired facts", b.Slug, len(all), len(live))
			}
			kinds := map[brand.FactKind]bool{}
			for _, f := range all {
				kinds[f.Kind] = true
			}
			for _, k := range []brand.FactKind{brand.KindDate, brand.KindPrice, brand.KindPercent, brand.KindCount, brand.KindPlace, brand.KindPerson, brand.KindURL, brand.KindHashtag, brand.KindOffer} {
				if !kinds[k] {
					t.Errorf("%s: no %s fact", b.Slug, k)
				}
			}
			posts, _ := s.ListPosts(ctx, b.ID, 0)
			briefs, _ := s.ListBriefs(ctx, b.ID)
			faq, _ := s.ListFAQ(ctx, b.ID)
			accs, _ := s.ListAccounts(ctx, b.ID)
			if len(posts) < 12 || len(briefs) == 0 || len(faq) == 0 || len(accs) == 0 {
				t.Errorf("%s: %d posts, %d briefs, %d FAQ, %d accounts", b.Slug, len(posts), len(briefs), len(faq), len(accs))
			}
		}
		if langs["fr"] < 2 || langs["en"] < 1 {
			t.Errorf("brand languages: %v, want at least two French and one English", langs)
		}
		// The verification examples the docs promise are there.
		lum, _ := s.GetBrandBySlug(ctx, w.ID, "lumiere")
		f, err := s.GetFactByKey(ctx, lum.ID, "fete-30-ans-date")
		if err != nil || !strings.Contains(f.Text, "samedi 11 septembre 2027") {
			t.Fatalf("weekday example: %+v %v", f, err)
		}
		if d, _ := time.Parse("2006-01-02", f.Value); d.Weekday() != time.Saturday {
			t.Fatalf("the demo says samedi but %s is a %s", f.Value, d.Weekday())
		}
		if h, _ := s.GetFactByKey(ctx, lum.ID, "hashtag-30-ans"); !strings.Contains(h.Text, "#Lumiere30ans") {
			t.Fatalf("hashtag lost in YAML (unquoted #?): %q", h.Text)
		}

		// A second run changes nothing and says why.
		again, err := SeedWith(ctx, s, cheap)
		if err != nil || again.Seeded || !strings.Contains(again.Note, "already") {
			t.Fatalf("second seed: %+v %v", again, err)
		}
		if n, _ := s.CountWorkspaces(ctx); n != 1 {
			t.Fatalf("%d workspaces after a second seed", n)
		}
	})
}

// TestSeedRace starts several seeds at once, as several `serve --demo`
// processes on one database would: one loads the demo, the others say so.
func TestSeedRace(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, s store.Store) {
		const n = 3
		type result struct {
			c   Credentials
			err error
		}
		out := make(chan result, n)
		for i := 0; i < n; i++ {
			go func() {
				c, err := SeedWith(ctx, s, cheap)
				out <- result{c, err}
			}()
		}
		seeded := 0
		for i := 0; i < n; i++ {
			r := <-out
			if r.err != nil {
				t.Errorf("seed %d: %v", i, r.err)
			}
			if r.c.Seeded {
				seeded++
			}
		}
		if seeded != 1 {
			t.Fatalf("%d seeds loaded the demo, want exactly 1", seeded)
		}
		if n, _ := s.CountWorkspaces(ctx); n != 1 {
			t.Fatalf("%d workspaces", n)
		}
	})
}
