package radarhub

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Day is one stored UTC day of one of a brand's series: Query is "" for
// the brand's series, else the query's name; Data is radar.Series.MarshalDay's.
type Day struct {
	BrandID int64
	Query   string
	Day     int64 // Unix day number
	Data    []byte
}

// Load adds days read from the store, and the stream position they
// include: the worker then replays the stream (ProcessSeq) and the
// mentions up to seq rebuild the crisis room and the trends without being
// counted twice. History older than the stream's retention comes only
// from here. A day that does not decode is skipped and reported; the
// others load.
func (h *Hub) Load(days []Day, seq uint64) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	var errs []error
	loaded := map[int64]bool{}
	for _, d := range days {
		key := seriesKey(d.BrandID)
		if d.Query != "" {
			key += "/" + d.Query
		}
		if err := h.agg.Series(key).UnmarshalDay(d.Data); err != nil {
			errs = append(errs, fmt.Errorf("radarhub: series %s, day %s: %w", key, time.Unix(d.Day*86400, 0).UTC().Format(time.DateOnly), err))
			continue
		}
		if d.Query == "" {
			loaded[d.BrandID] = true
		}
	}
	for id := range loaded {
		// The detector replays the brand from its first bucket.
		b := h.state(id)
		if first := h.agg.Series(seriesKey(id)).First(); !first.IsZero() && (b.first.IsZero() || first.Before(b.first)) {
			b.first = first
		}
		b.stale = true
	}
	h.counted = seq
	h.seq = max(h.seq, seq)
	return errors.Join(errs...)
}

// Position is the last stream message processed (0: none yet).
func (h *Hub) Position() uint64 {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.seq
}

// Snapshot encodes the days changed since the last snapshot and returns
// them with the stream position they include. They are taken under the
// hub's lock, so days and position agree. putBack marks the days changed
// again, for a caller whose write did not land.
func (h *Hub) Snapshot() (days []Day, seq uint64, putBack func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	type taken struct {
		key  string
		days []time.Time
	}
	var all []taken
	for _, key := range h.agg.Keys() {
		id, query, ok := parseSeriesKey(key)
		if !ok {
			continue
		}
		s := h.agg.Series(key)
		dirty := s.TakeDirty()
		if len(dirty) == 0 {
			continue
		}
		all = append(all, taken{key, dirty})
		for _, d := range dirty {
			data, err := s.MarshalDay(d)
			if err != nil {
				continue // a day without data: nothing to store
			}
			days = append(days, Day{BrandID: id, Query: query, Day: d.Unix() / 86400, Data: data})
		}
	}
	return days, h.seq, func() {
		for _, t := range all {
			h.agg.Series(t.key).MarkDirty(t.days...)
		}
	}
}

func parseSeriesKey(key string) (brandID int64, query string, ok bool) {
	rest, found := strings.CutPrefix(key, "b")
	if !found {
		return 0, "", false
	}
	idText, query, _ := strings.Cut(rest, "/")
	id, err := strconv.ParseInt(idText, 10, 64)
	return id, query, err == nil
}
