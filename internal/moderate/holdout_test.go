package moderate

import (
	"os"
	"testing"
)

// TestHoldoutReport scores testdata/holdout*.jsonl, sentences written after
// the rules and first scored before any change made for them, as an
// estimate of how the rules generalise (docs/moderation.md gives the
// first-run figures).
// It reports; the floor is held by TestFunctionalSuite.
func TestHoldoutReport(t *testing.T) {
	for _, name := range []string{"testdata/holdout.jsonl", "testdata/holdout2.jsonl", "testdata/holdout3.jsonl", "testdata/holdout4.jsonl", "testdata/holdout5.jsonl", "testdata/holdout6.jsonl", "testdata/holdout7.jsonl", "testdata/holdout8.jsonl", "testdata/holdout9.jsonl", "testdata/holdout10.jsonl", "testdata/holdout11.jsonl", "testdata/holdout12.jsonl", "testdata/holdout13.jsonl", "testdata/holdout14.jsonl", "testdata/holdout15.jsonl", "testdata/holdout16.jsonl", "testdata/holdout17.jsonl", "testdata/holdout18.jsonl", "testdata/holdout19.jsonl", "testdata/holdout20.jsonl", "testdata/holdout21.jsonl", "testdata/holdout22.jsonl", "testdata/holdout23.jsonl", "testdata/holdout24.jsonl", "testdata/holdout25.jsonl", "testdata/holdout26.jsonl"} {
		t.Run(name, func(t *testing.T) { holdoutReport(t, name) })
	}
}

func holdoutReport(t *testing.T, holdoutFile string) {
	f, err := os.Open(holdoutFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pass, total := 0, 0
	for _, s := range RunSuite(c, DefaultPolicy(), cases) {
		pass += s.Passed
		total += s.Total
		t.Logf("%-24s %s %d/%d", s.Category, s.Lang, s.Passed, s.Total)
		for _, fl := range s.Failures {
			t.Logf("    FAIL %s", fl)
		}
	}
	t.Logf("holdout: %d/%d", pass, total)
}
