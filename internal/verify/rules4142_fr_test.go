package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind41–42: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English where the pattern exists in
// both.

// The minutes of a clock time written apart ("11 h 30") open no range of
// bare figures: "dès 11 h 30 au 212, rue King" is a time and an address,
// not a range "30 au 212" to check against "de 11 h 30 à 21 h 30"; the end
// of a real range of bare figures is still checked, with the suggestion.
func TestClockMinutesOpenNoRange(t *testing.T) {
	fr := []string{"Le restaurant est ouvert du mardi au dimanche, de 11 h 30 à 21 h 30, au 212, rue King Ouest.", "Les ateliers sont ouverts aux enfants de 6 à 12 ans."}
	en := []string{"The restaurant is open Tuesday to Sunday, 11:30am to 9:30pm, at 212 King Street West.", "The workshops are open to children aged 6 to 12."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Rendez-vous dès 11 h 30 au 212, rue King Ouest !", true},
		{"fr", fr, "Ateliers pour les enfants de 6 à 14 ans.", false},
		{"en", en, "See you from 11:30am at 212 King Street West!", true},
		{"en", en, "Workshops for children aged 6 to 14.", false},
	})
	runSuggestionCases(t, []suggestionCase{
		{"fr", fr[1], "Ateliers pour les enfants de 6 à 14 ans.", "6 à 12"},
	})
}

// "au-delà de", "au-dessus de", "beyond" bound a figure from above as "plus
// de", "above" do, and "au-dessous de", "en dessous de" from below: "plus de
// 30 °C" restates "annulées au-delà de 30 °C"; another threshold is still
// flagged.
func TestBeyondIsAGreaterBound(t *testing.T) {
	fr := []string{"L'écurie compte 9 chevaux et 4 calèches.", "Les sorties sont annulées au-delà de 30 °C."}
	en := []string{"The stable has 9 horses and 4 carriages.", "Rides are cancelled beyond 30 °C."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Nos calèches restent à l'écurie quand il fait plus de 30 °C.", true},
		{"fr", fr, "Nos calèches restent à l'écurie quand il fait plus de 35 °C.", false},
		{"en", en, "Our carriages stay in the stable when it is over 30 °C.", true},
		{"en", en, "Our carriages stay in the stable when it is over 35 °C.", false},
	})
}

// The days of the weekdays a fact repeats on, over the months it names
// ("jusqu'à 23h les vendredis et samedis en juillet et en août" 2026: 9 +
// 9), are what a post counts ("ça fait 18 soirées"); another count is still
// flagged.
func TestRepeatedWeekdaysOverMonths(t *testing.T) {
	fr := []string{"La saison 2026 commence le jeudi 23 avril 2026 et se termine le dimanche 11 octobre 2026.", "Heures d'ouverture : tous les jours de 12h à 22h ; jusqu'à 23h les vendredis et samedis en juillet et en août."}
	en := []string{"The 2026 season runs from Thursday 23 April 2026 to Sunday 11 October 2026.", "Opening hours: every day 12pm to 10pm; until 11pm on Fridays and Saturdays in July and August."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Les vendredis et samedis de juillet et d'août, on ferme à 23h : ça fait 18 soirées pour étirer le plaisir !", true},
		{"fr", fr, "Les vendredis et samedis de juillet et d'août, on ferme à 23h : ça fait 20 soirées pour étirer le plaisir !", false},
		{"en", en, "On Fridays and Saturdays in July and August we close at 11pm: that's 18 evenings to make it last!", true},
		{"en", en, "On Fridays and Saturdays in July and August we close at 11pm: that's 20 evenings to make it last!", false},
	})
}

