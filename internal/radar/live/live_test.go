package live

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/vigie-cm/vigie/internal/radar"
)

// jetPost is an event in the shape Jetstream documents for a new post.
func jetPost(did, rkey, text string, timeUS int64) string {
	return fmt.Sprintf(`{"did":%q,"time_us":%d,"kind":"commit","commit":{"rev":"3l","operation":"create","collection":"app.bsky.feed.post","rkey":%q,"record":{"$type":"app.bsky.feed.post","text":%q,"createdAt":"2026-03-01T10:00:00.000Z","langs":["fr"]},"cid":"bafy"}}`, did, timeUS, rkey, text)
}

// A local server that speaks Jetstream's subscribe protocol: JSON text
// frames over a WebSocket, wantedCollections and cursor in the query.
func TestJetstreamAgainstLocalServer(t *testing.T) {
	base := time.Date(2026, 3, 1, 10, 0, 1, 0, time.UTC).UnixMicro()
	var mu sync.Mutex
	var queries []string
	conns := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		queries = append(queries, r.URL.RawQuery)
		conns++
		n := conns
		mu.Unlock()
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer c.CloseNow()
		ctx := r.Context()
		var frames []string
		if n == 1 {
			frames = []string{
				`{"did":"did:plc:a","time_us":` + fmt.Sprint(base) + `,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.like","rkey":"l1","record":{"$type":"app.bsky.feed.like"}}}`,
				jetPost("did:plc:ana", "p1", "J'adore Maison Fournil !", base+1),
				jetPost("did:plc:bob", "p2", "rien à voir", base+2),
				`{not json`,
				`{"did":"did:plc:ana","time_us":` + fmt.Sprint(base+3) + `,"kind":"commit","commit":{"operation":"delete","collection":"app.bsky.feed.post","rkey":"p1"}}`,
			}
		} else {
			frames = []string{jetPost("did:plc:carl", "p3", "#Fournil30ans bravo", base+10)}
		}
		for _, f := range frames {
			if err := c.Write(ctx, websocket.MessageText, []byte(f)); err != nil {
				return
			}
		}
		if n == 1 {
			c.Close(websocket.StatusGoingAway, "restart") // the client must reconnect
			return
		}
		<-ctx.Done()
	}))
	defer srv.Close()

	q, err := radar.ParseQuery(`"Maison Fournil" OR #Fournil30ans`)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var got []radar.Mention
	var errs []error
	j := &Jetstream{
		URL:        "ws" + strings.TrimPrefix(srv.URL, "http") + "/subscribe",
		Keep:       func(m radar.Mention) bool { return q.Match(m.Text) },
		MinBackoff: 10 * time.Millisecond,
		OnError:    func(err error) { errs = append(errs, err) },
		Sink: func(_ context.Context, m radar.Mention) error {
			got = append(got, m)
			if len(got) == 2 {
				cancel()
			}
			return nil
		},
	}
	if err := j.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	a := got[0]
	if a.ID != "at://did:plc:ana/app.bsky.feed.post/p1" || a.Network != "bluesky" || a.Lang != "fr" || a.URL != "https://bsky.app/profile/did:plc:ana/post/p1" || !a.Time.Equal(time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("first mention %+v", a)
	}
	if got[1].Author != "did:plc:carl" {
		t.Errorf("second mention %+v", got[1])
	}
	mu.Lock()
	defer mu.Unlock()
	if len(queries) < 2 || !strings.Contains(queries[0], "wantedCollections=app.bsky.feed.post") || strings.Contains(queries[0], "cursor") {
		t.Fatalf("queries %v", queries)
	}
	// The reconnection resumes a second before the last event seen.
	if want := fmt.Sprintf("cursor=%d", base+3-1_000_000); !strings.Contains(queries[1], want) {
		t.Errorf("reconnect query %q lacks %s", queries[1], want)
	}
	if len(errs) == 0 {
		t.Errorf("the malformed frame and the dropped connection were not reported")
	}
}

