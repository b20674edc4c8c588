package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestRadarBrowser opens the Radar page in headless Chromium, sees the
// volume chart's SVG, then imports a mention from another session and
// waits for the page to swap in the new SVG over server-sent events,
// without reloading.
func TestRadarBrowser(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	h := useHub(t, time.Now)
	must(t, h.SetQueries(f.brand.ID, map[string]string{"marque": "#BTest"}))
	ctx := newBrowser(t, bin, 60*time.Second)

	page := fmt.Sprintf("/brands/%d/radar", f.brand.ID)
	do(t, ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.WaitVisible(css("#email")),
		chromedp.SendKeys(css("#email"), f.users[brand.RoleAnalyst].Email),
		chromedp.SendKeys(css("#password"), f.passwd),
		chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css("#logout")),
		chromedp.Navigate(f.ts.URL+page+"?res=1m"),
		chromedp.WaitVisible(css("#radar-chart-volume")),
	)
	total := func() string {
		return get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#radar-live [data-radar-total]").getAttribute("data-radar-total")`))
	}
	if n := total(); n != "0" {
		t.Fatalf("before the import the page counts %s mentions", n)
	}
	if get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector("#radar-chart-volume polyline.radar-line")`)) {
		t.Fatal("a line is drawn before any mention")
	}
	// Let the page's EventSource connect before importing.
	waitSubscribed(t, f, 10*time.Second)

	ed := f.login(brand.RoleEditor)
	m, _ := json.Marshal(radar.Mention{ID: "live-1", Network: "bluesky", Author: "ana", Text: "Bravo #BTest", Time: time.Now().UTC(), Reach: 50})
	if r := ed.post(page, page+"/import", url.Values{"data": {string(m)}}); r.status != http.StatusSeeOther {
		t.Fatalf("import: %d %s", r.status, r.body)
	}
	do(t, ctx, chromedp.WaitVisible(css(`#radar-live[data-radar-updates] [data-radar-total="1"]`)))
	if !get(t, ctx, chromedp.Evaluate[bool](`!!document.querySelector("#radar-chart-volume polyline.radar-line")`)) {
		t.Error("after the live update the volume chart has no line")
	}
}

// waitSubscribed waits until some page listens to the fixture brand's
// radar updates (the test hub counts its subscribers).
func waitSubscribed(t *testing.T, f *fixture, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for radarHub().Subscribers(f.brand.ID) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the page never opened its live stream")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
