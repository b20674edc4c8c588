// Package radarhub is the live state of the buzz radar inside a Vigie
// process: every brand's queries, series, detector scores and episodes,
// the recent mentions the crisis room reads, and the rising trends of the
// whole stream. The radar worker (internal/app) feeds it from the mentions
// stream; the Radar page (internal/web) reads it and subscribes to its
// updates. It holds no data of its own that the stream cannot give back:
// after a restart the worker replays the stream into a fresh hub.
package radarhub

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radar/ingest"
)

// Step is the detector's bucket: the default detector's parameters were
// chosen on 5-minute series.
const Step = 5 * time.Minute

// recentCap bounds the mentions kept per brand for the crisis room: enough
// for a few days of a busy brand, a few MB of text at most.
const recentCap = 20000

// ErrNoSink is returned by Publish in a process that runs no radar worker
// (a web-only process): nothing would carry the mentions to the stream.
var ErrNoSink = errors.New("radarhub: no radar worker in this process to receive mentions")

// Hub is the radar's live state. The zero value is not usable; use New.
type Hub struct {
	// Classify labels a mention's text (sentiment); nil counts nothing as
	// negative.
	Classify ingest.Classifier
	// Now is the clock (tests).
	Now func() time.Time

	mu     sync.RWMutex
	agg    *radar.Aggregator
	brands map[int64]*brandState
	trends *radar.Trends
	sink   func(ctx context.Context, ms []radar.Mention) error
	seen   map[string]struct{}
	seenQ  []string
	// seq is the last stream message processed; counted is the position
	// the series loaded from the store already include (see Load).
	seq, counted uint64

	subMu sync.Mutex
	subs  map[chan struct{}]int64
}

// Tagged is a mention as the crisis room keeps it.
type Tagged struct {
	radar.Mention
	Negative bool
}

type brandState struct {
	queries map[string]*radar.Query
	texts   map[string]string // query sources by name, for topics
	recent  []Tagged          // ring of the last recentCap mentions, by arrival
	pos     int
	// detection
	det    *radar.Detector
	eps    *radar.Episodes
	first  time.Time // earliest mention seen
	next   time.Time // start of the next bucket to score
	stale  bool      // a mention landed before next: replay from first
	replay time.Time // wall-clock time of the last replay
	scores []Score
}

// Score is the detector's score of one closed bucket.
type Score struct {
	Start time.Time `json:"start"`
	Score float64   `json:"score"`
}

// New returns an empty hub.
func New() *Hub {
	return &Hub{agg: radar.NewAggregator(), brands: map[int64]*brandState{}, trends: radar.NewTrends(),
		seen: map[string]struct{}{}, subs: map[chan struct{}]int64{}}
}

var (
	defMu  sync.Mutex
	defHub = New()
)

// Default is the process's hub, shared by the radar worker and the web app.
func Default() *Hub {
	defMu.Lock()
	defer defMu.Unlock()
	return defHub
}

func (h *Hub) now() time.Time {
	if h.Now != nil {
		return h.Now().UTC()
	}
	return time.Now().UTC()
}

func seriesKey(brandID int64) string { return "b" + strconv.FormatInt(brandID, 10) }

func (h *Hub) state(brandID int64) *brandState {
	b := h.brands[brandID]
	if b == nil {
		b = &brandState{queries: map[string]*radar.Query{}, texts: map[string]string{}}
		h.brands[brandID] = b
	}
	return b
}

