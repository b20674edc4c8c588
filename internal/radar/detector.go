// Package radar turns what is said about a brand into series and detects
// surges in them early, with few false alarms.
package radar

import (
	"math"
	"slices"
	"time"
)

// Params are the detector's settings. Defaults were chosen once on the
// NAB corpus, thresholds corpus-wide (see docs/radar.md); nothing is tuned
// per series.
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

// DefaultParams are the documented defaults: the configuration of
// DefaultGrid whose realTweets scores, averaged with its grid neighbours,
// are best (docs/radar.md, "How they were chosen").
func DefaultParams() Params {
	return Params{Baseline: 4500, Warmup: 288, Scales: []int{1, 3, 12, 36}, Novelty: 4500, NoveltyQ: 0.998, Z0: 5, Refractory: 400, Damp: 0.3}
}

// Detector scores a stream one row at a time; a row's score depends only
// on the rows before it and itself.
type Detector struct {
	p    Params
	c    *core
	z    []float64
	ref  []float64
	qs   []float64
	damp damper
}

// NewDetector returns a detector with p.
func NewDetector(p Params) *Detector {
	return &Detector{p: p, c: newCore(p), z: make([]float64, len(p.Scales)), ref: make([]float64, len(p.Scales)),
		qs: []float64{p.NoveltyQ}, damp: newDamper(p.Refractory, p.Damp)}
}

// Push adds one row and returns its anomaly score in [0,1].
func (d *Detector) Push(_ time.Time, v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	r := 0.0
	if d.c.step(v, d.qs, d.z, d.ref) {
		r = ratio(d.z, d.ref, 1, 0, d.p.Z0)
	}
	out := d.damp.apply(r / (r + 1))
	if d.c.n <= d.p.Warmup || math.IsNaN(out) {
		return 0
	}
	return out
}

// ratio is the mean, over scales, of how far the trailing mean lies from
// the baseline (z) relative to how far such means usually lie (the
// reference quantile j of nq, floored at z0). A scale longer than the rows
// seen so far counts as 0.
func ratio(z, ref []float64, nq, j int, z0 float64) float64 {
	total := 0.0
	for k, zk := range z {
		if math.IsNaN(zk) {
			continue
		}
		r := z0
		if q := ref[k*nq+j]; !math.IsNaN(q) {
			r = math.Max(r, q)
		}
		total += zk / r
	}
	return total / float64(len(z))
}

// damper keeps the full score only for the strongest row of a refractory
// period, so one episode raises one alert, not one per row.
type damper struct {
	past   []float64
	pos    int
	factor float64
}

func newDamper(refractory int, factor float64) damper {
	return damper{past: make([]float64, max(refractory, 0)), factor: factor}
}

func (d *damper) apply(s float64) float64 {
	if len(d.past) == 0 {
		return s
	}
	out := s
	if s <= slices.Max(d.past) {
		out = s * d.factor
	}
	d.past[d.pos] = s
	d.pos = (d.pos + 1) % len(d.past)
	return out
}

// core holds the baseline and the per-scale history of surprises; it
// reports raw surprises and their references so that one pass can serve
// several novelty quantiles and floors (the parameter grid of the bench).
type core struct {
	p      Params
	n      int
	counts bool // every value so far is a non-negative integer
	hist   *rollingQuantiles
	// last max(Scales) transformed values, for the trailing means.
	recent  []float64
	longest int
	// per scale, the surprises of past rows, for the novelty reference.
	zq []*rollingQuantiles
}

func newCore(p Params) *core {
	c := &core{p: p, counts: true, hist: newRolling(max(p.Baseline, 1)), longest: 1}
	if len(p.Scales) > 0 {
		c.longest = max(1, slices.Max(p.Scales))
	}
	for range p.Scales {
		c.zq = append(c.zq, newRolling(max(p.Novelty, 1)))
	}
	return c
}

func isCount(v float64) bool { return v >= 0 && v == math.Trunc(v) && v < 1e15 }

// transform stabilises the variance of counts, whose noise grows with their
// level (Anscombe's square root: a Poisson count becomes roughly unit
// variance), so that 2→20 mentions and 200→2,000 are judged alike.
func (c *core) transform(v float64) float64 {
	if c.counts {
		return 2 * math.Sqrt(v+0.375)
	}
	return v
}

// step adds the finite value v. It reports false while there is no
// baseline yet; otherwise z[k] is scale k's surprise (NaN while the scale
// is longer than the rows seen) and ref[k*len(qs)+j] the qs[j]-quantile of
// that scale's past surprises (NaN when there are none yet).
func (c *core) step(v float64, qs, z, ref []float64) bool {
	if c.counts && !isCount(v) {
		// The series is not a count after all: restart in the raw scale
		// rather than mix scales.
		c.counts = false
		c.hist = newRolling(max(c.p.Baseline, 1))
		c.recent = c.recent[:0]
	}
	y := c.transform(v)
	c.recent = append(c.recent, y)
	if len(c.recent) > c.longest {
		c.recent = c.recent[1:]
	}
	live := c.hist.len() >= 8 && len(c.p.Scales) > 0
	if live {
		med := c.hist.quantile(0.5)
		sd := c.scale(c.hist, med)
		for k, sc := range c.p.Scales {
			z[k] = math.NaN()
			for j := range qs {
				ref[k*len(qs)+j] = math.NaN()
			}
			if len(c.recent) < sc {
				continue
			}
			mean := 0.0
			for _, x := range c.recent[len(c.recent)-sc:] {
				mean += x
			}
			mean /= float64(sc)
			z[k] = math.Abs(mean-med) / sd
			if c.zq[k].len() > 0 {
				for j, q := range qs {
					ref[k*len(qs)+j] = c.zq[k].quantile(q)
				}
			}
			if c.n >= c.p.Warmup {
				c.zq[k].push(z[k])
			}
		}
	}
	c.hist.push(y)
	c.n++
	return live
}

// scale is a robust standard deviation of h around med, floored so that a
// flat history does not turn every small change into an infinite surprise.
func (c *core) scale(h *rollingQuantiles, med float64) float64 {
	sd := 1.4826 * h.mad(med)
	floor := 0.0
	if c.counts {
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
