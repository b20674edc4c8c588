package web

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestRadarSourcesBrowser: a manager reaches the live sources from the
// Radar page in headless Chromium, sends a form with a bad hashtag and
// sees the message under that field with the typed values kept, then
// fixes it and sees the saved settings, the token field empty.
func TestRadarSourcesBrowser(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	ConfigureRadarSources(t.TempDir(), "")
	t.Cleanup(func() { ConfigureRadarSources("", "") })
	ctx := newBrowser(t, bin, 60*time.Second)

	do(t, ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.WaitVisible(css("#email")),
		chromedp.SendKeys(css("#email"), f.users[brand.RoleManager].Email),
		chromedp.SendKeys(css("#password"), f.passwd),
		chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css("#logout")),
		chromedp.Navigate(f.ts.URL+fmt.Sprintf("/brands/%d/radar", f.brand.ID)),
		chromedp.Click(css("#radar-sources-link")),
		chromedp.WaitVisible(css("#radar-sources-form")),
		chromedp.Click(css(`input[name="mastodon_on"]`)),
		chromedp.SendKeys(css("#mastodon_url"), "https://mastodon.example"),
		chromedp.SendKeys(css("#mastodon_tags"), "#lumiere pas-bon"),
		chromedp.SendKeys(css("#mastodon_token"), "tok-browser"),
		chromedp.Click(css("#radar-sources-save")),
		chromedp.WaitVisible(css(".field-error")),
	)
	msg := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#mastodon_tags").parentElement.querySelector(".field-error").textContent`))
	if !strings.Contains(msg, "_") {
		t.Fatalf("message under the hashtags: %q", msg)
	}
	if v := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#mastodon_url").value`)); v != "https://mastodon.example" {
		t.Fatalf("the typed server was not kept: %q", v)
	}
	do(t, ctx,
		chromedp.SetValue(css("#mastodon_tags"), "#lumiere pain"),
		chromedp.SendKeys(css("#mastodon_token"), "tok-browser"),
		chromedp.Click(css("#radar-sources-save")),
		chromedp.WaitVisible(css(".flash")),
	)
	if v := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#mastodon_tags").value + "|" + document.querySelector("#mastodon_token").value`)); v != "lumiere pain|" {
		t.Fatalf("after saving the form shows %q", v)
	}
	got, err := f.st.(store.RadarSourceStore).GetRadarSources(context.Background(), f.brand.ID)
	must(t, err)
	if !got.MastodonOn || got.MastodonTokenSealed == "" || strings.Join(got.MastodonTags, " ") != "lumiere pain" {
		t.Fatalf("stored %+v", got)
	}
}
