package verify

import "testing"

// Tests for the general causes of the blind19 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A discount a fact gives on a price stated in another fact about the same
// thing backs the amount it saves, as it backs the price after it.
func TestSavingOfDiscountOnOtherFact(t *testing.T) {
	en := []string{"Season fees are $260 for seniors and $140 for juniors.", "Fees paid by Sunday 13 September 2026 get a 10% early-bird discount."}
	fr := []string{"La cotisation annuelle est de 260 € pour les adultes et de 140 € pour les jeunes.", "Les cotisations payées avant le dimanche 13 septembre 2026 bénéficient d'une remise de 10 %."}
	runBlindCases(t, []blindCase{
		{"en", en, "Pay your fees by 13 September: seniors save $26, juniors save $14!", true},
		{"en", en, "Pay your fees by 13 September: seniors pay $234, juniors $126!", true},
		{"en", en, "Pay your fees by 13 September and seniors save $30!", false},
		{"fr", fr, "Cotisation payée avant le 13 septembre : 26 € d'économie pour les adultes, 14 € pour les jeunes !", true},
		{"fr", fr, "Cotisation payée avant le 13 septembre : 36 € d'économie pour les adultes !", false},
	})
}

// A span of clock times that ends after midnight lasts into the next day:
// "de 21h à 3h" is six hours, not a negative length; another length is
// still flagged.
func TestDurationPastMidnight(t *testing.T) {
	fr := []string{"La Nuit des Perséides a lieu le mercredi 12 août 2026, de 21h à 3h du matin ; l'entrée coûte 18 €.", "Les séances du planétarium durent 45 minutes."}
	en := []string{"The Midnight Market runs on Saturday 12 September 2026 from 10pm to 2am; entry costs £5.", "Each tasting session lasts 45 minutes."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le 12 août, c'est six heures sous les étoiles filantes, de 21h à 3h !", true},
		{"fr", fr, "Le 12 août, c'est 6 heures sous les étoiles filantes !", true},
		{"fr", fr, "Le 12 août, c'est huit heures sous les étoiles filantes, de 21h à 3h !", false},
		{"en", en, "Four hours of street food on 12 September, 10pm to 2am!", true},
		{"en", en, "Five hours of street food on 12 September, 10pm to 2am!", false},
	})
}

// A difference of two stated prices written in cents ("5 centimes de moins
// par mot" for 0,19 € and 0,14 €) is that difference; another one is still
// flagged.
func TestPriceInCents(t *testing.T) {
	fr := []string{"La traduction standard est facturée 0,14 € HT par mot ; la formule Express est facturée 0,19 € HT par mot."}
	en := []string{"Standard translation costs $0.14 per word; the Express service costs $0.19 per word."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La traduction standard reste à 0,14 € HT, soit 5 centimes de moins par mot que l'Express.", true},
		{"fr", fr, "La traduction standard coûte 8 centimes de moins par mot que l'Express !", false},
		{"en", en, "Standard translation is 5 cents less per word than Express.", true},
		{"en", en, "Standard translation is 9 cents less per word than Express.", false},
	})
}

// A price per unit of the facts times a count of that unit the post states
// ("1 500 mots" at 0,19 € per word: 285 €) is backed wherever the count
// stands in the post; another product is still flagged.
func TestUnitsTimesPrice(t *testing.T) {
	fr := []string{"La traduction standard est facturée 0,14 € HT par mot ; la formule Express (pour les documents de moins de 2 000 mots) est facturée 0,19 € HT par mot."}
	en := []string{"Standard translation costs $0.14 per word; the Express service (for documents under 2,000 words) costs $0.19 per word."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Une notice de 1 500 mots ? Pas pressé ? Comptez 285 € HT en Express contre 210 € HT en standard.", true},
		{"fr", fr, "Une notice de 1 500 mots ? Pas pressé ? Comptez 295 € HT en Express.", false},
		{"en", en, "A 1,500-word manual? Not in a hurry? That's $285 with Express and $210 with standard.", true},
		{"en", en, "Got 2,000 words to translate? In a hurry? Express costs $420.", false},
	})
}

