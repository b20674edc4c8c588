package compose

// The model side of these tests is llmtest's scripted fake servers, which
// follow OpenAI's and Anthropic's documented wire formats (a real provider
// is out of reach in tests). Verification is the real Verify engine.

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

var fournil = []Fact{
	{ID: "prix-baguette", Text: "La baguette tradition est vendue 1,30 € dans toutes les boutiques Maison Fournil."},
	{ID: "ouverture", Text: "La 43e boulangerie Maison Fournil ouvre le samedi 12 septembre 2026 au 18 rue de la République, à Grenoble."},
	{ID: "hashtag", Text: "Le hashtag officiel de l'anniversaire est #Fournil30ans."},
	{ID: "site", Text: "Le site de l'enseigne est maisonfournil.fr."},
}

const fournilBrief = "Annoncer l'ouverture de la boutique de Grenoble le 12 septembre 2026 et rappeler le prix de la baguette tradition."

func jsonDraft(text string) string {
	return `{"text": ` + quote(text) + `, "fact_ids": ["prix-baguette"]}`
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

const (
	wrongPrice = "Notre baguette tradition à 1,20 € vous attend ! Rendez-vous le samedi 12 septembre 2026 au 18 rue de la République, à Grenoble. #Fournil30ans"
	rightPrice = "Notre baguette tradition à 1,30 € vous attend ! Rendez-vous le samedi 12 septembre 2026 au 18 rue de la République, à Grenoble. #Fournil30ans"
)

func newTestComposer(t *testing.T, p llm.Provider, rounds int) (*Composer, *llm.Meter) {
	t.Helper()
	meter := llm.NewMeter()
	c, err := New(Options{LLM: llm.NewClient(p, llm.Options{Meter: meter, Cache: llm.NewCache(0)}), Verifier: NewEngine(), MaxRounds: rounds})
	if err != nil {
		t.Fatal(err)
	}
	return c, meter
}

func TestLoopCorrectsWrongPrice(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: jsonDraft(wrongPrice)}, llmtest.Reply{Text: jsonDraft(rightPrice)})
	c, meter := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "test-model", nil), 0)
	ds, err := c.Draft(context.Background(), Input{ID: "b1", Lang: "fr", Brand: "Maison Fournil", Facts: fournil, Brief: fournilBrief, Networks: []string{"facebook"}})
	if err != nil {
		t.Fatal(err)
	}
	d := ds[0]
	if d.State != StatePass || d.Verdict != "pass" || d.Text != rightPrice || len(d.Findings) != 0 {
		t.Fatalf("end state %s/%s %q findings %+v", d.State, d.Verdict, d.Text, d.Findings)
	}
	if len(d.Rounds) != 2 || d.Calls != 2 {
		t.Fatalf("%d rounds, %d calls; want 2 and 2", len(d.Rounds), d.Calls)
	}
	r0, r1 := d.Rounds[0], d.Rounds[1]
	var price *Finding
	for i, f := range r0.Findings {
		if f.Kind == "contradicted" && strings.Contains(f.Text, "1,20") {
			price = &r0.Findings[i]
		}
	}
	if price == nil {
		t.Fatalf("round 0 did not flag the wrong price: %+v", r0.Findings)
	}
	if !r0.JSONReply || r0.Prompt != "draft" || r1.Prompt != "correct" || r0.PromptHash == r1.PromptHash || r1.PromptHash == "" {
		t.Fatalf("rounds not recorded: %+v", d.Rounds)
	}
	if len(r1.Findings) != 0 || !strings.Contains(r1.Diff, "[-1,20-]{+1,30+}") {
		t.Fatalf("round 1: findings %+v diff %q", r1.Findings, r1.Diff)
	}
	// What was fed back: the draft, the finding and the fact with the price.
	fed := srv.Calls()[1].User
	for _, want := range []string{wrongPrice, "1,20 €", "contradicted", fournil[0].Text} {
		if !strings.Contains(fed, want) {
			t.Errorf("correction prompt lacks %q:\n%s", want, fed)
		}
	}
	tot := meter.Totals("draft:b1")
	if tot.Calls != 2 || tot.Usage != d.Tokens || d.Tokens.Total() == 0 {
		t.Fatalf("accounting: meter %+v, draft %+v", tot, d.Tokens)
	}
}

