package live

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
)

// Mastodon follows a Mastodon server's streaming API over server-sent
// events: GET /api/v1/streaming/hashtag?tag=X (or /public), "event: update"
// carrying a Status as JSON.
type Mastodon struct {
	// Server is the instance's base URL (https://mastodon.social).
	Server string
	// Hashtag to follow; empty follows the public timeline.
	Hashtag string
	// Local limits the public timeline or hashtag to the instance's posts.
	Local bool
	// Token is an access token, for instances that require one.
	Token  string
	Keep   func(radar.Mention) bool
	Sink   func(context.Context, radar.Mention) error
	Client *http.Client
	// MinBackoff and MaxBackoff bound the wait between reconnections.
	MinBackoff, MaxBackoff time.Duration
	OnError                func(error)
	// OnConnect and OnDisconnect, if set, hear when the stream opens and
	// when it ends (with why).
	OnConnect    func()
	OnDisconnect func(error)
}

// mastoStatus is the part of a Mastodon Status the radar reads.
type mastoStatus struct {
	ID        string `json:"id"`
	CreatedAt string `json:"created_at"`
	Content   string `json:"content"`
	URL       string `json:"url"`
	URI       string `json:"uri"`
	Language  string `json:"language"`
	Account   struct {
		Acct           string `json:"acct"`
		FollowersCount int64  `json:"followers_count"`
	} `json:"account"`
	Reblog *json.RawMessage `json:"reblog"`
}

var (
	breakTags = regexp.MustCompile(`(?i)<br\s*/?>|</p>\s*<p[^>]*>`)
	anyTag    = regexp.MustCompile(`<[^>]*>`)
)

// StripHTML turns a status's HTML content into plain text: paragraphs and
// line breaks become newlines, tags go, entities are decoded.
func StripHTML(s string) string {
	s = breakTags.ReplaceAllString(s, "\n")
	s = anyTag.ReplaceAllString(s, "")
	return strings.TrimSpace(html.UnescapeString(s))
}

// ParseMastodonStatus turns a Status JSON into a mention; boosts are not
// new mentions and report ok false.
func ParseMastodonStatus(data []byte, instance string) (m radar.Mention, ok bool, err error) {
	var st mastoStatus
	if err := json.Unmarshal(data, &st); err != nil {
		return m, false, fmt.Errorf("live: mastodon status: %w", err)
	}
	if st.Reblog != nil && string(*st.Reblog) != "null" {
		return m, false, nil
	}
	t, err := time.Parse(time.RFC3339Nano, st.CreatedAt)
	if err != nil {
		return m, false, fmt.Errorf("live: mastodon status %s: created_at %q: %w", st.ID, st.CreatedAt, err)
	}
	author := st.Account.Acct
	if author != "" && !strings.Contains(author, "@") && instance != "" {
		// Local accounts come without their domain; add it so authors are
		// unique across instances.
		author += "@" + instance
	}
	id := st.URI
	if id == "" {
		id = instance + "/" + st.ID
	}
	m = radar.Mention{
		ID: id, Network: "mastodon", Author: author, Text: StripHTML(st.Content), Time: t.UTC(),
		URL: st.URL, Reach: max(st.Account.FollowersCount, 0), Lang: st.Language,
	}
	if err := m.Validate(); err != nil {
		return m, false, fmt.Errorf("live: mastodon status %s: %w", st.ID, err)
	}
	return m, true, nil
}

func (c *Mastodon) endpoint() (string, string, error) {
	u, err := url.Parse(strings.TrimRight(c.Server, "/"))
	if err != nil || u.Host == "" {
		return "", "", fmt.Errorf("live: mastodon server %q is not a URL", c.Server)
	}
	instance := u.Host
	q := url.Values{}
	switch {
	case c.Hashtag != "":
		u.Path += "/api/v1/streaming/hashtag"
		if c.Local {
			u.Path += "/local"
		}
		q.Set("tag", strings.TrimPrefix(c.Hashtag, "#"))
	case c.Local:
		u.Path += "/api/v1/streaming/public/local"
	default:
		u.Path += "/api/v1/streaming/public"
	}
	u.RawQuery = q.Encode()
	return u.String(), instance, nil
}

// Run listens until ctx ends, reconnecting after failures; a Sink error
// stops it.
func (c *Mastodon) Run(ctx context.Context) error {
	backoff := c.MinBackoff
	if backoff <= 0 {
		backoff = time.Second
	}
	maxBackoff := c.MaxBackoff
	if maxBackoff <= 0 {
		maxBackoff = time.Minute
	}
	for {
		got, err := c.once(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var sinkErr *sinkError
		if errors.As(err, &sinkErr) {
			return sinkErr.err
		}
		if err != nil && c.OnError != nil {
			c.OnError(err)
		}
		if got {
			backoff = max(c.MinBackoff, time.Second/10)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, maxBackoff)
	}
}

func (c *Mastodon) once(ctx context.Context) (got bool, err error) {
	u, instance, err := c.endpoint()
	if err != nil {
		return false, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return false, fmt.Errorf("live: mastodon: %w", err)
	}
	req.Header.Set("Accept", "text/event-stream")
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	client := c.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return false, fmt.Errorf("live: mastodon %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false, fmt.Errorf("live: mastodon %s: HTTP %d", u, resp.StatusCode)
	}
	if c.OnConnect != nil {
		c.OnConnect()
	}
	if c.OnDisconnect != nil {
		defer func() { c.OnDisconnect(err) }()
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	var event string
	var data strings.Builder
	dispatch := func() error {
		defer func() { event = ""; data.Reset() }()
		if event != "update" || data.Len() == 0 {
			return nil
		}
		m, ok, err := ParseMastodonStatus([]byte(data.String()), instance)
		if err != nil {
			if c.OnError != nil {
				c.OnError(err)
			}
			return nil
		}
		if !ok || (c.Keep != nil && !c.Keep(m)) {
			return nil
		}
		if err := c.Sink(ctx, m); err != nil {
			return &sinkError{err}
		}
		return nil
	}
	for sc.Scan() {
		line := sc.Text()
		got = true
		switch {
		case line == "":
			if err := dispatch(); err != nil {
				return got, err
			}
		case strings.HasPrefix(line, ":"):
			// Heartbeat comment (":thump").
		case strings.HasPrefix(line, "event:"):
			event = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
		case strings.HasPrefix(line, "data:"):
			if data.Len() > 0 {
				data.WriteByte('\n')
			}
			data.WriteString(strings.TrimPrefix(strings.TrimPrefix(line, "data:"), " "))
		}
	}
	if err := sc.Err(); err != nil {
		return got, fmt.Errorf("live: mastodon read: %w", err)
	}
	return got, errors.New("live: mastodon stream ended")
}