// A format or model glued to one capital letter ("T20") counts nothing: "75
// seasons" is checked against the 75th season, not contradicted by the 20
// of "T20"; a wrong count of seasons is still flagged.
func TestLetterCodeCountsNothing(t *testing.T) {
	en := []string{"This season is the club's 75th.", "The twilight T20 season opener is on Friday 9 October 2026 at 6 pm."}
	fr := []string{"Cette saison est la 75e du club.", "Le match d'ouverture de la saison en T20 a lieu le vendredi 9 octobre 2026 à 18h."}
	runBlindCases(t, []blindCase{
		{"en", en, "75 seasons of cricket 🏏 Season opener on Friday 9 October, 6pm!", true},
		{"en", en, "The twilight T20 opener is on Friday 9 October, 6pm!", true},
		{"en", en, "80 seasons of cricket 🏏 Season opener on Friday 9 October, 6pm!", false},
		{"fr", fr, "75 saisons de cricket 🏏 Ouverture le vendredi 9 octobre à 18h !", true},
		{"fr", fr, "Le T20 d'ouverture de la saison, c'est le vendredi 9 octobre à 18h !", true},
	})
}

// A season written across two years ("2026/27") counts no seasons: "75
// seasons" is backed by the 75th; a wrong count is still flagged.
func TestSeasonAcrossYearsCountsNothing(t *testing.T) {
	en := []string{"The 2026/27 season is the club's 75th."}
	fr := []string{"La saison 2026-27 est la 75e du club."}
	runBlindCases(t, []blindCase{
		{"en", en, "75 seasons of cricket 🏏 See you in 2026/27!", true},
		{"en", en, "80 seasons of cricket 🏏 See you in 2026/27!", false},
		{"fr", fr, "75 saisons de cricket 🏏 Rendez-vous en 2026-27 !", true},
		{"fr", fr, "80 saisons de cricket 🏏 Rendez-vous en 2026-27 !", false},
	})
}

// A list of counts of one kind of thing in a fact adds up to a total of
// that thing, and its items sharing a counted word to their own total; a
// wrong total, or a total of different things, is still flagged.
func TestListTotals(t *testing.T) {
	en := []string{"The club fields 9 senior men's teams, 2 senior women's teams and 14 junior teams.", "The shelter houses 12 dogs and 30 cats."}
	fr := []string{"Le club aligne 9 équipes seniors masculines, 2 équipes seniors féminines et 14 équipes jeunes."}
	runBlindCases(t, []blindCase{
		{"en", en, "25 teams this season: 11 senior sides, plus 14 junior teams!", true},
		{"en", en, "The club fields 25 teams this season!", true},
		{"en", en, "The club fields 27 teams this season!", false},
		{"en", en, "The club fields 12 senior teams this season!", false},
		{"en", en, "Our shelter houses 42 dogs!", false},
		{"fr", fr, "25 équipes cette saison, dont 14 équipes jeunes !", true},
		{"fr", fr, "27 équipes cette saison, dont 14 équipes jeunes !", false},
	})
}

// A length, mass or volume in another unit of the same measure is the
// fact's ("82 cm" for 820 mm); another value is still flagged.
func TestMetricUnits(t *testing.T) {
	fr := []string{"Le télescope principal est doté d'un miroir de 820 mm de diamètre.", "Chaque panier pèse 1 500 g."}
	en := []string{"The main telescope has a mirror 820 mm across.", "Each veg box weighs 1,500 g."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Un miroir de 82 cm, rien que ça !", true},
		{"fr", fr, "Des paniers de 1,5 kg de légumes !", true},
		{"fr", fr, "Un miroir de 92 cm, rien que ça !", false},
		{"en", en, "A mirror 82 cm across!", true},
		{"en", en, "Veg boxes of 1.5 kg each!", true},
		{"en", en, "Veg boxes of 2 kg each!", false},
	})
}

