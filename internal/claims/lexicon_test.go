package claims

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
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

// A Doc reused from a longer or shorter text (as Check pools them) gives
// exactly what a fresh analysis gives, and a text over MaxRunes is cut at
// MaxRunes code points whatever their byte width.
func TestAnalyzeIntoReuseMatchesFresh(t *testing.T) {
	long := strings.Repeat("Été à 12,50 € le 3 mai, très bien ! ", MaxRunes/30)
	texts := []string{
		"Le Marché de Noël ouvre le samedi 12 décembre : entrée gratuite, 1 500 visiteurs attendus.",
		long,
		"Free entry on Sat 12 December, 20% off at www.example.ie until 6pm.",
		"",
		"Été 🥐 l’atelier d’Orsay, 3 h 15, n°1",
	}
	var d *Doc
	for _, text := range texts {
		d = AnalyzeInto(d, text, "")
		fresh := Analyze(text, "")
		if len(d.Runes) != len(fresh.Runes) || len(d.Tokens) != len(fresh.Tokens) || len(d.Claims) != len(fresh.Claims) {
			t.Fatalf("%.40q: reused doc has %d runes, %d tokens, %d claims; fresh %d, %d, %d", text,
				len(d.Runes), len(d.Tokens), len(d.Claims), len(fresh.Runes), len(fresh.Tokens), len(fresh.Claims))
		}
		for i := range d.Claims {
			a, b := d.Claims[i], fresh.Claims[i]
			if a.Type != b.Type || a.Start != b.Start || a.End != b.End || a.Text != b.Text || a.Value != b.Value {
				t.Errorf("%.40q: claim %d is %s %q, fresh %s %q", text, i, a.Type, a.Text, b.Type, b.Text)
			}
		}
		checkSpans(t, text, d)
	}
	if d := Analyze(long, "fr"); len(d.Runes) != MaxRunes || d.Slice(0, MaxRunes) != string([]rune(long)[:MaxRunes]) {
		t.Errorf("long text: %d runes kept, want %d", len(d.Runes), MaxRunes)
	}
}

// The Latin-1 table and the in-place encoding fold every rune as the rune
// switch and lower-casing do: é → e, Œ → oe, ’ → ', 🥐 stays 🥐.
func TestAppendFoldRuneMatchesSwitch(t *testing.T) {
	runes := []rune{0x1F950, 0x1F4A7, 0x1F44B, 0x20AC, 0xFFFD}
	for r := rune(0x80); r < 0x3000; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		want, ok := foldRune(r)
		if !ok {
			want = string(unicode.ToLower(r))
		}
		if got := string(appendFoldRune(nil, r)); got != want {
			t.Errorf("%U: folded to %q, want %q", r, got, want)
		}
	}
	for s, want := range map[string]string{"Été": "ete", "ŒUVRE": "oeuvre", "l’été": "l'ete", "Noël 🎄": "noel 🎄", "ÇA": "ca", "Łódź": "lodz", "Rākau": "rakau"} {
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}
