package verify

import "testing"

// Tests for the general causes of the blind27–30 first-run misses, false
// alarms and wrong findings: each pairs the legitimate form with a wrong
// one still flagged, in French and English.

// A range of opening days is checked against the facts' opening hours by
// day, the days a fact says are closed left out ("Fermé le dimanche et le
// lundi"), even when the sentence shares no word with that fact.
func TestOpeningDaysRange(t *testing.T) {
	fr := []string{
		"La boutique se trouve au 14, rue de Bourg, à Lausanne.",
		"Horaires : du mardi au vendredi de 8h30 à 18h30, le samedi de 8h à 17h. Fermé le dimanche et le lundi.",
		"Livraison à domicile le vendredi.",
	}
	en := []string{
		"The shop is at 14 Bourg Street, Lausanne.",
		"Opening hours: Tuesday to Friday 8.30am to 6.30pm, Saturday 8am to 5pm. Closed on Sundays and Mondays.",
		"Home delivery on Fridays.",
	}
	fr2 := []string{
		"La médiathèque ouvre le samedi 31 janvier 2026 au 12 rue du Pont-Vieux.",
		"Horaires de la médiathèque : mardi et vendredi de 14h à 18h30, mercredi de 9h à 12h, samedi de 9h à 12h30.",
		"La mairie est ouverte du lundi au vendredi de 8h30 à 12h.",
	}
	en2 := []string{
		"The library opens on Saturday 31 January 2026 at 12 Bridge Street.",
		"Library hours: Tuesday and Friday 2pm to 6.30pm, Wednesday 9am to noon, Saturday 9am to 12.30pm.",
		"The town hall is open Monday to Friday, 8.30am to noon.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Votre fromagerie de la rue de Bourg vous accueille du mardi au samedi 🧀", true},
		{"fr", fr, "On vous accueille du mardi au samedi. Fermé le dimanche et le lundi !", true},
		{"fr", fr, "Votre fromagerie de la rue de Bourg vous accueille du lundi au samedi 🧀", false},
		{"en", en, "Your cheese shop on Bourg Street is open Tuesday to Saturday 🧀", true},
		{"en", en, "Open Tuesday to Saturday; closed on Sundays and Mondays.", true},
		{"fr", []string{"Horaires : du lundi au samedi de 9h à 19h, sauf le samedi où la boutique ferme à 13h."}, "On vous accueille du lundi au samedi, le samedi jusqu'à 13h.", true},
		{"en", []string{"Opening hours: Monday to Saturday 9am to 7pm; the shop closes at 1pm on Saturday."}, "Open Monday to Saturday, till 1pm on Saturday.", true},
		{"en", en, "Your cheese shop on Bourg Street is open Monday to Saturday 🧀", false},
		{"fr", fr2, "Votre médiathèque vous accueille le mardi, le mercredi, le vendredi et le samedi !", true},
		{"fr", fr2, "Votre médiathèque vous accueille du mardi au samedi !", false},
		{"en", en2, "Your library is open Tuesday to Saturday!", false},
	})
}

// suggests checks that post gets a finding on text suggesting sugg.
func suggests(t *testing.T, lang string, facts []string, post, text, sugg string) {
	t.Helper()
	r := check(t, lang, facts, post)
	for _, f := range r.Findings {
		if f.Text == text {
			if f.Suggestion != sugg {
				t.Errorf("%q: %q suggests %q, want %q", post, text, f.Suggestion, sugg)
			}
			return
		}
	}
	t.Errorf("%q: %q not flagged: %+v", post, text, r.Findings)
}

