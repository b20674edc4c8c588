package verify

import "testing"

// Tests for the general causes of the blind4 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

type blindCase struct {
	lang  string
	facts []string
	post  string
	pass  bool
}

func runBlindCases(t *testing.T, cases []blindCase) {
	t.Helper()
	for _, tc := range cases {
		r := check(t, tc.lang, tc.facts, tc.post)
		if tc.pass && r.Verdict != Pass {
			t.Errorf("%s %q flagged: %+v", tc.lang, tc.post, r.Findings)
		}
		if !tc.pass && r.Verdict == Pass {
			t.Errorf("%s %q not flagged", tc.lang, tc.post)
		}
	}
}

// A place written only inside a dash compound of the facts (a route) is a
// stated name on its own.
func TestPlaceInDashCompound(t *testing.T) {
	en := []string{"The new Inverness–Stornoway route launches on Monday 4 May 2026."}
	fr := []string{"La ligne Rennes–Quimper ouvre le lundi 4 mai 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "Heading to Stornoway this spring? Flights from 4 May.", true},
		{"en", en, "Heading to Benbecula this spring? Flights from 4 May.", false},
		{"fr", fr, "On file à Quimper dès le 4 mai !", true},
		{"fr", fr, "On file à Lorient dès le 4 mai !", false},
	})
}

// Short forms of ranges: opening hours "11–5" (12-hour shorthand) read as
// clock times the facts give, abbreviated weekday ranges checked like
// spelled ones, postcode ranges "BS1–BS8" kept whole.
func TestShortRanges(t *testing.T) {
	en := []string{"The shop is open Monday to Saturday 9am–6pm and Sunday 11am–5pm.", "Local delivery is free within Bristol postcodes BS1 to BS8 on orders over £25."}
	en2 := []string{"The shop is open Monday to Saturday, 9am to 6pm."}
	fr := []string{"La boutique est ouverte du lundi au samedi de 9h à 18h.", "La livraison est offerte dans les codes postaux BS1 à BS8."}
	runBlindCases(t, []blindCase{
		{"en", en, "We're open 11–5 today and 9–6 the rest of the week.", true},
		{"en", en, "We're open 10–4 today and 9–6 the rest of the week.", false},
		{"en", en2, "The shop is open Mon–Sat, 9am to 6pm.", true},
		{"en", en2, "The shop is open Tue–Sun, 9am to 6pm.", false},
		{"en", en, "Free delivery anywhere in BS1–BS8 on orders over £25.", true},
		{"en", en, "Free delivery anywhere in BS1–BS9 on orders over £25.", false},
		{"fr", fr, "La boutique est ouverte Lun–Sam de 9h à 18h.", true},
		{"fr", fr, "La boutique est ouverte Mar–Dim de 9h à 18h.", false},
		{"fr", fr, "Livraison offerte dans les codes postaux BS1–BS8.", true},
		{"fr", fr, "Livraison offerte dans les codes postaux BS1–BS9.", false},
	})
}

// A headline in capitals that goes on from a word no name takes is
// shouting, not a name; a name in capitals alone is still a name.
func TestShoutedHeadline(t *testing.T) {
	en := []string{"The new Inverness–Stornoway route launches on Monday 4 May 2026."}
	fr := []string{"La ligne Rennes–Quimper ouvre le lundi 4 mai 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "NEW ROUTE ALERT: Inverness to Stornoway from 4 May!", true},
		{"en", en, "Inverness to Stornoway from 4 May with BRITISH AIRWAYS!", false},
		{"fr", fr, "NOUVELLE LIGNE OUVERTE : Rennes–Quimper dès le 4 mai !", true},
		{"fr", fr, "Rennes–Quimper dès le 4 mai avec AIR BRETAGNE !", false},
	})
}

