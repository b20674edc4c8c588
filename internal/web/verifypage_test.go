package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/testenv"
	"github.com/vigie-cm/vigie/internal/verify"
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

// addEntryFee gives the fixture's brand one fact, the entry fee, against
// which a free entry is a contradiction the confidence model doubts (a
// paraphrase is a common false alarm) and a wrong price one it believes.
func addEntryFee(t *testing.T, f *fixture) {
	t.Helper()
	fa := brand.Fact{BrandID: f.brand.ID, Key: "entree", Text: "L'entrée coûte 8 €.", Lang: "fr"}
	must(t, f.st.CreateFact(context.Background(), &fa))
}

var vfConfRE = regexp.MustCompile(`<span class="vf-conf small muted">(?:confidence (\d+)%|confiance (\d+)\x{a0}%)</span>`)

// Without JavaScript, the server shows each finding's confidence and the
// doubts apart: a collapsed block under the findings, a dotted mark in the
// text, out of the verdict; in French and in English.
func TestVerifyPageDoubts(t *testing.T) {
	f := newFixture(t)
	addEntryFee(t, f)
	an := f.login(brand.RoleAnalyst)
	page := fmt.Sprintf("/brands/%d/verify", f.brand.ID)
	for _, c := range []struct{ lang, summary, conf, none string }{
		{"fr", "Vigie doute de ceux-ci (hors verdict) — 1", "confiance ", "<li>Rien à corriger ; ce dont Vigie doute est ci-dessous.</li>"},
		{"en", "Vigie doubts these (not counted in the verdict) — 1", "confidence ", "<li>No claim to fix; what Vigie doubts is below.</li>"},
	} {
		an.lang = c.lang
		r := an.post(page, page, url.Values{"text": {"Entrée gratuite samedi ! #Expo"}, "lang": {"fr"}})
		if r.status != http.StatusOK {
			t.Fatalf("%s: check: %d\n%s", c.lang, r.status, r.body)
		}
		for _, want := range []string{
			`vf-verdict vf-pass`,
			`<mark class="vf-doubt" data-kind="contradicted" tabindex="0" data-d="1" aria-describedby="vf-d-1"`,
			`>Entrée gratuite</mark>`,
			`<details class="vf-doubts" id="vf-doubts" data-verify-doubts><summary data-verify-doubts-summary>` + c.summary + `</summary>`,
			`<li id="vf-d-1" class="vf-finding vf-doubt-item vf-contradicted">`,
			"«Entrée gratuite»",
			c.none,
		} {
			if !strings.Contains(r.body, want) {
				t.Errorf("%s: page lacks %q", c.lang, want)
			}
		}
		if strings.Contains(r.body, `<mark class="vf-contradicted" tabindex`) || strings.Contains(r.body, `id="vf-f-1"`) {
			t.Errorf("%s: a doubt is shown as a finding", c.lang)
		}
		m := vfConfRE.FindStringSubmatch(r.body)
		if m == nil || !strings.Contains(m[0], c.conf) {
			t.Fatalf("%s: no confidence for the doubt", c.lang)
		}
		if n, _ := strconv.Atoi(m[1] + m[2]); n <= 0 || n >= 60 {
			t.Errorf("%s: a doubt at %d %%", c.lang, n)
		}
	}
	// a wrong price is a finding, with its confidence, and no doubt: the
	// doubts block is there for the script, hidden
	an.lang = "en"
	r := an.post(page, page, url.Values{"text": {"Entrée à 5 € samedi ! #Expo"}, "lang": {"fr"}})
	for _, want := range []string{`<mark class="vf-contradicted" tabindex="0" data-n="1"`, `>5 €</mark>`, `vf-fail`, `data-verify-doubts hidden>`, "— 0</summary>"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("wrong price: page lacks %q", want)
		}
	}
	m := vfConfRE.FindStringSubmatch(r.body)
	if m == nil {
		t.Fatal("wrong price: no confidence")
	}
	if n, _ := strconv.Atoi(m[1]); n < 60 || n > 100 {
		t.Errorf("a finding at %d %%", n)
	}
	if strings.Contains(r.body, "<mark class=\"vf-doubt\" data-kind") {
		t.Error("wrong price: a doubt marked")
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
	if c, ok := first["confidence"].(float64); !ok || c < 0.6 || c > 1 {
		t.Errorf("a shown finding's confidence %v", first["confidence"])
	}
	if _, ok := out["doubts"]; ok {
		t.Errorf("no doubt, yet the field is there: %v", out["doubts"])
	}
	// a finding the confidence model finds more likely a false alarm leaves
	// the verdict and comes back among the doubts
	st, out = api("/api/v1/verify", bearer, `{"lang":"fr","facts":["L'entrée coûte 8 €."],"post":"Entrée gratuite samedi ! #Expo"}`)
	if st != http.StatusOK || out["verdict"] != "pass" || len(out["findings"].([]any)) != 0 {
		t.Fatalf("doubt: %d %v", st, out)
	}
	if ds, _ := out["doubts"].([]any); len(ds) != 1 {
		t.Errorf("doubts %v", out["doubts"])
	} else if d := ds[0].(map[string]any); d["text"] != "Entrée gratuite" || d["kind"] != "contradicted" {
		t.Errorf("doubt %v", d)
	} else if c, ok := d["confidence"].(float64); !ok || c <= 0 || c >= 0.6 {
		t.Errorf("a doubt's confidence %v", d["confidence"])
	}
	st, out = api(fmt.Sprintf("/api/v1/brands/%d/verify", f.brand.ID), bearer, `{"text":"Baguette tradition à 1,20 € !","lang":"fr"}`)
	if st != http.StatusOK || out["verdict"] != "fail" {
		t.Fatalf("brand, wrong price: %d %v", st, out)
	}
	if c, ok := out["findings"].([]any)[0].(map[string]any)["confidence"].(float64); !ok || c < 0.6 {
		t.Errorf("brand API: finding without its confidence: %v", out["findings"])
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
	// the brand's API carries the doubts too. Which post against the entry
	// fee the model doubts moves with each retraining: the first of a few
	// that the engine answers with a pass and one doubt
	addEntryFee(t, f)
	doubted := false
	for _, p := range []string{"Entrée gratuite samedi ! #Expo", "Entrée gratuite samedi !", "Entrée : 800 € par personne.", "Entrée à 800 € !"} {
		st, out = api(fmt.Sprintf("/api/v1/brands/%d/verify", f.brand.ID), bearer, `{"text":"`+p+`","lang":"fr"}`)
		if st != http.StatusOK {
			t.Fatalf("brand API, %q: %d %v", p, st, out)
		}
		if ds, _ := out["doubts"].([]any); out["verdict"] == "pass" && len(ds) == 1 {
			doubted = true
			break
		}
	}
	if !doubted {
		t.Errorf("brand API: no post against the entry fee answered with one doubt and a pass; last: %v", out)
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

// In headless Chromium, live re-checking shows each finding's confidence,
// keeps doubts out of the verdict in their own collapsed block and a dotted
// mark with the same tooltip, and applies a doubt's suggestion.
func TestVerifyDoubtsInChromium(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	addEntryFee(t, f)
	ctx := newBrowser(t, bin, 60*time.Second, chromedp.WindowSize(1200, 1400))
	page := fmt.Sprintf("%s/brands/%d/verify", f.ts.URL, f.brand.ID)
	do(t, ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.SendKeys(`input[name=email]`, f.users[brand.RoleAnalyst].Email),
		chromedp.SendKeys(`input[name=password]`, f.passwd),
		chromedp.Submit(`input[name=password]`),
		chromedp.WaitNotPresent(`input[name=password]`),
		chromedp.WaitVisible(`#logout`),
		chromedp.Navigate(page),
		chromedp.WaitVisible(`#vf-text`),
		// a click gives the page focus; without it no focus event fires
		// on the marks
		chromedp.Click(`#vf-text`),
	)
	// typing replaces the whole text, as an edit would, and the page
	// re-checks on the input event
	retype := func(text string) {
		t.Helper()
		js := fmt.Sprintf(`(function(){var t=document.querySelector("#vf-text");t.value=%q;t.dispatchEvent(new Event("input"));return true})()`, text)
		get(t, ctx, chromedp.Evaluate[bool](js))
	}
	wait := func(what, cond string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
			html, _ := chromedp.Run(ctx, chromedp.OuterHTML(`.vf-result`))
			t.Fatalf("%s: %v\n%s", what, err, html)
		}
	}
	confRE := regexp.MustCompile(`^confidence (\d+)%$`)

	retype("Entrée à 5 € samedi ! #Expo")
	wait("a wrong price", `document.querySelectorAll("#vf-preview mark.vf-contradicted").length === 1 && document.querySelector("#vf-doubts").hidden`)
	conf := get(t, ctx, chromedp.Text(`#vf-f-1 .vf-conf`))
	if m := confRE.FindStringSubmatch(conf); m == nil {
		t.Errorf("finding's confidence %q", conf)
	} else if n, _ := strconv.Atoi(m[1]); n < 60 {
		t.Errorf("a shown finding at %d %%", n)
	}

	retype("Entrée gratuite samedi ! #Expo")
	wait("a doubted free entry", `!document.querySelector("#vf-doubts").hidden && document.querySelectorAll("#vf-preview mark.vf-doubt").length === 1 && document.querySelectorAll("#vf-preview mark").length === 1 && document.querySelector("#vf-verdict").getAttribute("data-verdict") === "pass"`)
	if s := get(t, ctx, chromedp.Text(`#vf-doubts summary`)); s != "Vigie doubts these (not counted in the verdict) — 1" {
		t.Errorf("summary %q", s)
	}
	if s := get(t, ctx, chromedp.Text(`#vf-findings li`)); s != "No claim to fix; what Vigie doubts is below." {
		t.Errorf("findings list %q", s)
	}
	if open := get(t, ctx, chromedp.Evaluate[bool](`document.querySelector("#vf-doubts").open`)); open {
		t.Error("the doubts block opens by itself")
	}
	if d := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#vf-preview mark.vf-doubt").getAttribute("aria-describedby")`)); d != "vf-d-1" {
		t.Errorf("doubt mark describedby %q", d)
	}
	item := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#vf-d-1").textContent`))
	if !strings.Contains(item, "«Entrée gratuite»") || !strings.Contains(item, "8 €") {
		t.Errorf("doubt item %q", item)
	}
	conf = get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#vf-d-1 .vf-conf").textContent`))
	if m := confRE.FindStringSubmatch(conf); m == nil {
		t.Errorf("doubt's confidence %q", conf)
	} else if n, _ := strconv.Atoi(m[1]); n >= 60 {
		t.Errorf("a doubt at %d %%", n)
	}
	// keyboard focus on the dotted span shows the same tooltip, marked as
	// a doubt, with the confidence
	do(t, ctx, chromedp.Focus(`#vf-preview mark.vf-doubt`), chromedp.WaitVisible(`#vf-tip`))
	tipText := get(t, ctx, chromedp.Text(`#vf-tip`))
	for _, want := range []string{"Doubt, not counted in the verdict", "8 €", conf} {
		if !strings.Contains(tipText, want) {
			t.Errorf("tooltip %q lacks %q", tipText, want)
		}
	}

	// a doubt with a suggestion: apply it from the opened block. Which far
	// price the model doubts moves with each retraining, so the text is
	// the first of a few that the engine itself answers with one doubt, a
	// suggestion and a pass, and whose fixed text is clean
	doubted, fixedText := doubtedFarPrice(t)
	retype(doubted)
	wait("a doubted far price", `document.querySelectorAll("#vf-doubt-list button[data-verify-apply]").length === 1 && document.querySelector("#vf-verdict").getAttribute("data-verdict") === "pass"`)
	do(t, ctx, chromedp.Click(`#vf-doubts summary`), chromedp.WaitVisible(`#vf-doubt-list button[data-verify-apply]`))
	if dir := os.Getenv("VIGIE_SCREENSHOTS"); dir != "" {
		do(t, ctx, chromedp.Focus(`#vf-preview mark.vf-doubt`), chromedp.WaitVisible(`#vf-tip`))
		if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			_ = os.WriteFile(dir+"/verify-doubts.png", shot, 0o644)
		}
	}
	do(t, ctx, chromedp.Click(`#vf-doubt-list button[data-verify-apply]`))
	wait("applying the doubt's suggestion", fmt.Sprintf(`document.querySelector("#vf-text").value === %q && document.querySelector("#vf-doubts").hidden && document.querySelectorAll("#vf-preview mark").length === 0`, fixedText))
}

