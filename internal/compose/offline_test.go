package compose

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// sheets reads the distinct fact sheets and briefs of the shared
// verify/dev.jsonl set: five fictional brands, French and English.
func sheets(t *testing.T) []Input {
	t.Helper()
	f, err := os.Open(filepath.Join(testenv.SharedData(t), "verify", "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := map[string]bool{}
	var out []Input
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l struct {
			Brand, Lang, Brief string
			Facts              []string
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		key := l.Brand + l.Lang + l.Brief
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, Input{Lang: l.Lang, Brand: l.Brand, Brief: l.Brief, Facts: FactsFromStrings(l.Facts)})
	}
	if len(out) < 5 {
		t.Fatalf("only %d sheets", len(out))
	}
	return out
}

var allNetworks = []string{"x", "bluesky", "mastodon", "threads", "instagram", "linkedin", "facebook", "tiktok"}

// The offline composer's promise: every draft passes the real Verify
// engine, fits its network, and says it is the offline composer — over
// every brand sheet, every network, several variants and many seeds.
func TestOfflineNeverInvents(t *testing.T) {
	seeds := 40
	if testing.Short() {
		seeds = 5
	}
	total := 0
	for _, sh := range sheets(t) {
		for seed := 1; seed <= seeds; seed++ {
			c, err := New(Options{Verifier: NewEngine(), Seed: uint64(seed) * 7919})
			if err != nil {
				t.Fatal(err)
			}
			in := sh
			in.Networks = append([]string(nil), allNetworks...)
			in.Variants = 3
			ds, err := c.Draft(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range ds {
				total++
				if d.State != StatePass || d.Verdict != "pass" {
					t.Fatalf("%s %s seed %d v%d: %s with findings %+v\n%s", sh.Brand, d.Network, seed, d.Variant, d.State, d.Findings, d.Text)
				}
				if d.Length > d.Limit || d.Composer != ComposerOffline || d.Notice == "" || d.Calls != 0 {
					t.Fatalf("%s %s: %+v", sh.Brand, d.Network, d)
				}
			}
		}
	}
	t.Logf("%d offline drafts, all pass", total)
}

func TestOfflineVariantsDiffer(t *testing.T) {
	c, _ := New(Options{Verifier: NewEngine()})
	for _, sh := range sheets(t) {
		in := sh
		in.Networks, in.Variants = []string{"facebook", "x"}, 3
		ds, err := c.Draft(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, d := range ds {
			if seen[d.Text] {
				t.Fatalf("%s: two identical variants:\n%s", sh.Brand, d.Text)
			}
			seen[d.Text] = true
		}
		// Variants lead with different news.
		if first(ds[0].Text) == first(ds[1].Text) && first(ds[1].Text) == first(ds[2].Text) {
			t.Errorf("%s: the three variants open the same way", sh.Brand)
		}
	}
}

func first(s string) string {
	if i := strings.IndexAny(s, ".!?"); i > 0 {
		return s[:i]
	}
	return s
}

func TestOfflineAdaptKeepsOwnSentences(t *testing.T) {
	c, _ := New(Options{Verifier: NewEngine()})
	long := "Trente ans de fournées et de sourires ! 🎂 La 43e boulangerie Maison Fournil ouvre le samedi 12 septembre 2026 au 18 rue de la République, à Grenoble. " +
		"La baguette tradition est vendue 1,30 € dans toutes les boutiques Maison Fournil. " + strings.Repeat("Merci à vous. ", 20) + "\n#Fournil30ans #Grenoble #Boulangerie"
	facts := append([]Fact{{ID: "anniversaire", Text: "En 2026, Maison Fournil fête ses 30 ans."}}, fournil...)
	d, err := c.Adapt(context.Background(), AdaptInput{Text: long, Lang: "fr", From: "facebook", To: "x", Facts: facts, Brief: fournilBrief})
	if err != nil {
		t.Fatal(err)
	}
	if d.Length > 280 || d.State != StatePass || !strings.HasSuffix(d.Text, "#Fournil30ans #Grenoble") {
		t.Fatalf("%+v", d)
	}
	for _, s := range splitSentences(d.Text) {
		if !strings.Contains(long, s) {
			t.Fatalf("adapted text has a sentence not in the source: %q", s)
		}
	}
}
