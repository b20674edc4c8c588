package verify

import "testing"

// Tests for the general causes of the blind13 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// "save £3 on two singles": the count is the multiplier of the writer's own
// saving (2 × £7.50 − £12), worked out from two prices of the post; another
// count does not give the saving and is still flagged.
func TestSavingFactor(t *testing.T) {
	en := []string{"Children under 5 travel free.", "A carnet of 10 singles costs £60.00.", "An adult single on route X7 costs £7.50 and an adult return costs £12.00."}
	fr := []string{"Les enfants de moins de 5 ans voyagent gratuitement.", "Un carnet de 10 allers simples coûte 60,00 €.", "Un aller simple sur la ligne X7 coûte 7,50 € et un aller-retour 12,00 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Single £7.50, or return £12 and save £3 on two singles.", true},
		{"en", en, "Single £7.50, or return £12 and save £3 on 4 singles.", false},
		{"en", en, "Single £7.50, or return £12 and save £3 on three singles.", false},
		{"fr", fr, "Aller simple 7,50 €, aller-retour 12 € : soit 3 € d'économie sur deux allers simples.", true},
		{"fr", fr, "Aller simple 7,50 €, aller-retour 12 € : soit 3 € d'économie sur 4 allers simples.", false},
		{"fr", fr, "Aller simple 7,50 €, aller-retour 12 € : soit 3 € d'économie sur trois allers simples.", false},
	})
}

// "6 restaurants : 4 à Nantes et 2 à Angers": the bare figures after a
// count that add up to it count its noun, so "quatre restaurants nantais"
// is the fact's; a count that is no part is still flagged.
func TestBreakdownCounts(t *testing.T) {
	fr := []string{"Avant l'ouverture de Rennes, le groupe compte 6 restaurants : 4 à Nantes et 2 à Angers.", "Le 7e restaurant ouvre le jeudi 15 octobre 2026 à Rennes."}
	en := []string{"The company employs 120 people: 80 in Leeds and 40 in York.", "A third office opens in Hull on Monday 4 May 2026."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Après quatre restaurants nantais et deux à Angers, le groupe ouvre à Rennes.", true},
		{"fr", fr, "Après 4 restaurants à Nantes et 2 à Angers, le groupe ouvre à Rennes.", true},
		{"fr", fr, "Après cinq restaurants nantais et deux à Angers, le groupe ouvre à Rennes.", false},
		{"en", en, "Our 80 people in Leeds and 40 in York welcome a third office!", true},
		{"en", en, "Our 90 people in Leeds and 40 in York welcome a third office!", false},
	})
}

// Demonyms in -in (Angevins for Angers, Florentines for Florence) name the
// people of a stated place; the people of a place the facts never name are
// still flagged.
func TestDemonymsIn(t *testing.T) {
	fr := []string{"Les restaurants de Nantes et d'Angers livrent via Uber Eats."}
	en := []string{"The gallery opens a second space in Florence on Friday 2 October 2026."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Nantais et Angevins, on vous livre ce soir !", true},
		{"fr", fr, "Nantais et Bordelais, on vous livre ce soir !", false},
		{"en", en, "Calling all Florentines: our second space opens on 2 October!", true},
		{"en", en, "Calling all Venetians: our second space opens on 2 October!", false},
	})
}

// "Horaires du Smash Comptoir de Rennes": the word that opens a sentence,
// cut from stated names by a connector, is capitalised for its place; a
// name or place the facts do not give is still flagged.
func TestSentenceInitialBeforeNames(t *testing.T) {
	fr := []string{"Le 7e restaurant Smash Comptoir ouvre à Rennes ; il est ouvert du mardi au samedi.", "Le groupe a des restaurants à Nantes et à Angers."}
	en := []string{"The Harbour Kitchen is open daily from 8am.", "The kitchen is in Whitby."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Horaires du Smash Comptoir de Rennes : du mardi au samedi.", true},
		{"fr", fr, "Horaires du Smash Comptoir de Vannes : du mardi au samedi.", false},
		{"fr", fr, "Horaires du Burger Comptoir de Rennes : du mardi au samedi.", false},
		{"en", en, "Hours of the Harbour Kitchen of Whitby: daily from 8am.", true},
		{"en", en, "Hours of the Harbour Kitchen of Scarborough: daily from 8am.", false},
	})
}

