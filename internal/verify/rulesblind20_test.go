package verify

import "testing"

// Tests for the general causes of the blind20 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A freebie the facts give from a minimum order ("offerte dès 45 €
// d'achat", "free on orders from £40") is contradicted when the post gives
// it on every order; the post that keeps the minimum is not flagged.
func TestFreebieFromThreshold(t *testing.T) {
	fr := []string{"La livraison en point relais est offerte dès 45 € d'achat ; en dessous, elle coûte 4,90 €."}
	en := []string{"Delivery is free on orders from £40; below that it costs £3.95."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Livraison offerte dès 45 € d'achat en point relais 📦", true},
		{"fr", fr, "Et livraison offerte sur toutes les commandes !", false},
		{"en", en, "Free delivery on orders from £40 📦", true},
		{"en", en, "Free delivery on every order this week!", false},
	})
}

// A freebie the facts keep for the first few ("offertes aux 200 premiers
// visiteurs", "the first 100 visitors get") is contradicted when the post
// gives it to every visitor; the post that keeps the few is not flagged.
func TestFreebieFirstFew(t *testing.T) {
	fr := []string{"Le mercredi 12 août 2026, l'observatoire propose une observation gratuite de l'éclipse ; des lunettes d'éclipse sont offertes aux 200 premiers visiteurs."}
	en := []string{"On Saturday 12 September 2026, the museum opens its new wing; a free tote bag is given to the first 100 visitors."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Observation gratuite le 12 août, et les 200 premiers repartent avec leurs lunettes d'éclipse offertes !", true},
		{"fr", fr, "Observation gratuite le 12 août, lunettes d'éclipse offertes à tous les visiteurs !", false},
		{"en", en, "New wing opens 12 September: a free tote bag for the first 100 visitors!", true},
		{"en", en, "New wing opens 12 September: a free tote bag for all visitors!", false},
	})
}

// What an offer is said to extend to ("fonctionne aussi sur vos
// abonnements", "also works on gift cards") is contradicted by a fact that
// leaves it out ("hors abonnements", "excluding gift cards"); what the offer
// does cover, and a post that denies the extension, are not flagged.
func TestCoverageOfExcluded(t *testing.T) {
	fr := []string{"Pour le Black Friday, le code VERTE25 donne -25 % sur toutes les croquettes, hors abonnements et hors friandises."}
	en := []string{"Until Sunday 12 April 2026, the code SPRING20 gives 20% off all plants, excluding gift cards."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le code VERTE25 fonctionne sur toutes les croquettes jusqu'à lundi 🐾", true},
		{"fr", fr, "Attention, le code VERTE25 ne fonctionne pas sur les abonnements.", true},
		{"fr", fr, "Le code VERTE25 fonctionne aussi sur vos abonnements !", false},
		{"fr", fr, "Le code VERTE25 est valable sur les croquettes et les friandises !", false},
		{"en", en, "SPRING20 works on all plants until 12 April 🌱", true},
		{"en", en, "SPRING20 doesn't work on gift cards, sorry!", true},
		{"en", en, "SPRING20 also works on gift cards!", false},
		{"en", en, "The SPRING20 discount applies to plants and gift cards!", false},
	})
}

// A list a fact leaves out after "but not", "mais pas", "ni" ("covers full
// tuition, but not fees or books") is an exclusion of each of its items: a
// post that includes one is contradicted, one that keeps to what is covered
// is not.
func TestLeftOutList(t *testing.T) {
	en := []string{"The Promise scholarship covers full tuition, but not fees or books, for up to four consecutive semesters."}
	fr := []string{"La bourse Avenir couvre les frais d'inscription, mais pas le logement ni les repas, pendant deux ans."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Promise covers your full tuition for four semesters in a row 🎓", true},
		{"en", en, "The Promise covers tuition, fees and books for two years!", false},
		{"en", en, "The Promise covers tuition and books!", false},
		{"fr", fr, "La bourse Avenir couvre vos frais d'inscription pendant deux ans 🎓", true},
		{"fr", fr, "La bourse Avenir couvre les frais d'inscription et les repas !", false},
		{"fr", fr, "La bourse Avenir couvre aussi le logement !", false},
	})
}

