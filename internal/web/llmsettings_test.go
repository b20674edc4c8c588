package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

// The provider is llmtest's fake OpenAI-compatible server (documented wire
// format) that requires the key, so the sealed key must round-trip.
var usageRE = regexp.MustCompile(`(\d+) (?:model calls|appels au modèle)`)

func TestLLMSettingsPage(t *testing.T) {
	noLLM(t)
	data := t.TempDir()
	ConfigureLLM(data, "")
	t.Cleanup(func() { llmSettings.Store(nil) })
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "OK"})
	srv.APIKey = "sk-web-secret-7"
	f := newFixture(t)
	addFacts(t, f)
	mgr := f.login(brand.RoleManager)
	if r := mgr.get("/settings/llm"); r.status != http.StatusOK || !strings.Contains(r.body, "offline composer") {
		t.Fatalf("page: %d", r.status)
	}
	r := mgr.post("/settings/llm", "/settings/llm", url.Values{"provider": {"openai"}, "base_url": {srv.BaseURL()}, "model": {"fake-web"}, "api_key": {"sk-web-secret-7"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("save: %d %s", r.status, r.body)
	}
	page := mgr.get("/settings/llm")
	if !strings.Contains(page.body, "fake-web") || strings.Contains(page.body, "sk-web-secret-7") {
		t.Fatalf("page after save shows the key or lacks the model")
	}
	entries, _ := os.ReadDir(filepath.Join(data, "llm"))
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(data, "llm", e.Name()))
		if strings.Contains(string(b), "sk-web-secret-7") {
			t.Fatal("key stored in clear")
		}
	}
	// Saving again with an empty key field keeps the stored key.
	r = mgr.post("/settings/llm", "/settings/llm", url.Values{"provider": {"openai"}, "base_url": {srv.BaseURL()}, "model": {"fake-web"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("resave: %d", r.status)
	}
	r = mgr.post("/settings/llm", "/settings/llm/test", nil)
	if r.status != http.StatusOK || !strings.Contains(r.body, "openai:fake-web") || !strings.Contains(r.body, "OK") {
		t.Fatalf("test: %d\n%s", r.status, r.body)
	}
	audit, _ := f.st.ListAudit(context.Background(), f.ws.ID, 5, 0)
	for _, a := range audit {
		if strings.Contains(a.Before+a.After, "sk-web") {
			t.Fatal("audit log holds the key")
		}
	}
	if audit[0].Action != "llm.settings" {
		t.Fatalf("audit %+v", audit[0])
	}
	// Drafting in this workspace now uses its provider.
	srv.Script = []llmtest.Reply{{Text: `{"text":"Baguette tradition à 1,30 € ! #Fournil30ans"}`}}
	ed := f.login(brand.RoleEditor)
	cp := fmt.Sprintf("/brands/%d/compose", f.brand.ID)
	r = ed.post(cp, cp, url.Values{"networks": {"x"}, "brief": {"Prix de la baguette."}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "openai:fake-web") {
		t.Fatalf("compose with the workspace provider: %d", r.status)
	}
	// The meter is shared by the process (other tests' workspaces have the
	// same id), so only check that this call was counted.
	if m := usageRE.FindStringSubmatch(mgr.get("/settings/llm").body); m == nil || m[1] == "0" {
		t.Fatalf("usage not shown: %v", m)
	}
	// Editors cannot change it.
	if r := ed.post("/settings/llm", "/settings/llm", url.Values{"provider": {"openai"}, "model": {"x"}}); r.status != http.StatusForbidden {
		t.Fatalf("editor save: %d", r.status)
	}
	if r := mgr.post("/settings/llm", "/settings/llm/delete", nil); r.status != http.StatusSeeOther {
		t.Fatalf("delete: %d", r.status)
	}
	if r := mgr.get("/settings/llm"); !strings.Contains(r.body, "offline composer") {
		t.Fatal("after delete, no provider")
	}
}
