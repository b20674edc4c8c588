package verify

import "testing"

// Tests for the general causes of the blind18 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// "du lundi 21 septembre au vendredi 30 janvier" for a term that ends on
// Friday 29 January: the end falls near the fact's on the weekday written,
// so the day number is what is wrong and the fact's period, weekdays
// included, is the suggestion (the weekday alone would leave a wrong date).
func TestRangeWeekdayNearFactEnd(t *testing.T) {
	fr := []string{"Le semestre d'automne commence le lundi 21 septembre 2026 et se termine le vendredi 29 janvier 2027."}
	en := []string{"The autumn term starts on Monday 21 September 2026 and ends on Friday 29 January 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Semestre d'automne du lundi 21 septembre au vendredi 29 janvier !", true},
		{"fr", fr, "Semestre d'automne du lundi 21 septembre au vendredi 30 janvier !", false},
		{"en", en, "Autumn term: from Monday 21 September to Friday 29 January!", true},
		{"en", en, "Autumn term: from Monday 21 September to Friday 30 January!", false},
	})
	for _, tc := range []struct {
		lang  string
		facts []string
		post  string
		want  string
	}{
		{"fr", fr, "Semestre d'automne du lundi 21 septembre au vendredi 30 janvier !", "lundi 21 septembre au vendredi 29 janvier"},
		{"en", en, "Autumn term: from Monday 21 September to Friday 30 January!", "Monday 21 September to Friday 29 January"},
		// a start off by a day, near the fact's on the weekday written
		{"en", en, "Autumn term: from Monday 22 September to Friday 29 January!", "Monday 21 September to Friday 29 January"},
	} {
		r := check(t, tc.lang, tc.facts, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Suggestion != tc.want {
			t.Errorf("%s %q: want one finding suggesting %q, got %+v", tc.lang, tc.post, tc.want, r.Findings)
		}
	}
}

// "Cours Premières cordées, 2 h, 45 $", "deux séances de 2 h par semaine":
// an hour figure without minutes and without a word making it an hour of
// the day is the length of time a fact gives about the same thing; another
// length, or the figure given as an hour of the day, is still flagged.
func TestHourFigureAsLength(t *testing.T) {
	fr := []string{"Le cours d'initiation « Premières cordées » dure 2 heures, coûte 45 $ équipement inclus et a lieu chaque samedi à 10 h.", "Un cours semestriel compte 2 séances de 2 heures par semaine."}
	en := []string{"The intro course First Ropes lasts 2 hours, costs $45 with gear included and runs every Saturday at 10am.", "A term course has 2 sessions of 2 hours a week."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cours Premières cordées, 2 h, 45 $ tout compris, chaque samedi à 10 h.", true},
		{"fr", fr, "Deux séances de 2 h par semaine : le format qui fait progresser !", true},
		{"fr", fr, "Cours Premières cordées, 3 h, 45 $ tout compris, chaque samedi à 10 h.", false},
		{"fr", fr, "Cours Premières cordées chaque samedi à 2 h, 45 $ tout compris.", false},
		{"fr", fr, "Cours Premières cordées chaque samedi de 2 h à 4 h.", false},
		{"en", en, "First Ropes course: 2h, $45, every Saturday at 10am.", true},
		{"en", en, "First Ropes course: 3h, $45, every Saturday at 10am.", false},
		{"en", en, "First Ropes course every Saturday at 2h, $45.", false},
	})
}
