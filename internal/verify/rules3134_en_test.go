package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind31–34 (opened blind sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English.

// A figure announced as a result ("so", "or", "donc") that is the sum,
// difference, product or ratio of two figures just before it is the
// writer's arithmetic; a result they do not make is still flagged (in
// French "donc" and "soit" already pass any sum next to a backed figure).
func TestResultOfPost(t *testing.T) {
	en := []string{"The Low Tide collection has 18 pieces; 6 of them are set with shell.", "The junior summer program has 20 sessions and costs $240."}
	fr := []string{"La collection Marée basse compte 18 pièces ; 6 d'entre elles sont serties de nacre.", "Le stage junior de l'été compte 20 séances et coûte 240 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "18 pieces in Low Tide, 6 set with shell, so 12 without any shell.", true},
		{"en", en, "18 pieces in Low Tide, 6 set with shell, so 14 without any shell.", false},
		{"en", en, "The junior summer program is 20 sessions for $240, or $12 a session.", true},
		{"en", en, "The junior summer program is 20 sessions for $240, or $15 a session.", false},
		{"fr", fr, "18 pièces dans Marée basse, 6 serties de nacre, donc 12 sans nacre.", true},
		{"fr", fr, "Le stage junior de l'été, c'est 20 séances pour 240 €, ou 12 € la séance.", true},
		{"fr", fr, "Le stage junior de l'été, c'est 20 séances pour 240 €, ou 15 € la séance.", false},
	})
}

// "Monday through Thursday" in a fact, or a post, is a range of days like
// "Monday to Thursday", not the two days it names; a range the fact does not
// give is still flagged.
func TestThroughWeekdayRange(t *testing.T) {
	en := []string{"Public green fees, cart included: $85 Monday through Thursday; $110 Friday through Sunday and on holidays."}
	fr := []string{"Green fees publics, voiturette comprise : 85 $ du lundi au jeudi ; 110 $ du vendredi au dimanche et les jours fériés."}
	runBlindCases(t, []blindCase{
		{"en", en, "Monday–Thursday green fee: $85 with cart.", true},
		{"en", en, "Play Monday through Thursday for $85 with cart.", true},
		{"en", en, "Play Monday through Saturday for $85 with cart.", false},
		{"fr", fr, "Du lundi au jeudi, le green fee est à 85 $ avec voiturette.", true},
		{"fr", fr, "Du lundi au samedi, le green fee est à 85 $ avec voiturette.", false},
	})
}

// "over" right after a figure and its noun ("2.9 million km over 1.2
// million trips") shares one figure over another: it is no lower bound; a
// wrong count there is still flagged, and "over" elsewhere still bounds.
func TestOverAfterAFigure(t *testing.T) {
	en := []string{"In 2026, riders took 1.2 million trips in Ireland, covering 2.9 million km."}
	fr := []string{"En 2026, les usagers ont fait 1,2 million de trajets en Irlande, pour 2,9 millions de km."}
	runBlindCases(t, []blindCase{
		{"en", en, "Last year riders covered 2.9 million km over 1.2 million trips.", true},
		{"en", en, "Last year riders covered 2.9 million km over 1.6 million trips.", false},
		{"en", en, "Last year riders took over 1.5 million trips.", false},
		{"fr", fr, "L'an dernier, 2,9 millions de km parcourus en 1,2 million de trajets.", true},
		{"fr", fr, "L'an dernier, 2,9 millions de km parcourus en 1,6 million de trajets.", false},
	})
}

// Month first, the bare days that follow a date in a list ("July 15, 22
// and 29") are days of that month, as "15, 22 and 29 July" already were; a
// day outside the stated period is still flagged.
func TestMonthFirstDayList(t *testing.T) {
	en := []string{"A walk-in pop-up clinic runs every Saturday of the drive, 10 am to 3 pm.", "The drive runs from Monday 10 July to Saturday 29 July 2028."}
	fr := []string{"Une antenne sans rendez-vous ouvre chaque samedi de la collecte, de 10 h à 15 h.", "La collecte a lieu du lundi 10 juillet au samedi 29 juillet 2028."}
	runBlindCases(t, []blindCase{
		{"en", en, "Pop-up every Saturday of the drive: July 15, 22 and 29.", true},
		{"en", en, "Pop-up every Saturday of the drive: July 15, 22, and 29.", true},
		{"en", en, "Pop-up every Saturday of the drive: July 15, 22 and 31.", false},
		{"fr", fr, "Antenne chaque samedi de la collecte : les 15, 22 et 29 juillet.", true},
		{"fr", fr, "Antenne chaque samedi de la collecte : les 15, 22 et 31 juillet.", false},
	})
}

