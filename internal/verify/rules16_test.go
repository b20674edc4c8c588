package verify

import (
	"context"
	"testing"
)

// Tests for the general causes of holdout16's first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A clock time is never a stated time times a count of the sentence.
func TestClockTimeIsNoProduct(t *testing.T) {
	facts := []string{"Les cours collectifs ont lieu 6 matinées de 9h à 11h30, pour 189 €.", "Le Club Piou-Piou accueille les enfants 2h par jour."}
	if r := check(t, "fr", facts, "Cours collectifs : 6 matinées de 9h à 11h30 pour 189 € !"); r.Verdict != Pass {
		t.Errorf("stated course flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Cours collectifs : 6 matinées de 9h à 12h !"); r.Verdict == Pass {
		t.Errorf("wrong end time not flagged")
	}
}

// "Tous les jours" said of what a fact says is open every day is backed,
// whatever other facts close on some days.
func TestEveryDayOfTheRightThing(t *testing.T) {
	facts := []string{"Les cours collectifs ont lieu du dimanche au vendredi.", "Le bureau est ouvert tous les jours de 8h à 18h30 pendant la saison."}
	if r := check(t, "fr", facts, "Le bureau vous accueille tous les jours de 8h à 18h30 !"); r.Verdict != Pass {
		t.Errorf("stated every day flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Cours collectifs tous les jours de 9h à 11h30 !"); r.Verdict != Fail {
		t.Errorf("courses every day: %+v", r.Findings)
	}
}

// The head of a stated compound name is that name.
func TestHeadOfACompoundName(t *testing.T) {
	facts := []string{"L'école enseigne le ski à Saint-Colomban-les-Neiges depuis 1987."}
	if r := check(t, "fr", facts, "Plus de 35 ans sur les pistes de Saint-Colomban 🎿"); r.Verdict != Pass {
		t.Errorf("head of a stated name flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Plus de 35 ans sur les pistes de Saint-Sorlin 🎿"); r.Verdict == Pass {
		t.Errorf("another place not flagged")
	}
}

// A month a fact names with its year counts its weekdays like a dated one.
func TestWeekdaysOfAStatedMonth(t *testing.T) {
	facts := []string{"In February 2027, Saturday classes run on the 6th, 13th, 20th and 27th."}
	if r := check(t, "en", facts, "4 Saturday classes this February. Which one's yours? 📅"); r.Verdict != Pass {
		t.Errorf("four Saturdays flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "5 Saturday classes this February!"); r.Verdict == Pass {
		t.Errorf("five Saturdays not flagged")
	}
}

// "Over 600" restates "600+".
func TestOverForAtLeast(t *testing.T) {
	facts := []string{"We are rated 4.9 out of 5 from 600+ Google reviews."}
	if r := check(t, "en", facts, "Rated 4.9/5 from over 600 Google reviews ⭐"); r.Verdict != Pass {
		t.Errorf("restated lower bound flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Rated 4.9/5 from over 900 Google reviews ⭐"); r.Verdict == Pass {
		t.Errorf("false lower bound not flagged")
	}
}

// A party supposed with an indefinite article is no claim; "our team of N" is.
func TestSupposedParty(t *testing.T) {
	facts := []string{"Private classes for groups of 6 to 10 cost £85 per person.", "Our team has 12 chefs."}
	if r := check(t, "en", facts, "Private class? £85 each. A group of 8 is £680 👥"); r.Verdict != Pass {
		t.Errorf("supposed party flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "A group of 8 is £720!"); r.Verdict == Pass {
		t.Errorf("wrong price for the party not flagged")
	}
	if r := check(t, "en", facts, "Meet our team of 15 chefs!"); r.Verdict == Pass {
		t.Errorf("wrong team size not flagged")
	}
}

// A customer's quoted words and their signature claim nothing; the brand's
// own superlative and a partner's name still do.
func TestQuotedReviewAndSignature(t *testing.T) {
	facts := []string{"The Copper Pan is a cookery school in Bath, founded in 2016 by chef Marcus Bell."}
	if r := check(t, "en", facts, "\"Best birthday present ever. I still make Marcus's pad thai every week!\" — Hannah, Bristol 💛"); r.Verdict != Pass {
		t.Errorf("quoted review flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "The best cookery school in England, now with Jamie Oliver!"); r.Verdict == Pass {
		t.Errorf("brand superlative and partner not flagged")
	}
}

// "Made by hand" is a label the facts must give, in any of its forms.
func TestHandmadeLabel(t *testing.T) {
	facts := []string{"Chaque meuble est unique et fabriqué à la main par Léa Morin.", "Les montures sont fabriquées en France par 3 lunetiers du Jura."}
	if r := check(t, "fr", facts, "Chaque pièce est unique, faite main par Léa 🌊"); r.Verdict != Pass {
		t.Errorf("stated handmade flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", []string{"Les montures sont fabriquées en France par 3 lunetiers du Jura."}, "Montures fabriquées à la main dans le Jura !"); r.Verdict != Warn {
		t.Errorf("unstated handmade: %+v", r.Findings)
	}
}

// "Sans rendez-vous", "no booking needed" is contradicted by a fact that
// requires booking, and left alone otherwise.
func TestNoBooking(t *testing.T) {
	fr := []string{"Le contrôle de la vue est gratuit et dure environ 20 minutes, sur rendez-vous.", "La boutique est ouverte du mardi au samedi."}
	r := check(t, "fr", fr, "Contrôle de la vue gratuit, sans rendez-vous !")
	if len(r.Findings) != 1 || r.Findings[0].Text != "sans rendez-vous" || r.Findings[0].Kind != Contradicted {
		t.Errorf("no appointment: %+v", r.Findings)
	}
	en := []string{"Bikes travel free, but must be booked in advance."}
	if r := check(t, "en", en, "Bikes travel free, no booking needed 🚲"); r.Verdict != Fail {
		t.Errorf("no booking: %+v", r.Findings)
	}
	if r := check(t, "en", []string{"The café serves hot food until 3pm."}, "Drop in at the café, no booking needed ☕"); r.Verdict != Pass {
		t.Errorf("no booking where the facts require none flagged: %+v", r.Findings)
	}
}

// "L'offre deuxième paire" names a promotion; it gives nothing away.
func TestOfferNounGivesNothing(t *testing.T) {
	in := Input{Lang: "fr", Brief: "Promouvoir l'offre deuxième paire de janvier 2027.",
		Facts: []Fact{{Text: "Du 4 au 30 janvier 2027, la deuxième paire de lunettes est à 1 € pour l'achat d'une paire de lunettes de vue."}},
		Post:  "La 2e paire offerte en janvier !"}
	r, err := ruleChecker.Check(context.Background(), in) // the rule, whatever the model makes of it
	if err != nil || r.Verdict != Fail {
		t.Errorf("free second pair: %v %+v", err, r.Findings)
	}
	in.Post = "Votre 2e paire à 1 € en janvier 👓"
	if r, err := Check(context.Background(), in); err != nil || r.Verdict != Pass {
		t.Errorf("stated offer flagged: %v %+v", err, r.Findings)
	}
}

// A dated day inside a period is checked against the days of the activity
// said to happen on it.
func TestWeekdayOfADayInAPeriod(t *testing.T) {
	facts := []string{"Pendant les vacances, du 6 février au 7 mars 2027, les cours ont lieu tous les matins.", "Les médailles sont remises le vendredi après le dernier cours."}
	if r := check(t, "fr", facts, "Remise des médailles le vendredi 12 février 🏅"); r.Verdict != Pass {
		t.Errorf("medals on a Friday flagged: %+v", r.Findings)
	}
	r := check(t, "fr", facts, "Remise des médailles le samedi 13 février ! 🏅")
	if len(r.Findings) != 1 || r.Findings[0].Kind != Contradicted {
		t.Errorf("medals on a Saturday: %+v", r.Findings)
	}
}

// A saving against a product is worked out only when the writer announces a
// saving; otherwise a wrong price is not explained away by chance arithmetic.
func TestSavingNeedsACue(t *testing.T) {
	facts := []string{"Adult matchday tickets cost £18.", "A half-season ticket for the remaining 11 home games costs £150."}
	if r := check(t, "en", facts, "Half-season ticket for the last 15 home games: just £120!"); r.Verdict != Fail {
		t.Errorf("wrong season ticket: %+v", r.Findings)
	}
	aq := []string{"L'entrée coûte 5,20 € ; la carte de 10 entrées coûte 42 €."}
	if r := check(t, "fr", aq, "La carte de 10 entrées à 42 €, soit 10 € d'économie par rapport à 10 entrées à 5,20 € !"); r.Verdict != Pass {
		t.Errorf("announced saving flagged: %+v", r.Findings)
	}
}

// A family price: two stated prices times two counts of people the post
// names, cue or not; a wrong total is still flagged.
func TestFamilyTotal(t *testing.T) {
	facts := []string{"An adult foot-passenger return costs £24 and a child return (ages 5 to 15) costs £12."}
	if r := check(t, "en", facts, "Two adults and two children on foot: £72 return."); r.Verdict != Pass {
		t.Errorf("family total flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Two adults and two children on foot: £80 return."); r.Verdict == Pass {
		t.Errorf("wrong family total not flagged")
	}
}

// A price list that ends with its period makes each of its prices monthly.
func TestMonthlyPriceList(t *testing.T) {
	facts := []string{"Plans cost £12 (Starter), £29 (Growth) and £59 (Scale) per month, excluding VAT.", "Paying annually gives 2 months free."}
	if r := check(t, "en", facts, "Pay annually and get 2 months free: the Growth plan comes to £290 a year instead of £348."); r.Verdict != Pass {
		t.Errorf("yearly prices of a monthly list flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Pay annually: the Growth plan comes to £250 a year!"); r.Verdict == Pass {
		t.Errorf("wrong yearly price not flagged")
	}
}

// "1 h avant" is an offset, a length of time, and "une heure" its spelled form.
func TestHourOffsets(t *testing.T) {
	facts := []string{"Les portes ouvrent une heure avant chaque concert."}
	if r := check(t, "fr", facts, "• Ouverture des portes 1 h avant chaque concert"); r.Verdict != Pass {
		t.Errorf("stated offset flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Ouverture des portes 2h avant chaque concert !"); r.Verdict != Fail {
		t.Errorf("wrong offset: %+v", r.Findings)
	}
	if r := check(t, "fr", []string{"Le taux horaire est de 25 €."}, "Pour une heure de main-d'œuvre, 25 € seulement !"); r.Verdict != Pass {
		t.Errorf("an hour as a unit flagged: %+v", r.Findings)
	}
}

// "Six days a week" counts the days a fact names.
func TestDaysAWeek(t *testing.T) {
	facts := []string{"Lessons run Monday to Saturday, 7 am to 8 pm."}
	if r := check(t, "en", facts, "Our instructors are on the road six days a week 🚦"); r.Verdict != Pass {
		t.Errorf("six days a week flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", []string{"Les cours ont lieu du lundi au samedi."}, "On vous accueille 5 jours sur 7 !"); r.Verdict == Pass {
		t.Errorf("wrong days a week not flagged")
	}
}

// The weekdays of a stated weekend range, listed, are days of that event.
func TestWeekdaysOfARange(t *testing.T) {
	facts := []string{"Le week-end Bruit Blanc a lieu du vendredi 16 au dimanche 18 octobre 2026, avec 12 artistes.", "Le guichet est ouvert du mercredi au samedi de 14h à 19h."}
	if r := check(t, "fr", facts, "Bruit Blanc : vendredi, samedi, dimanche, 12 artistes !"); r.Verdict != Pass {
		t.Errorf("days of the weekend flagged: %+v", r.Findings)
	}
}

// "Puis 85 autres concerts" is the rest of a stated season of 86.
func TestOthersOfATotal(t *testing.T) {
	facts := []string{"La saison 2026-2027 compte 86 concerts.", "La saison s'ouvre le vendredi 25 septembre 2026 avec Lou Ardent."}
	if r := check(t, "fr", facts, "Ouverture le vendredi 25 septembre avec Lou Ardent, puis 85 autres concerts 🔥"); r.Verdict != Pass {
		t.Errorf("the rest of the season flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Ouverture avec Lou Ardent, puis 95 autres concerts !"); r.Verdict == Pass {
		t.Errorf("a wrong rest not flagged")
	}
}

// "Rentabilisée dès le 3e concert" is a break-even written as a rank.
func TestBreakEvenRank(t *testing.T) {
	facts := []string{"La Carte Métronome coûte 15 € et donne 5 € de réduction sur chaque billet.", "Les moins de 26 ans paient la Carte Métronome 8 €."}
	if r := check(t, "fr", facts, "La Carte, rentabilisée dès le 3e concert, et dès le 2e si vous avez moins de 26 ans 😉"); r.Verdict != Pass {
		t.Errorf("break-even ranks flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "La Carte, rentabilisée dès le 6e concert !"); r.Verdict == Pass {
		t.Errorf("a wrong break-even rank not flagged")
	}
}
