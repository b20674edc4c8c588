package verify

import (
	"context"
	"os"
	"testing"
)

func TestDbgB12(t *testing.T) {
	f, _ := os.Open("testdata/" + os.Getenv("SET") + ".jsonl")
	set, _, _ := ReadLabelled(f)
	ck := NewChecker()
	for _, l := range set {
		if l.ID != os.Getenv("ID") {
			continue
		}
		res, _ := ck.Check(context.Background(), inputOf(l.Lang, l.Facts, l.Brief, l.Post))
		for _, fd := range res.Findings {
			t.Logf("%s %s %q %s | %s", fd.Kind, fd.Claim, fd.Text, fd.Message, fd.Suggestion)
		}
	}
}
