package verify

import "testing"

// Tests for the general causes of the blind5 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// An all-digit date reads month first when the facts write their dates
// month first ("February 6, 2027"), or when only that reading fits the
// weekday written with it; facts that write the day first keep 2/6 the
// 2nd of June.
func TestMonthFirstDates(t *testing.T) {
	us := []string{"An open house takes place on Saturday, February 6, 2027, from 10 am to 2 pm."}
	uk := []string{"An open day takes place on Saturday 6 February 2027, from 10am to 2pm."}
	digits := []string{"Open house: Sat 2/6/2027, 10 am to 2 pm."}
	fr := []string{"La journée portes ouvertes a lieu le samedi 6 février 2027, de 10h à 14h."}
	runBlindCases(t, []blindCase{
		{"en", us, "Open house Sat 2/6, 10am–2pm!", true},
		{"en", us, "Open house Sun 2/6, 10am–2pm!", false},
		{"en", us, "Open house on 2/7, 10am–2pm!", false},
		{"en", uk, "Open day Sat 6/2, 10am–2pm!", true},
		{"en", uk, "Open day Sat 2/6, 10am–2pm!", false},
		{"en", digits, "Open house Sat 2/6, 10am–2pm!", true},
		{"en", digits, "Open house Fri 2/5, 10am–2pm!", false},
		{"fr", fr, "Portes ouvertes samedi 6/02, de 10h à 14h !", true},
		{"fr", fr, "Portes ouvertes samedi 2/06, de 10h à 14h !", false},
	})
}

// A headline in capitals cut by a small word (IS, EST, DE) is shouting all
// along: its last word is no name. Two capital words alone are still one.
func TestShoutedRunWithSmallWords(t *testing.T) {
	en := []string{"The Boxing Day derby against Castlegate RFC kicks off at 2.30 pm on Saturday 26 December 2026."}
	fr := []string{"Le derby contre le Stade Castelnau a lieu le samedi 26 décembre 2026 à 14h30."}
	runBlindCases(t, []blindCase{
		{"en", en, "DERBY DAY IS COMING! Harrowfield v Castlegate, Sat 26 Dec, 2.30pm.", true},
		{"en", en, "Derby day v Castlegate, Sat 26 Dec, 2.30pm, with our sponsor HARTLEY MOTORS!", false},
		{"fr", fr, "LE GRAND DERBY EST DE RETOUR ! Samedi 26 décembre à 14h30.", true},
		{"fr", fr, "Le derby est de retour samedi 26 décembre à 14h30 avec CRÉDIT MUTUEL !", false},
	})
}

// A founding year before 1900 counts for the years elapsed since, as one
// after 1900 does: 2026 − 1887 is 139 years.
func TestYearsSinceOldFounding(t *testing.T) {
	en := []string{"Harrowfield RFC is an amateur rugby club founded in 1887.", "The Boxing Day derby kicks off at 2.30 pm on Saturday 26 December 2026."}
	fr := []string{"Le club de rugby amateur a été fondé en 1887.", "Le derby a lieu le samedi 26 décembre 2026 à 14h30."}
	runBlindCases(t, []blindCase{
		{"en", en, "Nearly 140 years after our founding in 1887, see you at the derby!", true},
		{"en", en, "Over 130 years of rugby since 1887!", true},
		{"en", en, "Over 150 years of rugby since 1887!", false},
		{"fr", fr, "Près de 140 ans après notre fondation en 1887, rendez-vous au derby !", true},
		{"fr", fr, "Plus de 150 ans de rugby depuis 1887 !", false},
	})
}

// An offer that runs during a month runs until its last day ("through Feb.
// 28", the abbreviation's dot being no full stop), not past it.
func TestOfferThroughLastDayOfMonth(t *testing.T) {
	en := []string{"During February 2027, dental cleanings for dogs and cats are 20% off."}
	fr := []string{"Pendant tout le mois de février 2027, les détartrages pour chiens et chats sont à -20 %."}
	runBlindCases(t, []blindCase{
		{"en", en, "20% off dental cleanings through Feb. 28!", true},
		{"en", en, "20% off dental cleanings through Feb 28!", true},
		{"en", en, "20% off dental cleanings through March 15!", false},
		{"en", en, "20% off dental cleanings through Feb. 20!", false},
		{"fr", fr, "Détartrage à -20 % jusqu'au 28 février !", true},
		{"fr", fr, "Détartrage à -20 % jusqu'au 15 mars !", false},
	})
}

