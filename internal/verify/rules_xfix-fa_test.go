package verify

import "testing"

// Tests for false alarms on clean posts (the rules alone): each pairs the
// legitimate form (not flagged) with a wrong one (flagged), in French and
// English.

// "2.9 million km over 1.2 million trips, roughly 2.4 km per trip", "2 350
// pommiers sur 14 hectares ? Environ 168 arbres par hectare": a rate that is
// the quotient of two figures of its sentence or the one before, the
// divisor counting what the rate is per, is the writer's own division, not
// the year's figure of a fact nor an invented count; a rate that is no such
// quotient is still checked.
func TestRateOfWriter(t *testing.T) {
	en := []string{"In 2026, Hopwise riders took 1.2 million trips in Ireland, covering 2.9 million km.", "Hopwise launches in Galway on Thursday 6 May 2027 with 350 scooters."}
	fr := []string{"Le verger compte 2 350 pommiers hautes tiges de 24 variétés, sur 14 hectares, cultivés en bio depuis 2012.", "Les portes ouvertes ont lieu les 16 et 17 octobre 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Last year Hopwise riders in Ireland covered 2.9 million km over 1.2 million trips, roughly 2.4 km per trip.", true},
		{"en", en, "Last year Hopwise riders in Ireland covered 2.9 million km over 1.2 million trips, roughly 3.4 km per trip.", false},
		{"en", en, "Last year Hopwise riders in Ireland covered 3.4 million km.", false},
		{"fr", fr, "Notre verger, c'est 2 350 pommiers sur 14 hectares ? 🌳 Environ 168 arbres par hectare, 24 variétés.", true},
		{"fr", fr, "Notre verger, c'est 2 350 pommiers sur 14 hectares ? 🌳 Environ 210 arbres par hectare, 24 variétés.", false},
		{"fr", fr, "Notre verger, c'est 2 350 pommiers sur 14 hectares. Environ 98 arbres par hectare.", false},
	})
}

// "so a 12-metre boat pays A$48" for "boats up to 24 metres", "si votre
// petit dernier a 4 ans" for "moins de 12 ans": a figure the post supposes
// (an indefinite article, "if", "si") inside the bound a fact gives is an
// example the bound admits; outside it, or stated outright, it is still
// contradicted.
func TestExampleWithinBound(t *testing.T) {
	en := []string{"The marina has 320 berths for boats up to 24 metres long.", "Casual berthing costs A$4 per metre per night."}
	fr := []string{"Le casque est obligatoire pour les enfants de moins de 12 ans ; des casques sont prêtés gratuitement à l'accueil.", "La patinoire ouvre le samedi 2 octobre 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Casual berths are A$4 per metre per night, so a 12-metre boat pays A$48 a night.", true},
		{"en", en, "Casual berths are A$4 per metre per night, so a 30-metre boat pays A$120 a night.", false},
		{"en", en, "Our berths take boats up to 12 metres long.", false},
		{"fr", fr, "Casque obligatoire pour les enfants : si votre petit dernier a 4 ans, on vous en prête un.", true},
		{"fr", fr, "Casque obligatoire pour les enfants : si votre grand a 14 ans, on vous en prête un.", false},
		{"fr", fr, "Le casque est obligatoire pour les moins de 10 ans.", false},
	})
}

// "chaque jeudi de juillet et d'août : 9 soirées", "In June, that's four
// Saturdays": a count equal to how many of the weekday its sentence names
// the months it names hold in the campaign's year is the calendar's
// arithmetic; another count is still flagged.
func TestWeekdaysOfPostMonths(t *testing.T) {
	fr := []string{"Les visites nocturnes « Grotte aux lanternes » ont lieu chaque jeudi de juillet et d'août 2026 à 21h ; 19 € par personne.", "La saison 2026 va du samedi 4 avril au dimanche 1er novembre 2026."}
	en := []string{"Hours (both clinics): Monday to Friday 7 a.m. to 8 p.m., Saturday 8 a.m. to 2 p.m., closed Sunday.", "The second clinic opens on Monday, May 3, 2027.", "Summer hours apply in June, July and August."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Les nocturnes ont lieu chaque jeudi de juillet et d'août à 21h : 9 soirées magiques cet été !", true},
		{"fr", fr, "Les nocturnes ont lieu chaque jeudi de juillet et d'août à 21h : 12 soirées magiques cet été !", false},
		{"en", en, "We're open Saturdays 8–2. In June, that's four Saturdays to fit in your session!", true},
		{"en", en, "We're open Saturdays 8–2. In June, that's six Saturdays to fit in your session!", false},
	})
}

