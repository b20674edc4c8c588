package app

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/config"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/testenv"
	"github.com/vigie-cm/vigie/internal/web"
)

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// start runs the app until the test ends and returns its address.
func start(t *testing.T, o Options) (addr string, out *syncBuf, stop func() error) {
	t.Helper()
	out = &syncBuf{}
	o.Out = out
	if o.Config.Addr == "" {
		o.Config.Addr = "127.0.0.1:0"
	}
	if o.Config.Data == "" {
		o.Config.Data = t.TempDir()
	}
	ready := make(chan string, 1)
	o.Ready = func(a string) { ready <- a }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, o) }()
	select {
	case addr = <-ready:
	case err := <-done:
		cancel()
		t.Fatalf("Run returned before serving: %v", err)
	case <-time.After(60 * time.Second):
		cancel()
		t.Fatal("Run did not become ready in 60s")
	}
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(30 * time.Second):
				t.Error("Run did not return within 30s of cancellation")
			}
		})
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	return addr, out, stop
}

func health(t *testing.T, addr string) (int, web.Health) {
	t.Helper()
	res, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var h web.Health
	if err := json.NewDecoder(res.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, h
}

func TestServeAllEmbedded(t *testing.T) {
	addr, out, stop := start(t, Options{Config: config.Config{LogLevel: "info"}})
	code, h := health(t, addr)
	if code != http.StatusOK || h.Status != "ok" || h.DB != "sqlite" || h.Stream != "embedded" || h.Version == "" {
		t.Fatalf("healthz: %d %+v", code, h)
	}
	res, err := http.Get("http://" + addr + "/login")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("/login: %d", res.StatusCode)
	}
	if !strings.Contains(out.String(), "http://"+addr) {
		t.Errorf("startup message lacks the URL: %q", out.String())
	}
	if err := stop(); err != nil {
		t.Fatalf("graceful stop: %v", err)
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Error("server still answering after shutdown")
	}
}

func TestServeWorkerExternal(t *testing.T) {
	url := testenv.NATSURL(t)
	addr, _, _ := start(t, Options{Role: RoleWorker, Config: config.Config{NATS: url, LogLevel: "info"}})
	code, h := health(t, addr)
	if code != http.StatusOK || h.Stream != "external" || h.Role != RoleWorker {
		t.Fatalf("healthz: %d %+v", code, h)
	}
	res, err := http.Get("http://" + addr + "/login")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("worker serves /login: %d", res.StatusCode)
	}
}

func TestDemoSeededOnce(t *testing.T) {
	dir := t.TempDir()
	calls := 0
	// The real seeder is internal/demo's (tested there and through the
	// CLI); this one records that the app calls it and prints its message.
	seed := func(ctx context.Context, st store.Store) (string, error) {
		calls++
		n, err := st.CountWorkspaces(ctx)
		if err != nil || n > 0 {
			return "Demo: the database already holds data.", err
		}
		return "Demo loaded: log in with demo@vigie.example / pw-123", createWorkspace(ctx, st)
	}
	_, out, stop := start(t, Options{Demo: true, Seed: seed, Config: config.Config{Data: dir, LogLevel: "info"}})
	if !strings.Contains(out.String(), "demo@vigie.example / pw-123") {
		t.Errorf("demo login not printed: %q", out.String())
	}
	must(t, stop())
	_, out2, _ := start(t, Options{Demo: true, Seed: seed, Config: config.Config{Data: dir, LogLevel: "info"}})
	if calls != 2 {
		t.Errorf("seed called %d times, want twice", calls)
	}
	if !strings.Contains(out2.String(), "already holds data") {
		t.Errorf("second start does not say the demo was skipped: %q", out2.String())
	}
}

func TestBadRole(t *testing.T) {
	err := Run(context.Background(), Options{Role: "admin", Config: config.Config{Data: t.TempDir()}})
	if err == nil || !strings.Contains(err.Error(), "admin") {
		t.Fatalf("bad role: %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
