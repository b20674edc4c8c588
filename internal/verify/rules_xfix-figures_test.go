package verify

import "testing"

// Tests for figures the rules missed across brands (prices, ages, counts,
// times…): each pairs the legitimate form (not flagged) with the wrong one
// (flagged), in French and English.

// An age limit ("ages 12+", "aged 10 and over", "gratuit pour les moins de
// 16 ans", "kids 12 and under") is a threshold: another figure of the facts
// (a group of 12, a price of 12 €) or a limit on the right side of it does
// not back it, the fact about the same thing that sets a limit the same way
// contradicts it; an age the facts give anywhere, or a length of time in
// years, is left alone.
func TestAgeLimitOfThing(t *testing.T) {
	fr := []string{"Le billet coûte 9 € ; l'entrée est gratuite pour les moins de 12 ans.", "Le billet famille (2 adultes et jusqu'à 3 enfants de 12 à 17 ans) coûte 22 €.", "Le gala a lieu le dimanche 11 juin ; billets à 16 €, gratuits pour les moins de 6 ans.", "Le musée accueille le public depuis 22 ans."}
	en := []string{"Three courses: Explorer (ages 10 and up, €32) and Summit (ages 14 and up, €42).", "Groups of 12 or more people get 15% off.", "The club was founded in 1998."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Entrée gratuite pour les moins de 12 ans 🤩", true},
		{"fr", fr, "Entrée gratuite pour les moins de 16 ans 🤩", false},
		{"fr", fr, "Gala : billets à 16 €, gratuits pour les moins de 6 ans.", true},
		{"fr", fr, "Gala : billets à 16 €, et l'entrée sera gratuite pour les moins de 16 ans.", false},
		{"fr", fr, "Plus de 20 ans que le musée vous accueille !", true},
		{"en", en, "Summit course: ages 14+ 💪 Just €42.", true},
		{"en", en, "Summit course: ages 12+ 💪 Just €42.", false},
		{"en", en, "The Summit course welcomes climbers aged 12 and over, just €42.", false},
		{"en", en, "The Explorer course welcomes climbers aged 10 and over, just €32.", true},
		{"en", en, "For over 25 years the club has welcomed climbers.", true},
	})
}

// "A group of 8 is £680" supposes a party; "leads a team of 30 pilots",
// "dirige une équipe de 12 moniteurs" give the size of the brand's own team,
// a figure checked against the facts like any count.
func TestStaffTeamChecked(t *testing.T) {
	fr := []string{"L'équipe compte 7 moniteurs diplômés.", "Un groupe de 8 personnes paie 680 € la journée."}
	en := []string{"The team has 7 groomers across both salons.", "A group of 8 pays £680 for the day."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Notre directrice dirige une équipe de 7 moniteurs diplômés.", true},
		{"fr", fr, "Notre directrice dirige une équipe de 12 moniteurs diplômés.", false},
		{"fr", fr, "Un groupe de 8 ? C'est 680 € la journée.", true},
		{"en", en, "Priya now leads a team of 7 groomers across both salons.", true},
		{"en", en, "Priya now leads a team of 12 groomers across both salons.", false},
		{"en", en, "A group of 8 is £680 for the day.", true},
	})
}

// A group size ("groupes de 12", "groups of 10+") is backed only by a
// group size of the facts, or one its limit allows ("groups of 15" for
// "groups of 12 or more"); another figure of the facts ("12 séances") does
// not back it.
func TestGroupSizeOfThing(t *testing.T) {
	fr := []string{"Les cours du soir ont lieu en groupes de 8 élèves maximum, de 18h30 à 20h.", "Un trimestre de cours du soir (12 séances) coûte 290 €."}
	en := []string{"Groups of 12 or more people get 15% off when they book at least 7 days in advance.", "Explorer course: ages 10 and up, €32."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cours du soir en petits groupes de 8 élèves maximum !", true},
		{"fr", fr, "Cours du soir en petits groupes de 12, de 18h30 à 20h.", false},
		{"en", en, "Groups of 12+ save 15% when they book 7 days ahead.", true},
		{"en", en, "Groups of 15 people save 15% when they book 7 days ahead.", true},
		{"en", en, "Groups of 10+ save 15% when they book 7 days ahead.", false},
	})
}

