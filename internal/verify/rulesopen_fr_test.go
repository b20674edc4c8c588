package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind8–11: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English.

// A sentence of a fact that gives two clock times, the later one last ("le
// car quitte Rennes à 7h15 et arrive à Toulouse à 16h55") gives the time
// between them: the trip's length, and a true bound on it.
func TestLengthBetweenTwoTimes(t *testing.T) {
	fr := []string{"Le car quitte la gare routière de Rennes tous les jours à 7h15 et arrive à la gare de Toulouse à 16h55."}
	en := []string{"The coach leaves Leeds bus station every day at 8:10am and arrives at Aberdeen bus station at 5:40pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Rennes ➡️ Toulouse sans changement, en 9h40 !", true},
		{"fr", fr, "Tu quittes Rennes à 7 h 15 et tu es à Toulouse moins de 10 heures plus tard 🌞", true},
		{"fr", fr, "Rennes ➡️ Toulouse sans changement, en 8h30 !", false},
		{"fr", fr, "Tu quittes Rennes à 7 h 15 et tu es à Toulouse moins de 9 heures plus tard 🌞", false},
		{"en", en, "Leeds to Aberdeen in 9 hours 30 minutes, no changes!", true},
		{"en", en, "Leeds to Aberdeen in under 10 hours, no changes!", true},
		{"en", en, "Leeds to Aberdeen in 8 hours 30 minutes, no changes!", false},
	})
}

// A freebie said with a verb backs on the fact's noun or adjective of the
// same root ("essayer gratuitement" for "essais gratuits", "se modifient
// gratuitement" for "modifiables sans frais", "change for free" for
// "changeable free of charge"); another thing given free is still flagged.
func TestFreebieSameRoot(t *testing.T) {
	fr := []string{"Les billets sont modifiables sans frais jusqu'à 24 heures avant le départ ; ils ne sont pas remboursables.", "Le Tour Ardéa propose des essais gratuits de 30 minutes dans 6 villes."}
	en := []string{"Tickets are changeable free of charge up to 24 hours before departure; they are not refundable.", "The Ardea Tour offers free trials of 30 minutes in 6 cities."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Bon à savoir : les billets se modifient gratuitement jusqu'à 24 h avant le départ.", true},
		{"fr", fr, "Le Tour Ardéa passe par 6 villes pour vous faire essayer gratuitement toute la gamme.", true},
		{"fr", fr, "Et vous pouvez louer gratuitement un vélo pour le week-end !", false},
		{"fr", fr, "Bon à savoir : les bagages se transportent gratuitement.", false},
		{"en", en, "Good to know: tickets can be changed for free up to 24 hours before departure.", true},
		{"en", en, "The Ardea Tour visits 6 cities so you can try the whole range for free.", true},
		{"en", en, "And you can rent a bike for free for the weekend!", false},
		{"en", en, "Good to know: luggage travels for free.", false},
	})
}

// "lien en bio", "link in bio", "dans notre bio" name the profile's bio,
// not the organic label; "passé en bio" and "organic" still claim it.
func TestLinkInBio(t *testing.T) {
	fr := []string{"Les inscriptions au conservatoire sont ouvertes du 1er au 26 juin 2027."}
	en := []string{"Registration for the music school is open from 1 to 26 June 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Inscriptions du 1er au 26 juin 👉 lien en bio", true},
		{"fr", fr, "Inscriptions du 1er au 26 juin, tout est dans notre bio !", true},
		{"fr", fr, "Inscriptions du 1er au 26 juin, et notre cantine passe en bio !", false},
		{"en", en, "Registration open 1–26 June 👉 link in bio", true},
		{"en", en, "Registration open 1–26 June, details in our bio!", true},
		{"en", en, "Registration open 1–26 June, and our canteen is now bio!", false},
	})
}

