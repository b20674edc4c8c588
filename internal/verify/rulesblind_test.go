package verify

import (
	"strings"
	"testing"
)

// Tests for the general causes of the blind1–3 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A list of prices shares the unit written after its last item, so the
// yearly price with the free months of annual billing is worked out for
// every plan of the list.
func TestListOfMonthlyPrices(t *testing.T) {
	en := []string{"Plans cost £12 (Starter), £29 (Growth) and £59 (Scale) per month.", "Paying annually gives 2 months free."}
	if r := check(t, "en", en, "Pay annually and get 2 months free: Growth comes to £290 a year instead of £348."); r.Verdict != Pass {
		t.Errorf("yearly price of a listed plan flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Pay annually and get 2 months free: Growth comes to £270 a year."); r.Verdict == Pass {
		t.Errorf("wrong yearly price not flagged")
	}
	fr := []string{"Les formules coûtent 9 € (Solo), 19 € (Équipe) et 49 € (Entreprise) par mois.", "Le paiement annuel offre 2 mois."}
	if r := check(t, "fr", fr, "En annuel, 2 mois offerts : la formule Équipe revient à 190 € par an au lieu de 228 €."); r.Verdict != Pass {
		t.Errorf("FR yearly price of a listed plan flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "En annuel, la formule Équipe revient à 170 € par an."); r.Verdict == Pass {
		t.Errorf("FR wrong yearly price not flagged")
	}
}

// A total of several stated prices, each times a count of the post whose
// noun names that price in its fact, is backed without an arithmetic cue.
func TestTotalOfNamedPrices(t *testing.T) {
	en := []string{"An adult return costs £24 and a child return (ages 5 to 15) costs £12."}
	if r := check(t, "en", en, "Family day out? Two adults and two children on foot: £72 return."); r.Verdict != Pass {
		t.Errorf("total of named prices flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Family day out? Two adults and two children on foot: £64 return."); r.Verdict == Pass {
		t.Errorf("wrong total not flagged")
	}
	fr := []string{"Le billet adulte coûte 12 € et le billet enfant 8 €."}
	if r := check(t, "fr", fr, "Sortie en famille avec deux adultes et trois enfants : 48 € en tout."); r.Verdict != Pass {
		t.Errorf("FR total of named prices flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Sortie en famille avec deux adultes et trois enfants : 44 € en tout."); r.Verdict == Pass {
		t.Errorf("FR wrong total not flagged")
	}
}

// "N autres" / "N more" is a stated count less the few the post names first.
func TestOthersOfAStatedCount(t *testing.T) {
	fr := []string{"La saison compte 86 concerts.", "La saison s'ouvre le vendredi 25 septembre 2026 avec le concert de Lou Ardent."}
	if r := check(t, "fr", fr, "Ouverture le 25 septembre avec Lou Ardent, puis 85 autres concerts à vivre !"); r.Verdict != Pass {
		t.Errorf("the other concerts flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Ouverture le 25 septembre avec Lou Ardent, puis 95 autres concerts à vivre !"); r.Verdict == Pass {
		t.Errorf("FR wrong count of others not flagged")
	}
	en := []string{"The season has 86 concerts.", "The season opens on Friday 25 September 2026 with Lou Ardent."}
	if r := check(t, "en", en, "We open on 25 September with Lou Ardent, then 85 more concerts to come!"); r.Verdict != Pass {
		t.Errorf("the other concerts flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "We open on 25 September with Lou Ardent, then 95 more concerts to come!"); r.Verdict == Pass {
		t.Errorf("EN wrong count of others not flagged")
	}
}

// "Six days a week" counts the weekdays of a stated range.
func TestDaysAWeekOfARange(t *testing.T) {
	en := []string{"Lessons run Monday to Saturday, 7 am to 8 pm."}
	if r := check(t, "en", en, "Our instructors are on the road six days a week."); r.Verdict != Pass {
		t.Errorf("six days a week flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Our instructors are on the road five days a week."); r.Verdict == Pass {
		t.Errorf("five days a week not flagged")
	}
	fr := []string{"Les leçons ont lieu du lundi au samedi, de 7h à 20h."}
	if r := check(t, "fr", fr, "Nos moniteurs sont sur la route 6 jours sur 7."); r.Verdict != Pass {
		t.Errorf("FR 6 jours sur 7 flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Nos moniteurs sont sur la route 5 jours par semaine."); r.Verdict == Pass {
		t.Errorf("FR 5 jours par semaine not flagged")
	}
}

// A list of weekdays that spells out a stated range of days is backed.
func TestWeekdayListOfARange(t *testing.T) {
	fr := []string{"Le festival a lieu du vendredi 16 au dimanche 18 octobre 2026, avec 12 artistes.", "Le guichet est ouvert du mercredi au samedi de 14h à 19h."}
	if r := check(t, "fr", fr, "Le festival : vendredi, samedi, dimanche, 12 artistes !"); r.Verdict != Pass {
		t.Errorf("FR days of the festival flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Le guichet est ouvert le dimanche de 14h à 19h."); r.Verdict == Pass {
		t.Errorf("FR wrong day of the desk not flagged")
	}
	en := []string{"The festival runs from Friday 16 to Sunday 18 October 2026, with 12 artists.", "The box office is open Wednesday to Saturday, 2pm to 7pm."}
	if r := check(t, "en", en, "The festival: Friday, Saturday and Sunday, 12 artists!"); r.Verdict != Pass {
		t.Errorf("EN days of the festival flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "The box office is open on Sunday, 2pm to 7pm."); r.Verdict == Pass {
		t.Errorf("EN wrong day of the box office not flagged")
	}
}

// A job given to a person the facts name with another job is contradicted.
func TestRoleOfANamedPerson(t *testing.T) {
	en := []string{"The webinar is hosted by Priya Shah, Head of Product."}
	if r := check(t, "en", en, "Join the webinar with our Head of Product Priya Shah!"); r.Verdict != Pass {
		t.Errorf("stated role flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Join the webinar with our CEO Priya Shah!"); r.Verdict != Fail || !strings.HasPrefix(r.Findings[0].Text, "CEO") { // the job, with the name it is given to
		t.Errorf("wrong role not flagged: %+v", r.Findings)
	}
	fr := []string{"Le directeur de la programmation est Malik Ferreira."}
	if r := check(t, "fr", fr, "Une saison signée Malik Ferreira, notre directeur de la programmation !"); r.Verdict != Pass {
		t.Errorf("FR stated role flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Une saison signée Malik Ferreira, directeur général de la salle !"); r.Verdict != Fail || r.Findings[0].Text != "directeur général" {
		t.Errorf("FR wrong role not flagged: %+v", r.Findings)
	}
}

// A count said of a year (given, or "last year") is checked against the
// fact of that year, not backed as a bound by a larger total.
func TestCountOfItsYear(t *testing.T) {
	fr := []string{"Saint-Aubin est une commune de 8 700 habitants.", "Le vote a lieu du 4 au 24 mai 2026.", "En 2025, 1 940 habitants ont voté au budget participatif."}
	if r := check(t, "fr", fr, "L'an dernier, près de 2 000 habitants ont voté : à vous en 2026 !"); r.Verdict != Pass {
		t.Errorf("FR true figure of last year flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "L'an dernier, plus de 3 000 habitants ont voté !"); r.Verdict != Fail {
		t.Errorf("FR false bound of last year not flagged: %+v", r.Findings)
	}
	en := []string{"Ashby has 8,700 residents.", "Voting runs from 4 to 24 May 2026.", "In 2025, 1,940 residents voted."}
	if r := check(t, "en", en, "Last year, over 1,900 residents voted!"); r.Verdict != Pass {
		t.Errorf("EN true bound of last year flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "In 2025, more than 3,000 residents voted!"); r.Verdict != Fail {
		t.Errorf("EN false bound of 2025 not flagged: %+v", r.Findings)
	}
}

// A range of weekdays, a day added to a list and a day of a less related
// fact are checked against the fact most about the same thing.
func TestDaysOfTheClosestFact(t *testing.T) {
	fr := []string{"Les cours collectifs enfants ont lieu du dimanche au vendredi, de 9h15 à 11h45.", "Le bureau de l'école est ouvert tous les jours."}
	if r := check(t, "fr", fr, "Cours collectifs enfants du dimanche au vendredi ⛷️"); r.Verdict != Pass {
		t.Errorf("FR stated range flagged: %+v", r.Findings)
	}
	r := check(t, "fr", fr, "Cours collectifs enfants du lundi au samedi ⛷️")
	if r.Verdict != Fail || r.Findings[0].Text != "du lundi au samedi" || r.Findings[0].Suggestion != "du dimanche au vendredi" {
		t.Errorf("FR wrong range: %+v", r.Findings)
	}
	en := []string{"Summer Lates run every Friday in July and August 2026, with the zoo open until 9 pm.", "Standard opening hours are 9:30 am to 5:30 pm every day except 25 December.", "Taproom hours: Wednesday to Saturday 12 pm to 11 pm, Sunday 12 pm to 10:30 pm.", "Brewery tours run on Saturdays at 2 pm and last 90 minutes."}
	if r := check(t, "en", en, "Summer Lates every Friday in July and August, open until 9pm!"); r.Verdict != Pass {
		t.Errorf("EN stated day flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Summer Lates every Friday and Saturday in July and August!"); r.Verdict != Fail || r.Findings[0].Text != "Saturday" {
		t.Errorf("EN added day: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Brewery tours every Saturday at 2pm 🍻"); r.Verdict != Pass {
		t.Errorf("EN stated tour day flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Brewery tours every Sunday at 2pm 🍻"); r.Verdict != Fail {
		t.Errorf("EN tour day of the taproom's hours not flagged: %+v", r.Findings)
	}
}

// A clock time said of a day is checked against that day's own hours when
// a fact gives hours day by day; on a range, the range is the error.
func TestTimeOfADay(t *testing.T) {
	fr := []string{"La jardinerie est ouverte du lundi au samedi de 9h à 19h, et le dimanche de 10h à 18h."}
	if r := check(t, "fr", fr, "Ouvert le dimanche jusqu'à 18h et le samedi jusqu'à 19h !"); r.Verdict != Pass {
		t.Errorf("FR stated hours flagged: %+v", r.Findings)
	}
	r := check(t, "fr", fr, "Ouvert le dimanche jusqu'à 19h !")
	if r.Verdict != Fail || r.Findings[0].Text != "19h" || r.Findings[0].Suggestion != "18h" {
		t.Errorf("FR Sunday closing time: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Ouvert du lundi au dimanche de 9h à 19h !"); r.Verdict != Fail || r.Findings[0].Text != "du lundi au dimanche" {
		t.Errorf("FR range with the weekday hours: %+v", r.Findings)
	}
	en := []string{"The shops are open Monday to Saturday from 9am to 6pm, and Sunday from 11am to 4pm."}
	if r := check(t, "en", en, "Open Sundays from 11am, Saturdays until 6pm!"); r.Verdict != Pass {
		t.Errorf("EN stated hours flagged: %+v", r.Findings)
	}
	r = check(t, "en", en, "Open Sundays from 10am!")
	if r.Verdict != Fail || r.Findings[0].Suggestion != "11am" {
		t.Errorf("EN Sunday opening time: %+v", r.Findings)
	}
}

// A figure repeated in the post backs only a figure of the same thing.
func TestRepeatOfAnotherThing(t *testing.T) {
	fr := []string{"Le festival a lieu du 16 au 18 octobre 2026, avec 12 artistes sur 2 scènes.", "Le pass 3 jours coûte 59 €."}
	if r := check(t, "fr", fr, "12 artistes sur 2 scènes, pass 3 jours à 59 € !"); r.Verdict != Pass {
		t.Errorf("FR stated counts flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "12 artistes sur 3 scènes, pass 3 jours à 59 € !"); r.Verdict != Fail {
		t.Errorf("FR wrong stage count backed by the pass: %+v", r.Findings)
	}
	en := []string{"The festival runs from 16 to 18 October 2026, with 12 artists on 2 stages.", "The 3-day pass costs £59."}
	if r := check(t, "en", en, "12 artists on 3 stages, and a 3-day pass for £59!"); r.Verdict != Fail {
		t.Errorf("EN wrong stage count backed by the pass: %+v", r.Findings)
	}
}

// "100%" of a quality a fact gives a smaller share of is a figure.
func TestFullShareOfAQuality(t *testing.T) {
	en := []string{"The bottle is made from 60% recycled glass.", "The festival is cashless."}
	if r := check(t, "en", en, "Our bottle is made from 60% recycled glass ♻️ and the festival is 100% cashless!"); r.Verdict != Pass {
		t.Errorf("EN stated share flagged: %+v", r.Findings)
	}
	r := check(t, "en", en, "Our bottle is made from 100% recycled glass ♻️")
	if r.Verdict != Fail || r.Findings[0].Text != "100%" || r.Findings[0].Suggestion != "60%" {
		t.Errorf("EN full share: %+v", r.Findings)
	}
	fr := []string{"Le flacon est en verre 60 % recyclé."}
	if r := check(t, "fr", fr, "Un flacon en verre 100 % recyclé ♻️"); r.Verdict != Fail {
		t.Errorf("FR full share: %+v", r.Findings)
	}
}

// The count of a stated freebie is the fact's.
func TestCountOfAFreebie(t *testing.T) {
	en := []string{"Learners who book the bundle in March get one free pre-test lesson."}
	if r := check(t, "en", en, "Book the bundle in March and get a free pre-test lesson!"); r.Verdict != Pass {
		t.Errorf("EN stated freebie flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Book the bundle in March and get two free pre-test lessons!"); r.Verdict != Fail || r.Findings[0].Text != "two" {
		t.Errorf("EN two free lessons: %+v", r.Findings)
	}
	fr := []string{"Les élèves qui réservent le forfait en mars reçoivent une leçon offerte."}
	if r := check(t, "fr", fr, "Forfait réservé en mars = une leçon offerte !"); r.Verdict != Pass {
		t.Errorf("FR stated freebie flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Forfait réservé en mars = deux leçons offertes !"); r.Verdict != Fail {
		t.Errorf("FR two free lessons: %+v", r.Findings)
	}
}

// A saving per unit that a fact states is checked, cue or not.
func TestSavingPerUnit(t *testing.T) {
	fr := []string{"La Carte Métronome coûte 15 € et donne 5 € de réduction sur chaque billet."}
	if r := check(t, "fr", fr, "La Carte à 15 € vous fait économiser 5 € sur chaque billet !"); r.Verdict != Pass {
		t.Errorf("FR stated saving flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "La Carte à 15 € vous fait économiser 10 € sur chaque billet !"); r.Verdict != Fail || r.Findings[0].Text != "10 €" {
		t.Errorf("FR wrong saving: %+v", r.Findings)
	}
	en := []string{"The Card costs £15 and gives £5 off every ticket."}
	if r := check(t, "en", en, "The £15 Card saves you £5 on every ticket!"); r.Verdict != Pass {
		t.Errorf("EN stated saving flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "The £15 Card saves you £10 on every ticket!"); r.Verdict != Fail {
		t.Errorf("EN wrong saving: %+v", r.Findings)
	}
}

// A whole season said of an offer the facts hold for a few weeks.
func TestWholeSeason(t *testing.T) {
	fr := []string{"Le blanchiment au fauteuil coûte 390 € ; du 1er au 30 juin 2026, il est à 290 €.", "Le centre est ouvert de juin à septembre."}
	if r := check(t, "fr", fr, "Le blanchiment à 290 € tout le mois de juin !"); r.Verdict != Pass {
		t.Errorf("FR stated month flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Le blanchiment à 290 € tout l'été !"); r.Verdict != Fail {
		t.Errorf("FR whole summer: %+v", r.Findings)
	}
	en := []string{"The terrace bar is open in summer.", "The cocktail offer runs from 1 to 14 July 2026."}
	if r := check(t, "en", en, "The terrace bar is open all summer long!"); r.Verdict != Pass {
		t.Errorf("EN stated season flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Our cocktail offer runs all summer!"); r.Verdict != Fail {
		t.Errorf("EN whole summer: %+v", r.Findings)
	}
}

// "Including X" where the fact says X is not included.
func TestIncludedWhenExcluded(t *testing.T) {
	en := []string{"A car return costs £86, driver and passengers not included.", "Rooms cost £90 a night; breakfast is included in every room rate."}
	if r := check(t, "en", en, "Rooms at £90 a night, including breakfast!"); r.Verdict != Pass {
		t.Errorf("EN stated inclusion flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Car return £86 including driver."); r.Verdict != Fail {
		t.Errorf("EN excluded driver: %+v", r.Findings)
	}
	fr := []string{"Le menu coûte 25 €, boissons non comprises.", "Le dessert est compris dans le menu."}
	if r := check(t, "fr", fr, "Menu à 25 €, y compris le dessert !"); r.Verdict != Pass {
		t.Errorf("FR stated inclusion flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Menu à 25 €, y compris les boissons !"); r.Verdict != Fail {
		t.Errorf("FR excluded drinks: %+v", r.Findings)
	}
}

// Hours "without a break" where the fact gives a break.
func TestContinuousHours(t *testing.T) {
	fr := []string{"L'agence de Dole est ouverte du mardi au samedi, de 9h à 12h30 et de 14h à 18h.", "La boutique en ligne est ouverte de 8h à 20h."}
	if r := check(t, "fr", fr, "La boutique en ligne répond de 8h à 20h sans interruption !"); r.Verdict != Pass {
		t.Errorf("FR continuous hours flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Notre agence de Dole est ouverte du mardi au samedi de 9h à 18h sans interruption."); r.Verdict != Fail {
		t.Errorf("FR hours with a break said continuous: %+v", r.Findings)
	}
	en := []string{"The Dole branch is open Tuesday to Saturday, 9am to 12:30pm and 2pm to 6pm.", "The online shop takes orders from 8am to 8pm."}
	if r := check(t, "en", en, "Our online shop takes orders from 8am to 8pm non-stop!"); r.Verdict != Pass {
		t.Errorf("EN continuous hours flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Our Dole branch is open Tuesday to Saturday, 9am to 6pm without a break."); r.Verdict != Fail {
		t.Errorf("EN hours with a break said continuous: %+v", r.Findings)
	}
}

// "Unlimited places" where the closest fact sets a limit.
func TestUnlimitedAgainstALimit(t *testing.T) {
	fr := []string{"Un atelier gratuit « Réussir son potager » a lieu le samedi 21 mars 2026 ; il est limité à 20 participants, sur inscription.", "Le café est à volonté pour les abonnés."}
	if r := check(t, "fr", fr, "Atelier potager gratuit le samedi 21 mars, 20 participants maximum !"); r.Verdict != Pass {
		t.Errorf("FR stated limit flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Atelier potager gratuit le samedi 21 mars : places illimitées !"); r.Verdict != Fail {
		t.Errorf("FR unlimited places: %+v", r.Findings)
	}
	en := []string{"The free vegetable garden workshop on Saturday 21 March 2026 is limited to 20 participants.", "Members get unlimited coffee."}
	if r := check(t, "en", en, "Members: unlimited coffee all day ☕"); r.Verdict != Pass {
		t.Errorf("EN stated unlimited flagged: %+v", r.Findings)
	}
	en2 := en[:1]
	if r := check(t, "en", en2, "Free vegetable garden workshop on Saturday 21 March: unlimited places!"); r.Verdict != Fail {
		t.Errorf("EN unlimited places: %+v", r.Findings)
	}
}

// A condition denied where the closest fact sets one.
func TestConditionDenied(t *testing.T) {
	fr := []string{"Les 18-25 ans qui ouvrent un premier compte reçoivent une prime de 80 €, à condition d'y domicilier leurs revenus.", "Tous les habitants de 11 ans et plus peuvent voter, sans condition de nationalité."}
	if r := check(t, "fr", fr, "Tous les habitants de 11 ans et plus votent, sans condition de nationalité !"); r.Verdict != Pass {
		t.Errorf("FR stated no-condition flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Ouvre ton premier compte et touche une prime de 80 € sans condition !"); r.Verdict != Fail {
		t.Errorf("FR condition denied: %+v", r.Findings)
	}
	en := []string{"Students who open a first account get an £80 bonus, provided they pay their income into it."}
	if r := check(t, "en", en, "Open your first account and get an £80 bonus, no conditions!"); r.Verdict != Fail {
		t.Errorf("EN condition denied: %+v", r.Findings)
	}
}

// An offer the facts keep to one channel said of both.
func TestBothChannelsOfAnExclusiveOffer(t *testing.T) {
	en := []string{"Launch offer: 20% off Dewdrop with the code DEWDROP20, online only.", "The pop-up shop is open from Friday 6 to Sunday 8 November 2026."}
	if r := check(t, "en", en, "Code DEWDROP20 = 20% off Dewdrop online, and our pop-up opens on 6 November!"); r.Verdict != Pass {
		t.Errorf("EN separate channels flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Code DEWDROP20 = 20% off Dewdrop, online and in our pop-up!"); r.Verdict != Fail {
		t.Errorf("EN both channels: %+v", r.Findings)
	}
	fr := []string{"Offre de lancement : -20 % avec le code LANCE20, uniquement en ligne."}
	if r := check(t, "fr", fr, "Code LANCE20 : -20 % en ligne et en boutique !"); r.Verdict != Fail {
		t.Errorf("FR both channels: %+v", r.Findings)
	}
}

// A channel said to be the only one where the fact gives another.
func TestOnlyChannelOfTwo(t *testing.T) {
	fr := []string{"On vote en ligne sur saintaubin-participe.fr ou sur papier à l'accueil de la mairie.", "Le code promo de printemps est valable uniquement en ligne."}
	if r := check(t, "fr", fr, "Le code promo de printemps, c'est uniquement en ligne !"); r.Verdict != Pass {
		t.Errorf("FR stated only channel flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Vote uniquement en ligne sur saintaubin-participe.fr !"); r.Verdict != Fail {
		t.Errorf("FR only one of two channels: %+v", r.Findings)
	}
	en := []string{"You can vote online at ashby-votes.uk or on paper at the town hall."}
	if r := check(t, "en", en, "Vote online only at ashby-votes.uk!"); r.Verdict != Fail {
		t.Errorf("EN only one of two channels: %+v", r.Findings)
	}
}
