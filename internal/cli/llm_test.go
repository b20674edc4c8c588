package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

// The provider is llmtest's fake OpenAI-compatible server (documented wire
// format), requiring a key, so the stored key must reach it.
func TestLLMWorkspaceSettings(t *testing.T) {
	clearLLMEnv(t)
	data := os.Getenv("VIGIE_DATA")
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "OK"})
	srv.APIKey = "sk-stored-123"
	out, errOut, code := runCLI(t, "sk-stored-123\n", "llm", "set", "--workspace", "2", "--base-url", srv.BaseURL(), "--model", "fake-1", "--api-key-stdin")
	if code != 0 || strings.Contains(out, "sk-stored-123") {
		t.Fatalf("set: %d %s %s", code, out, errOut)
	}
	raw, _ := os.ReadFile(filepath.Join(data, "llm", "provider-workspace-2.json"))
	if len(raw) == 0 || strings.Contains(string(raw), "sk-stored-123") {
		t.Fatalf("stored file: %s", raw)
	}
	out, _, code = runCLI(t, "", "llm", "show", "--workspace", "2")
	if code != 0 || !strings.Contains(out, "from: workspace") || !strings.Contains(out, "model=fake-1") || !strings.Contains(out, "api_key=set") || strings.Contains(out, "sk-stored") {
		t.Fatalf("show: %s", out)
	}
	out, errOut, code = runCLI(t, "", "llm", "test", "--workspace", "2")
	if code != 0 || !strings.Contains(out, `answered "OK"`) {
		t.Fatalf("test: %d %s %s", code, out, errOut)
	}
	if out, _, _ := runCLI(t, "", "llm", "show", "--workspace", "1"); !strings.Contains(out, "offline composer") {
		t.Fatalf("workspace 1 has no provider: %s", out)
	}
	if _, _, code := runCLI(t, "", "llm", "unset", "--workspace", "2"); code != 0 {
		t.Fatal("unset failed")
	}
	if out, _, _ := runCLI(t, "", "llm", "show", "--workspace", "2"); !strings.Contains(out, "offline composer") {
		t.Fatalf("after unset: %s", out)
	}
	if _, errOut, code := runCLI(t, "", "llm", "set", "--provider", "gemini", "--model", "x"); code != 2 || !strings.Contains(errOut, "gemini") {
		t.Fatalf("bad provider: %d %s", code, errOut)
	}
}