// The suggested days keep the sentence's times true: Saturday opens at 8h,
// so "de 8h30" is said of Tuesday to Friday.
func TestOpeningDaysSuggestion(t *testing.T) {
	fr := []string{"Horaires : du mardi au vendredi de 8h30 à 18h30, le samedi de 8h à 17h. Fermé le dimanche et le lundi."}
	en := []string{"Opening hours: Tuesday to Friday 8.30am to 6.30pm, Saturday 8am to 5pm. Closed on Sundays and Mondays."}
	suggests(t, "fr", fr, "La boutique vous accueille du lundi au samedi, de 8h30 à 18h30 !", "du lundi au samedi", "du mardi au vendredi")
	suggests(t, "fr", fr, "La boutique vous accueille du lundi au samedi !", "du lundi au samedi", "du mardi au samedi")
	suggests(t, "en", en, "The shop is open Monday to Saturday, 8.30am to 6.30pm!", "Monday to Saturday", "Tuesday to Friday")
}

// A figure written in a unit compound ("90-minute round trip", "une
// formule 3-jours") is suggested alone, so that taking the suggestion
// keeps the compound ("75-minute"), while a figure with its unit as a
// word keeps the unit ("75 minutes").
func TestSuggestionInUnitCompound(t *testing.T) {
	en := []string{"The Holiday Lights Express round trip lasts 75 minutes."}
	fr := []string{"La balade du train des Lumières dure 75 minutes."}
	suggests(t, "en", en, "A 90-minute round trip on the Holiday Lights Express!", "90", "75")
	suggests(t, "en", en, "The Holiday Lights Express round trip lasts 90 minutes!", "90 minutes", "75 minutes")
	suggests(t, "fr", fr, "La balade du train des Lumières dure 90 minutes !", "90 minutes", "75 minutes")
	runBlindCases(t, []blindCase{
		{"en", en, "A 75-minute round trip on the Holiday Lights Express!", true},
		{"fr", fr, "Une balade de 75 minutes dans le train des Lumières !", true},
	})
}

// A count of a noun the facts count is suggested from that fact, not from a
// figure of a fact sharing more words that counts nothing (a suite or a
// street number).
func TestCountSuggestedFromItsNoun(t *testing.T) {
	en := []string{
		"The second Pinecrest Physio clinic opens at 5640 Spring Garden Road, Suite 210, Halifax.",
		"The team includes 6 registered physiotherapists and 2 massage therapists.",
	}
	fr := []string{
		"La deuxième clinique Kiné Pinède ouvre au 210 boulevard du Port, à Brest.",
		"L'équipe compte 6 kinésithérapeutes diplômés et 2 ostéopathes.",
	}
	suggests(t, "en", en, "Pinecrest Physio now counts 10 registered physiotherapists across two Halifax clinics.", "10", "6")
	suggests(t, "fr", fr, "La clinique Kiné Pinède de Brest compte désormais 10 kinésithérapeutes diplômés.", "10", "6")
	runBlindCases(t, []blindCase{
		{"en", en, "Pinecrest Physio now counts 6 registered physiotherapists across two Halifax clinics.", true},
		{"fr", fr, "La clinique Kiné Pinède de Brest compte désormais 6 kinésithérapeutes diplômés.", true},
	})
}

// A weekday off its date is suggested as the day of a two-day event of the
// facts that falls on that weekday ("Sunday, December 14" for a ride on
// Saturday 12 and Sunday 13 December), so that the suggestion makes the
// sentence true.
func TestWeekdayOffDateSuggestsRangeEnd(t *testing.T) {
	en := []string{"The Santa Ride runs on Saturday, December 12 and Sunday, December 13, 2026, departing at 11 am."}
	fr := []string{"Les portes ouvertes du programme ont lieu le samedi 16 et le dimanche 17 janvier 2027, de 10h à 18h."}
	suggests(t, "en", en, "Join the Santa Ride on Sunday, December 14 at 11 am!", "Sunday, December 14", "Sunday 13 December")
	suggests(t, "fr", fr, "Dimanche 16 janvier, portes ouvertes du programme de 10h à 18h !", "Dimanche 16 janvier", "dimanche 17 janvier")
	runBlindCases(t, []blindCase{
		{"en", en, "Join the Santa Ride on Sunday, December 13 at 11 am!", true},
		{"fr", fr, "Dimanche 17 janvier, portes ouvertes du programme de 10h à 18h !", true},
	})
}

