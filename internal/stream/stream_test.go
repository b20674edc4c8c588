package stream

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// backends runs fn against the embedded server and the external one, each
// in a namespace unique to this run.
func backends(t *testing.T, fn func(t *testing.T, s *Stream)) {
	t.Run("embedded", func(t *testing.T) {
		fn(t, open(t, Config{DataDir: t.TempDir(), Namespace: uniqueNS(t)}))
	})
	t.Run("external", func(t *testing.T) {
		url := testenv.NATSURL(t)
		fn(t, open(t, Config{URL: url, Namespace: uniqueNS(t)}))
	})
}

func uniqueNS(t *testing.T) string {
	var b [5]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return "t" + hex.EncodeToString(b[:])
}

func open(t *testing.T, cfg Config) *Stream {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if s.nc != nil && s.nc.IsConnected() {
			for _, p := range []string{"jobs", "mentions"} {
				_ = s.Delete(ctx, p)
			}
		}
		s.Close()
	})
	return s
}

// collector records deliveries and signals when n have arrived.
type collector struct {
	mu   sync.Mutex
	msgs []Msg
	got  chan struct{}
}

func newCollector() *collector { return &collector{got: make(chan struct{}, 1000)} }

func (c *collector) add(m Msg) {
	c.mu.Lock()
	c.msgs = append(c.msgs, m)
	c.mu.Unlock()
	c.got <- struct{}{}
}

func (c *collector) wait(t *testing.T, n int, within time.Duration) []Msg {
	t.Helper()
	deadline := time.After(within)
	for i := 0; i < n; i++ {
		select {
		case <-c.got:
		case <-deadline:
			c.mu.Lock()
			defer c.mu.Unlock()
			t.Fatalf("got %d deliveries, want %d: %+v", len(c.msgs), n, c.msgs)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Msg(nil), c.msgs...)
}

// quiet checks that nothing more is delivered for a while.
func (c *collector) quiet(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case <-c.got:
		c.mu.Lock()
		defer c.mu.Unlock()
		t.Fatalf("unexpected extra delivery: %+v", c.msgs[len(c.msgs)-1])
	case <-time.After(d):
	}
}