// "56 six-bedroom cluster flats, home to 336 en-suite rooms", "à partir de
// 12 bouteilles, c'est-à-dire dès 2 cartons" for "carton de 6 bouteilles": a
// count of containers equal to a backed count of its sentence over the size
// of one (dashed to the noun, or given by a fact) is that division; another
// count is still flagged.
func TestContainersOfTotal(t *testing.T) {
	en := []string{"Hartley Yard has 412 rooms: 336 en-suite rooms in 6-bedroom cluster flats and 76 studios.", "Hartley Yard opens in September 2027."}
	fr := []string{"Pendant les Caves ouvertes uniquement : -10 % par carton de 6 bouteilles, -15 % à partir de 3 cartons.", "La livraison est offerte en France métropolitaine à partir de 12 bouteilles."}
	runBlindCases(t, []blindCase{
		{"en", en, "Hartley Yard in numbers: 412 rooms. 56 six-bedroom cluster flats, home to 336 en-suite rooms. 76 studios.", true},
		{"en", en, "Hartley Yard in numbers: 412 rooms. 60 six-bedroom cluster flats, home to 336 en-suite rooms. 76 studios.", false},
		{"fr", fr, "La livraison est offerte à partir de 12 bouteilles, c'est-à-dire dès 2 cartons.", true},
		{"fr", fr, "La livraison est offerte à partir de 12 bouteilles, c'est-à-dire dès 4 cartons.", false},
	})
}

// "Près de 9 diplômé·e·s 2026 sur 10", "Last year, 8 graduates out of 10"
// for a year's fact giving 87 %, 82 %: a ratio the post states is checked
// as the share it is, before a count said of a year is checked against
// that year's fact; a ratio far from the share is still flagged.
func TestRatioBeforeCountOfYear(t *testing.T) {
	fr := []string{"Selon l'enquête interne menée auprès des 112 diplômé·e·s de 2026, 87 % ont trouvé un emploi dans la tech dans les 6 mois suivant la formation.", "La prochaine session commence le lundi 5 octobre 2027."}
	en := []string{"In our survey of the 240 graduates of 2026, 82% found a job in tech within 6 months.", "The next bootcamp starts on Monday 4 October 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Près de 9 diplômé·e·s 2026 sur 10 ont trouvé un emploi dans la tech dans les six mois.", true},
		{"fr", fr, "Près de 6 diplômé·e·s 2026 sur 10 ont trouvé un emploi dans la tech dans les six mois.", false},
		{"en", en, "Last year, 8 graduates out of 10 found a job in tech within six months.", true},
		{"en", en, "Last year, 5 graduates out of 10 found a job in tech within six months.", false},
	})
}

// "a 10-minute ride", "si votre trajet dure 20 minutes" for rides "of up to
// 30 minutes", "jusqu'à 30 minutes": a supposed length of time inside the
// bound a fact gives is an example it admits, as a supposed count is; one
// over the bound is still contradicted.
func TestExampleLengthWithinBound(t *testing.T) {
	en := []string{"The Monthly Pass costs €34.99 and includes unlimited rides of up to 30 minutes each.", "Hopwise launches in Galway on Thursday 6 May 2027."}
	fr := []string{"Le Pass mensuel coûte 29,90 € et comprend des trajets illimités jusqu'à 30 minutes chacun.", "Hopwise arrive à Nantes le jeudi 6 mai 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "With the Monthly Pass, a 10-minute ride costs nothing extra.", true},
		{"en", en, "With the Monthly Pass, a 45-minute ride costs nothing extra.", false},
		{"fr", fr, "Avec le Pass mensuel, si votre trajet dure 20 minutes, vous ne payez rien de plus.", true},
		{"fr", fr, "Avec le Pass mensuel, si votre trajet dure 40 minutes, vous ne payez rien de plus.", false},
	})
}

// "$400 in prize money up for grabs: $250, $100 and $50", "une flotte de 15
// bateaux : 12 dériveurs Pacer et 3 Beneteau 31 habitables": a total followed by its
// parts joined by separators, each backed, is their sum (the model number
// after a part is no part); a total the parts do not make is flagged.
func TestPartsOfTotal(t *testing.T) {
	en := []string{"Pie contest prizes: $250 for first place, $100 for second place and $50 for third place.", "The contest takes place on Saturday, October 17, 2026, at 10 a.m.", "Entry is $10 per pie."}
	fr := []string{"Flotte : 12 dériveurs Pacer et 3 Beneteau 31 habitables.", "Le stage est ouvert aux personnes de 14 ans et plus.", "La marina compte 320 anneaux."}
	runBlindCases(t, []blindCase{
		{"en", en, "Register your pie for just $10. There's $400 in prize money up for grabs: $250, $100 and $50 for the top three.", true},
		{"en", en, "Register your pie for just $10. There's $500 in prize money up for grabs: $250, $100 and $50 for the top three.", false},
		{"fr", fr, "Une flotte de 15 bateaux : 12 dériveurs Pacer et 3 Beneteau 31 habitables.", true},
		{"fr", fr, "Une flotte de 20 bateaux : 12 dériveurs Pacer et 3 Beneteau 31 habitables.", false},
	})
}