// SetQueries replaces one brand's listening queries (name -> source). A
// query that does not parse is an error and changes nothing.
func (h *Hub) SetQueries(brandID int64, src map[string]string) error {
	qs := make(map[string]*radar.Query, len(src))
	for name, s := range src {
		q, err := radar.ParseQuery(s)
		if err != nil {
			return fmt.Errorf("radarhub: query %q of brand %d: %w", name, brandID, err)
		}
		qs[name] = q
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	b := h.state(brandID)
	b.queries = qs
	b.texts = map[string]string{}
	for k, v := range src {
		b.texts[k] = v
	}
	return nil
}

// SetSink says where Publish sends mentions (the worker: the stream).
func (h *Hub) SetSink(fn func(ctx context.Context, ms []radar.Mention) error) {
	h.mu.Lock()
	h.sink = fn
	h.mu.Unlock()
}

// Publish sends mentions on their way in (import, webhook): through the
// stream, back to Process.
func (h *Hub) Publish(ctx context.Context, ms []radar.Mention) error {
	h.mu.RLock()
	sink := h.sink
	h.mu.RUnlock()
	if sink == nil {
		return ErrNoSink
	}
	const batch = 500
	for i := 0; i < len(ms); i += batch {
		if err := sink(ctx, ms[i:min(i+batch, len(ms))]); err != nil {
			return err
		}
	}
	return nil
}

// seenMax bounds the id set that drops redelivered or re-imported mentions.
const seenMax = 500000

// Process routes mentions to the brands whose queries match, aggregates
// them, feeds the trends, and wakes the pages watching those brands. A
// mention id already processed is skipped (at-least-once delivery, the
// same export imported twice).
func (h *Hub) Process(ms []radar.Mention) { h.process(0, ms) }

// ProcessSeq is Process for the mentions of stream message seq. The
// mentions of a message that the series loaded from the store already
// count (seq up to Load's position) feed the crisis room, the trends and
// the id set, not the series a second time.
func (h *Hub) ProcessSeq(seq uint64, ms []radar.Mention) { h.process(seq, ms) }

func (h *Hub) process(seq uint64, ms []radar.Mention) {
	touched := map[int64]bool{}
	h.mu.Lock()
	counted := seq != 0 && seq <= h.counted
	h.seq = max(h.seq, seq)
	for _, m := range ms {
		if m.ID != "" {
			if _, dup := h.seen[m.ID]; dup {
				continue
			}
			h.seen[m.ID] = struct{}{}
			h.seenQ = append(h.seenQ, m.ID)
			if len(h.seenQ) > seenMax {
				delete(h.seen, h.seenQ[0])
				h.seenQ = h.seenQ[1:]
			}
		}
		h.trends.Observe(m)
		var doc *radar.Doc
		var cls *ingest.Classification
		for id, b := range h.brands {
			hit := ""
			for name, q := range b.queries {
				if doc == nil {
					doc = radar.NewDoc(m.Text)
				}
				if q.MatchDoc(doc) && (hit == "" || name < hit) {
					hit = name
				}
			}
			if hit == "" {
				continue
			}
			if cls == nil {
				c := ingest.Classification{Lang: m.Lang}
				if h.Classify != nil {
					c = h.Classify(m.Text, m.Lang)
				}
				cls = &c
			}
			if !counted {
				o := radar.Observation{Time: m.Time, Author: m.Author, Reach: m.Reach, Negative: cls.Negative}
				h.agg.Series(seriesKey(id)).Add(o)
				for name, q := range b.queries {
					if q.MatchDoc(doc) {
						h.agg.Series(seriesKey(id) + "/" + name).Add(o)
					}
				}
			}
			b.remember(Tagged{Mention: m, Negative: cls.Negative})
			touched[id] = true
		}
	}
	h.advanceLocked(h.now(), false)
	h.mu.Unlock()
	for id := range touched {
		h.notify(id)
	}
}

func (b *brandState) remember(t Tagged) {
	if b.first.IsZero() || t.Time.Before(b.first) {
		b.first = t.Time
	}
	if !b.next.IsZero() && t.Time.Before(b.next) {
		b.stale = true
	}
	if len(b.recent) < recentCap {
		b.recent = append(b.recent, t)
		return
	}
	b.recent[b.pos] = t
	b.pos = (b.pos + 1) % recentCap
}

// Advance scores the buckets closed since the last call for every brand,
// replaying those that received late mentions; the worker calls it on a
// ticker so that quiet brands close their episodes too. Brands whose episodes changed are notified.
func (h *Hub) Advance() {
	h.mu.Lock()
	changed := h.advanceLocked(h.now(), true)
	h.mu.Unlock()
	for _, id := range changed {
		h.notify(id)
	}
}

// replayGap throttles replays while an import of past mentions streams in:
// one replay per batch would cost batches × buckets; Advance (the worker's
// ticker) always catches up.
const replayGap = 2 * time.Second

func (h *Hub) advanceLocked(now time.Time, force bool) []int64 {
	var changed []int64
	for id, b := range h.brands {
		if b.first.IsZero() {
			continue
		}
		if b.stale && b.det != nil && !force && time.Since(b.replay) < replayGap {
			continue
		}
		if b.det == nil || b.stale {
			b.replay = time.Now()
			// Late data landed in buckets already scored: replay the series
			// from its first bucket (cheap: a month is 8,640 buckets), so
			// scores and episodes stay those of a causal pass over all of it.
			b.det = radar.NewDetector(radar.DefaultParams())
			b.eps = radar.NewEpisodes(radar.DefaultEpisodeParams())
			b.next = b.first.Truncate(Step)
			b.scores = b.scores[:0]
			b.stale = false
		}
		if now.Before(b.next.Add(Step)) {
			continue
		}
		pts, err := h.agg.Series(seriesKey(id)).Query(b.next, now, Step)
		if err != nil {
			continue
		}
		phase := ""
		if cur := b.eps.Current(); cur != nil {
			phase = cur.Phase
		}
		nClosed := len(b.eps.Closed())
		for _, p := range pts {
			if p.Start.Add(Step).After(now) {
				break
			}
			s := b.det.Push(p.Start, float64(p.Volume))
			b.eps.Step(p, s)
			b.scores = append(b.scores, Score{Start: p.Start, Score: s})
			b.next = p.Start.Add(Step)
		}
		nphase := ""
		if cur := b.eps.Current(); cur != nil {
			nphase = cur.Phase
		}
		if nphase != phase || len(b.eps.Closed()) != nClosed {
			changed = append(changed, id)
		}
	}
	return changed
}

// Subscribe returns a channel that receives a signal (coalesced) each time
// the brand's data changes, and a function to stop.
func (h *Hub) Subscribe(brandID int64) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	h.subMu.Lock()
	h.subs[ch] = brandID
	h.subMu.Unlock()
	return ch, func() {
		h.subMu.Lock()
		delete(h.subs, ch)
		h.subMu.Unlock()
	}
}

