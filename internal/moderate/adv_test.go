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
		// the frames of frames.go, repeated in one clause
		"goback":      strings.Repeat("retourne au bled repars en afrique go back to africa ", 300),
		"wishes":      strings.Repeat("il faut les noyer ces migrants we should gas them ", 300),
		"disclaimers": strings.Repeat("pas raciste mais les roms c'est nul if you don't like flight to kabul ", 200),
		"preference":  strings.Repeat("rather die than muslims plutot crever que juifs ", 300),
		"they":        strings.Repeat("les roms ? ils sont des rats . ", 500),
	}
	for name, in := range inputs {
		t0 := time.Now()
		c.Classify(in, "")
		if d := time.Since(t0); d > testenv.Budget(500*time.Millisecond) {
			t.Errorf("%s: %v for %d bytes", name, d, len(in))
		}
	}
}
