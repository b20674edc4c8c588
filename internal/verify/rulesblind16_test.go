package verify

import "testing"

// Tests for the general causes of the blind16 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// The American "9 a.m." is the clock time 9am: its dots neither end the
// sentence nor leave a bare number, and "between 6 and 10 a.m." gives the
// first end the half of the day of the second. French has no such form; its
// clock times are checked alongside.
func TestDottedMeridiem(t *testing.T) {
	en := []string{"Free flu-shot clinics take place on Saturday, October 10, 2026, from 9 a.m. to 1 p.m. at every clinic.", "Gifts made between 6 a.m. and 10 a.m. are matched."}
	fr := []string{"La vaccination gratuite a lieu le samedi 10 octobre 2026 de 9 h à 13 h dans chaque centre."}
	runBlindCases(t, []blindCase{
		{"en", en, "Free flu shots Saturday 10/10, 9am-1pm!", true},
		{"en", en, "Walk in between 9 a.m. and 1 p.m. on October 10.", true},
		{"en", en, "Every gift made between 6 and 10 a.m. is matched!", true},
		{"en", en, "Walk in between 9 a.m. and 2 p.m. on October 10.", false},
		{"en", en, "Every gift made between 6 and 11 a.m. is matched!", false},
		{"en", en, "Flu shots until 11 p.m. on October 10.", false},
		{"fr", fr, "Vaccination gratuite le samedi 10/10, de 9h à 13h !", true},
		{"fr", fr, "Vaccination gratuite le samedi 10/10, de 9h à 14h !", false},
	})
}

// The postal abbreviations of street types (Pkwy, Ct, Pl, fbg, imp.) name
// the same street as the facts' full word; another street type or name is
// still flagged.
func TestStreetTypeAbbreviations(t *testing.T) {
	en := []string{"The newest clinic opened on Monday, September 28, 2026, at 880 Polaris Parkway, Westerville."}
	fr := []string{"La boutique ouvre le samedi 3 octobre 2026 au 24 faubourg du Temple, à Paris."}
	runBlindCases(t, []blindCase{
		{"en", en, "📍 New in Westerville: 880 Polaris Pkwy, open since Sept. 28!", true},
		{"en", en, "📍 New in Westerville: 880 Polaris Parkway, open since Sept. 28!", true},
		{"en", en, "📍 New in Westerville: 880 Polaris Blvd, open since Sept. 28!", false},
		{"en", en, "📍 New in Westerville: 880 Orion Pkwy, open since Sept. 28!", false},
		{"fr", fr, "Rendez-vous au 24 fbg du Temple dès le 3 octobre !", true},
		{"fr", fr, "Rendez-vous au 24 fbg Montmartre dès le 3 octobre !", false},
	})
}

// "1,4 tonne de plus que l'an dernier" is the difference of two counts the
// facts give of the same thing (25 and 23,6 tonnes), even said of last year;
// another gap, or a total that is not last year's, is still flagged.
func TestGapOfFacts(t *testing.T) {
	fr := []string{"Lors de la collecte d'hiver 2025, 23,6 tonnes de denrées ont été récoltées.", "L'objectif de la collecte d'hiver 2026 est de 25 tonnes."}
	en := []string{"The 2025 winter drive collected 23.6 tonnes of food.", "The goal of the 2026 winter drive is 25 tonnes."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Objectif 25 tonnes 🎯 C'est 1,4 tonne de plus que l'an dernier !", true},
		{"fr", fr, "Objectif 25 tonnes 🎯 C'est 2,4 tonnes de plus que l'an dernier !", false},
		{"fr", fr, "L'an dernier, 26 tonnes récoltées !", false},
		{"en", en, "Our goal: 25 tonnes 🎯 That's 1.4 tonnes more than last year!", true},
		{"en", en, "Our goal: 25 tonnes 🎯 That's 3 tonnes more than last year!", false},
	})
}

// A free offer a fact writes as a dashed compound ("free flu-shot clinics",
// "atelier anti-gaspi gratuit") backs a post that writes its parts apart,
// even when another fact prices the thing outside the offer; a gift of
// something else is still flagged.
func TestFreebieDashedCompound(t *testing.T) {
	en := []string{"Free flu-shot clinics take place on Saturday, October 10, 2026 at every clinic.", "Outside the free flu-shot clinics, a flu shot costs $35 for patients without insurance."}
	fr := []string{"Un atelier anti-gaspi gratuit a lieu le samedi 10 octobre 2026.", "Hors atelier, le livret de recettes coûte 5 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "💉 Free flu shots on Saturday 10/10!", true},
		{"en", en, "💉 Free flu shots on Saturday 10/10, plus a free COVID booster!", false},
		{"fr", fr, "Atelier gratuit le 10 octobre : venez apprendre l'anti gaspi 🥕", true},
		{"fr", fr, "Livret de recettes gratuit le 10 octobre !", false},
	})
}
