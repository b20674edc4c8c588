package radar

import (
	"math"
	"sort"
	"strings"
	"time"
)

// Episode kinds: a surge of mentions, and one carried by negative ones.
const (
	Buzz    = "buzz"
	BadBuzz = "bad_buzz"
)

// Episode phases, as the crisis room shows them.
const (
	PhaseBefore = "before" // early warning: rising, not yet a surge
	PhaseDuring = "during" // the surge is on
	PhaseAfter  = "after"  // back to normal: post-mortem time
)

// Episode is one surge around a brand, from the first warning to the
// return to normal.
type Episode struct {
	Kind      string    `json:"kind"`
	Phase     string    `json:"phase"`
	Start     time.Time `json:"start"`             // first warning
	AlertAt   time.Time `json:"alert_at,omitzero"` // surge declared
	End       time.Time `json:"end,omitzero"`      // back to normal
	Peak      time.Time `json:"peak"`              // busiest bucket
	PeakScore float64   `json:"peak_score"`        // highest detector score
	PeakCount int64     `json:"peak_volume"`       // mentions in the busiest bucket
	Volume    int64     `json:"volume"`            // mentions during the episode
	Negative  int64     `json:"negative"`          // negative ones among them
	Reach     int64     `json:"reach"`             // their summed reach
	BaseShare float64   `json:"baseline_negative_share"`
}

// NegativeShare is the share of negative mentions during the episode.
func (e *Episode) NegativeShare() float64 {
	if e.Volume == 0 {
		return 0
	}
	return float64(e.Negative) / float64(e.Volume)
}

// EpisodeParams set when an episode opens, escalates and closes.
type EpisodeParams struct {
	// Warn is the detector score that opens an early warning, Alert the one
	// that declares the surge (the NAB-chosen threshold is a good Alert).
	Warn, Alert float64
	// Quiet is how many consecutive buckets below Warn close the episode.
	Quiet int
	// BadShare is the negative share that makes a surge a bad buzz, and
	// BadLift how far above the brand's usual negative share it must be.
	BadShare, BadLift float64
	// Baseline is how many past buckets give the usual negative share.
	Baseline int
}

// DefaultEpisodeParams suit 5-minute buckets scored by the default detector.
func DefaultEpisodeParams() EpisodeParams {
	return EpisodeParams{Warn: 0.34, Alert: 0.44, Quiet: 12, BadShare: 0.4, BadLift: 0.15, Baseline: 2016}
}

// Episodes follows one series bucket by bucket and keeps its episodes.
type Episodes struct {
	p       EpisodeParams
	cur     *Episode
	quiet   int
	done    []Episode
	baseVol []int64 // ring of past buckets' volume and negatives
	baseNeg []int64
	basePos int
	sumVol  int64
	sumNeg  int64
}

// NewEpisodes starts a tracker.
func NewEpisodes(p EpisodeParams) *Episodes {
	n := max(p.Baseline, 1)
	return &Episodes{p: p, baseVol: make([]int64, n), baseNeg: make([]int64, n)}
}

func (t *Episodes) baseShare() float64 {
	if t.sumVol == 0 {
		return 0
	}
	return float64(t.sumNeg) / float64(t.sumVol)
}

// Step feeds one bucket and its detector score. It returns the episode the
// bucket belongs to (nil when calm) and whether its phase changed.
func (t *Episodes) Step(p Point, score float64) (*Episode, bool) {
	changed := false
	if t.cur == nil {
		if score < t.p.Warn {
			t.learn(p)
			return nil, false
		}
		t.cur = &Episode{Kind: Buzz, Phase: PhaseBefore, Start: p.Start, BaseShare: t.baseShare()}
		changed = true
	}
	e := t.cur
	e.Volume += p.Volume
	e.Negative += p.Negative
	e.Reach += p.Reach
	if p.Volume > e.PeakCount {
		e.PeakCount, e.Peak = p.Volume, p.Start
	}
	e.PeakScore = math.Max(e.PeakScore, score)
	if e.Phase == PhaseBefore && score >= t.p.Alert {
		e.Phase, e.AlertAt, changed = PhaseDuring, p.Start, true
	}
	kind := Buzz
	if s := e.NegativeShare(); s >= t.p.BadShare && s >= e.BaseShare+t.p.BadLift {
		kind = BadBuzz
	}
	if kind != e.Kind {
		e.Kind, changed = kind, true
	}
	if score < t.p.Warn {
		t.quiet++
	} else {
		t.quiet = 0
	}
	if t.quiet >= t.p.Quiet {
		e.End = p.Start
		if e.Phase == PhaseDuring {
			e.Phase = PhaseAfter
			t.done = append(t.done, *e)
		}
		// A warning that never became a surge is dropped: it was noise.
		t.cur, t.quiet = nil, 0
		return e, true
	}
	return e, changed
}

