package moderate

import (
	"testing"
)

// TestFunctionalSuite holds the floor: every trap category ≥ 90 % in both
// languages, with the embedded model and the default policy.
func TestFunctionalSuite(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := BuiltinSuite()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range RunSuite(c, DefaultPolicy(), cases) {
		t.Logf("%-24s %s %3d/%3d %.0f%%", s.Category, s.Lang, s.Passed, s.Total, 100*s.Rate())
		for _, f := range s.Failures {
			t.Logf("    FAIL %s", f)
		}
		if s.Rate() < 0.9 {
			t.Errorf("%s/%s: %.0f%% < 90%%", s.Category, s.Lang, 100*s.Rate())
		}
	}
}