// "JPO" for "journées portes ouvertes" written in lower case is a stated
// name when the facts carry the acronym in a hashtag or an address; other
// letters, or the same acronym without that trace, are still flagged.
func TestLowerCaseAcronyms(t *testing.T) {
	fr := []string{"Une journée portes ouvertes en ligne a lieu le mercredi 10 février 2027, de 14h à 18h.", "L'inscription se fait sur helios-ingenieurs.fr/jpo ; le hashtag officiel est #JPOHelios."}
	frBare := []string{"Une journée portes ouvertes en ligne a lieu le mercredi 10 février 2027, de 14h à 18h."}
	en := []string{"The club's annual general meeting is on Thursday 5 March 2026 at 7pm.", "Members register at rowingclub.org.uk/agm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Rejoins notre JPO en ligne le mercredi 10 février 2027, de 14h à 18h !", true},
		{"fr", fr, "Rejoins notre JPE en ligne le mercredi 10 février 2027, de 14h à 18h !", false},
		{"fr", frBare, "Rejoins notre JPO en ligne le mercredi 10 février 2027, de 14h à 18h !", false},
		{"en", en, "See you at the AGM on Thursday 5 March at 7pm!", true},
		{"en", en, "See you at the EGM on Thursday 5 March at 7pm!", false},
	})
}

// "You'll never be charged more than £5.80": a strict bound under a
// negation is a ceiling, backed by the cap the facts state; another cap,
// or the bound without its negation, is still flagged.
func TestNegatedBound(t *testing.T) {
	en := []string{"The adult Day ticket stays at £5.80.", "Contactless fares are capped at the Day ticket price each day.", "The Warehouse Tour is limited to 8 guests."}
	fr := []string{"Le ticket Journée reste à 5,80 €.", "Les trajets sans contact sont plafonnés au prix du ticket Journée chaque jour.", "La visite des chais est limitée à 8 personnes."}
	runBlindCases(t, []blindCase{
		{"en", en, "Paying contactless? You'll never be charged more than £5.80 in a day.", true},
		{"en", en, "Paying contactless? You'll never be charged more than £6.80 in a day.", false},
		{"en", en, "The Warehouse Tour: never more than 8 guests.", true},
		{"en", en, "The Warehouse Tour: more than 8 guests.", false},
		{"fr", fr, "Sans contact, vous ne paierez jamais plus de 5,80 € par jour.", true},
		{"fr", fr, "Sans contact, vous ne paierez jamais plus de 6,80 € par jour.", false},
		{"fr", fr, "La visite des chais : jamais plus de 8 personnes.", true},
		{"fr", fr, "La visite des chais : plus de 8 personnes.", false},
	})
}

// "What's first on your list?": a superlative in a question opened by an
// interrogative word and put to the reader asks about the reader's choice;
// a question that is not put to the reader, or a statement, still claims.
func TestSuperlativeAskedOfReader(t *testing.T) {
	en := []string{"The Winter Reading Challenge runs from Monday, January 4 to Sunday, February 28, 2027.", "Participants who log 10 books receive a tote bag."}
	fr := []string{"Le défi lecture d'hiver a lieu du lundi 4 janvier au dimanche 28 février 2027.", "Les participants qui lisent 10 livres reçoivent un sac."}
	runBlindCases(t, []blindCase{
		{"en", en, "Log 10 books and take home a tote bag! What's first on your list?", true},
		{"en", en, "Log 10 books and take home a tote bag! Which is the best book of your year?", true},
		{"en", en, "Log 10 books! Which is the best reading challenge in Ontario? Ours!", false},
		{"en", en, "Looking for the best reading challenge in Ontario? Log 10 books!", false},
		{"fr", fr, "Lisez 10 livres et repartez avec un sac ! Quel est le premier livre de ta liste ?", true},
		{"fr", fr, "Lisez 10 livres ! Quel est le meilleur défi lecture de France ? Le nôtre !", false},
	})
}

// "#smashburger" beside the official #SmashRennes: the brand's word and a
// common word of the facts make a topical tag; the brand's word with a
// place of the facts or a figure still passes for the official tag.
func TestTopicalTagOnBrandWord(t *testing.T) {
	fr := []string{"Le groupe Smash Comptoir sert des burgers à Nantes et à Rennes.", "Le hashtag officiel de l'ouverture est #SmashRennes."}
	en := []string{"Harbour Kitchen serves seasonal food in Whitby and Scarborough.", "The official hashtag of the opening is #HarbourWhitby."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "On vous attend à Rennes ! #SmashRennes #smashburger", true},
		{"fr", fr, "On vous attend à Rennes ! #SmashRennes #SmashNantes", false},
		{"fr", fr, "On vous attend à Rennes ! #SmashRennes2026", false},
		{"en", en, "See you in Whitby! #HarbourWhitby #harbourfood", true},
		{"en", en, "See you in Whitby! #HarbourScarborough", false},
		{"en", en, "See you in Whitby! #HarbourWhitby2026", false},
	})
}