// A gift a fact makes to some people ("free for clients and cost £75 for
// others") backs a post that gives it to them; giving it to others is still
// flagged.
func TestFreeForSomeAndPricedForOthers(t *testing.T) {
	en := []string{"Summit tickets are free for Kestrel Shield clients and cost £75 + VAT for others."}
	fr := []string{"Les billets du sommet sont gratuits pour les clients et coûtent 75 € HT pour les autres."}
	runBlindCases(t, []blindCase{
		{"en", en, "Clients come free; for everyone else, it's £75 + VAT.", true},
		{"en", en, "Summit tickets: free for our clients!", true},
		{"en", en, "Summit tickets: students come free!", false},
		{"fr", fr, "Les clients viennent gratuitement ; pour les autres, c'est 75 € HT.", true},
		{"fr", fr, "Les étudiants viennent gratuitement au sommet !", false},
	})
}

// Something a fact gives free to some and prices for others is contradicted
// when a post gives it free to everyone; free for the fact's group, or
// everyone else paying, is fine.
func TestFreeForEveryonePricedForSome(t *testing.T) {
	en := []string{"Summit tickets are free for Kestrel Shield clients and cost £75 + VAT for others."}
	fr := []string{"Les billets du sommet sont gratuits pour les clients et coûtent 75 € HT pour les autres."}
	runBlindCases(t, []blindCase{
		{"en", en, "Join us at the Summit! Tickets are free for everyone, lunch aside.", false},
		{"en", en, "Join us at the Summit! Tickets are free for all.", false},
		{"en", en, "Join us at the Summit! Tickets are free for clients; everyone else pays £75 + VAT.", true},
		{"fr", fr, "Rejoignez-nous au sommet ! Billets gratuits pour tout le monde.", false},
		{"fr", fr, "Rejoignez-nous au sommet ! Billets gratuits pour tous.", false},
		{"fr", fr, "Rejoignez-nous au sommet ! Billets gratuits pour nos clients.", true},
	})
}

// An offer said to stack with another promotion ("stack it with our Managed
// Detection discount", "cumulable avec la remise fidélité") is contradicted
// by a fact that excludes any other offer; the offer alone is fine.
func TestStackWithAnyOtherOffer(t *testing.T) {
	en := []string{"From Monday 1 February to Friday 26 February 2027, new clients get 20% off the Cyber Essentials package; the offer cannot be combined with any other offer."}
	fr := []string{"Du lundi 1er février au vendredi 26 février 2027, les nouveaux clients ont 20 % de remise sur le pack Essentiel ; l'offre n'est pas cumulable avec toute autre offre."}
	runBlindCases(t, []blindCase{
		{"en", en, "20% off Cyber Essentials until 26 February, and you can stack it with our Managed Detection discount!", false},
		{"en", en, "20% off Cyber Essentials until 26 February for new clients!", true},
		{"fr", fr, "20 % de remise sur le pack Essentiel jusqu'au 26 février, cumulable avec la remise fidélité !", false},
		{"fr", fr, "20 % de remise sur le pack Essentiel jusqu'au 26 février pour les nouveaux clients !", true},
	})
}

// "chaque jour", "each day" in a fact give every day to what it is about,
// as "tous les jours" does: a post's "tous les jours" about that is backed,
// whatever other facts open on some days only; about those, it is still
// flagged.
func TestEachDayIsEveryDay(t *testing.T) {
	fr := []string{"Du vendredi 3 juillet au vendredi 28 août 2026, des soirées d'observation ont lieu chaque mardi et chaque vendredi, de 21h30 à minuit.", "Le planétarium de 60 places propose des séances de 45 minutes, chaque jour à 15h et à 17h en juillet et en août, au prix de 7 €."}
	en := []string{"From Friday 3 July to Friday 28 August 2026, stargazing evenings take place every Tuesday and Friday, from 9:30pm to midnight.", "The 60-seat planetarium offers 45-minute shows each day at 3pm and 5pm in July and August, for £7."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Réfugiez-vous au planétarium ! 60 fauteuils, à 15h ou à 17h tous les jours en juillet et en août. 7 € la séance.", true},
		{"fr", fr, "Soirées d'observation tous les jours de 21h30 à minuit !", false},
		{"en", en, "Beat the heat at the planetarium: 60 seats, shows at 3pm or 5pm every day in July and August. £7 a show.", true},
		{"en", en, "Stargazing evenings every day from 9:30pm to midnight!", false},
	})
}

