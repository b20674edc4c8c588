package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind31–34: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English.

// "6 € par adulte, gratuit pour les moins de 12 ans": the free thing is the
// priced offer, not who pays its price; inside brackets it is what the
// bracket follows. Free under the fact's own condition is backed, under
// another still flagged.
func TestFreebieAfterPriceAudience(t *testing.T) {
	fr := []string{"Pendant les portes ouvertes, une visite guidée du pressoir et des chais, d'une durée d'1 h 30, part toutes les heures de 10h30 à 16h30 ; elle coûte 6 € par adulte et est gratuite pour les moins de 12 ans."}
	en := []string{"During the open days, a guided tour of the press house and cellars, lasting 1 h 30, leaves every hour from 10:30am to 4:30pm; it costs £6 per adult and is free for children under 12."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Visites guidées du pressoir toutes les heures (6 € par adulte, gratuit pour les moins de 12 ans) !", true},
		{"fr", fr, "1h30 de visite, départ toutes les heures. 6 € pour les grands, gratuit pour les moins de 12 ans !", true},
		{"fr", fr, "Visites guidées du pressoir toutes les heures (6 € par adulte, gratuit pour les moins de 16 ans) !", false},
		{"fr", fr, "1h30 de visite, départ toutes les heures. 6 € pour les grands, gratuit pour les moins de 16 ans !", false},
		{"en", en, "Guided tours of the press house every hour (£6 per adult, free for children under 12)!", true},
		{"en", en, "Guided tours of the press house every hour (£6 per adult, free for children under 16)!", false},
	})
}

// "tu entres gratuitement", "you enter free": to enter free is the free
// entry a fact may give; another thing given free is still flagged.
func TestFreebieEntryVerb(t *testing.T) {
	fr := []string{"Le pass 1 jour coûte 9 € et le pass 3 jours 20 € ; l'entrée est gratuite pour les moins de 12 ans."}
	en := []string{"A one-day pass costs £9 and a three-day pass £20; entry is free for under-12s."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Tu as moins de 12 ans ? Tu entres gratuitement au festival 😎", true},
		{"fr", fr, "Les moins de 12 ans entrent gratuitement, les autres paient 9 € la journée.", true},
		{"fr", fr, "Tu as moins de 12 ans ? Tu repars gratuitement avec un album 😎", false},
		{"fr", fr, "Tu as moins de 16 ans ? Tu entres gratuitement au festival 😎", false},
		{"en", en, "Under 12? You enter for free 😎", true},
		{"en", en, "Under 12? You leave with a free album 😎", false},
	})
}

// "le temps des Fêtes", "Joyeuses Fêtes" (Quebec's year-end season) are a
// moment of the calendar, not a name; a named event is still checked.
func TestYearEndSeasonNoName(t *testing.T) {
	fr := []string{"Les cartes-cadeaux sont offertes de 50 $ à 500 $ et sont valides 12 mois."}
	en := []string{"Gift cards are available from $50 to $500 and are valid for 12 months."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "En panne d'idées pour le temps des Fêtes ? Une carte-cadeau de 50 $ à 500 $ fera des heureux.", true},
		{"fr", fr, "Joyeuses Fêtes ! Nos cartes-cadeaux de 50 $ à 500 $ sont valides 12 mois.", true},
		{"fr", fr, "Retrouvez nos cartes-cadeaux de 50 $ à 500 $ aux Fêtes Médiévales de Sorel.", false},
		{"en", en, "Stuck for holiday ideas? A gift card from $50 to $500 will make someone happy. Happy Holidays!", true},
		{"en", en, "Find our gift cards from $50 to $500 at the Sorel Medieval Fair.", false},
	})
}

// "minimum 3 h", "4 h maximum" after a rate is a least length of time, not
// an hour of the day; a wrong minimum is still flagged.
func TestMinimumHoursIsDuration(t *testing.T) {
	fr := []string{"Forfait Studio : 2 déménageurs et un camion de 16 pieds, 129 $ l'heure, minimum 3 heures."}
	en := []string{"Studio package: 2 movers and a 16-foot truck, $129 an hour, 3-hour minimum."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Notre forfait Studio, c'est deux déménageurs et un camion de 16 pi pour 129 $/h (minimum 3 h).", true},
		{"fr", fr, "Notre forfait Studio, c'est deux déménageurs et un camion de 16 pi pour 129 $/h (minimum 2 h).", false},
		{"en", en, "Our Studio package: two movers and a 16-foot truck for $129/h (minimum 3 hours).", true},
		{"en", en, "Our Studio package: two movers and a 16-foot truck for $129/h (minimum 2 hours).", false},
	})
}

// "jusqu'au 15 août", "until 15 August" when a fact says the thing "ferme
// le 15 août", "closes on 15 August": the closing day is the stated end; a
// later day is still flagged.
func TestUntilClosingDay(t *testing.T) {
	fr := []string{"Les candidatures pour la session d'automne ferment le dimanche 15 août 2027.", "La session d'automne a lieu du lundi 6 septembre au vendredi 26 novembre 2027."}
	en := []string{"Applications for the autumn session close on Sunday 15 August 2027.", "The autumn session runs from Monday 6 September to Friday 26 November 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Candidatures jusqu'au 15 août pour la session d'automne !", true},
		{"fr", fr, "Candidatures jusqu'au 31 août pour la session d'automne !", false},
		{"en", en, "Applications open until 15 August for the autumn session!", true},
		{"en", en, "Applications open until 31 August for the autumn session!", false},
	})
}

// "venez tester gratuitement un cours": the object after the adverb is
// what is free, and backs on the fact's free trial class; another object is
// still flagged.
func TestFreebieObjectAfterAdverb(t *testing.T) {
	fr := []string{"Les portes ouvertes ont lieu le samedi 4 septembre 2027, de 10h à 17h, avec des cours d'essai gratuits de 45 minutes dans toutes les disciplines."}
	en := []string{"The open day is on Saturday 4 September 2027, 10am to 5pm, with free 45-minute trial classes in every style."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Samedi 4 septembre, de 10h à 17h, venez tester gratuitement un cours de 45 min !", true},
		{"fr", fr, "Samedi 4 septembre, de 10h à 17h, venez tester gratuitement un stage d'une semaine !", false},
		{"en", en, "Saturday 4 September, 10am to 5pm, come and try a 45-minute class for free!", true},
		{"en", en, "Saturday 4 September, 10am to 5pm, come and try a week-long course for free!", false},
	})
}

// "près de 9 diplômé·e·s 2026 sur 10" is a share (≈ 87 %) even with an
// inclusive noun and a year between its figures; a share far from the
// fact's is still flagged.
func TestShareAcrossInclusiveNoun(t *testing.T) {
	fr := []string{"Selon l'enquête interne menée auprès des 112 diplômé·e·s de 2026, 87 % ont trouvé un emploi dans la tech dans les 6 mois suivant la formation."}
	en := []string{"According to the internal survey of the 112 graduates of 2026, 87% found a tech job within 6 months of the course."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Près de 9 étudiant·e·s 2026 sur 10 ont trouvé un emploi dans la tech dans les six mois.", true},
		{"fr", fr, "Près de 5 étudiant·e·s 2026 sur 10 ont trouvé un emploi dans la tech dans les six mois.", false},
		{"en", en, "Nearly 9 in 10 of our 2026 graduates found a tech job within six months.", true},
		{"en", en, "About 5 in 10 of our 2026 graduates found a tech job within six months.", false},
	})
}