// "The 12th Cedar & Paw hospital" counts hospitals: the brand between the
// figure and its noun is not what is counted. French puts the noun first
// ("le 12e cabinet Croc & Patte"), so only the wrong rank is flagged there.
func TestRankPastBrandName(t *testing.T) {
	en := []string{"Before February 2027, Cedar & Paw runs 11 hospitals.", "The 12th Cedar & Paw hospital opens on Monday, February 1, 2027."}
	fr := []string{"Avant février 2027, Croc & Patte compte 11 cabinets.", "Le 12e cabinet Croc & Patte ouvre le lundi 1er février 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our 12th hospital opens Monday, Feb. 1!", true},
		{"en", en, "The 12th Cedar & Paw hospital opens Monday, Feb. 1!", true},
		{"en", en, "Our 14th hospital opens Monday, Feb. 1!", false},
		{"en", en, "The 14th Cedar & Paw hospital opens Monday, Feb. 1!", false},
		{"fr", fr, "Notre 12e cabinet ouvre le lundi 1er février !", true},
		{"fr", fr, "Notre 14e cabinet ouvre le lundi 1er février !", false},
	})
}

// Every day said of the site a fact's clause opens every day, while the
// fact's other clause keeps the other sites to fewer days: true when the
// post names that site, false of the others or round the clock.
func TestEverydayOfNamedSite(t *testing.T) {
	en := []string{"The Alberta Street hospital is open 7 days a week, 8 am to 8 pm; the other hospitals are open Monday to Saturday, 8 am to 6 pm."}
	fr := []string{"Le cabinet de la rue Alsace est ouvert 7j/7, de 8h à 20h ; les autres cabinets sont ouverts du lundi au samedi, de 8h à 18h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Hello, Alberta Street! Our new hospital is here. Open 7 days a week, 8am–8pm.", true},
		{"en", en, "Our hospitals are open 7 days a week, 8am–6pm.", false},
		{"en", en, "Our Alberta Street hospital is open 24/7.", false},
		{"fr", fr, "Bienvenue rue Alsace ! Votre nouveau cabinet est ouvert 7j/7, de 8h à 20h.", true},
		{"fr", fr, "Nos cabinets sont ouverts 7j/7, de 8h à 18h.", false},
	})
	// the brand, in most facts, is no site of its own
	enBrand := []string{"Cedar & Paw Veterinary runs 12 animal hospitals in Portland.", "Cedar & Paw was founded in 2003.", "The Cedar & Paw Alberta Street hospital is open 7 days a week; the other hospitals are open Monday to Saturday."}
	runBlindCases(t, []blindCase{
		{"en", enBrand, "Our Alberta Street hospital is open 7 days a week!", true},
		{"en", enBrand, "Every Cedar & Paw hospital is open 7 days a week!", false},
	})
}

// A sentence that names two years: the figure a fact states outright for
// the same noun is not checked against the other year's fact.
func TestCountOfTwoYearSentence(t *testing.T) {
	fr := []string{"Voituréo compte 4 800 abonnés à fin 2026.", "Selon l'enquête Voituréo 2025 menée auprès de 1 200 abonnés, 41 % ont revendu leur voiture.", "Le lundi 1er février 2027, 20 voitures rejoignent la flotte."}
	en := []string{"Voiturely had 4,800 members at the end of 2026.", "In the Voiturely 2025 survey of 1,200 members, 41% had sold their car.", "On Monday 1 February 2027, 20 cars join the fleet."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Fin 2026, nous comptions 4 800 abonnés, et 41 % des 1 200 abonnés interrogés en 2025 ont revendu leur voiture.", true},
		{"fr", fr, "Fin 2026, nous comptions 5 200 abonnés, et 41 % des 1 200 abonnés interrogés en 2025 ont revendu leur voiture.", false},
		{"en", en, "At the end of 2026 we had 4,800 members, and 41% of the 1,200 members surveyed in 2025 sold their car.", true},
		{"en", en, "At the end of 2026 we had 5,200 members, and 41% of the 1,200 members surveyed in 2025 sold their car.", false},
	})
}

