package verify

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestSuggestionsFixTheirClaim: a suggestion is only useful if taking it
// makes the text true. On every labelled set, replacing each contradicted
// span by its suggestion must leave no finding on the replaced words.
func TestSuggestionsFixTheirClaim(t *testing.T) {
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, testenv.SharedData(t)+"/verify/dev.jsonl")
	ck := NewRuleChecker() // every suggestion, whatever its confidence
	ctx := context.Background()
	tried := 0
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		set, _, err := ReadLabelled(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, l := range set {
			res, err := ck.Check(ctx, inputOf(l.Lang, l.Facts, l.Brief, l.Post))
			if err != nil {
				t.Fatalf("%s %s: %v", file, l.ID, err)
			}
			for _, fd := range res.Findings {
				if fd.Kind != Contradicted || fd.Suggestion == "" {
					continue
				}
				tried++
				rs := []rune(l.Post)
				sugg := []rune(fd.Suggestion)
				fixed := string(rs[:fd.Start]) + string(sugg) + string(rs[fd.End:])
				res2, err := ck.Check(ctx, inputOf(l.Lang, l.Facts, l.Brief, fixed))
				if err != nil {
					t.Fatalf("%s %s: %v", file, l.ID, err)
				}
				end := fd.Start + len(sugg)
				for _, f2 := range res2.Findings {
					// another claim's finding over wider words ("Meilleur
					// Ouvrier de France 2024") is not this one
					if f2.Start < end && f2.End > fd.Start && (f2.Kind == Contradicted || f2.Claim == fd.Claim) {
						t.Errorf("%s %s: %q → %q still flagged: %s %s %q (%s)\n  fixed text: %s", filepath.Base(file), l.ID, fd.Text, fd.Suggestion, f2.Kind, f2.Claim, f2.Text, f2.Message, fixed)
					}
				}
			}
		}
	}
	if tried < 50 {
		t.Fatalf("only %d suggestions tried: the labelled sets were not read", tried)
	}
	t.Logf("%d suggestions applied", tried)
}