// "25c" after a price of its sentence is cents of that currency, checked as
// a price ("€1 to unlock, then 25c a minute" for €0.25); a wrong rate in
// cents is still flagged.
func TestGluedCents(t *testing.T) {
	en := []string{"A ride costs €1 to unlock, then €0.25 per minute."}
	fr := []string{"Un trajet coûte 1 € de déblocage, puis 0,25 € la minute."}
	runBlindCases(t, []blindCase{
		{"en", en, "Pricing: €1 to unlock, then 25c a minute.", true},
		{"en", en, "Pricing: €1 to unlock, then 35c a minute.", false},
		{"fr", fr, "Tarif : 1 € pour débloquer, puis 25 centimes la minute.", true},
		{"fr", fr, "Tarif : 1 € pour débloquer, puis 35 centimes la minute.", false},
	})
}

// A length in a dash compound ("2-hour assessment") whose expected length
// is in another unit (90 minutes) is flagged on the whole compound, so that
// its suggestion reads "90-minute", not "90-hour".
func TestCompoundLengthInAnotherUnit(t *testing.T) {
	facts := []string{"Every new client receives a free care assessment at home by a registered nurse, lasting about 90 minutes."}
	r := check(t, "en", facts, "Book your free 2-hour home assessment with a registered nurse today!")
	if len(r.Findings) != 1 || r.Findings[0].Text != "2-hour" || r.Findings[0].Suggestion != "90-minute" {
		t.Errorf("want 2-hour → 90-minute, got %+v", r.Findings)
	}
	runBlindCases(t, []blindCase{
		{"en", facts, "Book your free 90-minute home assessment with a registered nurse today!", true},
		{"fr", []string{"Chaque nouveau client reçoit une évaluation gratuite à domicile d'environ 90 minutes."}, "Réservez votre évaluation gratuite de 90 minutes à domicile.", true},
		{"fr", []string{"Chaque nouveau client reçoit une évaluation gratuite à domicile d'environ 90 minutes."}, "Réservez votre évaluation gratuite de 2 heures à domicile.", false},
	})
}

// A length restated in another unit beside a backed one ("56 days (eight
// weeks)") is that length; a wrong restatement is still flagged.
func TestLengthRestatedInWeeks(t *testing.T) {
	en := []string{"Donors must wait at least 56 days between two whole-blood donations."}
	fr := []string{"Les donneurs doivent attendre au moins 56 jours entre deux dons de sang total."}
	runBlindCases(t, []blindCase{
		{"en", en, "Quick facts: 56 days (eight weeks) between whole-blood donations.", true},
		{"en", en, "Quick facts: 56 days (nine weeks) between whole-blood donations.", false},
		{"fr", fr, "Le saviez-vous : 56 jours (huit semaines) entre deux dons de sang total.", true},
		{"fr", fr, "Le saviez-vous : 56 jours (neuf semaines) entre deux dons de sang total.", false},
	})
}

// A title right before the name ("consultant geriatrician Dr Helen Marsh")
// is no part of the job when the fact writes it too ("Dr Helen Marsh,
// consultant geriatrician"); a wrong job is still flagged.
func TestTitleBeforeNameIsNoJob(t *testing.T) {
	en := []string{"A talk on living well with dementia at 3pm by Dr Helen Marsh, consultant geriatrician."}
	fr := []string{"Une conférence sur la démence à 15 h par la Dre Hélène Marsh, gériatre consultante."}
	runBlindCases(t, []blindCase{
		{"en", en, "At 3pm, consultant geriatrician Dr Helen Marsh talks about dementia.", true},
		{"en", en, "At 3pm, consultant cardiologist Dr Helen Marsh talks about dementia.", false},
		{"fr", fr, "À 15 h, la Dre Hélène Marsh, gériatre consultante, parle de la démence.", true},
		{"fr", fr, "À 15 h, la Dre Hélène Marsh, directrice de la clinique, parle de la démence.", false},
	})
}

