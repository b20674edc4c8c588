package claims

import "testing"

// TestSentence holds Doc.Sentence to its definition: the tokens it gives
// are all of sentence s and none other is.
func TestSentence(t *testing.T) {
	texts := []string{
		"",
		"Ouvert du lundi au vendredi. Fermé le dimanche ! Venez 🎉 vite",
		"One.\n\nTwo? Three… four: five (six) « sept » 1️⃣ eight",
		"Prix : 12 €. Réservez sur www.exemple.fr ou au 01 23 45 67 89.",
	}
	checked := 0
	for _, text := range texts {
		d := Analyze(text, "fr")
		last := 0
		if n := len(d.Tokens); n > 0 {
			last = d.Tokens[n-1].Sent
		}
		for s := -1; s <= last+1; s++ {
			a, b := d.Sentence(s)
			if a < 0 || b < a || b > len(d.Tokens) {
				t.Fatalf("%q: Sentence(%d) = [%d, %d) out of the %d tokens", text, s, a, b, len(d.Tokens))
			}
			for i := range d.Tokens {
				if in := i >= a && i < b; in != (d.Tokens[i].Sent == s) {
					t.Errorf("%q: token %d %q of sentence %d, Sentence(%d) = [%d, %d)", text, i, d.Tokens[i].Text, d.Tokens[i].Sent, s, a, b)
				}
			}
			checked += b - a
		}
	}
	if checked < 20 {
		t.Fatalf("only %d tokens checked", checked)
	}
}