// A deadline "avant le 31 mars", "before 31 March" ends on 30 March: "jusqu'au
// 30 mars inclus", "until 30 March" is the same deadline, and the other way
// round; a deadline a day later is still flagged.
func TestDeadlineBeforeDay(t *testing.T) {
	fr := []string{"Prévente : 20 % de réduction sur les billets datés achetés en ligne avant le 31 mars 2027."}
	fr2 := []string{"Prévente : 20 % de réduction sur les billets datés achetés en ligne jusqu'au 31 mars 2027."}
	en := []string{"Presale: 20% off dated tickets bought online before 31 March 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Jusqu'au 30 mars inclus, vos billets datés achetés en ligne sont à -20 % !", true},
		{"fr", fr, "Billets datés à -20 % en ligne, avant le 31 mars !", true},
		{"fr", fr, "Jusqu'au 1er avril, vos billets datés achetés en ligne sont à -20 % !", false},
		{"fr", fr2, "Billets datés à -20 % en ligne, avant le 1er avril !", true},
		{"fr", fr2, "Billets datés à -20 % en ligne, avant le 2 avril !", false},
		{"en", en, "Until 30 March, dated tickets bought online are 20% off!", true},
		{"en", en, "Until 30 March included, dated tickets bought online are 20% off!", true},
		{"fr", fr, "Jusqu'au mardi 30 mars compris, les billets datés en ligne sont à -20 % !", true},
		{"en", en, "Until 1 April, dated tickets bought online are 20% off!", false},
		{"fr", fr, "Billets datés à -20 % en ligne avant le 31 mars, livraison le samedi incluse !", false},
		{"en", en, "Dated tickets 20% off online before 31 March, Saturday delivery included!", false},
	})
}

// An extension ("prolongé", "extended") is a claim when it names an offer
// or a period next to it or gives a date or a time in its sentence; "prolonge
// cette exigence de qualité", "extends our commitment to quality" say
// nothing of a period.
func TestExtensionOfAPeriod(t *testing.T) {
	fr := []string{"Offre de lancement : les frais de notaire sont offerts pour toute réservation signée avant le 28 février 2027.", "Le programme est certifié NF Habitat HQE et conforme à la RE2020."}
	en := []string{"Launch offer: notary fees are paid for any reservation signed before 28 February 2027.", "The development is certified NF Habitat HQE."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Certifié NF Habitat HQE et conforme à la RE2020, notre nouveau programme prolonge cette exigence de qualité.", true},
		{"fr", fr, "Offre de lancement prolongée : frais de notaire offerts !", false},
		{"fr", fr, "Bonne nouvelle, on prolonge jusqu'au 15 mars pour les frais de notaire offerts !", false},
		{"en", en, "Certified NF Habitat HQE, our new development extends that commitment to quality.", true},
		{"en", en, "Launch offer extended: notary fees paid!", false},
	})
}

// A name of three words or more is stated when its words stand in a fact
// in the same order with one word at most between them ("Conservatoire
// Henriette Renié" for "Conservatoire municipal Henriette-Renié"); a name
// with another word is still flagged.
func TestNameWithAWordLeftOut(t *testing.T) {
	fr := []string{"Le Conservatoire municipal Henriette-Renié de Montclar a été fondé en 1978."}
	en := []string{"The Harrowfield Municipal Recycling Centre opens on Monday 3 May 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Fondé en 1978, le Conservatoire Henriette Renié vous attend !", true},
		{"fr", fr, "Fondé en 1978, le Conservatoire Henriette Dupuis vous attend !", false},
		{"en", en, "The new Harrowfield Recycling Centre opens on 3 May!", true},
		{"en", en, "The new Harrowfield Composting Centre opens on 3 May!", false},
	})
}

// The bare day numbers of a list that ends on a date with its month ("5-6,
// 12-13 et 19-20 décembre", "5, 12 and 19 December") are days of that
// month, checked as dates: inside the stated period they are not flagged,
// outside it they are.
func TestDayListBeforeMonth(t *testing.T) {
	fr := []string{"Le marché de Noël est ouvert du vendredi 4 décembre au jeudi 24 décembre 2026."}
	en := []string{"The Christmas market is open from Friday 4 December to Thursday 24 December 2026."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Trois week-ends pour flâner au marché de Noël : 5-6, 12-13 et 19-20 décembre 🎄", true},
		{"fr", fr, "Au marché de Noël les 5, 12 et 19 décembre !", true},
		{"fr", fr, "Au marché de Noël les 2, 12 et 19 décembre !", false},
		{"en", en, "Three weekends at the Christmas market: 5-6, 12-13 and 19-20 December 🎄", true},
		{"en", en, "See you at the Christmas market on 2, 12 and 19 December!", false},
	})
}

