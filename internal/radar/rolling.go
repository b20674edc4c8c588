package radar

import "sort"

// rollingQuantiles keeps the last n values both in arrival order (to evict
// the oldest) and sorted (for medians and MADs in O(log n) search plus an
// O(n) memmove, which beats heaps at the window sizes used here).
type rollingQuantiles struct {
	n      int
	ring   []float64
	head   int
	sorted []float64
}

func newRolling(n int) *rollingQuantiles {
	return &rollingQuantiles{n: n, ring: make([]float64, 0, n), sorted: make([]float64, 0, n)}
}

func (r *rollingQuantiles) len() int { return len(r.sorted) }

func (r *rollingQuantiles) push(v float64) {
	if len(r.ring) < r.n {
		r.ring = append(r.ring, v)
	} else {
		old := r.ring[r.head]
		r.ring[r.head] = v
		r.head = (r.head + 1) % r.n
		i := sort.SearchFloat64s(r.sorted, old)
		r.sorted = append(r.sorted[:i], r.sorted[i+1:]...)
	}
	i := sort.SearchFloat64s(r.sorted, v)
	r.sorted = append(r.sorted, 0)
	copy(r.sorted[i+1:], r.sorted[i:])
	r.sorted[i] = v
}

// quantile by linear interpolation between order statistics.
func (r *rollingQuantiles) quantile(q float64) float64 {
	return quantileSorted(r.sorted, q)
}

func quantileSorted(s []float64, q float64) float64 {
	if len(s) == 0 {
		return 0
	}
	pos := q * float64(len(s)-1)
	i := int(pos)
	if i >= len(s)-1 {
		return s[len(s)-1]
	}
	f := pos - float64(i)
	return s[i]*(1-f) + s[i+1]*f
}

// mad is the median absolute deviation around med. The distances below
// and above med form two sorted runs, so a merge walk to the middle finds
// it in O(n) without sorting.
func (r *rollingQuantiles) mad(med float64) float64 {
	s := r.sorted
	n := len(s)
	if n == 0 {
		return 0
	}
	k := sort.SearchFloat64s(s, med) // s[:k] < med <= s[k:]
	lo, hi := k-1, k
	next := func() float64 {
		if lo >= 0 && (hi >= n || med-s[lo] <= s[hi]-med) {
			d := med - s[lo]
			lo--
			return d
		}
		d := s[hi] - med
		hi++
		return d
	}
	a, b := (n-1)/2, n/2
	var da float64
	for i := 0; i <= a; i++ {
		da = next()
	}
	if a == b {
		return da
	}
	return (da + next()) / 2
}
