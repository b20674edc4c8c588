package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/config"
	"github.com/vigie-cm/vigie/internal/radar/live"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

// fakeJetstream speaks Jetstream's subscribe protocol: JSON text frames
// over a WebSocket, wantedCollections and cursor in the query. Each
// connection gets the posts queued for it, then stays open.
type fakeJetstream struct {
	mu      sync.Mutex
	queries []string
	open    int
	frames  chan string
}

func (f *fakeJetstream) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	f.mu.Lock()
	f.queries = append(f.queries, r.URL.RawQuery)
	f.open++
	f.mu.Unlock()
	defer func() { f.mu.Lock(); f.open--; f.mu.Unlock() }()
	// A hijacked connection's request context does not end with it:
	// reading notices the client going away.
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	go func() {
		defer cancel()
		for {
			if _, _, err := c.Read(ctx); err != nil {
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case fr := <-f.frames:
			if err := c.Write(ctx, websocket.MessageText, []byte(fr)); err != nil {
				return
			}
		}
	}
}

func (f *fakeJetstream) state() (queries []string, open int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.queries...), f.open
}

func jetPost(did, rkey, text string, timeUS int64) string {
	return fmt.Sprintf(`{"did":%q,"time_us":%d,"kind":"commit","commit":{"rev":"3l","operation":"create","collection":"app.bsky.feed.post","rkey":%q,"record":{"$type":"app.bsky.feed.post","text":%q,"createdAt":%q,"langs":["fr"]},"cid":"bafy"}}`,
		did, timeUS, rkey, text, time.UnixMicro(timeUS).UTC().Format(time.RFC3339Nano))
}

// fakeMastodon speaks Mastodon's streaming API over server-sent events and
// requires the access token.
type fakeMastodon struct {
	token   string
	mu      sync.Mutex
	paths   []string
	updates chan string
}

func (f *fakeMastodon) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.paths = append(f.paths, r.URL.Path+"?"+r.URL.RawQuery)
	f.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer "+f.token {
		http.Error(w, `{"error":"The access token is invalid"}`, http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	fl := w.(http.Flusher)
	fmt.Fprint(w, ":)\n\n")
	fl.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case u := <-f.updates:
			fmt.Fprintf(w, "event: update\ndata: %s\n\n", u)
			fl.Flush()
		case <-time.After(100 * time.Millisecond):
			fmt.Fprint(w, ":thump\n\n")
			fl.Flush()
		}
	}
}

func mastoStatus(id, content, acct string, at time.Time) string {
	return fmt.Sprintf(`{"id":%q,"created_at":%q,"content":%q,"url":"https://masto.example/@%s/%s","uri":"https://masto.example/users/%s/statuses/%s","language":"fr","account":{"acct":%q,"followers_count":250},"reblog":null}`,
		id, at.Format(time.RFC3339Nano), content, acct, id, acct, id, acct)
}

