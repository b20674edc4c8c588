package radar

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

func poissonSeries(seed uint64, n int, rate func(i int) float64) ([]time.Time, []float64) {
	r := rand.New(rand.NewPCG(seed, 7))
	times := make([]time.Time, n)
	values := make([]float64, n)
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		times[i] = t0.Add(time.Duration(i) * 5 * time.Minute)
		// Knuth's method is fine at these rates.
		l, k, p := math.Exp(-rate(i)), 0, 1.0
		for {
			p *= r.Float64()
			if p <= l {
				break
			}
			k++
		}
		values[i] = float64(k)
	}
	return times, values
}

// A row's score must not depend on any later row.
func TestDetectorIsCausal(t *testing.T) {
	times, values := poissonSeries(1, 3000, func(i int) float64 { return 8 + 4*math.Sin(float64(i)/46) })
	full := DetectSeries(DefaultParams(), times, values)
	for _, cut := range []int{500, 1777, 2999} {
		part := DetectSeries(DefaultParams(), times[:cut], values[:cut])
		for i := range part {
			if part[i] != full[i] {
				t.Fatalf("row %d scores %v on a prefix of %d rows but %v on the whole series", i, part[i], cut, full[i])
			}
		}
	}
	for i, s := range full {
		if s < 0 || s > 1 || math.IsNaN(s) {
			t.Fatalf("row %d: score %v outside [0,1]", i, s)
		}
	}
}

// A burst of mentions in a noisy series is the most anomalous point, and
// it is flagged at its first row, not only at its peak.
func TestDetectorFlagsBurstEarly(t *testing.T) {
	times, values := poissonSeries(2, 4000, func(i int) float64 {
		base := 5 + 3*math.Sin(2*math.Pi*float64(i)/288)
		if i >= 3000 && i < 3012 {
			return base * 8
		}
		return base
	})
	scores := DetectSeries(DefaultParams(), times, values)
	quiet := 0.0
	for i := 600; i < 2990; i++ {
		quiet = max(quiet, scores[i])
	}
	// Some threshold alerts on the burst's first rows and nowhere before.
	if first := max(scores[3000], scores[3001]); first <= quiet*1.1 {
		t.Fatalf("burst start scores %.3f, %.3f; a quiet row scores %.3f", scores[3000], scores[3001], quiet)
	}
}

func TestDetectorSurvivesOddInput(t *testing.T) {
	d := NewDetector(DefaultParams())
	t0 := time.Unix(0, 0)
	for i, v := range []float64{math.NaN(), math.Inf(1), -3, 0.5, 1e300, -1e300, 0, 0, 0} {
		if s := d.Push(t0.Add(time.Duration(i)*time.Minute), v); s < 0 || s > 1 || math.IsNaN(s) {
			t.Fatalf("value %v: score %v", v, s)
		}
	}
}
