package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/style"
)

func TestStyleJSONLContract(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","lang":"fr","text":"🎉 N'hésitez pas à venir samedi !"}`,
		`not json`,
		`{"id":2,"text":"Our bakery opens Saturday at 7am.","history":["Our bakery opens on Saturday at 7am!"],"network":"x"}`,
		`{"id":"c"}`,
		`{"id":"d","text":"x","network":"myspace"}`,
	}, "\n")
	out, errOut, code := runCLI(t, in, "style", "--jsonl")
	if code != 2 {
		t.Fatalf("bad lines must give exit status 2, got %d (%s)", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("want one output line per input line, got %d:\n%s", len(lines), out)
	}
	var first struct {
		ID       string
		Findings []struct {
			Kind, Text, Message, Severity string
			Start, End                    int
		}
		Scores map[string]float64
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.ID != "a" || len(first.Findings) != 1 || first.Findings[0].Kind != "cliche" ||
		first.Findings[0].Start != 2 || first.Findings[0].End != 17 || first.Findings[0].Text != "N'hésitez pas à" {
		t.Errorf("line 1: %s", lines[0])
	}
	if _, ok := first.Scores["readability"]; !ok {
		t.Errorf("line 1 has no readability score: %s", lines[0])
	}
	for _, i := range []int{1, 3, 4} {
		var e struct {
			ID    any
			Error string
		}
		if err := json.Unmarshal([]byte(lines[i]), &e); err != nil || e.Error == "" {
			t.Errorf("line %d should be an error object: %s", i+1, lines[i])
		}
	}
	if !strings.HasPrefix(lines[2], `{"id":2,`) || !strings.Contains(lines[2], `"near_duplicate"`) {
		t.Errorf("line 3 should keep its numeric id and report the near-duplicate: %s", lines[2])
	}
}

func TestStyleOneTextWithHistoryFile(t *testing.T) {
	dir := t.TempDir()
	hist := filepath.Join(dir, "history.txt")
	if err := os.WriteFile(hist, []byte("Atelier poterie pour enfants mercredi à 14 h, 15 € la séance.\n{\"text\":\"Soldes d'été :\\njusqu'à -50 %\"}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "style", "--history", hist, "--network", "instagram", "--fail-on", "medium",
		"Mercredi 14 h : atelier de poterie pour les enfants, 15 € la séance. Infos sur https://exemple.fr")
	if code != 1 {
		t.Fatalf("--fail-on medium with a near-duplicate: want exit 1, got %d (%s)", code, errOut)
	}
	for _, want := range []string{"near_duplicate", "link", "scores:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	_, _, code = runCLI(t, "", "style", "--lang", "de", "x")
	if code != 2 {
		t.Errorf("unsupported language: want exit 2, got %d", code)
	}
	out, _, code = runCLI(t, "Bonjour à tous.", "style", "--json")
	if code != 0 || !strings.HasPrefix(out, `{"id":null,"findings":[]`) {
		t.Errorf("clean text as JSON: code %d, %s", code, out)
	}
}

func TestStyleReport(t *testing.T) {
	dir := t.TempDir()
	hist := filepath.Join(dir, "history.txt")
	var b strings.Builder
	for i := range 30 {
		b.WriteString("Bonne nouvelle les amis : fournée numéro " + string(rune('a'+i%26)) + " ce samedi ! #Fournil\n")
	}
	if err := os.WriteFile(hist, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "style", "--report", "--history", hist, "--window", "10")
	if code != 0 {
		t.Fatalf("report: %d %s", code, errOut)
	}
	for _, want := range []string{"30 posts; diversity per window of 10 posts", "1-10 ", "21-30", "bonne nouvelle les", "#fournil"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	out, _, code = runCLI(t, "", "style", "--report", "--history", hist, "--json")
	var rep struct {
		Posts     int
		Diversity []struct{ MTLD float64 }
	}
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || rep.Posts != 30 || len(rep.Diversity) == 0 {
		t.Errorf("report as JSON: %d %s", code, out)
	}
	if _, _, code := runCLI(t, "", "style", "--report"); code != 2 {
		t.Errorf("--report without --history: %d", code)
	}
}

// FuzzStyleBatch feeds arbitrary input to the batch contract: one output
// line per non-empty input line, each valid JSON, never a crash.
func FuzzStyleBatch(f *testing.F) {
	f.Add(`{"id":"a","text":"N'hésitez pas !!","network":"x","history":["N'hésitez pas"]}` + "\n" + `{"id":1}`)
	f.Add(`{"id":[1],"text":"🇫🇷 #tag https://x.fr","images":[{"alt":""}],"avoid":["(["]}`)
	f.Add("not json\n\n{}")
	f.Fuzz(func(t *testing.T, in string) {
		var out strings.Builder
		_ = styleBatch(strings.NewReader(in), &out, style.Options{}, func([]style.Finding) bool { return false })
		want := 0
		for _, l := range strings.Split(in, "\n") {
			if strings.TrimSpace(l) != "" {
				want++
			}
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.String() == "" {
			got = nil
		}
		if len(got) != want {
			t.Fatalf("%d input lines, %d output lines:\n%s", want, len(got), out.String())
		}
		for _, l := range got {
			if !json.Valid([]byte(l)) {
				t.Fatalf("output line is not JSON: %s", l)
			}
		}
	})
}

func TestStyleAgainstStoredBrand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "vigie.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	ws := brand.Workspace{Name: "Agence", Slug: "agence"}
	if err := st.CreateWorkspace(ctx, &ws); err != nil {
		t.Fatal(err)
	}
	b := brand.Brand{WorkspaceID: ws.ID, Name: "Fournil", Slug: "fournil", Languages: []string{"fr"}, WordsAvoid: []string{"client => invité"}}
	if err := st.CreateBrand(ctx, &b); err != nil {
		t.Fatal(err)
	}
	p := brand.Post{BrandID: b.ID, Network: brand.NetworkInstagram, Lang: "fr", Text: "Atelier poterie pour enfants mercredi à 14 h, 15 € la séance."}
	if err := st.CreatePost(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "style", "--db", db, "--brand", "fournil", "--json",
		"Mercredi 14 h : atelier de poterie pour les enfants, 15 € la séance. Nos clients adorent.")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"kind":"near_duplicate"`) || !strings.Contains(out, `"suggestion":"invité"`) {
		t.Errorf("want the stored post as history and the brand's words: %s", out)
	}
	if _, errOut, code := runCLI(t, "", "style", "--db", db, "--brand", "nope", "x"); code != 2 || !strings.Contains(errOut, `no brand "nope"`) {
		t.Errorf("unknown brand: %d %s", code, errOut)
	}
}