func TestLoopGivesUpAfterNRounds(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: jsonDraft(wrongPrice)})
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	ds, err := c.Draft(context.Background(), Input{Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"facebook"}})
	if err != nil {
		t.Fatal(err)
	}
	d := ds[0]
	if d.State != StateNeedsHuman || d.Verdict != "fail" || len(d.Rounds) != 3 || len(srv.Calls()) != 3 {
		t.Fatalf("state %s verdict %s, %d rounds, %d calls; want needs_human, fail, 3, 3", d.State, d.Verdict, len(d.Rounds), len(srv.Calls()))
	}
	if len(d.Findings) == 0 || !strings.Contains(d.Findings[0].Text, "1,20") {
		t.Fatalf("open findings %+v", d.Findings)
	}
	if d.Rounds[2].Diff != "" {
		t.Fatalf("an unchanged draft has no diff: %q", d.Rounds[2].Diff)
	}
}

func TestPlainTextServerIsTheDraft(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: rightPrice, Minimal: true})
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	ds, err := c.Draft(context.Background(), Input{Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"mastodon"}})
	if err != nil {
		t.Fatal(err)
	}
	d := ds[0]
	if d.Text != rightPrice || d.Rounds[0].JSONReply || d.State != StatePass {
		t.Fatalf("%+v", d)
	}
}

func TestAnthropicLoop(t *testing.T) {
	srv := llmtest.NewAnthropic(t, llmtest.Reply{Text: jsonDraft(wrongPrice)}, llmtest.Reply{Text: jsonDraft(rightPrice)})
	c, _ := newTestComposer(t, llm.NewAnthropic(srv.URL, "k", "claude-test", nil), 2)
	ds, err := c.Draft(context.Background(), Input{Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"linkedin"}})
	if err != nil {
		t.Fatal(err)
	}
	if d := ds[0]; d.State != StatePass || len(d.Rounds) != 2 || d.Provider != "anthropic:claude-test" {
		t.Fatalf("%+v", d)
	}
}

func TestLengthIsAFindingTheModelFixes(t *testing.T) {
	long := rightPrice + " " + strings.Repeat("On a tellement hâte de vous voir ! ", 6)
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: jsonDraft(long)}, llmtest.Reply{Text: jsonDraft("Baguette tradition à 1,30 € ! #Fournil30ans")})
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	ds, err := c.Draft(context.Background(), Input{Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"x"}})
	if err != nil {
		t.Fatal(err)
	}
	d := ds[0]
	if len(d.Rounds) != 2 || d.Rounds[0].Findings[len(d.Rounds[0].Findings)-1].Kind != KindLength || d.State != StatePass || d.Length > 280 {
		t.Fatalf("%+v", d)
	}
	if !strings.Contains(srv.Calls()[1].User, "280") {
		t.Fatal("the length finding was not fed back")
	}
}

func TestVariantsSeeEarlierOnes(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.Respond = func(n int, _ llmtest.Call) llmtest.Reply {
		return llmtest.Reply{Text: jsonDraft([]string{rightPrice, "Baguette tradition : 1,30 €. #Fournil30ans"}[n%2])}
	}
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	ds, err := c.Draft(context.Background(), Input{Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"bluesky"}, Variants: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || ds[0].Text == ds[1].Text {
		t.Fatalf("%+v", ds)
	}
	second := srv.Calls()[1].User
	if !strings.Contains(second, rightPrice) || !strings.Contains(second, "variante 2 sur 2") {
		t.Fatalf("variant 2 prompt does not show variant 1:\n%s", second)
	}
}

func TestProviderErrorReachesCaller(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.APIKey = "right"
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "wrong", "m", nil), 2)
	_, err := c.Draft(context.Background(), Input{Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"x"}})
	if err == nil || !strings.Contains(err.Error(), "invalid API key") {
		t.Fatalf("err = %v", err)
	}
}

