package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind35–36: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English.

// Two dates in one sentence: the words around the first may be those of the
// fact that gives the second ("la session débute le 11 septembre, et le
// spectacle la couronnera le 10 décembre"); when the sentence says that
// fact's date too, the first date is checked against the other facts.
func TestTwoDatesOfOneSentence(t *testing.T) {
	fr := []string{"La session d'automne 2027 se déroule du samedi 11 septembre au samedi 11 décembre 2027, soit 13 semaines de cours.",
		"Le spectacle de fin de session « Lumières d'hiver » a lieu le vendredi 10 décembre 2027 à 19 h, à l'école."}
	en := []string{"The autumn term 2027 runs from Saturday 11 September to Saturday 11 December 2027, 13 weeks of classes.",
		"The end-of-term show 'Winter Lights' takes place on Friday 10 December 2027 at 7 pm, at the school."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La session d'automne débute le samedi 11 septembre, et le spectacle « Lumières d'hiver » viendra la couronner le vendredi 10 décembre à 19 h.", true},
		{"fr", fr, "La session d'automne débute le samedi 11 septembre, et le spectacle « Lumières d'hiver » viendra la couronner le vendredi 17 décembre à 19 h.", false},
		{"fr", fr, "Le spectacle de fin de session « Lumières d'hiver » a lieu le samedi 11 septembre.", false},
		{"en", en, "The autumn term starts on Saturday 11 September, and the end-of-term show 'Winter Lights' crowns it on Friday 10 December at 7 pm.", true},
		{"en", en, "The autumn term starts on Saturday 11 September, and the end-of-term show 'Winter Lights' crowns it on Friday 17 December at 7 pm.", false},
		{"en", en, "The end-of-term show 'Winter Lights' takes place on Saturday 11 September.", false},
	})
}

// A total for a party whose two groups pay the same stated price ("deux
// adultes et deux enfants de 7 et 9 ans ? 72 $" at 18 $ a ticket, only the
// under-5s going free) is the writer's arithmetic; another total is still
// flagged.
func TestPartyAtOnePrice(t *testing.T) {
	fr := []string{"Le spectacle a lieu le vendredi 10 décembre 2027 à 19 h ; les billets coûtent 18 $ et l'entrée est gratuite pour les moins de 5 ans.", "Le cours récréatif Enfants (6 à 12 ans) dure 1 h 30 par semaine et coûte 395 $ pour la session."}
	en := []string{"The show takes place on Friday 10 December 2027 at 7 pm; tickets cost $18 and entry is free for under-5s.", "The Kids recreational class (ages 6 to 12) lasts 1 h 30 a week and costs $395 for the term."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Billets à 18 $. Deux adultes et deux enfants de 7 et 9 ans ? 72 $ pour une soirée inoubliable ✨", true},
		{"fr", fr, "Billets à 18 $. Deux adultes et deux enfants de 7 et 9 ans ? 80 $ pour une soirée inoubliable ✨", false},
		{"en", en, "Tickets $18. Two adults and two kids aged 7 and 9? $72 for an unforgettable evening ✨", true},
		{"en", en, "Tickets $18. Two adults and two kids aged 7 and 9? $80 for an unforgettable evening ✨", false},
	})
}

// With the first month given free, a stated count of months less one is the
// months paid ("au moins 12 mois" : "vous ne réglez que 11 mois"); another
// count is still flagged.
func TestMonthsPaidAfterAFreeMonth(t *testing.T) {
	fr := []string{"Offre « Rentrée nette » : pour tout nouveau contrat signé du lundi 31 août au vendredi 16 octobre 2026, le premier mois de prestation est offert.",
		"L'offre « Rentrée nette » est réservée aux contrats d'une durée d'au moins 12 mois, avec au moins 2 passages par semaine."}
	en := []string{"Back-to-work offer: for every new contract signed from Monday 31 August to Friday 16 October 2026, the first month of service is free.",
		"The back-to-work offer is for contracts of at least 12 months, with at least 2 visits a week."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le premier mois est offert. Concrètement, sur un contrat d'un an, vous ne réglez que 11 mois.", true},
		{"fr", fr, "Le premier mois est offert. Concrètement, sur un contrat d'un an, vous ne réglez que 10 mois.", false},
		{"en", en, "The first month is free. In practice, on a one-year contract you only pay for 11 months.", true},
		{"en", en, "The first month is free. In practice, on a one-year contract you only pay for 10 months.", false},
	})
}

