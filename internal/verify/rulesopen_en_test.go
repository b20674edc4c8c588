package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind8–11 (opened sealed sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English.

// A dollar's ISO code before or after the amount ("AUD 35", "CAD 89",
// "35 NZD") is the dollar a "$" reads as: "$35" is the fact's "AUD 35";
// another amount is still contradicted. In lower case "cad" is no currency.
func TestDollarCodes(t *testing.T) {
	en := []string{"Weekend tickets cost AUD 35 and include a tasting glass."}
	fr := []string{"Le forfait journée adulte coûte CAD 89 en ligne."}
	runBlindCases(t, []blindCase{
		{"en", en, "$35 gets you a tasting glass 🍷", true},
		{"en", en, "Tickets are 35 AUD, tasting glass included.", true},
		{"en", en, "$45 gets you a tasting glass 🍷", false},
		{"fr", fr, "Le forfait journée est à 89 $ en ligne ⛷️", true},
		{"fr", fr, "Le forfait journée est à 79 $ en ligne ⛷️", false},
	})
}

// A weekday that does not match its date, when a fact starts a range on
// that weekday a few days off ("kicks off Monday, Nov 2" for an offer from
// Monday, November 1): the suggestion is the range's start with its
// weekday, so that applying it makes the text true.
func TestWeekdaySuggestsRangeStart(t *testing.T) {
	runSuggestionCases(t, []suggestionCase{
		{"en", "From Monday, November 1 to Friday, December 31, 2027, new subscribers get 25% off with the code LOOP25.", "Our offer kicks off Monday, Nov 2: 25% off with LOOP25.", "Monday 1 November"},
		{"fr", "Du lundi 1er novembre au vendredi 31 décembre 2027, les nouveaux abonnés ont -25 % avec le code LOOP25.", "Notre offre démarre le lundi 2 novembre : -25 % avec LOOP25.", "lundi 1er novembre"},
	})
}

// "Open 24/7" is backed by a fact that opens round the clock in words ("24
// hours a day, 7 days a week", "24h/24 et 7j/7") even when that fact gives
// other hours to something else (staffed hours, Monday to Friday); a club
// the facts open on some hours only is still contradicted.
func TestRoundTheClockInWords(t *testing.T) {
	en := []string{"All Ironlark clubs are open 24 hours a day, 7 days a week; staffed hours are 7am to 9pm, Monday to Friday."}
	enShort := []string{"The Ironlark club is open from 6am to 11pm, Monday to Saturday."}
	fr := []string{"Toutes les salles Ironlark sont ouvertes 24h/24, 7j/7 ; l'accueil est assuré de 7h à 21h, du lundi au vendredi."}
	frShort := []string{"La salle Ironlark est ouverte de 6h à 23h, du lundi au samedi."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our new Ironlark club opens Saturday – open 24/7, all year round 💪", true},
		{"en", en, "Doors open on Saturday and we are open 24/7 from day one 💥", true},
		{"en", enShort, "The Ironlark club is open 24/7 💪", false},
		{"fr", fr, "La nouvelle salle Ironlark ouvre samedi, accessible 24h/24 💪", true},
		{"fr", frShort, "La salle Ironlark est ouverte 24h/24 💪", false},
	})
}

// "4.30–8.30pm": the first end of a range written with dot minutes takes
// the half of the day of the second, as "6–8pm" does, so it is the fact's
// 4.30pm; a wrong start is still flagged.
func TestDotTimeRange(t *testing.T) {
	en := []string{"The Winter Lights trail is open on Thursday to Sunday evenings, from 4.30pm to 8.30pm."}
	fr := []string{"Le parcours lumineux est ouvert du jeudi au dimanche, de 16h30 à 20h30."}
	runBlindCases(t, []blindCase{
		{"en", en, "Winter Lights: Thursday–Sunday evenings, 4.30–8.30pm 🎄", true},
		{"en", en, "Winter Lights: Thursday–Sunday evenings, 12.15–8.30pm 🎄", false},
		{"en", en, "Winter Lights: Thursday–Sunday evenings, 5.30–8.30pm 🎄", false},
		{"fr", fr, "Parcours lumineux du jeudi au dimanche, 16h30–20h30 🎄", true},
		{"fr", fr, "Parcours lumineux du jeudi au dimanche, 17h30–20h30 🎄", false},
	})
}

