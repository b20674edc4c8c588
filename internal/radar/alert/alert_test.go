package alert

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

func capture(t *testing.T) (*httptest.Server, func() map[string]any) {
	var mu sync.Mutex
	var last map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Content-Type") != "application/json" {
			http.Error(w, "json only", http.StatusBadRequest)
			return
		}
		var m map[string]any
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		last = m
		mu.Unlock()
		w.Write([]byte("ok"))
	}))
	t.Cleanup(srv.Close)
	return srv, func() map[string]any { mu.Lock(); defer mu.Unlock(); return last }
}

var sample = Alert{Key: "fournil/ep1/during", Brand: "fournil", Title: "Bad buzz <Maison Fournil>", Text: "Volume ×12 & 64% negative", URL: "https://vigie.example/radar/fournil", Time: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), Urgent: true}

func TestSlackAndTeamsPayloads(t *testing.T) {
	srv, last := capture(t)
	if err := (&Slack{URL: srv.URL}).Send(context.Background(), sample); err != nil {
		t.Fatal(err)
	}
	text, _ := last()["text"].(string)
	if !strings.Contains(text, "*Bad buzz &lt;Maison Fournil&gt;*") || !strings.Contains(text, "&amp; 64%") || !strings.Contains(text, "<https://vigie.example/radar/fournil|Open in Vigie>") {
		t.Errorf("slack text %q", text)
	}
	if err := (&Teams{URL: srv.URL}).Send(context.Background(), sample); err != nil {
		t.Fatal(err)
	}
	card := last()
	if card["@type"] != "MessageCard" || card["title"] != sample.Title || card["themeColor"] != "D13438" || card["potentialAction"] == nil {
		t.Errorf("teams card %v", card)
	}
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { http.Error(w, "invalid_token", http.StatusForbidden) }))
	defer bad.Close()
	if err := (&Slack{URL: bad.URL}).Send(context.Background(), sample); err == nil || !strings.Contains(err.Error(), "403") {
		t.Errorf("HTTP 403 not reported: %v", err)
	}
}

// smtpServer is a minimal SMTP server (RFC 5321 without extensions) that
// records the messages it accepts.
func smtpServer(t *testing.T) (string, func() []string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var mu sync.Mutex
	var msgs []string
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				say := func(s string) { c.Write([]byte(s + "\r\n")) }
				say("220 test ESMTP")
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					cmd := strings.ToUpper(strings.TrimSpace(line))
					switch {
					case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
						say("250 test")
					case strings.HasPrefix(cmd, "MAIL"), strings.HasPrefix(cmd, "RCPT"), strings.HasPrefix(cmd, "RSET"), strings.HasPrefix(cmd, "NOOP"):
						say("250 ok")
					case cmd == "DATA":
						say("354 go")
						var b strings.Builder
						for {
							l, err := r.ReadString('\n')
							if err != nil {
								return
							}
							if l == ".\r\n" {
								break
							}
							b.WriteString(l)
						}
						mu.Lock()
						msgs = append(msgs, b.String())
						mu.Unlock()
						say("250 queued")
					case cmd == "QUIT":
						say("221 bye")
						return
					default:
						say("502 unknown")
					}
				}
			}()
		}
	}()
	return ln.Addr().String(), func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), msgs...) }
}

