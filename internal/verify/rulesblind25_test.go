package verify

import "testing"

// Tests for the general causes of the blind25 and blind26 first-run false
// alarms, wrong findings and misses: each pairs the legitimate form with a
// wrong one still flagged.

// Everyday abbreviations (RDV for rendez-vous, ZA for zone d'activités,
// RSVP, ASAP) are not names; an unknown acronym still is.
func TestEverydayAbbreviations(t *testing.T) {
	fr := []string{"La vaccination se fait sans rendez-vous jusqu'au 31 janvier 2027.", "La ligne L10 dessert la zone d'activités des Érables."}
	en := []string{"The workshop is on Saturday 12 June 2027; please reply by Friday 4 June.", "The tasting is free for members."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Sans RDV jusqu'au 31 janvier 2027 💪", true},
		{"fr", fr, "Vous bossez à la ZA des Érables ? La L10 est pour vous 🙌", true},
		{"fr", fr, "Sans RDV jusqu'au 31 janvier 2027, avec le soutien de la MGEN 💪", false},
		{"en", en, "Workshop on Saturday 12 June: RSVP by Friday 4 June, ASAP!", true},
		{"en", en, "Workshop on Saturday 12 June, sponsored by KPMG: RSVP by Friday 4 June!", false},
	})
}

