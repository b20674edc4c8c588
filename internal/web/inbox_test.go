package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
	"github.com/vigie-cm/vigie/internal/testenv"
)

const inboxSample = `{"id":"c1","text":"Les musulmans sont des cafards.","author":"troll","network":"x"}
{"id":"c2","text":"Votre service client est nul, 3 semaines sans livraison.","author":"marie"}
{"id":"c3","text":"Merci pour l'accueil, super équipe !"}
{"id":"c4","text":"<script>alert(1)</script> je vais te tuer"}
not json
{"id":"c6"}`

// inboxIDs maps the brand's stored comments' external ids to their ids.
func inboxIDs(t *testing.T, f *fixture) map[string]store.Comment {
	t.Helper()
	list, err := f.st.(store.CommentStore).ListComments(context.Background(), f.brand.ID, store.CommentFilter{Limit: 2000})
	must(t, err)
	out := map[string]store.Comment{}
	for _, c := range list {
		out[c.ExternalID] = c
	}
	return out
}

func auditCount(t *testing.T, f *fixture, action string) int {
	t.Helper()
	es, err := f.st.ListAudit(context.Background(), f.ws.ID, 500, 0)
	must(t, err)
	n := 0
	for _, e := range es {
		if e.Action == action {
			n++
		}
	}
	return n
}

func TestInboxImportStoredAndIdempotent(t *testing.T) {
	f := newFixture(t)
	page := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	res := ed.post(page, page, url.Values{"data": {inboxSample}})
	if res.status != http.StatusOK {
		t.Fatalf("import: %d %s", res.status, res.body)
	}
	b := res.body
	for _, want := range []string{`data-ext="c1" data-label="hate" data-hidden="true"`, `data-ext="c2" data-label="complaint" data-hidden="false"`,
		`data-ext="c3" data-label="praise"`, `data-ext="c4" data-label="harassment" data-hidden="true"`, "line 5:", "line 6: missing",
		"4 new comments stored, 0 already there"} {
		if !strings.Contains(b, want) {
			t.Errorf("import page lacks %q", want)
		}
	}
	if strings.Contains(b, "<script>alert(1)") {
		t.Error("comment text not escaped")
	}
	if !strings.Contains(b, `is-blurred" data-inbox-text aria-hidden="true">Les musulmans`) {
		t.Error("hateful text not blurred")
	}
	if strings.Contains(b, `is-blurred" data-inbox-text aria-hidden="true">Votre service`) {
		t.Error("criticism blurred")
	}
	got := inboxIDs(t, f)
	if len(got) != 4 || !got["c1"].Hidden || got["c1"].HiddenBy != "auto" || got["c2"].Hidden || got["c1"].Network != "x" || got["c2"].Author != "marie" {
		t.Fatalf("stored %+v", got)
	}
	if n := auditCount(t, f, "comment.autohide"); n != 2 {
		t.Errorf("%d comment.autohide audit entries, want 2 (c1, c4)", n)
	}
	// The same export again stores nothing and audits nothing more.
	res = ed.post(page, page, url.Values{"data": {inboxSample}})
	if !strings.Contains(res.body, "0 new comments stored, 4 already there") {
		t.Errorf("replayed import: %d %s", res.status, res.body)
	}
	if n := auditCount(t, f, "comment.autohide"); n != 2 || len(inboxIDs(t, f)) != 4 {
		t.Errorf("replay: %d autohide entries, %d comments", n, len(inboxIDs(t, f)))
	}
	// The page shows the stored comments after a reload.
	if r := ed.get(page); !strings.Contains(r.body, `data-ext="c3" data-label="praise"`) {
		t.Error("stored comments not listed on reload")
	}

	// Unhide c1 through the JSON endpoint, as inbox.js does: audited with
	// its author, and HiddenBy keeps who had hidden it.
	tok := csrfRE.FindStringSubmatch(b)[1]
	vis := ed.do("POST", page+"/visibility", nil, map[string]string{"X-CSRF-Token": tok, "Content-Type": "application/json"})
	if vis.status != http.StatusBadRequest {
		t.Errorf("empty visibility body: %d", vis.status)
	}
	r := jsonPost(t, ed, page+"/visibility", tok, fmt.Sprintf(`{"id":%d,"hidden":false}`, got["c1"].ID))
	if r != http.StatusOK {
		t.Fatalf("unhide: %d", r)
	}
	if c1 := inboxIDs(t, f)["c1"]; c1.Hidden || c1.HiddenBy != "auto" {
		t.Errorf("after unhide %+v", c1)
	}
	es, err := f.st.ListAudit(context.Background(), f.ws.ID, 50, 0)
	must(t, err)
	found := false
	for _, e := range es {
		if e.Action == "comment.unhide" && strings.Contains(e.After, `"comment_id":"c1"`) && strings.Contains(e.Before, `"hidden":true`) &&
			e.UserID != nil && *e.UserID == f.users[brand.RoleEditor].ID {
			found = true
		}
	}
	if !found {
		t.Error("unhide not in the audit log with its author")
	}
	// A comment of another brand is not reachable by id.
	if r := jsonPost(t, ed, page+"/visibility", tok, `{"id":999999,"hidden":true}`); r != http.StatusNotFound {
		t.Errorf("unknown comment: %d", r)
	}

	an := f.login(brand.RoleAnalyst)
	if res := an.get(page); res.status != http.StatusOK || strings.Contains(res.body, `name="action" value="hide"`) {
		t.Errorf("analyst page: %d (bulk buttons shown?)", res.status)
	}
	if res := an.post(page, page, url.Values{"data": {inboxSample}}); res.status != http.StatusForbidden {
		t.Errorf("analyst import: %d, want 403", res.status)
	}
	if res := ed.get(fmt.Sprintf("/brands/%d/inbox", f.other.ID)); res.status != http.StatusNotFound && res.status != http.StatusForbidden {
		t.Errorf("other workspace's inbox: %d", res.status)
	}
}