// A fact that gives a job by its passive verb ("est dirigé par Annie
// Gagnon", "is managed by Annie Gagnon") gives the person that job
// ("Annie Gagnon, directrice du restaurant", "manager"); the job given to
// another person of the fact is still flagged.
func TestJobByItsVerb(t *testing.T) {
	fr := []string{"Le restaurant de Sherbrooke est dirigé par Annie Gagnon ; sa cuisine est confiée au chef sushi Hiro Matsuda."}
	en := []string{"The Sherbrooke restaurant is managed by Annie Gagnon; its kitchen is led by sushi chef Hiro Matsuda."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Aux commandes, Annie Gagnon, directrice du restaurant, et le chef sushi Hiro Matsuda.", true},
		{"fr", fr, "Aux commandes, Hiro Matsuda, directeur du restaurant, et Annie Gagnon.", false},
		{"en", en, "At the helm: Annie Gagnon, restaurant manager, and sushi chef Hiro Matsuda.", true},
		{"en", en, "At the helm: Hiro Matsuda, restaurant manager, and Annie Gagnon.", false},
	})
}

// Joining a programme a fact says is free ("le programme de fidélité
// gratuit", "the free loyalty programme") is free: "L'adhésion est
// gratuite", "Membership is free"; a free thing the facts do not give is
// still flagged.
func TestFreeProgrammeMembership(t *testing.T) {
	fr := []string{"Club Boréal, le programme de fidélité gratuit, donne 1 point par dollar dépensé."}
	en := []string{"Club Boreal, the free loyalty programme, gives 1 point per dollar spent."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Club Boréal : 1 point par dollar. L'adhésion est gratuite !", true},
		{"fr", fr, "Club Boréal : 1 point par dollar. La livraison est gratuite !", false},
		{"en", en, "Club Boreal: 1 point per dollar. Membership is free!", true},
		{"en", en, "Club Boreal: 1 point per dollar. Delivery is free!", false},
	})
}

// A reward rate is the writer's arithmetic: "1 point par dollar dépensé ;
// 250 points donnent droit à un rabais de 10 $" gives back 10 $ on 250 $,
// "4 % de retour"; another rate is still flagged.
func TestPointsRewardRate(t *testing.T) {
	fr := []string{"Le programme de fidélité donne 1 point par dollar dépensé ; 250 points donnent droit à un rabais de 10 $."}
	en := []string{"The loyalty programme gives 1 point per dollar spent; 250 points earn a $10 discount."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "1 point par dollar, 10 $ de rabais à 250 points : autrement dit, 4 % de retour sur vos achats.", true},
		{"fr", fr, "1 point par dollar, 10 $ de rabais à 250 points : autrement dit, 5 % de retour sur vos achats.", false},
		{"en", en, "1 point per dollar, $10 off at 250 points: in other words, 4% back on what you spend.", true},
		{"en", en, "1 point per dollar, $10 off at 250 points: in other words, 5% back on what you spend.", false},
	})
}

// The whole of a share a fact counts is the writer's arithmetic: "un tiers
// des places de la crèche (14 places)" gives "42 places", "a third of the
// seats (14 seats)" 42 seats; another whole is still flagged.
func TestWholeOfAStatedShare(t *testing.T) {
	fr := []string{"La crèche de Liège accueille des enfants de 0 à 3 ans.", "Un tiers des places de la crèche de Liège (14 places) est réservé aux enfants domiciliés à Liège."}
	en := []string{"The Liège nursery takes children aged 0 to 3.", "A third of the seats of the Liège nursery (14 seats) are kept for children living in Liège."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Crèche de Liège : 42 places, dont 14 pour les enfants de Liège.", true},
		{"fr", fr, "Crèche de Liège : 45 places, dont 14 pour les enfants de Liège.", false},
		{"en", en, "The Liège nursery: 42 seats, 14 of them for children living in Liège.", true},
		{"en", en, "The Liège nursery: 45 seats, 14 of them for children living in Liège.", false},
	})
}

