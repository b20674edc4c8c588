package radar

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"sync"
	"time"
)

// Resolutions the aggregates keep. Every mention updates one cell of each,
// so a query at any of them reads pre-aggregated cells: a day at 1 minute
// is 1,440 cells whatever the volume.
var Resolutions = []time.Duration{time.Minute, 5 * time.Minute, time.Hour, 24 * time.Hour}

// hllPrecision per resolution: more registers where a cell covers more
// authors (standard error 1.04/√2^p: 6.5% at minutes, 1.6% per hour, 0.8% per day).
var hllPrecision = []uint8{8, 10, 12, 14}

// Observation is what the aggregates need from a classified mention.
type Observation struct {
	Time     time.Time
	Author   string
	Reach    int64
	Negative bool
}

// Point is one bucket of a series.
type Point struct {
	Start    time.Time `json:"start"`
	Volume   int64     `json:"volume"`
	Negative int64     `json:"negative"`
	// NegativeShare is Negative/Volume (0 when empty).
	NegativeShare float64 `json:"negative_share"`
	// Reach is the summed reach of the bucket's mentions (reach-weighted volume).
	Reach int64 `json:"reach"`
	// Authors estimates distinct authors (exact up to a few hundred per
	// bucket, HyperLogLog beyond).
	Authors int64 `json:"authors"`
}

type cell struct {
	volume, negative uint32
	reach            uint64
	authors          *sketch
}

// daySeries holds one UTC day of one series at every resolution.
type daySeries struct {
	levels [4][]cell // 1440, 288, 24, 1 cells
}

func newDay() *daySeries {
	d := &daySeries{}
	for i, r := range Resolutions {
		d.levels[i] = make([]cell, int(24*time.Hour/r))
	}
	return d
}

// Series is one brand's (or one query's) mention aggregates.
type Series struct {
	mu    sync.RWMutex
	days  map[int64]*daySeries // by UTC day number
	dirty map[int64]struct{}   // days changed since TakeDirty
}

// NewSeries returns an empty series.
func NewSeries() *Series { return &Series{days: map[int64]*daySeries{}, dirty: map[int64]struct{}{}} }

