package verify

import "testing"

// Tests for the general causes of the blind15 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// "Vous êtes élève en lycée agricole ? Terralia, c'est gratuit pour vous":
// a freebie whose subject is only the brand offers what the question before
// names; a question naming people the facts never let in free is flagged.
func TestFreebieNamedSubjectAfterQuestion(t *testing.T) {
	fr := []string{"Le billet adulte coûte 12 € sur place et 9 € en ligne.", "Les élèves et apprentis des lycées agricoles entrent gratuitement sur présentation de leur carte.", "Terralia se tient à Bourges."}
	en := []string{"An adult ticket costs £12 on the day.", "Pupils and apprentices of farming colleges get in free on showing their card.", "Terralia is held in Bourges."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Vous êtes élève ou apprenti en lycée agricole ? 🎓 Terralia, c'est gratuit pour vous sur présentation de votre carte !", true},
		{"fr", fr, "Vous êtes étudiant en master ? 🎓 Terralia, c'est gratuit pour vous !", false},
		{"fr", fr, "Terralia, c'est gratuit pour vous !", false},
		{"en", en, "Studying at a farming college? 🎓 Terralia is free for you on showing your card!", true},
		{"en", en, "Retired? 🎓 Terralia is free for you!", false},
		{"en", en, "Terralia is free for you!", false},
	})
}

// "Kiwi After Dark is BACK!": a word in capitals closing its sentence after
// a copula is what the subject is, shouted, not a name; initials there (WWF)
// and a word in capitals elsewhere in the sentence are still names.
func TestShoutedPredicate(t *testing.T) {
	en := []string{"The guided night tour Kiwi After Dark lasts 2.5 hours.", "The sanctuary is open every day from 9am to 5pm."}
	fr := []string{"Le Marché des Lumières a lieu chaque vendredi soir.", "Le marché est ouvert de 18h à 23h."}
	runBlindCases(t, []blindCase{
		{"en", en, "🥝🌙 Kiwi After Dark is BACK! Open every day from 9am to 5pm.", true},
		{"en", en, "Kiwi After Dark? It's finally BACK 🎉", true},
		{"en", en, "Kiwi After Dark is BACK with WWF!", false},
		{"en", en, "Our partner for Kiwi After Dark is WWF!", false},
		{"fr", fr, "Le Marché des Lumières est DE RETOUR ! Chaque vendredi soir, de 18h à 23h.", true},
		{"fr", fr, "Le Marché des Lumières, c'est PARTI !", true},
		{"fr", fr, "Le Marché des Lumières est organisé par GRDF !", false},
		{"fr", fr, "Le Marché des Lumières est DE RETOUR avec TOTAL !", false},
	})
}

// "2.5 guided hours": a word that qualifies the unit between the figure and
// its unit leaves a length of time, checked as one; a wrong length is still
// flagged.
func TestDurationWithQualifier(t *testing.T) {
	en := []string{"The guided night tour lasts 2.5 hours and costs £95 per adult."}
	fr := []string{"La visite guidée de nuit dure 2,5 heures et coûte 35 € par adulte."}
	runBlindCases(t, []blindCase{
		{"en", en, "Join us for 2.5 guided hours in the sanctuary at night!", true},
		{"en", en, "Join us for 2.5 magical hours at night, £95 per adult.", true},
		{"en", en, "Join us for 3 guided hours in the sanctuary at night!", false},
		{"fr", fr, "Venez vivre 2,5 belles heures de visite guidée de nuit !", true},
		{"fr", fr, "Venez vivre 3 belles heures de visite guidée de nuit !", false},
		{"fr", fr, "Visite guidée de nuit : 2,5 heures, 35 € par adulte.", true},
	})
}