// An amount off ("NZ$25 off their subscription", "5 € de réduction sur
// l'abonnement") comes off a price another fact gives of the same thing in
// the plural or the singular ("subscriptions are NZ$185"); another price
// is still flagged.
func TestAmountOffPlural(t *testing.T) {
	en := []string{"Season subscriptions are NZ$185 for seniors and NZ$90 for juniors.", "Seniors who register by Wednesday 30 September 2026 get NZ$25 off their subscription."}
	fr := []string{"Les abonnements annuels coûtent 40 € pour les adultes.", "Jusqu'au 30 septembre 2026, 5 € de réduction sur l'abonnement."}
	runBlindCases(t, []blindCase{
		{"en", en, "Register by 30/9 and your sub drops from $185 to $160.", true},
		{"en", en, "Register by 30/9 and your sub drops from $185 to $150.", false},
		{"fr", fr, "Jusqu'au 30 septembre, l'abonnement passe de 40 € à 35 € !", true},
		{"fr", fr, "Jusqu'au 30 septembre, l'abonnement passe de 40 € à 30 € !", false},
	})
}

// Bare hours in words of a span ("any time between 10 and 1", "entre 10
// et 12") or after "at" ("first ball at 11") are the clock times the facts
// give at those hours, morning or afternoon; an hour no fact gives is still
// flagged.
func TestBareHoursInWords(t *testing.T) {
	en := []string{"Registration Day is Saturday 12 September 2026, 10 am to 1 pm, at Appleby Oval, 18 Kowhai Lane.", "The premier team opens the season on Saturday 10 October 2026, first ball at 11 am."}
	fr := []string{"La journée portes ouvertes a lieu le samedi 12 septembre 2026 de 10h à 12h, 18 rue des Lilas."}
	runBlindCases(t, []blindCase{
		{"en", en, "Come to Appleby Oval on Saturday 12 September, any time between 10 and 1!", true},
		{"en", en, "Season opener on Saturday 10 October. First ball at 11, so come down early!", true},
		{"en", en, "Come to Appleby Oval on Saturday 12 September, any time between 10 and 3!", false},
		{"en", en, "Season opener on Saturday 10 October. First ball at 2, so come down early!", false},
		{"fr", fr, "Portes ouvertes le samedi 12 septembre, passez entre 10 et 12 !", true},
		{"fr", fr, "Portes ouvertes le samedi 12 septembre, passez entre 10 et 11 !", false},
	})
}

// A measure in another unit of the same kind ("un miroir de 60 cm" for the
// fact's 600 mm, "2,000 metres" for 2 km) is the stated one; another size
// is still flagged.
func TestMeasureUnits(t *testing.T) {
	fr := []string{"Le télescope principal, installé en 2019, est doté d'un miroir de 600 mm de diamètre."}
	en := []string{"The new trail, opened in 2024, is 2 km long and climbs to the ridge.", "Each bag of flour weighs 1.5 kg."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Depuis 2019, notre télescope principal a un miroir de 60 cm 🔭", true},
		{"fr", fr, "Depuis 2019, notre télescope principal a un miroir de 80 cm 🔭", false},
		{"en", en, "Our 2,000 metres of new trail open since 2024 🥾", true},
		{"en", en, "A bag of flour is 1500 g.", true},
		{"en", en, "Our 3,000 metres of new trail open since 2024 🥾", false},
	})
}

// A count the facts give with an adjective of a run ("four consecutive
// semesters") is a count of the noun, backing "four semesters in a row";
// another count is still flagged.
func TestCountAfterRunAdjective(t *testing.T) {
	en := []string{"The Promise covers full tuition for up to four consecutive semesters for students who keep a GPA of 2.0 or higher."}
	fr := []string{"La bourse couvre les frais pendant quatre semestres consécutifs pour les étudiants qui gardent une moyenne de 12 ou plus."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Promise can cover your tuition for four semesters in a row if you keep at least a 2.0 GPA.", true},
		{"en", en, "The Promise can cover your tuition for six semesters in a row if you keep at least a 2.0 GPA.", false},
		{"fr", fr, "La bourse couvre tes frais pendant quatre semestres d'affilée 🎓", true},
		{"fr", fr, "La bourse couvre tes frais pendant six semestres d'affilée 🎓", false},
	})
}

