package verify

import "testing"

// Tests for the general causes of the blind17 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// An English range that names its month first ("March 19–21", "from March
// 19 to 21") keeps that month for its bare second day; a wrong end is still
// flagged. French names the month last ("du 19 au 21 mars"), checked alongside.
func TestMonthFirstDayRange(t *testing.T) {
	en := []string{"The 2027 Lakefront Open is held from Friday, March 19 to Sunday, March 21, 2027, at the Harborview Hotel.", "The simul fee is $25 and 30 boards are played."}
	fr := []string{"Le tournoi a lieu du vendredi 19 au dimanche 21 mars 2027 à l'hôtel du Port.", "La simultanée coûte 25 € et se joue sur 30 échiquiers."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Open runs March 19–21 at the Harborview Hotel!", true},
		{"en", en, "Seven rounds from March 19 to 21, 2027.", true},
		{"en", en, "See you Mar. 19–21 ♟️", true},
		{"en", en, "The Open runs March 19–22 at the Harborview Hotel!", false},
		{"en", en, "Seven rounds from March 19 to 23.", false},
		{"fr", fr, "Le tournoi, c'est du 19 au 21 mars !", true},
		{"fr", fr, "Le tournoi, c'est du 19 au 22 mars !", false},
	})
}

// The rupee (₹, Rs, Rs., "Rs 129/-" with the Indian no-paise mark, rupees)
// and the franc (francs for CHF) are currencies: prices and savings written
// with them are money, checked like euros; a wrong price is still flagged.
func TestRupeeAndFranc(t *testing.T) {
	en := []string{"A cutting masala chai costs ₹40.", "From 1 July to 31 August 2027, the Monsoon Combo costs ₹129 instead of ₹160."}
	fr := []string{"La cotisation annuelle est de 60 CHF.", "Du 1er juillet au 31 août 2027, le menu mousson coûte 129 roupies au lieu de 160 roupies."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our Monsoon Combo is just Rs 129/- instead of Rs 160, so you save ₹31!", true},
		{"en", en, "Chai for Rs. 40, every day 🍵", true},
		{"en", en, "Chai for just 40 rupees 🍵", true},
		{"en", en, "Our Monsoon Combo is just Rs 119/- instead of Rs 160!", false},
		{"en", en, "Chai for ₹30, every day 🍵", false},
		{"fr", fr, "La cotisation annuelle, c'est 60 francs.", true},
		{"fr", fr, "Le menu mousson : 129 roupies au lieu de 160 roupies, soit 31 roupies d'économie !", true},
		{"fr", fr, "La cotisation annuelle, c'est 70 francs.", false},
		{"fr", fr, "Le menu mousson : 139 roupies au lieu de 160 !", false},
	})
}

// A saving announced beside a price and the price it replaces ("€129
// instead of €160, save €31") is their difference, else contradicted with
// it; a saving worked out from other figures stays the writer's.
func TestSavingOfPair(t *testing.T) {
	en := []string{"From 1 July to 31 August 2027, the Monsoon Combo costs €129 instead of €160 at all our tea houses."}
	fr := []string{"Du 3 au 17 octobre 2026, le remplacement de batterie coûte 39 € au lieu de 59 € dans tous les ateliers."}
	runBlindCases(t, []blindCase{
		{"en", en, "Monsoon Combo: €129 instead of €160. You save €31!", true},
		{"en", en, "Monsoon Combo: €129 instead of €160 (save €41!)", false},
		{"en", en, "Monsoon Combo for €129 instead of €160, so you save €40!", false},
		{"fr", fr, "Batterie à 39 € au lieu de 59 €, soit 20 € d'économie 🔋", true},
		{"fr", fr, "Batterie à 39 € au lieu de 59 €, économisez 25 € 🔋", false},
	})
}

// The price a bare figure replaces ("39 € au lieu de 59", "$95 instead of
// 120") is in the currency of the price before it, so it is checked as a
// price, not as a count of something else; a wrong one is still flagged.
func TestReplacedPriceCurrency(t *testing.T) {
	fr := []string{"Du 3 au 17 octobre 2026, le remplacement de batterie coûte 39 € au lieu de 59 € dans tous les ateliers.", "Le réseau compte 59 ateliers en France."}
	en := []string{"The entry fee is $95 for players registered by March 5, 2027, and $120 after that date.", "The club has 120 members."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Batterie changée pour 39 € au lieu de 59, jusqu'au 17 octobre 🔋", true},
		{"fr", fr, "Batterie changée pour 39 € au lieu de 69, jusqu'au 17 octobre 🔋", false},
		{"en", en, "Register by March 5 and pay $95 instead of 120!", true},
		{"en", en, "Register by March 5 and pay $95 instead of 140!", false},
	})
}