// "10.30am" is the British dot form of 10:30am; "completely free",
// "absolument gratuit" say free with an adverb, backed by a stated free
// activity and still contradicted by a price.
func TestDotTimeAndFreeAdverb(t *testing.T) {
	en := []string{"Children's story time takes place every Saturday at 10:30am; it is free and for ages 3 to 7."}
	enPaid := []string{"Children's story time takes place every Saturday at 10:30am; it costs £3 and is for ages 3 to 7."}
	fr := []string{"L'heure du conte a lieu chaque samedi à 10h30 ; elle est gratuite et pour les 3 à 7 ans."}
	frPaid := []string{"L'heure du conte a lieu chaque samedi à 10h30 ; elle coûte 3 € et est pour les 3 à 7 ans."}
	runBlindCases(t, []blindCase{
		{"en", en, "Story time every Saturday at 10.30am for 3 to 7 year olds.", true},
		{"en", en, "Story time every Saturday at 11.30am for 3 to 7 year olds.", false},
		{"en", en, "Story time every Saturday for 3 to 7 year olds, and it's completely free.", true},
		{"en", enPaid, "Story time every Saturday for 3 to 7 year olds, and it's completely free.", false},
		{"fr", fr, "L'heure du conte, chaque samedi à 10h30 pour les 3 à 7 ans, et c'est absolument gratuit.", true},
		{"fr", frPaid, "L'heure du conte, chaque samedi à 10h30 pour les 3 à 7 ans, et c'est absolument gratuit.", false},
	})
}

// A length in years is the facts' length in months (deux ans = 24 mois),
// and the other way round; another length is still flagged.
func TestYearsAsMonths(t *testing.T) {
	fr := []string{"La cuvée « Réserve » est affinée 24 mois."}
	en := []string{"Our Reserve cheddar is aged 18 months."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Notre Réserve, affinée deux ans, est à découvrir en boutique.", true},
		{"fr", fr, "Notre Réserve, affinée trois ans, est à découvrir en boutique.", false},
		{"en", en, "Our Reserve, aged 1.5 years, is back in the shop.", true},
		{"en", en, "Our Reserve, aged 2 years, is back in the shop.", false},
	})
}

// "sam. 6 & dim. 7 juin": abbreviated weekdays with their dot and days
// joined by "&" make the stated two-day range.
func TestAbbreviatedWeekdayDates(t *testing.T) {
	fr := []string{"Les portes ouvertes ont lieu le samedi 6 et le dimanche 7 juin 2026, de 9h à 18h."}
	en := []string{"The open days are on Saturday 6 and Sunday 7 June 2026, 9am to 6pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Ce week-end (sam. 6 & dim. 7 juin), on vous ouvre nos caves !", true},
		{"fr", fr, "Ce week-end (sam. 13 & dim. 14 juin), on vous ouvre nos caves !", false},
		{"en", en, "This weekend (Sat. 6 & Sun. 7 June) our doors are open!", true},
		{"en", en, "This weekend (Sat. 13 & Sun. 14 June) our doors are open!", false},
	})
}

// A possessive joins two stated names ("the South West's Independent
// Bookshop of the Year"); the plural of a stated name is that name ("4
// Twin Otters", "3 Twin Otters", "nos 2 Caravelles"); a wrong region or
// model is still flagged.
func TestPossessiveAndPluralNames(t *testing.T) {
	en := []string{"Quayside Books was the South West regional winner of Independent Bookshop of the Year at the British Book Awards 2025.", "Skerry Air's fleet is 4 Twin Otter aircraft with 19 seats each."}
	fr := []string{"La flotte compte 2 Caravelle restaurées par l'association."}
	runBlindCases(t, []blindCase{
		{"en", en, "Being named the South West's Independent Bookshop of the Year meant the world to us.", true},
		{"en", en, "Being named the North East's Independent Bookshop of the Year meant the world to us.", false},
		{"en", en, "We fly a fleet of 4 Twin Otters.", true},
		{"en", en, "We fly a fleet of 4 Twin Islanders.", false},
		{"fr", fr, "Nos 2 Caravelles restaurées vous attendent.", true},
		{"fr", fr, "Nos 2 Concordes restaurés vous attendent.", false},
	})
}