func jsonPost(t *testing.T, c *client, path, tok, body string) int {
	t.Helper()
	req, _ := http.NewRequest("POST", c.f.ts.URL+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", tok)
	r, err := c.hc.Do(req)
	must(t, err)
	r.Body.Close()
	return r.StatusCode
}

func TestInboxBulkRolesAndFilters(t *testing.T) { testInboxBulk(t, newFixture(t)) }

func TestInboxAnswerVerified(t *testing.T) { testInboxAnswer(t, newFixture(t)) }

// TestInboxOnPostgres runs the inbox's triage and answer scenarios on
// PostgreSQL too (skipped without it locally, required in CI).
func TestInboxOnPostgres(t *testing.T) {
	for name, fn := range map[string]func(*testing.T, *fixture){"bulk": testInboxBulk, "answer": testInboxAnswer} {
		t.Run(name, func(t *testing.T) { fn(t, newFixtureOn(t, storetest.PostgresDSN(t))) })
	}
}

func testInboxBulk(t *testing.T, f *fixture) {
	page := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	bulk := page + "/bulk"
	ed := f.login(brand.RoleEditor)
	old := time.Now().Add(-30 * time.Hour).UTC().Format(time.RFC3339)
	data := inboxSample + "\n" + `{"id":"c7","text":"Vous ouvrez le dimanche ?","network":"Instagram","received_at":"` + old + `"}`
	if res := ed.post(page, page, url.Values{"data": {data}}); res.status != http.StatusOK {
		t.Fatalf("import: %d", res.status)
	}
	ids := inboxIDs(t, f)
	id := func(ext string) string { return strconv.FormatInt(ids[ext].ID, 10) }

	// SLA: the 30-hour-old question is overdue; hidden comments run no timer.
	p := ed.get(page).body
	if !strings.Contains(p, `is-overdue" data-id="`+id("c7")) || strings.Contains(p, `is-overdue" data-id="`+id("c1")) {
		t.Error("overdue marking wrong")
	}
	if !strings.Contains(p, `id="inbox-overdue">1<`) {
		t.Error("overdue count is not 1")
	}

	an := f.login(brand.RoleAnalyst)
	if r := an.post(page, bulk, url.Values{"action": {"close"}, "id": {id("c2")}}); r.status != http.StatusForbidden {
		t.Errorf("analyst bulk: %d, want 403", r.status)
	}
	// CSRF: a bulk post without the token is refused.
	if r := ed.do("POST", bulk, url.Values{"action": {"close"}, "id": {id("c2")}}, nil); r.status != http.StatusForbidden {
		t.Errorf("bulk without CSRF: %d, want 403", r.status)
	}
	rv := f.login(brand.RoleReviewer)
	r := rv.post(page, bulk, url.Values{"action": {"hide"}, "id": {id("c2"), id("c3")}, "label": {"complaint"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != page+"?label=complaint" {
		t.Fatalf("reviewer bulk hide: %d %q", r.status, r.header.Get("Location"))
	}
	ids = inboxIDs(t, f)
	if !ids["c2"].Hidden || !ids["c3"].Hidden || ids["c2"].HiddenBy != strconv.FormatInt(f.users[brand.RoleReviewer].ID, 10) {
		t.Errorf("bulk hide: %+v %+v", ids["c2"], ids["c3"])
	}
	if n := auditCount(t, f, "comment.hide"); n != 2 {
		t.Errorf("%d comment.hide entries, want 2", n)
	}
	if r := rv.post(page, bulk, url.Values{"action": {"unhide"}, "id": {id("c2"), id("c3")}}); r.status != http.StatusSeeOther {
		t.Fatalf("bulk unhide: %d", r.status)
	}
	// Answering is editor+.
	if r := rv.post(page, bulk, url.Values{"action": {"answer"}, "id": {id("c3")}, "reply": {"Merci !"}}); r.status != http.StatusForbidden {
		t.Errorf("reviewer answer: %d, want 403", r.status)
	}
	// Assign to a member; someone outside the workspace is refused.
	mid := strconv.FormatInt(f.users[brand.RoleEditor].ID, 10)
	if r := rv.post(page, bulk, url.Values{"action": {"assign"}, "id": {id("c7")}, "assignee": {mid}}); r.status != http.StatusSeeOther {
		t.Fatalf("assign: %d %s", r.status, r.body)
	}
	if c := inboxIDs(t, f)["c7"]; c.Status != "assigned" || c.Assignee == nil || *c.Assignee != f.users[brand.RoleEditor].ID {
		t.Errorf("assigned %+v", c)
	}
	if r := rv.post(page, bulk, url.Values{"action": {"assign"}, "id": {id("c7")}, "assignee": {"999999"}}); r.status != http.StatusBadRequest {
		t.Errorf("assign to a stranger: %d", r.status)
	}
	if r := rv.post(page, bulk, url.Values{"action": {"close"}, "id": {id("c2")}}); r.status != http.StatusSeeOther {
		t.Fatalf("close: %d", r.status)
	}
	if r := rv.post(page, bulk, url.Values{"action": {"explode"}, "id": {id("c2")}}); r.status != http.StatusBadRequest {
		t.Errorf("unknown action: %d", r.status)
	}
	if r := rv.post(page, bulk, url.Values{"action": {"close"}}); r.status != http.StatusBadRequest {
		t.Errorf("nothing selected: %d", r.status)
	}
	// Filters.
	for q, want := range map[string][]string{
		"?status=closed":        {"c2"},
		"?status=assigned":      {"c7"},
		"?label=praise":         {"c3"},
		"?network=instagram":    {"c7"},
		"?sentiment=positive":   {"c3"},
		"?unanswered=1&label=x": {"c1", "c3", "c4", "c7"},
	} {
		body := ed.get(page + q).body
		n := strings.Count(body, `class="inbox-item `)
		if n != len(want) {
			t.Errorf("%s: %d items, want %d", q, n, len(want))
		}
		for _, ext := range want {
			if !strings.Contains(body, `data-ext="`+ext+`"`) {
				t.Errorf("%s lacks %s", q, ext)
			}
		}
	}
}

func testInboxAnswer(t *testing.T, f *fixture) {
	ctx := context.Background()
	must(t, f.st.CreateFact(ctx, &brand.Fact{BrandID: f.brand.ID, Key: "prix-baguette", Text: "La baguette tradition est vendue 1,30 €.", Lang: "fr"}))
	page := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	bulk := page + "/bulk"
	ed := f.login(brand.RoleEditor)
	data := `{"id":"q1","text":"Combien coûte la baguette tradition ?","author":"Léa","lang":"fr"}` + "\n" +
		`{"id":"q2","text":"Elle coûte combien la tradition ?","author":"Tom","lang":"fr"}`
	if res := ed.post(page, page, url.Values{"data": {data}}); res.status != http.StatusOK {
		t.Fatalf("import: %d", res.status)
	}
	ids := inboxIDs(t, f)
	q1, q2 := strconv.FormatInt(ids["q1"].ID, 10), strconv.FormatInt(ids["q2"].ID, 10)
	// A wrong price is blocked, for the whole batch.
	wrong := "Bonjour {author}, la baguette tradition est à 1,50 €."
	r := ed.post(page, bulk, url.Values{"action": {"answer"}, "id": {q1, q2}, "reply": {wrong}})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="inbox-blocked"`) || !strings.Contains(r.body, "1,50") {
		t.Fatalf("wrong price not blocked: %d", r.status)
	}
	if !strings.Contains(r.body, "Bonjour Léa") {
		t.Error("blocked reply not personalised")
	}
	if ids := inboxIDs(t, f); ids["q1"].Status != "new" || ids["q2"].Status != "new" || ids["q1"].Reply != "" {
		t.Fatalf("a blocked answer changed state: %+v", ids["q1"])
	}
	// The right price goes through.
	right := "Bonjour {author}, la baguette tradition est à 1,30 €."
	if r := ed.post(page, bulk, url.Values{"action": {"answer"}, "id": {q1}, "reply": {right}}); r.status != http.StatusSeeOther {
		t.Fatalf("right price: %d %s", r.status, r.body)
	}
	c1 := inboxIDs(t, f)["q1"]
	if c1.Status != "answered" || c1.Reply != "Bonjour Léa, la baguette tradition est à 1,30 €." || c1.AnsweredAt == nil {
		t.Errorf("answered %+v", c1)
	}
	// The override sends the wrong one, audited with the findings.
	if r := ed.post(page, bulk, url.Values{"action": {"answer"}, "id": {q2}, "reply": {wrong}, "override": {"1"}}); r.status != http.StatusSeeOther {
		t.Fatalf("override: %d", r.status)
	}
	es, err := f.st.ListAudit(ctx, f.ws.ID, 50, 0)
	must(t, err)
	ok := false
	for _, e := range es {
		if e.Action == "comment.answer_override" && strings.Contains(e.After, `"comment_id":"q2"`) && strings.Contains(e.After, "contradicted") {
			ok = true
		}
	}
	if !ok {
		t.Error("override not audited with its findings")
	}
	if n := auditCount(t, f, "comment.answer"); n != 1 {
		t.Errorf("%d comment.answer entries, want 1", n)
	}
	// Suggestions come from the FAQ and are verified: an FAQ answer with a
	// stale price is shown with its finding, a right one as checked.
	must(t, f.st.CreateFAQ(ctx, &brand.FAQEntry{BrandID: f.brand.ID, Lang: "fr", Question: "Quel est le prix de la baguette tradition ?", Answer: "La baguette tradition est à 1,50 €."}))
	must(t, f.st.CreateFAQ(ctx, &brand.FAQEntry{BrandID: f.brand.ID, Lang: "fr", Question: "Quels sont vos horaires d'ouverture ?", Answer: "Nous ouvrons du mardi au samedi."}))
	more := `{"id":"q3","text":"Ça coûte combien une tradition ?","author":"Zoé","lang":"fr"}` + "\n" +
		`{"id":"q4","text":"Vous ouvrez quels jours ?","author":"Max","lang":"fr"}` + "\n" +
		`{"id":"q5","text":"Merci pour l'accueil, super équipe !","lang":"fr"}`
	body := ed.post(page, page, url.Values{"data": {more}}).body
	item := func(ext string) string {
		i := strings.Index(body, `data-ext="`+ext+`"`)
		if i < 0 {
			t.Fatalf("no item %s", ext)
		}
		j := strings.Index(body[i:], "</li>\n")
		if k := strings.Index(body[i:], `<li class="inbox-item`); k > 0 && (j < 0 || k < j) {
			j = k
		}
		return body[i : i+j]
	}
	if q3 := item("q3"); !strings.Contains(q3, "1,50 €") || !strings.Contains(q3, `inbox-finding" data-kind="contradicted"`) {
		t.Errorf("stale FAQ price not flagged in the suggestion:\n%s", q3)
	}
	if q4 := item("q4"); !strings.Contains(q4, "mardi au samedi") || !strings.Contains(q4, "inbox-verified") {
		t.Errorf("hours suggestion missing or not verified:\n%s", q4)
	}
	if q5 := item("q5"); !strings.Contains(q5, `data-kind="thanks"`) {
		t.Errorf("praise not thanked:\n%s", q5)
	}
	// Reopen puts it back in the unanswered list.
	if r := ed.post(page, bulk, url.Values{"action": {"reopen"}, "id": {q2}}); r.status != http.StatusSeeOther {
		t.Fatalf("reopen: %d", r.status)
	}
	if c := inboxIDs(t, f)["q2"]; c.Status != "new" || c.AnsweredAt != nil {
		t.Errorf("reopened %+v", c)
	}
}

func TestInboxCSVImport(t *testing.T) {
	rows, errs := parseComments([]byte("comment_id,user,message,lang\n7,bob,\"Do you ship to Canada?\",en\n8,ann,\"Fuck you\"\n"))
	if len(errs) != 0 || len(rows) != 2 {
		t.Fatalf("rows %+v errs %v", rows, errs)
	}
	if rows[0].ID != "7" || rows[0].Author != "bob" || rows[0].Lang != "en" || rows[1].Text != "Fuck you" {
		t.Errorf("rows %+v", rows)
	}
	if _, errs := parseComments([]byte("a,b\n1,2\n")); len(errs) != 1 || !strings.Contains(errs[0], "no text column") {
		t.Errorf("missing text column: %v", errs)
	}
}

// FuzzParseComments: imports are outside input.
func FuzzParseComments(f *testing.F) {
	for _, s := range []string{inboxSample, "text\nhello\n", "\ufeff{\"id\":1,\"text\":\"x\"}", "\"", "{", "id,text\n1,\"unterminated"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, _ := parseComments(b)
		for _, r := range rows {
			if r.ID == "" {
				t.Fatalf("comment without id from %q", b)
			}
		}
	})
}

func TestAPIModerate(t *testing.T) {
	f := newFixture(t)
	body := fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleAnalyst].Email, f.passwd)
	req, _ := http.NewRequest("POST", f.ts.URL+"/api/v1/tokens", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	r, err := http.DefaultClient.Do(req)
	must(t, err)
	var tk struct {
		Token string `json:"token"`
	}
	must(t, json.NewDecoder(r.Body).Decode(&tk))
	r.Body.Close()
	call := func(payload string) (int, map[string]any) {
		req, _ := http.NewRequest("POST", f.ts.URL+"/api/v1/moderate", strings.NewReader(payload))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tk.Token)
		r, err := http.DefaultClient.Do(req)
		must(t, err)
		defer r.Body.Close()
		var out map[string]any
		json.NewDecoder(r.Body).Decode(&out)
		return r.StatusCode, out
	}
	st, out := call(`{"comments":[{"id":1,"text":"Congratulations, you won an iPhone! DM me to claim your prize."},{"id":"b","text":"Votre appli plante tout le temps, c'est nul.","lang":"fr"},{"id":3},{"id":4,"text":"hi","lang":"de"}]}`)
	if st != http.StatusOK {
		t.Fatalf("status %d: %v", st, out)
	}
	res := out["results"].([]any)
	if len(res) != 4 {
		t.Fatalf("%d results", len(res))
	}
	r0, r1, r2, r3 := res[0].(map[string]any), res[1].(map[string]any), res[2].(map[string]any), res[3].(map[string]any)
	if r0["label"] != "scam" || r0["hide"] != true || r0["id"] != float64(1) || len(r0["scores"].(map[string]any)) != 9 {
		t.Errorf("scam result %v", r0)
	}
	if r1["hide"] != false || r1["id"] != "b" {
		t.Errorf("criticism result %v", r1)
	}
	if r2["error"] == nil || r3["error"] == nil {
		t.Errorf("bad comments not reported: %v %v", r2, r3)
	}
	if st, _ := call(`{"comment":[]}`); st != http.StatusBadRequest {
		t.Errorf("unknown field: %d", st)
	}
}