// A price worked out from a rate per hour of the facts ("26 € HT de
// l'heure"): two visits of 2 hours a week "à partir de 104 € HT par
// semaine"; neither the price nor the length of time is a claim of its own.
// A wrong product is still flagged.
func TestHoursAtAnHourlyRate(t *testing.T) {
	fr := []string{"Les prestations de nettoyage régulier sont facturées à partir de 26 € HT de l'heure.",
		"Le devis est gratuit et envoyé sous 48 heures ouvrées."}
	en := []string{"Regular cleaning is billed from €26 an hour, excl. VAT.",
		"Quotes are free and sent within 48 working hours."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Petit budget ? 💡 Deux passages de 2 heures par semaine, c'est à partir de 104 € HT par semaine.", true},
		{"fr", fr, "Petit budget ? 💡 Deux passages de 2 heures par semaine, c'est à partir de 96 € HT par semaine.", false},
		{"en", en, "Small budget? 💡 Two visits of 2 hours a week: from €104 a week.", true},
		{"en", en, "Small budget? 💡 Two visits of 2 hours a week: from €96 a week.", false},
	})
}

// A thing that happens at a stated interval between two clock times
// ("part toutes les heures de 10h30 à 14h30", "every hour from 10:30am to
// 2:30pm") happens a number of times the post may give: five departures.
func TestTimesAtAnInterval(t *testing.T) {
	fr := []string{"Une visite guidée de 45 minutes part toutes les heures de 10h30 à 14h30 ; elle coûte 12 $ par adulte.",
		"Les places sont limitées à 15 personnes par départ et doivent être réservées en ligne."}
	en := []string{"A 45-minute guided tour leaves every hour from 10:30am to 2:30pm; it costs $12 per adult.",
		"Places are limited to 15 people per tour and must be booked online."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cinq départs pour la visite guidée, réservez en ligne !", true},
		{"fr", fr, "Six départs pour la visite guidée, réservez en ligne !", false},
		{"en", en, "Five tours on the day, book online!", true},
		{"en", en, "Seven tours on the day, book online!", false},
	})
}

// A count that is the product of two backed figures of its sentence, one of
// them per unit ("cinq départs, quinze curieux par départ : ça fait 75
// places") is the writer's arithmetic; a wrong product is still flagged.
func TestProductOfThePost(t *testing.T) {
	fr := []string{"Une visite guidée de 45 minutes part toutes les heures de 10h30 à 14h30 ; elle coûte 12 $ par adulte.",
		"Les places sont limitées à 15 personnes par départ et doivent être réservées en ligne."}
	en := []string{"A 45-minute guided tour leaves every hour from 10:30am to 2:30pm; it costs $12 per adult.",
		"Places are limited to 15 people per tour and must be booked online."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cinq départs, quinze curieux par départ : ça fait 75 places en tout pour la visite guidée !", true},
		{"fr", fr, "Cinq départs, quinze curieux par départ : ça fait 90 places en tout pour la visite guidée !", false},
		{"en", en, "Five tours, fifteen people per tour: that makes 75 places on the guided tour!", true},
		{"en", en, "Five tours, fifteen people per tour: that makes 90 places on the guided tour!", false},
	})
}