// A product the writer spells out ("10 × £38 = £380", "2 h de pont = 24 €"
// at 12 € de l'heure, "(3 × 120 €)" after a 360 € total) is their
// arithmetic: its terms are not claims of their own when it holds; a wrong
// product or a unit price the facts do not give is still flagged.
func TestWrittenProducts(t *testing.T) {
	fr := []string{
		"Self-garage : location d'un pont élévateur à 12 € de l'heure, outillage compris.",
		"Cotisation saison : 195 € pour l'École de nage ; réduction de 30 € à partir du 2e enfant.",
	}
	en := []string{
		"One-to-one tutoring costs £38 per hour at GCSE.",
		"School Fundraiser: $8 goes to the school for every crate ordered with its code.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Pont élévateur en self-garage : 12 €/h, outillage compris. 2 h de pont = 24 € !", true},
		{"fr", fr, "Deux enfants : 195 € pour le premier, 165 € pour le second, soit 360 € (3 × 120 €) !", true},
		{"fr", fr, "Pont élévateur en self-garage, outillage compris : 2 h de pont = 30 € !", false},
		{"en", en, "GCSE tutoring: 10 × £38 = £380 for ten hours.", true},
		{"en", en, "Every crate ordered with your code means $8 for your school: 50 crates = $400.", true},
		{"en", en, "GCSE tutoring: 10 × £45 = £450 for ten hours.", false},
		{"en", en, "Every crate ordered with your code helps your school: 50 crates = $500.", false},
	})
}

// A universal over a noun the facts split into kinds ("every plan" when
// they name monthly, 6-month and 12-month plans) is contradicted by the
// fact about the same thing that says it of some kinds only; a fact saying
// it of all kinds backs it, and a noun the facts do not split is left alone.
func TestUniversalOverKinds(t *testing.T) {
	en := []string{
		"Plans: monthly plan NZ$39.90; 6-month plan NZ$219; 12-month plan NZ$399.",
		"Shipping within New Zealand costs NZ$5 per crate, and is free on 12-month plans.",
		"School codes are valid on monthly and 6-month plans only.",
	}
	fr := []string{
		"Formules : formule mensuelle 39,90 € ; formule semestrielle 219 € ; formule annuelle 399 €.",
		"La livraison coûte 5 € par box ; elle est offerte sur la formule annuelle.",
		"Les codes écoles sont valables sur les formules mensuelle et semestrielle uniquement.",
	}
	enAll := []string{
		"Plans: monthly plan NZ$39.90; 6-month plan NZ$219; 12-month plan NZ$399.",
		"Shipping within New Zealand is free on all plans.",
	}
	runBlindCases(t, []blindCase{
		{"en", en, "Pick your crate, with free shipping on 12-month plans!", true},
		{"en", en, "Pick your crate, with free shipping on every plan!", false},
		{"en", en, "Order with your school code: the code is valid on all plans!", false},
		{"en", enAll, "Pick your crate, with free shipping on every plan!", true},
		{"en", en, "Thanks to all our families for their support!", true},
		{"fr", fr, "Choisissez votre box, livraison offerte sur la formule annuelle !", true},
		{"fr", fr, "Commandez avec le code de l'école, valable sur toutes les formules !", false},
		{"fr", fr, "Merci à toutes les familles pour leur soutien !", true},
		{"fr", []string{"Les vélos neufs sont garantis 2 ans.", "La location d'un vélo électrique coûte 25 € par jour."}, "Tous les vélos neufs sont garantis 2 ans !", true},
	})
}