// In headless Chromium: import comments, check the hateful one is blurred
// and hidden by the policy, reveal it, unhide it (audited), filter, hide in
// bulk from the keyboard, and see every state persist after a reload.
func TestInboxInChromium(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	// generous: the CI and shared machines run Chromium under load
	ctx := newBrowser(t, bin, 150*time.Second, chromedp.WindowSize(1200, 1600))
	page := fmt.Sprintf("%s/brands/%d/inbox", f.ts.URL, f.brand.ID)
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.SendKeys(`input[name=email]`, f.users[brand.RoleEditor].Email),
		chromedp.SendKeys(`input[name=password]`, f.passwd),
		chromedp.Submit(`input[name=password]`),
		chromedp.WaitVisible(`#logout`), // only on the signed-in page: #main would race the redirect
	)
	if err != nil {
		t.Fatalf("chromium login: %v", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(page),
		chromedp.WaitVisible(`#inbox-data`),
	)
	if err != nil {
		t.Fatalf("chromium inbox page: %v", err)
	}
	err = chromedp.Do(ctx,
		chromedp.SetValue(`#inbox-data`, inboxSample),
		chromedp.Submit(`#inbox-data`),
		chromedp.WaitVisible(`#inbox-list`),
	)
	if err != nil {
		t.Fatalf("chromium import: %v", err)
	}
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	hate := `document.querySelector('[data-ext="c1"]')`
	if got := eval(`getComputedStyle(` + hate + `.querySelector('[data-inbox-text]')).filter`); !strings.Contains(got, "blur") {
		t.Errorf("hateful text filter %q, want blur", got)
	}
	if got := eval(hate + `.getAttribute("data-hidden")`); got != "true" {
		t.Errorf("hateful comment data-hidden %q", got)
	}
	if got := eval(`document.querySelector("[data-inbox-exposure]").textContent`); got != "0" {
		t.Errorf("exposure before any reveal: %q", got)
	}
	must(t, chromedp.Do(ctx, chromedp.Click(`[data-ext="c1"] [data-inbox-reveal]`)))
	if got := eval(`getComputedStyle(` + hate + `.querySelector('[data-inbox-text]')).filter`); strings.Contains(got, "blur") {
		t.Errorf("revealed text still blurred (%q)", got)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("[data-inbox-exposure]").textContent === "1"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("exposure count not updated after a reveal: %v", err)
	}
	must(t, chromedp.Do(ctx, chromedp.Click(`[data-ext="c1"] [data-inbox-toggle]`)))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](hate+`.getAttribute("data-hidden") === "false"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("unhide never applied: %v", err)
	}
	// Filter on visible positive and negative comments: the server's filter form.
	err = chromedp.Do(ctx,
		chromedp.SetValue(`#f-label`, "complaint"),
		chromedp.Click(`#inbox-apply`),
		// only the server's filtered page marks the option selected: the
		// old page still on screen does not satisfy this
		chromedp.WaitReady(`#f-label option[value="complaint"][selected]`),
		chromedp.WaitVisible(`#inbox-list`),
	)
	must(t, err)
	if got := eval(`String(document.querySelectorAll(".inbox-item").length)`); got != "1" {
		t.Errorf("%s items shown for the complaint filter, want 1", got)
	}
	// Keyboard bulk hide: j selects the first item, x checks it, h hides;
	// the form posts and the filtered page comes back.
	err = chromedp.Do(ctx,
		chromedp.KeyEvent("j"),
		chromedp.KeyEvent("x"),
		chromedp.KeyEvent("h"),
		chromedp.WaitVisible(`[data-ext="c2"][data-hidden="true"]`),
	)
	if err != nil {
		t.Fatalf("keyboard bulk hide: %v", err)
	}
	// A reload of the unfiltered page keeps every state: c2 hidden by a
	// person, c1 unhidden, c4 still hidden by the policy.
	err = chromedp.Do(ctx,
		chromedp.Navigate(page),
		chromedp.WaitVisible(`#inbox-list`),
	)
	must(t, err)
	for sel, want := range map[string]string{`[data-ext="c2"]`: "true", `[data-ext="c1"]`: "false", `[data-ext="c4"]`: "true", `[data-ext="c3"]`: "false"} {
		if got := eval(`document.querySelector('` + sel + `').getAttribute("data-hidden")`); got != want {
			t.Errorf("after reload %s data-hidden = %q, want %q", sel, got, want)
		}
	}
	if got := eval(`String(document.querySelectorAll(".inbox-item").length)`); got != "4" {
		t.Errorf("%s items after reload, want 4", got)
	}
	for _, a := range []string{"comment.unhide", "comment.hide"} {
		if n := auditCount(t, f, a); n != 1 {
			t.Errorf("%d %s entries from the browser, want 1", n, a)
		}
	}
}