// Arithmetic a writer does with figures the post names: a stated share of
// a stated price ("acompte de 30 %" of 1 190 €: 357 €), and a total less a
// stated amount per person times the people named (3 760 € less 150 € per
// adult for two adults: 3 460 €). Another figure is still flagged.
func TestShareAndPerPersonOff(t *testing.T) {
	fr := []string{
		"Le séjour coûte 1 190 € par adulte et 690 € par enfant.",
		"Un acompte de 30 % est demandé à la réservation.",
		"Offre Réservez tôt : 150 € de réduction par adulte.",
	}
	en := []string{
		"The holiday costs £1,190 per adult and £690 per child.",
		"A 30% deposit is due on booking.",
		"Early booking offer: £150 off per adult.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Seul un acompte de 30 % est demandé. Pour un adulte au tarif de 1 190 €, cela fait 357 € à la réservation.", true},
		{"fr", fr, "Seul un acompte de 30 % est demandé. Pour un adulte au tarif de 1 190 €, cela fait 375 € à la réservation.", false},
		{"fr", fr, "Deux adultes et deux enfants : le séjour démarre à 3 760 € et descend à 3 460 € avec l'offre Réservez tôt !", true},
		{"fr", fr, "Deux adultes et deux enfants : le séjour démarre à 3 760 € et descend à 3 360 € avec l'offre Réservez tôt !", false},
		{"en", en, "Only a 30% deposit is due. For one adult at £1,190, the deposit comes to £357.", true},
		{"en", en, "Only a 30% deposit is due. For one adult at £1,190, the deposit comes to £375.", false},
		{"en", en, "Two adults and two children: the holiday starts at £3,760 and drops to £3,460 with early booking!", true},
		{"en", en, "Two adults and two children: the holiday starts at £3,760 and drops to £3,360 with early booking!", false},
	})
}

// A superlative the facts give, its place said with a common noun
// ("meilleure agence indépendante de la région" for "… de
// Bourgogne-Franche-Comté"), is stated; a superlative the facts do not give
// is still flagged.
func TestSuperlativeOfTheRegion(t *testing.T) {
	fr := []string{"Aubépine Voyages a été élue meilleure agence indépendante de Bourgogne-Franche-Comté aux Trophées du Tourisme régional 2025."}
	en := []string{"Aubepine Travel was named best independent agency of Yorkshire at the 2025 Regional Tourism Awards."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Fiers du titre de meilleure agence indépendante de la région obtenu aux Trophées du Tourisme régional 2025 !", true},
		{"fr", fr, "Fiers d'être la plus grande agence indépendante de la région !", false},
		{"fr", fr, "Fiers d'être le meilleur voyagiste de la région !", false},
		{"en", en, "Proud to be the best independent agency in the region, as the 2025 Regional Tourism Awards said!", true},
		{"en", en, "Proud to be the biggest independent agency in the region!", false},
	})
}

// A count of anything in a sentence that names a weekly weekday ("17
// départs, tous les samedis du 5 juin au 25 septembre") is backed by how
// many of that weekday the stated range holds; another count is flagged.
func TestTimesOfRecurrence(t *testing.T) {
	fr := []string{"Les départs ont lieu chaque samedi, du samedi 5 juin au samedi 25 septembre 2027."}
	en := []string{"Departures run every Saturday, from Saturday 5 June to Saturday 25 September 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cet été, 17 départs, tous les samedis du 5 juin au 25 septembre !", true},
		{"fr", fr, "Cet été, 18 départs, tous les samedis du 5 juin au 25 septembre !", false},
		{"en", en, "This summer, 17 departures, every Saturday from 5 June to 25 September!", true},
		{"en", en, "This summer, 19 departures, every Saturday from 5 June to 25 September!", false},
	})
}

