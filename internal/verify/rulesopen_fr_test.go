package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind8–11: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English.

// A sentence of a fact that gives two clock times, the later one last ("le
// car quitte Rennes à 7h15 et arrive à Toulouse à 16h55") gives the time
// between them: the trip's length, and a true bound on it.
func TestLengthBetweenTwoTimes(t *testing.T) {
	fr := []string{"Le car quitte la gare routière de Rennes tous les jours à 7h15 et arrive à la gare de Toulouse à 16h55."}
	en := []string{"The coach leaves Leeds bus station every day at 8:10am and arrives at Aberdeen bus station at 5:40pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Rennes ➡️ Toulouse sans changement, en 9h40 !", true},
		{"fr", fr, "Tu quittes Rennes à 7 h 15 et tu es à Toulouse moins de 10 heures plus tard 🌞", true},
		{"fr", fr, "Rennes ➡️ Toulouse sans changement, en 8h30 !", false},
		{"fr", fr, "Tu quittes Rennes à 7 h 15 et tu es à Toulouse moins de 9 heures plus tard 🌞", false},
		{"en", en, "Leeds to Aberdeen in 9 hours 30 minutes, no changes!", true},
		{"en", en, "Leeds to Aberdeen in under 10 hours, no changes!", true},
		{"en", en, "Leeds to Aberdeen in 8 hours 30 minutes, no changes!", false},
	})
}
