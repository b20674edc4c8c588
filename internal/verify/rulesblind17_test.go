package verify

import "testing"

// Tests for the general causes of the blind17 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// An English range that names its month first ("March 19–21", "from March
// 19 to 21") keeps that month for its bare second day; a wrong end is still
// flagged. French names the month last ("du 19 au 21 mars"), checked alongside.
func TestMonthFirstDayRange(t *testing.T) {
	en := []string{"The 2027 Lakefront Open is held from Friday, March 19 to Sunday, March 21, 2027, at the Harborview Hotel.", "The simul fee is $25 and 30 boards are played."}
	fr := []string{"Le tournoi a lieu du vendredi 19 au dimanche 21 mars 2027 à l'hôtel du Port.", "La simultanée coûte 25 € et se joue sur 30 échiquiers."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Open runs March 19–21 at the Harborview Hotel!", true},
		{"en", en, "Seven rounds from March 19 to 21, 2027.", true},
		{"en", en, "See you Mar. 19–21 ♟️", true},
		{"en", en, "The Open runs March 19–22 at the Harborview Hotel!", false},
		{"en", en, "Seven rounds from March 19 to 23.", false},
		{"fr", fr, "Le tournoi, c'est du 19 au 21 mars !", true},
		{"fr", fr, "Le tournoi, c'est du 19 au 22 mars !", false},
	})
}

// A saving announced beside a price and the price it replaces ("€129
// instead of €160, save €31") is their difference, else contradicted with
// it; a saving worked out from other figures stays the writer's.
func TestSavingOfPair(t *testing.T) {
	en := []string{"From 1 July to 31 August 2027, the Monsoon Combo costs €129 instead of €160 at all our tea houses."}
	fr := []string{"Du 3 au 17 octobre 2026, le remplacement de batterie coûte 39 € au lieu de 59 € dans tous les ateliers."}
	runBlindCases(t, []blindCase{
		{"en", en, "Monsoon Combo: €129 instead of €160 (save €31!)", true},
		{"en", en, "Monsoon Combo: €129 instead of €160 (save €41!)", false},
		{"en", en, "Monsoon Combo for €129 instead of €160, so you save €40!", false},
		{"fr", fr, "Batterie à 39 € au lieu de 59 €, soit 20 € d'économie 🔋", true},
		{"fr", fr, "Batterie à 39 € au lieu de 59 €, économisez 25 € 🔋", false},
	})
}