func (h *Hub) notify(brandID int64) {
	h.subMu.Lock()
	defer h.subMu.Unlock()
	for ch, id := range h.subs {
		if id == brandID {
			select {
			case ch <- struct{}{}:
			default:
			}
		}
	}
}

// Series returns a brand's buckets between from and to at step (1m, 5m,
// 1h, 1d); query names one of its queries, or "" for all of them.
func (h *Hub) Series(brandID int64, query string, from, to time.Time, step time.Duration) ([]radar.Point, error) {
	key := seriesKey(brandID)
	if query != "" {
		key += "/" + query
	}
	pts, err := h.agg.Series(key).Query(from, to, step)
	if err != nil {
		return nil, fmt.Errorf("radarhub: series of brand %d: %w", brandID, err)
	}
	return pts, nil
}

// Scores returns the detector's scores of the brand's closed 5-minute
// buckets between from and to.
func (h *Hub) Scores(brandID int64, from, to time.Time) []Score {
	h.mu.RLock()
	defer h.mu.RUnlock()
	b := h.brands[brandID]
	if b == nil {
		return nil
	}
	i := sort.Search(len(b.scores), func(i int) bool { return !b.scores[i].Start.Before(from) })
	var out []Score
	for ; i < len(b.scores) && b.scores[i].Start.Before(to); i++ {
		out = append(out, b.scores[i])
	}
	return out
}