// "12 credit hours" is a count of credits: "a load of 12 credits" is the
// stated one, "9 credits" is not. French counts "crédits" alone; its hours
// stay lengths of time.
func TestCreditHoursCount(t *testing.T) {
	en := []string{"Students must enroll full time (at least 12 credit hours).", "New in fall 2026: a 24-credit Cybersecurity Certificate."}
	fr := []string{"Le stage dure 12 heures réparties sur deux samedis.", "Le certificat compte 24 crédits."}
	runBlindCases(t, []blindCase{
		{"en", en, "A full-time load of 12 credits, and the certificate is 24 credits.", true},
		{"en", en, "A full-time load is just 9 credit hours!", false},
		{"fr", fr, "12 heures de stage et un certificat de 24 crédits 🎓", true},
		{"fr", fr, "15 heures de stage et un certificat de 24 crédits 🎓", false},
	})
}

// "être livré gratuitement", "sont livrés gratuitement": after an
// auxiliary, "livré" is the verb of the delivery a fact offers, not the noun
// "livre" (a book); a free delivery the facts price is still flagged.
func TestPassiveServiceVerb(t *testing.T) {
	fr := []string{"La livraison en point relais est offerte dès 45 € d'achat ; en dessous, elle coûte 4,90 €."}
	fr2 := []string{"La livraison coûte 4,90 € pour toute commande."}
	en := []string{"Shipping is free on orders over $50; below that it costs $6."}
	en2 := []string{"Shipping costs $6 on every order."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Un panier de 45 € suffit pour être livré gratuitement en point relais 😉", true},
		{"fr", fr2, "Vos colis sont livrés gratuitement 😉", false},
		{"en", en, "Orders over $50 are shipped free 📦", true},
		{"en", en2, "Your order is shipped free 📦", false},
	})
}

// A saving in a sentence about a fact that states an amount off ("save $30
// on your $185 sub" when seniors who register by 30 September get NZ$25
// off) is that amount, not a sum of the writer's; the stated amount passes.
func TestSavingOfStatedAmountOff(t *testing.T) {
	en := []string{"Season subscriptions are NZ$185 for seniors and NZ$90 for juniors.", "Seniors who register by Wednesday 30 September 2026 get NZ$25 off their subscription."}
	fr := []string{"L'abonnement annuel coûte 40 € pour les adultes.", "Les adultes qui s'inscrivent avant le 30 septembre 2026 ont 5 € de réduction sur l'abonnement."}
	runBlindCases(t, []blindCase{
		{"en", en, "Seniors, register by 30 September to save $25 on your $185 sub!", true},
		{"en", en, "Seniors, register by 30 September to save $30 on your $185 sub!", false},
		{"fr", fr, "Inscrivez-vous avant le 30 septembre pour économiser 5 € sur votre abonnement à 40 € !", true},
		{"fr", fr, "Inscrivez-vous avant le 30 septembre pour économiser 8 € sur votre abonnement à 40 € !", false},
	})
}

// A run ("three years running", "trois ans de suite") is backed only by a
// fact that states it, not by the years elapsed between two stated years;
// the years since a founding stay backed.
func TestStreakNotElapsedYears(t *testing.T) {
	en := []string{"The club was founded in 1952.", "The women's first XI won the 2025–26 Top of the South T20 Cup."}
	en2 := []string{"The club was founded in 1952.", "The women's first XI has won the Top of the South T20 Cup three years in a row."}
	fr := []string{"Le club a été fondé en 2019.", "L'équipe première a remporté la coupe régionale en 2025."}
	runBlindCases(t, []blindCase{
		{"en", en, "Founded in 1952: that's 74 years of cricket 🏏", true},
		{"en", en2, "Our women's first XI have won the T20 Cup three years running 🏆", true},
		{"en", en, "Our women's first XI have won the T20 Cup three years running 🏆", false},
		{"fr", fr, "Depuis 2019, déjà 7 ans de passion !", true},
		{"fr", fr, "Notre équipe première a gagné la coupe régionale trois ans de suite 🏆", false},
	})
}