func TestTranslateVerifiesInTargetLanguage(t *testing.T) {
	bad := "Our tradition baguette is €1.20! See you on Saturday 12 September 2026 at 18 rue de la République, Grenoble. #Fournil30ans"
	good := "Our tradition baguette is €1.30! See you on Saturday 12 September 2026 at 18 rue de la République, Grenoble. #Fournil30ans"
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: `{"text":` + quote(bad) + `}`}, llmtest.Reply{Text: `{"text":` + quote(good) + `}`})
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	d, err := c.Translate(context.Background(), TranslateInput{Text: rightPrice, From: "fr", To: "en", Network: "facebook", Facts: fournil, Brief: fournilBrief})
	if err != nil {
		t.Fatal(err)
	}
	if d.Lang != "en" || d.Text != good || d.State != StatePass || len(d.Rounds) != 2 || len(d.Rounds[0].Findings) == 0 {
		t.Fatalf("%+v", d)
	}
	if !strings.Contains(srv.Calls()[0].System, "English") {
		t.Fatal("target language not in the prompt")
	}
	off, _ := New(Options{Verifier: NewEngine()})
	if _, err := off.Translate(context.Background(), TranslateInput{Text: "x", To: "en"}); err != ErrNeedsModel {
		t.Fatalf("offline translate: %v", err)
	}
}

func TestProgressSteps(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: jsonDraft(wrongPrice)}, llmtest.Reply{Text: jsonDraft(rightPrice)})
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	var steps []string
	c = c.WithProgress(func(p Progress) {
		steps = append(steps, fmt.Sprintf("%s%d:%s:%d", p.Network, p.Round, p.Step, p.Findings))
	})
	if _, err := c.Draft(context.Background(), Input{Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"facebook"}}); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(steps, " ")
	if !strings.HasPrefix(got, "facebook0:drafting:0 facebook0:verified:") || !strings.Contains(got, "facebook1:correcting:") || !strings.HasSuffix(got, "facebook1:verified:0 facebook1:done:0") {
		t.Fatalf("steps %s", got)
	}
}

func TestAdaptWithModel(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: `{"text":"Baguette tradition à 1,30 € ! #Fournil30ans"}`})
	c, _ := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	d, err := c.Adapt(context.Background(), AdaptInput{Text: rightPrice + " " + strings.Repeat("Merci ! ", 40), Lang: "fr", From: "facebook", To: "x", Facts: fournil, Brief: fournilBrief})
	if err != nil {
		t.Fatal(err)
	}
	if d.Network != "x" || d.State != StatePass || d.Rounds[0].Prompt != "adapt" || d.Calls != 1 {
		t.Fatalf("%+v", d)
	}
	user := srv.Calls()[0].User
	if !strings.Contains(user, "De : Facebook") || !strings.Contains(user, "Vers : X") {
		t.Fatalf("adapt prompt:\n%s", user)
	}
}

func TestNetworksDraftedSideBySide(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.Respond = func(_ int, c llmtest.Call) llmtest.Reply {
		// Each network gets its own clean draft, whatever the call order.
		for _, n := range []string{"LinkedIn", "Mastodon", "Bluesky"} {
			if strings.Contains(c.User, "Réseau : "+n) {
				return llmtest.Reply{Text: jsonDraft("Sur " + n + " : baguette tradition à 1,30 € ! #Fournil30ans")}
			}
		}
		return llmtest.Reply{Status: 400, ErrMessage: "unexpected prompt"}
	}
	c, meter := newTestComposer(t, llm.NewOpenAI(srv.BaseURL(), "", "m", nil), 2)
	ds, err := c.Draft(context.Background(), Input{ID: "p", Lang: "fr", Facts: fournil, Brief: fournilBrief, Networks: []string{"linkedin", "mastodon", "bluesky"}, Variants: 2})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, d := range ds {
		order = append(order, fmt.Sprintf("%s%d", d.Network, d.Variant))
		if d.State != StatePass {
			t.Fatalf("%+v", d)
		}
	}
	if got := strings.Join(order, " "); got != "linkedin1 linkedin2 mastodon1 mastodon2 bluesky1 bluesky2" {
		t.Fatalf("order %s", got)
	}
	if tot := meter.Totals("draft:p"); tot.Calls+tot.CacheHits != 6 {
		t.Fatalf("meter %+v", tot)
	}
}
