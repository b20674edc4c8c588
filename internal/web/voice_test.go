package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/style"
)

// addPosts gives the fixture brand a history whose vocabulary flattens: the
// first posts are varied, the last ones reuse one template.
func addPosts(t *testing.T, f *fixture) {
	ctx := context.Background()
	varied := []string{
		"Le seigle vient du moulin de Sévérac, moulu sur meule de pierre chaque lundi.",
		"Notre levain a vingt ans : Marcel le nourrit chaque soir avec de l'eau tiède.",
		"Pourquoi la croûte craque ? Parce que le four à bois monte à 280 degrés.",
		"Les enfants de l'école Jaurès ont façonné leurs propres petits pains ce matin.",
		"Arrivage de noix du Périgord : elles finiront dans la fougasse du week-end.",
		"Fermeture lundi pour l'entretien du four, réouverture mardi à 7 heures.",
		"Merci à la fromagerie d'en face pour le comté affiné 24 mois de nos sandwichs.",
		"Le pain d'épices de Noël repose trois semaines avant d'être coupé.",
		"Question du jour : baguette bien cuite ou pas trop cuite ? Répondez en commentaire.",
		"Nos farines sont tracées jusqu'à la parcelle, la liste est affichée en boutique.",
		"La tarte aux pommes du dimanche utilise des reinettes du verger de Jules.",
		"Trois apprentis rejoignent l'équipe cette rentrée, souhaitez-leur la bienvenue.",
	}
	var texts []string
	texts = append(texts, varied...)
	for i := range 12 {
		texts = append(texts, fmt.Sprintf("Bonne nouvelle les amis : une fournée de pains spéciaux vous attend ce samedi ! À très vite ! #Fournil #Promo%d", i%3))
	}
	texts = append(texts, "<script>alert(1)</script> Bonne nouvelle les amis : une fournée de pains spéciaux vous attend ce samedi ! À très vite ! #Fournil")
	base := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	for i, text := range texts {
		at := base.AddDate(0, 0, 7*i)
		p := brand.Post{BrandID: f.brand.ID, Network: brand.NetworkInstagram, Lang: "fr", Text: text, PublishedAt: &at}
		must(t, f.st.CreatePost(ctx, &p))
	}
}

