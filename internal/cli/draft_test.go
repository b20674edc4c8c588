package cli

// The model here is llmtest's scripted fake OpenAI-compatible server (it
// follows the documented wire format); verification is the real engine.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/compose"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
	"github.com/vigie-cm/vigie/internal/store"
)

func clearLLMEnv(t *testing.T) {
	t.Setenv("VIGIE_DATA", t.TempDir())
	for _, k := range []string{"VIGIE_LLM_PROVIDER", "VIGIE_LLM_BASE_URL", "VIGIE_LLM_MODEL", "VIGIE_LLM_API_KEY"} {
		t.Setenv(k, "")
	}
}

const draftIn = `{"id":"a","lang":"fr","facts":["La baguette tradition est vendue 1,30 € dans toutes les boutiques Maison Fournil.","Le hashtag officiel de l'anniversaire est #Fournil30ans."],"brief":"Rappeler le prix de la baguette tradition.","networks":["x","linkedin"]}
not json
{"id":"c","lang":"fr","facts":[],"brief":"x","networks":["myspace"]}
`

func TestDraftJSONLOffline(t *testing.T) {
	clearLLMEnv(t)
	out, _, code := runCLI(t, draftIn, "draft", "--jsonl")
	if code != 2 {
		t.Fatalf("bad lines must give exit 2, got %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want one output line per input line, got %d:\n%s", len(lines), out)
	}
	var r struct {
		ID     string          `json:"id"`
		Drafts []compose.Draft `json:"drafts"`
		Error  string          `json:"error"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.ID != "a" || len(r.Drafts) != 2 || r.Drafts[0].Network != "x" || r.Drafts[0].Verdict != "pass" || r.Drafts[0].Provider != "offline composer" {
		t.Fatalf("%s", lines[0])
	}
	if !strings.Contains(r.Drafts[0].Text, "1,30 €") {
		t.Fatalf("draft does not use the fact: %q", r.Drafts[0].Text)
	}
	if !strings.Contains(lines[1], `"error":"line 2: invalid JSON`) || !strings.Contains(lines[2], `unknown network \"myspace\"`) {
		t.Fatalf("errors:\n%s\n%s", lines[1], lines[2])
	}
}

func TestDraftWithModelAndBriefFile(t *testing.T) {
	clearLLMEnv(t)
	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Text: `{"text":"Baguette tradition à 1,20 € ! #Fournil30ans","fact_ids":[]}`},
		llmtest.Reply{Text: `{"text":"Baguette tradition à 1,30 € ! #Fournil30ans","fact_ids":[]}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	dir := t.TempDir()
	brief := filepath.Join(dir, "brief.txt")
	facts := filepath.Join(dir, "facts.txt")
	os.WriteFile(brief, []byte("Rappeler le prix de la baguette tradition."), 0o600)
	os.WriteFile(facts, []byte("La baguette tradition est vendue 1,30 € dans toutes les boutiques Maison Fournil.\nLe hashtag officiel de l'anniversaire est #Fournil30ans.\n"), 0o600)
	out, errOut, code := runCLI(t, "", "draft", "--brief", brief, "--facts", facts, "--network", "x", "--lang", "fr")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	for _, want := range []string{"✔ pass", "openai:scripted", "Baguette tradition à 1,30 €", "[-1,20-]{+1,30+}", "2 call(s)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// --rounds 0 leaves the finding open; --fail-on makes that exit 1.
	srv.Script = []llmtest.Reply{{Text: `{"text":"Baguette tradition à 1,10 € ! #Fournil30ans"}`}}
	out, _, code = runCLI(t, "", "draft", "--brief", brief, "--facts", facts, "--network", "x", "--lang", "fr", "--rounds", "0", "--fail-on", "needs_human")
	if code != 1 || !strings.Contains(out, "needs a human") || !strings.Contains(out, "contradicted") {
		t.Fatalf("code %d:\n%s", code, out)
	}
}

func TestDraftProviderErrorIsClear(t *testing.T) {
	clearLLMEnv(t)
	srv := llmtest.NewOpenAI(t)
	srv.Models = []string{"real-model"}
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "typo-model")
	t.Setenv("VIGIE_LLM_API_KEY", "sk-do-not-print")
	out, errOut, code := runCLI(t, draftIn, "draft", "--jsonl")
	if code != 2 || !strings.Contains(out, `model \"typo-model\" not found`) || strings.Contains(out+errOut, "sk-do-not-print") {
		t.Fatalf("code %d\nout %s\nerr %s", code, out, errOut)
	}
}

func TestTranslateNeedsModel(t *testing.T) {
	clearLLMEnv(t)
	_, errOut, code := runCLI(t, "", "translate", "--to", "en", "Bonjour")
	if code != 2 || !strings.Contains(errOut, "needs an LLM provider") {
		t.Fatalf("code %d: %s", code, errOut)
	}
}

