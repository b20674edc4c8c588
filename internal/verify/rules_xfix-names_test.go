package verify

import "testing"

// Tests for the general rules of the class "names" of the misses across
// brands (a person, a place, a partner or a title of the facts said of
// another thing than the facts give it to): each pairs the legitimate form
// (not flagged) with a wrong one (flagged), in French and English.

// "15-minute sessions with Niamh Keohane" when Conor Twomey leads all
// headshot sessions; "Olivier Gagnon y fera les démos de tournage" when
// the demonstrations are given by Camille Tremblay ("démos" clipped from
// "démonstrations").
func TestActivityOfAnotherPerson(t *testing.T) {
	en := []string{"Fernlight Studio was founded in 2016 by photographer Niamh Keohane.", "Conor Twomey is the studio's associate photographer and leads all headshot sessions."}
	fr := []string{"L'atelier a été fondé par Camille Tremblay et Olivier Gagnon.", "Portes ouvertes le samedi 11 décembre 2027 : démonstrations de tournage par Camille Tremblay."}
	runBlindCases(t, []blindCase{
		{"en", en, "Book headshot sessions with Conor Twomey!", true},
		{"en", en, "Book headshot sessions with Niamh Keohane!", false},
		{"en", en, "Niamh Keohane founded the studio in 2016.", true},
		{"fr", fr, "Samedi 11 décembre, Camille Tremblay y fera les démos de tournage.", true},
		{"fr", fr, "Samedi 11 décembre, Olivier Gagnon y fera les démos de tournage.", false},
		{"fr", fr, "Démonstrations de tournage avec Camille Tremblay samedi !", true},
		{"fr", fr, "Démonstrations de tournage avec Olivier Gagnon samedi !", false},
	})
}

// A title the facts give for one place said for another: "Best Outdoor
// Track in the UK" for "in the South West", "(North Island)" for "(South
// Island)", "Australia's Training Centre of the Year" for "the Western
// Australian …", "Service Client de l'Année en Bourgogne" for "en Franche-Comté".
func TestTitleOfAnotherPlace(t *testing.T) {
	en := []string{"Kestrel Park Karting was voted Best Outdoor Track in the South West at the 2027 UK Karting Awards.", "Kōwhai Rise won the Best Lifestyle Village (South Island) category at the 2027 NZ Retirement Living Awards.", "In 2026, Australian Sailing named Saltbush Bay the Western Australian Training Centre of the Year."}
	fr := []string{"La Banque Comtoise compte 64 agences en Franche-Comté et en Bourgogne.", "En 2025, la Banque Comtoise a été élue Service Client de l'Année en Franche-Comté."}
	runBlindCases(t, []blindCase{
		{"en", en, "We were voted Best Outdoor Track in the South West at the 2027 UK Karting Awards!", true},
		{"en", en, "We were voted Best Outdoor Track at the 2027 UK Karting Awards!", true},
		{"en", en, "We were voted Best Outdoor Track in the UK at the 2027 UK Karting Awards!", false},
		{"en", en, "Kōwhai Rise was named Best Lifestyle Village (South Island) at the 2027 NZ Retirement Living Awards.", true},
		{"en", en, "Kōwhai Rise was named Best Lifestyle Village (North Island) at the 2027 NZ Retirement Living Awards.", false},
		{"en", en, "Proud to be the Western Australian Training Centre of the Year 2026!", true},
		{"en", en, "Proud to be Australia's Training Centre of the Year 2026!", false},
		{"fr", fr, "Élue Service Client de l'Année en Franche-Comté en 2025 !", true},
		{"fr", fr, "Élue Service Client de l'Année en 2025 !", true},
		{"fr", fr, "Élue Service Client de l'Année en Bourgogne en 2025 !", false},
	})
}

