package web

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// In headless Chromium, as a manager: change the brand's policy so that
// hate is flagged rather than hidden, import, and see it visible and
// flagged; restore hiding, mark an author VIP from the popover, and see
// their hateful comment flagged, not hidden, while another author's is
// hidden; unhide that one and see it stay visible after a reload; phrase
// a suggestion with the (fake) model and see Verify's finding on it.
func TestPolicyAndAuthorsInChromium(t *testing.T) {
	bin := testenv.Chromium(t)
	noLLM(t)
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: `{"text":"Bonjour {author}, la baguette tradition est à 1,20 € partout."}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	f := newFixture(t)
	addFacts(t, f)
	ctx := newBrowser(t, bin, 150*time.Second, chromedp.WindowSize(1200, 1600))
	policy := fmt.Sprintf("%s/brands/%d/policy", f.ts.URL, f.brand.ID)
	inbox := fmt.Sprintf("%s/brands/%d/inbox", f.ts.URL, f.brand.ID)
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	item := func(ext, attr string) string {
		t.Helper()
		return eval(`(document.querySelector('[data-ext="` + ext + `"]') || {getAttribute: () => "missing"}).getAttribute("` + attr + `")`)
	}
	imp := func(data string) {
		t.Helper()
		err := chromedp.Do(ctx,
			chromedp.Navigate(inbox),
			chromedp.WaitVisible(`#inbox-data`),
			chromedp.SetValue(`#inbox-data`, data),
			chromedp.Submit(`#inbox-data`),
			chromedp.WaitVisible(`#inbox-imported`),
		)
		if err != nil {
			t.Fatalf("import: %v", err)
		}
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.SendKeys(`input[name=email]`, f.users[brand.RoleManager].Email),
		chromedp.SendKeys(`input[name=password]`, f.passwd),
		chromedp.Submit(`input[name=password]`),
		chromedp.WaitVisible(`#logout`),
	)
	if err != nil {
		t.Fatalf("chromium login: %v", err)
	}
	// The policy tab: untick "hide hate", save.
	err = chromedp.Do(ctx,
		chromedp.Navigate(policy),
		chromedp.WaitVisible(`#policy-form`),
		chromedp.Click(`#hide-hate`),
		chromedp.Click(`#policy-save`),
		chromedp.WaitVisible(`.flash`),
	)
	if err != nil {
		t.Fatalf("saving the policy: %v", err)
	}
	if got := eval(`document.querySelector("#policy-state").textContent + "|" + document.querySelector("#hide-hate").checked`); got != "This brand has its own policy.|false" {
		t.Fatalf("policy page after saving: %q", got)
	}
	hate := "Les musulmans sont des cafards."
	imp(`{"id":"p1","text":"` + hate + `","author_handle":"@fan","network":"instagram"}`)
	if h, fl := item("p1", "data-hidden"), eval(`String(!!document.querySelector('[data-ext="p1"] [data-inbox-flagged]'))`); h != "false" || fl != "true" {
		t.Fatalf("hate under the flag-only policy: hidden=%s flagged=%s", h, fl)
	}
	// Hide hate again; an out-of-range SLA is refused by name first.
	err = chromedp.Do(ctx,
		chromedp.Navigate(policy),
		chromedp.WaitVisible(`#policy-form`),
		chromedp.Click(`#hide-hate`),
		chromedp.SetValue(`#sla_hours`, "0"),
	)
	if err != nil {
		t.Fatalf("policy form: %v", err)
	}
	// The browser's own check would stop the post: test the server's.
	eval(`(document.querySelector("#policy-form").noValidate = true, "")`)
	err = chromedp.Do(ctx,
		chromedp.Click(`#policy-save`),
		chromedp.WaitVisible(`#sla_hours[aria-invalid="true"]`),
		chromedp.SetValue(`#sla_hours`, "2"),
		chromedp.Click(`#policy-save`),
		chromedp.WaitVisible(`.flash`),
	)
	if err != nil {
		t.Fatalf("restoring the policy: %v", err)
	}
	// Mark @fan VIP from the author popover.
	err = chromedp.Do(ctx,
		chromedp.Navigate(inbox),
		chromedp.WaitVisible(`#inbox-list`),
		chromedp.Click(`[data-ext="p1"] .inbox-author > summary`),
		chromedp.WaitVisible(`[data-ext="p1"] [data-author-vip]`),
		chromedp.Click(`[data-ext="p1"] [data-author-vip]`),
		chromedp.WaitVisible(`[data-ext="p1"] [data-author-badge="vip"]`),
	)
	if err != nil {
		t.Fatalf("marking VIP: %v", err)
	}
	imp(`{"id":"p2","text":"` + hate + `","author_handle":"@fan","network":"instagram"}
{"id":"p3","text":"` + hate + `","author_handle":"@other","network":"instagram"}`)
	if got := item("p2", "data-hidden"); got != "false" {
		t.Errorf("VIP's hateful comment data-hidden = %s, want false (flagged)", got)
	}
	if got := eval(`document.querySelector('[data-ext="p2"] [data-inbox-reason]').textContent`); !strings.Contains(got, "VIP author") {
		t.Errorf("VIP comment's reason %q", got)
	}
	if got := item("p3", "data-hidden"); got != "true" {
		t.Errorf("other author's hateful comment data-hidden = %s, want true", got)
	}
	if got := eval(`document.querySelector("#inbox-list .inbox-item").getAttribute("data-ext")`); got != "p2" && got != "p1" {
		t.Errorf("first listed %s, want a VIP's comment", got)
	}
	if got := eval(`document.querySelector("#inbox-exposure").textContent`); !strings.Contains(got, "Unanswered for more than 2 h 00") {
		t.Errorf("SLA from the policy not shown: %q", got)
	}
	// Unhide p3; a reload keeps it visible; the unhide is audited.
	err = chromedp.Do(ctx,
		chromedp.Click(`[data-ext="p3"] [data-inbox-toggle]`),
		chromedp.WaitVisible(`[data-ext="p3"][data-hidden="false"]`),
		chromedp.Navigate(inbox),
		chromedp.WaitVisible(`#inbox-list`),
	)
	if err != nil {
		t.Fatalf("unhide: %v", err)
	}
	if got := item("p3", "data-hidden"); got != "false" {
		t.Errorf("after reload p3 data-hidden = %s", got)
	}
	// "Phrase with AI" on a question: the model's reply replaces the
	// suggestion, with Verify's finding on its wrong price.
	imp(`{"id":"q1","text":"Combien coûte la baguette tradition ?","author":"Léa"}`)
	err = chromedp.Do(ctx,
		chromedp.Click(`[data-ext="q1"] [data-inbox-phrase]`),
		chromedp.WaitVisible(`[data-ext="q1"] [data-inbox-suggest][data-kind="phrased"] .inbox-finding[data-kind="contradicted"]`),
	)
	if err != nil {
		t.Fatalf("phrase with AI: %v", err)
	}
	if got := eval(`document.querySelector('[data-ext="q1"] [data-inbox-suggest-text]').textContent`); !strings.Contains(got, "1,20 €") {
		t.Errorf("phrased suggestion %q", got)
	}
	for a, want := range map[string]int{"comment.unhide": 1, "author.flag": 1, "policy.update": 2, "comment.autoflag": 1, "comment.autohide": 1} {
		if n := auditCount(t, f, a); n != want {
			t.Errorf("%d %s entries, want %d", n, a, want)
		}
	}
}
