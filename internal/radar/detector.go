// Package radar turns what is said about a brand into series and detects
// surges in them early, with few false alarms.
package radar

import (
	"math"
	"slices"
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
	// Scales are the lengths, in rows, of the trailing means compared with
	// the baseline: 1 catches a single-row spike, longer ones a sustained
	// rise that no single row shows.
	Scales []int
	// Novelty is how many past rows' surprises (per scale) a row's surprise
	// is compared with, and NoveltyQ which quantile of them is the
	// reference: a row scores above 0.5 only when it beats that reference.
	Novelty  int
	NoveltyQ float64
	// Z0 is the smallest reference surprise, in robust standard deviations,
	// so that a series that has been quiet does not alert on small wiggles.
	Z0 float64
	// Refractory is how many rows an alert keeps later, weaker rows of the
	// same episode from alerting again.
	Refractory int
	// Damp multiplies the score of rows that are not the strongest of their
	// refractory period, so one episode raises one alert.
	Damp float64
}

// DefaultParams are the documented defaults.
func DefaultParams() Params {
	return Params{Baseline: 4500, Warmup: 288, Scales: []int{1, 3, 12, 36}, Novelty: 4500, NoveltyQ: 0.998, Z0: 5, Refractory: 400, Damp: 0.3}
}

// Detector scores a stream one row at a time; a row's score depends only
// on the rows before it and itself.
type Detector struct {
	p      Params
	n      int
	counts bool // every value so far is a non-negative integer
	hist   *rollingQuantiles
	// last max(Scales) transformed values, for the trailing means.
	recent  []float64
	longest int
	// per scale, the surprises of past rows, for the novelty reference.
	zq []*rollingQuantiles
	// score of the last Refractory rows, to damp repeats of an episode.
	past    []float64
	pastPos int
}

// NewDetector returns a detector with p.
func NewDetector(p Params) *Detector {
	d := &Detector{p: p, counts: true, hist: newRolling(max(p.Baseline, 1)), past: make([]float64, p.Refractory), longest: 1}
	if len(p.Scales) > 0 {
		d.longest = max(1, slices.Max(p.Scales))
	}
	for range p.Scales {
		d.zq = append(d.zq, newRolling(max(p.Novelty, 1)))
	}
	return d
}

func isCount(v float64) bool { return v >= 0 && v == math.Trunc(v) && v < 1e15 }

// transform stabilises the variance of counts, whose noise grows with their
// level (Anscombe's square root: a Poisson count becomes roughly unit
// variance), so that 2→20 mentions and 200→2,000 are judged alike.
func (d *Detector) transform(v float64) float64 {
	if d.counts {
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
		// The series is not a count after all: restart in the raw scale
		// rather than mix scales.
		d.counts = false
		d.hist = newRolling(max(d.p.Baseline, 1))
		d.recent = d.recent[:0]
	}
	y := d.transform(v)
	d.recent = append(d.recent, y)
	if len(d.recent) > d.longest {
		d.recent = d.recent[1:]
	}
	r := d.novelty(y)
	d.hist.push(y)
	d.n++
	s := r / (r + 1)
	// Only the strongest row of a refractory period keeps its full score.
	out := s
	if len(d.past) > 0 {
		if s <= slices.Max(d.past) {
			out = s * d.p.Damp
		}
		d.past[d.pastPos] = s
		d.pastPos = (d.pastPos + 1) % len(d.past)
	}
	if d.n <= d.p.Warmup || math.IsNaN(out) {
		return 0
	}
	return out
}

// novelty is the mean, over scales, of how far the trailing mean ending at
// y lies from the baseline (in robust standard deviations) relative to how
// far such means usually lie.
func (d *Detector) novelty(y float64) float64 {
	if d.hist.len() < 8 || len(d.p.Scales) == 0 {
		return 0
	}
	med := d.hist.quantile(0.5)
	sd := d.scale(d.hist, med)
	total := 0.0
	for k, sc := range d.p.Scales {
		if len(d.recent) < sc {
			continue
		}
		mean := 0.0
		for _, x := range d.recent[len(d.recent)-sc:] {
			mean += x
		}
		mean /= float64(sc)
		z := math.Abs(mean-med) / sd
		ref := d.p.Z0
		if d.zq[k].len() > 0 {
			ref = math.Max(ref, d.zq[k].quantile(d.p.NoveltyQ))
		}
		if d.n >= d.p.Warmup {
			d.zq[k].push(z)
		}
		total += z / ref
	}
	return total / float64(len(d.p.Scales))
}

// scale is a robust standard deviation of h around med, floored so that a
// flat history does not turn every small change into an infinite surprise.
func (d *Detector) scale(h *rollingQuantiles, med float64) float64 {
	sd := 1.4826 * h.mad(med)
	floor := 0.0
	if d.counts {
		// Counting noise: a Poisson count has unit standard deviation on
		// Anscombe's scale, a floor when the MAD collapses to 0.
		floor = 1
	} else {
		floor = 0.01 * (h.quantile(0.99) - h.quantile(0.01))
	}
	sd = math.Max(sd, floor)
	if sd == 0 {
		sd = 1e-9 * math.Max(1, math.Abs(med))
	}
	return sd
}
