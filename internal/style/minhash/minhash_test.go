package minhash

import (
	"math"
	"math/rand/v2"
	"testing"
)

func set(r *rand.Rand, n int) []uint64 {
	s := make([]uint64, n)
	for i := range s {
		s[i] = r.Uint64()
	}
	return s
}

// The estimate converges on the true Jaccard similarity: 120 values give a
// standard error of about 0.045 at J=0.5.
func TestSimilarityEstimatesJaccard(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	h := NewHasher(120, 7)
	for _, shared := range []int{0, 10, 20, 30, 40} {
		common := set(r, shared)
		a := append(append([]uint64{}, common...), set(r, 40-shared)...)
		b := append(append([]uint64{}, common...), set(r, 40-shared)...)
		j := float64(shared) / float64(80-shared)
		est := Similarity(h.Sign(a, nil), h.Sign(b, nil))
		if math.Abs(est-j) > 0.15 {
			t.Errorf("J=%.2f estimated %.2f", j, est)
		}
	}
}

func TestIndexFindsSimilarAndMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	h := NewHasher(120, 7)
	ix, err := NewIndex(120, 40)
	if err != nil {
		t.Fatal(err)
	}
	var sets [][]uint64
	for range 5000 {
		s := set(r, 30)
		sets = append(sets, s)
		if _, err := ix.Add(h.Sign(s, nil)); err != nil {
			t.Fatal(err)
		}
	}
	ix.Build()
	for q := 0; q < 50; q++ {
		// a near copy of set q: 25 of 30 kept, J = 25/35
		near := append(append([]uint64{}, sets[q][:25]...), set(r, 5)...)
		sig := h.Sign(near, nil)
		ms := ix.Query(sig, 0.5)
		if len(ms) == 0 || ms[0].ID != q {
			t.Fatalf("query %d: got %+v", q, ms)
		}
		for id := 0; id < ix.Len(); id++ {
			if s := Similarity(sig, ix.Signature(id)); s >= 0.5 {
				found := false
				for _, m := range ms {
					found = found || m.ID == id
				}
				if !found && s >= 0.6 {
					t.Errorf("query %d: brute force finds %d at %.2f, LSH does not", q, id, s)
				}
			}
		}
	}
	if _, err := NewIndex(120, 7); err == nil {
		t.Error("uneven bands accepted")
	}
	if _, err := ix.Add(make([]uint32, 3)); err == nil {
		t.Error("short signature accepted")
	}
}