// A clock time without its half of the day ("first pitch at 6:35") is the
// fact's 6:35 p.m.; a time a fact's offset puts before or after a stated
// one ("gates open one hour before first pitch", "les portes ouvrent une
// heure avant") is backed; another time is still contradicted.
func TestClockOffsetAndHalfDay(t *testing.T) {
	en := []string{"Home games start at 6:35 p.m.; gates open one hour before first pitch."}
	fr := []string{"Le concert commence à 20h30 ; les portes ouvrent une heure avant."}
	runBlindCases(t, []blindCase{
		{"en", en, "Opening night! Gates at 5:35, first pitch at 6:35 ⚾", true},
		{"en", en, "Gates open 5:35 p.m., first pitch 6:35 p.m. ⚾", true},
		{"en", en, "Opening night! Gates at 4:35, first pitch at 6:35 ⚾", false},
		{"en", en, "Opening night! First pitch at 7:35 ⚾", false},
		{"fr", fr, "Ouverture des portes à 19h30, concert à 20h30 🎸", true},
		{"fr", fr, "Ouverture des portes à 19h, concert à 20h30 🎸", false},
	})
}

// A date that falls on a weekly recurrence of the facts ("at every Tuesday
// home game") whose fact is as close to the sentence as another fact's
// single date is a day of that recurrence, not that other date; a date off
// the recurrence is still contradicted.
func TestDayOfWeeklyRecurrence(t *testing.T) {
	en := []string{"The 2027 home opener is Friday, April 9, 2027.", "At every Tuesday home game (Two-Dollar Tuesday), hot dogs cost $2."}
	fr := []string{"La soirée d'ouverture de la saison 2027 est le vendredi 9 avril 2027.", "Chaque mardi, soirée quiz au bar du club, entrée libre."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our first Two-Dollar Tuesday home game of 2027 is April 13 🌭", true},
		{"en", en, "Our first Two-Dollar Tuesday home game of 2027 is April 15 🌭", false},
		{"fr", fr, "Première soirée quiz du mardi au bar du club en 2027 : le 13 avril !", true},
		{"fr", fr, "Première soirée quiz du mardi au bar du club en 2027 : le 15 avril !", false},
	})
}

// "Sat & Sun sessions", "Sam. & Dim.": two capitalised weekday
// abbreviations joined are weekdays, checked against the facts' days, not
// an unknown name; a wrong day is still flagged.
func TestJoinedWeekdayAbbreviations(t *testing.T) {
	en := []string{"The Reserve Flight costs AUD 45 per person and runs on Saturdays and Sundays at 11 am and 2 pm."}
	fr := []string{"La dégustation Réserve coûte 45 € par personne et a lieu les samedis et dimanches à 11h et 14h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Reserve Flight, $45 a head. Sat & Sun sessions at 11am or 2pm!", true},
		{"en", en, "Reserve Flight, $45 a head. Fri & Sat sessions at 11am or 2pm!", false},
		{"fr", fr, "Dégustation Réserve à 45 € : séances Sam. & Dim. à 11h ou 14h !", true},
		{"fr", fr, "Dégustation Réserve à 45 € : séances Ven. & Sam. à 11h ou 14h !", false},
	})
}

// "Link in bio", "lien en bio", "dans la bio": the profile's bio is no
// organic label; "bio" said of a product still is.
func TestProfileBio(t *testing.T) {
	en := []string{"The Tidebound Kickstarter runs from 2 February 2027."}
	fr := []string{"Le Kickstarter de Tidebound est ouvert à partir du 2 février 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Help us reach the goal 🙏 Link in bio #Tidebound", true},
		{"en", en, "Our Tidebound tote bags are made from bio cotton!", false},
		{"fr", fr, "Aidez-nous à atteindre l'objectif 🙏 Lien en bio !", true},
		{"fr", fr, "Toutes les infos dans la bio 🙏", true},
		{"fr", fr, "Nos sacs Tidebound sont en coton bio !", false},
	})
}

// A freebie's object after a measure glued to its unit ("a free 23-litre
// outdoor caddy") keeps its noun, and an English plural in -ies ("free
// caddies") is the noun in -y; another object is still unsupported.
func TestFreebieMeasureAndPlural(t *testing.T) {
	en := []string{"Every household receives a free 23-litre outdoor caddy and a 5-litre kitchen caddy, delivered between 1 and 19 March 2027."}
	fr := []string{"Chaque foyer reçoit un composteur gratuit de 300 litres, livré entre le 1er et le 19 mars 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Your free caddies will be delivered between 1st and 19th March 🥕", true},
		{"en", en, "Your free 23-litre caddy will be delivered in March 🥕", true},
		{"en", en, "Your free compost bins arrive in March 🥕", false},
		{"fr", fr, "Vos composteurs gratuits seront livrés entre le 1er et le 19 mars 🥕", true},
		{"fr", fr, "Vos lombricomposteurs gratuits arrivent en mars 🥕", false},
	})
}