// doubtedFarPrice gives a post against the entry fee of addEntryFee that
// the engine answers with a pass and one doubt carrying a suggestion, and
// the post with that suggestion applied, which the engine finds clean.
func doubtedFarPrice(t *testing.T) (post, fixed string) {
	t.Helper()
	facts := []verify.Fact{{Text: "L'entrée coûte 8 €."}}
	check := func(p string) verify.Result {
		r, err := verify.NewChecker().Check(context.Background(), verify.Input{Lang: "fr", Facts: facts, Post: p})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, p := range []string{"Entrée à 500 € samedi !", "Entrée à 800 € !", "Entrée à 8000 € !", "Entrée 800 € !", "Entrée à 800 € ce week-end !", "Entrée à 80 € !",
		"Entrée : 800 € par personne.", "Expo ouverte, entrée à 3 €, venez nombreux !", "Petite entrée à 3 € pour l'expo !"} {
		r := check(p)
		if r.Verdict != verify.Pass || len(r.Findings) != 0 || len(r.Doubts) != 1 || r.Doubts[0].Suggestion == "" {
			continue
		}
		d := r.Doubts[0]
		rs := []rune(p)
		f := string(rs[:d.Start]) + d.Suggestion + string(rs[d.End:])
		if c := check(f); len(c.Findings) == 0 && len(c.Doubts) == 0 {
			return p, f
		}
	}
	t.Fatal("no far price the engine doubts with a suggestion: add a phrasing to doubtedFarPrice")
	return "", ""
}

// Findings and doubts share the marked text in the order of their spans; an
// overlap (not expected from one run of the rules) keeps the earlier span,
// the finding on a tie.
func TestVfSegmentsMergesDoubts(t *testing.T) {
	text := "ab cd ef gh"
	fs := []verify.Finding{{Start: 6, End: 8}, {Start: 9, End: 11}}
	ds := []verify.Finding{{Start: 0, End: 2}, {Start: 6, End: 8}, {Start: 7, End: 11}}
	var got []string
	for _, s := range vfSegments(text, fs, ds) {
		switch {
		case s.Finding == nil:
			got = append(got, s.Text)
		case s.Doubt:
			got = append(got, fmt.Sprintf("[d%d %s]", s.N, s.Text))
		default:
			got = append(got, fmt.Sprintf("[f%d %s]", s.N, s.Text))
		}
	}
	if g, want := strings.Join(got, ""), "[d1 ab] cd [f1 ef] [f2 gh]"; g != want {
		t.Errorf("segments %q, want %q", g, want)
	}
}
