package web

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/testenv"
)

type css = chromedp.CSS

// pageState describes where the browser is, for failure messages.
func pageState(ctx context.Context) string {
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
	return fmt.Sprintf("at %s; page says: %.400s", loc, strings.Join(strings.Fields(body), " "))
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("browser: %v (%s)", err, pageState(ctx))
	}
}

func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("browser: %v (%s)", err, pageState(ctx))
	}
	return v
}

// TestBrowser drives the real app in headless Chromium against a real
// server on a random localhost port and a real SQLite store. One browser
// process serves every scenario; each gets its own browser context, so
// cookies never leak between users.
func TestBrowser(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Do(browserCtx); err != nil {
		t.Fatalf("starting Chromium %s: %v", bin, err)
	}

	// tab opens an isolated browser context (its own cookie jar) that
	// sends Accept-Language: lang.
	tab := func(t *testing.T, lang string) context.Context {
		ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
		t.Cleanup(cancel)
		if err := chromedp.Do(ctx); err != nil {
			t.Fatal(err)
		}
		ctx, cancelT := context.WithTimeout(ctx, 20*time.Second)
		t.Cleanup(cancelT)
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Accept-Language": lang}}); err != nil {
			t.Fatal(err)
		}
		return ctx
	}
	login := func(t *testing.T, ctx context.Context, role brand.Role) {
		t.Helper()
		do(t, ctx,
			chromedp.Navigate(f.ts.URL+"/login"),
			chromedp.WaitVisible(css("#email")),
			chromedp.SendKeys(css("#email"), f.users[role].Email),
			chromedp.SendKeys(css("#password"), f.passwd),
			chromedp.Click(css("#login-submit")),
			chromedp.WaitVisible(css("#logout")),
		)
	}
	// post sends a form with fetch from the page, as a forged or scripted
	// request would, and returns the HTTP status (0 for a redirect, which
	// redirect: "manual" makes opaque).
	post := func(t *testing.T, ctx context.Context, path, body string) int {
		t.Helper()
		js := fmt.Sprintf(`fetch(%q, {method: "POST", credentials: "same-origin", redirect: "manual",
			headers: {"Content-Type": "application/x-www-form-urlencoded"}, body: %q}).then(r => r.status)`, path, body)
		return get(t, ctx, chromedp.Evaluate[int](js, chromedp.EvalAwaitPromise))
	}
	facts := fmt.Sprintf("/brands/%d/facts", f.brand.ID)

	t.Run("login, brand, fact, language, logout", func(t *testing.T) {
		ctx := tab(t, "en-US,en;q=0.9")
		login(t, ctx, brand.RoleManager)
		do(t, ctx,
			chromedp.Navigate(f.ts.URL+"/brands/new"),
			chromedp.WaitVisible(css("#name")),
			chromedp.SendKeys(css("#name"), "Maison Lumière"),
			chromedp.SendKeys(css("#voice"), "Chaleureuse, précise, jamais familière."),
			chromedp.Click(css("#brand-save")),
			chromedp.WaitVisible(css("#fact-form")),
		)
		if h := get(t, ctx, chromedp.Text(css("h1"))); h != "Maison Lumière" {
			t.Errorf("brand page heading %q", h)
		}
		do(t, ctx,
			chromedp.SendKeys(css("#text"), "Le menu du midi coûte 14,50 €."),
			chromedp.SetValue(css("#kind"), "price"),
			chromedp.SendKeys(css("#value"), "14.50"),
			chromedp.SendKeys(css("#unit"), "EUR"),
			chromedp.SendKeys(css("#tags"), "menu, midi"),
			chromedp.Click(css("#fact-save")),
			chromedp.WaitVisible(css("#facts")),
		)
		if txt := get(t, ctx, chromedp.Text(css("#facts"))); !strings.Contains(txt, "Le menu du midi coûte 14,50 €.") || !strings.Contains(txt, "14.50 EUR") || !strings.Contains(txt, "#midi") {
			t.Errorf("fact not listed: %q", txt)
		}
		addEN := get(t, ctx, chromedp.Text(css("#add-fact")))
		do(t, ctx, chromedp.Click(css("#lang-fr")), chromedp.WaitVisible(css(`#lang-fr[aria-pressed="true"]`)))
		addFR := get(t, ctx, chromedp.Text(css("#add-fact")))
		lang := get(t, ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
		if addEN != "Add a fact" || addFR != "Ajouter un fait" || lang != "fr" {
			t.Errorf("language switch: en %q, fr %q, html lang %q", addEN, addFR, lang)
		}
		// The fact is still there after the switch (same page, other language).
		if txt := get(t, ctx, chromedp.Text(css("#facts"))); !strings.Contains(txt, "14,50 €") {
			t.Errorf("after switching language the fact is gone: %q", txt)
		}
		do(t, ctx, chromedp.Click(css("#lang-en")), chromedp.WaitVisible(css(`#lang-en[aria-pressed="true"]`)),
			chromedp.Click(css("#logout")), chromedp.WaitVisible(css("#login-submit")))
		if h := get(t, ctx, chromedp.Text(css("h1"))); h != "Log in to Vigie" {
			t.Errorf("after logout: %q", h)
		}
		do(t, ctx, chromedp.Navigate(f.ts.URL+"/brands"), chromedp.WaitVisible(css("#login-submit")))
		if loc := get(t, ctx, chromedp.Location()); !strings.Contains(loc, "/login") {
			t.Errorf("after logout /brands went to %s", loc)
		}
	})

	t.Run("login page in the visitor's language", func(t *testing.T) {
		ctx := tab(t, "fr-FR,fr;q=0.9")
		do(t, ctx, chromedp.Navigate(f.ts.URL+"/login"), chromedp.WaitVisible(css("#email")))
		if h := get(t, ctx, chromedp.Text(css("h1"))); h != "Connexion à Vigie" {
			t.Errorf("French visitor sees %q", h)
		}
	})

	t.Run("POST without CSRF token is rejected", func(t *testing.T) {
		ctx := tab(t, "en")
		login(t, ctx, brand.RoleEditor)
		do(t, ctx, chromedp.Navigate(f.ts.URL+facts), chromedp.WaitVisible(css("#fact-form")))
		if st := post(t, ctx, facts, "text=forged"); st != 403 {
			t.Errorf("POST without token: %d, want 403", st)
		}
		token := get(t, ctx, chromedp.Value(css(`#fact-form input[name="csrf"]`)))
		if st := post(t, ctx, facts, "text=scripted+but+legitimate&csrf="+token); st != 0 && st != 303 {
			t.Errorf("POST with the token: %d, want a redirect", st)
		}
	})

	t.Run("script in a fact is shown escaped and does not run", func(t *testing.T) {
		ctx := tab(t, "en")
		login(t, ctx, brand.RoleEditor)
		evil := `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`
		do(t, ctx, chromedp.Navigate(f.ts.URL+facts), chromedp.WaitVisible(css("#fact-form")),
			chromedp.SendKeys(css("#text"), evil),
			chromedp.Click(css("#fact-save")),
			chromedp.WaitVisible(css("#facts")),
			chromedp.Sleep(200*time.Millisecond),
		)
		shown := get(t, ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll(".fact-text")).map(e => e.textContent).join("\n")`))
		if !strings.Contains(shown, evil) {
			t.Errorf("fact text not shown literally: %q", shown)
		}
		if ran := get(t, ctx, chromedp.Evaluate[bool](`window.__xss !== undefined || document.querySelector("#facts img, #facts script") !== null`)); ran {
			t.Error("the fact's markup became elements or ran")
		}
	})

	t.Run("analyst cannot edit facts", func(t *testing.T) {
		ctx := tab(t, "en")
		login(t, ctx, brand.RoleAnalyst)
		do(t, ctx, chromedp.Navigate(f.ts.URL+facts), chromedp.WaitVisible(css(".readonly-note")))
		forms := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#fact-form").length`))
		controls := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("a[href$='/edit'], form[action$='/expire']").length`))
		if forms != 0 || controls != 0 {
			t.Errorf("analyst sees %d fact forms and %d edit/expire controls", forms, controls)
		}
		// Even with a valid CSRF token of their own session, the POST is refused.
		token := get(t, ctx, chromedp.Value(css(`form[action="/logout"] input[name="csrf"]`)))
		if st := post(t, ctx, facts, "text=analyst+edit&csrf="+token); st != 403 {
			t.Errorf("analyst POST with a valid token: %d, want 403", st)
		}
	})
}