func TestInboxMultipartUpload(t *testing.T) {
	f := newFixture(t)
	page := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	tok := ed.csrf(page)
	var buf strings.Builder
	bd := "XXboundaryXX"
	fmt.Fprintf(&buf, "--%s\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n", bd, tok)
	fmt.Fprintf(&buf, "--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\nContent-Type: text/csv\r\n\r\nid,text\r\n1,Sale arabe\r\n2,Super produit merci\r\n", bd)
	fmt.Fprintf(&buf, "--%s\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n\r\n--%s--\r\n", bd, bd)
	req, _ := http.NewRequest("POST", f.ts.URL+page, strings.NewReader(buf.String()))
	req.Header.Set("Content-Type", "multipart/form-data; boundary="+bd)
	r, err := ed.hc.Do(req)
	must(t, err)
	defer r.Body.Close()
	raw, err := io.ReadAll(r.Body)
	must(t, err)
	body := string(raw)
	if r.StatusCode != http.StatusOK {
		t.Fatalf("multipart upload: %d %s", r.StatusCode, body)
	}
	if !strings.Contains(body, `data-ext="1" data-label="hate" data-hidden="true"`) || !strings.Contains(body, `data-ext="2" data-label="praise"`) {
		t.Errorf("uploaded CSV not classified:\n%s", body)
	}
}
