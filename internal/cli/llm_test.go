package cli

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/llm/llmtest"
	"github.com/vigie-cm/vigie/internal/store"
)

// The provider is llmtest's fake OpenAI-compatible server (documented wire
// format), requiring a key, so the key stored in the database must reach it.
func TestLLMWorkspaceSettings(t *testing.T) {
	clearLLMEnv(t)
	data := os.Getenv("VIGIE_DATA")
	for _, n := range []string{"Un", "Deux"} {
		if _, errOut, code := runCLI(t, "", "workspace", "create", "--name", n); code != 0 {
			t.Fatalf("workspace create: %s", errOut)
		}
	}
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "OK"})
	srv.APIKey = "sk-stored-123"
	out, errOut, code := runCLI(t, "sk-stored-123\n", "llm", "set", "--workspace", "2", "--base-url", srv.BaseURL(), "--model", "fake-1", "--api-key-stdin")
	if code != 0 || strings.Contains(out, "sk-stored-123") {
		t.Fatalf("set: %d %s %s", code, out, errOut)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(data, "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	row, err := st.(store.LLMStore).GetLLMSettings(ctx, 2)
	if err != nil || row.Model != "fake-1" || row.APIKeySealed == "" || strings.Contains(row.APIKeySealed, "sk-stored") {
		t.Fatalf("stored row %+v %v", row, err)
	}
	if _, err := os.Stat(filepath.Join(data, "llm")); err == nil {
		t.Fatal("settings still written to the data folder")
	}
	out, _, code = runCLI(t, "", "llm", "show", "--workspace", "2")
	if code != 0 || !strings.Contains(out, "from: workspace") || !strings.Contains(out, "model=fake-1") || !strings.Contains(out, "api_key=set") || strings.Contains(out, "sk-stored") {
		t.Fatalf("show: %s", out)
	}
	out, errOut, code = runCLI(t, "", "llm", "test", "--workspace", "2")
	if code != 0 || !strings.Contains(out, `answered "OK"`) {
		t.Fatalf("test: %d %s %s", code, out, errOut)
	}
	months, err := st.(store.LLMStore).LLMUsageByMonth(ctx, 2, time.Now().AddDate(0, -1, 0))
	if err != nil || len(months) != 1 || months[0].Calls != 1 || months[0].Model != "fake-1" {
		t.Fatalf("test call not recorded: %+v %v", months, err)
	}
	out, errOut, code = runCLI(t, "", "llm", "usage", "--workspace", "2")
	if code != 0 || !strings.Contains(out, "openai:fake-1") || !regexp.MustCompile(`total since \d{4}-\d\d\s+1\s+0\s+\d+\s+\d+\s+0\.0000`).MatchString(out) {
		t.Fatalf("usage: %d %s %s", code, out, errOut)
	}
	if out, _, _ := runCLI(t, "", "llm", "usage", "--workspace", "1"); strings.Contains(out, "fake-1") || !strings.Contains(out, "total since") {
		t.Fatalf("workspace 1 usage: %s", out)
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
	if _, errOut, code := runCLI(t, "", "llm", "set", "--workspace", "9", "--model", "x"); code != 2 || !strings.Contains(errOut, "workspace 9") {
		t.Fatalf("unknown workspace: %d %s", code, errOut)
	}
}