// "Rakau Hills Trust" for the facts' "Rākau Hills Trust": any Latin letter
// loses its mark when folded, macrons and other marks French and English do
// not use included, so a name written without them is the stated one; a
// name with another word is still flagged.
func TestNamesWithoutMarks(t *testing.T) {
	en := []string{"The sanctuary is run by the Rākau Hills Trust, a registered charity.", "The visitor centre is at 212 Kōwhai Gully Road."}
	fr := []string{"Le festival est organisé par l'association Łódź Kraków Jumelage.", "Le concert a lieu à Plzeň le samedi 6 juin 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "Thank you to everyone who supports the Rakau Hills Trust! Find us at 212 Kowhai Gully Road.", true},
		{"en", en, "Thank you to everyone who supports the Rākau Hills Trust!", true},
		{"en", en, "Thank you to everyone who supports the Rakau Valley Trust!", false},
		{"fr", fr, "Merci à l'association Lodz Krakow Jumelage ! Rendez-vous à Plzen le samedi 6 juin.", true},
		{"fr", fr, "Rendez-vous à Brno le samedi 6 juin.", false},
	})
}

// "£20 instead of £25 for the 10K" when one fact prices the 10K at £25 and
// another takes £5 off it: the price less the stated amount off is the
// facts'; another price, or an amount off something else, is still flagged.
func TestAmountOffAnotherFact(t *testing.T) {
	en := []string{"Entry fees are £25 for the 10K and £18 for the 5K.", "Early-bird entries, booked by Sunday 28 February 2027, get £5 off the 10K and the 5K."}
	fr := []string{"L'inscription coûte 25 € pour le 10 km et 18 € pour le 5 km.", "Les inscriptions avant le dimanche 28 février 2027 ont 5 € de réduction sur le 10 km et le 5 km."}
	enOther := []string{"Entry fees are £25 for the 10K and £18 for the 5K.", "Members get £5 off the club hoodie."}
	runBlindCases(t, []blindCase{
		{"en", en, "Enter by 28 Feb and it's £20 instead of £25 for the 10K, or £13 instead of £18 for the 5K.", true},
		{"en", en, "Enter by 28 Feb and it's £15 instead of £25 for the 10K.", false},
		{"en", enOther, "Enter now and it's £20 instead of £25 for the 10K.", false},
		{"fr", fr, "Inscrivez-vous avant le 28 février : 20 € au lieu de 25 € pour le 10 km, 13 € au lieu de 18 € pour le 5 km.", true},
		{"fr", fr, "Inscrivez-vous avant le 28 février : 15 € au lieu de 25 € pour le 10 km.", false},
	})
}

// "we are aiming for £60,000, which is £12,700 more" after last year's
// £47,300: a figure said to be how much more one stated figure is than
// another is their difference; a wrong gap is still flagged.
func TestGapOfPostFigures(t *testing.T) {
	en := []string{"The fundraising target for 2027 is £60,000.", "The 2026 run raised £47,300 from 812 runners."}
	fr := []string{"L'objectif de collecte pour 2027 est de 60 000 €.", "La course 2026 a collecté 47 300 € grâce à 812 coureurs."}
	runBlindCases(t, []blindCase{
		{"en", en, "Last year, 812 runners raised £47,300. This year we are aiming for £60,000, which is £12,700 more.", true},
		{"en", en, "Last year, 812 runners raised £47,300. This year we are aiming for £60,000, which is £15,000 more.", false},
		{"en", en, "This year we are aiming for £60,000, which is £12,700 more than last year.", false},
		{"fr", fr, "L'an dernier, 812 coureurs ont collecté 47 300 €. Cette année, nous visons 60 000 €, c'est 12 700 € de plus !", true},
		{"fr", fr, "L'an dernier, 812 coureurs ont collecté 47 300 €. Cette année, nous visons 60 000 €, c'est 15 000 € de plus !", false},
	})
}

// "ouvertes du lundi au samedi … et fermées le dimanche": a day said closed
// in the plural (fermées, fermés) or as "shut" is not an opening day, so
// "7j/7" is contradicted; the stated days stay backed.
func TestClosedDayPlural(t *testing.T) {
	fr := []string{"Toutes les agences sont ouvertes du lundi au samedi, de 8h à 19h sans interruption, et fermées le dimanche."}
	en := []string{"All our branches are open Monday to Saturday from 8am to 7pm, and shut on Sundays."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Nos agences sont ouvertes 7j/7 de 8h à 19h.", false},
		{"fr", fr, "Nos agences sont ouvertes du lundi au samedi de 8h à 19h.", true},
		{"en", en, "Our branches are open 7 days a week, 8am to 7pm.", false},
		{"en", en, "Our branches are open Monday to Saturday, 8am to 7pm.", true},
	})
}

