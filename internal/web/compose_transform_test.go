package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

func TestComposeTranslateAndAdapt(t *testing.T) {
	noLLM(t)
	f := newFixture(t)
	addFacts(t, f)
	ed := f.login(brand.RoleEditor)
	page := fmt.Sprintf("/brands/%d/compose", f.brand.ID)
	long := "La baguette tradition est vendue 1,30 € dans toutes les boutiques. " + strings.Repeat("Merci à vous ! ", 30) + "\n#Fournil30ans"
	// Offline: adapt keeps the post's own sentences within X's limit.
	r := ed.post(page, page+"/transform", url.Values{"op": {"adapt"}, "text": {long}, "lang": {"fr"}, "network": {"facebook"}, "to_network": {"x"}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "/280") {
		t.Fatalf("adapt: %d\n%s", r.status, r.body)
	}
	// Offline translation is refused with a clear message.
	r = ed.post(page, page+"/transform", url.Values{"op": {"translate"}, "text": {"Bonjour"}, "lang": {"fr"}, "network": {"x"}, "to_lang": {"en"}})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "needs an AI provider") {
		t.Fatalf("offline translate: %d", r.status)
	}
	// With a scripted model (llmtest: OpenAI's documented wire format), the
	// translation is verified against the facts in English and corrected.
	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Text: `{"text":"Our tradition baguette is €1.20! #Fournil30ans"}`},
		llmtest.Reply{Text: `{"text":"Our tradition baguette is €1.30! #Fournil30ans"}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	_, tok := apiJSON(t, f, "POST", "/api/v1/tokens", "", fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleEditor].Email, f.passwd))
	st, out := apiJSON(t, f, "POST", fmt.Sprintf("/api/v1/brands/%d/drafts/transform", f.brand.ID), tok["token"].(string),
		`{"op":"translate","text":"Notre baguette tradition à 1,30 € ! #Fournil30ans","lang":"fr","network":"x","to_lang":"en"}`)
	if st != http.StatusOK || out["state"] != "pass" || out["lang"] != "en" || len(out["rounds"].([]any)) != 2 || !strings.Contains(out["text"].(string), "€1.30") {
		t.Fatalf("translate: %d %v", st, out)
	}
}

func apiJSON(t *testing.T, f *fixture, method, path, bearer, body string) (int, map[string]any) {
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

// The page's progress stream, with a scripted model (llmtest: OpenAI's
// documented wire format) that needs one correction.
func TestComposeStream(t *testing.T) {
	noLLM(t)
	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Text: `{"text":"Baguette tradition à 1,20 € ! #Fournil30ans"}`},
		llmtest.Reply{Text: `{"text":"Baguette tradition à 1,30 € ! #Fournil30ans"}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	f := newFixture(t)
	addFacts(t, f)
	ed := f.login(brand.RoleEditor)
	page := fmt.Sprintf("/brands/%d/compose", f.brand.ID)
	r := ed.post(page, page+"/stream", url.Values{"networks": {"x"}, "brief": {"Prix de la baguette."}})
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("stream: %d %s", r.status, r.header.Get("Content-Type"))
	}
	var events []string
	for _, block := range strings.Split(strings.TrimSpace(r.body), "\n\n") {
		lines := strings.SplitN(block, "\n", 2)
		ev := strings.TrimPrefix(lines[0], "event: ")
		var v map[string]any
		must(t, json.Unmarshal([]byte(strings.TrimPrefix(lines[1], "data: ")), &v))
		if ev == "progress" {
			events = append(events, fmt.Sprintf("%v:%v", v["step"], v["round"]))
		} else {
			events = append(events, ev)
			if ev == "result" && !strings.Contains(v["html"].(string), "1,30 €") {
				t.Fatalf("result html lacks the corrected draft")
			}
		}
	}
	if got := strings.Join(events, " "); got != "drafting:0 verified:0 correcting:1 verified:1 done:1 result" {
		t.Fatalf("events: %s", got)
	}
	if r := ed.post(page, page+"/stream", url.Values{"brief": {"x"}}); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("no network: %d", r.status)
	}
}
