// Package alert tells a brand's team that something is happening: by
// Slack- or Teams-compatible webhook, by email, and in the app; with
// deduplication, a rate limit and quiet hours, so that a long episode does
// not turn into a flood of notifications at 3 a.m.
package alert

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
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
	Key   string `json:"key"`
	Brand string `json:"brand"`
	// BrandID is the brand's id in the store, for a Ledger.
	BrandID int64     `json:"brand_id,omitempty"`
	Title   string    `json:"title"`
	Text    string    `json:"text"`
	URL     string    `json:"url,omitempty"`
	Time    time.Time `json:"time"`
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
	if link(a) != "" {
		text += "\n<" + a.URL + "|Open in Vigie>"
	}
	// text is the notification's fallback; blocks are what Slack shows
	// (a header in plain text, the body in mrkdwn, a button to the room).
	blocks := []map[string]any{
		{"type": "header", "text": map[string]any{"type": "plain_text", "text": trimRunes(a.Title, 150)}},
		{"type": "section", "text": map[string]any{"type": "mrkdwn", "text": trimRunes(escapeSlack(a.Text), 3000)}},
	}
	if link(a) != "" {
		blocks = append(blocks, map[string]any{"type": "actions", "elements": []map[string]any{{
			"type": "button", "text": map[string]any{"type": "plain_text", "text": "Open in Vigie"}, "url": a.URL}}})
	}
	return postJSON(ctx, s.Client, s.URL, map[string]any{"text": text, "blocks": blocks}, "alert: slack")
}

// trimRunes cuts s to at most n characters: Slack refuses longer block
// texts.
func trimRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// link is the alert's URL when it can be opened from outside the app: a
// relative one (no base_url configured) is left out of messages.
func link(a Alert) string {
	if strings.HasPrefix(a.URL, "https://") || strings.HasPrefix(a.URL, "http://") {
		return a.URL
	}
	return ""
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
	if link(a) != "" {
		card["potentialAction"] = []map[string]any{{
			"@type": "OpenUri", "name": "Open in Vigie",
			"targets": []map[string]string{{"os": "default", "uri": a.URL}},
		}}
	}
	return postJSON(ctx, t.Client, t.URL, card, "alert: teams")
}

// TeamsWorkflow posts an Adaptive Card to a Teams Workflows webhook ("When
// a Teams webhook request is received"), the replacement of the retired
// Office 365 connectors, which only read Adaptive Cards.
type TeamsWorkflow struct {
	URL    string
	Client *http.Client
}

func (t *TeamsWorkflow) Name() string { return "teams" }

func (t *TeamsWorkflow) Send(ctx context.Context, a Alert) error {
	color := "Default"
	if a.Urgent {
		color = "Attention"
	}
	card := map[string]any{
		"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
		"type":    "AdaptiveCard",
		"version": "1.4",
		"body": []map[string]any{
			{"type": "TextBlock", "text": a.Title, "weight": "Bolder", "size": "Medium", "color": color, "wrap": true},
			{"type": "TextBlock", "text": a.Text, "wrap": true},
		},
	}
	if link(a) != "" {
		card["actions"] = []map[string]any{{"type": "Action.OpenUrl", "title": "Open in Vigie", "url": a.URL}}
	}
	msg := map[string]any{"type": "message", "attachments": []map[string]any{{
		"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": nil, "content": card}}}
	return postJSON(ctx, t.Client, t.URL, msg, "alert: teams")
}

// Generic posts the Alert itself as JSON, for any receiver of one's own.
type Generic struct {
	URL    string
	Client *http.Client
}

func (g *Generic) Name() string { return "webhook" }