// "Free entry" for a fact's "admission is free", "accès gratuit" for
// "l'entrée est gratuite": the words of entry stand for one another; a free
// thing the facts do not give is still flagged.
func TestFreeEntrySynonyms(t *testing.T) {
	en := []string{"Author Mira Kapoor gives a talk at the Central branch on Thursday, February 11, 2027, at 7 p.m.; admission is free but registration is required."}
	fr := []string{"L'autrice Mira Kapoor donne une conférence à la médiathèque centrale le jeudi 11 février 2027 à 19h ; l'entrée est gratuite sur inscription."}
	runBlindCases(t, []blindCase{
		{"en", en, "Meet Mira Kapoor on Feb. 11 at 7 p.m. Free entry, register first!", true},
		{"en", en, "Meet Mira Kapoor on Feb. 11 at 7 p.m. Free parking, register first!", false},
		{"fr", fr, "Rencontre avec Mira Kapoor le 11 février à 19h. Accès gratuit sur inscription !", true},
		{"fr", fr, "Rencontre avec Mira Kapoor le 11 février à 19h. Parking gratuit sur inscription !", false},
	})
}

// "classé 2e au Championnat de France du burger" when a fact ranks the same
// thing 3e: a bare 2 elsewhere in the facts does not back the rank; the
// stated rank, or a rank of something the facts do not rank, still passes.
func TestRankOfARankedThing(t *testing.T) {
	fr := []string{"Le groupe compte 6 restaurants : 4 à Nantes et 2 à Angers.", "Le Smash Classique a été classé 3e au Championnat de France du burger 2025."}
	en := []string{"The bakery has 2 shops in Leeds and 4 in York.", "Our sourdough was ranked 3rd at the 2025 British Bread Awards."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le Smash Classique, classé 3e au Championnat de France du burger 2025 !", true},
		{"fr", fr, "Le Smash Classique, classé 2e au Championnat de France du burger 2025 !", false},
		{"fr", fr, "Le Smash Classique, classé 4e au Championnat de France du burger 2025 !", false},
		{"en", en, "Our sourdough, ranked 3rd at the 2025 British Bread Awards!", true},
		{"en", en, "Our sourdough, ranked 2nd at the 2025 British Bread Awards!", false},
		{"en", en, "Our sourdough, ranked 4th at the 2025 British Bread Awards!", false},
	})
}

// "100 % en poste moins de 6 mois après leur diplôme" for a fact's 94 %: a
// whole share before a small word is a figure, contradicted by the share a
// fact gives of the same thing; "100 % bœuf français" stays an intensifier,
// and a whole share of something no fact measures passes.
func TestWholeShareOfAFact(t *testing.T) {
	fr := []string{"94 % des diplômés de la promotion 2025 ont trouvé un emploi moins de 6 mois après leur diplôme.", "Les steaks sont faits de bœuf né et élevé en France."}
	en := []string{"94% of the class of 2025 found a job within 6 months of graduating.", "Our steaks are made from beef born and raised in Britain."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Nos diplômés ? 94 % en poste moins de 6 mois après leur diplôme.", true},
		{"fr", fr, "Nos diplômés ? 100 % en poste moins de 6 mois après leur diplôme.", false},
		{"fr", fr, "Des steaks 100 % bœuf né et élevé en France.", true},
		{"en", en, "Our class of 2025? 94% in a job within 6 months of graduating.", true},
		{"en", en, "Our class of 2025? 100% in a job within 6 months of graduating.", false},
		{"en", en, "Steaks made from 100% beef, born and raised in Britain.", true},
	})
}

// A fact's "7 days a week", "7/7" gives its clause every day, so a post's
// every day said of that route is backed while it is still contradicted for
// the site another fact opens Tuesday to Saturday.
func TestEverydayOfFactClause(t *testing.T) {
	en := []string{"The Millbrook branch is open Tuesday to Saturday, from 10 a.m. to 6 p.m.", "Route X7 runs every 2 hours, 7 days a week."}
	fr := []string{"La médiathèque de Millbrook est ouverte du mardi au samedi, de 10h à 18h.", "La ligne X7 circule toutes les 2 heures, 7/7."}
	runBlindCases(t, []blindCase{
		{"en", en, "The X7 runs every two hours, 7 days a week.", true},
		{"en", en, "Our Millbrook branch: open 7 days a week, 10 a.m. to 6 p.m.!", false},
		{"fr", fr, "La X7 circule toutes les deux heures, 7/7.", true},
		{"fr", fr, "La médiathèque de Millbrook : ouverte 7/7, de 10h à 18h !", false},
	})
}