// Status is a brand's radar at a glance.
type Status struct {
	Mentions   int             // mentions kept for the crisis room
	First      time.Time       // earliest mention
	LastScore  Score           // the last closed bucket's score
	Current    *radar.Episode  // the episode in progress, if any
	Closed     []radar.Episode // finished episodes, newest first
	Queries    map[string]string
	Listening  bool // the brand has queries
	FedByQueue bool // a worker feeds this hub
}

// Status returns a copy of the brand's state.
func (h *Hub) Status(brandID int64) Status {
	h.mu.RLock()
	defer h.mu.RUnlock()
	st := Status{Queries: map[string]string{}, FedByQueue: h.sink != nil}
	b := h.brands[brandID]
	if b == nil {
		return st
	}
	for k, v := range b.texts {
		st.Queries[k] = v
	}
	st.Listening = len(b.queries) > 0
	st.Mentions = len(b.recent)
	st.First = b.first
	if n := len(b.scores); n > 0 {
		st.LastScore = b.scores[n-1]
	}
	if b.eps != nil {
		if cur := b.eps.Current(); cur != nil {
			c := *cur
			st.Current = &c
		}
		closed := b.eps.Closed()
		for i := len(closed) - 1; i >= 0; i-- {
			st.Closed = append(st.Closed, closed[i])
		}
	}
	return st
}

// Episode finds the brand's episode that started at start (current or
// closed).
func (h *Hub) Episode(brandID int64, start time.Time) (radar.Episode, bool) {
	st := h.Status(brandID)
	if st.Current != nil && st.Current.Start.Equal(start) {
		return *st.Current, true
	}
	for _, e := range st.Closed {
		if e.Start.Equal(start) {
			return e, true
		}
	}
	return radar.Episode{}, false
}

// Mentions returns the brand's kept mentions with from <= time < to, in
// time order.
func (h *Hub) Mentions(brandID int64, from, to time.Time) []Tagged {
	h.mu.RLock()
	defer h.mu.RUnlock()
	b := h.brands[brandID]
	if b == nil {
		return nil
	}
	var out []Tagged
	for _, t := range b.recent {
		if !t.Time.Before(from) && t.Time.Before(to) {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.Before(out[j].Time) })
	return out
}

// Topics are the words and hashtags a brand's queries look for (negated
// terms left out), for ranking trends by relevance.
func (h *Hub) Topics(brandID int64) []string {
	h.mu.RLock()
	defer h.mu.RUnlock()
	b := h.brands[brandID]
	if b == nil {
		return nil
	}
	var out []string
	for _, src := range b.texts {
		out = append(out, queryTopics(src)...)
	}
	sort.Strings(out)
	return out
}

func queryTopics(src string) []string {
	var out []string
	neg := false
	for _, f := range strings.FieldsFunc(src, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == '"' }) {
		switch {
		case f == "OR" || f == "AND":
			continue
		case f == "NOT":
			neg = true
			continue
		case strings.HasPrefix(f, "-"):
			neg = false
			continue
		case neg:
			neg = false
			continue
		}
		out = append(out, strings.TrimSuffix(f, "*"))
	}
	return out
}

// Trends ranks the terms rising across the whole stream by relevance to the
// brand's topics.
func (h *Hub) Trends(brandID int64, k int) []radar.Trend {
	return h.trends.Rising(h.now(), h.Topics(brandID), k)
}

// Brands lists the brands the hub knows.
func (h *Hub) Brands() []int64 {
	h.mu.RLock()
	defer h.mu.RUnlock()
	out := make([]int64, 0, len(h.brands))
	for id := range h.brands {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Subscribers counts the live pages watching a brand.
func (h *Hub) Subscribers(brandID int64) int {
	h.subMu.Lock()
	defer h.subMu.Unlock()
	n := 0
	for _, id := range h.subs {
		if id == brandID {
			n++
		}
	}
	return n
}

// Seen counts the distinct mention ids processed (at most the last
// 500,000).
func (h *Hub) Seen() int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return len(h.seen)
}
