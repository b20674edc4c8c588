package cli

import (
	"strings"
	"testing"
)

func TestServeUsageErrors(t *testing.T) {
	_, errOut, code := runCLI(t, "", "serve", "--role", "admin", "--data", t.TempDir())
	if code != 2 || !strings.Contains(errOut, `--role "admin"`) {
		t.Fatalf("bad role: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCLI(t, "", "serve", "--nats", "http://x", "--data", t.TempDir())
	if code != 2 || !strings.Contains(errOut, "nats") {
		t.Fatalf("bad nats URL: code %d, stderr %q", code, errOut)
	}
}