// "seven days a week", "sept jours sur sept" are read as every day, like
// "7 days a week": contradicted for a site open Tuesday to Saturday, backed
// for one open every day.
func TestSpelledEveryday(t *testing.T) {
	en := []string{"The Millbrook branch is open Tuesday to Saturday, from 10 a.m. to 6 p.m.", "Route X7 runs every 2 hours, 7 days a week."}
	fr := []string{"La médiathèque de Millbrook est ouverte du mardi au samedi, de 10h à 18h.", "La ligne X7 circule toutes les 2 heures, 7 jours sur 7."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our Millbrook branch: open seven days a week, 10 a.m. to 6 p.m.!", false},
		{"en", en, "Our Millbrook branch: open Tuesday to Saturday, 10 a.m. to 6 p.m.!", true},
		{"en", en, "The X7 runs every two hours, seven days a week.", true},
		{"fr", fr, "La médiathèque de Millbrook : ouverte sept jours sur sept, de 10h à 18h !", false},
		{"fr", fr, "La médiathèque de Millbrook : ouverte du mardi au samedi, de 10h à 18h !", true},
		{"fr", fr, "La X7 circule toutes les deux heures, sept jours sur sept.", true},
	})
}

// "sur place ou en livraison", "dine-in or delivery" when the facts keep the
// offer to "uniquement sur place", "dine-in only": eating on the spot is not
// delivery, so the delivery the post adds is contradicted; the offer said
// on the spot alone passes, and so does delivery of what no such fact keeps
// on the spot.
func TestOnSiteOnly(t *testing.T) {
	fr := []string{"Du 15 au 31 octobre 2026, le menu Smash est à 12,90 €, uniquement sur place.", "Le restaurant du 9 place du Commerce, à Nantes, livre via Uber Eats les burgers à la carte."}
	en := []string{"Until 31 October 2026, the Smash menu is £12.90, dine-in only.", "The Leeds restaurant delivers its burgers via Uber Eats."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le menu Smash à 12,90 € jusqu'au 31 octobre, sur place !", true},
		{"fr", fr, "Le menu Smash à 12,90 € jusqu'au 31 octobre, sur place ou en livraison !", false},
		{"fr", fr, "Nos burgers à la carte, sur place ou en livraison via Uber Eats à Nantes !", true},
		{"en", en, "The Smash menu at £12.90 until 31 October, dine-in!", true},
		{"en", en, "The Smash menu at £12.90 until 31 October, dine-in or delivery!", false},
		{"en", en, "Our Leeds burgers: dine-in or delivery via Uber Eats!", true},
	})
}

// "dans tous nos restaurants" when the fact about that offer keeps it
// "uniquement au restaurant de Rennes": the post widens an offer the facts
// keep to one site; all the sites of something no such fact restricts pass.
func TestAllSitesOfAnOnlyOffer(t *testing.T) {
	fr := []string{"Du 15 au 31 octobre 2026, le menu Smash est à 12,90 € au lieu de 15,90 €, uniquement au restaurant de Rennes.", "Les steaks sont hachés chaque matin dans chaque restaurant."}
	en := []string{"Until 31 October 2026, the Smash menu is £12.90 instead of £15.90, only at our Leeds restaurant.", "Our patties are ground every morning in each restaurant."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le menu Smash à 12,90 € au lieu de 15,90 € dans notre restaurant de Rennes !", true},
		{"fr", fr, "Le menu Smash à 12,90 € au lieu de 15,90 € dans tous nos restaurants !", false},
		{"fr", fr, "Des steaks hachés chaque matin dans tous nos restaurants !", true},
		{"en", en, "The Smash menu at £12.90 instead of £15.90 at our Leeds restaurant!", true},
		{"en", en, "The Smash menu at £12.90 instead of £15.90 in all our restaurants!", false},
		{"en", en, "Patties ground every morning in all our restaurants!", true},
	})
}

