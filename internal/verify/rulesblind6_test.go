package verify

import "testing"

// Tests for the general causes of the blind6 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// An all-digit date whose second number cannot be a month ("Tue 3/16") is
// read month first, so its day is no bare number to check; a French date
// after its weekday keeps the day first.
func TestMonthFirstOnlyDates(t *testing.T) {
	en := []string{"On Match Morning, Tuesday, March 16, 2027, every gift made between 6 a.m. and 10 a.m. is matched."}
	fr := []string{"Le match a lieu le mardi 16 mars 2027 à 20h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Match Morning is Tue 3/16! Gifts made 6 to 10 a.m. are matched.", true},
		{"en", en, "Match Morning is Tuesday 3/16/2027, 6 to 10 a.m.", true},
		{"en", en, "Match Morning is Wed 3/16! Gifts made 6 to 10 a.m. are matched.", false},
		{"en", en, "Match Morning is Tue 3/17! Gifts made 6 to 10 a.m. are matched.", false},
		{"fr", fr, "Rendez-vous mardi 16/3 à 20h !", true},
		{"fr", fr, "Rendez-vous mardi 17/3 à 20h !", false},
	})
}
