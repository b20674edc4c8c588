package verify

import (
	"context"
	"path/filepath"
	"testing"
)

// TestSealedSets reads the sets kept out of every fix (testdata/sealed,
// see SEALED.md): their figures are the estimate for brands the engine has
// never met, so they are logged, never held to floors, and no rule may be
// written from them. What the test holds them to is their integrity: a gold
// span that no longer matches its post would silently change the estimate.
func TestSealedSets(t *testing.T) {
	files, err := filepath.Glob("testdata/sealed/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no sealed set in testdata/sealed")
	}
	var all []Labelled
	var allRaw [][]byte
	for _, name := range files {
		set, raw := readLabelledFile(t, name)
		clean := 0
		for _, l := range set {
			rs := []rune(l.Post)
			if len(l.Labels) == 0 {
				clean++
			}
			for _, g := range l.Labels {
				if g.Start < 0 || g.End > len(rs) || g.Start >= g.End || string(rs[g.Start:g.End]) != g.Text {
					t.Errorf("%s %s: gold span [%d:%d] %q does not match the post", name, l.ID, g.Start, g.End, g.Text)
				}
			}
		}
		if clean == 0 || clean == len(set) {
			t.Errorf("%s: %d clean posts of %d; a sealed set needs both kinds to measure anything", name, clean, len(set))
		}
		all, allRaw = append(all, set...), append(allRaw, raw...)
	}
	rep, err := Bench(context.Background(), all, allRaw, 1)
	if err != nil {
		t.Fatal(err)
	}
	a := rep.All
	t.Logf("sealed sets (%d posts, logged, not held to floors): span P/R/F1 %.1f/%.1f/%.1f, post F1 %.1f, false alarms %d/%d",
		a.Posts, 100*a.SpanP(), 100*a.SpanR(), 100*a.SpanF1(), 100*a.PostF1(), a.FalseAlarms, a.Clean)
}