func (g *Generic) Send(ctx context.Context, a Alert) error {
	return postJSON(ctx, g.Client, g.URL, a, "alert: webhook")
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

func (e *Email) Send(ctx context.Context, a Alert) error {
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
	if link(a) != "" {
		body += "\n\n" + a.URL
	}
	// The DATA writer dot-stuffs the body itself.
	for _, line := range strings.Split(body, "\n") {
		msg.WriteString(strings.TrimRight(line, "\r") + "\r\n")
	}
	if err := e.send(ctx, msg.Bytes()); err != nil {
		return fmt.Errorf("alert: email via %s: %w", e.Addr, err)
	}
	return nil
}

// smtpTimeout bounds a whole SMTP exchange: a server that stops answering
// must not hold the alert worker (smtp.SendMail has no timeout).
const smtpTimeout = 30 * time.Second

// send is smtp.SendMail (STARTTLS when offered, AUTH when set) over a
// connection with a deadline and the caller's context.
func (e *Email) send(ctx context.Context, msg []byte) error {
	d := net.Dialer{Timeout: 10 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", e.Addr)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(smtpTimeout)
	if dl, ok := ctx.Deadline(); ok && dl.Before(deadline) {
		deadline = dl
	}
	if err := conn.SetDeadline(deadline); err != nil {
		conn.Close()
		return err
	}
	host, _, _ := net.SplitHostPort(e.Addr)
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		conn.Close()
		return err
	}
	defer c.Close()
	if ok, _ := c.Extension("STARTTLS"); ok {
		if err := c.StartTLS(&tls.Config{ServerName: host}); err != nil {
			return err
		}
	}
	if e.Auth != nil {
		if err := c.Auth(e.Auth); err != nil {
			return err
		}
	}
	if err := c.Mail(e.From); err != nil {
		return err
	}
	for _, to := range e.To {
		if err := c.Rcpt(to); err != nil {
			return err
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
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
	Sent Outcome = "sent"
	// InAppOnly: no channel is configured, the alert is only listed in
	// the app.
	InAppOnly  Outcome = "in_app"
	DigestSent Outcome = "digest_sent"
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
	// Ledger, when set, keeps the dedup keys, the send counts and the held
	// alerts instead of this value's memory, so that the rules hold across
	// restarts and across processes sharing the ledger.
	Ledger Ledger
	// ChannelsFor, when set, gives the channels of one brand's alerts (its
	// own recipients) instead of Channels.
	ChannelsFor func(a Alert) []Channel

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
	if d.Ledger != nil {
		return d.dispatchLedger(ctx, a, now)
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

func (d *Dispatcher) channels(a Alert) []Channel {
	if d.ChannelsFor != nil {
		return d.ChannelsFor(a)
	}
	return d.Channels
}

func (d *Dispatcher) send(ctx context.Context, a Alert) (Outcome, error) {
	chans := d.channels(a)
	if len(chans) == 0 {
		return InAppOnly, nil
	}
	var errs []error
	for _, c := range chans {
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
	if d.Ledger != nil {
		return d.flushLedger(ctx, now)
	}
	d.mu.Lock()
	if quiet, _ := d.Quiet.Contains(now); quiet || len(d.held) == 0 {
		d.mu.Unlock()
		return nil
	}
	held := d.held
	d.held = nil
	d.mu.Unlock()
	var errs []error
	for _, as := range byBrand(held) {
		if _, err := d.send(ctx, digest(as, now, d.Quiet.Location)); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// byBrand groups alerts by brand, brands in order of first appearance.
func byBrand(as []Alert) [][]Alert {
	idx := map[string]int{}
	var out [][]Alert
	for _, a := range as {
		i, ok := idx[a.Brand]
		if !ok {
			i = len(out)
			idx[a.Brand] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], a)
	}
	return out
}

// digest is one alert that lists a brand's alerts held in quiet hours, at
// their local time.
func digest(as []Alert, now time.Time, loc *time.Location) Alert {
	if loc == nil {
		loc = time.UTC
	}
	d := Alert{Brand: as[0].Brand, BrandID: as[0].BrandID, Time: now,
		Title: fmt.Sprintf("%s: %d alert(s) during quiet hours", as[0].Brand, len(as))}
	var lines []string
	for _, a := range as {
		lines = append(lines, a.Time.In(loc).Format("15:04")+" "+a.Title)
	}
	d.Text = strings.Join(lines, "\n")
	d.URL = as[len(as)-1].URL
	return d
}
