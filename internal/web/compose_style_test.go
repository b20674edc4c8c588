package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
)

var draftTextRE = regexp.MustCompile(`(?s)<textarea id="text-0" name="text" rows="6">(.*?)</textarea>`)

// styleSection returns draft 0's style layer as the page renders it.
func styleSection(t *testing.T, body string) string {
	t.Helper()
	i := strings.Index(body, `<section class="compose-style"`)
	if i < 0 {
		t.Fatalf("no style layer on the page:\n%s", body)
	}
	j := strings.Index(body[i:], "</section>")
	return body[i : i+j]
}

// The style guard's layer sits under each draft's verification findings:
// the brand's words to avoid, and near-duplicates of its own past posts.
func TestComposeStyleLayer(t *testing.T) {
	noLLM(t)
	ctx := context.Background()
	f := newFixture(t)
	addFacts(t, f)
	ed := f.login(brand.RoleEditor)
	page := fmt.Sprintf("/brands/%d/compose", f.brand.ID)
	form := url.Values{"brief": {"Rappeler le prix de la baguette tradition."}, "networks": {"x"}, "variants": {"1"}}
	r := ed.post(page, page, form)
	if r.status != http.StatusOK || !strings.Contains(r.body, "voice.css") {
		t.Fatalf("generate: %d", r.status)
	}
	m := draftTextRE.FindStringSubmatch(r.body)
	if m == nil {
		t.Fatal("no draft text")
	}
	text := html.UnescapeString(m[1])
	if sec := styleSection(t, r.body); strings.Contains(sec, "near_duplicate") {
		t.Fatalf("a first draft repeats nothing: %s", sec)
	}
	// The brand published that very text and now avoids a word of it.
	must(t, f.st.CreatePost(ctx, &brand.Post{BrandID: f.brand.ID, Network: brand.NetworkX, Lang: "fr", Text: text}))
	f.brand.WordsAvoid = []string{"baguette"}
	must(t, f.st.UpdateBrand(ctx, f.brand))
	r = ed.post(page, page, form)
	if r.status != http.StatusOK {
		t.Fatalf("generate again: %d", r.status)
	}
	sec := styleSection(t, r.body)
	if !strings.Contains(sec, `sf-badge sf-near_duplicate`) || !strings.Contains(sec, `<mark class="sf sf-cliche`) {
		t.Fatalf("style layer lacks the near-duplicate or the avoided word:\n%s", sec)
	}
	// The style layer does not change the verification state.
	if !strings.Contains(r.body, `data-label-human="✖ needs a human">✔ verified</span>`) {
		t.Fatalf("draft state changed by style findings")
	}

	// Live re-verification answers with both layers.
	_, tok := apiJSON(t, f, "POST", "/api/v1/tokens", "", fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleEditor].Email, f.passwd))
	bearer := tok["token"].(string)
	st, out := apiJSON(t, f, "POST", fmt.Sprintf("/api/v1/brands/%d/drafts/verify", f.brand.ID), bearer,
		`{"text":"N'hésitez pas à goûter notre tradition à 1,30 € !","network":"x","lang":"fr"}`)
	if st != http.StatusOK {
		t.Fatalf("verify: %d %v", st, out)
	}
	sty, _ := out["style"].(map[string]any)
	if sty == nil || out["state"] != "pass" {
		t.Fatalf("verify answer %v", out)
	}
	var kinds []string
	for _, x := range sty["findings"].([]any) {
		kinds = append(kinds, x.(map[string]any)["kind"].(string))
	}
	if len(kinds) != 1 || kinds[0] != "cliche" {
		t.Fatalf("style findings %v", kinds)
	}
}