// The end of a range of bare figures is checked against the facts' range
// with the same start: "ages 3 to 10" for "ages 3 to 7" is contradicted
// even when the facts state a 10 elsewhere, with the whole range suggested.
func TestRangeEnd(t *testing.T) {
	en := []string{"Children's story time is free and for ages 3 to 7.", "10 stamps give £10 off."}
	fr := []string{"L'atelier est gratuit et pour les 3 à 7 ans.", "10 tampons donnent 10 € de remise."}
	runBlindCases(t, []blindCase{
		{"en", en, "Story time for ages 3 to 7, free!", true},
		{"fr", fr, "L'atelier pour les 3 à 7 ans, gratuit !", true},
	})
	for _, tc := range []struct{ lang, post, want, sugg string }{
		{"en", "Story time for ages 3 to 10, free!", "3 to 10", "3 to 7"},
		{"fr", "L'atelier pour les 3 à 10 ans, gratuit !", "3 à 10", "3 à 7"},
	} {
		facts := en
		if tc.lang == "fr" {
			facts = fr
		}
		r := check(t, tc.lang, facts, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Text != tc.want || r.Findings[0].Kind != Contradicted || r.Findings[0].Suggestion != tc.sugg {
			t.Errorf("%s %q: want %q contradicted with %q, got %+v", tc.lang, tc.post, tc.want, tc.sugg, r.Findings)
		}
	}
}

// A medal of another colour than the facts' is contradicted, the colour
// suggested; the stated colour passes.
func TestMedalColour(t *testing.T) {
	fr := []string{"Le comté Réserve 24 mois a reçu une médaille d'or au Concours général agricole de Paris 2026."}
	en := []string{"Our Reserve cheddar won a gold medal at the World Cheese Awards 2025."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Notre Réserve 24 mois, médaille d'or au Concours général agricole 2026 !", true},
		{"en", en, "Our Reserve cheddar, gold medal winner at the World Cheese Awards 2025!", true},
	})
	for _, tc := range []struct {
		lang  string
		facts []string
		post  string
		want  string
		sugg  string
	}{
		{"fr", fr, "Notre Réserve 24 mois, médaille d'argent au Concours général agricole 2026 !", "médaille d'argent", "médaille d'or"},
		{"en", en, "Our Reserve cheddar, silver medal winner at the World Cheese Awards 2025!", "silver medal", "gold medal"},
	} {
		r := check(t, tc.lang, tc.facts, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Text != tc.want || r.Findings[0].Kind != Contradicted || r.Findings[0].Suggestion != tc.sugg {
			t.Errorf("%s %q: want %q contradicted with %q, got %+v", tc.lang, tc.post, tc.want, tc.sugg, r.Findings)
		}
	}
}

// "Sans minimum d'achat", "no minimum spend" is contradicted when the fact
// about the offer sets a minimum (500 g, £25), even when another fact says
// "au minimum 12 mois"; a fact waiving the minimum backs it.
func TestNoMinimumWhenOneIsSet(t *testing.T) {
	fr := []string{"Le comté est affiné au minimum 12 mois.", "En juin, le comté Réserve est à -15 % à la boutique, à partir de 500 g achetés."}
	frNone := []string{"Le comté est affiné au minimum 12 mois.", "En juin, le comté Réserve est à -15 % à la boutique, sans minimum d'achat."}
	en := []string{"Our cheddar is aged for a minimum of 12 months.", "Local delivery within Bristol is free on orders over £25."}
	enNone := []string{"Our cheddar is aged for a minimum of 12 months.", "Local delivery within Bristol is free with no minimum spend."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "En juin, -15 % sur le comté Réserve à la boutique, sans minimum d'achat !", false},
		{"fr", frNone, "En juin, -15 % sur le comté Réserve à la boutique, sans minimum d'achat !", true},
		{"en", en, "Local delivery within Bristol is free, no minimum spend!", false},
		{"en", enNone, "Local delivery within Bristol is free, no minimum spend!", true},
	})
}