func TestPublishConsumeDedup(t *testing.T) {
	backends(t, func(t *testing.T, s *Stream) {
		ctx := context.Background()
		if err := s.Ensure(ctx, Jobs); err != nil {
			t.Fatal(err)
		}
		subj := s.Subject("jobs", "verify")
		for i, id := range []string{"a", "b", "a", "c"} {
			dup, err := s.Publish(ctx, subj, []byte("job "+id), id)
			if err != nil {
				t.Fatal(err)
			}
			if want := i == 2; dup != want {
				t.Errorf("publish %d (id %s): duplicate = %v, want %v", i, id, dup, want)
			}
		}
		col := newCollector()
		c, err := s.Consume(ctx, ConsumerSpec{Purpose: "jobs", Durable: "verifier", Filter: "verify"}, func(_ context.Context, m Msg) error {
			col.add(m)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Stop()
		msgs := col.wait(t, 3, 10*time.Second)
		col.quiet(t, 300*time.Millisecond)
		for i, want := range []string{"job a", "job b", "job c"} {
			if string(msgs[i].Data) != want || msgs[i].Delivery != 1 || msgs[i].Subject != subj {
				t.Errorf("message %d: %+v, want %q delivered once", i, msgs[i], want)
			}
		}
		if msgs[1].ID != "b" {
			t.Errorf("message id %q, want b", msgs[1].ID)
		}
	})
}

func TestRedeliveryAfterHandlerError(t *testing.T) {
	backends(t, func(t *testing.T, s *Stream) {
		ctx := context.Background()
		if err := s.Ensure(ctx, Jobs); err != nil {
			t.Fatal(err)
		}
		col := newCollector()
		var calls atomic.Int32
		c, err := s.Consume(ctx, ConsumerSpec{Purpose: "jobs", Durable: "flaky", Backoff: []time.Duration{50 * time.Millisecond, 100 * time.Millisecond}, MaxDeliver: 5},
			func(_ context.Context, m Msg) error {
				col.add(m)
				if calls.Add(1) <= 2 {
					return errors.New("provider unavailable")
				}
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Stop()
		start := time.Now()
		if _, err := s.Publish(ctx, s.Subject("jobs", "draft"), []byte("x"), "once"); err != nil {
			t.Fatal(err)
		}
		msgs := col.wait(t, 3, 10*time.Second)
		col.quiet(t, 300*time.Millisecond)
		for i, m := range msgs {
			if m.Delivery != i+1 || string(m.Data) != "x" {
				t.Errorf("delivery %d: %+v", i+1, m)
			}
		}
		if el := time.Since(start); el < 150*time.Millisecond {
			t.Errorf("3 deliveries in %v: the nak delays (50ms, 100ms) were not applied", el)
		}
	})
}

func TestMaxDeliverAndPermanent(t *testing.T) {
	backends(t, func(t *testing.T, s *Stream) {
		ctx := context.Background()
		if err := s.Ensure(ctx, Jobs); err != nil {
			t.Fatal(err)
		}
		col := newCollector()
		c, err := s.Consume(ctx, ConsumerSpec{Purpose: "jobs", Durable: "doomed", MaxDeliver: 3, Backoff: []time.Duration{20 * time.Millisecond}},
			func(_ context.Context, m Msg) error {
				col.add(m)
				if string(m.Data) == "malformed" {
					return Permanent(errors.New("cannot parse"))
				}
				if string(m.Data) == "panic" {
					panic("handler bug")
				}
				return errors.New("always fails")
			})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Stop()
		for _, d := range []string{"malformed", "retry", "panic"} {
			if _, err := s.Publish(ctx, s.Subject("jobs", "x"), []byte(d), d); err != nil {
				t.Fatal(err)
			}
		}
		msgs := col.wait(t, 1+3+3, 10*time.Second)
		col.quiet(t, 400*time.Millisecond)
		count := map[string]int{}
		for _, m := range msgs {
			count[string(m.Data)]++
		}
		if count["malformed"] != 1 || count["retry"] != 3 || count["panic"] != 3 {
			t.Fatalf("deliveries per message: %v, want malformed 1, retry 3, panic 3", count)
		}
	})
}

func TestConcurrentHandlers(t *testing.T) {
	s := open(t, Config{DataDir: t.TempDir(), Namespace: uniqueNS(t)})
	ctx := context.Background()
	if err := s.Ensure(ctx, Mentions); err != nil {
		t.Fatal(err)
	}
	const n = 40
	for i := 0; i < n; i++ {
		if _, err := s.Publish(ctx, s.Subject("mentions", "bluesky"), []byte(fmt.Sprint(i)), fmt.Sprint("m", i)); err != nil {
			t.Fatal(err)
		}
	}
	col := newCollector()
	var running, peak atomic.Int32
	c, err := s.Consume(ctx, ConsumerSpec{Purpose: "mentions", Durable: "radar", Concurrency: 4}, func(_ context.Context, m Msg) error {
		r := running.Add(1)
		for {
			p := peak.Load()
			if r <= p || peak.CompareAndSwap(p, r) {
				break
			}
		}
		time.Sleep(10 * time.Millisecond)
		running.Add(-1)
		col.add(m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	msgs := col.wait(t, n, 10*time.Second)
	c.Stop()
	seen := map[string]bool{}
	for _, m := range msgs {
		seen[string(m.Data)] = true
	}
	if len(seen) != n {
		t.Fatalf("%d distinct messages, want %d", len(seen), n)
	}
	if p := peak.Load(); p < 2 || p > 4 {
		t.Errorf("peak concurrency %d, want 2..4", p)
	}
}

// TestDurableAcrossRestart stops the embedded server abruptly with one
// message acked and one in a handler that never finished (a crash), starts
// it again on the same folder, and checks that the durable consumer
// resumes: the acked message is not seen again, the unfinished one and a
// new one are, and message ids are still remembered.
func TestDurableAcrossRestart(t *testing.T) {
	dir, ns := t.TempDir(), uniqueNS(t)
	ctx := context.Background()
	s1, err := Open(ctx, Config{DataDir: dir, Namespace: ns})
	if err != nil {
		t.Fatal(err)
	}
	if err := s1.Ensure(ctx, Mentions); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"first", "second"} {
		if _, err := s1.Publish(ctx, s1.Subject("mentions", "x"), []byte(d), d); err != nil {
			t.Fatal(err)
		}
	}
	col := newCollector()
	crash := make(chan struct{})
	_, err = s1.Consume(ctx, ConsumerSpec{Purpose: "mentions", Durable: "inbox", AckWait: time.Second},
		func(_ context.Context, m Msg) error {
			col.add(m)
			if string(m.Data) == "second" {
				<-crash
				return errors.New("process died")
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	col.wait(t, 2, 10*time.Second)
	// Crash: the connection and the server go away under the handler.
	s1.nc.Close()
	s1.shutdownServer()
	close(crash)

	s2 := open(t, Config{DataDir: dir, Namespace: ns})
	if err := s2.Ensure(ctx, Mentions); err != nil {
		t.Fatal(err)
	}
	if _, err := s2.Publish(ctx, s2.Subject("mentions", "x"), []byte("third"), "third"); err != nil {
		t.Fatal(err)
	}
	if dup, err := s2.Publish(ctx, s2.Subject("mentions", "x"), []byte("first"), "first"); err != nil || !dup {
		t.Fatalf("republishing id first after restart: dup=%v err=%v", dup, err)
	}
	col2 := newCollector()
	c, err := s2.Consume(ctx, ConsumerSpec{Purpose: "mentions", Durable: "inbox", AckWait: time.Second}, func(_ context.Context, m Msg) error {
		col2.add(m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop()
	msgs := col2.wait(t, 2, 15*time.Second)
	col2.quiet(t, 300*time.Millisecond)
	got := map[string]int{}
	for _, m := range msgs {
		got[string(m.Data)] = m.Delivery
	}
	if _, again := got["first"]; again || got["second"] < 2 || got["third"] != 1 {
		t.Fatalf("after restart got %v; want second (redelivered) and third, not first", got)
	}
}

func TestConfigErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, Config{}); err == nil {
		t.Error("embedded without a data folder: no error")
	}
	if _, err := Open(ctx, Config{DataDir: t.TempDir(), Namespace: "a.b"}); err == nil {
		t.Error("namespace with a dot: no error")
	}
	s := open(t, Config{DataDir: t.TempDir(), Namespace: uniqueNS(t)})
	if err := s.Ensure(ctx, Spec{Purpose: "a.b"}); err == nil {
		t.Error("purpose with a dot: no error")
	}
	if _, err := s.Consume(ctx, ConsumerSpec{Purpose: "jobs", Durable: ""}, nil); err == nil {
		t.Error("consumer without a durable name: no error")
	}
	if s.Kind() != "embedded" {
		t.Errorf("kind %q", s.Kind())
	}
}

// TestEmbeddedListen lets a second process (here a second Stream) use the
// embedded server over TCP when Listen is set; by default it has no port.
func TestEmbeddedListen(t *testing.T) {
	quiet := open(t, Config{DataDir: t.TempDir(), Namespace: uniqueNS(t)})
	if u := quiet.ClientURL(); u != "" {
		t.Fatalf("embedded server without Listen has a client URL %q", u)
	}
	ns := uniqueNS(t)
	host := open(t, Config{DataDir: t.TempDir(), Namespace: ns, Listen: "127.0.0.1:0"})
	url := host.ClientURL()
	if url == "" || strings.HasSuffix(url, ":4222") {
		t.Fatalf("client URL %q: want a random port", url)
	}
	ctx := context.Background()
	if err := host.Ensure(ctx, Jobs); err != nil {
		t.Fatal(err)
	}
	guest := open(t, Config{URL: url, Namespace: ns})
	if guest.Kind() != "external" {
		t.Fatalf("guest kind %q", guest.Kind())
	}
	if _, err := guest.Publish(ctx, guest.Subject("jobs", "x"), []byte("over tcp"), "tcp-1"); err != nil {
		t.Fatal(err)
	}
	col := newCollector()
	c, err := host.Consume(ctx, ConsumerSpec{Purpose: "jobs", Durable: "local"}, func(_ context.Context, m Msg) error {
		col.add(m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop()
	if msgs := col.wait(t, 1, 10*time.Second); string(msgs[0].Data) != "over tcp" {
		t.Fatalf("got %q", msgs[0].Data)
	}
}

// An AckNone consumer gets every message once, in order, and a handler
// error is not redelivered: such consumers read the stream again on
// every start instead.
func TestAckNoneConsumer(t *testing.T) {
	backends(t, func(t *testing.T, s *Stream) {
		ctx := context.Background()
		if err := s.Ensure(ctx, Mentions); err != nil {
			t.Fatal(err)
		}
		for i := range 5 {
			if _, err := s.Publish(ctx, s.Subject("mentions", "batch"), []byte{byte('a' + i)}, ""); err != nil {
				t.Fatal(err)
			}
		}
		col := newCollector()
		c, err := s.Consume(ctx, ConsumerSpec{Purpose: "mentions", Durable: "agg", Filter: "batch", AckNone: true},
			func(_ context.Context, m Msg) error {
				col.add(m)
				if string(m.Data) == "b" {
					return errors.New("a handler error")
				}
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Stop()
		msgs := col.wait(t, 5, 10*time.Second)
		col.quiet(t, 300*time.Millisecond)
		for i, m := range msgs {
			if string(m.Data) != string(rune('a'+i)) || m.Sequence != uint64(i+1) || m.Delivery != 1 {
				t.Errorf("message %d: %+v", i, m)
			}
		}
	})
}
