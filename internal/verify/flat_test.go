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
	if confFlat.deep != nil {
		t.Errorf("confModel has a tree deeper than two: scored by the slow walk")
	}
	// a root alone, and a tree of depth three, which is scored as it is
	m := confForest{Base: 0.5, Trees: [][]confNode{{{F: -1, Leaf: 0.25}},
		{{F: 1, Thr: 0.5, Left: 1, Right: 2}, {F: -1, Leaf: 1}, {F: 2, Thr: 0.5, Left: 3, Right: 4},
			{F: 3, Thr: 0.5, Left: 5, Right: 6}, {F: -1, Leaf: 2}, {F: -1, Leaf: 3}, {F: -1, Leaf: 4}}}}
	ff := flatten(&m)
	if ff.deep == nil {
		t.Fatal("a tree of depth three was flattened")
	}
	for k := range 16 {
		var x confVec
		for i := 0; i < 4; i++ {
			x[i] = float64(k >> i & 1)
		}
		if a, b := m.confidence(&x), ff.confidence(&x); a != b {
			t.Fatalf("x=%v: flat forest gives %v, the forest %v", x[:4], b, a)
		}
		m1 := confForest{Base: m.Base, Trees: m.Trees[:1]}
		if a, b := m1.confidence(&x), flatten(&m1).confidence(&x); a != b {
			t.Fatalf("a lone leaf: flat forest gives %v, the forest %v", b, a)
		}
	}
}

// realVecs are the features of the first-run findings the model was
// trained on: the branches the forest takes on real findings.
func realVecs(b *testing.B) []confVec {
	var xs []confVec
	for _, set := range loadFirstRuns(b) {
		for _, e := range set.ex {
			xs = append(xs, e.x)
		}
	}
	return xs
}
func BenchmarkConfidenceForest(b *testing.B) {
	xs := realVecs(b)
	for i := 0; b.Loop(); i++ {
		confModel.confidence(&xs[i%len(xs)])
	}
}

func BenchmarkConfidenceFlat(b *testing.B) {
	xs := realVecs(b)
	for i := 0; b.Loop(); i++ {
		confFlat.confidence(&xs[i%len(xs)])
	}
}
