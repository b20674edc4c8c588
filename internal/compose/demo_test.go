package compose

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/demo"
	"github.com/vigie-cm/vigie/internal/store"
)

// The offline composer over the demo workspace (the brands `vigie serve
// --demo` loads): every brief of every brand, every network, three
// variants, several seeds — every draft passes the real Verify engine.
func TestOfflineOverDemoBrands(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := demo.Seed(ctx, st); err != nil {
		t.Fatal(err)
	}
	n, err := st.CountWorkspaces(ctx)
	if err != nil || n == 0 {
		t.Fatalf("no demo workspace: %v", err)
	}
	total := 0
	for ws := int64(1); ws <= int64(n); ws++ {
		brands, err := st.ListBrands(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range brands {
			facts, err := st.ListFacts(ctx, b.ID, store.FactFilter{At: time.Now()})
			if err != nil {
				t.Fatal(err)
			}
			briefs, err := st.ListBriefs(ctx, b.ID)
			if err != nil {
				t.Fatal(err)
			}
			faq, _ := st.ListFAQ(ctx, b.ID)
			cases := []*brand.Brief{nil}
			for i := range briefs {
				cases = append(cases, &briefs[i])
			}
			for _, br := range cases {
				in := FromBrand(b, facts, br, faq)
				if br == nil {
					in.Brief = b.Name
				}
				in.Networks, in.Variants = append([]string(nil), allNetworks...), 3
				for seed := uint64(1); seed <= 5; seed++ {
					c, _ := New(Options{Verifier: NewEngine(), Seed: seed * 104729})
					ds, err := c.Draft(ctx, in)
					if err != nil {
						t.Fatal(err)
					}
					for _, d := range ds {
						total++
						if d.State != StatePass || d.Length > d.Limit || d.Notice == "" {
							t.Fatalf("%s / %v / %s v%d seed %d: %s %+v\n%s", b.Slug, br != nil, d.Network, d.Variant, seed, d.State, d.Findings, d.Text)
						}
					}
				}
			}
		}
	}
	if total == 0 {
		t.Fatal("no demo brand drafted")
	}
	t.Logf("%d offline drafts over the demo brands, all pass", total)
}