// A multiplier that is the ratio of two backed figures the post gives ("15
// min pour 190 CHF, ou 35 min pour 290 CHF : plus de deux fois plus de
// temps en l'air") is the writer's arithmetic; a ratio the figures do not
// give is still flagged.
func TestRatioOfThePost(t *testing.T) {
	fr := []string{"Le vol biplace Découverte (environ 15 minutes de vol) coûte 190 CHF ; le vol biplace Grand Vol (environ 35 minutes de vol) coûte 290 CHF."}
	en := []string{"The Discovery tandem flight (about 15 minutes in the air) costs CHF 190; the Big Flight (about 35 minutes in the air) costs CHF 290."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Environ 15 min pour 190 CHF, ou environ 35 min pour 290 CHF. 100 CHF de plus pour plus de deux fois plus de temps en l'air 😍", true},
		{"fr", fr, "Environ 15 min pour 190 CHF, ou environ 35 min pour 290 CHF. 100 CHF de plus pour trois fois plus de temps en l'air 😍", false},
		{"en", en, "About 15 min for CHF 190, or about 35 min for CHF 290. CHF 100 more for more than twice the time in the air 😍", true},
		{"en", en, "About 15 min for CHF 190, or about 35 min for CHF 290. CHF 100 more for three times the time in the air 😍", false},
	})
}

// "doivent être réservées en ligne", "must be reserved online" require
// booking like "sur réservation": "sans réservation" is contradicted; a
// visit the facts do not say must be booked is not.
func TestMustBeReserved(t *testing.T) {
	fr := []string{"Les places pour la visite guidée sont limitées à 15 personnes par départ et doivent être réservées en ligne."}
	fr2 := []string{"Les places pour la visite guidée sont limitées à 15 personnes par départ."}
	en := []string{"Places on the guided tour are limited to 15 people per tour and must be reserved online."}
	en2 := []string{"Places on the guided tour are limited to 15 people per tour."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Visite guidée sans réservation, dans la limite de 15 personnes par départ 🐝", false},
		{"fr", fr, "Visite guidée sur réservation en ligne, dans la limite de 15 personnes par départ 🐝", true},
		{"fr", fr2, "Visite guidée sans réservation, dans la limite de 15 personnes par départ 🐝", true},
		{"en", en, "Guided tour, no booking needed, up to 15 people per tour 🐝", false},
		{"en", en2, "Guided tour, no booking needed, up to 15 people per tour 🐝", true},
	})
}

// "Pas besoin de réserver", "inutile de réserver", "no need to reserve" say
// that no booking is needed, like "sans réservation": contradicted by a
// fact that requires one, not by a sheet that does not.
func TestNoNeedToReserve(t *testing.T) {
	fr := []string{"Un cours d'essai gratuit a lieu le samedi 28 août 2027, de 10 h à 15 h, sur réservation seulement au 418 555-0147."}
	fr2 := []string{"Un cours d'essai gratuit a lieu le samedi 28 août 2027, de 10 h à 15 h."}
	en := []string{"A free trial class takes place on Saturday 28 August 2027, from 10 am to 3 pm, by booking only on 418 555-0147."}
	en2 := []string{"A free trial class takes place on Saturday 28 August 2027, from 10 am to 3 pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cours d'essai gratuit ce samedi 28 août, de 10 h à 15 h ! Pas besoin de réserver, venez essayer 🎪", false},
		{"fr", fr, "Cours d'essai gratuit ce samedi 28 août, de 10 h à 15 h ! Inutile de réserver, venez essayer 🎪", false},
		{"fr", fr2, "Cours d'essai gratuit ce samedi 28 août, de 10 h à 15 h ! Pas besoin de réserver, venez essayer 🎪", true},
		{"fr", fr, "Cours d'essai gratuit ce samedi 28 août, de 10 h à 15 h ! Pas besoin de talent, venez essayer 🎪", true},
		{"en", en, "Free trial class this Saturday 28 August, 10 am to 3 pm! No need to reserve, come and try 🎪", false},
		{"en", en2, "Free trial class this Saturday 28 August, 10 am to 3 pm! No need to reserve, come and try 🎪", true},
	})
}

// A participle a fact denies in its feminine ("n'est pas certifiée
// biologique") is denied in its masculine too ("Certifié biologique"), as
// in English ("not certified organic"); said negated, it stands.
func TestDeniedParticiple(t *testing.T) {
	fr := []string{"Le miel est extrait à froid et n'est jamais chauffé au-dessus de 38 °C. La miellerie n'est pas certifiée biologique."}
	en := []string{"The honey is cold-extracted and never heated above 38 °C. The honey house is not certified organic."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Notre miel, certifié biologique et extrait à froid !", false},
		{"fr", fr, "Notre miel, extrait à froid et jamais chauffé au-dessus de 38 °C !", true},
		{"fr", fr, "Notre miel n'est pas certifié biologique, mais il est extrait à froid !", true},
		{"en", en, "Our honey, certified organic and cold-extracted!", false},
		{"en", en, "Our honey, cold-extracted and never heated above 38 °C!", true},
	})
}

