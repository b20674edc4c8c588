package claims

import (
	"math/rand"
	"strings"
	"testing"
)

// The flat table must answer exactly what the word lists say: every listed
// word has its class, and ordinary words of both languages have none.
func TestLexiconAgreesWithLists(t *testing.T) {
	sets := []struct {
		name  string
		words []string
		bit   uint64
	}{
		{"weekdays", keys(weekdayWords), lxWeekday},
		{"weekday abbreviations", keys(weekdayAbbr), lxWeekdayAbbr},
		{"months", keys(monthWords), lxMonth},
		{"stop words", keys(stopWords), lxStop},
		{"approximate nouns", keys(approxNouns), lxApprox},
		{"name stops", trueKeys(nameStop), lxNameStop},
		{"name connectors", trueKeys(nameConnectors), lxNameConn},
		{"roles", trueKeys(roleWords), lxRole},
		{"copulas", trueKeys(copulas), lxCopula},
		{"noun skips", trueKeys(nounSkip), lxNounSkip},
		{"holidays", keys(holidays), lxHoliday},
		{"currencies", keys(currencyWords), lxCurrency},
	}
	for _, s := range sets {
		for _, w := range s.words {
			if lex.get(w)&s.bit == 0 {
				t.Errorf("%s: %q lacks its class", s.name, w)
			}
		}
	}
	// "fois" is listed as false in nounSkip: not skipped
	if lex.get("fois")&lxNounSkip != 0 {
		t.Error(`"fois" must not skip to the noun`)
	}
	for _, w := range []string{"boulangerie", "baguette", "adherents", "bakery", "members", "tuesdayish", "", strings.Repeat("a", 200)} {
		if b := lex.get(w); b != 0 {
			t.Errorf("%q: classes %b, want none", w, b)
		}
	}
}

// Property: after any sequence of insertions (with growth and collisions),
// lookups agree with a Go map.
func TestLexiconTableProperty(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 20; round++ {
		var l lexicon
		ref := map[string]uint64{}
		for i := 0; i < 50+rng.Intn(3000); i++ {
			w := randWord(rng)
			bit := uint64(1) << uint(rng.Intn(64))
			l.add(w, bit)
			ref[w] |= bit
		}
		for w, want := range ref {
			if got := l.get(w); got != want {
				t.Fatalf("round %d: %q = %b, want %b", round, w, got, want)
			}
		}
		for i := 0; i < 2000; i++ {
			w := randWord(rng)
			if got := l.get(w); got != ref[w] {
				t.Fatalf("round %d: absent %q = %b", round, w, got)
			}
		}
	}
}

// Every token, whatever its kind, carries the classes of its folded form.
func TestTokenClassesMatchLexicon(t *testing.T) {
	for _, text := range []string{
		"Le Marché de Noël ouvre le samedi 12 décembre, entrée gratuite et 100 % offerte !",
		"Our CEO Aoife Brennan opens the store on Mon 3 March: free coffee & 20% off, see www.example.ie.",
		"La Fête des Mères : 1 500 € de lots, l'atelier est offert — 3 jours, #fete @mairie",
	} {
		d := Analyze(text, "")
		for i := range d.Tokens {
			tok := &d.Tokens[i]
			if tok.lex != lex.get(tok.Low) {
				t.Errorf("%q: token %q has classes %b, lexicon says %b", text, tok.Low, tok.lex, lex.get(tok.Low))
			}
		}
	}
}

func randWord(rng *rand.Rand) string {
	const letters = "abcdefghijklmnopqrstuvwxyz'-"
	b := make([]byte, 1+rng.Intn(12))
	for i := range b {
		b[i] = letters[rng.Intn(len(letters))]
	}
	return string(b)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

func trueKeys(m map[string]bool) []string {
	var out []string
	for w, in := range m {
		if in {
			out = append(out, w)
		}
	}
	return out
}

// Registering a class once texts are analysed would race with readers.
func TestNewWordClassAfterAnalysisPanics(t *testing.T) {
	Analyze("Le marché ouvre samedi.", "fr")
	defer func() {
		if recover() == nil {
			t.Error("NewWordClass after Analyze did not panic")
		}
	}()
	NewWordClass("trop", "tard")
}