// To win an award ("honoured to win the Smart Mobility Award") is the
// brand's prize, not a giveaway; "win a voucher" is still an unsupported
// freebie.
func TestAwardWonIsNoFreebie(t *testing.T) {
	en := []string{"Hopwise operates e-scooters in Dublin, Cork and Limerick.", "In 2026, Hopwise won the Smart Mobility Award."}
	fr := []string{"Hopwise exploite des trottinettes à Dublin, Cork et Limerick.", "En 2026, Hopwise a reçu le trophée de la mobilité."}
	runBlindCases(t, []blindCase{
		{"en", en, "We were honoured to win the Smart Mobility Award this year.", true},
		{"en", en, "Ride with us this week and win a free helmet!", false},
		{"fr", fr, "Fiers de gagner le trophée de la mobilité cette année.", true},
		{"fr", fr, "Roulez avec nous cette semaine et gagnez un casque offert !", false},
	})
}

// An informal demonym ("our Aussie friends") names the people of a country
// the facts name; one of a country they do not name is still flagged.
func TestInformalDemonym(t *testing.T) {
	en := []string{"The studio sells only online and ships to New Zealand and Australia only."}
	fr := []string{"L'atelier vend uniquement en ligne et livre seulement en Nouvelle-Zélande et en Australie."}
	runBlindCases(t, []blindCase{
		{"en", en, "Heads up for our Aussie friends: yes, we ship to Australia!", true},
		{"en", en, "Heads up for our Brazuca friends: yes, we ship to you!", false},
		{"fr", fr, "Avis à nos amis Aussies : oui, on livre en Australie !", true},
		{"fr", fr, "Avis à nos amis Brazucas : oui, on vous livre !", false},
	})
}

// "before 1 June" for an offer that runs from 6 to 31 May names the day
// after its last day; "until 1 June" or a later deadline is still flagged.
func TestBeforeTheDayAfterAPeriod(t *testing.T) {
	en := []string{"Launch offer: from 6 to 31 May 2027, new users who enter the code HOP get the unlock fee waived on their first three rides."}
	fr := []string{"Offre de lancement : du 6 au 31 mai 2027, les nouveaux usagers qui saisissent le code HOP ne paient pas le déblocage de leurs trois premiers trajets."}
	runBlindCases(t, []blindCase{
		{"en", en, "Use code HOP before 1 June and skip the unlock fee.", true},
		{"en", en, "Use code HOP before 5 June and skip the unlock fee.", false},
		{"en", en, "Use code HOP until 1 June and skip the unlock fee.", false},
		{"fr", fr, "Saisissez le code HOP avant le 1er juin pour ne pas payer le déblocage.", true},
		{"fr", fr, "Saisissez le code HOP avant le 5 juin pour ne pas payer le déblocage.", false},
	})
}

// A superlative a fact gives of the same thing ("our newest residence in
// Leeds" for "Its newest residence, Hartley Yard, … Leeds") is backed; one
// with another scope, or one the fact ranks without the post's rank, is
// still flagged.
func TestSuperlativeOfAFact(t *testing.T) {
	en := []string{"Its newest residence, Hartley Yard, at 22 Kirkstall Road, Leeds, opens on Saturday 11 September 2027."}
	fr := []string{"Sa plus récente résidence, Hartley Yard, au 22 Kirkstall Road à Leeds, ouvre le samedi 11 septembre 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Here are the facts about Hartley Yard, our newest residence in Leeds.", true},
		{"en", en, "Here are the facts about Hartley Yard, our newest residence in Sheffield.", false},
		{"en", []string{"Heron Bluff was ranked No. 6 in the 2026 list of Michigan's best public-access courses."}, "Heron Bluff, the best public-access course in Michigan!", false},
		{"fr", fr, "Voici Hartley Yard, notre plus récente résidence à Leeds.", true},
		{"fr", fr, "Voici Hartley Yard, la plus grande résidence de Leeds.", false},
	})
}