// The difference of two prices of a fact backs a figure said as a saving,
// a gap or an extra ("save £12", "9 € d'économie", "à -100 €"), or a price
// when the smaller one is a stated reduction ("under-16s pay £5 less": £13
// for £18); a plain price equal to the difference of two tiers ("drops to
// £12" for tiers at £30 and £18) is not backed by it.
func TestPriceNotADifference(t *testing.T) {
	fr := []string{"Le billet coûte 9 € en plein tarif et 6 € pour les étudiants.", "L'atelier « Mousse à bord » dure 1 h 30 et coûte 5 € par enfant."}
	en := []string{"Backer tiers: Digital Copy £18; Deluxe Digital £30.", "Tickets: Band A £32, Band C £18; under-16s pay £5 less in every band."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Atelier « Mousse à bord » : 1 h 30 d'aventure pour 5 € !", true},
		{"fr", fr, "Étudiants : 6 €, soit 3 € d'économie sur le plein tarif.", true},
		{"fr", fr, "Atelier « Mousse à bord » : 1 h 30 d'aventure pour 3 € !", false},
		{"en", en, "Deluxe Digital is £30: £12 more than the Digital Copy.", true},
		{"en", en, "Kids' seats start at just £13 in Band C.", true},
		{"en", en, "For 48 hours only, the Digital Copy tier drops to £12.", false},
	})
}

// The time said of a dated event is the one the facts give that date, also
// in a fact that lists several dated events in its clauses, and after the
// date and a comma ("Friday 15 July, 7pm"); a day the facts date twice, a
// time inside a stated range, or the time moved by a stated offset stand.
func TestTimeOfListedDate(t *testing.T) {
	fr := []string{"Tournée de signatures : jeudi 10 septembre 2026 à 18h30, librairie L'Encre Vive ; samedi 19 septembre à 15h, librairie La Marée Haute ; samedi 10 octobre à 16h, librairie Les Mots Voyageurs."}
	en := []string{"Harriet Quayle gives a free author talk at Banksia Central Library on Thursday 15 July 2027 at 6:30 pm.", "The library is open Monday to Friday 9 am–7 pm.", "Open afternoon on Saturday 10 October 2026, 2pm to 5pm, with a talk at 3pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Maëlle signera le samedi 19 septembre à 15h à la librairie La Marée Haute !", true},
		{"fr", fr, "Maëlle signera le samedi 10 octobre à 16h à la librairie Les Mots Voyageurs !", true},
		{"fr", fr, "Maëlle signera le samedi 19 septembre à 16h à la librairie La Marée Haute !", false},
		{"en", en, "Harriet Quayle live at Banksia Central Library, Thursday 15 July, 6:30pm!", true},
		{"en", en, "Harriet Quayle live at Banksia Central Library, Thursday 15 July, 7pm!", false},
		{"en", en, "Open afternoon on Saturday 10 October, with a talk at 3pm.", true},
	})
}

// A small count in words ("three classes a day", "deux valises") is a
// manner of speaking only when the facts never count its noun; a fact that
// counts it through another word or with "one" ("two yoga classes a day",
// "one suitcase of up to 23 kg") makes it a figure to check. A count of
// weekdays ("five market Saturdays") is left to the dates.
func TestSmallCountOfCountedNoun(t *testing.T) {
	fr := []string{"Le prix comprend tous les repas et deux cours de yoga par jour."}
	frBag := []string{"Chaque passager peut emporter 1 valise de 23 kg au maximum."}
	en := []string{"The price includes all meals, two yoga classes a day and airport transfers.", "The market is open every Saturday in October 2026."}
	enBag := []string{"Each passenger may bring one suitcase of up to 23 kg and one carry-on bag."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Au programme : deux cours de yoga par jour et tous les repas !", true},
		{"fr", fr, "Au programme : trois cours par jour et tous les repas !", false},
		{"fr", frBag, "Chaque passager peut emporter une valise de 23 kg.", true},
		{"fr", frBag, "Chaque passager peut emporter deux valises de 23 kg.", false},
		{"en", en, "With two yoga classes a day!", true},
		{"en", en, "With three classes a day!", false},
		{"en", enBag, "Every passenger can bring one suitcase of up to 23 kg.", true},
		{"en", enBag, "Every passenger can bring two suitcases of up to 23 kg each.", false},
		{"en", en, "October alone has five market Saturdays, so come along!", true},
	})
}