func TestAdaptOffline(t *testing.T) {
	clearLLMEnv(t)
	dir := t.TempDir()
	facts := filepath.Join(dir, "facts.txt")
	os.WriteFile(facts, []byte("La baguette tradition est vendue 1,30 € dans toutes les boutiques Maison Fournil.\n"), 0o600)
	text := "La baguette tradition est vendue 1,30 € dans toutes les boutiques Maison Fournil. " + strings.Repeat("Merci ! ", 40)
	out, errOut, code := runCLI(t, "", "adapt", "--from", "facebook", "--to", "x", "--lang", "fr", "--facts", facts, "--json", text)
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var d compose.Draft
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Network != "x" || d.Length > 280 || d.State != "pass" {
		t.Fatalf("%+v", d)
	}
}

func TestDraftFromStoredBrand(t *testing.T) {
	clearLLMEnv(t)
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "vigie.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	ws := brand.Workspace{Name: "Agence", Slug: "agence"}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(st.CreateWorkspace(ctx, &ws))
	b := brand.Brand{WorkspaceID: ws.ID, Name: "Maison Test", Slug: "maison-test", Languages: []string{"fr"}}
	must(st.CreateBrand(ctx, &b))
	for i, text := range []string{"La baguette tradition est vendue 1,30 € dans toutes les boutiques.", "Le hashtag officiel est #MaisonTest."} {
		f := brand.Fact{BrandID: b.ID, Key: fmt.Sprintf("f%d", i+1), Text: text, Lang: "fr"}
		must(st.CreateFact(ctx, &f))
	}
	br := brand.Brief{BrandID: b.ID, Key: "prix", Title: "Prix de la baguette", Objective: "Rappeler le prix de la baguette tradition", FactKeys: []string{"f1"}, Networks: []brand.Network{brand.NetworkMastodon}}
	must(st.CreateBrief(ctx, &br))
	must(st.Close())

	out, errOut, code := runCLI(t, "", "draft", "--db", db, "--workspace", fmt.Sprint(ws.ID), "--brand", "maison-test", "--json")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var r struct {
		ID     string          `json:"id"`
		Drafts []compose.Draft `json:"drafts"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r.ID != "maison-test/prix" || len(r.Drafts) != 1 || r.Drafts[0].Network != "mastodon" || r.Drafts[0].State != "pass" || !strings.Contains(r.Drafts[0].Text, "1,30 €") {
		t.Fatalf("%s", out)
	}
	if _, errOut, code := runCLI(t, "", "draft", "--db", db, "--brand", "nope", "--network", "x"); code != 2 || !strings.Contains(errOut, `no brand "nope"`) {
		t.Fatalf("unknown brand: %d %s", code, errOut)
	}
	if _, errOut, code := runCLI(t, "", "draft", "--db", db, "--brand", "maison-test", "--brief-key", "nope"); code != 2 || !strings.Contains(errOut, `no brief "nope"`) {
		t.Fatalf("unknown brief: %d %s", code, errOut)
	}
}

// A --jsonl line is outside input: whatever it holds, decoding and
// validation answer with a value or an error, never a panic.
func FuzzDraftLine(f *testing.F) {
	f.Add(`{"id":"a","lang":"fr","facts":["x",{"id":"k","text":"y"}],"brief":"b","networks":["x"]}`)
	f.Add(`{"facts":[1,null,{}],"networks":["", "X ", "myspace"],"variants":-3}`)
	f.Add(`{"lang":"en-GB","facts":[],"brief":"","networks":[]}`)
	f.Fuzz(func(t *testing.T, line string) {
		var l draftLine
		if json.Unmarshal([]byte(line), &l) != nil {
			return
		}
		in, err := l.input()
		if err != nil {
			return
		}
		if in.Validate() == nil && (len(in.Networks) == 0 || in.Variants < 1 || in.Variants > 10) {
			t.Fatalf("validated a bad input: %+v", in)
		}
	})
}

func TestTranslateJSONL(t *testing.T) {
	clearLLMEnv(t)
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: `{"text":"Our tradition baguette is €1.30! #Fournil30ans"}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	in := `{"id":"t1","text":"Notre baguette tradition à 1,30 € ! #Fournil30ans","from":"fr","to":"en","network":"x","facts":["La baguette tradition est vendue 1,30 € dans toutes les boutiques Maison Fournil.","Le hashtag officiel de l'anniversaire est #Fournil30ans."]}
{"id":"t2","facts":[3]}
`
	out, _, code := runCLI(t, in, "translate", "--jsonl")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 2 || len(lines) != 2 {
		t.Fatalf("code %d:\n%s", code, out)
	}
	var r struct {
		ID    string         `json:"id"`
		Draft *compose.Draft `json:"draft"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.ID != "t1" || r.Draft == nil || r.Draft.Lang != "en" || r.Draft.State != "pass" || !strings.Contains(r.Draft.Text, "€1.30") {
		t.Fatalf("%s", lines[0])
	}
	if !strings.Contains(lines[1], `"id":"t2"`) || !strings.Contains(lines[1], `facts[0]`) {
		t.Fatalf("bad line: %s", lines[1])
	}
}
