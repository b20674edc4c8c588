package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
)

// The radar's series are stored as one row per series and UTC day
// (radar.Series.MarshalDay) with the stream position they include, so
// that history outlives the stream's 30 days. The worker loads them at
// start, flushes the changed days every radarFlushEvery and when it stops.

// radarFlushEvery is how often the changed days are written; a crash loses
// nothing, since the stream replays what the store has not got yet.
var radarFlushEvery = time.Minute

// radarHistoryDays is how many days back the worker loads at start: the
// Radar page's longest view is 60 days. Older days stay in the database.
const radarHistoryDays = 90

// radarSeries is the worker's link to the stored series.
type radarSeries struct {
	rs       store.RadarSourceStore
	stream   string // JetStream name of the mentions stream
	streamID string // its creation time: a stream made again is another one
	lastSeq  uint64
}

// loadRadarSeries gives the hub the stored days and the position they
// include. A stored position of another stream (the stream was made
// again, its sequences restarted) counts nothing as already counted.
func loadRadarSeries(ctx context.Context, d Deps, hub *radarhub.Hub) (*radarSeries, error) {
	rs, ok := d.Store.(store.RadarSourceStore)
	if !ok {
		return nil, fmt.Errorf("app: radar: store %T keeps no radar series", d.Store)
	}
	created, err := d.Stream.Created(ctx, stream.Mentions.Purpose)
	if err != nil {
		return nil, fmt.Errorf("app: radar: %w", err)
	}
	s := &radarSeries{rs: rs, stream: d.Stream.StreamName(stream.Mentions.Purpose), streamID: created.Format(time.RFC3339Nano)}
	if pos := hub.Position(); pos > 0 {
		// The worker restarted inside a running process: the hub already
		// holds the series, at least as far as the store (whose days it
		// would replace with older ones, while its id set drops the
		// mentions in between as repeats).
		s.lastSeq = pos
		return s, nil
	}
	cp, err := rs.GetRadarSeriesCheckpoint(ctx, s.stream)
	if errors.Is(err, store.ErrNotFound) {
		return s, nil
	} else if err != nil {
		return nil, fmt.Errorf("app: radar: %w", err)
	}
	since := time.Now().UTC().AddDate(0, 0, -radarHistoryDays).Unix() / 86400
	rows, err := rs.ListRadarSeriesDays(ctx, since)
	if err != nil {
		return nil, fmt.Errorf("app: radar: %w", err)
	}
	days := make([]radarhub.Day, len(rows))
	for i, r := range rows {
		days[i] = radarhub.Day{BrandID: r.BrandID, Query: r.Series, Day: r.Day, Data: r.Data}
	}
	seq := cp.Seq
	if cp.StreamID != s.streamID {
		d.Logger.Info("app: radar: the mentions stream was made again; stored series kept, the stream counted in full", "stored", cp.StreamID, "now", s.streamID)
		seq = 0
	}
	s.lastSeq = seq
	if err := hub.Load(days, seq); err != nil {
		d.Logger.Warn("app: radar: stored series days skipped", "err", err)
	}
	d.Logger.Info("app: radar: stored series loaded", "days", len(days), "seq", seq)
	return s, nil
}

// flush writes the days changed since the last flush. When another worker
// has stored a later position, this one writes nothing and keeps its days
// for the next flush.
func (s *radarSeries) flush(ctx context.Context, hub *radarhub.Hub) error {
	days, seq, putBack := hub.Snapshot()
	if len(days) == 0 && seq == s.lastSeq {
		return nil
	}
	rows := make([]store.RadarSeriesDay, len(days))
	for i, d := range days {
		rows[i] = store.RadarSeriesDay{BrandID: d.BrandID, Series: d.Query, Day: d.Day, Data: d.Data}
	}
	saved, err := s.rs.SaveRadarSeries(ctx, store.RadarSeriesCheckpoint{Stream: s.stream, StreamID: s.streamID, Seq: seq}, rows)
	if err != nil || !saved {
		putBack()
		if err != nil {
			return fmt.Errorf("app: radar: flushing series: %w", err)
		}
		return nil
	}
	s.lastSeq = seq
	return nil
}