// A length of time is the one a fact gives next to the same word
// ("créneaux de 3 heures" when the facts give "créneaux de 2 heures" and
// 3 hours only of something else).
func TestDurationOfItsWord(t *testing.T) {
	fr := []string{
		"Pour la collecte, l'association cherche des bénévoles pour des créneaux de 2 heures.",
		"La visite de l'entrepôt dure 3 heures.",
	}
	en := []string{
		"For the food drive we need volunteers for shifts of 2 hours.",
		"The warehouse tour lasts 3 hours.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Bénévoles recherchés pour la collecte : des créneaux de 2 heures !", true},
		{"fr", fr, "Bénévoles recherchés pour la collecte : des créneaux de 3 heures !", false},
		{"fr", fr, "La visite de l'entrepôt dure 3 heures.", true},
		{"en", en, "Volunteers wanted for the food drive: shifts of 2 hours!", true},
		{"en", en, "Volunteers wanted for the food drive: shifts of 3 hours!", false},
		{"en", en, "The warehouse tour lasts 3 hours.", true},
	})
}

// A term denied ("with no contract", "no purchase limit", "sans
// engagement") is contradicted by a fact that gives that term a figure
// ("on a 24-month contract", "limited to 2 four-packs", "engagement de 12
// mois"); a fact that denies it too, or gives it no figure, leaves it alone.
func TestDeniedTerm(t *testing.T) {
	en := []string{
		"Monthly prices on a 24-month contract: Fibre 500 £29.99.",
		"The stout is sold at $22 per 4-pack, limited to 2 four-packs per person.",
	}
	enFree := []string{"Fibre 500 costs £29.99 a month on a rolling contract, with no minimum term."}
	fr := []string{"L'abonnement Fibre 500 coûte 29,99 € par mois, avec un engagement de 12 mois."}
	frFree := []string{"L'abonnement Fibre 500 coûte 29,99 € par mois, sans engagement."}
	runBlindCases(t, []blindCase{
		{"en", en, "Fibre 500 is just £29.99 a month, with no contract.", false},
		{"en", en, "The stout is $22 per 4-pack, no purchase limit!", false},
		{"en", en, "Fibre 500 is just £29.99 a month on a 24-month contract.", true},
		{"en", enFree, "Fibre 500 is just £29.99 a month, with no contract.", true},
		{"fr", fr, "La Fibre 500 à 29,99 € par mois, sans engagement !", false},
		{"fr", fr, "La Fibre 500 à 29,99 € par mois, engagement de 12 mois.", true},
		{"fr", frFree, "La Fibre 500 à 29,99 € par mois, sans engagement !", true},
	})
}

// A rate per hour is one the facts give per hour: "10 €/h" is not backed by
// a 10 € membership fee, and is contradicted by the hourly rate of the fact
// about the same thing.
func TestHourlyRate(t *testing.T) {
	fr := []string{
		"L'adhésion annuelle coûte 20 €, ou 10 € pour les bénéficiaires des minima sociaux.",
		"Main-d'œuvre : 32 € de l'heure au tarif solidaire, 48 € de l'heure au tarif standard.",
		"Self-garage : location d'un pont élévateur à 12 € de l'heure, outillage compris.",
	}
	en := []string{
		"Annual membership costs £20, or £10 for students.",
		"Labour: £32 per hour at the community rate, £48 per hour at the standard rate.",
		"Self-service bay: hire of a car lift at £12 per hour, tools included.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Location du pont élévateur en self-garage pour 12 €/h, outillage compris !", true},
		{"fr", fr, "Location du pont élévateur en self-garage pour 10 €/h, outillage compris !", false},
		{"fr", fr, "L'adhésion est à 10 € pour les bénéficiaires des minima sociaux.", true},
		{"en", en, "Hire our car lift for £12 an hour, tools included!", true},
		{"en", en, "Hire our car lift for £10 an hour, tools included!", false},
		{"en", en, "Membership is just £10 for students.", true},
	})
	suggests(t, "fr", fr, "Location du pont élévateur en self-garage pour 10 €/h, outillage compris !", "10 €", "12 €")
}
