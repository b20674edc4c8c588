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

// "a savings of $85" beside the $520 a fact sets against $595: a saving said
// next to a price of a stated sale is that sale's saving, even when another
// fact prices something at that figure (a grant of up to €500); the right
// saving, the writer's multiple of it and the other fact's figure said of
// its own thing pass.
func TestSavingOfStatedSale(t *testing.T) {
	en := []string{"Adults who register by Monday, September 14, 2026 pay $520 instead of $595 for the full-season membership.", "A junior membership costs $85 for under-12s."}
	en2 := []string{"During the campaign, a pair of Clarity 5 hearing aids costs €2,390 instead of €2,790.", "Customers eligible for the PRSI scheme can receive up to €500 per hearing aid."}
	fr := []string{"Jusqu'au 15 novembre, l'abonnement annuel adulte est à 549 $ au lieu de 649 $.", "L'entrée à la journée coûte 24 $."}
	runBlindCases(t, []blindCase{
		{"en", en, "⏰ Early-bird pricing: adult memberships $520, a savings of $75!", true},
		{"en", en, "⏰ Early-bird pricing: adult memberships $520, a savings of $85!", false},
		{"en", en2, "Clarity 5 pair now €2,390 (was €2,790), that's €400 off!", true},
		{"en", en2, "Clarity 5 pair now €2,390 (was €2,790), that's €500 off!", false},
		{"en", en2, "With PRSI you can save up to €500 per hearing aid.", true},
		{"fr", fr, "L'abonnement annuel à 549 $ au lieu de 649 $, soit 100 $ d'économie !", true},
		{"fr", fr, "L'abonnement annuel à 549 $ : économisez 150 $ !", false},
		{"fr", fr, "L'abonnement annuel à 549 $ au lieu de 649 $ : 24 $ de réduction !", false},
	})
	for _, tc := range []struct {
		lang  string
		facts []string
		post  string
		want  string
	}{
		{"en", en, "⏰ Early-bird pricing: adult memberships $520, a savings of $85!", "$75"},
		{"fr", fr, "L'abonnement annuel à 549 $ : économisez 150 $ !", "100 $"},
	} {
		r := check(t, tc.lang, tc.facts, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Suggestion != tc.want {
			t.Errorf("%s %q: want one finding suggesting %q, got %+v", tc.lang, tc.post, tc.want, r.Findings)
		}
	}
	// the writer's multiple of the sale's saving is no other saving
	r := check(t, "en", en, "Two adult memberships at $520 each: you save $150 together!")
	for _, f := range r.Findings {
		if f.Text == "$150" && f.Kind == Contradicted {
			t.Errorf("twice the saving contradicted: %+v", f)
		}
	}
}

func TestMoneyLike(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    float64
		lang string
		want string
	}{
		{"€500", 400, "en", "€400"},
		{"$1,500", 1200, "en", "$1,200"},
		{"1 500 €", 1200.5, "fr", "1 200,50 €"},
		{"85 $", 75, "fr", "75 $"},
		{"£12.50", 7.25, "en", "£7.25"},
	} {
		if got := moneyLike(tc.text, tc.v, tc.lang); got != tc.want {
			t.Errorf("moneyLike(%q, %v) = %q, want %q", tc.text, tc.v, got, tc.want)
		}
	}
}

