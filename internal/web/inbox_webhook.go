package web

import (
	"bytes"
	"crypto/hmac"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/inbox"
	"github.com/vigie-cm/vigie/internal/radar"
)

// InboxWebhookSecretEnv names the environment variable holding the shared
// HMAC secret of the comments webhook; unset, the webhook refuses every
// request. The secret is the instance's: whoever holds it may push to any
// brand, as the operator can.
const InboxWebhookSecretEnv = "VIGIE_INBOX_WEBHOOK_SECRET"

// inboxWebhookTolerance is how far the signed timestamp may be from now:
// a captured request cannot be replayed later than that (and a replay
// within it stores nothing new, external ids being unique).
const inboxWebhookTolerance = 5 * time.Minute

// inboxWebhook stores comments pushed by a connector or a script, signed
// like the radar's webhook (radar.Sign: X-Vigie-Timestamp, and
// X-Vigie-Signature = "sha256=" + hex HMAC-SHA256 of "<ts>.<body>"). The
// body is JSON Lines, one JSON object, a JSON array of objects, or a CSV,
// with the import's fields. Comments are classified and stored exactly as
// an import: idempotent on (network, id), automatic hides audited.
func (c *Ctx) inboxWebhook() error {
	secret := []byte(os.Getenv(InboxWebhookSecretEnv))
	body, err := io.ReadAll(c.R.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &Error{Status: http.StatusRequestEntityTooLarge, Key: "error.too_large"}
		}
		return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_upload"}
	}
	if err := checkSignature(secret, c.R.Header, body, c.s.now()); err != nil {
		return c.JSON(http.StatusUnauthorized, map[string]any{"error": err.Error()})
	}
	b, err := c.brandByID(c.R.PathValue("brand"))
	if err != nil {
		return err
	}
	ws, err := c.Store().GetWorkspace(c.R.Context(), b.WorkspaceID)
	if err != nil {
		return fmt.Errorf("web: inbox webhook: workspace of brand %d: %w", b.ID, err)
	}
	c.Brand, c.Workspace = &b, &ws
	rows, errs := parseComments(arrayToLines(body))
	if len(rows) > inboxMax {
		return &Error{Status: http.StatusRequestEntityTooLarge, Key: "inbox.too_many", Args: []any{inboxMax, len(rows)}}
	}
	rows, bad := checkImported(rows)
	errs = append(errs, bad...)
	// With an inbox worker in this process the comments go through the
	// stream (the worker stores them, audits hides and escalates them to
	// the radar); the duplicates are then only known later, so the answer
	// counts every comment accepted for storage.
	var added, dup int
	queued := false
	if len(rows) > 0 {
		switch err := inbox.Send(c.R.Context(), incoming(b.ID, rows)); {
		case err == nil:
			added, queued = len(rows), true
		case !errors.Is(err, inbox.ErrNoSink):
			return fmt.Errorf("web: inbox webhook: brand %d: %w", b.ID, err)
		}
	}
	if !queued {
		if added, dup, err = c.storeComments(rows); err != nil {
			return err
		}
	}
	status := http.StatusAccepted
	if len(rows) == 0 && len(errs) > 0 {
		status = http.StatusBadRequest
	}
	return c.JSON(status, map[string]any{"accepted": added, "duplicates": dup, "rejected": errs, "queued": queued})
}

// checkSignature verifies the radar's webhook signature over body.
func checkSignature(secret []byte, h http.Header, body []byte, now time.Time) error {
	if len(secret) == 0 {
		return fmt.Errorf("webhook has no secret configured (%s)", InboxWebhookSecretEnv)
	}
	sec, err := strconv.ParseInt(strings.TrimSpace(h.Get(radar.HeaderTimestamp)), 10, 64)
	if err != nil {
		return fmt.Errorf("missing or invalid %s header (Unix seconds)", radar.HeaderTimestamp)
	}
	ts := time.Unix(sec, 0)
	if d := now.Sub(ts); d > inboxWebhookTolerance || d < -inboxWebhookTolerance {
		return fmt.Errorf("%s is %s away from now (tolerance %s)", radar.HeaderTimestamp, d.Round(time.Second), inboxWebhookTolerance)
	}
	if !hmac.Equal([]byte(h.Get(radar.HeaderSignature)), []byte(radar.Sign(secret, ts, body))) {
		return fmt.Errorf("%s does not match the body", radar.HeaderSignature)
	}
	return nil
}

// arrayToLines turns a JSON array of objects into JSON Lines, so that one
// parser reads every shape; anything else is returned as it is.
func arrayToLines(body []byte) []byte {
	t := bytes.TrimSpace(body)
	if len(t) == 0 || t[0] != '[' {
		return body
	}
	var items []json.RawMessage
	if err := json.Unmarshal(t, &items); err != nil {
		return body
	}
	var b bytes.Buffer
	for _, it := range items {
		var compact bytes.Buffer
		if json.Compact(&compact, it) == nil {
			b.Write(compact.Bytes())
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}
