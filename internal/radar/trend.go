package radar

import (
	"math"
	"sort"
	"strings"
	"sync"
	"time"
)

// Trends follows the terms and hashtags of the whole stream (not only a
// brand's mentions) to find what is rising fast, and ranks the risers by
// relevance to a brand's topics: "trends worth joining".
type Trends struct {
	// Bucket is the counting granularity, Recent how many buckets make
	// "now" and Baseline how many before them make "usual".
	Bucket           time.Duration
	Recent, Baseline int
	// MinCount is the fewest mentions in the recent window for a term to
	// count as a trend.
	MinCount int

	mu      sync.Mutex
	buckets map[int64]map[string]int32
	// docs keeps the recent window's mentions as term sets, to measure how
	// often a trend co-occurs with a brand's topics.
	docs []trendDoc
}

type trendDoc struct {
	bucket int64
	terms  []string
}

// NewTrends counts in 10-minute buckets, compares the last hour with the
// 24 hours before it, and wants 5 mentions to call a term trending.
func NewTrends() *Trends {
	return &Trends{Bucket: 10 * time.Minute, Recent: 6, Baseline: 144, MinCount: 5}
}

// Trend is a rising term and its relevance to the brand asked about.
type Trend struct {
	Key    string  `json:"key"` // "#tag" or a word
	Recent int     `json:"recent"`
	Usual  float64 `json:"usual"` // expected count in a recent window
	Rise   float64 `json:"rise"`  // smoothed ratio recent/usual
	// Relevance is the share of the trend's recent mentions that also
	// speak of the brand's topics, or 1 when the term is a topic itself.
	Relevance float64 `json:"relevance"`
	Score     float64 `json:"score"`
}

func trendTerms(text string) []string {
	d := NewDoc(text)
	seen := map[string]bool{}
	var out []string
	for tag := range d.tags {
		if k := "#" + tag; !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, w := range d.words {
		if len([]rune(w)) < 4 || stopWords[w] || d.tags[w] || d.mentions[w] || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// Observe counts one mention of the stream.
func (t *Trends) Observe(m Mention) {
	b := floorDiv(m.Time.Unix(), int64(t.Bucket/time.Second))
	terms := trendTerms(m.Text)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.buckets == nil {
		t.buckets = map[int64]map[string]int32{}
	}
	c := t.buckets[b]
	if c == nil {
		c = map[string]int32{}
		t.buckets[b] = c
		t.evict(b)
	}
	for _, term := range terms {
		c[term]++
	}
	t.docs = append(t.docs, trendDoc{bucket: b, terms: terms})
}

// evict drops buckets and documents too old to matter for bucket b.
func (t *Trends) evict(b int64) {
	oldest := b - int64(t.Recent+t.Baseline)
	for k := range t.buckets {
		if k < oldest {
			delete(t.buckets, k)
		}
	}
	keep := t.docs[:0]
	for _, d := range t.docs {
		if d.bucket > b-int64(t.Recent) {
			keep = append(keep, d)
		}
	}
	t.docs = keep
}

// Rising returns up to k trends at now, ranked by rise times relevance to
// topics (a brand's words and hashtags; with no topics, by rise alone).
// Hashtags come first, as they are what a brand can join; words follow as
// context. The topics themselves are left out: a brand's own subject
// rising is the radar's series' business, not a trend to join.
func (t *Trends) Rising(now time.Time, topics []string, k int) []Trend {
	// The window ends with the bucket holding the instant just before now.
	b := floorDiv(now.Unix()-1, int64(t.Bucket/time.Second))
	topicSet := map[string]bool{}
	for _, tp := range topics {
		for _, term := range trendTerms(tp) {
			topicSet[term] = true
		}
		if strings.HasPrefix(tp, "#") {
			topicSet["#"+fold(strings.TrimPrefix(tp, "#"))] = true
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := map[string]int{}
	for i := b - int64(t.Recent) + 1; i <= b; i++ {
		for term, c := range t.buckets[i] {
			recent[term] += int(c)
		}
	}
	base := map[string]int{}
	for i := b - int64(t.Recent+t.Baseline) + 1; i <= b-int64(t.Recent); i++ {
		for term, c := range t.buckets[i] {
			if recent[term] >= t.MinCount {
				base[term] += int(c)
			}
		}
	}
	var out []Trend
	for term, c := range recent {
		if c < t.MinCount || topicSet[term] {
			continue
		}
		usual := float64(base[term]) * float64(t.Recent) / float64(t.Baseline)
		// A +1 prior on both sides: a new term with 5 mentions rises 6×,
		// not infinitely.
		rise := (float64(c) + 1) / (usual + 1)
		if rise < 2 {
			continue
		}
		out = append(out, Trend{Key: term, Recent: c, Usual: usual, Rise: rise})
	}
	// Relevance: co-occurrence with the topics in the recent window.
	if len(topicSet) > 0 && len(out) > 0 {
		idx := map[string]int{}
		for i, tr := range out {
			idx[tr.Key] = i
		}
		with := make([]int, len(out))
		for _, d := range t.docs {
			if d.bucket <= b-int64(t.Recent) || d.bucket > b {
				continue
			}
			onTopic := false
			for _, term := range d.terms {
				if topicSet[term] {
					onTopic = true
					break
				}
			}
			if !onTopic {
				continue
			}
			for _, term := range d.terms {
				if i, ok := idx[term]; ok {
					with[i]++
				}
			}
		}
		for i := range out {
			out[i].Relevance = float64(with[i]) / float64(out[i].Recent)
		}
	}
	for i := range out {
		rel := out[i].Relevance
		if len(topicSet) == 0 {
			rel = 1
		}
		out[i].Score = math.Log(out[i].Rise) * math.Sqrt(float64(out[i].Recent)) * rel
	}
	sort.Slice(out, func(i, j int) bool {
		ti, tj := strings.HasPrefix(out[i].Key, "#"), strings.HasPrefix(out[j].Key, "#")
		if ti != tj {
			return ti
		}
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Key < out[j].Key
	})
	kept := out[:0]
	for _, tr := range out {
		if tr.Score > 0 {
			kept = append(kept, tr)
		}
	}
	out = kept
	if len(out) > k {
		out = out[:k]
	}
	return out
}