// learn adds a calm bucket to the usual negative share.
func (t *Episodes) learn(p Point) {
	t.sumVol += p.Volume - t.baseVol[t.basePos]
	t.sumNeg += p.Negative - t.baseNeg[t.basePos]
	t.baseVol[t.basePos], t.baseNeg[t.basePos] = p.Volume, p.Negative
	t.basePos = (t.basePos + 1) % len(t.baseVol)
}

// Current is the open episode, if any.
func (t *Episodes) Current() *Episode { return t.cur }

// Closed lists the episodes that reached the surge and ended.
func (t *Episodes) Closed() []Episode { return t.done }

// Driver is a term, hashtag or author rising in an episode.
type Driver struct {
	Key    string  `json:"key"` // "#tag", "@author" or a word
	Now    int     `json:"now"`
	Before int     `json:"before"`
	Lift   float64 `json:"lift"` // smoothed rate ratio now/before
}

// Drivers ranks what rose between a baseline and a recent set of mentions:
// words, hashtags and authors, by the ratio of their smoothed rates (a
// +1 prior keeps a new term from an infinite lift), at least minCount
// times in the recent set. Short words and stop words are skipped.
func Drivers(recent, baseline []Mention, minCount, k int) []Driver {
	count := func(ms []Mention) map[string]int {
		c := map[string]int{}
		for _, m := range ms {
			seen := map[string]bool{}
			d := NewDoc(m.Text)
			for tag := range d.tags {
				seen["#"+tag] = true
			}
			for _, w := range d.words {
				if len([]rune(w)) >= 4 && !stopWords[w] && !d.tags[w] && !d.mentions[w] {
					seen[w] = true
				}
			}
			if m.Author != "" {
				seen["@"+strings.TrimPrefix(fold(m.Author), "@")] = true
			}
			for key := range seen {
				c[key]++
			}
		}
		return c
	}
	now, before := count(recent), count(baseline)
	nr, nb := float64(max(len(recent), 1)), float64(max(len(baseline), 1))
	var out []Driver
	for key, c := range now {
		if c < minCount {
			continue
		}
		b := before[key]
		lift := (float64(c) + 1) / nr / ((float64(b) + 1) / nb)
		if lift <= 1 {
			continue
		}
		out = append(out, Driver{Key: key, Now: c, Before: b, Lift: lift})
	}
	sort.Slice(out, func(i, j int) bool {
		// Rank by evidence, not by ratio alone: lift weighted by count.
		si := math.Log(out[i].Lift) * math.Sqrt(float64(out[i].Now))
		sj := math.Log(out[j].Lift) * math.Sqrt(float64(out[j].Now))
		if si != sj {
			return si > sj
		}
		return out[i].Key < out[j].Key
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// stopWords are frequent French and English words of four letters or
// more that never explain a surge.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`avec dans pour plus mais elle elles nous vous leur leurs cette
		sont etre avoir fait faire tout tous toute toutes comme aussi bien tres sans chez encore
		quand alors apres avant meme deja moins entre this that with have from they what your will
		just about there their when been were would could should them then than into more only also
		some like here over very much even because
		sera seront serait aura auront aurait etait etaient sommes etes suis avait avaient peut
		peuvent faut veut vont allez fais font dire dit voir vois vient viennent revient donc ainsi
		dont ceux celle celui cela ceci quoi rien chose fois depuis pendant devant derriere vers
		sous selon contre parce notre votre enfin voila vraiment toujours jamais souvent
		where which while still being does doing done going would those these other after before
		again really always never thanks`) {
		m[w] = true
	}
	return m
}()
