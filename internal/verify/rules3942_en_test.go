package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind39–40 (opened blind sets): each pairs the legitimate form
// with a wrong one still flagged, in English and French where the pattern
// exists in both.

// "WE'RE COMING!", "IT'S BACK!": the end of a contraction in capitals starts
// a shouted line, not a name; a name after it is still checked on its own.
func TestShoutedContraction(t *testing.T) {
	en := []string{"The park reopens on Saturday 20 March 2027 with three courses."}
	runBlindCases(t, []blindCase{
		{"en", en, "🌲 WE'RE BACK! The park reopens Saturday 20 March.", true},
		{"en", en, "🐾 EASTSIDE, WE'RE COMING! The park reopens Saturday 20 March.", true},
		{"en", en, "IT'S HERE: the park reopens Saturday 20 March.", true},
		{"en", en, "WE'RE BACK with Anna Rossi! The park reopens Saturday 20 March.", false},
		{"en", en, "IT'S Anna Rossi! The park reopens Saturday 20 March.", false},
	})
}

// A total the post splits into parts joined by "plus" ("9,700 sq ft of
// play space (6,500 indoors plus a 3,200 sq ft turf yard)") is their sum
// when each part is backed; a total the parts do not make is still flagged.
func TestBreakdownJoinedByPlus(t *testing.T) {
	en := []string{"The centre has a 6,500 sq ft indoor play area and a 3,200 sq ft outdoor turf yard."}
	fr := []string{"Le club équestre a 28 poneys et 9 chevaux."}
	runBlindCases(t, []blindCase{
		{"en", en, "Inside: 9,700 sq ft of play space (6,500 indoors plus a 3,200 sq ft turf yard).", true},
		{"en", en, "Inside: 9,900 sq ft of play space (6,500 indoors plus a 3,200 sq ft turf yard).", false},
		{"fr", fr, "Au club, 37 montures au total (28 poneys plus 9 chevaux).", true},
		{"fr", fr, "Au club, 39 montures au total (28 poneys plus 9 chevaux).", false},
	})
}

// "One small + one large full groom = A$225": a price in a sentence that
// adds things with "+" or "plus" may be the sum of two prices of one fact,
// and the price after a stated discount of that sum is the writer's
// arithmetic too; a sum the prices do not make is still flagged.
func TestPlusSumOfTwoPrices(t *testing.T) {
	en := []string{"Full grooms cost A$85 for small dogs, A$110 for medium dogs and A$140 for large dogs.", "In February, full grooms booked online are 15% off."}
	fr := []string{"Un toilettage complet coûte 85 $ pour un petit chien, 110 $ pour un moyen et 140 $ pour un grand.", "En février, les toilettages réservés en ligne ont 15 % de remise."}
	runBlindCases(t, []blindCase{
		{"en", en, "One small + one large full groom = A$225. Book both online in February and it's A$191.25 with the 15% discount.", true},
		{"en", en, "One small + one large full groom = A$235. Book both online in February and it's A$199.75 with the 15% discount.", false},
		{"fr", fr, "Un petit plus un grand chien : 225 $ le toilettage complet. Réservez en ligne en février et ça fait 191,25 $ avec la remise de 15 %.", true},
		{"fr", fr, "Un petit plus un grand chien : 235 $ le toilettage complet. Réservez en ligne en février et ça fait 199,75 $ avec la remise de 15 %.", false},
	})
}

// "(Can't be combined with other offers.)", "cannot be combined", "ne peut
// pas être cumulée avec": a negation before auxiliaries denies the
// combining, as the fact does; an offer said to combine is still
// contradicted.
func TestNegatedCombining(t *testing.T) {
	en := []string{"All grooms are 15% off for bookings made online; the offer cannot be combined with other offers."}
	fr := []string{"Tous les toilettages réservés en ligne ont 15 % de remise ; l'offre n'est pas cumulable avec d'autres offres."}
	runBlindCases(t, []blindCase{
		{"en", en, "Book online and save 15%. (Can't be combined with other offers.)", true},
		{"en", en, "Book online and save 15%. (Cannot be combined with other offers.)", true},
		{"en", en, "Book online and save 15%, and it can be combined with other offers.", false},
		{"fr", fr, "Réservez en ligne et économisez 15 % (remise qui ne peut pas être combinée avec d'autres offres).", true},
		{"fr", fr, "Réservez en ligne et économisez 15 %, remise qui peut être combinée avec d'autres offres.", false},
	})
}

// "Both salons are open Tuesday to Saturday; the Leederville salon is also
// open on Sundays": a clause with "also" adds its days to the others, so
// "Leederville is open Tuesday to Saturday, plus Sundays" is backed; a day
// no clause gives is still contradicted, with the days the fact gives.
func TestAlsoOpenDays(t *testing.T) {
	en := "Both salons are open Tuesday to Saturday, 8 am to 5 pm; the Leederville salon is also open on Sundays from 9 am to 3 pm."
	fr := "Les deux salons sont ouverts du mardi au samedi, de 8 h à 17 h ; le salon de Leederville est aussi ouvert le dimanche de 9 h à 15 h."
	runBlindCases(t, []blindCase{
		{"en", []string{en}, "Leederville is open Tuesday to Saturday, 8 am–5 pm, plus Sundays 9 am–3 pm.", true},
		{"fr", []string{fr}, "Le salon de Leederville est ouvert du mardi au samedi, de 8 h à 17 h, et le dimanche de 9 h à 15 h.", true},
	})
	runSuggestionCases(t, []suggestionCase{
		{"en", en, "Leederville is open Monday to Saturday.", "Tuesday to Sunday"},
		{"fr", fr, "Le salon de Leederville est ouvert du lundi au samedi.", "du mardi au dimanche"},
	})
}