// A length of time a fact gives itself, about the thing the post's sentence
// and the one before it name ("tu découvres le Vieux Durbuy 🐴✨ 35 minutes
// de balade" for « la promenade Vieux Durbuy dure 35 minutes »), is backed
// even when another fact times a thing of its head noun (« la balade Vallée
// de l'Ourthe dure 1h30 »); a length no fact gives is still flagged.
func TestLengthOfTheNamedThing(t *testing.T) {
	fr := []string{"La promenade « Vieux Durbuy » dure 35 minutes : 12 € par adulte.", "La balade « Vallée de l'Ourthe » dure 1h30 et coûte 28 € par adulte."}
	en := []string{"The « Old Durbuy » ride lasts 35 minutes: €12 per adult.", "The « Ourthe Valley » outing lasts 1h30 and costs €28 per adult."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "POV : tu découvres le Vieux Durbuy au pas des chevaux 🐴✨ 35 minutes de balade, et quel bonheur !", true},
		{"fr", fr, "POV : tu découvres le Vieux Durbuy au pas des chevaux 🐴✨ 50 minutes de balade, et quel bonheur !", false},
		{"en", en, "POV: you discover Old Durbuy at a horse's pace 🐴✨ a 35-minute outing, pure joy!", true},
		{"en", en, "POV: you discover Old Durbuy at a horse's pace 🐴✨ a 50-minute outing, pure joy!", false},
	})
}

// "Pas besoin de s'inscrire", "pas besoin de vous inscrire", "no need to
// register" deny booking as "pas besoin de réserver" does: contradicted by
// the fact that makes registration a condition ("inscription obligatoire"),
// backed by one that waives it.
func TestNoNeedToRegister(t *testing.T) {
	frReq := []string{"Portes ouvertes de la fabrique le dimanche 7 juin 2026 : visites guidées gratuites de 30 minutes, inscription obligatoire sur le site."}
	frFree := []string{"Portes ouvertes de la fabrique le dimanche 7 juin 2026 : visites guidées gratuites de 30 minutes, sans inscription."}
	enReq := []string{"Open day at the factory on Sunday 7 June 2026: free 30-minute guided tours, booking required on the website."}
	enFree := []string{"Open day at the factory on Sunday 7 June 2026: free 30-minute guided tours, no booking needed."}
	runBlindCases(t, []blindCase{
		{"fr", frFree, "Dimanche 7 juin, visites guidées gratuites de la fabrique. Pas besoin de s'inscrire !", true},
		{"fr", frReq, "Dimanche 7 juin, visites guidées gratuites de la fabrique. Pas besoin de s'inscrire !", false},
		{"fr", frReq, "Dimanche 7 juin, visites guidées gratuites de la fabrique. Pas besoin de vous inscrire !", false},
		{"en", enFree, "Sunday 7 June, free guided tours of the factory. No need to register!", true},
		{"en", enReq, "Sunday 7 June, free guided tours of the factory. No need to register!", false},
	})
}

// "Inscription obligatoire", "booking required" said of what a fact holds
// "sans réservation" ("no booking needed") is contradicted; said where the
// facts ask for booking, or give nothing on it, it passes.
func TestRequiredBookingWaived(t *testing.T) {
	frFree := []string{"Une journée portes ouvertes a lieu le samedi 22 mai 2027, de 10h à 13h, à la crèche de Liège, sans réservation."}
	frReq := []string{"Une journée portes ouvertes a lieu le samedi 22 mai 2027, de 10h à 13h, à la crèche de Liège, sur inscription."}
	enFree := []string{"An open day takes place on Saturday 22 May 2027, 10am to 1pm, at the Liège nursery, no booking needed."}
	enReq := []string{"An open day takes place on Saturday 22 May 2027, 10am to 1pm, at the Liège nursery, by booking only."}
	runBlindCases(t, []blindCase{
		{"fr", frReq, "Portes ouvertes ce samedi 22 mai de 10h à 13h à notre crèche de Liège 🏡 Inscription obligatoire !", true},
		{"fr", frFree, "Portes ouvertes ce samedi 22 mai de 10h à 13h à notre crèche de Liège 🏡 Inscription obligatoire !", false},
		{"en", enReq, "Open day this Saturday 22 May, 10am to 1pm, at our Liège nursery 🏡 Booking required!", true},
		{"en", enFree, "Open day this Saturday 22 May, 10am to 1pm, at our Liège nursery 🏡 Booking required!", false},
	})
}