// "l'hydrologue Claire Vasseur" when the facts write "l'agronome Claire
// Vasseur": the trade set beside a person the facts name is theirs; the
// stated trade, a word that is no trade and a trade the facts give the
// person elsewhere stay unflagged.
func TestTradeBesideName(t *testing.T) {
	fr := []string{"La conférence inaugurale a lieu le jeudi 16 septembre 2027, avec l'agronome Claire Vasseur.", "Le comité est présidé par Jean-Michel Rabier, céréalier à Vierzon ; il est aussi apiculteur."}
	en := []string{"The opening talk on Thursday 16 September 2027 is given by the geologist Claire Vasseur.", "The committee is chaired by John Rabier, beekeeper in Vierzon."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Jeudi 16 septembre, conférence inaugurale avec l'agronome Claire Vasseur !", true},
		{"fr", fr, "Jeudi 16 septembre, conférence inaugurale avec la talentueuse Claire Vasseur !", true},
		{"fr", fr, "Le comité est présidé par Jean-Michel Rabier, apiculteur à Vierzon.", true},
		{"fr", fr, "Jeudi 16 septembre, conférence inaugurale avec l'hydrologue Claire Vasseur !", false},
		{"fr", fr, "Le comité est présidé par Jean-Michel Rabier, éleveur à Vierzon.", false},
		{"en", en, "Thursday 16 September: the opening talk by the geologist Claire Vasseur!", true},
		{"en", en, "Thursday 16 September: the opening talk by the brilliant Claire Vasseur!", true},
		{"en", en, "Thursday 16 September: the opening talk by the hydrologist Claire Vasseur!", false},
		{"en", en, "The committee is chaired by John Rabier, farmer in Vierzon.", false},
	})
}

// "Parking on campus is £5" when a fact makes parking free outright: the
// price of a thing the facts give free is contradicted; a thing free only
// under a condition ("free for under-5s") and priced otherwise is not.
func TestPricedWhenFree(t *testing.T) {
	en := []string{"Parking on campus is free on race day, and bag drop is free.", "Entry fees are £25 for the 10K and £18 for the 5K.", "Entry is free for under-5s.", "Early-bird entries get £5 off the 10K."}
	fr := []string{"Le parking de 3 000 places est gratuit.", "La navette depuis la gare coûte 5 €.", "Le billet adulte coûte 12 € ; l'entrée est gratuite pour les moins de 16 ans."}
	runBlindCases(t, []blindCase{
		{"en", en, "Parking on campus is £5 on race day, bag drop free.", false},
		{"en", en, "Parking on campus is free on race day, and the 10K costs £25.", true},
		{"en", en, "Entry is £25 for the 10K and free for under-5s.", true},
		{"fr", fr, "Le parking est à 5 € la journée.", false},
		{"fr", fr, "Parking gratuit de 3 000 places, billet adulte à 12 €.", true},
		{"fr", fr, "L'entrée est à 12 € pour les adultes, gratuite pour les moins de 16 ans.", true},
	})
}

// "la location est possible dès 18 ans" when the company was founded 18
// years ago and the minimum age is 21: an age from which something is open
// is not backed by years elapsed since a stated year; the stated minimum
// age still is.
func TestFromAgeNotElapsedYears(t *testing.T) {
	fr := []string{"Vanelia Location a été fondée en 2009 à Nantes.", "La 38e agence ouvre le lundi 1er mars 2027 à Angers.", "L'âge minimum pour louer est de 21 ans ; les conducteurs de moins de 25 ans paient un supplément."}
	en := []string{"Vanelia was founded in 2009 in Nantes.", "The 38th branch opens on Monday 1 March 2027 in Angers.", "The minimum age to rent is 21 years; drivers under 25 pay a young driver surcharge."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Bonne nouvelle : la location est possible dès 18 ans !", false},
		{"fr", fr, "Bonne nouvelle : la location est possible dès 21 ans !", true},
		{"fr", fr, "Vanelia Location, fondée en 2009 : 18 ans d'expérience !", true},
		{"en", en, "Good news: you can rent from 18 years old!", false},
		{"en", en, "Good news: you can rent from 21 years old!", true},
	})
}

