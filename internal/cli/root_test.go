package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestVersion(t *testing.T) {
	out, _, code := runCLI(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "vigie ") {
		t.Fatalf("version: code %d, out %q", code, out)
	}
}

func TestConfigDumpLayers(t *testing.T) {
	t.Setenv("VIGIE_ADDR", "127.0.0.1:9999")
	t.Setenv("VIGIE_DB", "postgres://vigie:hunter2@db.example/vigie")
	out, errOut, code := runCLI(t, "", "config", "dump", "--data", "/tmp/vd")
	if code != 0 {
		t.Fatalf("config dump: code %d: %s", code, errOut)
	}
	for _, want := range []string{`addr: "127.0.0.1:9999"`, `data: "/tmp/vd"`, `db: "postgres://vigie:********@db.example/vigie"`} {
		if !strings.Contains(out, want) {
			t.Errorf("config dump lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "hunter2") {
		t.Errorf("config dump leaks the database password:\n%s", out)
	}
}

func TestBadSettingIsUsageError(t *testing.T) {
	_, errOut, code := runCLI(t, "", "config", "dump", "--nats", "localhost:4222")
	if code != 2 || !strings.Contains(errOut, "nats") {
		t.Fatalf("want exit 2 naming nats, got %d: %s", code, errOut)
	}
}

func TestUnknownCommandIsUsageError(t *testing.T) {
	_, _, code := runCLI(t, "", "no-such-command")
	if code != 2 {
		t.Fatalf("want exit 2, got %d", code)
	}
}
