package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind8–11 (opened sealed sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English.

// A dollar's ISO code before or after the amount ("AUD 35", "CAD 89",
// "35 NZD") is the dollar a "$" reads as: "$35" is the fact's "AUD 35";
// another amount is still contradicted. In lower case "cad" is no currency.
func TestDollarCodes(t *testing.T) {
	en := []string{"Weekend tickets cost AUD 35 and include a tasting glass."}
	fr := []string{"Le forfait journée adulte coûte CAD 89 en ligne."}
	runBlindCases(t, []blindCase{
		{"en", en, "$35 gets you a tasting glass 🍷", true},
		{"en", en, "Tickets are 35 AUD, tasting glass included.", true},
		{"en", en, "$45 gets you a tasting glass 🍷", false},
		{"fr", fr, "Le forfait journée est à 89 $ en ligne ⛷️", true},
		{"fr", fr, "Le forfait journée est à 79 $ en ligne ⛷️", false},
	})
}