// The usual price set against a sale price ("reg. $320", "au lieu de
// 320 €") is about the sale's item, whatever else the sentence names; the
// same price given to another item is still flagged.
func TestRegularPriceOfSale(t *testing.T) {
	en := []string{"During February 2027, dental cleanings are 20% off: $256 instead of $320.", "The pre-anesthetic exam ($65), required before a dental cleaning, is not discounted."}
	fr := []string{"En février 2027, le détartrage est à 256 € au lieu de 320 €.", "L'examen pré-anesthésique (65 €), obligatoire avant un détartrage, n'est pas remisé."}
	runBlindCases(t, []blindCase{
		{"en", en, "Just $256 (reg. $320), plus the pre-anesthetic exam at $65.", true},
		{"en", en, "Just $256, plus the pre-anesthetic exam at $320.", false},
		{"fr", fr, "L'examen pré-anesthésique reste à 65 € et le soin passe à 256 € au lieu de 320 €.", true},
		{"fr", fr, "Le soin passe à 256 € et l'examen pré-anesthésique à 320 €.", false},
	})
}

// The letters of a model code glued to its figure (R5, EV3) are no name;
// a partner named beside it still is.
func TestModelCodeLetters(t *testing.T) {
	fr := []string{"Le lundi 1er février 2027, 20 Renault 5 électriques rejoignent la flotte.", "Du 1er février au 31 mars 2027, les frais d'inscription de 30 € sont offerts avec le code R5VOLT."}
	en := []string{"On Monday 1 February 2027, 20 Kia EV3 cars join the fleet.", "Until 31 March 2027, the £30 registration fee is waived with the code EV3DRIVE."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Tu réserves une R5 électrique sur l'appli ? Code R5VOLT : frais d'inscription offerts jusqu'au 31 mars !", true},
		{"fr", fr, "Tu réserves une R5 électrique avec notre partenaire Enedis ? Frais d'inscription offerts jusqu'au 31 mars !", false},
		{"en", en, "Book a Kia EV3 in the app! Code EV3DRIVE: no registration fee until 31 March.", true},
		{"en", en, "Book a Kia EV3 with our partner Octopus Energy! No registration fee until 31 March.", false},
	})
}

// "Recevez vos chocolats avant Noël" is a delivery promised by a moment,
// backed by a fact that delivers by it; a wrong order deadline is flagged
// on its own, and a moment no fact delivers by still is.
func TestDeliveryByMoment(t *testing.T) {
	fr := []string{"Les commandes en ligne passées avant le vendredi 18 décembre 2026 à midi sont livrées avant Noël.", "Le coffret Grand Cru (32 chocolats) coûte 39 €."}
	en := []string{"Online orders placed before noon on Friday 18 December 2026 are delivered before Christmas.", "The Grand Cru box (32 chocolates) costs £39."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Commandez avant le vendredi 18 décembre à midi et recevez vos chocolats avant Noël !", true},
		{"fr", fr, "Commandez jusqu'au lundi 21 décembre et recevez vos chocolats avant Noël !", false},
		{"fr", fr, "Commandez en ligne et recevez vos chocolats avant le Nouvel An !", false},
		{"en", en, "Order by Friday 18 December and receive your chocolates before Christmas!", true},
		{"en", en, "Order by Monday 21 December and receive your chocolates before Christmas!", false},
		{"en", en, "Order online and receive your chocolates before Easter!", false},
	})
}

