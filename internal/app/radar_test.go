package app

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
)

func radarEnv(t *testing.T) (store.Store, *stream.Stream) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	sm, err := stream.Open(ctx, stream.Config{DataDir: t.TempDir(), Namespace: "radarapp"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sm.Close() })
	if err := sm.Ensure(ctx, stream.Mentions); err != nil {
		t.Fatal(err)
	}
	return st, sm
}

// startRadar runs the radar worker on hub until the test ends or stop is
// called.
func startRadar(t *testing.T, st store.Store, sm *stream.Stream, hub *radarhub.Hub) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runRadar(ctx, Deps{Store: st, Stream: sm, Logger: slog.New(slog.DiscardHandler)}, hub) }()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil && err != context.Canceled {
			t.Errorf("radar worker: %v", err)
		}
	}
	t.Cleanup(stop)
	return stop
}

func waitFor(t *testing.T, what string, d time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestRadarThroughTheStream: mentions imported into the hub travel the
// real mentions stream (embedded JetStream), come back through the radar
// worker's consumer with the real sentiment model, fill the brand's series
// and open a bad-buzz episode found by the detector; a restarted worker
// with an empty hub rebuilds the same state from the stream.
func TestRadarThroughTheStream(t *testing.T) {
	ctx := context.Background()
	st, sm := radarEnv(t)
	w := brand.Workspace{Name: "Agence", Slug: "agence"}
	if err := st.CreateWorkspace(ctx, &w); err != nil {
		t.Fatal(err)
	}
	b := brand.Brand{WorkspaceID: w.ID, Name: "Boulangerie Lumière", Slug: "lumiere", Languages: []string{"fr"}}
	if err := st.CreateBrand(ctx, &b); err != nil {
		t.Fatal(err)
	}
	db := radarhub.DemoBrand{Name: b.Name, Tag: "#Lumiere", Lang: "fr"}
	q := store.RadarQuery{BrandID: b.ID, Name: "marque", Query: radarhub.DemoQuery(db)}
	if err := st.(store.RadarStore).SaveRadarQuery(ctx, &q); err != nil {
		t.Fatal(err)
	}
	end := time.Now().UTC().Truncate(time.Minute)
	db.BadBuzz = end.Add(-30 * time.Hour)
	ms := radarhub.DemoMentions(11, []radarhub.DemoBrand{db}, end, 6)
	want := 0
	rq, _ := radar.ParseQuery(q.Query)
	for _, m := range ms {
		if rq.Match(m.Text) {
			want++
		}
	}

	hub := radarhub.New()
	stop := startRadar(t, st, sm, hub)
	waitFor(t, "the worker to listen", 30*time.Second, func() bool { return hub.Status(b.ID).FedByQueue })
	if err := hub.Publish(ctx, ms); err != nil {
		t.Fatal(err)
	}
	check := func(h *radarhub.Hub) radar.Episode {
		t.Helper()
		waitFor(t, fmt.Sprintf("%d brand mentions", want), 60*time.Second, func() bool { return h.Status(b.ID).Mentions == want })
		h.Advance()
		s := h.Status(b.ID)
		if len(s.Closed) != 1 || s.Current != nil {
			t.Fatalf("episodes after the stream: current %+v, closed %+v", s.Current, s.Closed)
		}
		e := s.Closed[0]
		if e.Kind != radar.BadBuzz || e.AlertAt.Before(db.BadBuzz) || e.AlertAt.After(db.BadBuzz.Add(time.Hour)) {
			t.Fatalf("episode %+v: want a bad buzz alerted within the hour after %s", e, db.BadBuzz)
		}
		pts, err := h.Series(b.ID, "marque", end.Add(-7*24*time.Hour), end, 24*time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		var n int64
		for _, p := range pts {
			n += p.Volume
		}
		if n != int64(want) {
			t.Fatalf("query series holds %d mentions, want %d", n, want)
		}
		return e
	}
	first := check(hub)
	waitFor(t, "every mention of the stream", 30*time.Second, func() bool { return hub.Seen() == len(ms) })
	stop()

	// A restart: a fresh hub, the same stream.
	again := radarhub.New()
	startRadar(t, st, sm, again)
	if second := check(again); !second.Start.Equal(first.Start) || second.Volume != first.Volume {
		t.Fatalf("after a restart the episode is %+v, was %+v", second, first)
	}
}

// TestRadarDemo: the demo workspace's brands get their queries and days of
// mentions once, and the detector finds Lumière's bad buzz by itself.
func TestRadarDemo(t *testing.T) {
	ctx := context.Background()
	st, sm := radarEnv(t)
	w := brand.Workspace{Name: "Agence Marée Haute", Slug: "maree-haute"}
	if err := st.CreateWorkspace(ctx, &w); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, slug := range []string{"lumiere", "northwind"} {
		b := brand.Brand{WorkspaceID: w.ID, Name: demoBrands[slug].Name, Slug: slug, Languages: []string{demoBrands[slug].Lang}}
		if err := st.CreateBrand(ctx, &b); err != nil {
			t.Fatal(err)
		}
		ids[slug] = b.ID
	}
	hub := radarhub.New()
	stop := startRadar(t, st, sm, hub)
	waitFor(t, "the demo's bad buzz", 90*time.Second, func() bool {
		hub.Advance()
		return len(hub.Status(ids["lumiere"]).Closed) > 0
	})
	if s := hub.Status(ids["lumiere"]); len(s.Closed) != 1 || s.Closed[0].Kind != radar.BadBuzz {
		t.Fatalf("Lumière: %+v", s.Closed)
	}
	// Let the stream run dry before stopping: stream.Consumer.Stop is not
	// safe while messages are still being delivered (reported to the lead).
	last := -1
	waitFor(t, "the demo's mentions to be all read", 60*time.Second, func() bool {
		n := hub.Seen()
		time.Sleep(300 * time.Millisecond)
		done := n > 0 && n == last && n == hub.Seen()
		last = n
		return done
	})
	hub.Advance()
	if s := hub.Status(ids["northwind"]); s.Mentions == 0 || len(s.Closed) != 0 || s.Current != nil {
		t.Fatalf("Northwind: %d mentions, episodes %+v %+v", s.Mentions, s.Current, s.Closed)
	}
	stop()
	qs, err := st.(store.RadarStore).ListRadarQueries(ctx, 0)
	if err != nil || len(qs) != 2 {
		t.Fatalf("demo queries %+v, %v", qs, err)
	}
	if again, err := seedRadarDemo(ctx, st, st.(store.RadarStore)); err != nil || again != nil {
		t.Fatalf("second seeding: %d mentions, %v", len(again), err)
	}
}