// A time no fact gives, said of days whose hours a fact gives day by day,
// is contradicted with the right end of those days' hours: the opening
// time of a range written after the day ("Sundays 10am–4pm"), the closing
// time of days written after it ("open till 8pm Monday to Friday").
func TestUnstatedTimeOfDays(t *testing.T) {
	en := []string{"Opening hours: Monday to Friday 9am–7pm, Saturday 9am–5.30pm, Sunday 10.30am–4pm."}
	fr := []string{"Horaires : du lundi au vendredi de 8h30 à 19h, le samedi de 9h à 18h, le dimanche de 10h30 à 13h."}
	runBlindCases(t, []blindCase{
		{"en", en, "We're open till 7pm Monday to Friday, and Sundays 10.30am–4pm.", true},
		{"fr", fr, "On est ouverts jusqu'à 19h du lundi au vendredi, et le dimanche 10h30-13h.", true},
	})
	for _, tc := range []struct{ lang, post, text, sugg string }{
		{"en", "We're open till 8pm Monday to Friday, and Sundays 10.30am–4pm.", "8pm", "7pm"},
		{"en", "We're open till 7pm Monday to Friday, and Sundays 10am–4pm.", "10am", "10.30am"},
		{"fr", "On est ouverts jusqu'à 20h du lundi au vendredi, et le dimanche 10h30-13h.", "20h", "19h"},
		{"fr", "On est ouverts jusqu'à 19h du lundi au vendredi, et le dimanche 10h-13h.", "10h", "10h30"},
	} {
		facts := en
		if tc.lang == "fr" {
			facts = fr
		}
		r := check(t, tc.lang, facts, tc.post)
		found := false
		for _, f := range r.Findings {
			if f.Text == tc.text {
				found = true
				if f.Suggestion != tc.sugg {
					t.Errorf("%q: %q suggests %q, want %q", tc.post, f.Text, f.Suggestion, tc.sugg)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not flagged: %+v", tc.post, tc.text, r.Findings)
		}
	}
}

// The reviews a rating comes from ("rated 4.8 out of 5 from 1,240
// reviews", "4,7 sur 5 à partir de 860 avis") are a count, not a lowest
// value: a true bound on them is not flagged, a false one is.
func TestRatingFromReviews(t *testing.T) {
	en := []string{"Castlegate Motors is rated 4.8 out of 5 from 1,240 Google reviews."}
	fr := []string{"La boutique est notée 4,7 sur 5 à partir de 860 avis Google."}
	runBlindCases(t, []blindCase{
		{"en", en, "We're rated 4.8/5 from more than 1,200 Google reviews. Thank you!", true},
		{"en", en, "Rated 4.8 out of 5 by over 1,200 of you on Google 🙏", true},
		{"en", en, "We're rated 4.8/5 from more than 1,500 Google reviews. Thank you!", false},
		{"fr", fr, "Notés 4,7/5 sur plus de 850 avis Google, merci à vous !", true},
		{"fr", fr, "Notés 4,7/5 sur plus de 900 avis Google, merci à vous !", false},
	})
}

// "Open 7 days", "ouvert 7 jours" is every day of the week: backed by hours
// for each day, contradicted by a closed day.
func TestOpenSevenDays(t *testing.T) {
	en := []string{"Opening hours: Monday to Friday 9am–7pm, Saturday 9am–5.30pm, Sunday 10.30am–4pm."}
	enClosed := []string{"Opening hours: Monday to Saturday 9am–6pm, closed on Sunday."}
	fr := []string{"Horaires : du lundi au samedi de 8h30 à 19h, le dimanche de 9h à 12h30."}
	frClosed := []string{"La boutique est ouverte du mardi au samedi de 7h à 19h30. Fermée le dimanche et le lundi."}
	runBlindCases(t, []blindCase{
		{"en", en, "We're open 7 days: Sundays 10.30am to 4pm!", true},
		{"en", en, "Open seven days, see you soon!", true},
		{"en", enClosed, "We're open 7 days, see you soon!", false},
		{"fr", fr, "On est ouverts 7 jours, même le dimanche matin !", true},
		{"fr", frClosed, "La boutique est ouverte 7 jours, à très vite !", false},
	})
}

// A numeric date range one end of which is written month first ("6/24
// through 8/12") reads the other end in the same order; a range written
// day first ("du 24/06 au 12/08") keeps its order.
func TestSlashRangeOrder(t *testing.T) {
	en := []string{"Family story time takes place every Wednesday at 10:30 a.m. from June 24 to August 12, 2026."}
	fr := []string{"L'heure du conte a lieu chaque mercredi à 10h30, du 24 juin au 12 août 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "Story time every Wed. at 10:30 a.m., 6/24 through 8/12!", true},
		{"en", en, "Story time every Wed. at 10:30 a.m., 6/24 through 8/10!", false},
		{"fr", fr, "L'heure du conte, chaque mercredi à 10h30 du 24/06 au 12/08 !", true},
		{"fr", fr, "L'heure du conte, chaque mercredi à 10h30 du 24/06 au 8/12 !", false},
	})
}

// A fact's weekday range written with a dash and no spaces
// ("Monday–Thursday", "lundi-jeudi") names every day of the range: a post
// giving those days is not flagged, a range with another day still is.
func TestGluedWeekdayRange(t *testing.T) {
	en := []string{"Main branch hours: Monday–Thursday 9 a.m.–8 p.m., Friday 9 a.m.–5 p.m., closed Sunday.", "Story time takes place every Wednesday at 10:30 a.m. at the main branch."}
	fr := []string{"Horaires de la médiathèque : lundi-jeudi de 9h à 20h, vendredi de 9h à 17h, fermée le dimanche.", "L'heure du conte a lieu chaque mercredi à 10h30 à la médiathèque."}
	runBlindCases(t, []blindCase{
		{"en", en, "The main branch is open Mon–Thu 9–8 and Fri 9–5.", true},
		{"en", en, "The main branch is open Monday to Thursday, 9 a.m. to 8 p.m.", true},
		{"en", en, "The main branch is open Monday to Saturday, 9 a.m. to 8 p.m.", false},
		{"fr", fr, "La médiathèque est ouverte du lundi au jeudi de 9h à 20h.", true},
		{"fr", fr, "La médiathèque est ouverte du lundi au samedi de 9h à 20h.", false},
	})
}

// The first or last day of a stated period, with its weekday ("samedi 6
// mars, dernier jour" of a week that ends on Saturday 6 March), is stated:
// what another fact says of that weekday does not contradict it. A day
// inside the period on a weekday the activity does not run still is.
func TestPeriodEndWeekday(t *testing.T) {
	fr := []string{
		"Semaine de lancement : du lundi 1er au samedi 6 mars 2027, la ligne L10 est gratuite pour tous les voyageurs.",
		"Le samedi, la L10 circule de 7h à 20h. Elle ne circule ni le dimanche ni les jours fériés.",
		"Pendant les vacances, du lundi 15 au dimanche 28 février 2027, les ateliers du musée ont lieu le mercredi.",
	}
	en := []string{
		"Launch week: from Monday, March 1 to Saturday, March 6, 2027, the new L10 line is free for all riders.",
		"On Saturdays, the L10 runs from 7 a.m. to 8 p.m. It does not run on Sundays or public holidays.",
		"During the school holidays, from Monday, February 15 to Sunday, February 28, 2027, the museum workshops take place on Wednesdays.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Samedi 6 mars, dernier jour pour tester la L10 gratuitement 😎", true},
		{"fr", fr, "Les ateliers du musée pendant les vacances : rendez-vous le jeudi 18 février !", false},
		{"en", en, "Saturday, March 6: last day to ride the L10 for free 😎", true},
		{"en", en, "Museum workshops during the holidays: join us on Thursday, February 18!", false},
	})
}

// A weekly recurrence written "on Fridays", "les vendredis" is one like
// "every Friday": a date on that weekday inside the fact's period is a day
// of it, even when another fact gives a single date on the same weekday.
// A date on that weekday outside the period, or on another weekday, is
// still flagged.
func TestPluralWeekdayRecurrence(t *testing.T) {
	en := []string{
		"Members get an exclusive preview of the new exhibit on Friday, May 21, 2027, from 5 p.m. to 8 p.m.",
		"The aquarium is open daily from 9 a.m. to 5 p.m. From Memorial Day (May 31, 2027) through Labor Day (September 6, 2027), it stays open until 8 p.m. on Fridays.",
	}
	fr := []string{
		"Les membres découvrent la nouvelle exposition en avant-première le vendredi 21 mai 2027, de 17h à 20h.",
		"Le musée est ouvert tous les jours de 9h à 17h. Du lundi 31 mai au lundi 6 septembre 2027, il reste ouvert jusqu'à 20h les vendredis.",
	}
	runBlindCases(t, []blindCase{
		{"en", en, "Friday night plans: the aquarium stays open until 8 p.m. every Friday this summer. First Friday late night: June 4!", true},
		{"en", en, "Friday night plans: the aquarium stays open until 8 p.m. every Friday this summer. First Friday late night: May 28!", false},
		{"en", en, "Friday night plans: the aquarium stays open until 8 p.m. every Friday this summer. First Friday late night: June 5!", false},
		{"fr", fr, "Cet été, le musée reste ouvert jusqu'à 20h tous les vendredis. Première nocturne du vendredi : le 4 juin !", true},
		{"fr", fr, "Cet été, le musée reste ouvert jusqu'à 20h tous les vendredis. Première nocturne du vendredi : le 28 mai !", false},
	})
}