// A bound on a count a fact states outright is judged by that figure, not
// by a product worked out from other facts (12th hospital × 64 vets), and
// its suggestion is the count nearest the bound, not a survey's sample.
func TestFalseBoundOnStatedCount(t *testing.T) {
	en := []string{"The 12th Cedar & Paw hospital opens on Monday, February 1, 2027.", "Cedar & Paw's 64 veterinarians treated 58,300 pets in 2025."}
	fr := []string{"Avant février 2027, la flotte compte 140 voitures.", "Voituréo compte 4 800 abonnés à fin 2026.", "Selon l'enquête Voituréo 2025 menée auprès de 1 200 abonnés, 41 % ont revendu leur voiture personnelle."}
	runBlindCases(t, []blindCase{
		{"en", en, "Cedar & Paw now counts more than 60 veterinarians.", true},
		{"en", en, "Cedar & Paw now counts more than 80 veterinarians.", false},
		{"fr", fr, "Voituréo, c'est 140 voitures et désormais plus de 4 500 abonnés.", true},
		{"fr", fr, "Voituréo, c'est 140 voitures et désormais plus de 5 000 abonnés.", false},
	})
	r := check(t, "fr", fr, "Voituréo, c'est 140 voitures et désormais plus de 5 000 abonnés.")
	if len(r.Findings) != 1 || r.Findings[0].Text != "plus de 5 000" || r.Findings[0].Suggestion != "4 800" {
		t.Errorf("want plus de 5 000 → 4 800, got %+v", r.Findings)
	}
}

// A changed price is not backed by twice another price of the post (7 € is
// 3,50 € + 3,50 €): a saving adds to a price, never a price to itself.
func TestPriceNotTwiceAnother(t *testing.T) {
	fr := []string{"L'abonnement Essentiel coûte 9 € par mois ; les trajets sont ensuite facturés 3,50 € de l'heure et 0,35 € du km."}
	en := []string{"The Essential plan costs £9 a month; trips are then charged £3.50 an hour and £0.35 a mile."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Abonnement Essentiel à 9 € par mois, puis 3,50 €/h et 0,35 €/km.", true},
		{"fr", fr, "Abonnement Essentiel à 7 € par mois, puis 3,50 €/h et 0,35 €/km.", false},
		{"en", en, "Essential plan at £9 a month, then £3.50/h and £0.35/mile.", true},
		{"en", en, "Essential plan at £7 a month, then £3.50/h and £0.35/mile.", false},
	})
}

// "Sans franchise", "no excess": a charge denied, contradicted by a fact
// that sets it with an amount, backed by a fact that denies it too.
func TestChargeDenied(t *testing.T) {
	fr := []string{"L'assurance tous risques est incluse dans le prix, avec une franchise de 500 €."}
	frNone := []string{"L'assurance tous risques est incluse dans le prix, sans franchise."}
	en := []string{"Comprehensive insurance is included in the price, with a £500 excess."}
	enNone := []string{"Comprehensive insurance is included in the price, with no excess."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "L'assurance tous risques est incluse, avec une franchise de 500 €.", true},
		{"fr", fr, "L'assurance tous risques est incluse, sans franchise !", false},
		{"fr", frNone, "L'assurance tous risques est incluse, sans franchise !", true},
		{"en", en, "Comprehensive insurance is included, with a £500 excess.", true},
		{"en", en, "Comprehensive insurance is included, with no excess!", false},
		{"en", enNone, "Comprehensive insurance is included, with no excess!", true},
	})
}

// A relative clause telling what a named person did ("who led the 1st XV
// to promotion", "qui a appris le métier auprès de son grand-père") is
// checked: flagged when three or more of its words are in no fact, not
// when it retells one in other words.
func TestDeedOfNamedPerson(t *testing.T) {
	en := []string{"The 1st XV head coach is Graham Oduya and the club captain is Tom Rennison.", "In the 2026/27 season, the club's 1st XV plays in Regional 1 North East."}
	fr := []string{"Le chef chocolatier de la maison est Thibault Roques, Meilleur Ouvrier de France chocolatier en 2018."}
	runBlindCases(t, []blindCase{
		{"en", en, "Congrats to head coach Graham Oduya, who coached the 1st XV this season!", true},
		{"en", en, "Congrats to head coach Graham Oduya, who led the 1st XV to promotion last season!", false},
		{"en", en, "Thanks to head coach Graham Oduya, who coached the 1st XV this morning!", true},
		{"en", en, "Thanks to captain Tom Rennison, who opened the new season this morning!", true},
		{"fr", fr, "Notre chef Thibault Roques, qui a été sacré Meilleur Ouvrier de France en 2018, vous attend.", true},
		{"fr", fr, "Notre chef Thibault Roques, qui a appris le métier auprès de son grand-père, vous attend.", false},
		{"fr", fr, "Notre chef Thibault Roques, qui a cuisiné ce matin, vous attend.", true},
	})
}
