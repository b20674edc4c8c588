// Package radar turns what is said about a brand into series and detects
// surges in them early, with few false alarms.
package radar

import (
	"math"
	"time"
)

// Params are the detector's settings. Defaults were chosen once on the
// whole NAB corpus (see docs/radar.md); nothing is tuned per series.
type Params struct {
	// Baseline is how many past rows the robust baseline (median and MAD)
	// covers.
	Baseline int
	// Warmup is how many rows the detector sees before it scores anything.
	Warmup int
	// Short is the length, in rows, of the short mean compared with the
	// baseline to catch sustained shifts that no single row shows.
	Short int
	// Z0 is the surprise (in robust standard deviations) that maps to a
	// score of 0.5.
	Z0 float64
	// Refractory is how many rows an alert keeps later, weaker rows of the
	// same episode from alerting again.
	Refractory int
	// Damp multiplies the score of rows that are not the strongest of their
	// refractory period, so one episode raises one alert.
	Damp float64
	// Novelty is how many past rows' surprises a row's surprise is
	// compared with: a row scores above 0.5 only when it is more surprising
	// than all of them (and than Z0).
	Novelty int
	// LogCounts uses log1p instead of Anscombe's square root for counts.
	LogCounts bool
}

// DefaultParams are the documented defaults.
func DefaultParams() Params {
	return Params{Baseline: 4000, Warmup: 288, Short: 6, Z0: 6, Refractory: 288, Damp: 0.3, Novelty: 4000}
}

// Detector scores a stream one row at a time; a row's score depends only
// on the rows before it and itself.
type Detector struct {
	p      Params
	n      int
	counts bool // every value so far is a non-negative integer
	hist   *rollingQuantiles
	recent []float64 // last Short transformed values
	recSum float64
	// surprise of the last Refractory rows, to damp repeats of an episode.
	past    []float64
	pastPos int
	zmax    *rollingMax
}

// NewDetector returns a detector with p.
func NewDetector(p Params) *Detector {
	return &Detector{p: p, counts: true, hist: newRolling(p.Baseline), past: make([]float64, p.Refractory), zmax: newRollingMax(p.Novelty)}
}

func isCount(v float64) bool { return v >= 0 && v == math.Trunc(v) && v < 1e15 }

// transform stabilises the variance of counts, whose noise grows with
// their level, so that a jump from 2 to 20 mentions and one from 200 to
// 2,000 look alike.
func (d *Detector) transform(v float64) float64 {
	if d.counts {
		if d.p.LogCounts {
			return math.Log1p(v)
		}
		return 2 * math.Sqrt(v+0.375)
	}
	return v
}

// Push adds one row and returns its anomaly score in [0,1].
func (d *Detector) Push(_ time.Time, v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	if d.counts && !isCount(v) {
		// The series is not a count after all: restart the baseline in the
		// raw scale rather than mix scales.
		d.counts = false
		d.hist = newRolling(d.p.Baseline)
		d.recent, d.recSum = d.recent[:0], 0
	}
	y := d.transform(v)
	z := d.surprise(y)
	d.hist.push(y)
	d.recent = append(d.recent, y)
	d.recSum += y
	if len(d.recent) > d.p.Short {
		d.recSum -= d.recent[0]
		d.recent = d.recent[1:]
	}
	d.n++
	s := z / (z + d.p.Z0)
	if d.p.Novelty > 0 {
		ref := d.zmax.max()
		d.zmax.push(z)
		r := z / math.Max(ref, d.p.Z0)
		s = r / (r + 1)
	}
	// Only the strongest row of a refractory period keeps its full score.
	out := s
	if len(d.past) > 0 {
		m := 0.0
		for _, q := range d.past {
			m = math.Max(m, q)
		}
		if s <= m {
			out = s * d.p.Damp
		}
		d.past[d.pastPos] = s
		d.pastPos = (d.pastPos + 1) % len(d.past)
	}
	if d.n <= d.p.Warmup {
		return 0
	}
	return out
}

// surprise is how far y (and the short mean ending at y) lie from the
// baseline, in robust standard deviations.
func (d *Detector) surprise(y float64) float64 {
	if d.hist.len() < 8 {
		return 0
	}
	med := d.hist.quantile(0.5)
	sd := 1.4826 * d.hist.mad(med)
	floor := 0.0
	if d.counts {
		// Counting noise: log1p of a Poisson count of mean λ has a standard
		// deviation near 1/sqrt(λ+1), a floor when the MAD collapses to 0.
		floor = 1
		if d.p.LogCounts {
			floor = 1 / math.Sqrt(math.Expm1(med)+1)
		}
	} else {
		floor = 0.01 * (d.hist.quantile(0.99) - d.hist.quantile(0.01))
	}
	sd = math.Max(sd, floor)
	if sd == 0 {
		sd = 1e-9 * math.Max(1, math.Abs(med))
	}
	z := math.Abs(y-med) / sd
	if k := len(d.recent); k >= d.p.Short && d.p.Short > 1 {
		mean := (d.recSum - d.recent[0] + y) / float64(k)
		zs := math.Abs(mean-med) / sd * math.Sqrt(float64(k)) / 2
		z = math.Max(z, zs)
	}
	return z
}
