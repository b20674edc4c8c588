package radar

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestWebhook(t *testing.T) {
	secret := []byte("s3cret")
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var got []Mention
	sinkErr := error(nil)
	h := &WebhookHandler{Secret: secret, Network: "mastodon", Now: func() time.Time { return now },
		Sink: func(_ context.Context, ms []Mention) error {
			if sinkErr != nil {
				return sinkErr
			}
			got = append(got, ms...)
			return nil
		}}
	srv := httptest.NewServer(h)
	defer srv.Close()

	post := func(body string, ts time.Time, sig string) (int, webhookReply) {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(body))
		req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts.Unix(), 10))
		if sig == "" {
			sig = Sign(secret, ts, []byte(body))
		}
		req.Header.Set(HeaderSignature, sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var rep webhookReply
		_ = json.NewDecoder(resp.Body).Decode(&rep)
		return resp.StatusCode, rep
	}

	body := `[{"id":"m1","text":"Bravo @fournil","timestamp":"2026-03-01T11:59:00Z","author":"ana"},
	          {"id":"m2","text":"no time"}]`
	code, rep := post(body, now, "")
	if code != http.StatusAccepted || rep.Accepted != 1 || len(rep.Rejected) != 1 || len(got) != 1 || got[0].Network != "mastodon" {
		t.Fatalf("valid push: %d %+v, stored %+v", code, rep, got)
	}
	// A pretty-printed single object works too.
	code, rep = post("{\n  \"id\": \"m3\",\n  \"text\": \"hello\",\n  \"timestamp\": 1772366340\n}", now, "")
	if code != http.StatusAccepted || rep.Accepted != 1 {
		t.Fatalf("single object: %d %+v", code, rep)
	}
	// Tampered body, wrong secret, replayed timestamp: refused, nothing stored.
	before := len(got)
	if code, _ = post(body, now, Sign(secret, now, []byte(body+" "))); code != http.StatusUnauthorized {
		t.Errorf("tampered body: %d", code)
	}
	if code, _ = post(body, now, Sign([]byte("other"), now, []byte(body))); code != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d", code)
	}
	old := now.Add(-10 * time.Minute)
	if code, rep = post(body, old, ""); code != http.StatusUnauthorized || !strings.Contains(rep.Error, "replayed") {
		t.Errorf("replay: %d %+v", code, rep)
	}
	if len(got) != before {
		t.Errorf("refused requests stored mentions")
	}
	if code, _ = post("not json", now, ""); code != http.StatusBadRequest {
		t.Errorf("garbage: %d", code)
	}
	sinkErr = errors.New("db down")
	if code, _ = post(body, now, ""); code != http.StatusServiceUnavailable {
		t.Errorf("sink failure: %d", code)
	}
	sinkErr = nil
	h.MaxBody = 10
	if code, _ = post(body, now, ""); code != http.StatusRequestEntityTooLarge {
		t.Errorf("too large: %d", code)
	}
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d", resp.StatusCode)
	}
}

func TestWebhookWithoutSecretRefuses(t *testing.T) {
	h := &WebhookHandler{Sink: func(context.Context, []Mention) error { return nil }}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader([]byte(`{"text":"x","timestamp":1772366340}`)))
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(time.Now().Unix(), 10))
	req.Header.Set(HeaderSignature, Sign(nil, time.Now(), []byte(`{"text":"x","timestamp":1772366340}`)))
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("no secret: %d", rec.Code)
	}
}

// Webhook bodies are hostile input.
func FuzzDecodePush(f *testing.F) {
	f.Add([]byte(`[{"text":"a","timestamp":1772366340}]`))
	f.Add([]byte("{\"text\":\"a\",\n\"date\":\"2026-03-01\"}"))
	f.Add([]byte(`{"text":"a","timestamp":"x"}` + "\n" + `{"text":"b","timestamp":1772366340}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ms, _, _ := decodePush(body, ImportOptions{})
		for _, m := range ms {
			if err := m.Validate(); err != nil {
				t.Fatalf("invalid mention from %q: %v", body, err)
			}
		}
	})
}