// "ou directement à l'accueil de l'école", "or in person at the front desk"
// offer an in-person way the facts deny ("uniquement en ligne"); where the
// facts give both ways it stands.
func TestFrontDeskIsInPerson(t *testing.T) {
	fr := []string{"Les inscriptions à la session d'automne sont ouvertes du lundi 9 août au vendredi 3 septembre 2027, uniquement en ligne sur hautvol.ca/inscriptions."}
	fr2 := []string{"Les inscriptions à la session d'automne sont ouvertes du lundi 9 août au vendredi 3 septembre 2027, en ligne sur hautvol.ca/inscriptions ou à l'accueil de l'école."}
	en := []string{"Registration for the autumn term is open from Monday 9 August to Friday 3 September 2027, online only at hautvol.ca/register."}
	en2 := []string{"Registration for the autumn term is open from Monday 9 August to Friday 3 September 2027, online at hautvol.ca/register or at the school's front desk."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Inscriptions à la session d'automne jusqu'au vendredi 3 septembre : inscrivez-vous en ligne ou directement à l'accueil de l'école.", false},
		{"fr", fr2, "Inscriptions à la session d'automne jusqu'au vendredi 3 septembre : inscrivez-vous en ligne ou directement à l'accueil de l'école.", true},
		{"fr", fr, "Inscriptions à la session d'automne jusqu'au vendredi 3 septembre : inscrivez-vous en ligne sur hautvol.ca/inscriptions.", true},
		{"fr", fr, "Les inscriptions à la session d'automne ferment le vendredi 3 septembre. Inscrivez-vous en ligne ou directement à l'accueil de l'école.", false},
		{"fr", fr, "Les inscriptions à la session d'automne ferment le vendredi 3 septembre. Inscrivez-vous en ligne, c'est rapide.", true},
		{"en", en, "Autumn term registration until Friday 3 September: register online or at the front desk.", false},
		{"en", en2, "Autumn term registration until Friday 3 September: register online or at the front desk.", true},
	})
}

// "sans engagement", "no commitment" for an offer whose facts set a least
// length of contract ("d'une durée d'au moins 12 mois") is contradicted,
// even when the brief uses "engagement" in another sense; a free quote
// "sans engagement" about something else stands.
func TestNoCommitmentAgainstAMinimumTerm(t *testing.T) {
	fr := []string{"Offre « Rentrée nette » : pour tout nouveau contrat signé du lundi 31 août au vendredi 16 octobre 2026, le premier mois de prestation est offert.",
		"L'offre « Rentrée nette » est réservée aux contrats d'une durée d'au moins 12 mois, avec au moins 2 passages par semaine.",
		"Le devis est gratuit et envoyé sous 48 heures ouvrées.",
		"Clairéa valorise son engagement écologique et social."}
	en := []string{"Back-to-work offer: for every new contract signed from Monday 31 August to Friday 16 October 2026, the first month of service is free.",
		"The back-to-work offer is for contracts of at least 12 months, with at least 2 visits a week.",
		"Quotes are free and sent within 48 working hours.",
		"Clairea is proud of its social and environmental commitment."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "🎁 Offre Rentrée nette : le premier mois offert pour tout nouveau contrat, sans engagement !", false},
		{"fr", fr, "🎁 Offre Rentrée nette : le premier mois offert pour tout nouveau contrat d'au moins 12 mois !", true},
		{"fr", fr, "Votre devis gratuit et sans engagement sous 48 heures ouvrées !", true},
		{"en", en, "🎁 Back-to-work offer: the first month free for every new contract, no commitment!", false},
		{"en", en, "Your free quote within 48 working hours, no commitment!", true},
	})
}

