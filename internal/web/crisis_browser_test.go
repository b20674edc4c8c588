package web

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestCrisisRoomBrowser opens an episode's crisis room in headless
// Chromium as a manager, drafts the holding statement and sees it
// verified, ticks a checklist item and sees who did it, and puts a member
// on duty and sees them listed.
func TestCrisisRoomBrowser(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	room := crisisEpisode(t, f)
	ctx := newBrowser(t, bin, 60*time.Second)

	do(t, ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.WaitVisible(css("#email")),
		chromedp.SendKeys(css("#email"), f.users[brand.RoleManager].Email),
		chromedp.SendKeys(css("#password"), f.passwd),
		chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css("#logout")),
		chromedp.Navigate(f.ts.URL+room),
		chromedp.WaitVisible(css("#crisis-statement-form")),
		chromedp.WaitVisible(css("#crisis-duty-none")),
	)
	if get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector("#crisis-verdict")`)) {
		t.Fatal("a verdict before any statement")
	}

	// Draft: the page comes back with the text, verified.
	do(t, ctx,
		chromedp.Click(css("#crisis-draft")),
		chromedp.WaitVisible(css(`#crisis-verdict[data-verdict="pass"]`)),
		chromedp.WaitVisible(css("#crisis-findings-none")),
	)
	text := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#crisis-text").value`))
	if strings.Contains(text, "#rappellumiere") || !strings.Contains(text, "Nous avons vu vos messages") {
		t.Errorf("drafted statement %q", text)
	}
	do(t, ctx,
		chromedp.Click(css("#crisis-mark-ready")),
		chromedp.WaitVisible(css("#crisis-ready")),
	)

	// Tick the first checklist item.
	do(t, ctx,
		chromedp.Click(css(`.crisis-checklist li[data-item="1"] button`)),
		chromedp.WaitVisible(css(`.crisis-checklist li.is-done[data-item="1"] .crisis-by`)),
	)
	by := get(t, ctx, chromedp.Evaluate[string](`document.querySelector('.crisis-checklist li[data-item="1"] .crisis-by').textContent`))
	if !strings.Contains(by, "Test manager") {
		t.Errorf("ticked by %q", by)
	}

	// Put the reviewer on duty through the form.
	rev := f.users[brand.RoleReviewer]
	do(t, ctx,
		chromedp.Click(css("#crisis-duty summary")),
		chromedp.WaitVisible(css("#duty-user")),
		chromedp.SetValue(css("#duty-user"), strconv.FormatInt(rev.ID, 10)),
		chromedp.SendKeys(css("#duty-phone"), "+33 6 11 22 33 44"),
		chromedp.SendKeys(css("#duty-role"), "porte-parole"),
		chromedp.Submit(css("#crisis-duty-form")),
		chromedp.WaitVisible(css("#crisis-duty-list")),
	)
	list := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#crisis-duty-list").textContent`))
	if !strings.Contains(list, "Test reviewer") || !strings.Contains(list, "+33 6 11 22 33 44") || !strings.Contains(list, "porte-parole") {
		t.Errorf("on duty %q", list)
	}
}
