package inbox

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

func TestPhrase(t *testing.T) {
	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Text: `{"text":"Bonjour {author}, oui : nous livrons le dimanche de 9 h à 12 h."}`},
		llmtest.Reply{Text: "Hello {author}, we deliver on Sundays.", Minimal: true},
		llmtest.Reply{Text: `{"text":"  "}`},
		llmtest.Reply{Status: 400, ErrType: "invalid_request_error", ErrMessage: "bad model"})
	cl, err := llm.New(llm.Config{Provider: "openai", BaseURL: srv.BaseURL(), Model: "scripted"}, llm.Options{MaxRetries: -1})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	in := PhraseInput{Brand: "Fournil", Voice: "chaleureuse", Lang: "fr", Label: "question", Comment: "Vous livrez le dimanche ?",
		Draft: "Bonjour {author}, nous livrons le dimanche de 9 h à 12 h.", Facts: []string{"Livraison le dimanche de 9 h à 12 h."}}
	got, _, err := Phrase(ctx, cl, in)
	if err != nil || got != "Bonjour {author}, oui : nous livrons le dimanche de 9 h à 12 h." {
		t.Fatalf("JSON answer: %q %v", got, err)
	}
	c := srv.Calls()[0]
	for _, want := range []string{"Vous livrez le dimanche ?", "Brouillon de réponse", "nous livrons le dimanche de 9 h à 12 h.", "- Livraison le dimanche"} {
		if !strings.Contains(c.User, want) {
			t.Errorf("prompt lacks %q:\n%s", want, c.User)
		}
	}
	if !strings.Contains(c.System, "chaleureuse") || !strings.Contains(c.System, "{author}") || !strings.Contains(c.System, "français") {
		t.Errorf("system prompt:\n%s", c.System)
	}
	in.Lang, in.Comment = "en", "Do you deliver on Sundays?"
	if got, _, err := Phrase(ctx, cl, in); err != nil || got != "Hello {author}, we deliver on Sundays." {
		t.Errorf("plain answer: %q %v", got, err)
	}
	if !strings.Contains(srv.Calls()[1].System, "Write in English") {
		t.Errorf("English prompt:\n%s", srv.Calls()[1].System)
	}
	in.Comment = "Sunday?"
	if _, _, err := Phrase(ctx, cl, in); !errors.Is(err, ErrEmptyPhrase) {
		t.Errorf("empty answer: %v", err)
	}
	in.Comment = "Sunday delivery?"
	if _, _, err := Phrase(ctx, cl, in); err == nil || !llm.IsKind(err, llm.KindBadRequest) {
		t.Errorf("provider error: %v", err)
	}
}
