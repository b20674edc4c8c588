package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/inbox"
	"github.com/vigie-cm/vigie/internal/radar"
)

// TestInboxWebhookQueued: with an inbox worker in the process (its sink
// installed), the webhook hands the valid comments to the stream instead
// of storing them, and says so. The sink here records what it is given;
// the real sink, stream and worker are tested in internal/app
// (TestInboxThroughTheStream).
func TestInboxWebhookQueued(t *testing.T) {
	t.Setenv(InboxWebhookSecretEnv, "s3cret")
	f := newFixture(t)
	var got []inbox.Comment
	inbox.SetSink(func(_ context.Context, cs []inbox.Comment) error { got = append(got, cs...); return nil })
	t.Cleanup(func() { inbox.SetSink(nil) })

	body := `[{"id":"q1","text":"Vous livrez le dimanche ?","network":"instagram","kind":"dm","received_at":"2026-11-28T10:00:00Z"},
	{"id":"q2","text":"Les musulmans sont des cafards."},
	{"id":"q3","text":"x","kind":"tweet"}]`
	at := time.Now()
	req, _ := http.NewRequest("POST", fmt.Sprintf("%s/api/v1/brands/%d/comments", f.ts.URL, f.brand.ID), strings.NewReader(body))
	req.Header.Set(radar.HeaderTimestamp, strconv.FormatInt(at.Unix(), 10))
	req.Header.Set(radar.HeaderSignature, radar.Sign([]byte("s3cret"), at, []byte(body)))
	r, err := http.DefaultClient.Do(req)
	must(t, err)
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	var out map[string]any
	must(t, json.Unmarshal(b, &out))
	if r.StatusCode != http.StatusAccepted || out["accepted"] != float64(2) || out["queued"] != true || len(out["rejected"].([]any)) != 1 {
		t.Fatalf("answer %d %s", r.StatusCode, b)
	}
	if len(got) != 2 || got[0].BrandID != f.brand.ID || got[0].ID != "q1" || got[0].Kind != "dm" ||
		got[0].ReceivedAt.Format(time.RFC3339) != "2026-11-28T10:00:00Z" || got[1].ID != "q2" {
		t.Fatalf("handed to the stream: %+v", got)
	}
	if ids := inboxIDs(t, f); len(ids) != 0 {
		t.Errorf("queued comments also stored directly: %v", ids)
	}
}