// A spelled number may open with its scale word ("cent vingt places", "a
// hundred and twenty seats"); alone, a scale word is a manner of speaking
// ("mille mercis", "a thousand thanks"); another figure is still flagged.
func TestSpelledNumberFromScale(t *testing.T) {
	fr := []string{"La Nuit des Perséides est limitée à 120 places, sur réservation obligatoire."}
	en := []string{"The Perseids night is limited to 120 places, booking required."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La Nuit des Perséides, c'est cent vingt places : on réserve !", true},
		{"fr", fr, "Mille mercis à tous ! La Nuit des Perséides, c'est 120 places.", true},
		{"fr", fr, "La Nuit des Perséides, c'est cent trente places : on réserve !", false},
		{"en", en, "The Perseids night: a hundred and twenty places, book now!", true},
		{"en", en, "A thousand thanks! The Perseids night has 120 places.", true},
		{"en", en, "The Perseids night: a hundred and thirty places, book now!", false},
	})
}

// A length in seconds written as a dashed compound of the facts ("a
// 30-second increment") is a duration, as "30-minute" is; another length is
// still flagged. French writes it apart ("30 secondes").
func TestSecondsCompound(t *testing.T) {
	en := []string{"The time control is 90 minutes per player with a 30-second increment per move."}
	fr := []string{"La cadence est de 90 minutes par joueur avec un incrément de 30 secondes par coup."}
	runBlindCases(t, []blindCase{
		{"en", en, "Time control: 90 minutes on the clock plus 30 seconds a move.", true},
		{"en", en, "Time control: 90 minutes on the clock plus 40 seconds a move.", false},
		{"fr", fr, "Cadence : 90 minutes plus 30 secondes par coup.", true},
		{"fr", fr, "Cadence : 90 minutes plus 45 secondes par coup.", false},
	})
}

// A span of hours that runs past midnight ("de 21h à 2h du matin", "8pm to
// 2am") lasts to the next day (5 and 6 hours); another length is flagged.
func TestSpanPastMidnight(t *testing.T) {
	fr := []string{"La Nuit des Perséides a lieu le mercredi 12 août 2026, de 21h à 2h du matin.", "La soirée s'ouvre à 21h par une conférence de 70 minutes."}
	en := []string{"The bar is open every Friday from 8pm to 2am.", "Each set lasts 45 minutes."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Cinq heures sous les étoiles, ça vous tente ? Le 12 août, de 21h à 2h !", true},
		{"fr", fr, "Six heures sous les étoiles, ça vous tente ? Le 12 août !", false},
		{"en", en, "Six hours of music every Friday, 8pm to 2am!", true},
		{"en", en, "Seven hours of music every Friday!", false},
	})
}

// A stated start and the length of what starts then ("s'ouvre à 21h par une
// conférence de 70 minutes", "opens at 10am with a 90-minute talk") give its
// end (22h10, 11:30am), so a range to it inside the evening's is backed; an
// end that matches neither is still flagged with the evening's.
func TestStartPlusLength(t *testing.T) {
	fr := []string{"La Nuit des Perséides a lieu le mercredi 12 août 2026, de 21h à 2h du matin.", "La soirée s'ouvre à 21h par une conférence de 70 minutes de l'astrophysicienne Noémie Favre-Bulle."}
	en := []string{"The fair runs on Saturday, May 9, from 10am to 6pm.", "The fair opens at 10am with a 90-minute talk by the chef."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Noémie Favre-Bulle lance notre Nuit des Perséides le 12.08, de 21h à 22h10.", true},
		{"fr", fr, "Noémie Favre-Bulle lance notre Nuit des Perséides le 12.08, de 21h à 22h30.", false},
		{"en", en, "The chef's talk: May 9, from 10am to 11:30am!", true},
		{"en", en, "The chef's talk: May 9, from 10am to 12pm!", false},
	})
}

// A topical tag that shares only the start of the official tag's first word
// ("#réparerplutôtquejeter" beside #Reparty10ans) is no wrong official tag;
// one that keeps the brand word and changes the rest is still flagged.
func TestTopicalTagSharingAStem(t *testing.T) {
	fr := []string{"Le hashtag officiel des 10 ans est #Reparty10ans et le site de l'enseigne est reparty.fr."}
	en := []string{"The official hashtag is #Chaiwala2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Écran cassé ? On répare ! #Reparty10ans #réparerplutôtquejeter", true},
		{"fr", fr, "Écran cassé ? On répare ! #Reparty20ans", false},
		{"fr", fr, "Écran cassé ? On répare ! #RepartyRennes", false},
		{"en", en, "Chai time! #Chaiwala2027 #chailovers", true},
		{"en", en, "Chai time! #Chaiwala2026", false},
	})
}

