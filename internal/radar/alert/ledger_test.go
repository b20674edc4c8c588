package alert

import (
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// memLedger is a Ledger in a map, as the store keeps it in a table.
type memLedger struct {
	mu   sync.Mutex
	keys map[string]int64
	rows []ledgerRow
}

type ledgerRow struct {
	a       Alert
	outcome Outcome
	at      time.Time
}

func (l *memLedger) Claim(_ context.Context, a Alert, now time.Time) (int64, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.keys == nil {
		l.keys = map[string]int64{}
	}
	if _, ok := l.keys[a.Key]; ok {
		return 0, false, nil
	}
	l.rows = append(l.rows, ledgerRow{a: a, outcome: "pending", at: now})
	l.keys[a.Key] = int64(len(l.rows))
	return int64(len(l.rows)), true, nil
}

func (l *memLedger) Sent(_ context.Context, a Alert, since time.Time) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, r := range l.rows {
		if r.a.Brand == a.Brand && r.outcome == Sent && !r.at.Before(since) {
			n++
		}
	}
	return n, nil
}

func (l *memLedger) Settle(_ context.Context, id int64, o Outcome, _ error, now time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.rows[id-1].outcome, l.rows[id-1].at = o, now
	return nil
}

func (l *memLedger) Held(context.Context) ([]Alert, []int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var as []Alert
	var ids []int64
	for i, r := range l.rows {
		if r.outcome == Held {
			as, ids = append(as, r.a), append(ids, int64(i+1))
		}
	}
	return as, ids, nil
}

func TestDispatcherWithLedger(t *testing.T) {
	ctx := context.Background()
	led := &memLedger{}
	app := NewInApp(20)
	rules := func() *Dispatcher {
		return &Dispatcher{Ledger: led, Channels: []Channel{app}, PerHour: 1, Quiet: QuietHours{From: 22 * time.Hour, To: 7 * time.Hour}}
	}
	// Two processes (two dispatchers) share the ledger: one send.
	one, two := rules(), rules()
	day := time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC)
	a := Alert{Key: "fournil/ep1/during", Brand: "fournil", Title: "Bad buzz"}
	if o, err := one.Dispatch(ctx, a, day); o != Sent || err != nil {
		t.Fatalf("first: %s %v", o, err)
	}
	if o, _ := two.Dispatch(ctx, a, day.Add(time.Second)); o != Duplicate {
		t.Fatalf("second process: %s", o)
	}
	b := Alert{Key: "fournil/ep2/before", Brand: "fournil", Title: "Early warning"}
	if o, _ := two.Dispatch(ctx, b, day.Add(time.Minute)); o != RateLimit {
		t.Fatalf("over the hourly cap: %s", o)
	}
	if o, _ := two.Dispatch(ctx, Alert{Key: "fournil/ep2/during", Brand: "fournil", Title: "urgent", Urgent: true}, day.Add(2*time.Minute)); o != Sent {
		t.Fatalf("urgent over the cap: %s", o)
	}
	night := time.Date(2026, 3, 2, 23, 10, 0, 0, time.UTC)
	if o, _ := one.Dispatch(ctx, Alert{Key: "fournil/ep3/before", Brand: "fournil", Title: "night warning", Time: night}, night); o != Held {
		t.Fatalf("quiet hours: %s", o)
	}
	if err := two.Flush(ctx, night.Add(time.Hour)); err != nil { // still quiet
		t.Fatal(err)
	}
	n := len(app.Recent())
	if err := two.Flush(ctx, night.Add(8*time.Hour)); err != nil {
		t.Fatal(err)
	}
	rec := app.Recent()
	if len(rec) != n+1 || !strings.Contains(rec[n].Title, "1 alert(s) during quiet hours") || !strings.Contains(rec[n].Text, "23:10 night warning") {
		t.Fatalf("digest %+v", rec[len(rec)-1])
	}
	if held, _, _ := led.Held(ctx); len(held) != 0 {
		t.Fatalf("still held after the digest: %+v", held)
	}
	if err := one.Flush(ctx, night.Add(9*time.Hour)); err != nil || len(app.Recent()) != n+1 {
		t.Fatalf("a second flush sent again: %v", err)
	}
	none := &Dispatcher{Ledger: led}
	if o, _ := none.Dispatch(ctx, Alert{Key: "velo/ep1/during", Brand: "velo", Title: "x"}, day); o != InAppOnly {
		t.Fatalf("no channel: %s", o)
	}
}

func TestSlackBlocksTeamsWorkflowGeneric(t *testing.T) {
	srv, last := capture(t)
	if err := (&Slack{URL: srv.URL}).Send(context.Background(), sample); err != nil {
		t.Fatal(err)
	}
	msg := last()
	blocks, _ := msg["blocks"].([]any)
	if len(blocks) != 3 {
		t.Fatalf("slack blocks %v", msg["blocks"])
	}
	head := blocks[0].(map[string]any)
	if head["type"] != "header" || head["text"].(map[string]any)["text"] != sample.Title || head["text"].(map[string]any)["type"] != "plain_text" {
		t.Errorf("header %v", head)
	}
	if sec := blocks[1].(map[string]any)["text"].(map[string]any); sec["type"] != "mrkdwn" || !strings.Contains(sec["text"].(string), "&amp; 64%") {
		t.Errorf("section %v", sec)
	}
	btn := blocks[2].(map[string]any)["elements"].([]any)[0].(map[string]any)
	if btn["type"] != "button" || btn["url"] != sample.URL {
		t.Errorf("button %v", btn)
	}

	if err := (&TeamsWorkflow{URL: srv.URL}).Send(context.Background(), sample); err != nil {
		t.Fatal(err)
	}
	msg = last()
	att := msg["attachments"].([]any)[0].(map[string]any)
	card := att["content"].(map[string]any)
	body := card["body"].([]any)
	if msg["type"] != "message" || att["contentType"] != "application/vnd.microsoft.card.adaptive" || card["type"] != "AdaptiveCard" ||
		body[0].(map[string]any)["text"] != sample.Title || body[0].(map[string]any)["color"] != "Attention" ||
		card["actions"].([]any)[0].(map[string]any)["url"] != sample.URL {
		t.Errorf("teams workflow message %v", msg)
	}

	if err := (&Generic{URL: srv.URL}).Send(context.Background(), sample); err != nil {
		t.Fatal(err)
	}
	msg = last()
	if msg["key"] != sample.Key || msg["title"] != sample.Title || msg["urgent"] != true || msg["url"] != sample.URL {
		t.Errorf("generic %v", msg)
	}
}

// A server that accepts and never answers must not hold the sender past
// its context.
func TestEmailGivesUpOnASilentServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // silent until the test ends
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = (&Email{Addr: ln.Addr().String(), From: "a@b.example", To: []string{"c@d.example"}}).Send(ctx, sample)
	if err == nil || time.Since(start) > 3*time.Second {
		t.Fatalf("silent server: %v after %s", err, time.Since(start))
	}
}