func TestJetstreamSinkErrorStops(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer c.CloseNow()
		_ = c.Write(r.Context(), websocket.MessageText, []byte(jetPost("did:plc:a", "p", "x", time.Now().UnixMicro())))
		<-r.Context().Done()
	}))
	defer srv.Close()
	boom := fmt.Errorf("store down")
	j := &Jetstream{URL: "ws" + strings.TrimPrefix(srv.URL, "http"), Sink: func(context.Context, radar.Mention) error { return boom }}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := j.Run(ctx); err != boom {
		t.Fatalf("Run: %v, want the sink's error", err)
	}
}

// A local server that speaks Mastodon's streaming API over server-sent
// events: heartbeats, "update" with a Status, "delete", boosts.
func TestMastodonAgainstLocalServer(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	conns := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		conns++
		n := conns
		paths = append(paths, r.URL.Path+"?"+r.URL.RawQuery+" "+r.Header.Get("Authorization"))
		mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		fl := w.(http.Flusher)
		status := func(id, content, acct string, reblog bool) string {
			rb := "null"
			if reblog {
				rb = `{"id":"9"}`
			}
			return fmt.Sprintf(`{"id":%q,"created_at":"2026-03-01T10:00:00.000Z","content":%q,"url":"https://m.example/@x/%s","uri":"https://m.example/users/x/statuses/%s","language":"fr","account":{"acct":%q,"followers_count":120},"reblog":%s}`, id, content, id, id, acct, rb)
		}
		if n == 1 {
			fmt.Fprint(w, ":thump\n\n")
			fmt.Fprintf(w, "event: update\ndata: %s\n\n", status("1", "<p>J&#39;adore <a href=\"x\">#<span>Fournil30ans</span></a></p><p>2e ligne</p>", "ana", false))
			fmt.Fprint(w, "event: delete\ndata: 1\n\n")
			fmt.Fprintf(w, "event: update\ndata: %s\n\n", status("2", "<p>boost #Fournil30ans</p>", "bob@other.example", true))
			fmt.Fprint(w, "event: update\ndata: {broken\n\n")
			fl.Flush()
			return // connection drops; the client reconnects
		}
		fmt.Fprintf(w, "event: update\ndata: %s\n\n", status("3", "<p>encore #Fournil30ans</p>", "carl@other.example", false))
		fl.Flush()
		<-r.Context().Done()
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var got []radar.Mention
	c := &Mastodon{Server: srv.URL, Hashtag: "#Fournil30ans", Token: "tok", MinBackoff: 10 * time.Millisecond,
		Sink: func(_ context.Context, m radar.Mention) error {
			got = append(got, m)
			if len(got) == 2 {
				cancel()
			}
			return nil
		}}
	if err := c.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %+v", got)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	a := got[0]
	if a.Text != "J'adore #Fournil30ans\n2e ligne" || a.Author != "ana@"+host || a.Reach != 120 || a.ID != "https://m.example/users/x/statuses/1" || a.Network != "mastodon" {
		t.Errorf("first %+v", a)
	}
	if got[1].Author != "carl@other.example" {
		t.Errorf("second %+v", got[1])
	}
	mu.Lock()
	defer mu.Unlock()
	if paths[0] != "/api/v1/streaming/hashtag?tag=Fournil30ans Bearer tok" {
		t.Errorf("request %q", paths[0])
	}
}

func FuzzParseJetstreamEvent(f *testing.F) {
	f.Add([]byte(jetPost("did:plc:a", "r", "hello", 1772359200000000)))
	f.Add([]byte(`{"kind":"identity"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _, ok, err := ParseJetstreamEvent(data)
		if ok && (err != nil || m.Validate() != nil || m.ID == "") {
			t.Fatalf("accepted an invalid mention %+v (%v)", m, err)
		}
	})
}

func FuzzParseMastodonStatus(f *testing.F) {
	f.Add([]byte(`{"id":"1","created_at":"2026-03-01T10:00:00Z","content":"<p>a &amp; b</p>","account":{"acct":"x"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, ok, err := ParseMastodonStatus(data, "m.example")
		if ok && (err != nil || m.Validate() != nil || m.ID == "") {
			t.Fatalf("accepted an invalid mention %+v (%v)", m, err)
		}
	})
}
