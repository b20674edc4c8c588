package web

// The model is llmtest's scripted fake OpenAI-compatible server (it follows
// the documented wire format); the store, the Verify engine and the web app
// are real.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

func noLLM(t *testing.T) {
	for _, k := range []string{"VIGIE_LLM_PROVIDER", "VIGIE_LLM_BASE_URL", "VIGIE_LLM_MODEL", "VIGIE_LLM_API_KEY"} {
		t.Setenv(k, "")
	}
}

func addFacts(t *testing.T, f *fixture) {
	ctx := context.Background()
	for i, text := range []string{
		"La baguette tradition est vendue 1,30 € dans toutes les boutiques.",
		"La boutique de Grenoble ouvre le samedi 12 septembre 2026.",
		"Le hashtag officiel est #Fournil30ans.",
	} {
		fa := brand.Fact{BrandID: f.brand.ID, Key: fmt.Sprintf("fait-%d", i+1), Text: text, Lang: "fr"}
		must(t, f.st.CreateFact(ctx, &fa))
	}
}

func TestComposePageOfflineAndAccept(t *testing.T) {
	noLLM(t)
	f := newFixture(t)
	addFacts(t, f)
	ed := f.login(brand.RoleEditor)
	page := fmt.Sprintf("/brands/%d/compose", f.brand.ID)
	r := ed.get(page)
	if r.status != http.StatusOK || !strings.Contains(r.body, "offline composer") {
		t.Fatalf("page: %d\n%s", r.status, r.body)
	}
	if r := ed.get("/compose"); r.status != http.StatusOK || !strings.Contains(r.body, page) {
		t.Fatalf("index: %d", r.status)
	}
	r = ed.post(page, page, url.Values{"brief": {"Rappeler le prix de la baguette tradition."}, "networks": {"x", "linkedin"}, "variants": {"1"}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "1,30 €") || strings.Count(r.body, "data-compose-editor") != 2 {
		t.Fatalf("generate: %d\n%s", r.status, r.body)
	}
	if r := ed.post(page, page, url.Values{"brief": {"x"}}); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("no network: %d", r.status)
	}
	r = ed.post(page, page+"/accept", url.Values{"text": {"Baguette tradition à 1,20 € ! #Fournil30ans"}, "network": {"x"}, "lang": {"fr"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("accept: %d %s", r.status, r.body)
	}
	posts, err := f.st.ListPosts(context.Background(), f.brand.ID, 10)
	must(t, err)
	if len(posts) != 1 || posts[0].Network != brand.NetworkX || posts[0].PublishedAt != nil {
		t.Fatalf("posts %+v", posts)
	}
	audit, err := f.st.ListAudit(context.Background(), f.ws.ID, 10, 0)
	must(t, err)
	if audit[0].Action != "post.draft" || !strings.Contains(audit[0].After, "contradicted") || !strings.Contains(audit[0].After, "needs_human") {
		t.Fatalf("audit %+v", audit[0])
	}
	// An analyst sees the page but cannot generate or accept.
	an := f.login(brand.RoleAnalyst)
	if r := an.get(page); r.status != http.StatusOK || strings.Contains(r.body, "data-compose-generate") {
		t.Fatalf("analyst page: %d", r.status)
	}
	if r := an.post(page, page, url.Values{"networks": {"x"}}); r.status != http.StatusForbidden {
		t.Fatalf("analyst generate: %d", r.status)
	}
	// Another workspace's brand is out of reach.
	if r := ed.get(fmt.Sprintf("/brands/%d/compose", f.other.ID)); r.status != http.StatusNotFound && r.status != http.StatusForbidden {
		t.Fatalf("other workspace: %d", r.status)
	}
}

func TestComposeAPIWithModel(t *testing.T) {
	noLLM(t)
	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Text: `{"text":"Baguette tradition à 1,20 € ! #Fournil30ans","fact_ids":["fait-1"]}`},
		llmtest.Reply{Text: `{"text":"Baguette tradition à 1,30 € ! #Fournil30ans","fact_ids":["fait-1"]}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	f := newFixture(t)
	addFacts(t, f)
	api := func(method, path, bearer, body string) (int, map[string]any) {
		t.Helper()
		req, err := http.NewRequest(method, f.ts.URL+path, strings.NewReader(body))
		must(t, err)
		req.Header.Set("Content-Type", "application/json")
		if bearer != "" {
			req.Header.Set("Authorization", "Bearer "+bearer)
		}
		res, err := http.DefaultClient.Do(req)
		must(t, err)
		defer res.Body.Close()
		var out map[string]any
		must(t, json.NewDecoder(res.Body).Decode(&out))
		return res.StatusCode, out
	}
	_, tok := api("POST", "/api/v1/tokens", "", fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleEditor].Email, f.passwd))
	editor := tok["token"].(string)
	st, out := api("POST", fmt.Sprintf("/api/v1/brands/%d/drafts", f.brand.ID), editor, `{"brief":"Rappeler le prix de la baguette.","networks":["x"]}`)
	if st != http.StatusOK {
		t.Fatalf("drafts: %d %v", st, out)
	}
	d := out["drafts"].([]any)[0].(map[string]any)
	if d["state"] != "pass" || len(d["rounds"].([]any)) != 2 || !strings.Contains(d["text"].(string), "1,30 €") || d["provider"] != "openai:scripted" {
		t.Fatalf("draft %v", d)
	}
	// The facts reached the model with their keys as ids.
	if !strings.Contains(srv.Calls()[0].User, "[fait-1] La baguette tradition est vendue 1,30 €") {
		t.Fatalf("prompt:\n%s", srv.Calls()[0].User)
	}
	// Inline facts, the shape of a vigie draft --jsonl line.
	// a wrong price: the confidence model keeps it (a lone "gratuite" against
	// a price is one it doubts, shown apart in Result.Doubts)
	srv.Script = []llmtest.Reply{{Text: "Entrée à 5 € samedi ! #Expo", Minimal: true}}
	st, out = api("POST", "/api/v1/drafts", editor, `{"id":"i1","lang":"fr","facts":["L'entrée coûte 8 €."],"brief":"Annoncer l'expo.","networks":["bluesky"],"rounds":0}`)
	if st != http.StatusOK || out["id"] != "i1" {
		t.Fatalf("inline: %d %v", st, out)
	}
	d = out["drafts"].([]any)[0].(map[string]any)
	if d["state"] != "needs_human" || len(d["findings"].([]any)) == 0 {
		t.Fatalf("inline draft %v", d)
	}
	st, out = api("POST", fmt.Sprintf("/api/v1/brands/%d/drafts/verify", f.brand.ID), editor, `{"text":"Baguette tradition à 1,20 €","network":"x","lang":"fr"}`)
	if st != http.StatusOK || out["state"] != "needs_human" || out["limit"] != float64(280) {
		t.Fatalf("verify: %d %v", st, out)
	}
	if st, _ := api("POST", "/api/v1/drafts", editor, `{"networks":["myspace"],"brief":"x"}`); st != http.StatusUnprocessableEntity {
		t.Fatalf("bad network: %d", st)
	}
	// A provider error is a 502 with a clear message.
	t.Setenv("VIGIE_LLM_MODEL", "missing")
	srv.Models = []string{"scripted"}
	st, out = api("POST", "/api/v1/drafts", editor, `{"lang":"fr","facts":["x"],"brief":"y","networks":["x"]}`)
	if st != http.StatusBadGateway || !strings.Contains(fmt.Sprint(out["error"]), `model "missing" not found`) {
		t.Fatalf("provider error: %d %v", st, out)
	}
}
