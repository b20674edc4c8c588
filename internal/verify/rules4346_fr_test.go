package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind43–46: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English where the pattern exists in
// both.

// What a priced fact lists between brackets with its price ("L'emplacement
// nu (2 personnes, une voiture, électricité 10 A) coûte 34 €") is included
// in it: "électricité 10 A compris", "electricity included"; a thing the
// facts price apart, or that the brackets leave out, is still flagged.
func TestListedWithItsPriceIsIncluded(t *testing.T) {
	fr := []string{"L'emplacement nu (2 personnes, une voiture, électricité 10 A) coûte 34 € la nuit.", "Le petit-déjeuner coûte 8 € par personne."}
	frOut := []string{"L'emplacement nu (2 personnes, une voiture ; électricité en supplément) coûte 34 € la nuit."}
	en := []string{"The bare pitch (2 people, one car, 10A electricity) costs €34 a night.", "Breakfast costs €8 per person."}
	enOut := []string{"The bare pitch (2 people, one car; electricity extra) costs €34 a night."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "L'emplacement nu passe à 34 € la nuit (2 personnes, voiture et électricité 10 A compris).", true},
		{"fr", fr, "L'emplacement nu à 34 € la nuit, électricité incluse !", true},
		{"fr", fr, "L'emplacement nu à 34 € la nuit, petit-déjeuner compris !", false},
		{"fr", fr, "L'emplacement nu à 34 € la nuit, électricité et petit-déjeuner compris !", false},
		{"fr", frOut, "L'emplacement nu à 34 € la nuit, électricité comprise !", false},
		{"en", en, "The bare pitch is €34 a night (2 people, car and electricity included).", true},
		{"en", en, "The bare pitch is €34 a night, breakfast included!", false},
		{"en", enOut, "The bare pitch is €34 a night, electricity included!", false},
	})
}