// A minimum a fact puts on a freebie in another clause, about something
// else ("Shipping is free on all subscriptions; one-time orders ship free
// over $45"), does not bound the freebie of the first clause; the post that
// gives the bounded one on every order is still contradicted.
func TestFreebieConditionOfItsClause(t *testing.T) {
	en := []string{"Shipping is free on all subscriptions; one-time orders ship free over $45, otherwise for a flat $6.95."}
	fr := []string{"La livraison est gratuite pour tous les abonnements ; les commandes ponctuelles sont livrées gratuitement dès 45 €, sinon 6,95 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Shipping is free on every subscription 🚚", true},
		{"en", en, "One-time orders ship free on every order, no minimum 🚚", false},
		{"fr", fr, "La livraison est gratuite sur tous vos abonnements 🚚", true},
		{"fr", fr, "Commandes ponctuelles livrées gratuitement sur toutes les commandes 🚚", false},
	})
}

// "every 2 or 4 weeks", "tous les 2 ou 3 jours": the first figure of an
// alternative counts the noun of the second, so "every 2 weeks" is stated
// and "every 3 weeks" is not.
func TestAlternativeFiguresShareNoun(t *testing.T) {
	en := []string{"The subscription delivers a 12 oz bag for $18 or a 2 lb bag for $42, every 2 or 4 weeks."}
	fr := []string{"L'abonnement livre un sachet de 250 g à 9 € ou un sachet de 1 kg à 30 €, toutes les 2 ou 4 semaines."}
	runBlindCases(t, []blindCase{
		{"en", en, "Fresh beans at your door every 2 weeks ☕ 12 oz for $18", true},
		{"en", en, "Fresh beans at your door every 3 weeks ☕ 12 oz for $18", false},
		{"fr", fr, "Du café frais chez vous toutes les 2 semaines ☕ 250 g pour 9 €", true},
		{"fr", fr, "Du café frais chez vous toutes les 3 semaines ☕ 250 g pour 9 €", false},
	})
}

// "That's just €8 more": the gap between two stated prices the post gives
// in the two sentences before; a gap no two of its prices make is still
// flagged.
func TestPriceGapTwoSentencesBack(t *testing.T) {
	en := []string{"Standard membership costs €24.99 a month and gives access to one home club.", "Plus membership costs €32.99 a month and gives access to all clubs."}
	fr := []string{"L'abonnement Standard coûte 24,99 € par mois et donne accès à un club.", "L'abonnement Plus coûte 32,99 € par mois et donne accès à tous les clubs."}
	runBlindCases(t, []blindCase{
		{"en", en, "Standard: €24.99/month, your home club. Plus: €32.99/month, every club. That's just €8 more a month for the lot.", true},
		{"en", en, "Standard: €24.99/month, your home club. Plus: €32.99/month, every club. That's just €5 more a month for the lot.", false},
		{"fr", fr, "Standard : 24,99 €/mois, votre club. Plus : 32,99 €/mois, tous les clubs. Soit seulement 8 € de plus par mois.", true},
		{"fr", fr, "Standard : 24,99 €/mois, votre club. Plus : 34,99 €/mois, tous les clubs. Seulement 10 € de plus par mois.", false},
	})
}

// "Joining fee? €0": a zero price is what a fact about the same thing
// waives or gives free; a zero price of something the facts price is still
// flagged.
func TestZeroPriceOfWaivedFee(t *testing.T) {
	en := []string{"The joining fee is €20.", "The joining fee is waived for anyone who joins online from 28 December 2026 to 17 January 2027.", "Personal training costs €40 a session."}
	fr := []string{"Les frais d'inscription sont de 20 €.", "Les frais d'inscription sont offerts pour toute inscription en ligne du 28 décembre 2026 au 17 janvier 2027.", "La séance de coaching coûte 40 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Joining fee? €0 if you join online by 17 January 💸", true},
		{"en", en, "Personal training session? €0 this week 💸", false},
		{"fr", fr, "Frais d'inscription ? 0 € si vous vous inscrivez en ligne avant le 17 janvier 💸", true},
		{"fr", fr, "Séance de coaching ? 0 € cette semaine 💸", false},
	})
}

// "That's 20 nights under the lights": the days of a fact's weekdays
// ("every Friday and Saturday") in its date range; another count is still
// flagged.
func TestDaysOfRecurringWeekdaysInRange(t *testing.T) {
	en := []string{"Night skiing is offered on 6 runs every Friday and Saturday from 4 p.m. to 9 p.m., from January 8 to March 13, 2027."}
	fr := []string{"Le ski de nuit est proposé sur 6 pistes chaque vendredi et samedi de 16h à 21h, du 8 janvier au 13 mars 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Night skiing every Friday & Saturday from Jan. 8 to Mar. 13. That's 20 nights under the lights!", true},
		{"en", en, "Night skiing every Friday & Saturday from Jan. 8 to Mar. 13. That's 24 nights under the lights!", false},
		{"fr", fr, "Ski de nuit chaque vendredi et samedi du 8 janvier au 13 mars : 20 soirées sous les projecteurs !", true},
		{"fr", fr, "Ski de nuit chaque vendredi et samedi du 8 janvier au 13 mars : 24 soirées sous les projecteurs !", false},
	})
}