// "plus de 210 000 téléphones remis en état en 2025" for "En 2025, les
// ateliers ont réparé 212 000 smartphones", "Over 2,000 restaurants and
// shops use Rostera" for "More than 2,400 businesses use Rostera": a lower
// bound on a noun no fact counts, at most a quarter under a count a fact
// about it gives under another word, is a true bound; one above that
// count is still flagged.
func TestCloseTrueBound(t *testing.T) {
	fr := []string{"En 2025, les ateliers Réparty ont réparé 212 000 smartphones.", "Réparty ouvre son atelier de Rennes le 3 octobre 2026."}
	en := []string{"Rostera is a shift-scheduling app for restaurants and shops, founded in 2021 in Leeds.", "More than 2,400 businesses use Rostera."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Plus de 210 000 téléphones remis en état dans nos ateliers rien qu'en 2025 !", true},
		{"fr", fr, "Plus de 230 000 téléphones remis en état dans nos ateliers rien qu'en 2025 !", false},
		{"en", en, "Over 2,000 restaurants and shops already plan their rotas with Rostera.", true},
		{"en", en, "Over 3,000 restaurants and shops already plan their rotas with Rostera.", false},
	})
}

// "Spend $30 … and we'll match it with $30 more. That's up to $60", "…
// passe à 39,53 €. Partagé entre 6 personnes, c'est moins de 7 € par
// personne": a
// bound announced as a result that holds of the sum, difference, product
// or quotient of two figures of the post (one backed), within 15 %, is
// the writer's arithmetic; a bound they do not make is still flagged.
func TestBoundOfResult(t *testing.T) {
	en := []string{"SNAP/EBT shoppers get their SNAP dollars matched dollar for dollar, up to $30 per market day, through the Georgia Fresh for Less program.", "The 12th annual Oakhurst Pie Contest takes place on Saturday, October 17, 2026, at 10 a.m. Entry is $10 per pie, and pies must be registered by October 10."}
	fr := []string{"Le forfait Solo coûte 35,88 € par an (2,99 € par mois, facturé à l'année).", "Le forfait Famille coûte 65,88 € par an et couvre jusqu'à 6 personnes.", "Offre de lancement : les nouveaux clients du forfait Famille ont 40 % de remise sur la première année."}
	runBlindCases(t, []blindCase{
		{"en", en, "Spend $30 of SNAP and we'll match it with $30 more for fresh fruits and veggies. That's up to $60 of good food every Saturday!", true},
		{"en", en, "Spend $30 of SNAP and we'll match it with $30 more for fresh fruits and veggies. That's up to $90 of good food every Saturday!", false},
		{"fr", fr, "Le forfait Famille passe à 39,53 € la première année avec nos 40 % de remise. Partagé entre 6 personnes, c'est moins de 7 € par personne pour toute l'année !", true},
		{"fr", fr, "Le forfait Famille passe à 39,53 € la première année avec nos 40 % de remise. Partagé entre 6 personnes, c'est moins de 4 € par personne pour toute l'année !", false},
	})
}

// "Feeling sick at 2 a.m.?", "Malade à 2h du matin ?", "Want 10?": a clock
// time or a small bare number inside a question asks, it does not state:
// not flagged as invented; a time a fact contradicts ("dès 8h ?" for
// "de 9h à 13h") and the same time stated outright still are.
func TestAskedFigure(t *testing.T) {
	en := []string{"Our Dublin clinic at 4120 Tuller Rd is open 24 hours a day, 7 days a week.", "The flu shot clinics run on Saturday 10 October 2026 from 9am to 1pm."}
	fr := []string{"La clinique de Dublin est ouverte 24 heures sur 24, 7 jours sur 7.", "La journée de vaccination a lieu le samedi 10 octobre 2026 de 9h à 13h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Feeling sick at 2 a.m.? Our Dublin clinic never closes, open 24/7.", true},
		{"en", en, "Flu shots on Saturday 10 October at 8am? Come early!", false},
		{"en", en, "Our nurses call you back at 2 a.m. Our Dublin clinic never closes.", false},
		{"fr", fr, "Malade à 2h du matin ? Notre clinique de Dublin ne ferme jamais, 24h/24.", true},
		{"fr", fr, "Vaccination le samedi 10 octobre dès 8h ? Venez tôt !", false},
		{"fr", fr, "Nos infirmières vous rappellent à 2h du matin. La clinique ne ferme jamais.", false},
	})
}
