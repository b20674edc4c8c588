package app

import (
	"net/http"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/vigie-cm/vigie/internal/config"
)

// TestHealthzReportsStreamDown runs Vigie against an "external" JetStream
// server started for the test on a random port, stops that server, and
// expects /healthz to turn 503 and name the stream.
func TestHealthzReportsStreamDown(t *testing.T) {
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoSigs: true, NoLog: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("test NATS server did not start")
	}
	defer ns.Shutdown()
	addr, _, _ := start(t, Options{Config: config.Config{NATS: ns.ClientURL(), LogLevel: "info"}})
	if code, h := health(t, addr); code != http.StatusOK || h.Stream != "external" {
		t.Fatalf("healthz with the server up: %d %+v", code, h)
	}
	ns.Shutdown()
	ns.WaitForShutdown()
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, h := health(t, addr)
		if code == http.StatusServiceUnavailable && h.Status == "down" && h.Errors["stream"] != "" && h.Errors["db"] == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("healthz with the stream down: %d %+v, want 503 naming the stream", code, h)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