// "le premier mois de prestation est offert", "the first month is free"
// give one month: "2 mois offerts" is contradicted, "1 mois offert" and "le
// premier mois offert" stand.
func TestFirstMonthIsOneFreeMonth(t *testing.T) {
	fr := []string{"Offre « Rentrée nette » : pour tout nouveau contrat signé du lundi 31 août au vendredi 16 octobre 2026, le premier mois de prestation est offert."}
	en := []string{"Back-to-work offer: for every new contract signed from Monday 31 August to Friday 16 October 2026, the first month of service is free."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "🎁 Offre Rentrée nette : 2 mois offerts pour tout nouveau contrat !", false},
		{"fr", fr, "🎁 Offre Rentrée nette : 1 mois offert pour tout nouveau contrat !", true},
		{"fr", fr, "🎁 Offre Rentrée nette : le premier mois offert pour tout nouveau contrat !", true},
		{"en", en, "🎁 Back-to-work offer: 2 months free for every new contract!", false},
		{"en", en, "🎁 Back-to-work offer: the first month free for every new contract!", true},
	})
}

// A lowest age ("dès 14 ans", "from age 14") is not backed by a bare number
// of another fact (the 14 of "route de Médran 14") when the facts give ages;
// the stated lowest age stands.
func TestLowestAgeNotAnAddressNumber(t *testing.T) {
	fr := []string{"Le stage d'initiation est ouvert dès 16 ans ; les mineurs doivent présenter une autorisation parentale.",
		"Les vols biplaces sont accessibles dès 6 ans.",
		"Le rendez-vous est fixé 30 minutes avant le vol au bureau de l'école, route de Médran 14, à Verbier."}
	en := []string{"The beginners' course is open from 16 years old; minors need parental consent.",
		"Tandem flights are open from 6 years old.",
		"Meet 30 minutes before the flight at the school office, 14 Medran Road, Verbier."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Notre stage d'initiation est ouvert dès 16 ans, avec une autorisation parentale pour les mineurs.", true},
		{"fr", fr, "Notre stage d'initiation est ouvert dès 14 ans, avec une autorisation parentale pour les mineurs.", false},
		{"en", en, "Our beginners' course is open from 16 years old, with parental consent for minors.", true},
		{"en", en, "Our beginners' course is open from 14 years old, with parental consent for minors.", false},
	})
}

// A length of time said before or after something ("rendez-vous 15 minutes
// avant votre vol") is checked against the offsets the facts give that way
// ("30 minutes avant le vol"), not backed by another length of the sheet
// (a 15-minute flight).
func TestOffsetBeforeAnEvent(t *testing.T) {
	fr := []string{"Le vol biplace Découverte (environ 15 minutes de vol) coûte 190 CHF.",
		"Le rendez-vous est fixé 30 minutes avant le vol au bureau de l'école, route de Médran 14, à Verbier."}
	en := []string{"The Discovery tandem flight (about 15 minutes in the air) costs CHF 190.",
		"Meet 30 minutes before the flight at the school office, 14 Medran Road, Verbier."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Rendez-vous 30 minutes avant votre vol au bureau de l'école 📍", true},
		{"fr", fr, "Rendez-vous 15 minutes avant votre vol au bureau de l'école 📍", false},
		{"fr", fr, "Un vol Découverte de 15 minutes pour 190 CHF !", true},
		{"en", en, "Meet 30 minutes before your flight at the school office 📍", true},
		{"en", en, "Meet 15 minutes before your flight at the school office 📍", false},
	})
}