// authorHash must be the same in every process and every run: stored
// sketches (MarshalDay) are merged with authors counted after a restart,
// and a per-process seed would count the same author twice. FNV-1a, then
// a 64-bit finaliser (splitmix64) so that the top bits, which pick a
// HyperLogLog register, are well mixed even for short names.
func authorHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// Add counts one observation in every resolution.
func (s *Series) Add(o Observation) {
	h := authorHash(o.Author)
	sec := o.Time.Unix()
	day := floorDiv(sec, 86400)
	off := sec - day*86400
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.days[day]
	if d == nil {
		d = newDay()
		s.days[day] = d
	}
	s.dirty[day] = struct{}{}
	reach := uint64(max(o.Reach, 0))
	for i, r := range Resolutions {
		c := &d.levels[i][off/int64(r/time.Second)]
		c.volume++
		if o.Negative {
			c.negative++
		}
		c.reach += reach
		if o.Author != "" {
			if c.authors == nil {
				c.authors = newSketch(hllPrecision[i])
			}
			c.authors.add(h)
		}
	}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Query returns the buckets of step covering [from, to), step being a
// multiple of one of Resolutions (1m, 5m, 15m, 1h, 6h, 1d, ...). Buckets
// are aligned on UTC multiples of step from the Unix epoch; empty buckets
// are included so the result can be drawn as is.
func (s *Series) Query(from, to time.Time, step time.Duration) ([]Point, error) {
	if !to.After(from) {
		return nil, fmt.Errorf("radar series: empty range %s..%s", from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	level := -1
	for i := len(Resolutions) - 1; i >= 0; i-- {
		if step >= Resolutions[i] && step%Resolutions[i] == 0 {
			level = i
			break
		}
	}
	if level < 0 || (level == 3 && step%(24*time.Hour) != 0) {
		return nil, fmt.Errorf("radar series: step %s is not a multiple of 1m, 5m, 1h or 1d", step)
	}
	stepSec := int64(step / time.Second)
	first := floorDiv(from.Unix(), stepSec) * stepSec
	n := (to.Unix() - first + stepSec - 1) / stepSec
	if n > 1_000_000 {
		return nil, errors.New("radar series: more than a million buckets asked")
	}
	res := Resolutions[level]
	resSec := int64(res / time.Second)
	out := make([]Point, n)
	sketches := make([]*sketch, n)
	s.mu.RLock()
	defer s.mu.RUnlock()
	for k := range out {
		out[k].Start = time.Unix(first+int64(k)*stepSec, 0).UTC()
	}
	for t := first; t < first+n*stepSec; t += resSec {
		day := floorDiv(t, 86400)
		d := s.days[day]
		if d == nil {
			// Skip to the next day's first cell.
			t = (day+1)*86400 - resSec
			continue
		}
		c := &d.levels[level][(t-day*86400)/resSec]
		if c.volume == 0 {
			continue
		}
		k := (t - first) / stepSec
		p := &out[k]
		p.Volume += int64(c.volume)
		p.Negative += int64(c.negative)
		p.Reach += int64(min(c.reach, math.MaxInt64))
		if c.authors != nil {
			if sketches[k] == nil {
				sketches[k] = newSketch(c.authors.p)
			}
			sketches[k].merge(c.authors)
		}
	}
	for k := range out {
		if out[k].Volume > 0 {
			out[k].NegativeShare = float64(out[k].Negative) / float64(out[k].Volume)
		}
		if sketches[k] != nil {
			out[k].Authors = sketches[k].estimate()
		}
	}
	return out, nil
}

// Aggregator keeps the series of many keys (a brand, or a brand's query).
type Aggregator struct {
	mu     sync.RWMutex
	series map[string]*Series
}

// NewAggregator returns an empty aggregator.
func NewAggregator() *Aggregator { return &Aggregator{series: map[string]*Series{}} }

// Series returns key's series, creating it.
func (a *Aggregator) Series(key string) *Series {
	a.mu.RLock()
	s := a.series[key]
	a.mu.RUnlock()
	if s != nil {
		return s
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if s = a.series[key]; s == nil {
		s = NewSeries()
		a.series[key] = s
	}
	return s
}

// Keys lists the series' keys, sorted.
func (a *Aggregator) Keys() []string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	keys := make([]string, 0, len(a.series))
	for k := range a.series {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sketch counts distinct 64-bit hashes: exactly while few (a sorted list),
// then as a HyperLogLog with 2^p one-byte registers.
type sketch struct {
	p      uint8
	sparse []uint64
	regs   []uint8
}

func newSketch(p uint8) *sketch { return &sketch{p: p} }

// sparseMax keeps the exact list short: inserting into a sorted list costs
// a memmove, and it must stay smaller than the registers would be.
func (s *sketch) sparseMax() int { return min((1<<s.p)/8, 256) }

func (s *sketch) add(h uint64) {
	if s.regs != nil {
		s.addReg(h)
		return
	}
	i, found := slices.BinarySearch(s.sparse, h)
	if found {
		return
	}
	s.sparse = slices.Insert(s.sparse, i, h)
	if len(s.sparse) > s.sparseMax() {
		s.densify()
	}
}

func (s *sketch) densify() {
	s.regs = make([]uint8, 1<<s.p)
	for _, h := range s.sparse {
		s.addReg(h)
	}
	s.sparse = nil
}

func (s *sketch) addReg(h uint64) {
	idx := h >> (64 - s.p)
	rest := h<<s.p | 1<<(s.p-1) // guard bit bounds the rank
	rank := uint8(bits.LeadingZeros64(rest)) + 1
	if rank > s.regs[idx] {
		s.regs[idx] = rank
	}
}

func (s *sketch) merge(o *sketch) {
	if o.regs == nil {
		for _, h := range o.sparse {
			s.add(h)
		}
		return
	}
	if s.regs == nil {
		s.densify()
	}
	for i, r := range o.regs {
		if r > s.regs[i] {
			s.regs[i] = r
		}
	}
}

func (s *sketch) estimate() int64 {
	if s.regs == nil {
		return int64(len(s.sparse))
	}
	m := float64(len(s.regs))
	sum, zeros := 0.0, 0
	for _, r := range s.regs {
		sum += math.Ldexp(1, -int(r))
		if r == 0 {
			zeros++
		}
	}
	alpha := 0.7213 / (1 + 1.079/m)
	e := alpha * m * m / sum
	if e <= 2.5*m && zeros > 0 {
		// Small range: linear counting is more accurate.
		e = m * math.Log(m/float64(zeros))
	}
	return int64(math.Round(e))
}
