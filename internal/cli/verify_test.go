package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

var updateVerifyGolden = flag.Bool("update-verify-golden", false, "rewrite testdata/verify_report.golden")

func TestVerifyBatchContract(t *testing.T) {
	facts := `["La baguette tradition coûte 1,20 €.","La boutique ouvre le vendredi 9 octobre 2026."]`
	in := strings.Join([]string{
		`{"id":"a","lang":"fr","facts":` + facts + `,"brief":"","post":"🥖 Baguette tradition à 1,10 € !"}`,
		`{"id":"b","lang":"fr","facts":` + facts + `,"post":"oops"`,
		`{"id":7,"facts":` + facts + `,"brief":"","post":"Ouverture vendredi 9 octobre, on a hâte !"}`,
		`{"id":"c","lang":"de","facts":[],"post":"x"}`,
		`{"id":"d","facts":[],"post":"` + strings.Repeat("a", 10001) + `"}`,
		`{"id":"e","facts":[{"id":"f9","kind":"price","key":"baguette","value":"1,20","unit":"€"}],"post":"La baguette à 1,50 €"}`,
	}, "\n") + "\n"
	out, errOut, code := runCLI(t, in, "verify", "--jsonl")
	if code != 2 || !strings.Contains(errOut, "3 bad input line") {
		t.Fatalf("bad lines answered, then exit 2: got %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 6 {
		t.Fatalf("want 6 output lines, got %d:\n%s", len(lines), out)
	}
	var first struct {
		ID       string `json:"id"`
		Verdict  string `json:"verdict"`
		Findings []struct {
			Start, End              int
			Text, Kind, Claim, Fact string
			Message                 string
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.ID != "a" || first.Verdict != "fail" || len(first.Findings) != 1 {
		t.Fatalf("line 1: %s", lines[0])
	}
	f := first.Findings[0]
	if f.Start != 23 || f.End != 29 || f.Text != "1,10 €" || f.Kind != "contradicted" || f.Claim != "money" || !strings.Contains(f.Fact, "1,20 €") || f.Message == "" {
		t.Errorf("finding: %+v", f)
	}
	for i, want := range []string{`{"id":"b","error":`, `{"id":7,"verdict":"pass","findings":[]}`, `{"id":"c","error":`, `{"id":"d","error":`, `{"id":"e","verdict":"fail"`} {
		if !strings.HasPrefix(lines[i+1], want) {
			t.Errorf("line %d: want prefix %s, got %s", i+2, want, lines[i+1])
		}
	}
	if !strings.Contains(lines[5], `"fact_id":"f9"`) {
		t.Errorf("structured fact id not echoed: %s", lines[5])
	}
}

func TestVerifyBatchLongLine(t *testing.T) {
	long := `{"id":"big","facts":[],"post":"` + strings.Repeat("x", 2<<20) + `"}`
	in := long + "\n" + `{"id":"after","facts":[],"post":"Bonjour !"}` + "\n"
	out, _, code := runCLI(t, in, "verify", "--jsonl")
	if code != 2 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], `{"id":"big","error":`) || !strings.HasPrefix(lines[1], `{"id":"after","verdict":"pass"`) {
		t.Fatalf("long line: %q", out)
	}
}

func TestVerifyBatchFailOn(t *testing.T) {
	in := `{"id":1,"facts":["Le menu coûte 10 €."],"post":"Le menu à 12 € !"}` + "\n"
	if _, _, code := runCLI(t, in, "verify", "--jsonl", "--fail-on", "fail"); code != 1 {
		t.Errorf("--fail-on fail with a contradiction: exit %d, want 1", code)
	}
	if _, _, code := runCLI(t, in, "verify", "--jsonl", "--fail-on", "maybe"); code != 2 {
		t.Errorf("bad --fail-on: exit %d, want 2", code)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVerifyReportGolden(t *testing.T) {
	facts := writeFile(t, "facts.txt", "# Au Pain Doré\nLa baguette tradition coûte 1,20 €.\nLa boutique ouvre le vendredi 9 octobre 2026 au 12 rue Nationale.\nLe site est aupaindore.fr.\n")
	post := "🥖 Ouverture le samedi 9 octobre au 12 rue Nationale ! Baguette tradition à 1,10 € et un café offert à tous. Infos : aupaindore.fr"
	out, errOut, code := runCLI(t, "", "verify", "--facts", facts, "--lang", "fr", "--fail-on", "warn", post)
	if code != 1 {
		t.Fatalf("--fail-on warn with findings: exit %d (%s)", code, errOut)
	}
	golden := filepath.Join("testdata", "verify_report.golden")
	if *updateVerifyGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update-verify-golden)", err)
	}
	if out != string(want) {
		t.Errorf("report differs from %s:\n%s", golden, out)
	}
}

func TestVerifyFactsFiles(t *testing.T) {
	post := "Abonnement à 99 € par an."
	jsonFacts := writeFile(t, "brand.json", `{"name":"X","facts":[{"id":3,"text":"L'abonnement annuel coûte 89 €.","kind":"price"}]}`)
	yamlFacts := writeFile(t, "brand.yaml", "name: X\nfacts:\n  - text: \"L'abonnement annuel coûte 89 €.\"\n    kind: price\n  - Le site est x.fr.\n")
	for _, p := range []string{jsonFacts, yamlFacts} {
		out, errOut, code := runCLI(t, "", "verify", "--facts", p, post)
		if code != 0 || !strings.Contains(out, "verdict: fail") || !strings.Contains(out, "89 €") {
			t.Errorf("%s: exit %d, %s%s", filepath.Base(p), code, out, errOut)
		}
	}
	if _, _, code := runCLI(t, "", "verify", "--facts", "/no/such/file", post); code != 2 {
		t.Errorf("missing facts file: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "", "verify"); code != 2 {
		t.Errorf("no text: exit %d, want 2", code)
	}
}

func TestVerifyFromStoredBrand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "vigie.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	ws := brand.Workspace{Name: "Agence", Slug: "agence"}
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	check(st.CreateWorkspace(ctx, &ws))
	b := brand.Brand{WorkspaceID: ws.ID, Name: "Maison Test", Slug: "maison-test", Languages: []string{"fr"}}
	check(st.CreateBrand(ctx, &b))
	fa := brand.Fact{BrandID: b.ID, Key: "prix", Text: "La baguette tradition est vendue 1,30 €.", Lang: "fr"}
	check(st.CreateFact(ctx, &fa))
	br := brand.Brief{BrandID: b.ID, Key: "ouverture", Title: "Ouverture", Objective: "Annoncer l'ouverture du samedi 12 septembre 2026"}
	check(st.CreateBrief(ctx, &br))
	check(st.Close())
	out, errOut, code := runCLI(t, "", "verify", "--db", db, "--workspace", fmt.Sprint(ws.ID), "--brand", "maison-test", "--lang", "fr",
		"Ouverture samedi 12 septembre ! Baguette tradition à 1,20 €.")
	if code != 0 || !strings.Contains(out, "verdict: fail") || !strings.Contains(out, "[[1,20 €]]") || strings.Contains(out, "[[samedi") || strings.Contains(out, "{{samedi") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if _, errOut, code := runCLI(t, "", "verify", "--db", db, "--brand", "nope", "x"); code != 2 || !strings.Contains(errOut, `no brand "nope"`) {
		t.Errorf("unknown brand: exit %d %s", code, errOut)
	}
}

func TestBenchVerifyOwnSet(t *testing.T) {
	out, errOut, code := runCLI(t, "", "bench", "verify", "--data", "../verify/testdata/own.jsonl", "--rounds", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"data: ../verify/testdata/own.jsonl (35 posts)", "\nfr ", "\nen ", "\nall ", "posts/s", "bare JSON"} {
		if !strings.Contains(out, want) {
			t.Errorf("bench output lacks %q:\n%s", want, out)
		}
	}
}

func TestBenchVerifySeveralSets(t *testing.T) {
	out, errOut, code := runCLI(t, "", "bench", "verify", "--data", "../verify/testdata/own.jsonl", "--data", "../verify/testdata/clean*.jsonl", "--rounds", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	files, _ := filepath.Glob("../verify/testdata/clean*.jsonl")
	if len(files) < 2 {
		t.Fatalf("want several clean sets to pool, found %v", files)
	}
	for _, want := range []string{"data: ../verify/testdata/own.jsonl (35 posts)", "data: " + files[0] + " (", fmt.Sprintf("pooled: %d sets (", 1+len(files)), "posts/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("bench output lacks %q:\n%s", want, out)
		}
	}
	if _, errOut, code := runCLI(t, "", "bench", "verify", "--data", "../verify/testdata/nothing*.jsonl", "--rounds", "1"); code != 2 || !strings.Contains(errOut, "matches no file") {
		t.Errorf("glob matching nothing: exit %d %s", code, errOut)
	}
}

// A finding the confidence model doubts is listed apart and does not fail
// the text; --all counts it.
func TestVerifyDoubts(t *testing.T) {
	facts := writeFile(t, "facts.txt", "L'entrée coûte 8 €.\n")
	post := "Entrée gratuite samedi ! #Expo"
	out, errOut, code := runCLI(t, "", "verify", "--facts", facts, "--lang", "fr", "--fail-on", "warn", post)
	if code != 0 || !strings.Contains(out, "verdict: pass") || !strings.Contains(out, "doubted") || !strings.Contains(out, `"Entrée gratuite"`) {
		t.Fatalf("exit %d (%s):\n%s", code, errOut, out)
	}
	out, _, code = runCLI(t, "", "verify", "--all", "--facts", facts, "--lang", "fr", "--fail-on", "warn", post)
	if code != 1 || !strings.Contains(out, "verdict: fail") || strings.Contains(out, "doubted") {
		t.Fatalf("--all: exit %d:\n%s", code, out)
	}
}

// TestVerifyBatchWorkers: lines checked at once are answered as one worker
// answers them, in input order, bad and blank lines included.
func TestVerifyBatchWorkers(t *testing.T) {
	raw, err := os.ReadFile("../verify/testdata/blind1.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	var in []string
	for i, l := range lines {
		in = append(in, l)
		switch i % 9 {
		case 3:
			in = append(in, "") // blank: no answer
		case 5:
			in = append(in, fmt.Sprintf(`{"id":"bad-%d","facts":[],"post":`, i)) // cut short
		}
	}
	input := strings.Join(in, "\n") + "\n"
	one, _, code1 := runCLI(t, input, "verify", "--jsonl", "--workers", "1")
	many, _, code4 := runCLI(t, input, "verify", "--jsonl", "--workers", "4")
	if code1 != 2 || code4 != 2 {
		t.Fatalf("bad lines: exit %d and %d, want 2", code1, code4)
	}
	if one != many {
		t.Fatalf("4 workers answer otherwise than 1:\n%s\n---\n%s", one, many)
	}
	out := strings.Split(strings.TrimSpace(many), "\n")
	nonBlank := 0
	for _, l := range in {
		if strings.TrimSpace(l) != "" {
			nonBlank++
		}
	}
	if len(out) != nonBlank {
		t.Fatalf("%d answers for %d non-blank lines", len(out), nonBlank)
	}
	// the answers follow the input's ids in order
	var ids []string
	for _, l := range in {
		if strings.TrimSpace(l) == "" {
			continue
		}
		var probe struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal([]byte(l), &probe) != nil {
			probe.ID = json.RawMessage(l[strings.Index(l, `"id":`)+5 : strings.Index(l, `,"facts"`)])
		}
		ids = append(ids, string(probe.ID))
	}
	for i, l := range out {
		if !strings.HasPrefix(l, `{"id":`+ids[i]+`,`) {
			t.Fatalf("answer %d is not for %s: %s", i, ids[i], l)
		}
	}
}
