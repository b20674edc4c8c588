// Package testenv finds the real backends tests run against (PostgreSQL,
// an external NATS server, headless Chromium). A backend that is absent is a
// skip on a developer's laptop and a failure in CI, where VIGIE_TEST_REQUIRE=all.
package testenv

import (
	"net"
	"net/url"
	"os"
	"os/exec"
	"testing"
	"time"
)

func required() bool { return os.Getenv("VIGIE_TEST_REQUIRE") == "all" }

func missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if required() {
		t.Fatalf(format+" (VIGIE_TEST_REQUIRE=all)", args...)
	}
	t.Skipf(format, args...)
}

func reachable(hostport string) bool {
	c, err := net.DialTimeout("tcp", hostport, time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// PostgresURL returns the URL of the test PostgreSQL server
// (VIGIE_TEST_POSTGRES, default the local one with trust auth).
func PostgresURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("VIGIE_TEST_POSTGRES")
	if u == "" {
		u = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	p, err := url.Parse(u)
	if err != nil {
		t.Fatalf("testenv: VIGIE_TEST_POSTGRES %q: %v", u, err)
	}
	if !reachable(p.Host) {
		missing(t, "testenv: PostgreSQL not reachable at %s", p.Host)
	}
	return u
}

// NATSURL returns the URL of the external NATS JetStream server
// (VIGIE_TEST_NATS, default nats://127.0.0.1:4222).
func NATSURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("VIGIE_TEST_NATS")
	if u == "" {
		u = "nats://127.0.0.1:4222"
	}
	p, err := url.Parse(u)
	if err != nil {
		t.Fatalf("testenv: VIGIE_TEST_NATS %q: %v", u, err)
	}
	if !reachable(p.Host) {
		missing(t, "testenv: NATS not reachable at %s", p.Host)
	}
	return u
}

// Chromium returns the path of a Chromium binary for browser tests
// (VIGIE_CHROMIUM, else chromium or chromium-browser on PATH).
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("VIGIE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missing(t, "testenv: no Chromium found (install Debian's chromium or set VIGIE_CHROMIUM)")
	return ""
}

// SharedData returns the path of ../shared/data, where the labelled sets
// live, looking upward from the test's working directory.
func SharedData(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("VIGIE_SHARED_DATA"); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for range 8 {
		cand := dir + "/../shared/data"
		if st, err := os.Stat(cand); err == nil && st.IsDir() {
			return cand
		}
		dir += "/.."
	}
	missing(t, "testenv: ../shared/data not found (set VIGIE_SHARED_DATA)")
	return ""
}

// Budget widens a wall-clock budget for the race detector (×10), so timing
// guards (against pathological inputs, say) still catch blow-ups without
// failing on instrumented builds.
func Budget(d time.Duration) time.Duration {
	if RaceEnabled {
		return 10 * d
	}
	return d
}
