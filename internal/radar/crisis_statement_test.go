package radar

import (
	"strings"
	"testing"
	"time"
)

func TestHoldingStatementOffline(t *testing.T) {
	facts := []string{
		"La Boulangerie Lumière a ouvert le 1er mars 1997 au 12 rue de la Madeleine, à Nîmes.",
		"Nos farines viennent du moulin de Beaucaire",
		"Le pain au levain est cuit chaque matin dans le fournil de la rue de la Madeleine.",
	}
	topics := []string{"#rappellumiere", "farines", "lumière", "@colere30"}
	got := RelevantFacts(facts, topics, "Boulangerie Lumière", 2)
	if len(got) != 1 || got[0] != facts[1] {
		t.Fatalf("relevant facts %q, want the flour one only (the brand's name matches every fact)", got)
	}
	in := StatementInput{Lang: "fr", Brand: "Boulangerie Lumière", Topics: topics[:2], Facts: got, UpdateWithin: 2 * time.Hour}
	s := HoldingStatement(in)
	for _, want := range []string{"Nous avons vu vos messages et nous les prenons au sérieux.", "Ce que nous pouvons confirmer : Nos farines viennent du moulin de Beaucaire.",
		"vous répondra directement.", "d'ici 2 heures."} {
		if !strings.Contains(s, want) {
			t.Errorf("statement %q lacks %q", s, want)
		}
	}
	if b := in.Brief(); !strings.Contains(b, "Prochain point d'ici 2 heures.") {
		t.Errorf("brief %q does not carry the update delay", b)
	}
	en := HoldingStatement(StatementInput{Lang: "en", Brand: "Northwind", NextStep: "We have paused all deliveries", UpdateWithin: time.Hour})
	for _, want := range []string{"We have seen your messages and", "We are checking the facts before saying more.", "We have paused all deliveries.", "within 1 hour."} {
		if !strings.Contains(en, want) {
			t.Errorf("statement %q lacks %q", en, want)
		}
	}
	if strings.Contains(s, "#rappellumiere") {
		t.Errorf("the crisis hashtag is repeated: %q", s)
	}
	if none := HoldingStatement(StatementInput{Lang: "en"}); !strings.HasSuffix(none, "as soon as we know more.") {
		t.Errorf("no delay promised: %q", none)
	}
}