// Points earned at a stated rate per unit of money ("1 point par euro
// dépensé", "1 point per £1 spent") convert back to money: "100 € d'achats
// = 5 €" for "100 points donnent un bon de 5 €"; another amount is flagged.
func TestPointsAtAStatedRate(t *testing.T) {
	fr := []string{"Le programme de fidélité est gratuit : 1 point par euro dépensé, et chaque tranche de 100 points donne un bon d'achat de 5 €.", "La livraison est offerte dès 40 € d'achat."}
	en := []string{"The loyalty scheme is free: 1 point per £1 spent, and every 100 points earn a £5 voucher.", "Delivery is free on orders from £40."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Chaque euro dépensé rapporte un point : 100 € d'achats = 5 € à dépenser chez nous 🙂", true},
		{"fr", fr, "Chaque euro dépensé rapporte un point : 80 € d'achats = 5 € à dépenser chez nous 🙂", false},
		{"en", en, "Every pound earns a point: spend £100, get £5 to spend with us 🙂", true},
		{"en", en, "Every pound earns a point: spend £80, get £5 to spend with us 🙂", false},
	})
}

// A range that starts (or ends) on a stated period's own day but ends (or
// starts) elsewhere, in a sentence sharing a word with that period's fact,
// is a wrong end of that period, even when the word is in other facts too;
// the stated period, in any form, is not flagged.
func TestPeriodWithAWrongEnd(t *testing.T) {
	fr := []string{"La saison 2027 commence le samedi 3 avril 2027 et se termine le dimanche 7 novembre 2027.", "Le Pass Saison 2027 coûte 89 € et donne un accès illimité au parc pendant toute la saison."}
	en := []string{"The 2027 season starts on Saturday 3 April 2027 and ends on Sunday 7 November 2027.", "The 2027 Season Pass costs £89 and gives unlimited entry for the whole season."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Infos pratiques 📌 Saison du samedi 3 avril au 7 novembre, tous les jours !", true},
		{"fr", fr, "Infos pratiques 📌 Saison du samedi 3 avril au 31 octobre, tous les jours !", false},
		{"en", en, "Good to know 📌 Season from Saturday 3 April to 7 November!", true},
		{"en", en, "Good to know 📌 Season from Saturday 3 April to 31 October!", false},
	})
}

// An end time said of a date ("le jeudi 24 décembre … jusqu'à 20h") is
// checked against the end time a fact gives that very date ("Le jeudi 24
// décembre, il ferme à 17h"), not only against the weekday's hours.
func TestClosingOfADate(t *testing.T) {
	fr := []string{"Le marché est ouvert du lundi au jeudi de 14h à 20h et le dimanche de 11h à 20h. Le jeudi 24 décembre, il ferme à 17h."}
	en := []string{"The market is open Monday to Thursday from 2pm to 8pm and Sunday from 11am to 8pm. On Thursday 24 December, it closes at 5pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Dernière chance le jeudi 24 décembre : le marché reste ouvert jusqu'à 17h !", true},
		{"fr", fr, "Le lundi, le marché est ouvert jusqu'à 20h !", true},
		{"fr", fr, "Dernière chance le jeudi 24 décembre : le marché reste ouvert jusqu'à 20h !", false},
		{"en", en, "Last chance on Thursday 24 December: the market stays open until 5pm!", true},
		{"en", en, "Last chance on Thursday 24 December: the market stays open until 8pm!", false},
	})
}