// "€2,290 (was €2,790)" for a sale the facts give at €2,390 instead of
// €2,790: a price no fact gives, beside the usual price of a stated sale, is
// that sale's price; a wrong usual price beside the sale price likewise.
func TestPriceOfStatedSale(t *testing.T) {
	en := []string{"During the campaign, a pair of Clarity 5 hearing aids costs €2,390 instead of €2,790."}
	fr := []string{"Jusqu'au 31 août, le cours semestriel de groupe est à 357 € au lieu de 420 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Clarity 5 pair now €2,390 (was €2,790)!", true},
		{"en", en, "Clarity 5 pair now €2,290 (was €2,790)!", false},
		{"en", en, "Clarity 5 pair now €2,390 (was €2,990)!", false},
		{"fr", fr, "Cours de groupe : 357 € au lieu de 420 € jusqu'au 31 août !", true},
		{"fr", fr, "Cours de groupe : 347 € au lieu de 420 € jusqu'au 31 août !", false},
		{"fr", fr, "Cours de groupe : 357 € au lieu de 450 € jusqu'au 31 août !", false},
	})
	for _, tc := range []struct {
		lang  string
		facts []string
		post  string
		want  string
	}{
		{"en", en, "Clarity 5 pair now €2,290 (was €2,790)!", "€2,390"},
		{"en", en, "Clarity 5 pair now €2,390 (was €2,990)!", "€2,790"},
		{"fr", fr, "Cours de groupe : 347 € au lieu de 420 € jusqu'au 31 août !", "357 €"},
	} {
		r := check(t, tc.lang, tc.facts, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Suggestion != tc.want {
			t.Errorf("%s %q: want one finding suggesting %q, got %+v", tc.lang, tc.post, tc.want, r.Findings)
		}
	}
}

// "Open house Sat., Sept. 26, 10 to 2" for the fact's "10 a.m. to 2 p.m.":
// two bare figures joined by a word are a range of hours when one fact
// gives both as clock times, the first earlier; other hours, or a count
// range, are still checked.
func TestSpelledShortHours(t *testing.T) {
	en := []string{"Open house: Saturday, September 26, 2026, 10 a.m. to 2 p.m.; admission is free.", "Teams have 4 players."}
	fr := []string{"Les journées portes ouvertes ont lieu le samedi 5 septembre 2026, de 10 h à 16 h.", "Les groupes comptent 12 participants au maximum."}
	runBlindCases(t, []blindCase{
		{"en", en, "Come to our open house on Sat., Sept. 26, 10 to 2: it's free!", true},
		{"en", en, "Come to our open house on Sat., Sept. 26, 10 to 3: it's free!", false},
		{"en", en, "Come to our open house on Sat., Sept. 26, 9 to 2: it's free!", false},
		{"en", en, "Come to our open house on Sat., Sept. 26: 10 to 2 players a team!", false},
		{"fr", fr, "Portes ouvertes le samedi 5 septembre, de 10 à 16 !", true},
		{"fr", fr, "Portes ouvertes le samedi 5 septembre, de 10 à 18 !", false},
	})
}

// "Our 24th clinic opens on Monday 1 March" when a fact counts 23 clinics
// "before the Kilkenny opening": the one that opens is the next, and then
// there are that many; another rank, or a count without the opening, is
// still checked.
func TestNextAfterOpening(t *testing.T) {
	en := []string{"Before the Kilkenny opening, Harken Hearing has 23 clinics across Ireland.", "A new clinic opens on Monday 1 March 2027 at 22 High Street, Kilkenny."}
	en2 := []string{"Harken Hearing has 23 clinics across Ireland.", "A new clinic opens on Monday 1 March 2027 at 22 High Street, Kilkenny."}
	fr := []string{"Avant l'ouverture de Sherbrooke, le réseau compte 4 centres.", "Le centre de Sherbrooke ouvre le samedi 17 octobre 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "Kilkenny, we're coming! Our 24th clinic opens on Monday 1 March.", true},
		{"en", en, "Kilkenny, we're coming! From 1 March, 24 clinics across Ireland.", true},
		{"en", en, "Kilkenny, we're coming! Our 25th clinic opens on Monday 1 March.", false},
		{"en", en2, "Kilkenny, we're coming! Our 25th clinic opens on Monday 1 March.", false},
		{"fr", fr, "Sherbrooke, on arrive ! Notre 5e centre ouvre le samedi 17 octobre.", true},
		{"fr", fr, "Sherbrooke, on arrive ! Notre 6e centre ouvre le samedi 17 octobre.", false},
	})
}