// "From the little Squirrels (5–9) up to the Summit" for the facts' course
// "Squirrel (ages 5-9)": the plural of a one-word name the facts write in
// capitals on its own, after a determiner, names those who take it; a
// plural of no name of the facts is still flagged (and "with Lucas" for a
// Luca of the facts, TestPluralOfNumberedGrade, still is).
func TestPluralOfOneWordName(t *testing.T) {
	en := []string{"There are three courses: Squirrel (ages 5-9), Explorer (ages 10 and up) and Summit (ages 14 and up)."}
	fr := []string{"Il y a trois parcours : Écureuil (5-9 ans), Explorateur (dès 10 ans) et Sommet (dès 14 ans)."}
	runBlindCases(t, []blindCase{
		{"en", en, "Three courses, from the little Squirrels (5–9) all the way up to the Summit.", true},
		{"en", en, "Three courses, from the little Badgers (5–9) all the way up to the Summit.", false},
		{"fr", fr, "Trois parcours, des petits Écureuils (5-9 ans) jusqu'au Sommet.", true},
		{"fr", fr, "Trois parcours, des petits Blaireaux (5-9 ans) jusqu'au Sommet.", false},
	})
}

// "2204 E Cesar Chavez St" for the facts' "2204 East Cesar Chavez Street":
// a point of the compass is abbreviated in a street name like "St"; the
// other point is still another street (English only: French addresses do
// not abbreviate it).
func TestCompassAbbreviation(t *testing.T) {
	en := []string{"The second location opens on Monday, March 1, 2027, at 2204 East Cesar Chavez Street, Austin, TX 78702."}
	runBlindCases(t, []blindCase{
		{"en", en, "We open Monday 3/1 at 2204 E Cesar Chavez St. See you there!", true},
		{"en", en, "We open Monday 3/1 at 2204 W Cesar Chavez St. See you there!", false},
	})
}

// "Weekdays 7 am–7 pm, Saturdays 8 am–4 pm, Sundays we nap": after days
// given their hours, a day followed by a clause of its own (a subject
// pronoun, no hours) claims no opening; "Sundays 9 am–1 pm" and "le lundi
// sur réservation" still do, and are contradicted when the facts close.
func TestDayWithAClauseOfItsOwn(t *testing.T) {
	en := []string{"The daycare is open Monday to Friday from 7 am to 7 pm and Saturday from 8 am to 4 pm; it is closed on Sundays."}
	fr := []string{"La crèche est ouverte du lundi au vendredi de 7 h à 19 h et le samedi de 8 h à 16 h ; elle est fermée le dimanche."}
	runBlindCases(t, []blindCase{
		{"en", en, "Weekdays 7 am–7 pm, Saturdays 8 am–4 pm, Sundays we nap 😴", true},
		{"en", en, "Weekdays 7 am–7 pm, Saturdays 8 am–4 pm, Sundays 9 am–1 pm.", false},
		{"fr", fr, "En semaine de 7 h à 19 h, le samedi de 8 h à 16 h, et le dimanche on fait la sieste 😴", true},
		{"fr", fr, "En semaine de 7 h à 19 h, le samedi de 8 h à 16 h, et le dimanche sur réservation.", false},
	})
}

// "Weekdays 7a–7p, Saturdays 8a–4p": am and pm cut to a letter in a range
// of hours are clock times, checked like "7 am–7 pm" (English only).
func TestShortAmPm(t *testing.T) {
	en := []string{"The daycare is open Monday to Friday from 7 am to 7 pm and Saturday from 8 am to 4 pm; it is closed on Sundays."}
	runBlindCases(t, []blindCase{
		{"en", en, "Weekdays 7a–7p, Saturdays 8a–4p. See you soon!", true},
		{"en", en, "Weekdays 7a–9p, Saturdays 8a–4p. See you soon!", false},
	})
}

// "Scruff Lab News – February 2027", "Actus Scruff Lab": a name of the
// sheet with a title word after it (English) or before it (French) is the
// brand's newsletter or team; a title on a name the facts do not give is
// still flagged.
func TestBrandTitle(t *testing.T) {
	en := []string{"Scruff Lab is a dog and cat grooming salon founded in 2021 in Fremantle."}
	fr := []string{"Scruff Lab est un salon de toilettage pour chiens et chats fondé en 2021 à Fremantle."}
	runBlindCases(t, []blindCase{
		{"en", en, "🐾 Scruff Lab News – a big month for us, friends!", true},
		{"en", en, "🐾 Paw Lab News – a big month for us, friends!", false},
		{"fr", fr, "🐾 Les Actus Scruff Lab : un mois chargé pour nous, les amis !", true},
		{"fr", fr, "🐾 Les Actus Paw Lab : un mois chargé pour nous, les amis !", false},
	})
}
