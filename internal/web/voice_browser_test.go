package web

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestVoiceInChromium renders the voice health page in headless Chromium:
// the SVG charts must lay out (a real bounding box), the draft checker must
// mark the text, and the CSP must not block anything the page needs. Set
// VIGIE_SCREENSHOTS=DIR to keep a screenshot.
func TestVoiceInChromium(t *testing.T) {
	bin := testenv.Chromium(t)
	f := newFixture(t)
	addPosts(t, f)
	ctx := newBrowser(t, bin, 90*time.Second, chromedp.WindowSize(1200, 1800))
	page := fmt.Sprintf("%s/brands/%d/voice", f.ts.URL, f.brand.ID)
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.SendKeys(`input[name=email]`, f.users[brand.RoleAnalyst].Email),
		chromedp.SendKeys(`input[name=password]`, f.passwd),
		chromedp.Submit(`input[name=password]`),
		chromedp.WaitVisible(`#logout`), // only signed-in pages have it
		chromedp.Navigate(page),
		chromedp.WaitVisible(`#voice-mtld`),
	)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	width, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector("#voice-mtld polyline").getBBox().width`))
	must(t, err)
	if width < 100 {
		t.Errorf("the MTLD line is %.0f px wide: the chart did not lay out", width)
	}
	dots, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#voice-mtld circle").length`))
	must(t, err)
	if dots < 2 {
		t.Errorf("%d points on the chart", dots)
	}
	err = chromedp.Do(ctx,
		chromedp.SendKeys(`#voice-text`, "Plongez au cœur de notre fournil ! N'hésitez pas à passer samedi 🎉🎉🎉🎉"),
		chromedp.Submit(`#voice-text`),
		chromedp.WaitVisible(`#voice-result mark.sf`),
	)
	if err != nil {
		t.Fatalf("chromium: draft check: %v", err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#voice-result mark.sf").length`))
	must(t, err)
	bg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#voice-result mark.sf")).borderBottomColor`))
	must(t, err)
	if marks < 3 || bg != "rgb(107, 63, 160)" {
		t.Errorf("marks %d, underline colour %q: the style layer's stylesheet did not apply", marks, bg)
	}
	if dir := os.Getenv("VIGIE_SCREENSHOTS"); dir != "" {
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, "voice.png"), shot, 0o644))
	}
}
