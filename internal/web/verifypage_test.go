package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/testenv"
)

func TestVerifyPageAndForm(t *testing.T) {
	f := newFixture(t)
	addFacts(t, f)
	an := f.login(brand.RoleAnalyst)
	page := fmt.Sprintf("/brands/%d/verify", f.brand.ID)
	if r := an.get(page); r.status != http.StatusOK || !strings.Contains(r.body, "3 ") || !strings.Contains(r.body, "data-verify-form") {
		t.Fatalf("page: %d\n%s", r.status, r.body)
	}
	if r := an.get("/verify"); r.status != http.StatusOK || !strings.Contains(r.body, page) {
		t.Fatalf("index: %d", r.status)
	}
	// without JavaScript the form marks the text on the server
	r := an.post(page, page, url.Values{"text": {"Baguette tradition à 1,20 € ! Ouverture le dimanche 12 septembre, café offert."}, "lang": {"fr"}})
	if r.status != http.StatusOK {
		t.Fatalf("check: %d\n%s", r.status, r.body)
	}
	for _, want := range []string{`<mark class="vf-contradicted" tabindex="0" data-n="1"`, `>1,20 €</mark>`, `>dimanche 12 septembre</mark>`, `<mark class="vf-unsupported"`, "1,30 €", `vf-fail`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("marked page lacks %q", want)
		}
	}
	if r := an.post(page, page, url.Values{"text": {"  "}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("empty text: %d", r.status)
	}
	// another workspace's brand is not reachable
	if r := an.get(fmt.Sprintf("/brands/%d/verify", f.other.ID)); r.status != http.StatusNotFound {
		t.Errorf("other brand: %d", r.status)
	}
	if r := f.client().get(page); r.status != http.StatusSeeOther {
		t.Errorf("anonymous: %d", r.status)
	}
}

func TestVerifyAPI(t *testing.T) {
	f := newFixture(t)
	addFacts(t, f)
	api := func(path, bearer, body string) (int, map[string]any) {
		t.Helper()
		req, err := http.NewRequest("POST", f.ts.URL+path, strings.NewReader(body))
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
	if st, _ := api("/api/v1/verify", "", `{"post":"x"}`); st != http.StatusUnauthorized {
		t.Fatalf("unauthenticated: %d", st)
	}
	_, tok := api("/api/v1/tokens", "", fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleAnalyst].Email, f.passwd))
	bearer := tok["token"].(string)
	st, out := api("/api/v1/verify", bearer, `{"lang":"en","facts":["A monthly pass costs €60.",{"id":"f2","text":"The studio opens on Friday 16 October 2026."}],"brief":"","post":"Monthly pass €50, opening Saturday 16 October!"}`)
	if st != http.StatusOK || out["verdict"] != "fail" || len(out["findings"].([]any)) != 2 {
		t.Fatalf("inline facts: %d %v", st, out)
	}
	first := out["findings"].([]any)[0].(map[string]any)
	if first["text"] != "€50" || first["start"] != float64(13) || first["suggestion"] != "€60" {
		t.Errorf("finding %v", first)
	}
	st, out = api(fmt.Sprintf("/api/v1/brands/%d/verify", f.brand.ID), bearer, `{"text":"La baguette tradition à 1,30 € ! #Fournil30ans","lang":"fr"}`)
	if st != http.StatusOK || out["verdict"] != "pass" {
		t.Fatalf("brand facts: %d %v", st, out)
	}
	if sty, ok := out["style"].(map[string]any); !ok || len(sty["findings"].([]any)) != 0 {
		t.Errorf("a plain post has no style finding: %v", out["style"])
	}
	// The style layer rides along, in its own field, and never changes the
	// verdict: a cliché in a true post is advice, not a finding.
	st, out = api(fmt.Sprintf("/api/v1/brands/%d/verify", f.brand.ID), bearer, `{"text":"N'hésitez pas à goûter la baguette tradition à 1,30 € !","lang":"fr"}`)
	if st != http.StatusOK || out["verdict"] != "pass" {
		t.Fatalf("cliché post: %d %v", st, out)
	}
	sty, _ := out["style"].(map[string]any)
	var cliche bool
	for _, x := range sty["findings"].([]any) {
		if x.(map[string]any)["kind"] == "cliche" {
			cliche = true
		}
	}
	if !cliche {
		t.Errorf("no cliché in the style layer: %v", out["style"])
	}
	if st, _ := api(fmt.Sprintf("/api/v1/brands/%d/verify", f.other.ID), bearer, `{"text":"x"}`); st != http.StatusNotFound {
		t.Errorf("other workspace's brand: %d", st)
	}
	if st, _ := api("/api/v1/verify", bearer, `{"post":"`+strings.Repeat("a", 10001)+`"}`); st != http.StatusUnprocessableEntity {
		t.Errorf("too long: %d", st)
	}
	if st, _ := api("/api/v1/verify", bearer, `{"post":"x","lang":"de"}`); st != http.StatusUnprocessableEntity {
		t.Errorf("bad lang: %d", st)
	}
}

