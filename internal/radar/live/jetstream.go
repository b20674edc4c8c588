// Package live listens to public social streams for the radar: Bluesky's
// Jetstream (JSON over WebSocket) and Mastodon's streaming API (server-sent
// events). Each client turns the network's posts into radar mentions,
// keeps only those a filter wants, reconnects with backoff, and resumes
// where it stopped when the network allows it.
package live

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"

	"github.com/vigie-cm/vigie/internal/radar"
)

// DefaultJetstream is a public Jetstream instance run by Bluesky.
const DefaultJetstream = "wss://jetstream2.us-east.bsky.network/subscribe"

// Jetstream follows Bluesky posts.
type Jetstream struct {
	// URL of the subscribe endpoint (DefaultJetstream if empty).
	URL string
	// Keep decides which mentions reach Sink (nil keeps all): a brand's
	// queries, so the firehose is filtered as it arrives.
	Keep func(radar.Mention) bool
	Sink func(context.Context, radar.Mention) error
	// Cursor is the Jetstream time (microseconds) to resume from; Run
	// updates it as events arrive, so a restart can continue.
	Cursor int64
	// MinBackoff and MaxBackoff bound the wait between reconnections
	// (default 1 s and 1 min).
	MinBackoff, MaxBackoff time.Duration
	// OnError, if set, hears about each dropped connection and bad event.
	OnError func(error)
	// OnConnect and OnDisconnect, if set, hear when a connection opens and
	// when it ends (with why), for a status page.
	OnConnect    func()
	OnDisconnect func(error)

	pos atomic.Int64 // Cursor, readable from other goroutines
}

// Position returns the Jetstream time of the last event seen (Cursor),
// safe to call while Run runs: what to store to resume after a restart.
func (j *Jetstream) Position() int64 { return j.pos.Load() }

// jetEvent is the part of a Jetstream event the radar reads.
type jetEvent struct {
	DID    string `json:"did"`
	TimeUS int64  `json:"time_us"`
	Kind   string `json:"kind"`
	Commit *struct {
		Operation  string `json:"operation"`
		Collection string `json:"collection"`
		RKey       string `json:"rkey"`
		Record     *struct {
			Type      string   `json:"$type"`
			Text      string   `json:"text"`
			CreatedAt string   `json:"createdAt"`
			Langs     []string `json:"langs"`
		} `json:"record"`
	} `json:"commit"`
}

const postCollection = "app.bsky.feed.post"

// ParseJetstreamEvent turns one Jetstream message into a mention. ok is
// false for events that are not new posts (likes, deletes, identity...).
func ParseJetstreamEvent(data []byte) (m radar.Mention, timeUS int64, ok bool, err error) {
	var ev jetEvent
	if err := json.Unmarshal(data, &ev); err != nil {
		return m, 0, false, fmt.Errorf("live: jetstream event: %w", err)
	}
	c := ev.Commit
	if ev.Kind != "commit" || c == nil || c.Operation != "create" || c.Collection != postCollection || c.Record == nil {
		return m, ev.TimeUS, false, nil
	}
	if ev.DID == "" || c.RKey == "" {
		return m, ev.TimeUS, false, errors.New("live: jetstream post without did or rkey")
	}
	m = radar.Mention{
		ID:      "at://" + ev.DID + "/" + postCollection + "/" + c.RKey,
		Network: "bluesky",
		Author:  ev.DID,
		Text:    c.Record.Text,
		URL:     "https://bsky.app/profile/" + ev.DID + "/post/" + c.RKey,
	}
	if len(c.Record.Langs) > 0 {
		m.Lang = c.Record.Langs[0]
	}
	// The author's clock can be anything; Jetstream's receive time is the
	// fallback and the bound.
	m.Time = time.UnixMicro(ev.TimeUS).UTC()
	if t, err := time.Parse(time.RFC3339Nano, c.Record.CreatedAt); err == nil && t.Before(m.Time.Add(5*time.Minute)) && ev.TimeUS > 0 {
		m.Time = t.UTC()
	}
	if ev.TimeUS == 0 {
		return m, 0, false, errors.New("live: jetstream post without time_us")
	}
	if err := m.Validate(); err != nil {
		return m, ev.TimeUS, false, fmt.Errorf("live: jetstream post %s: %w", m.ID, err)
	}
	return m, ev.TimeUS, true, nil
}

func (j *Jetstream) endpoint() (string, error) {
	raw := j.URL
	if raw == "" {
		raw = DefaultJetstream
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("live: jetstream url %q: %w", raw, err)
	}
	q := u.Query()
	q.Set("wantedCollections", postCollection)
	if j.Cursor > 0 {
		// Rewind a little: events at the cursor itself may not have been
		// seen, and mention ids make the repeats harmless.
		q.Set("cursor", strconv.FormatInt(j.Cursor-1_000_000, 10))
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// Run listens until ctx ends, reconnecting after failures. A Sink error
// stops it (the mention was not stored; the caller decides).
func (j *Jetstream) Run(ctx context.Context) error {
	backoff := j.MinBackoff
	if backoff <= 0 {
		backoff = time.Second
	}
	maxBackoff := j.MaxBackoff
	if maxBackoff <= 0 {
		maxBackoff = time.Minute
	}
	j.pos.Store(j.Cursor)
	for {
		got, err := j.once(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var sinkErr *sinkError
		if errors.As(err, &sinkErr) {
			return sinkErr.err
		}
		if err != nil && j.OnError != nil {
			j.OnError(err)
		}
		if got {
			backoff = max(j.MinBackoff, time.Second/10)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, maxBackoff)
	}
}

type sinkError struct{ err error }

func (e *sinkError) Error() string { return e.err.Error() }

// once runs one connection; got reports whether any event arrived.
func (j *Jetstream) once(ctx context.Context) (got bool, err error) {
	u, err := j.endpoint()
	if err != nil {
		return false, err
	}
	c, _, err := websocket.Dial(ctx, u, nil)
	if err != nil {
		return false, fmt.Errorf("live: jetstream dial %s: %w", u, err)
	}
	defer c.CloseNow()
	if j.OnConnect != nil {
		j.OnConnect()
	}
	if j.OnDisconnect != nil {
		defer func() { j.OnDisconnect(err) }()
	}
	c.SetReadLimit(1 << 20)
	for {
		_, data, err := c.Read(ctx)
		if err != nil {
			return got, fmt.Errorf("live: jetstream read: %w", err)
		}
		got = true
		m, ts, ok, err := ParseJetstreamEvent(data)
		if ts > j.Cursor {
			j.Cursor = ts
			j.pos.Store(ts)
		}
		if err != nil {
			if j.OnError != nil {
				j.OnError(err)
			}
			continue
		}
		if !ok || (j.Keep != nil && !j.Keep(m)) {
			continue
		}
		if err := j.Sink(ctx, m); err != nil {
			return got, &sinkError{err}
		}
	}
}