func TestVoicePage(t *testing.T) {
	f := newFixture(t)
	addPosts(t, f)
	an := f.login(brand.RoleAnalyst)
	page := fmt.Sprintf("/brands/%d/voice", f.brand.ID)
	r := an.get(page)
	if r.status != http.StatusOK {
		t.Fatalf("voice page: %d\n%s", r.status, r.body)
	}
	for _, want := range []string{
		`<svg id="voice-mtld"`, `<polyline points="`, `<svg id="voice-d2"`,
		"25 posts", "bonne nouvelle les", "#fournil", `id="voice-pairs"`,
		"Diversity fell by", `href="/brands/` + fmt.Sprint(f.brand.ID) + `/voice" aria-current="page"`,
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("voice page lacks %q", want)
		}
	}
	if strings.Contains(r.body, "<script>alert(1)") {
		t.Error("a post's text is not escaped")
	}
	if strings.Contains(r.body, "style=") {
		t.Error("inline style attribute, which the CSP blocks")
	}
	// the draft checker marks clichés and repetition of the history
	r = an.post(page, page, url.Values{"text": {"Bonne nouvelle les amis : n'hésitez pas à passer, une véritable pépite vous attend ce samedi !"}, "network": {"instagram"}})
	if r.status != http.StatusOK {
		t.Fatalf("check: %d\n%s", r.status, r.body)
	}
	for _, want := range []string{`<mark class="sf sf-cliche sf-high"`, "n&#39;hésitez pas à</mark>", `sf-repetition`, `id="voice-result"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("check result lacks %q", want)
		}
	}
	if r := an.post(page, page, url.Values{"text": {""}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("empty text: %d", r.status)
	}
	if r := an.post(page, page, url.Values{"text": {"x"}, "network": {"myspace"}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("unknown network: %d", r.status)
	}
	// another workspace's brand stays hidden
	if r := an.get(fmt.Sprintf("/brands/%d/voice", f.other.ID)); r.status != http.StatusNotFound && r.status != http.StatusForbidden {
		t.Errorf("other workspace's brand: %d", r.status)
	}
}

func TestVoicePageShortHistory(t *testing.T) {
	f := newFixture(t)
	r := f.login(brand.RoleAnalyst).get(fmt.Sprintf("/brands/%d/voice", f.brand.ID))
	if r.status != http.StatusOK || strings.Contains(r.body, "<svg id=\"voice-mtld\"") || !strings.Contains(r.body, "at least 10 posts") {
		t.Fatalf("empty history: %d\n%s", r.status, r.body)
	}
}

func TestAPIStyle(t *testing.T) {
	f := newFixture(t)
	addPosts(t, f)
	f.brand.WordsAvoid = []string{"fournée => cuisson"}
	must(t, f.st.UpdateBrand(context.Background(), f.brand))
	apiDo := func(path, bearer, body string) (int, map[string]any) {
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
		if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
			t.Fatalf("%s: body is not JSON: %v", path, err)
		}
		return res.StatusCode, out
	}
	st, out := apiDo("/api/v1/tokens", "", fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleAnalyst].Email, f.passwd))
	if st != http.StatusCreated {
		t.Fatalf("token: %d %v", st, out)
	}
	tok := out["token"].(string)
	if st, _ := apiDo("/api/v1/style", "", `{"text":"x"}`); st != http.StatusUnauthorized {
		t.Errorf("no credentials: %d", st)
	}
	st, out = apiDo("/api/v1/style", tok, `{"lang":"en","text":"We're thrilled to announce our game-changing bakery!","network":"x","history":["Our bakery opens Saturday."]}`)
	if st != http.StatusOK {
		t.Fatalf("style: %d %v", st, out)
	}
	kinds := map[string]int{}
	for _, fd := range out["findings"].([]any) {
		kinds[fd.(map[string]any)["kind"].(string)]++
	}
	if kinds["cliche"] != 2 || out["scores"].(map[string]any)["length_max"] != 280.0 {
		t.Errorf("style: %v", out)
	}
	if st, out := apiDo("/api/v1/style", tok, `{"txt":"typo"}`); st != http.StatusBadRequest {
		t.Errorf("unknown field: %d %v", st, out)
	}
	if st, out := apiDo("/api/v1/style", tok, `{"lang":"de","text":"Hallo"}`); st != http.StatusUnprocessableEntity || out["error"] == nil {
		t.Errorf("unsupported language: %d %v", st, out)
	}
	// the brand route uses the brand's posts and its words to avoid
	st, out = apiDo(fmt.Sprintf("/api/v1/brands/%d/style", f.brand.ID), tok, `{"text":"Bonne nouvelle les amis : une fournée de pains spéciaux vous attend ce samedi ! À très vite !"}`)
	if st != http.StatusOK {
		t.Fatalf("brand style: %d %v", st, out)
	}
	kinds = map[string]int{}
	var sugg string
	for _, fd := range out["findings"].([]any) {
		m := fd.(map[string]any)
		kinds[m["kind"].(string)]++
		if m["text"] == "fournée" {
			sugg, _ = m["suggestion"].(string)
		}
	}
	if kinds["near_duplicate"] != 1 || kinds["repetition"] == 0 || sugg != "cuisson" {
		t.Errorf("brand style: %v", out)
	}
	if st, _ := apiDo(fmt.Sprintf("/api/v1/brands/%d/style", f.other.ID), tok, `{"text":"x"}`); st != http.StatusNotFound && st != http.StatusForbidden {
		t.Errorf("other workspace's brand: %d", st)
	}
}

func TestNewStyleView(t *testing.T) {
	text := "🎉 Été : n'hésitez pas à venir !!"
	res := style.Result{Findings: []style.Finding{
		{Kind: "near_duplicate", Start: 0, End: 30},
		{Kind: "cliche", Start: 8, End: 23, Severity: "high", Message: "m", Suggestion: "s"},
		{Kind: "cliche", Start: 10, End: 12, Severity: "low"}, // overlaps: listed, not marked
		{Kind: "cliche", Start: 30, End: 32, Severity: "low"},
	}}
	v := NewStyleView(text, res)
	var got []string
	for _, s := range v.Segments {
		got = append(got, s.Kind+":"+s.Text)
	}
	want := []string{":🎉 Été : ", "cliche:n'hésitez pas à", ": venir ", "cliche:!!"}
	if strings.Join(got, "|") != strings.Join(want, "|") || v.Segments[1].Title != "m → s" || len(v.Findings) != 4 {
		t.Errorf("segments %q, want %q", got, want)
	}
}
