// Package alert tells a brand's team that something is happening: by
// Slack- or Teams-compatible webhook, by email, and in the app; with
// deduplication, a rate limit and quiet hours, so that a long episode does
// not turn into a flood of notifications at 3 a.m.
package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/smtp"
	"strings"
	"sync"
	"time"
)

// Alert is one notification.
type Alert struct {
	// Key identifies what the alert is about (brand, episode, phase): the
	// same key within the dedup window is sent once.
	Key   string    `json:"key"`
	Brand string    `json:"brand"`
	Title string    `json:"title"`
	Text  string    `json:"text"`
	URL   string    `json:"url,omitempty"`
	Time  time.Time `json:"time"`
	// Urgent alerts (a bad buzz in progress) go out during quiet hours;
	// others wait for the morning.
	Urgent bool `json:"urgent"`
}

// Channel delivers alerts somewhere.
type Channel interface {
	Name() string
	Send(ctx context.Context, a Alert) error
}

// Slack posts to a Slack incoming webhook ({"text": ...}, mrkdwn); Mattermost
// and Rocket.Chat accept the same payload.
type Slack struct {
	URL    string
	Client *http.Client
}

func (s *Slack) Name() string { return "slack" }

func (s *Slack) Send(ctx context.Context, a Alert) error {
	text := "*" + escapeSlack(a.Title) + "*\n" + escapeSlack(a.Text)
	if a.URL != "" {
		text += "\n<" + a.URL + "|Open in Vigie>"
	}
	return postJSON(ctx, s.Client, s.URL, map[string]any{"text": text}, "alert: slack")
}

// escapeSlack escapes the three characters Slack's mrkdwn reserves.
func escapeSlack(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Teams posts a MessageCard to a Microsoft Teams incoming webhook.
type Teams struct {
	URL    string
	Client *http.Client
}

func (t *Teams) Name() string { return "teams" }

func (t *Teams) Send(ctx context.Context, a Alert) error {
	card := map[string]any{
		"@type":      "MessageCard",
		"@context":   "https://schema.org/extensions",
		"summary":    a.Title,
		"title":      a.Title,
		"text":       a.Text,
		"themeColor": map[bool]string{true: "D13438", false: "0078D7"}[a.Urgent],
	}
	if a.URL != "" {
		card["potentialAction"] = []map[string]any{{
			"@type": "OpenUri", "name": "Open in Vigie",
			"targets": []map[string]string{{"os": "default", "uri": a.URL}},
		}}
	}
	return postJSON(ctx, t.Client, t.URL, card, "alert: teams")
}

func postJSON(ctx context.Context, c *http.Client, url string, payload any, layer string) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("%s: %w", layer, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s: %w", layer, err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c == nil {
		c = &http.Client{Timeout: 10 * time.Second}
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("%s: posting: %w", layer, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
		return fmt.Errorf("%s: HTTP %d: %s", layer, resp.StatusCode, strings.TrimSpace(string(msg)))
	}
	return nil
}

// Email sends alerts through an SMTP server.
type Email struct {
	Addr string // host:port
	From string
	To   []string
	// Auth is optional (PLAIN over TLS in production).
	Auth smtp.Auth
}

func (e *Email) Name() string { return "email" }

func (e *Email) Send(_ context.Context, a Alert) error {
	if len(e.To) == 0 {
		return errors.New("alert: email: no recipient")
	}
	for _, h := range append([]string{e.From}, e.To...) {
		if strings.ContainsAny(h, "\r\n") {
			return fmt.Errorf("alert: email: address %q contains a line break", h)
		}
	}
	var msg bytes.Buffer
	fmt.Fprintf(&msg, "From: %s\r\n", e.From)
	fmt.Fprintf(&msg, "To: %s\r\n", strings.Join(e.To, ", "))
	// Titles come from mentions' terms: encode, never splice raw.
	fmt.Fprintf(&msg, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", a.Title))
	fmt.Fprintf(&msg, "Date: %s\r\n", a.Time.Format(time.RFC1123Z))
	msg.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	body := a.Text
	if a.URL != "" {
		body += "\n\n" + a.URL
	}
	// net/smtp dot-stuffs the body itself.
	for _, line := range strings.Split(body, "\n") {
		msg.WriteString(strings.TrimRight(line, "\r") + "\r\n")
	}
	if err := smtp.SendMail(e.Addr, e.Auth, e.From, e.To, msg.Bytes()); err != nil {
		return fmt.Errorf("alert: email via %s: %w", e.Addr, err)
	}
	return nil
}

// InApp keeps the latest alerts for the app's bell and live page.
type InApp struct {
	mu   sync.Mutex
	max  int
	list []Alert
	subs map[chan Alert]struct{}
}

// NewInApp keeps the last max alerts.
func NewInApp(max int) *InApp { return &InApp{max: max, subs: map[chan Alert]struct{}{}} }

func (n *InApp) Name() string { return "in-app" }

func (n *InApp) Send(_ context.Context, a Alert) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.list = append(n.list, a)
	if len(n.list) > n.max {
		n.list = n.list[len(n.list)-n.max:]
	}
	for ch := range n.subs {
		select {
		case ch <- a:
		default: // a slow page misses a live update, not the list
		}
	}
	return nil
}

// Recent returns the kept alerts, newest last.
func (n *InApp) Recent() []Alert {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]Alert(nil), n.list...)
}