// A range of days given with hours ("vous accueillent du lundi au dimanche
// de 9h30 à 19h") is checked against the fact that gives those days' hours
// even when the sentence shares no other word with it; the fact's own days
// with the same hours pass.
func TestDaysByTheirHours(t *testing.T) {
	fr := []string{"Le 32e atelier ouvre le samedi 3 octobre 2026 au 14 rue d'Antrain, à Rennes.", "L'atelier de Rennes est ouvert du lundi au samedi, de 9h30 à 19h.", "L'atelier de Rennes est dirigé par Kévin Le Gall."}
	en := []string{"The new shop opens on Saturday, October 3, 2026, at 14 Baker Street.", "The Baker Street shop is open Monday to Saturday, 9:30am to 7pm.", "The shop is managed by Kevin Gall."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Kévin Le Gall et son équipe vous accueillent au 14 rue d'Antrain, du lundi au samedi de 9h30 à 19h.", true},
		{"fr", fr, "Kévin Le Gall et son équipe vous accueillent au 14 rue d'Antrain, du lundi au dimanche de 9h30 à 19h.", false},
		{"en", en, "Kevin Gall and his team welcome you at 14 Baker Street, Monday to Saturday, 9:30am to 7pm.", true},
		{"en", en, "Kevin Gall and his team welcome you at 14 Baker Street, Monday to Sunday, 9:30am to 7pm.", false},
	})
}

// A measure in another metric unit than the facts' ("60 cm" for "600 mm",
// "1.5 kg" for "1500 g") is the same figure; a wrong one is flagged (blind19's
// conversion, which landed first, reports it unsupported, without the
// suggestion in the post's unit that blind17's version gave).
func TestMetricUnitsBlind17(t *testing.T) {
	fr := []string{"Sa coupole abrite un télescope de 600 mm de diamètre, installé en 2019."}
	en := []string{"Each gift box holds 1500 g of loose-leaf tea."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "L'observatoire abrite notre télescope de 60 cm 🔭", true},
		{"fr", fr, "L'observatoire abrite notre télescope de 80 cm 🔭", false},
		{"en", en, "Every gift box holds 1.5 kg of loose-leaf tea!", true},
		{"en", en, "Every gift box holds 2 kg of loose-leaf tea!", false},
	})
}

// A lone capital letter ("culture G", "plan B") names nobody; a name beside
// it is still checked.
func TestLoneLetterIsNoName(t *testing.T) {
	fr := []string{"La soirée s'ouvre à 21h par une conférence de l'astrophysicienne Noémie Favre-Bulle."}
	en := []string{"The evening opens at 9pm with a talk by astrophysicist Noemie Favre-Bulle."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Petit rappel de culture G : les étoiles filantes sont des poussières de comète ☄️", true},
		{"fr", fr, "Petit rappel de culture G avec Hubert Reeves ☄️", false},
		{"en", en, "Cloudy skies? We have a plan B: the talk by Noemie Favre-Bulle at 9pm!", true},
		{"en", en, "Cloudy skies? We have a plan B: a talk by Hubert Reeves at 9pm!", false},
	})
}

// "Twice a week", "deux fois par semaine" counts the days of a weekly
// recurrence a fact gives ("every Tuesday and Thursday"); another count is
// still flagged.
func TestTimesAWeek(t *testing.T) {
	en := []string{"The club meets every Tuesday and Thursday from 6:30 to 10 p.m. at 2310 S. Kinnickinnic Ave."}
	fr := []string{"Le club se réunit chaque mardi et chaque jeudi de 18h30 à 22h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Club night: every Tuesday and Thursday, 6:30–10 p.m. That's chess twice a week!", true},
		{"en", en, "Club night: chess three times a week!", false},
		{"fr", fr, "Le club, c'est deux fois par semaine : mardi et jeudi de 18h30 à 22h !", true},
		{"fr", fr, "Le club, c'est trois fois par semaine !", false},
	})
}

// A short form made of the first letters of each word of a stated name
// ("UNIGE" for "Université de Genève", "UNIL" for "Université de Lausanne")
// is that name; an organisation the facts do not name (EPFL) is still
// flagged.
func TestSyllabicShortForm(t *testing.T) {
	fr := []string{"La soirée s'ouvre à 21h par une conférence de l'astrophysicienne Noémie Favre-Bulle, de l'Université de Genève."}
	en := []string{"The evening opens at 9pm with a talk by astrophysicist Noemie Favre-Bulle of the University of Lausanne."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "L'astrophysicienne de l'UNIGE lance notre soirée à 21h !", true},
		{"fr", fr, "Soutenue par l'EPFL, notre soirée commence à 21h !", false},
		{"en", en, "Noemie Favre-Bulle (UNIL) opens the evening at 9pm!", true},
		{"en", en, "Backed by EPFL, the evening opens at 9pm!", false},
	})
}