// A site of the facts said of a name its fact gives another site of the
// same noun: "The Salt Orchard at our York shop" for "The Salt Orchard at
// the Leeds shop", "Samuel Okafor Trio … sur la scène des Chênes" for
// "Samuel Okafor Trio à 19h, scène du Cloître".
func TestSiteOfAnotherForAName(t *testing.T) {
	en := []string{"Northwind Books has 2 shops, in Leeds and York.", "Author Priya Shah presents her novel The Salt Orchard at the Leeds shop on Thursday 5 March 2026 at 7pm."}
	fr := []string{"Les concerts ont lieu sur deux scènes : la scène des Chênes et la scène du Cloître.", "Vendredi 17 juillet : Samuel Okafor Trio à 19h, scène du Cloître, puis le Big Band de la Garrigue à 21h30, scène des Chênes."}
	runBlindCases(t, []blindCase{
		{"en", en, "Priya Shah reads from The Salt Orchard at our Leeds shop on 5 March!", true},
		{"en", en, "Priya Shah reads from The Salt Orchard at our York shop on 5 March!", false},
		{"en", en, "Visit our York shop or our Leeds shop!", true},
		{"fr", fr, "Vendredi 17 juillet, le Samuel Okafor Trio ouvre la soirée sur la scène du Cloître.", true},
		{"fr", fr, "Vendredi 17 juillet, le Big Band de la Garrigue joue sur la scène des Chênes.", true},
		{"fr", fr, "Vendredi 17 juillet, le Samuel Okafor Trio ouvre la soirée sur la scène des Chênes.", false},
	})
}

// A prize said won that the facts give only a selection, a shortlist or a
// stage of: "lauréat du prix Horizon" for "la première sélection du prix
// Horizon", "vainqueur du Critérium du Dauphiné" for "vainqueur d'une étape
// du Critérium du Dauphiné", "winner of the Carnegie Medal" for
// "shortlisted for the Carnegie Medal".
func TestPrizeWonForASelection(t *testing.T) {
	en := []string{"The Long Tide was shortlisted for the Carnegie Medal in 2026.", "Its author, Mira Holt, won the Costa Book Award in 2019."}
	fr := []string{"Le roman figure dans la première sélection du prix Horizon du premier roman 2026.", "Le parrain est Julien Vallory, vainqueur d'une étape du Critérium du Dauphiné en 2011, lauréat du Grand Prix de Plouay en 2009."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Long Tide, shortlisted for the Carnegie Medal!", true},
		{"en", en, "The Long Tide, winner of the Carnegie Medal!", false},
		{"en", en, "Mira Holt won the Costa Book Award in 2019.", true},
		{"fr", fr, "Le roman est dans la sélection du prix Horizon !", true},
		{"fr", fr, "Le roman est déjà lauréat du prix Horizon !", false},
		{"fr", fr, "Julien Vallory, vainqueur d'une étape du Critérium du Dauphiné en 2011 et lauréat du Grand Prix de Plouay.", true},
		{"fr", fr, "Julien Vallory, vainqueur du Critérium du Dauphiné en 2011.", false},
	})
}

// A place said of a name of the facts right after it ("Spice Quay in Cape
// Town") that every fact naming it sets elsewhere ("the Durban restaurant
// Spice Quay", "Le Grand Chêne à Nantes").
func TestPlaceOfAnotherForAName(t *testing.T) {
	en := []string{"Fynbos Fork was founded in 2021 in Cape Town.", "In February 2028, the menu includes 4 recipes created with chef Kavitha Naidoo of the Durban restaurant Spice Quay."}
	fr := []string{"Le Fournil Doré a été fondé en 2015 à Rennes.", "En février, le chef Marc Duval, du restaurant Grand Chêne à Nantes, signe 4 recettes du menu."}
	runBlindCases(t, []blindCase{
		{"en", en, "Meet chef Kavitha Naidoo from Spice Quay in Durban!", true},
		{"en", en, "Meet chef Kavitha Naidoo from Spice Quay in Cape Town!", false},
		{"fr", fr, "En février, 4 recettes du chef Marc Duval, du restaurant Grand Chêne à Nantes !", true},
		{"fr", fr, "En février, 4 recettes du chef Marc Duval, du restaurant Grand Chêne à Rennes !", false},
	})
}