// A word a fact denies ("ils ne sont pas remboursables", "tickets are not
// refundable") said without a negation about the same thing is
// contradicted; the post that keeps the negation, in any form, is not.
func TestDeniedQuality(t *testing.T) {
	fr := []string{"Les billets sont modifiables sans frais jusqu'à 24 heures avant le départ ; ils ne sont pas remboursables."}
	en := []string{"Tickets can be changed free of charge up to 24 hours before departure; tickets are not refundable."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Vos billets sont modifiables sans frais jusqu'à 24 h avant le départ (mais pas remboursables).", true},
		{"fr", fr, "Vos billets sont modifiables sans frais jusqu'à 24 h avant le départ, billets non remboursables.", true},
		{"fr", fr, "Vos billets sont modifiables sans frais jusqu'à 24 h avant le départ, et même remboursables ✌️", false},
		{"en", en, "Your tickets can be changed free of charge up to 24 hours before departure, but they aren't refundable.", true},
		{"en", en, "Your tickets can be changed free of charge up to 24 hours before departure, and they are even refundable!", false},
	})
}

// The campaign's year said with a part of a year ("livraison prévue fin
// 2027", "completion in late 2027") is contradicted when the fact about the
// same thing gives another year with a part of it ("au 2e trimestre 2028");
// the fact's year, and the campaign's year said of something else, are not.
func TestYearOfTheSameThing(t *testing.T) {
	fr := []string{"Les portes ouvertes ont lieu le samedi 16 janvier 2027.", "La livraison des logements est prévue au 2e trimestre 2028."}
	en := []string{"The open days take place on Saturday 16 January 2027.", "Completion of the flats is planned for the second quarter of 2028."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Portes ouvertes le 16 janvier, livraison prévue mi 2028 !", true},
		{"fr", fr, "Portes ouvertes le 16 janvier, livraison prévue au 2e trimestre 2028 !", true},
		{"fr", fr, "Portes ouvertes le 16 janvier : venez dès le début 2027 !", true},
		{"fr", fr, "Portes ouvertes le 16 janvier, livraison prévue fin 2027 !", false},
		{"en", en, "Open day on 16 January, completion planned for mid 2028!", true},
		{"en", en, "Open day on 16 January, completion planned for late 2027!", false},
	})
}

// "vos points comptent double", "points count double": a rate doubled is a
// multiplier claim, which a fact must state; "un double expresso", "a
// double room" are not.
func TestCountsDouble(t *testing.T) {
	fr := []string{"Le programme de fidélité donne 1 point par euro dépensé.", "La chambre double coûte 90 € la nuit."}
	fr2 := []string{"Du 17 octobre au 1er novembre, les points de fidélité comptent double."}
	en := []string{"The loyalty scheme gives 1 point per £1 spent.", "A double room costs £90 a night."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La chambre double est à 90 € la nuit !", true},
		{"fr", fr2, "Jusqu'au 1er novembre, vos points comptent double !", true},
		{"fr", fr, "Jusqu'au 1er novembre, vos points comptent double !", false},
		{"en", en, "A double room is £90 a night!", true},
		{"en", en, "Until 1 November, your points count double!", false},
	})
}

// A fact that says a thing "se réserve(nt) sur …", "must be booked" requires
// booking: "sans réservation", "no booking needed" is contradicted; a post
// that sends to the booking page is not.
func TestBookedOnline(t *testing.T) {
	fr := []string{"Les essais durent 30 minutes et se réservent sur ardea-cycles.fr/tour."}
	en := []string{"Test rides last 30 minutes and must be booked on ardea-cycles.com/tour."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Essai de 30 minutes, réservez sur ardea-cycles.fr/tour !", true},
		{"fr", fr, "Essai de 30 minutes, sans réservation !", false},
		{"en", en, "30-minute test rides, book on ardea-cycles.com/tour!", true},
		{"en", en, "30-minute test rides, no booking needed!", false},
	})
}

