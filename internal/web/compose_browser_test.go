package web

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// In a real headless Chromium: sign in, generate offline drafts, then edit
// one to add a wrong price and watch the live re-verification flag it, as the
// CSP-compliant compose.js does it (no inline script).
func TestComposeInChromium(t *testing.T) {
	bin := testenv.Chromium(t)
	noLLM(t)
	f := newFixture(t)
	addFacts(t, f)
	ctx := newBrowser(t, bin, 60*time.Second, chromedp.WindowSize(1200, 1600))
	page := fmt.Sprintf("%s/brands/%d/compose", f.ts.URL, f.brand.ID)
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.SendKeys(`input[name=email]`, f.users[brand.RoleEditor].Email),
		chromedp.SendKeys(`input[name=password]`, f.passwd),
		chromedp.Submit(`input[name=password]`),
		// #logout exists only once signed in: waiting for #main would match
		// the login page and race the redirect.
		chromedp.WaitVisible(`#logout`),
		chromedp.Navigate(page),
		chromedp.SendKeys(`#brief`, "Rappeler le prix de la baguette tradition."),
		chromedp.Click(`input[name=networks][value=x]`),
		// A click fires the submit event the page's script streams from
		// (chromedp.Submit would call form.submit(), which does not).
		chromedp.Click(`form[data-compose-generate] button[type=submit]`),
		chromedp.WaitVisible(`#text-0`),
		// The style layer came with the draft, before any edit.
		chromedp.WaitVisible(`#draft-0 [data-compose-style] .sf-text`),
		chromedp.SendKeys(`#text-0`, " N'hésitez pas à passer. La baguette tradition à 1,20 € !"),
	)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("#draft-0 [data-compose-findings]").textContent.includes("1,20")`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("live re-verification never showed the finding: %v", err)
	}
	// The same re-verification redraws the style layer: the cliché typed is
	// marked, in the layer's own violet, apart from the verify findings.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector("#draft-0 [data-compose-style] mark.sf-cliche")`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("live re-verification never showed the style finding: %v", err)
	}
	mark, err := chromedp.Run(ctx, chromedp.Text(`#draft-0 [data-compose-style] mark.sf-cliche`))
	must(t, err)
	bg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#draft-0 [data-compose-style] mark.sf-cliche")).backgroundColor`))
	must(t, err)
	count, err := chromedp.Run(ctx, chromedp.Text(`#draft-0 [data-compose-style-count]`))
	must(t, err)
	if !strings.HasPrefix(mark, "N'hésitez pas") || (bg != "rgb(226, 208, 247)" && bg != "rgb(239, 230, 250)") || !strings.Contains(count, "style finding") {
		t.Fatalf("style layer: mark %q background %q count %q", mark, bg, count)
	}
	// The drafts came through the progress stream, step by step.
	steps, err := chromedp.Run(ctx, chromedp.Text(`[data-compose-steps]`))
	must(t, err)
	if !strings.Contains(steps, "x · variant 1: done (pass)") {
		t.Fatalf("progress steps: %q", steps)
	}
	findings, err := chromedp.Run(ctx, chromedp.Text(`#draft-0 [data-compose-findings]`))
	must(t, err)
	state, err := chromedp.Run(ctx, chromedp.Text(`#draft-0 [data-compose-state]`))
	must(t, err)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	must(t, err)
	if !strings.Contains(findings, "contradicted") || state != "✖ needs a human" {
		t.Fatalf("live re-verification: findings %q state %q", findings, state)
	}
	if dir := os.Getenv("VIGIE_SCREENSHOTS"); dir != "" {
		_ = os.WriteFile(dir+"/compose.png", shot, 0o644)
	}
}