// Subscribe returns a channel of new alerts and a function to stop.
func (n *InApp) Subscribe() (<-chan Alert, func()) {
	ch := make(chan Alert, 16)
	n.mu.Lock()
	n.subs[ch] = struct{}{}
	n.mu.Unlock()
	return ch, func() {
		n.mu.Lock()
		delete(n.subs, ch)
		n.mu.Unlock()
	}
}

// QuietHours is a daily span, in a time zone, when only urgent alerts go out.
type QuietHours struct {
	From, To time.Duration // since midnight; To < From spans midnight
	Location *time.Location
}

// Contains reports whether t falls in the quiet span, and when it ends.
func (q QuietHours) Contains(t time.Time) (bool, time.Time) {
	if q.From == q.To {
		return false, time.Time{}
	}
	loc := q.Location
	if loc == nil {
		loc = time.UTC
	}
	lt := t.In(loc)
	midnight := time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, loc)
	since := lt.Sub(midnight)
	switch {
	case q.From < q.To && since >= q.From && since < q.To:
		return true, midnight.Add(q.To)
	case q.From > q.To && since >= q.From:
		return true, midnight.AddDate(0, 0, 1).Add(q.To)
	case q.From > q.To && since < q.To:
		return true, midnight.Add(q.To)
	}
	return false, time.Time{}
}

// Outcome says what the dispatcher did with an alert.
type Outcome string

const (
	Sent       Outcome = "sent"
	Duplicate  Outcome = "duplicate"
	RateLimit  Outcome = "rate_limited"
	Held       Outcome = "held_quiet_hours"
	SendFailed Outcome = "failed"
)

// Dispatcher applies the rules and fans alerts out to the channels.
type Dispatcher struct {
	Channels []Channel
	// Dedup is how long a key is remembered (default 6 h).
	Dedup time.Duration
	// PerHour caps alerts per brand per rolling hour (0: no cap).
	PerHour int
	Quiet   QuietHours

	mu   sync.Mutex
	seen map[string]time.Time
	sent map[string][]time.Time // brand -> send times in the last hour
	held []Alert
}

// Dispatch applies dedup, quiet hours and the rate limit to a, then sends
// it on every channel. A channel's failure does not stop the others; the
// errors are joined.
func (d *Dispatcher) Dispatch(ctx context.Context, a Alert, now time.Time) (Outcome, error) {
	if a.Time.IsZero() {
		a.Time = now
	}
	d.mu.Lock()
	if d.seen == nil {
		d.seen, d.sent = map[string]time.Time{}, map[string][]time.Time{}
	}
	dedup := d.Dedup
	if dedup <= 0 {
		dedup = 6 * time.Hour
	}
	for k, t := range d.seen {
		if now.Sub(t) > dedup {
			delete(d.seen, k)
		}
	}
	if _, dup := d.seen[a.Key]; dup && a.Key != "" {
		d.mu.Unlock()
		return Duplicate, nil
	}
	if quiet, _ := d.Quiet.Contains(now); quiet && !a.Urgent {
		d.seen[a.Key] = now
		d.held = append(d.held, a)
		d.mu.Unlock()
		return Held, nil
	}
	if d.PerHour > 0 {
		recent := d.sent[a.Brand][:0]
		for _, t := range d.sent[a.Brand] {
			if now.Sub(t) < time.Hour {
				recent = append(recent, t)
			}
		}
		d.sent[a.Brand] = recent
		if len(recent) >= d.PerHour && !a.Urgent {
			d.mu.Unlock()
			return RateLimit, nil
		}
	}
	d.seen[a.Key] = now
	d.sent[a.Brand] = append(d.sent[a.Brand], now)
	d.mu.Unlock()
	return d.send(ctx, a)
}

func (d *Dispatcher) send(ctx context.Context, a Alert) (Outcome, error) {
	var errs []error
	for _, c := range d.Channels {
		if err := c.Send(ctx, a); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", c.Name(), err))
		}
	}
	if len(errs) > 0 {
		return SendFailed, errors.Join(errs...)
	}
	return Sent, nil
}

// Flush sends the alerts held during quiet hours once they are over, as
// one digest per brand.
func (d *Dispatcher) Flush(ctx context.Context, now time.Time) error {
	d.mu.Lock()
	if quiet, _ := d.Quiet.Contains(now); quiet || len(d.held) == 0 {
		d.mu.Unlock()
		return nil
	}
	held := d.held
	d.held = nil
	d.mu.Unlock()
	byBrand := map[string][]Alert{}
	var order []string
	for _, a := range held {
		if _, ok := byBrand[a.Brand]; !ok {
			order = append(order, a.Brand)
		}
		byBrand[a.Brand] = append(byBrand[a.Brand], a)
	}
	var errs []error
	for _, brand := range order {
		as := byBrand[brand]
		digest := Alert{Brand: brand, Time: now, Title: fmt.Sprintf("%s: %d alert(s) during quiet hours", brand, len(as))}
		var lines []string
		for _, a := range as {
			lines = append(lines, a.Time.Format("15:04")+" "+a.Title)
		}
		digest.Text = strings.Join(lines, "\n")
		digest.URL = as[len(as)-1].URL
		if _, err := d.send(ctx, digest); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
