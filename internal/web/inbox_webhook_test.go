package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
)

func TestInboxWebhook(t *testing.T) {
	t.Setenv(InboxWebhookSecretEnv, "s3cret")
	f := newFixture(t)
	path := fmt.Sprintf("/api/v1/brands/%d/comments", f.brand.ID)
	send := func(path, body, secret string, at time.Time) (int, map[string]any) {
		t.Helper()
		req, _ := http.NewRequest("POST", f.ts.URL+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(radar.HeaderTimestamp, strconv.FormatInt(at.Unix(), 10))
		req.Header.Set(radar.HeaderSignature, radar.Sign([]byte(secret), at, []byte(body)))
		r, err := http.DefaultClient.Do(req)
		must(t, err)
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		var out map[string]any
		json.Unmarshal(b, &out)
		return r.StatusCode, out
	}
	body := `[{"id":"w1","text":"Les musulmans sont des cafards.","network":"instagram","kind":"comment"},
	{"id":"w2","text":"Vous livrez le dimanche ?","network":"instagram","kind":"dm","received_at":"2026-11-28T10:00:00Z"},
	{"id":"w3","text":"x","kind":"tweet"}]`
	st, out := send(path, body, "s3cret", time.Now())
	if st != http.StatusAccepted || out["accepted"] != float64(2) || len(out["rejected"].([]any)) != 1 {
		t.Fatalf("push: %d %v", st, out)
	}
	got := inboxIDs(t, f)
	if !got["w1"].Hidden || got["w1"].HiddenBy != "auto" || got["w2"].Kind != "dm" || got["w2"].ReceivedAt.Format(time.RFC3339) != "2026-11-28T10:00:00Z" {
		t.Fatalf("stored %+v", got)
	}
	if n := auditCount(t, f, "comment.autohide"); n != 1 {
		t.Errorf("%d autohide entries, want 1", n)
	}
	// Replayed (a retry): nothing new.
	if st, out := send(path, body, "s3cret", time.Now()); st != http.StatusAccepted || out["accepted"] != float64(0) || out["duplicates"] != float64(2) {
		t.Errorf("replay: %d %v", st, out)
	}
	if st, _ := send(path, body, "wrong", time.Now()); st != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d", st)
	}
	if st, _ := send(path, body, "s3cret", time.Now().Add(-time.Hour)); st != http.StatusUnauthorized {
		t.Errorf("stale timestamp: %d", st)
	}
	if st, _ := send("/api/v1/brands/999999/comments", body, "s3cret", time.Now()); st != http.StatusNotFound {
		t.Errorf("unknown brand: %d", st)
	}
	if st, _ := send(path, `{"id":"j1","text":"Super, merci !"}`, "s3cret", time.Now()); st != http.StatusAccepted || len(inboxIDs(t, f)) != 3 {
		t.Errorf("one JSON object: %d", st)
	}
	if st, _ := send(path, `not json, not csv`, "s3cret", time.Now()); st != http.StatusBadRequest {
		t.Errorf("garbage: %d", st)
	}
	t.Setenv(InboxWebhookSecretEnv, "")
	if st, _ := send(path, body, "", time.Now()); st != http.StatusUnauthorized {
		t.Errorf("no secret configured: %d", st)
	}
}

// FuzzArrayToLines: webhook bodies are outside input.
func FuzzArrayToLines(f *testing.F) {
	for _, s := range []string{`[{"id":1,"text":"a"}]`, `[`, `[1,2]`, `{"id":1}`, "[{\"text\":\"a\\nb\"}]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, _ := parseComments(arrayToLines(b))
		for _, r := range rows {
			if r.ID == "" {
				t.Fatalf("comment without id from %q", b)
			}
		}
	})
}

// TestInboxImportVolume imports the largest batch allowed (2,000 comments)
// through the page, then again, and logs the rate (go test -v -run
// TestInboxImportVolume ./internal/web/ prints it).
func TestInboxImportVolume(t *testing.T) {
	f := newFixture(t)
	page := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	texts := []string{"Vous livrez le dimanche ?", "Super accueil, merci !", "Commande jamais arrivée, c'est honteux.",
		"Congratulations, you won an iPhone! DM me to claim.", "What time do you open?", "Les musulmans sont des cafards."}
	var b strings.Builder
	for i := range inboxMax {
		// 250 authors of 8 comments each: their history is read and
		// written, and those with hidden comments become repeat offenders.
		fmt.Fprintf(&b, "{\"id\":\"v%d\",\"text\":%q,\"network\":\"instagram\",\"author_handle\":\"@u%d\"}\n", i, texts[i%len(texts)]+" #"+strconv.Itoa(i), i%250)
	}
	start := time.Now()
	res := ed.post(page, page, url.Values{"data": {b.String()}})
	took := time.Since(start)
	if res.status != http.StatusOK || !strings.Contains(res.body, "2000 new comments stored, 0 already there") {
		t.Fatalf("import: %d", res.status)
	}
	t.Logf("imported %d comments of 250 authors (classify + policy + author history + store + audit + page) in %v: %.0f comments/s on SQLite", inboxMax, took.Round(time.Millisecond), float64(inboxMax)/took.Seconds())
	start = time.Now()
	res = ed.post(page, page, url.Values{"data": {b.String()}})
	if !strings.Contains(res.body, "0 new comments stored, 2000 already there") {
		t.Fatalf("replay: %d", res.status)
	}
	t.Logf("replayed the same %d in %v", inboxMax, time.Since(start).Round(time.Millisecond))
}
