package verify

import (
	"math/rand/v2"
	"testing"
)

// TestFlatForestMatches: Check scores with the flattened forest, the
// training and the tests read confModel; both must agree to the bit.
func TestFlatForestMatches(t *testing.T) {
	// the features take the trees' thresholds and values around them, so
	// that every branch is walked
	var vals []float64
	for _, tr := range confModel.Trees {
		for _, n := range tr {
			if n.F >= 0 {
				vals = append(vals, n.Thr, n.Thr-1e-9, n.Thr+1e-9)
			}
		}
	}
	vals = append(vals, 0, 1)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var x confVec
		for i := range x {
			x[i] = vals[r.IntN(len(vals))]
		}
		if a, b := confModel.confidence(&x), confFlat.confidence(&x); a != b {
			t.Fatalf("flat forest gives %v, the forest %v", b, a)
		}
	}
}