// In a real headless Chromium: type a text with a wrong price and a wrong
// weekday, see both marked as contradicted, read the fact on focus, apply
// the suggestion in one click and watch the text re-verify to a pass.
func TestVerifyPageInChromium(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	addFacts(t, f)
	ctx := newBrowser(t, bin, 60*time.Second, chromedp.WindowSize(1200, 1400))
	page := fmt.Sprintf("%s/brands/%d/verify", f.ts.URL, f.brand.ID)
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.SendKeys(`input[name=email]`, f.users[brand.RoleAnalyst].Email),
		chromedp.SendKeys(`input[name=password]`, f.passwd),
		chromedp.Submit(`input[name=password]`),
		// the login page has #main too: wait until it is gone, so that the
		// next navigation does not abort the sign-in
		chromedp.WaitNotPresent(`input[name=password]`),
		chromedp.WaitVisible(`#logout`), // only on the signed-in page: #main would race the redirect
		chromedp.Navigate(page),
		chromedp.WaitVisible(`#vf-text`),
		chromedp.SendKeys(`#vf-text`, "🥖 Baguette tradition à 1,20 € ! Ouverture le dimanche 12 septembre."),
	)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll("#vf-preview mark.vf-contradicted").length === 2`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("live verification never marked the two contradictions: %v", err)
	}
	verdict, err := chromedp.Run(ctx, chromedp.Text(`#vf-verdict`))
	must(t, err)
	if verdict != "✖ contradicted claims" { // the browser asks for English
		t.Errorf("verdict %q", verdict)
	}
	// focus the price: the tooltip shows the fact and an Apply button
	must(t, chromedp.Do(ctx, chromedp.Focus(`#vf-preview mark[data-n="1"]`), chromedp.WaitVisible(`#vf-tip button[data-verify-apply]`)))
	tipText, err := chromedp.Run(ctx, chromedp.Text(`#vf-tip`))
	must(t, err)
	if !strings.Contains(tipText, "1,30 €") {
		t.Errorf("tooltip %q", tipText)
	}
	must(t, chromedp.Do(ctx, chromedp.Click(`#vf-tip button[data-verify-apply]`)))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("#vf-text").value.includes("1,30 €") && document.querySelectorAll("#vf-preview mark").length === 1`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("applying the suggestion did not re-verify: %v", err)
	}
	// apply the weekday fix from the findings list
	must(t, chromedp.Do(ctx, chromedp.Click(`#vf-findings button[data-verify-apply]`)))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("#vf-verdict").getAttribute("data-verdict") === "pass"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		text, _ := chromedp.Run(ctx, chromedp.Value(`#vf-text`))
		t.Fatalf("text never passed after both fixes: %v (%q)", err, text)
	}
	text, err := chromedp.Run(ctx, chromedp.Value(`#vf-text`))
	must(t, err)
	if text != "🥖 Baguette tradition à 1,30 € ! Ouverture le samedi 12 septembre." {
		t.Errorf("fixed text %q", text)
	}
	// the style guard's second layer marks a cliché in its own block, and
	// the verdict stays a pass
	must(t, chromedp.Do(ctx, chromedp.SendKeys(`#vf-text`, " N'hésitez pas à passer !")))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector("#vf-style mark.sf-cliche") && document.querySelector("#vf-verdict").getAttribute("data-verdict") === "pass"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		html, _ := chromedp.Run(ctx, chromedp.InnerHTML(`#vf-style`))
		t.Fatalf("the style layer never marked the cliché: %v (%s)", err, html)
	}
	if dir := os.Getenv("VIGIE_SCREENSHOTS"); dir != "" {
		if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			_ = os.WriteFile(dir+"/verify.png", shot, 0o644)
		}
	}
}