// A tag in lower case that runs together the official tag's first word and
// common words of the facts ("#galettedesrois" beside #GaletteKerlann) is
// topical, not a wrong official tag; one with a figure or an unknown word
// still is.
func TestTopicalTagRunTogether(t *testing.T) {
	fr := []string{"Le hashtag officiel de la saison est #GaletteKerlann.", "La saison des galettes des rois 2027 dure du samedi 2 au dimanche 31 janvier 2027."}
	en := []string{"The official hashtag is #BrewFestLeeds.", "The festival pours 40 craft beers from Yorkshire brewers on Saturday 5 June 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Nos galettes des rois sont de retour ! #GaletteKerlann #galettedesrois", true},
		{"fr", fr, "Nos galettes des rois sont de retour ! #GaletteKerlann2026", false},
		{"en", en, "40 craft beers on Saturday 5 June! #BrewFestLeeds #brewfestcraftbeer", true},
		{"en", en, "40 craft beers on Saturday 5 June! #BrewFestYork", false},
	})
}

// "Gagnez du temps", "gagnez en confort", "win time back" is a benefit,
// not a prize; "gagnez un panier garni", "win a hamper" still is one.
func TestGainedBenefitNoFreebie(t *testing.T) {
	fr := []string{"Click & collect : commandez sur pharmacie-exemple.fr ; la commande est prête en 2 heures."}
	en := []string{"Click & collect: order on example-pharmacy.com; your order is ready in 2 hours."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Gagnez du temps avec le click & collect : c'est prêt en 2 heures !", true},
		{"fr", fr, "Gagnez en confort : commandez en ligne, c'est prêt en 2 heures !", true},
		{"fr", fr, "Gagnez un panier garni avec le click & collect !", false},
		{"en", en, "Win time back with click & collect: ready in 2 hours!", true},
		{"en", en, "Win a hamper with click & collect!", false},
	})
}

// A named fee denied ("no establishment fee", "sans frais de dossier") is
// contradicted by a fact that prices that fee; a fee no fact names ("no
// hidden fees") is no claim the sheet decides.
func TestNamedFeeDenied(t *testing.T) {
	en := []string{"Finance: 0% interest over 24 months for approved applicants, with a $99 establishment fee."}
	fr := []string{"Financement : 0 % d'intérêts sur 24 mois, frais de dossier de 50 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "0% interest over 24 months, with a $99 establishment fee. No hidden fees!", true},
		{"en", en, "0% interest over 24 months and no establishment fee!", false},
		{"fr", fr, "0 % d'intérêts sur 24 mois, frais de dossier de 50 €, et aucun frais caché !", true},
		{"fr", fr, "0 % d'intérêts sur 24 mois, sans frais de dossier !", false},
	})
}

// A fee a fact waives somewhere ("the joining fee is waived for anyone who
// joins online") may be denied by a post that keeps to the waiver.
func TestNamedFeeWaived(t *testing.T) {
	en := []string{"The joining fee is €20.", "The joining fee is waived for anyone who joins online by Sunday 17 January 2027."}
	fr := []string{"Les frais de dossier sont de 20 €.", "Les frais de dossier sont offerts à qui souscrit en ligne avant le dimanche 17 janvier 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Join online by Sunday 17 January and pay no joining fee!", true},
		{"fr", fr, "Souscrivez en ligne avant le 17 janvier : sans frais de dossier !", true},
	})
}

// A qualifier before a job's head ("our general manager Priya Chauhan") is
// part of the job: flagged when the facts give the person another one
// ("sales manager"); the French order ("directrice générale") already
// keeps its qualifier.
func TestRoleQualifierBeforeHead(t *testing.T) {
	en := []string{"The sales manager is Priya Chauhan."}
	fr := []string{"La directrice commerciale est Priya Chauhan."}
	runBlindCases(t, []blindCase{
		{"en", en, "Thank you to our sales manager Priya Chauhan and the whole team!", true},
		{"en", en, "Thank you to our manager Priya Chauhan and the whole team!", true},
		{"en", en, "Thank you to our general manager Priya Chauhan and the whole team!", false},
		{"fr", fr, "Merci à notre directrice commerciale Priya Chauhan et à toute l'équipe !", true},
		{"fr", fr, "Merci à notre directrice générale Priya Chauhan et à toute l'équipe !", false},
	})
}
