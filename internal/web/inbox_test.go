package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/testenv"
)

const inboxSample = `{"id":"c1","text":"Les musulmans sont des cafards.","author":"troll","network":"x"}
{"id":"c2","text":"Votre service client est nul, 3 semaines sans livraison.","author":"marie"}
{"id":"c3","text":"Merci pour l'accueil, super équipe !"}
{"id":"c4","text":"<script>alert(1)</script> je vais te tuer"}
not json
{"id":"c6"}`

func TestInboxImportAndVisibility(t *testing.T) {
	f := newFixture(t)
	page := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	res := ed.post(page, page, url.Values{"data": {inboxSample}})
	if res.status != http.StatusOK {
		t.Fatalf("import: %d %s", res.status, res.body)
	}
	b := res.body
	for _, want := range []string{`data-id="c1" data-label="hate" data-hidden="true"`, `data-id="c2" data-label="complaint" data-hidden="false"`,
		`data-id="c3" data-label="praise"`, `data-id="c4" data-label="harassment" data-hidden="true"`, "line 5:", "line 6: missing"} {
		if !strings.Contains(b, want) {
			t.Errorf("import page lacks %q", want)
		}
	}
	if strings.Contains(b, "<script>alert(1)") {
		t.Error("comment text not escaped")
	}
	// hostile text is blurred until revealed; criticism is not
	if !strings.Contains(b, `is-blurred" data-inbox-text aria-hidden="true">Les musulmans`) {
		t.Error("hateful text not blurred")
	}
	if strings.Contains(b, `is-blurred" data-inbox-text aria-hidden="true">Votre service`) {
		t.Error("criticism blurred")
	}
	audit, err := f.st.ListAudit(context.Background(), f.ws.ID, 20, 0)
	must(t, err)
	auto := 0
	for _, e := range audit {
		if e.Action == "comment.autohide" {
			auto++
		}
	}
	if auto != 2 {
		t.Errorf("%d comment.autohide audit entries, want 2 (c1, c4)", auto)
	}

	// unhide c1 through the page's JSON endpoint, as inbox.js does
	tok := csrfRE.FindStringSubmatch(b)[1]
	vis := ed.do("POST", page+"/visibility", nil, map[string]string{"X-CSRF-Token": tok, "Content-Type": "application/json"})
	if vis.status != http.StatusBadRequest {
		t.Errorf("empty visibility body: %d", vis.status)
	}
	req, _ := http.NewRequest("POST", f.ts.URL+page+"/visibility", strings.NewReader(`{"id":"c1","hidden":false,"label":"hate"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", tok)
	r, err := ed.hc.Do(req)
	must(t, err)
	r.Body.Close()
	if r.StatusCode != http.StatusOK {
		t.Fatalf("unhide: %d", r.StatusCode)
	}
	audit, err = f.st.ListAudit(context.Background(), f.ws.ID, 20, 0)
	must(t, err)
	found := false
	for _, e := range audit {
		if e.Action == "comment.unhide" && strings.Contains(e.After, `"comment_id":"c1"`) && strings.Contains(e.After, `"hidden":false`) && e.UserID != nil && *e.UserID == f.users[brand.RoleEditor].ID {
			found = true
		}
	}
	if !found {
		t.Error("unhide not in the audit log with its author")
	}

	// an analyst reads the page but cannot import or change visibility
	an := f.login(brand.RoleAnalyst)
	if res := an.get(page); res.status != http.StatusOK {
		t.Errorf("analyst page: %d", res.status)
	}
	if res := an.post(page, page, url.Values{"data": {inboxSample}}); res.status != http.StatusForbidden {
		t.Errorf("analyst import: %d, want 403", res.status)
	}
	// a brand of another workspace is not reachable
	if res := ed.get(fmt.Sprintf("/brands/%d/inbox", f.other.ID)); res.status != http.StatusNotFound && res.status != http.StatusForbidden {
		t.Errorf("other workspace's inbox: %d", res.status)
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
// and hidden by the policy, reveal it, unhide it (audited), and filter.
func TestInboxInChromium(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.Flag("headless", true), chromedp.WindowSize(1200, 1600))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// generous: the CI and shared machines run Chromium under load
	ctx, cancel = context.WithTimeout(ctx, 150*time.Second)
	defer cancel()
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
	hate := `document.querySelector('[data-id="c1"]')`
	if got := eval(`getComputedStyle(` + hate + `.querySelector('[data-inbox-text]')).filter`); !strings.Contains(got, "blur") {
		t.Errorf("hateful text filter %q, want blur", got)
	}
	if got := eval(hate + `.getAttribute("data-hidden")`); got != "true" {
		t.Errorf("hateful comment data-hidden %q", got)
	}
	if got := eval(`document.querySelector("[data-inbox-exposure]").textContent`); got != "0" {
		t.Errorf("exposure before any reveal: %q", got)
	}
	must(t, chromedp.Do(ctx, chromedp.Click(`[data-id="c1"] [data-inbox-reveal]`)))
	if got := eval(`getComputedStyle(` + hate + `.querySelector('[data-inbox-text]')).filter`); strings.Contains(got, "blur") {
		t.Errorf("revealed text still blurred (%q)", got)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("[data-inbox-exposure]").textContent === "1"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("exposure count not updated after a reveal: %v", err)
	}
	must(t, chromedp.Do(ctx, chromedp.Click(`[data-id="c1"] [data-inbox-toggle]`)))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](hate+`.getAttribute("data-hidden") === "false"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("unhide never applied: %v", err)
	}
	must(t, chromedp.Do(ctx, chromedp.SetValue(`#inbox-filter`, "complaint"), chromedp.Evaluate[chromedp.Void](`document.querySelector("#inbox-filter").dispatchEvent(new Event("change"))`)))
	if got := eval(`String(document.querySelectorAll(".inbox-item:not(.is-filtered)").length)`); got != "1" {
		t.Errorf("%s items shown for the complaint filter, want 1", got)
	}
	audit, err := f.st.ListAudit(context.Background(), f.ws.ID, 20, 0)
	must(t, err)
	ok := false
	for _, e := range audit {
		if e.Action == "comment.unhide" && strings.Contains(e.After, `"comment_id":"c1"`) {
			ok = true
		}
	}
	if !ok {
		t.Error("browser unhide not audited")
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
	if !strings.Contains(body, `data-id="1" data-label="hate" data-hidden="true"`) || !strings.Contains(body, `data-id="2" data-label="praise"`) {
		t.Errorf("uploaded CSV not classified:\n%s", body)
	}
}