// "de 9h à 18h" when the open days run "de 9h à 17h" and only the online
// one ends at 18h: the end of a range is checked against the facts' ranges
// with the same start; a day's span over a break ("de 9h à 12h30 et de 14h
// à 18h") and the stated range pass.
func TestEndOfAnotherRange(t *testing.T) {
	fr := []string{"Les journées portes ouvertes ont lieu le samedi 28 novembre 2026, de 9h à 17h, sur le campus.", "Une journée portes ouvertes en ligne a lieu le mercredi 10 février 2027, de 14h à 18h.", "L'accueil est ouvert du lundi au vendredi, de 8h à 12h30 et de 14h à 18h."}
	en := []string{"The open day is on Saturday 28 November 2026, from 9am to 5pm, on campus.", "An online open day is on Wednesday 10 February 2027, from 2pm to 6pm.", "The front desk is open Monday to Friday, from 8am to 12.30pm and from 2pm to 6pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Portes ouvertes le samedi 28 novembre, de 9h à 17h sur le campus !", true},
		{"fr", fr, "Portes ouvertes le samedi 28 novembre, de 9h à 18h sur le campus !", false},
		{"fr", fr, "L'accueil vous reçoit du lundi au vendredi de 8h à 18h.", true},
		{"en", en, "Open day on Saturday 28 November, 9am to 5pm on campus!", true},
		{"en", en, "Open day on Saturday 28 November, 9am to 6pm on campus!", false},
		{"en", en, "The front desk is open Monday to Friday, 8am to 6pm.", true},
	})
}

// "Il sera dirigé par Yanis Haddad" when the fact about that restaurant
// says "il est dirigé par Inès Morvan" (Yanis Haddad being a co-founder):
// a named person put at the head of what a fact gives another head is
// contradicted; the stated head, or another verb ("un jury présidé par"),
// passes.
func TestLedByAnother(t *testing.T) {
	fr := []string{"Le groupe a été fondé en 2017 à Nantes par Camille Le Goff et Yanis Haddad.", "Le 7e restaurant ouvre le 15 octobre 2026 à Rennes ; il est dirigé par Inès Morvan.", "Le jury du concours est présidé par Yanis Haddad."}
	en := []string{"The company was founded in 2017 in Leeds by Amara Cole and Tom Reyes.", "The 7th restaurant opens on 15 October 2026 in York; it is run by Priya Shah.", "The tasting jury is chaired by Tom Reyes."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le 7e restaurant ouvre à Rennes. Il sera dirigé par Inès Morvan.", true},
		{"fr", fr, "Le 7e restaurant ouvre à Rennes. Il sera dirigé par Yanis Haddad, cofondateur.", false},
		{"fr", fr, "Le 7e restaurant ouvre à Rennes, avec un jury présidé par Yanis Haddad.", true},
		{"en", en, "Our 7th restaurant opens in York. It will be run by Priya Shah.", true},
		{"en", en, "Our 7th restaurant opens in York. It will be run by Tom Reyes, our co-founder.", false},
		{"en", en, "Our 7th restaurant opens in York, with a tasting jury chaired by Tom Reyes.", true},
	})
}

// "meeting Mira Kapoor at the Millbrook branch" when the fact about the talk
// says "at the Central branch": a stated name before the noun of a site is
// contradicted by the fact the sentence is about when that fact puts another
// name before it; the stated site, a site of another sentence, a person's
// first name ("as Tom talks") pass. (French puts the name after the noun,
// "la médiathèque de Millbrook": only the legitimate form is tested.)
func TestSiteOfAnother(t *testing.T) {
	en := []string{"The new Millbrook branch opens on Saturday, January 16, 2027.", "Author Mira Kapoor gives a talk at the Central branch on Thursday, February 11, 2027, at 7 p.m.", "Novelist Tom Ellery talks about his new novel at the shop."}
	fr := []string{"La nouvelle médiathèque de Millbrook ouvre le samedi 16 janvier 2027.", "L'autrice Mira Kapoor donne une conférence à la médiathèque Centrale le jeudi 11 février 2027 à 19h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Meet Mira Kapoor at the Central branch on Feb. 11 at 7 p.m.!", true},
		{"en", en, "Meet Mira Kapoor at the Millbrook branch on Feb. 11 at 7 p.m.!", false},
		{"en", en, "The Millbrook branch opens on January 16!", true},
		{"en", en, "An evening with Tom Ellery as Tom talks about his new novel.", true},
		{"fr", fr, "Rencontrez Mira Kapoor à la médiathèque Centrale le 11 février à 19h !", true},
		{"fr", fr, "La médiathèque de Millbrook ouvre le 16 janvier !", true},
	})
	// two facts as close to the sentence (a tie) name no site
	hours := []string{"The Millbrook branch is open Tuesday to Saturday, from 10 a.m. to 6 p.m.", "The Central branch is open Monday to Friday from 9 a.m. to 9 p.m."}
	runBlindCases(t, []blindCase{
		{"en", hours, "The Central branch is open weekdays, 9 a.m. to 9 p.m.", true},
	})
}