// "Routalys, premier réseau d'autocars de l'Ouest", "Premier réseau
// dentaire de Bretagne": a rank in apposition or as a title, without its
// article, is a claim when it has a place; "Première visite chez Poil de
// Carotte", "Premier match de 2027 au Palais" are an order in time. A rank
// the facts give is not flagged.
func TestRankInApposition(t *testing.T) {
	fr := []string{"Routalys est une compagnie d'autocars fondée en 2015 à Nantes.", "Le salon Poil de Carotte ouvre le 3 mars 2027."}
	fr2 := []string{"Routalys est le premier réseau d'autocars de l'Ouest de la France."}
	en := []string{"Routalys is a coach company founded in 2015 in Nantes.", "The Poil de Carotte salon opens on 3 March 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Première visite chez Poil de Carotte le 3 mars ? On vous attend !", true},
		{"fr", fr2, "Routalys, premier réseau d'autocars de l'Ouest de la France, vous emmène partout.", true},
		{"fr", fr, "Routalys, premier réseau d'autocars de l'Ouest de la France, vous emmène partout.", false},
		{"fr", fr, "Premier réseau d'autocars de Bretagne, Routalys vous emmène partout.", false},
		{"en", en, "First visit to Poil de Carotte on 3 March? See you there!", true},
		{"en", en, "Routalys, the first coach network in the West of France, takes you everywhere.", false},
	})
}

// A price per unit of time or per person ("195 €/an", "£195 a year") is no
// saving: the difference of two stated prices (290 € − 95 €) does not back
// it; a saving the writer announces still is, and a stated rate is.
func TestRateIsNoSaving(t *testing.T) {
	fr := []string{"Les droits d'inscription annuels sont de 95 € si le QF est inférieur à 700 €, 185 € entre 700 et 1 400 €, 290 € au-dessus."}
	en := []string{"Annual fees are £95 if household income is under £20,000, £185 between £20,000 and £40,000, and £290 above."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Tarifs : 95 €/an, 185 €/an ou 290 €/an selon votre QF.", true},
		{"fr", fr, "Entre le tarif le plus bas et le plus haut, soit 195 € d'écart.", true},
		{"fr", fr, "QF de 700 à 1 400 € : 195 €/an.", false},
		{"en", en, "Fees: £95 a year, £185 a year or £290 a year depending on income.", true},
		{"en", en, "Income between £20,000 and £40,000: £195 a year.", false},
	})
}

// "partitions fournies", "matériel fourni": what is supplied with an offer
// is an inclusion the facts must give ("le matériel est fourni"); a fact
// that denies it ("n'est pas fourni") contradicts it. English "provided"
// is left alone ("provided you book" is a condition).
func TestSuppliedWithTheOffer(t *testing.T) {
	fr := []string{"La location d'un instrument coûte 70 € par an.", "Le repas de midi n'est pas fourni (pique-nique à apporter)."}
	fr2 := []string{"La location d'un instrument coûte 70 € par an ; le matériel d'entretien est fourni."}
	en := []string{"Instrument hire costs £70 a year; cleaning kit is included.", "Lunch is not included (bring a packed lunch)."}
	runBlindCases(t, []blindCase{
		{"fr", fr2, "Location d'instrument : 70 €/an, matériel d'entretien fourni 🎼", true},
		{"fr", fr, "Location d'instrument : 70 €/an, partitions fournies 🎼", false},
		{"fr", fr, "Stage de 5 jours, repas de midi fourni !", false},
		{"en", en, "Instrument hire: £70 a year, cleaning kit provided 🎼", true},
		{"en", en, "Instrument hire: £70 a year, provided you book online.", true},
		{"en", en, "Five-day camp, lunch included!", false},
	})
}

// A level of reach ("à rayonnement départemental", "a national award")
// after the same word as a fact that gives another level there ("à
// rayonnement communal", "a regional award") is contradicted; the fact's
// level, and a level said of something else, are not.
func TestOtherLevel(t *testing.T) {
	fr := []string{"Il est classé Conservatoire à rayonnement communal (CRC) par le ministère de la Culture."}
	en := []string{"The bakery won a regional award for its sourdough in 2025."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Classé Conservatoire à rayonnement communal, il vous accueille !", true},
		{"fr", fr, "Classé Conservatoire à rayonnement communal par le ministère, il fête la musique nationale !", true},
		{"fr", fr, "Classé Conservatoire à rayonnement départemental, il vous accueille !", false},
		{"en", en, "Our sourdough won a regional award in 2025!", true},
		{"en", en, "Our sourdough won a national award in 2025!", false},
	})
}