// The room an event has is the same counted by seat or by person ("150
// places" for an event "limitée à 150 participants"), not the seats of
// another room; a wrong figure is still flagged.
func TestCapacityBySeatOrPerson(t *testing.T) {
	fr := []string{"La Nuit des Perséides est limitée à 150 participants.", "Le planétarium de 60 places propose des séances de 45 minutes."}
	en := []string{"The Perseids Night is limited to 150 participants.", "The 60-seat planetarium offers 45-minute shows."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La Nuit des Perséides : seulement 150 places, ne traînez pas !", true},
		{"fr", fr, "La Nuit des Perséides : seulement 200 places, ne traînez pas !", false},
		{"en", en, "Perseids Night: only 150 spots, so book fast!", true},
		{"en", en, "Perseids Night: only 200 spots, so book fast!", false},
	})
}

// A weekly series given by its first date and its number of weeks ends on
// its last session, 7 weeks after the first of 8; another end is still
// flagged.
func TestWeeklySeriesEnd(t *testing.T) {
	en := []string{"Junior Blast runs on Friday evenings from 5 pm to 6 pm for 8 weeks from 16 October 2026, and costs $95."}
	fr := []string{"L'école de cricket a lieu le vendredi de 17h à 18h pendant 8 semaines à partir du 16 octobre 2026, pour 95 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Junior Blast kicks off on Friday 16 October: every Friday from 5pm, eight weeks through to 4 December, all for $95.", true},
		{"en", en, "Junior Blast kicks off on Friday 16 October: every Friday from 5pm, eight weeks through to 11 December, all for $95.", false},
		{"fr", fr, "L'école de cricket démarre le vendredi 16 octobre : 8 semaines, jusqu'au 4 décembre, pour 95 € !", true},
		{"fr", fr, "L'école de cricket démarre le vendredi 16 octobre : 8 semaines, jusqu'au 18 décembre, pour 95 € !", false},
	})
}

// "sans frais en plus" restates a fact's "sans supplément" ("at no extra
// cost") about the same service; without such a fact, it is still flagged
// (English "no fees" is no claim the engine reads).
func TestNoExtraCharge(t *testing.T) {
	fr := []string{"Chaque traduction est relue par un second linguiste, sans supplément."}
	frNo := []string{"Chaque traduction est relue par un second linguiste."}
	en := []string{"Every translation is proofread by a second linguist at no extra cost."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Puis un second linguiste relit tout, sans frais en plus ✅", true},
		{"fr", frNo, "Puis un second linguiste relit tout, sans frais en plus ✅", false},
		{"en", en, "Then a second linguist proofreads it all, with no fees on top ✅", true},
	})
}

// An acronym the sheet writes in the plural ("UK SMEs", "les PME" is
// invariable) is known in the singular ("your SME"); another acronym is
// still flagged.
func TestAcronymSingular(t *testing.T) {
	en := []string{"Kestrel Shield is a managed cyber security provider for UK SMEs, founded in Leeds in 2015."}
	fr := []string{"Lexiport traduit les contenus des ETIs et des PME depuis 2004."}
	runBlindCases(t, []blindCase{
		{"en", en, "POV: your SME just got protected by Kestrel Shield 🤯", true},
		{"en", en, "POV: your NGO just got protected by Kestrel Shield 🤯", false},
		{"fr", fr, "Votre ETI exporte ? Lexiport traduit vos contenus depuis 2004.", true},
		{"fr", fr, "Votre ONG exporte ? Lexiport traduit vos contenus depuis 2004.", false},
	})
}