// TestLiveSourcesThroughServe: a brand's live sources, stored as the
// settings page stores them (token sealed), are started by `vigie serve`'s
// wiring (app.Run, role all, embedded JetStream, SQLite); the posts of a
// local Jetstream server and a local Mastodon streaming server that match
// the brand's query reach the radar's series through the mentions stream;
// the status is written for the page; a restart resumes Jetstream from the
// stored cursor; turning a source off closes its connection.
func TestLiveSourcesThroughServe(t *testing.T) {
	for v, d := range map[*time.Duration]time.Duration{&liveRefresh: 150 * time.Millisecond, &liveStatusEvery: 100 * time.Millisecond,
		&liveMinBackoff: 50 * time.Millisecond, &liveRetry: 100 * time.Millisecond} {
		old := *v
		t.Cleanup(func() { *v = old }) // after the app stops
		*v = d
	}
	ctx := context.Background()
	data := t.TempDir()
	jet := &fakeJetstream{frames: make(chan string, 10)}
	jsrv := httptest.NewServer(jet)
	t.Cleanup(jsrv.Close) // after the app stops (cleanups run last first)
	masto := &fakeMastodon{token: "masto-tok-9", updates: make(chan string, 10)}
	msrv := httptest.NewServer(masto)
	t.Cleanup(msrv.Close)

	// The database as the settings page leaves it.
	st, err := store.Open(ctx, filepath.Join(data, "vigie.db"))
	must(t, err)
	w := brand.Workspace{Name: "Agence", Slug: "agence-live"}
	must(t, st.CreateWorkspace(ctx, &w))
	b := brand.Brand{WorkspaceID: w.ID, Name: "Boulangerie Lumière", Slug: "lumiere-live", Languages: []string{"fr"}}
	must(t, st.CreateBrand(ctx, &b))
	must(t, st.(store.RadarStore).SaveRadarQuery(ctx, &store.RadarQuery{BrandID: b.ID, Name: "marque", Query: `"Boulangerie Lumière" OR #LumiereLive`}))
	box, err := secret.Open("", data)
	must(t, err)
	sealed, err := box.Seal(masto.token, live.TokenPurpose(b.ID))
	must(t, err)
	rs := st.(store.RadarSourceStore)
	must(t, rs.SaveRadarSources(ctx, &store.RadarSources{BrandID: b.ID, JetstreamOn: true, JetstreamURL: "ws" + strings.TrimPrefix(jsrv.URL, "http") + "/subscribe",
		MastodonOn: true, MastodonURL: msrv.URL, MastodonTags: []string{"LumiereLive"}, MastodonTokenSealed: sealed}))
	// A second brand on the same endpoint shares the connection.
	b2 := brand.Brand{WorkspaceID: w.ID, Name: "Vélo Vert", Slug: "velo-live", Languages: []string{"fr"}}
	must(t, st.CreateBrand(ctx, &b2))
	must(t, st.(store.RadarStore).SaveRadarQuery(ctx, &store.RadarQuery{BrandID: b2.ID, Name: "marque", Query: `#VeloLive`}))
	must(t, rs.SaveRadarSources(ctx, &store.RadarSources{BrandID: b2.ID, JetstreamOn: true, JetstreamURL: "ws" + strings.TrimPrefix(jsrv.URL, "http") + "/subscribe"}))
	must(t, st.Close())

	cfg := config.Config{Data: data}
	_, _, stop := start(t, Options{Config: cfg, Role: RoleAll})
	hub := radarhub.Default()
	now := time.Now().UTC().Truncate(time.Second)
	t1 := now.Add(-2 * time.Minute).UnixMicro()
	waitFor(t, "the Jetstream connection", 20*time.Second, func() bool { _, open := jet.state(); return open == 1 })
	jet.frames <- jetPost("did:plc:ana", "p1", "Rien à voir avec nous", t1)
	jet.frames <- jetPost("did:plc:bob", "p2", "Le pain de Boulangerie Lumière, quel délice", t1+1)
	jet.frames <- jetPost("did:plc:eve", "p3", "Sortie du dimanche #VeloLive", t1+2)
	waitFor(t, "the Mastodon connection", 20*time.Second, func() bool {
		masto.mu.Lock()
		defer masto.mu.Unlock()
		return len(masto.paths) > 0
	})
	masto.updates <- mastoStatus("901", "<p>Vive <a href=\"#\">#LumiereLive</a> !</p>", "chloe", now.Add(-time.Minute))
	masto.updates <- mastoStatus("902", "<p>Sans rapport</p>", "dan", now.Add(-time.Minute))

	ids := func() map[string]bool {
		out := map[string]bool{}
		for _, m := range hub.Mentions(b.ID, now.Add(-time.Hour), now.Add(time.Hour)) {
			out[m.ID] = true
		}
		return out
	}
	bsky, mast := "at://did:plc:bob/app.bsky.feed.post/p2", "https://masto.example/users/chloe/statuses/901"
	waitFor(t, "both posts in the radar", 30*time.Second, func() bool { got := ids(); return got[bsky] && got[mast] })
	waitFor(t, "the second brand's post", 30*time.Second, func() bool {
		ms := hub.Mentions(b2.ID, now.Add(-time.Hour), now.Add(time.Hour))
		return len(ms) == 1 && ms[0].ID == "at://did:plc:eve/app.bsky.feed.post/p3"
	})
	if q, open := jet.state(); len(q) != 1 || open != 1 {
		t.Fatalf("%d Jetstream connections (%d open) for two brands on one endpoint, want one", len(q), open)
	}
	if got := ids(); len(got) != 2 {
		t.Fatalf("the brand's mentions are %v: the unrelated posts were kept", got)
	}
	pts, err := hub.Series(b.ID, "marque", now.Add(-time.Hour), now.Add(time.Minute), time.Hour)
	must(t, err)
	var vol int64
	for _, p := range pts {
		vol += p.Volume
	}
	if vol != 2 {
		t.Fatalf("query series: %d mentions, want 2", vol)
	}
	masto.mu.Lock()
	if p := masto.paths[0]; p != "/api/v1/streaming/hashtag?tag=LumiereLive" {
		t.Errorf("mastodon stream %q", p)
	}
	masto.mu.Unlock()

	st2, err := store.Open(ctx, filepath.Join(data, "vigie.db"))
	must(t, err)
	defer st2.Close()
	rs2 := st2.(store.RadarSourceStore)
	status := func() map[string]store.RadarSourceStatus {
		rows, err := rs2.ListRadarSourceStatus(ctx, b.ID)
		must(t, err)
		out := map[string]store.RadarSourceStatus{}
		for _, r := range rows {
			out[r.Source] = r
		}
		return out
	}
	waitFor(t, "the status written", 10*time.Second, func() bool {
		s := status()
		return s["jetstream"].Connected && s["jetstream"].Events == 1 && s["jetstream"].Cursor == t1+2 &&
			s["mastodon"].Connected && s["mastodon"].Events == 1 && s["mastodon"].LastEventAt != nil
	})
	waitFor(t, "the second brand's status", 10*time.Second, func() bool {
		rows, err := rs2.ListRadarSourceStatus(ctx, b2.ID)
		must(t, err)
		return len(rows) == 1 && rows[0].Connected && rows[0].Events == 1 && rows[0].Cursor == t1+2
	})
	must(t, stop())
	if s := status(); s["jetstream"].Connected || s["mastodon"].Connected {
		t.Fatalf("after shutdown the status still says connected: %+v", s)
	}

	// A restart resumes Jetstream a second before the stored cursor.
	start(t, Options{Config: cfg, Role: RoleAll})
	waitFor(t, "the Jetstream reconnection", 20*time.Second, func() bool { q, open := jet.state(); return len(q) >= 2 && open == 1 })
	q, _ := jet.state()
	if want := fmt.Sprintf("cursor=%d", t1+2-1_000_000); !strings.Contains(q[len(q)-1], want) || !strings.Contains(q[len(q)-1], "wantedCollections=app.bsky.feed.post") {
		t.Fatalf("restart query %q, want %s", q[len(q)-1], want)
	}

	// Turning Jetstream off for both brands closes its connection; Mastodon
	// stays.
	must(t, rs2.SaveRadarSources(ctx, &store.RadarSources{BrandID: b.ID, MastodonOn: true, MastodonURL: msrv.URL, MastodonTags: []string{"LumiereLive"}, MastodonTokenSealed: sealed}))
	must(t, rs2.SaveRadarSources(ctx, &store.RadarSources{BrandID: b2.ID}))
	waitFor(t, "Jetstream to be stopped", 20*time.Second, func() bool { _, open := jet.state(); return open == 0 })
	waitFor(t, "the status to say so", 10*time.Second, func() bool { s := status(); return !s["jetstream"].Connected && s["mastodon"].Connected })

	// A wrong token: the server refuses, the status says why.
	bad, err := box.Seal("wrong", live.TokenPurpose(b.ID))
	must(t, err)
	must(t, rs2.SaveRadarSources(ctx, &store.RadarSources{BrandID: b.ID, MastodonOn: true, MastodonURL: msrv.URL, MastodonPublic: true, MastodonTokenSealed: bad}))
	waitFor(t, "the refused token in the status", 20*time.Second, func() bool {
		s := status()["mastodon"]
		return !s.Connected && strings.Contains(s.LastError, "HTTP 401")
	})
}