// "Eight Tuesday nights from Oct. 13" for a programme on Tuesdays from
// October 13 to November 17: a count of a weekday, even spelled, is checked
// against how many of that weekday the dates of the fact about the same
// thing hold, a range or a list of dates ("Two Saturdays" for October 10
// and October 24).
func TestWeekdayCountOfFactDates(t *testing.T) {
	en := []string{"Learn to Curl is a 6-week program on Tuesday evenings, October 13 to November 17, 2026; it costs $129."}
	en2 := []string{"Free flu-shot clinics take place on Saturday, October 10 and Saturday, October 24, 2026, from 9 a.m. to 1 p.m."}
	fr := []string{"L'initiation au curling a lieu le mardi soir, du mardi 13 octobre au mardi 17 novembre 2026, et coûte 129 $."}
	runBlindCases(t, []blindCase{
		{"en", en, "Learn to Curl is back 🥌 Six Tuesday nights from Oct. 13, just $129!", true},
		{"en", en, "Learn to Curl is back 🥌 Eight Tuesday nights from Oct. 13, just $129!", false},
		{"en", en2, "Two Saturdays. Zero cost. Free flu shots on October 10 and October 24!", true},
		{"en", en2, "Three Saturdays. Zero cost. Free flu shots from October 10!", false},
		{"fr", fr, "L'initiation revient 🥌 Six mardis soir dès le 13 octobre, 129 $ !", true},
		{"fr", fr, "L'initiation revient 🥌 Huit mardis soir dès le 13 octobre, 129 $ !", false},
	})
}

// "Cours Premières cordées, 40 $ tout compris" is checked against the
// course's "45 $ équipement inclus", not another fact's price: what a price
// includes is no noun that sets it apart.
func TestPriceWithInclusionMatchesItsFact(t *testing.T) {
	fr := []string{"Le cours d'initiation « Premières cordées » coûte 45 $ équipement inclus et a lieu chaque samedi à 10 h.", "Jusqu'au 15 novembre, l'abonnement annuel adulte est à 549 $ au lieu de 649 $, valable chaque samedi et dimanche."}
	en := []string{"The First Ropes intro course costs $45 gear included and runs every Saturday at 10am.", "Until November 15, the annual adult membership is $549 instead of $649, valid every Saturday and Sunday."}
	for _, tc := range []struct {
		lang  string
		facts []string
		post  string
		want  string
	}{
		{"fr", fr, "Cours Premières cordées, 40 $ tout compris, chaque samedi à 10 h.", "45 $"},
		{"en", en, "First Ropes course, $40 all included, every Saturday at 10am.", "$45"},
	} {
		r := check(t, tc.lang, tc.facts, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Suggestion != tc.want {
			t.Errorf("%s %q: want one finding suggesting %q, got %+v", tc.lang, tc.post, tc.want, r.Findings)
		}
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cours Premières cordées, 45 $ tout compris, chaque samedi à 10 h.", true},
		{"en", en, "First Ropes course, $45 all included, every Saturday at 10am.", true},
	})
}

// "location d'équipement gratuite" when the fact says "l'entrée est gratuite
// pour tous; la location de l'équipement reste payante": a clause after a
// semicolon that says its thing is paid for is not what the gift word is
// said of, and it contradicts the gift; the free entry still passes.
func TestFreebiePaidClause(t *testing.T) {
	fr := []string{"Le jour de l'ouverture, l'entrée est gratuite pour tous; la location de l'équipement reste payante."}
	en := []string{"On opening day, entry is free for everyone; equipment rental remains chargeable."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le jour de l'ouverture, entrée gratuite pour tous !", true},
		{"fr", fr, "Le jour de l'ouverture, location d'équipement gratuite !", false},
		{"en", en, "On opening day, free entry for everyone!", true},
		{"en", en, "On opening day, free equipment rental!", false},
	})
}