// A holiday named in the post as a day something runs on, when a fact
// denies that day by its name or its date: "open on Easter Sunday" for
// "closed on Easter Sunday", "Sailings as normal on Christmas Day" for "no
// sailings on 25 December", "ouvert le jour de Noël" for "fermée le 25
// décembre". A holiday the post excepts ("every day bar Good Friday") or
// a season ("le marché de Noël") is not flagged.
func TestOpenOnAClosedHoliday(t *testing.T) {
	en := []string{"All Hollybank garden centres are closed on Easter Sunday, 28 March 2027.", "There are no sailings on 25 December 2026 and 1 January 2027."}
	fr := []string{"La boutique est ouverte du mardi au samedi, de 9h à 19h.", "La boutique est fermée le 25 décembre 2026 et le 1er janvier 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "We're closed on Easter Sunday, see you on Monday!", true},
		{"en", en, "We're open on Easter Sunday too!", false},
		{"en", en, "Sailings as normal on Christmas Day!", false},
		{"fr", fr, "Joyeux Noël à tous, et rendez-vous au marché de Noël !", true},
		{"fr", fr, "La boutique est fermée le jour de Noël.", true},
		{"fr", fr, "La boutique est ouverte le jour de Noël !", false},
		{"fr", fr, "La boutique est ouverte comme d'habitude le jour de l'An !", false},
	})
}

// The thing a fact gives another person must be the same thing: its
// qualifying words ("headshot" sessions) are in the post's sentence.
func TestActivityOfAnotherPersonSameThing(t *testing.T) {
	en := []string{"Fernlight Studio was founded in 2016 by photographer Niamh Keohane.", "Conor Twomey is the studio's associate photographer and leads all headshot sessions.", "Christmas family sessions run on Saturdays in November."}
	runBlindCases(t, []blindCase{
		{"en", en, "Christmas family sessions with Niamh Keohane, on Saturdays in November!", true},
		{"en", en, "Headshot Day: sessions with Niamh Keohane!", false},
	})
}

// A closing of one part of the business ("The spa is closed on Christmas
// Day") does not deny an opening when a fact gives something on that day
// ("a five-course Christmas Day lunch"), unless the post speaks of that
// part.
func TestOpenOnAHolidayAnotherPartCloses(t *testing.T) {
	en := []string{"The hotel restaurant serves a five-course Christmas Day lunch.", "The spa is closed on Christmas Day."}
	fr := []string{"Le restaurant sert un déjeuner du jour de Noël en cinq plats.", "Le spa est fermé le 25 décembre."}
	runBlindCases(t, []blindCase{
		{"en", en, "We're open on Christmas Day: book your lunch!", true},
		{"en", en, "The spa is open on Christmas Day!", false},
		{"fr", fr, "Nous sommes ouverts le jour de Noël : réservez votre déjeuner !", true},
		{"fr", fr, "Le spa est ouvert le jour de Noël !", false},
	})
}

// A person or act of the facts said to appear with a thing whose fact
// names no one: "a meet & greet with The Dustbowl Saints" on a pass, "avec
// la directrice Nathalie Esquirol en direct" at an online open day. Their
// own thing ("with Hana Sato's soundtrack") or the fact that names them
// ("the headliner The Dustbowl Saints at 8 p.m.") passes.
func TestAppearanceWithAPersonNoFactGives(t *testing.T) {
	en := []string{"VIP Pitmaster Pass: $89 per day, includes 6 food tokens, 2 drink tickets and access to the shaded VIP lounge.", "Music line-up: Saturday, headliner The Dustbowl Saints at 8 p.m.", "The soundtrack is composed by Hana Sato; the Deluxe tier costs £30."}
	fr := []string{"L'école est dirigée par Nathalie Esquirol.", "Une journée portes ouvertes en ligne a lieu le mercredi 10 février 2027, de 14h à 18h.", "Le 28 novembre, rencontre avec la directrice Nathalie Esquirol à 11h sur le campus."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Pitmaster Pass ($89/day) gets you 6 food tokens, 2 drink tickets and a meet & greet with The Dustbowl Saints!", false},
		{"en", en, "Saturday at 8 p.m.: meet the headliner, live with The Dustbowl Saints!", true},
		{"en", en, "The Deluxe tier (£30) comes with Hana Sato's soundtrack.", true},
		{"fr", fr, "JPO en ligne le mercredi 10 février de 14h à 18h, avec la directrice Nathalie Esquirol en direct !", false},
		{"fr", fr, "Le 28 novembre à 11h, rencontre sur le campus avec la directrice Nathalie Esquirol !", true},
	})
}