// "aux enfants de tous âges", "kids of all ages" deny the age limit the
// fact about the same thing sets ("n'est pas accessible aux enfants de moins
// de 8 ans"); without a limit it stands.
func TestAllAgesAgainstALimit(t *testing.T) {
	fr := []string{"Pendant la Journée portes ouvertes, une visite guidée du rucher-école part toutes les heures ; elle coûte 12 $ par adulte et 6 $ pour les 8 à 17 ans, et n'est pas accessible aux enfants de moins de 8 ans."}
	fr2 := []string{"Pendant la Journée portes ouvertes, une visite guidée du rucher-école part toutes les heures ; elle coûte 12 $ par adulte et 6 $ pour les 8 à 17 ans."}
	en := []string{"During the Open Day, a guided tour of the teaching apiary leaves every hour; it costs $12 per adult and $6 for ages 8 to 17, and is not open to children under 8 years old."}
	en2 := []string{"During the Open Day, a guided tour of the teaching apiary leaves every hour; it costs $12 per adult and $6 for ages 8 to 17."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Visite guidée du rucher-école ouverte aux enfants de tous âges 🐝", false},
		{"fr", fr2, "Visite guidée du rucher-école ouverte aux enfants de tous âges 🐝", true},
		{"fr", fr, "Visite guidée du rucher-école dès 8 ans 🐝", true},
		{"en", en, "Guided tour of the teaching apiary, open to kids of all ages 🐝", false},
		{"en", en2, "Guided tour of the teaching apiary, open to kids of all ages 🐝", true},
	})
}

// An item added to the list of what a fact includes ("matériel, remontées
// mécaniques et hébergement compris" for "matériel et remontées mécaniques
// compris") is not that inclusion in other words: it is flagged; the
// fact's own list stands.
func TestItemAddedToAnInclusion(t *testing.T) {
	fr := []string{"Le stage d'initiation dure 5 jours, du lundi au vendredi ; il coûte 1 150 CHF, matériel et remontées mécaniques compris."}
	en := []string{"The beginners' course lasts 5 days, Monday to Friday; it costs CHF 1,150, equipment and ski lifts included."}
	// (a freebie after a comma lists nothing: blind38 grottes-vielmur-02)
	fr2 := []string{"La visite guidée dure 1h10 et parcourt 1,2 km de galeries, jusqu'à 85 mètres sous terre, avec 640 marches ; la température y est de 13 °C toute l'année.",
		"La saison 2026 va du samedi 4 avril au dimanche 1er novembre 2026.",
		"Le nouveau spectacle son et lumière de la Salle des Orgues, d'une durée de 22 minutes, est inauguré le vendredi 26 juin 2026 ; il est inclus dans le billet de visite."}
	runBlindCases(t, []blindCase{
		{"fr", fr2, "Cette saison, du 4 avril au 1er novembre, nous avons une surprise pour vous : à partir du vendredi 26 juin, la Salle des Orgues s'illumine avec un tout nouveau spectacle son et lumière de 22 minutes, inclus dans votre billet 🎶", true},
		{"fr", fr, "Stage d'initiation : 5 jours du lundi au vendredi, 1 150 CHF avec matériel et remontées mécaniques compris.", true},
		{"fr", fr, "Stage d'initiation : 5 jours du lundi au vendredi, 1 150 CHF avec matériel, remontées mécaniques et hébergement compris.", false},
		{"en", en, "Beginners' course: 5 days Monday to Friday, CHF 1,150 with equipment and ski lifts included.", true},
		{"en", en, "Beginners' course: 5 days Monday to Friday, CHF 1,150 with equipment, ski lifts and accommodation included.", false},
	})
}

// A lowest age said of a thing a fact names with its own age ("venez
// essayer le trapèze dès 6 ans" when the trapeze is for "élèves de 10 ans et
// plus") is checked against that fact, not backed by another class's
// lowest age (6 à 12 ans).
func TestLowestAgeOfTheThing(t *testing.T) {
	fr := []string{"Le cours récréatif Enfants (6 à 12 ans) dure 1 h 30 par semaine et coûte 395 $ pour la session.",
		"Les disciplines aériennes (trapèze, tissu, cerceau) sont réservées aux élèves de 10 ans et plus."}
	en := []string{"The Kids recreational class (ages 6 to 12) lasts 1 h 30 a week and costs $395 for the term.",
		"Aerial disciplines (trapeze, silks, hoop) are for students aged 10 years and over."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cours récréatif Enfants dès 6 ans, 395 $ la session !", true},
		{"fr", fr, "Venez essayer le trapèze dès 10 ans 🎪", true},
		{"fr", fr, "Venez essayer le trapèze dès 6 ans 🎪", false},
		{"en", en, "Kids recreational class from 6 years old, $395 a term!", true},
		{"en", en, "Come and try the trapeze from 6 years old 🎪", false},
	})
}
