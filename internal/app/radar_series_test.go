package app

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
)

// The series are stored: after the worker stops and the stream loses its
// mentions (retention, or a stream made again), a new worker still shows
// the history from the database, counts nothing twice, and counts what
// arrives next. A periodic flush lands while the worker runs.
func TestRadarSeriesOutliveTheStream(t *testing.T) {
	ctx := context.Background()
	old := radarFlushEvery
	t.Cleanup(func() { radarFlushEvery = old }) // after the workers stop
	radarFlushEvery = 200 * time.Millisecond
	st, sm := radarEnv(t)
	w := brand.Workspace{Name: "Agence", Slug: "agence"}
	must(t, st.CreateWorkspace(ctx, &w))
	b := brand.Brand{WorkspaceID: w.ID, Name: "Vélo Vert", Slug: "velo", Languages: []string{"fr"}}
	must(t, st.CreateBrand(ctx, &b))
	db := radarhub.DemoBrand{Name: b.Name, Tag: "#VeloVert", Lang: "fr"}
	q := store.RadarQuery{BrandID: b.ID, Name: "marque", Query: radarhub.DemoQuery(db)}
	must(t, st.(store.RadarStore).SaveRadarQuery(ctx, &q))
	end := time.Now().UTC().Truncate(time.Minute)
	ms := radarhub.DemoMentions(3, []radarhub.DemoBrand{db}, end, 2)
	rq, _ := radar.ParseQuery(q.Query)
	want := int64(0)
	for _, m := range ms {
		if rq.Match(m.Text) {
			want++
		}
	}
	total := func(h *radarhub.Hub) int64 {
		pts, err := h.Series(b.ID, "", end.Add(-3*24*time.Hour), end.Add(time.Hour), 24*time.Hour)
		must(t, err)
		var n int64
		for _, p := range pts {
			n += p.Volume
		}
		return n
	}
	rs := st.(store.RadarSourceStore)
	name := sm.StreamName(stream.Mentions.Purpose)

	hub := radarhub.New()
	stop := startRadar(t, st, sm, hub)
	waitFor(t, "the worker to listen", 30*time.Second, func() bool { return hub.Status(b.ID).FedByQueue })
	must(t, hub.Publish(ctx, ms))
	waitFor(t, "every mention", 60*time.Second, func() bool { return hub.Seen() == len(ms) })
	waitFor(t, "a periodic flush of the whole stream", 30*time.Second, func() bool {
		cp, err := rs.GetRadarSeriesCheckpoint(ctx, name)
		return err == nil && cp.Seq > 0 && cp.Seq == uint64((len(ms)+499)/500)
	})
	if got := total(hub); got != want {
		t.Fatalf("first worker: %d mentions, want %d", got, want)
	}
	stop()

	// Same stream, new worker: days loaded, the replay counts nothing again.
	again := radarhub.New()
	stop = startRadar(t, st, sm, again)
	waitFor(t, "the replay", 60*time.Second, func() bool { return again.Seen() == len(ms) })
	if got := total(again); got != want {
		t.Fatalf("after a restart: %d mentions, want %d", got, want)
	}
	stop()

	// The stream loses everything (made again): the history stays.
	must(t, sm.Delete(ctx, stream.Mentions.Purpose))
	must(t, sm.Ensure(ctx, stream.Mentions))
	third := radarhub.New()
	startRadar(t, st, sm, third)
	waitFor(t, "the stored history", 30*time.Second, func() bool { return total(third) == want })
	if third.Seen() != 0 {
		t.Fatalf("the new stream delivered %d mentions", third.Seen())
	}
	// What arrives next counts, once.
	extra := radar.Mention{ID: "extra-1", Network: "mastodon", Author: "ana", Text: "Bravo #VeloVert", Time: end.Add(-time.Minute)}
	must(t, third.Publish(ctx, []radar.Mention{extra}))
	waitFor(t, "the new mention", 30*time.Second, func() bool { return total(third) == want+1 })
	if third.Status(b.ID).Mentions != 1 {
		t.Fatalf("crisis room after the stream was lost: %d mentions", third.Status(b.ID).Mentions)
	}
}

// A radar worker restarted inside a running process keeps the hub's
// series: the stored days are older than what the hub counted since.
func TestRadarSeriesNotReloadedIntoALiveHub(t *testing.T) {
	ctx := context.Background()
	st, sm := radarEnv(t)
	w := brand.Workspace{Name: "Agence", Slug: "agence"}
	must(t, st.CreateWorkspace(ctx, &w))
	b := brand.Brand{WorkspaceID: w.ID, Name: "Vélo Vert", Slug: "velo", Languages: []string{"fr"}}
	must(t, st.CreateBrand(ctx, &b))
	hub := radarhub.New()
	must(t, hub.SetQueries(b.ID, map[string]string{"marque": "#VeloVert"}))
	at := time.Now().UTC().Add(-time.Hour)
	m := func(id string) []radar.Mention {
		return []radar.Mention{{ID: id, Network: "x", Author: "a", Text: "#VeloVert", Time: at}}
	}
	hub.ProcessSeq(1, m("1"))
	d := Deps{Store: st, Stream: sm, Logger: slog.New(slog.DiscardHandler)}
	s, err := loadRadarSeries(ctx, d, hub)
	must(t, err)
	must(t, s.flush(ctx, hub)) // the store has one mention, at position 1
	hub.ProcessSeq(2, m("2"))  // the hub is ahead: two
	if _, err := loadRadarSeries(ctx, d, hub); err != nil {
		t.Fatal(err)
	}
	pts, err := hub.Series(b.ID, "", at.Add(-time.Hour), at.Add(time.Hour), time.Hour)
	must(t, err)
	var n int64
	for _, p := range pts {
		n += p.Volume
	}
	if n != 2 {
		t.Fatalf("after the worker's restart the hub counts %d mentions, want 2", n)
	}
}
