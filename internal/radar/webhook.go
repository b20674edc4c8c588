package radar

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Webhook signature headers. The signature is HMAC-SHA256 over
// "<timestamp>.<body>" with the brand's webhook secret, hex-encoded after
// "sha256=", in the style of Stripe's and GitHub's webhooks: signing the
// timestamp too lets the receiver refuse replays.
const (
	HeaderSignature = "X-Vigie-Signature"
	HeaderTimestamp = "X-Vigie-Timestamp"
)

// Sign returns the X-Vigie-Signature value for body sent at ts.
func Sign(secret []byte, ts time.Time, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(strconv.FormatInt(ts.Unix(), 10)))
	mac.Write([]byte{'.'})
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// WebhookHandler receives mentions pushed by a listening tool or a script:
// a JSON object, a JSON array of objects, or JSON Lines, with the fields of
// Mention (or the aliases the importer knows).
type WebhookHandler struct {
	// Secret is the shared HMAC key; an empty secret refuses everything.
	Secret []byte
	// Sink receives the valid mentions of one request.
	Sink func(ctx context.Context, ms []Mention) error
	// MaxBody bounds a request body (default 1 MiB).
	MaxBody int64
	// Tolerance is how far the signed timestamp may be from now (default 5 min).
	Tolerance time.Duration
	// Network fills mentions that name none.
	Network string
	// Now is the clock (tests).
	Now func() time.Time
}

type webhookReply struct {
	Accepted int         `json:"accepted"`
	Rejected []LineError `json:"rejected,omitempty"`
	Error    string      `json:"error,omitempty"`
}

func (h *WebhookHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	reply := func(code int, rep webhookReply) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(rep)
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		reply(http.StatusMethodNotAllowed, webhookReply{Error: "POST only"})
		return
	}
	limit := h.MaxBody
	if limit <= 0 {
		limit = 1 << 20
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			reply(http.StatusRequestEntityTooLarge, webhookReply{Error: fmt.Sprintf("body over %d bytes", limit)})
			return
		}
		reply(http.StatusBadRequest, webhookReply{Error: "reading body: " + err.Error()})
		return
	}
	if err := h.verify(r.Header, body); err != nil {
		// Say which check failed, never what the right signature would be.
		reply(http.StatusUnauthorized, webhookReply{Error: err.Error()})
		return
	}
	ms, bad, err := decodePush(body, ImportOptions{Network: h.Network})
	if err != nil {
		reply(http.StatusBadRequest, webhookReply{Error: err.Error(), Rejected: bad})
		return
	}
	if len(ms) > 0 {
		if err := h.Sink(r.Context(), ms); err != nil {
			reply(http.StatusServiceUnavailable, webhookReply{Error: "storing mentions failed; retry later"})
			return
		}
	}
	reply(http.StatusAccepted, webhookReply{Accepted: len(ms), Rejected: bad})
}

func (h *WebhookHandler) verify(hd http.Header, body []byte) error {
	if len(h.Secret) == 0 {
		return errors.New("webhook has no secret configured")
	}
	tsHeader := hd.Get(HeaderTimestamp)
	sec, err := strconv.ParseInt(strings.TrimSpace(tsHeader), 10, 64)
	if err != nil {
		return fmt.Errorf("missing or invalid %s header (Unix seconds)", HeaderTimestamp)
	}
	now := time.Now
	if h.Now != nil {
		now = h.Now
	}
	tol := h.Tolerance
	if tol <= 0 {
		tol = 5 * time.Minute
	}
	ts := time.Unix(sec, 0)
	if d := now().Sub(ts); d > tol || d < -tol {
		return fmt.Errorf("%s is %s away from now (tolerance %s): replayed or clock skew", HeaderTimestamp, d.Round(time.Second), tol)
	}
	got := hd.Get(HeaderSignature)
	want := Sign(h.Secret, ts, body)
	if !hmac.Equal([]byte(got), []byte(want)) {
		return fmt.Errorf("%s does not match the body", HeaderSignature)
	}
	return nil
}

// decodePush reads one object, an array of objects, or JSON Lines.
func decodePush(body []byte, opt ImportOptions) ([]Mention, []LineError, error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, nil, errors.New("empty body")
	}
	if trimmed[0] == '[' {
		var arr []json.RawMessage
		if err := json.Unmarshal(trimmed, &arr); err != nil {
			return nil, nil, fmt.Errorf("invalid JSON array: %w", err)
		}
		var lines bytes.Buffer
		for _, item := range arr {
			lines.Write(bytes.ReplaceAll(bytes.ReplaceAll(item, []byte("\n"), nil), []byte("\r"), nil))
			lines.WriteByte('\n')
		}
		trimmed = lines.Bytes()
		if len(trimmed) == 0 {
			return nil, nil, nil
		}
	}
	if trimmed[0] != '{' {
		return nil, nil, errors.New("body is not a JSON object, array or JSON Lines")
	}
	if json.Valid(trimmed) {
		// One object, perhaps pretty-printed: put it on one line.
		var one bytes.Buffer
		if err := json.Compact(&one, trimmed); err == nil {
			trimmed = one.Bytes()
		}
	}
	var ms []Mention
	opt.Format = "jsonl"
	_, bad, err := Import(bytes.NewReader(trimmed), opt, func(m Mention) error { ms = append(ms, m); return nil })
	if err != nil {
		return nil, bad, err
	}
	return ms, bad, nil
}