func TestEmailThroughLocalSMTP(t *testing.T) {
	addr, got := smtpServer(t)
	a := sample
	a.Title = "Alerte : bad buzz « Maison Fournil »"
	a.Text = "Hausse soudaine\n.ligne qui commence par un point"
	e := &Email{Addr: addr, From: "radar@vigie.example", To: []string{"cm@fournil.example"}}
	if err := e.Send(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	msgs := got()
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	m := msgs[0]
	if !strings.Contains(m, "Subject: =?utf-8?q?") || !strings.Contains(m, "\r\n..ligne qui commence") || !strings.Contains(m, "To: cm@fournil.example") {
		t.Errorf("message:\n%s", m)
	}
	bad := &Email{Addr: addr, From: "x@y\r\nBcc: evil@z", To: []string{"cm@fournil.example"}}
	if err := bad.Send(context.Background(), a); err == nil {
		t.Errorf("header injection accepted")
	}
}

type failing struct{}

func (failing) Name() string                      { return "broken" }
func (failing) Send(context.Context, Alert) error { return errors.New("down") }

func TestDispatcherRules(t *testing.T) {
	app := NewInApp(10)
	paris, _ := time.LoadLocation("Europe/Paris")
	if paris == nil {
		paris = time.FixedZone("CET", 3600)
	}
	d := &Dispatcher{Channels: []Channel{app}, PerHour: 2, Quiet: QuietHours{From: 22 * time.Hour, To: 7 * time.Hour, Location: paris}}
	ctx := context.Background()
	day := time.Date(2026, 3, 2, 14, 0, 0, 0, paris)
	mk := func(key string, urgent bool) Alert {
		return Alert{Key: key, Brand: "fournil", Title: key, Urgent: urgent}
	}
	check := func(a Alert, at time.Time, want Outcome) {
		t.Helper()
		got, err := d.Dispatch(ctx, a, at)
		if err != nil || got != want {
			t.Fatalf("%s at %s: %s (%v), want %s", a.Key, at.Format("15:04"), got, err, want)
		}
	}
	check(mk("a", false), day, Sent)
	check(mk("a", false), day.Add(time.Minute), Duplicate)
	check(mk("b", false), day.Add(2*time.Minute), Sent)
	check(mk("c", false), day.Add(3*time.Minute), RateLimit) // third in the hour
	check(mk("d", true), day.Add(4*time.Minute), Sent)       // urgent passes the cap
	check(mk("e", false), day.Add(2*time.Hour), Sent)        // the hour has passed
	night := time.Date(2026, 3, 2, 23, 30, 0, 0, paris)
	check(mk("f", false), night, Held)
	check(mk("g", false), night.Add(3*time.Hour), Held)
	check(mk("h", true), night.Add(4*time.Hour), Sent)           // urgent at 03:30
	if err := d.Flush(ctx, night.Add(5*time.Hour)); err != nil { // 04:30, still quiet
		t.Fatal(err)
	}
	before := len(app.Recent())
	if err := d.Flush(ctx, time.Date(2026, 3, 3, 7, 5, 0, 0, paris)); err != nil {
		t.Fatal(err)
	}
	rec := app.Recent()
	if len(rec) != before+1 || !strings.Contains(rec[len(rec)-1].Title, "2 alert(s) during quiet hours") || !strings.Contains(rec[len(rec)-1].Text, "23:30 f") {
		t.Fatalf("digest: %+v", rec[len(rec)-1])
	}
	d.Channels = append(d.Channels, failing{})
	got, err := d.Dispatch(ctx, mk("z", true), day.AddDate(0, 0, 2))
	if got != SendFailed || err == nil || !strings.Contains(err.Error(), "broken: down") {
		t.Fatalf("failing channel: %s %v", got, err)
	}
	if rec := app.Recent(); rec[len(rec)-1].Key != "z" {
		t.Errorf("a failing channel stopped the others")
	}
}

func TestQuietHoursSpanMidnight(t *testing.T) {
	q := QuietHours{From: 22 * time.Hour, To: 7 * time.Hour}
	for _, c := range []struct {
		h     int
		quiet bool
		end   int
	}{{21, false, 0}, {22, true, 7}, {23, true, 7}, {0, true, 7}, {6, true, 7}, {7, false, 0}, {12, false, 0}} {
		at := time.Date(2026, 3, 2, c.h, 0, 0, 0, time.UTC)
		quiet, end := q.Contains(at)
		if quiet != c.quiet || (quiet && end.Hour() != c.end) || (quiet && !end.After(at)) {
			t.Errorf("%02d:00: quiet %v until %s", c.h, quiet, end)
		}
	}
}

func TestInAppSubscribe(t *testing.T) {
	n := NewInApp(2)
	ch, stop := n.Subscribe()
	defer stop()
	for _, k := range []string{"1", "2", "3"} {
		n.Send(context.Background(), Alert{Key: k})
	}
	if r := n.Recent(); len(r) != 2 || r[0].Key != "2" {
		t.Fatalf("recent %+v", r)
	}
	if a := <-ch; a.Key != "1" {
		t.Fatalf("live %+v", a)
	}
}