// "Just under seven weeks of picking" for 9 February to 27 March (46 days,
// 6.6 weeks): an upper bound on the length of a stated range; a bound the
// length breaks is still flagged.
func TestUpperBoundOnRangeLength(t *testing.T) {
	en := []string{"The 2026 harvest ran from 9 February to 27 March 2026."}
	fr := []string{"Les vendanges 2026 ont eu lieu du 9 février au 27 mars 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "Just under seven weeks of picking (9 Feb – 27 Mar) 🍇", true},
		{"en", en, "Just under six weeks of picking (9 Feb – 27 Mar) 🍇", false},
		{"fr", fr, "Un peu moins de sept semaines de vendanges (9 février – 27 mars) 🍇", true},
		{"fr", fr, "Un peu moins de six semaines de vendanges (9 février – 27 mars) 🍇", false},
	})
}

// "A 2 lb bag is $42 (about $1.31 an ounce)": pounds and ounces are units
// of mass, and the price per unit of a whole number of the other unit is
// worked out; another price per ounce is still flagged.
func TestPricePerConvertedUnit(t *testing.T) {
	en := []string{"The subscription delivers a 12 oz bag for $18 or a 2 lb bag for $42."}
	fr := []string{"L'abonnement livre un sac de 12 oz à 18 $ ou un sac de 2 lb à 42 $."}
	runBlindCases(t, []blindCase{
		{"en", en, "A two-pound bag is $42 (about $1.31 an ounce) ☕", true},
		{"en", en, "A 2 lb bag is $42 (about $2.10 an ounce) ☕", false},
		{"fr", fr, "Le sac de 2 lb est à 42 $, environ 1,31 $ l'once ☕", true},
		{"fr", fr, "Le sac de 2 lb est à 42 $, environ 2,10 $ l'once ☕", false},
	})
}

// A job is checked against the words a fact says of that person: the
// clause of a fact that names two people ("Maya Okafor is the CEO; Dan
// Reyes is the head roaster"), or the job in apposition after the name
// ("Ellie Marsh (creative director) and Dev Okafor (technical director)"),
// with the qualifier right before the head ("creative director"). The
// right jobs stay unflagged.
func TestRoleOfThePerson(t *testing.T) {
	en := []string{"Maya Okafor is the CEO; Dan Reyes is the head roaster.", "Lanternfish Games was founded in 2019 by Ellie Marsh (creative director) and Dev Okafor (technical director)."}
	fr := []string{"Maya Okafor est la PDG ; Dan Reyes est le torréfacteur en chef.", "Le studio a été fondé en 2019 par Ellie Marsh (directrice artistique) et Dev Okafor (directeur technique)."}
	runBlindCases(t, []blindCase{
		{"en", en, "Under CEO Maya Okafor and head roaster Dan Reyes, we keep roasting ☕", true},
		{"en", en, "Founded in 2019 by our creative director Ellie Marsh and technical director Dev Okafor 🎮", true},
		{"en", en, "Under CEO Dan Reyes, we now buy from 14 farms ☕", false},
		{"en", en, "Founded in 2019 by Ellie Marsh and our creative director Dev Okafor 🎮", false},
		{"fr", fr, "Avec notre PDG Maya Okafor, on continue de torréfier ☕", true},
		{"fr", fr, "Avec notre PDG Dan Reyes, on continue de torréfier ☕", false},
		{"fr", fr, "Fondé en 2019 par Ellie Marsh et Dev Okafor, directeur technique 🎮", true},
		{"fr", fr, "Fondé en 2019 par Ellie Marsh et Dev Okafor, directeur artistique 🎮", false},
	})
}

// suggestionCase: a post that gets exactly one finding, suggesting want;
// the post with the suggestion applied must pass.
type suggestionCase struct{ lang, fact, post, want string }

func runSuggestionCases(t *testing.T, cases []suggestionCase) {
	t.Helper()
	for _, tc := range cases {
		r := check(t, tc.lang, []string{tc.fact}, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Suggestion != tc.want {
			t.Errorf("%s %q: want one finding suggesting %q, got %+v", tc.lang, tc.post, tc.want, r.Findings)
			continue
		}
		f := r.Findings[0]
		fixed := string([]rune(tc.post)[:f.Start]) + f.Suggestion + string([]rune(tc.post)[f.End:])
		if r2 := check(t, tc.lang, []string{tc.fact}, fixed); r2.Verdict != Pass {
			t.Errorf("%s %q still flagged: %+v", tc.lang, fixed, r2.Findings)
		}
	}
}
