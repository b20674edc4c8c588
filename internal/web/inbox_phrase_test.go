package web

// The model is llmtest's scripted fake OpenAI-compatible server; the store,
// the retrieval, the Verify engine and the web app are real.

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
	"github.com/vigie-cm/vigie/internal/store"
)

// inboxJSON posts a JSON body with the CSRF header and decodes the answer.
func inboxJSON(t *testing.T, c *client, path, tok, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest("POST", c.f.ts.URL+path, strings.NewReader(body))
	must(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", tok)
	res, err := c.hc.Do(req)
	must(t, err)
	defer res.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

func TestInboxPhraseWithModel(t *testing.T) {
	noLLM(t)
	f := newFixture(t)
	addFacts(t, f)
	page := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	r := ed.post(page, page, url.Values{"data": {`{"id":"q1","text":"Combien coûte la baguette tradition ?","author":"Léa"}
{"id":"q2","text":"Quel est le prix de votre baguette tradition ?","author":"Tom"}
{"id":"h1","text":"Les musulmans sont des cafards."}`}})
	if strings.Contains(r.body, "data-inbox-phrase") {
		t.Error("phrase button without a provider")
	}
	ids := inboxIDs(t, f)
	tok := csrfRE.FindStringSubmatch(r.body)[1]
	if st := jsonPost(t, ed, page+"/phrase", tok, fmt.Sprintf(`{"id":%d}`, ids["q1"].ID)); st != http.StatusConflict {
		t.Errorf("phrase without a provider: %d", st)
	}

	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Text: `{"text":"Bonjour {author}, la baguette tradition est à 1,20 € dans toutes nos boutiques."}`},
		llmtest.Reply{Text: `{"text":"Bonjour {author}, notre baguette tradition est à 1,30 € dans toutes nos boutiques !"}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	r = ed.get(page)
	if !strings.Contains(r.body, "data-inbox-phrase") {
		t.Fatal("no phrase button with a provider")
	}
	call := func(c *client, id int64) (int, map[string]any) {
		t.Helper()
		return inboxJSON(t, c, page+"/phrase", tok, fmt.Sprintf(`{"id":%d}`, id))
	}
	// A wrong price from the model is caught by Verify.
	st, out := call(ed, ids["q1"].ID)
	if st != http.StatusOK || !strings.Contains(out["text"].(string), "1,20 €") || len(out["findings"].([]any)) == 0 {
		t.Fatalf("phrased with a wrong price: %d %v", st, out)
	}
	if k := out["findings"].([]any)[0].(map[string]any)["kind"]; k != "contradicted" {
		t.Errorf("finding kind %v", k)
	}
	c := srv.Calls()[0]
	if !strings.Contains(c.User, "Combien coûte la baguette tradition ?") || !strings.Contains(c.User, "1,30 €") || !strings.Contains(c.System, "{author}") {
		t.Errorf("prompt:\n%s\n%s", c.System, c.User)
	}
	// The same comment again is answered from the response cache (no
	// second call); another gets the right price, with no finding.
	if st, again := call(ed, ids["q1"].ID); st != http.StatusOK || again["text"] != out["text"] {
		t.Errorf("cached phrasing: %d %v", st, again)
	}
	st, out = call(ed, ids["q2"].ID)
	if st != http.StatusOK || len(out["findings"].([]any)) != 0 || out["provider"] != "openai:scripted" {
		t.Fatalf("phrased right: %d %v", st, out)
	}
	// Hate gets no reply, so nothing to phrase; analysts may not spend
	// model calls; another brand's id is not found.
	if st, _ := call(ed, ids["h1"].ID); st != http.StatusUnprocessableEntity {
		t.Errorf("phrasing a reply to hate: %d", st)
	}
	an := f.login(brand.RoleAnalyst)
	atok := csrfRE.FindStringSubmatch(an.get(page).body)[1]
	if st := jsonPost(t, an, page+"/phrase", atok, fmt.Sprintf(`{"id":%d}`, ids["q1"].ID)); st != http.StatusForbidden {
		t.Errorf("analyst phrasing: %d", st)
	}
	if st, _ := call(ed, ids["q1"].ID+100); st != http.StatusNotFound {
		t.Errorf("unknown comment: %d", st)
	}
	if n := len(srv.Calls()); n != 2 {
		t.Errorf("%d model calls, want 2", n)
	}
	// Each call is recorded under the workspace and the comment.
	us, err := f.st.(store.LLMStore).ListLLMUsage(context.Background(), f.ws.ID, fmt.Sprintf("draft:comment:%d", ids["q1"].ID))
	if err != nil || len(us) != 2 || us[0].Purpose != "reply" || us[0].Cached || !us[1].Cached {
		t.Errorf("usage %+v %v", us, err)
	}
}
