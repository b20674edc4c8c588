package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
	"github.com/vigie-cm/vigie/internal/store"
)

// The provider is llmtest's fake OpenAI-compatible server (documented wire
// format, one token per word) that requires the key, so the sealed key must
// round-trip through the database.
var usageRowRE = regexp.MustCompile(`<td>(\d{4}-\d\d)</td><td>openai:fake-web</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>`)

func TestLLMSettingsPage(t *testing.T) {
	noLLM(t)
	ctx := context.Background()
	f := newFixture(t)
	data := t.TempDir()
	must(t, ConfigureLLM(ctx, f.st, data, ""))
	t.Cleanup(func() { llmKeys.Store(nil) })
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "OK"})
	srv.APIKey = "sk-web-secret-7"
	addFacts(t, f)
	mgr := f.login(brand.RoleManager)
	if r := mgr.get("/settings/llm"); r.status != http.StatusOK || !strings.Contains(r.body, "offline composer") || !strings.Contains(r.body, "No model call recorded yet") {
		t.Fatalf("page: %d", r.status)
	}
	r := mgr.post("/settings/llm", "/settings/llm", url.Values{"provider": {"openai"}, "base_url": {srv.BaseURL()}, "model": {"fake-web"}, "api_key": {"sk-web-secret-7"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("save: %d %s", r.status, r.body)
	}
	page := mgr.get("/settings/llm")
	if !strings.Contains(page.body, "fake-web") || strings.Contains(page.body, "sk-web-secret-7") || strings.Contains(page.body, "v1:") {
		t.Fatalf("page after save shows the key or lacks the model")
	}
	row, err := f.st.(store.LLMStore).GetLLMSettings(ctx, f.ws.ID)
	must(t, err)
	if strings.Contains(row.APIKeySealed, "sk-web") || row.APIKeySealed == "" || row.UpdatedBy == nil || *row.UpdatedBy != f.users[brand.RoleManager].ID {
		t.Fatalf("stored row: sealed %q, by %v", row.APIKeySealed, row.UpdatedBy)
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
	audit, _ := f.st.ListAudit(ctx, f.ws.ID, 5, 0)
	for _, a := range audit {
		if strings.Contains(a.Before+a.After, "sk-web") || strings.Contains(a.Before+a.After, "v1:") {
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
	// Another web process over the same database (the same secret key)
	// sees the provider and the usage: the test call and the draft.
	f2 := &fixture{t: t, st: f.st, users: f.users, passwd: f.passwd, ws: f.ws, brand: f.brand}
	f2.srv, err = New(Options{Store: f.st, Version: "test"})
	must(t, err)
	f2.ts = httptest.NewServer(f2.srv)
	t.Cleanup(f2.ts.Close)
	page = f2.login(brand.RoleManager).get("/settings/llm")
	m := usageRowRE.FindStringSubmatch(page.body)
	if m == nil || m[2] != "2" || m[4] == "0" || m[5] == "0" || !strings.Contains(page.body, "fake-web") {
		t.Fatalf("usage per month not shown by the other process: %v\n%s", m, page.body)
	}
	calls := srv.Calls()
	if len(calls) != 2 {
		t.Fatalf("provider saw %d calls", len(calls))
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
	// The usage stays after the provider is removed.
	if r := mgr.get("/settings/llm"); usageRowRE.FindStringSubmatch(r.body) == nil {
		t.Fatal("usage gone with the settings")
	}
}
