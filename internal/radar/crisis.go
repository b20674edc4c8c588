package radar

import (
	"math"
	"sort"
	"time"
)

// TopPosts returns the k mentions with the widest reach, most recent first
// on ties: what the crisis room reads first.
func TopPosts(ms []Mention, k int) []Mention {
	out := append([]Mention(nil), ms...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Reach != out[j].Reach {
			return out[i].Reach > out[j].Reach
		}
		return out[i].Time.After(out[j].Time)
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// Cluster is a group of mentions saying much the same thing.
type Cluster struct {
	// Terms are the cluster's most frequent words and hashtags.
	Terms []string `json:"terms"`
	Size  int      `json:"size"`
	// Reach sums the members' reach.
	Reach int64 `json:"reach"`
	// Example is the member with the widest reach.
	Example  Mention `json:"example"`
	Negative int     `json:"negative"`
}

// Clusters groups mentions by the overlap of their words (Jaccard
// similarity of their term sets at least minSim, against each cluster's
// first member) and returns the k largest. negative[i], when given, marks
// mention i as negative. One pass, so it keeps up with a live episode.
func Clusters(ms []Mention, negative []bool, minSim float64, k int) []Cluster {
	type group struct {
		lead  map[string]bool
		terms map[string]int
		c     Cluster
	}
	var groups []*group
	for i, m := range ms {
		terms := trendTerms(m.Text)
		set := make(map[string]bool, len(terms))
		for _, t := range terms {
			set[t] = true
		}
		var best *group
		bestSim := minSim
		for _, g := range groups {
			if s := jaccard(set, g.lead); s >= bestSim {
				best, bestSim = g, s
			}
		}
		if best == nil {
			best = &group{lead: set, terms: map[string]int{}}
			groups = append(groups, best)
		}
		for _, t := range terms {
			best.terms[t]++
		}
		c := &best.c
		c.Size++
		c.Reach += m.Reach
		if c.Size == 1 || m.Reach > c.Example.Reach {
			c.Example = m
		}
		if i < len(negative) && negative[i] {
			c.Negative++
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].c.Size != groups[j].c.Size {
			return groups[i].c.Size > groups[j].c.Size
		}
		return groups[i].c.Reach > groups[j].c.Reach
	})
	var out []Cluster
	for _, g := range groups {
		if len(out) == k {
			break
		}
		type tc struct {
			t string
			n int
		}
		var tcs []tc
		for t, n := range g.terms {
			tcs = append(tcs, tc{t, n})
		}
		sort.Slice(tcs, func(i, j int) bool {
			if tcs[i].n != tcs[j].n {
				return tcs[i].n > tcs[j].n
			}
			return tcs[i].t < tcs[j].t
		})
		for _, x := range tcs[:min(3, len(tcs))] {
			g.c.Terms = append(g.c.Terms, x.t)
		}
		out = append(out, g.c)
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// PostMortem summarises a closed episode from its series.
type PostMortem struct {
	Start, Alert, Peak, End time.Time
	Duration                time.Duration
	// Lead is how long the early warning came before the peak.
	Lead       time.Duration
	PeakVolume int64
	// Multiple is the peak bucket's volume over the usual volume per bucket
	// (median of the buckets before the episode).
	Multiple float64
	Volume   int64
	// NegativeShare during the episode, at its worst bucket, and usually.
	NegativeShare, WorstShare, BaseShare float64
	// Recovered is when the negative share came back within 5 points of
	// the usual share after the peak (zero if it had not by the end of pts).
	Recovered time.Time
}

// Summarise builds the post-mortem of e from the series' buckets pts
// (which should cover some time before and after the episode).
func Summarise(e Episode, pts []Point) PostMortem {
	pm := PostMortem{Start: e.Start, Alert: e.AlertAt, Peak: e.Peak, End: e.End, PeakVolume: e.PeakCount,
		Volume: e.Volume, NegativeShare: e.NegativeShare(), BaseShare: e.BaseShare}
	if !e.End.IsZero() {
		pm.Duration = e.End.Sub(e.Start)
	}
	if !e.Peak.IsZero() {
		pm.Lead = e.Peak.Sub(e.Start)
	}
	var before []float64
	for _, p := range pts {
		switch {
		case p.Start.Before(e.Start):
			before = append(before, float64(p.Volume))
		case e.End.IsZero() || p.Start.Before(e.End):
			if p.Volume >= 5 && p.NegativeShare > pm.WorstShare {
				pm.WorstShare = p.NegativeShare
			}
		}
	}
	if len(before) > 0 {
		sort.Float64s(before)
		usual := math.Max(before[len(before)/2], 1)
		pm.Multiple = float64(e.PeakCount) / usual
	}
	for _, p := range pts {
		if p.Start.Before(e.Peak) || p.Volume == 0 {
			continue
		}
		if p.NegativeShare <= e.BaseShare+0.05 {
			pm.Recovered = p.Start
			break
		}
	}
	return pm
}