// "dans le hall 5. Billets : …": a number glued to the dot that ends its
// sentence is checked; a numbered list ("1. Book online 2. Collect …")
// still is not.
func TestSentenceEndNumberNotListItem(t *testing.T) {
	fr := []string{"Le concours a lieu le samedi 18 septembre 2027 dans le hall 2.", "Les billets sont en vente en ligne."}
	en := []string{"The show is on Saturday 18 September 2027 at gate 2.", "Tickets are sold online."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le concours, samedi 18 septembre dans le hall 7. Billets en ligne !", false},
		{"fr", fr, "1. Achetez vos billets en ligne 2. Venez samedi 18 septembre au hall 2 !", true},
		{"en", en, "The show is on Saturday 18 September at gate 7. Tickets online!", false},
		{"en", en, "1. Buy tickets online 2. Come on Saturday 18 September to gate 2!", true},
	})
}

// "les charolaises du concours régional dans le hall 3" when the fact about
// the show puts it in hall 2: a numbered room is checked against the fact
// that best matches its sentence; the stated one, and another hall said of
// what another fact puts there, are not flagged.
func TestDesignatorOfOtherFact(t *testing.T) {
	fr := []string{"Le salon réunit 640 exposants dans 4 halls : machinisme agricole (hall 1), élevage (hall 2), semences et agronomie (hall 3), produits du terroir (hall 4).", "Le Concours régional de la race charolaise réunit 180 bovins le samedi 18 septembre 2027 dans le hall 2."}
	en := []string{"The fair has 4 halls: machinery (hall 1), livestock (hall 2), seeds and agronomy (hall 3), local produce (hall 4).", "The regional Charolais cattle show brings 180 cattle on Saturday 18 September 2027 to hall 2."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Samedi 18 septembre, venez admirer les charolaises du concours régional dans le hall 3 !", false},
		{"fr", fr, "Samedi 18 septembre, venez admirer les charolaises du concours régional dans le hall 2 !", true},
		{"fr", fr, "Semences et agronomie : rendez-vous dans le hall 3 !", true},
		{"en", en, "On Saturday 18 September, see the Charolais cattle of the regional show in hall 3!", false},
		{"en", en, "On Saturday 18 September, see the Charolais cattle of the regional show in hall 2!", true},
		{"en", en, "Seeds and agronomy: head to hall 3!", true},
	})
}

// "Every tour guarantees a kiwi sighting" when a fact says the sanctuary
// "does not guarantee a kiwi sighting": the verb of guarantee promises its
// object, contradicted by a fact that denies it; the same words without
// the promise, or a denial kept, are not flagged.
func TestGuaranteeVerbDenied(t *testing.T) {
	en := []string{"The night tour runs on Thursdays; the sanctuary does not guarantee a kiwi sighting.", "The sanctuary covers 310 hectares."}
	fr := []string{"La visite de nuit a lieu le jeudi ; le sanctuaire ne garantit pas l'observation d'un kiwi.", "Le sanctuaire couvre 310 hectares."}
	runBlindCases(t, []blindCase{
		{"en", en, "Every tour guarantees a kiwi sighting in 310 hectares of sanctuary!", false},
		{"en", en, "Every tour is a chance of a kiwi sighting in 310 hectares of sanctuary!", true},
		{"en", en, "We can't promise it, and the sanctuary does not guarantee a kiwi sighting, but every tour is magic.", true},
		{"fr", fr, "Chaque visite garantit l'observation d'un kiwi sur 310 hectares !", false},
		{"fr", fr, "Chaque visite est une chance d'observation d'un kiwi sur 310 hectares !", true},
	})
}
