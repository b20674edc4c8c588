package moderate

import (
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestAdversarialInputsAreFast: hostile inputs must not blow up the
// per-comment cost (the batch interface reads untrusted text).
func TestAdversarialInputsAreFast(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{
		"stars":        strings.Repeat("a*b*", 3000),
		"spaced":       strings.Repeat("a ", 5000),
		"dotted":       strings.Repeat("c.", 5000),
		"negations":    strings.Repeat("ne pas que ", 1000),
		"groups+slurs": strings.Repeat("les juifs sont des rats pas que ", 300),
		"quotes":       strings.Repeat("\" sale \" ", 1000),
		"apostrophes":  strings.Repeat("n't ", 3000),
		"urls":         strings.Repeat("a.b/c ", 2000),
		"letters":      strings.Repeat("x", 100000),
		"masked":       strings.Repeat("f*ck ", 2000),
	}
	for name, in := range inputs {
		t0 := time.Now()
		c.Classify(in, "")
		if d := time.Since(t0); d > testenv.Budget(500*time.Millisecond) {
			t.Errorf("%s: %v for %d bytes", name, d, len(in))
		}
	}
}
