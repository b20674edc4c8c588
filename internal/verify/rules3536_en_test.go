package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind35–36 (opened blind sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English.

// A weekday compared with another in its sentence ("a Friday costs £3,300
// less than a Saturday") is checked against the whole fact, not the clause
// the other weekday picks; a weekday the fact gives no price still is.
func TestOtherWeekdayPicksNoClause(t *testing.T) {
	en := []string{"2028 package prices: Saturdays £14,500; Fridays and Sundays £11,200; Monday to Thursday £8,900."}
	fr := []string{"Tarifs 2028 : samedis 14 500 € ; vendredis et dimanches 11 200 € ; du lundi au jeudi 8 900 €."}
	enClub := []string{"Junior training is on Saturdays at 10am; senior training is on Fridays and Sundays at 7pm."}
	frClub := []string{"L'entraînement junior a lieu le samedi à 10h ; l'entraînement senior le vendredi et le dimanche à 19h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Saturday or Friday? A Friday costs £3,300 less than a Saturday (£11,200 vs £14,500).", true},
		{"fr", fr, "Samedi ou vendredi ? Un vendredi coûte 3 300 € de moins qu'un samedi (11 200 € contre 14 500 €).", true},
		{"en", enClub, "Senior training: Fridays and Tuesdays at 7pm.", false},
		{"fr", frClub, "Entraînement senior : le vendredi et le mardi à 19h.", false},
	})
}

// "Open Day this Sunday" when the fact about the open day dates it on a
// Sunday and another fact naming the open day gives other weekdays (an
// offer not valid on Saturdays): the dated day backs its weekday; a weekday
// no date of the facts falls on is still contradicted.
func TestWeekdayOfADatedFact(t *testing.T) {
	en := []string{
		"The Wedding Open Day is on Sunday 10 October 2027, from 11 am to 3 pm.",
		"Couples who book a wedding at the Open Day get £1,000 off. The offer is not valid on Saturdays in August.",
	}
	fr := []string{
		"La journée portes ouvertes a lieu le dimanche 10 octobre 2027, de 11h à 15h.",
		"Les couples qui réservent leur mariage pendant la journée portes ouvertes ont 1 000 € de remise. L'offre ne vaut pas les samedis d'août.",
	}
	runBlindCases(t, []blindCase{
		{"en", en, "Open Day this Sunday 🍂 10 Oct, 11–3.", true},
		{"en", en, "Open Day this Sunday, 11–3.", true},
		{"en", en, "Open Day this Monday, 11–3.", false},
		{"fr", fr, "Journée portes ouvertes ce dimanche 🍂 10 oct., de 11h à 15h.", true},
		{"fr", fr, "Journée portes ouvertes ce lundi, de 11h à 15h.", false},
	})
}

// "opens Saturday 4 September and runs until Sunday the 26th": a bare day
// written with its weekday, as an ordinal or after "the" (in French alone,
// with no hour after it), is a later day of the month of the date before
// it, so the weekday is checked on the calendar and the day is no ordinal;
// a weekday off that day is still contradicted. "Saturday, 9 am" is hours.
func TestBareDayWithItsWeekday(t *testing.T) {
	en := []string{"The Spring Blooms Festival runs from Saturday 4 September to Sunday 26 September 2027; the garden is open until 7 pm on Fridays and Saturdays."}
	fr := []string{"Le festival des floraisons a lieu du samedi 4 septembre au dimanche 26 septembre 2027 ; le jardin ferme à 19 h les vendredis et samedis."}
	runBlindCases(t, []blindCase{
		{"en", en, "The festival opens this Saturday, 4 September, and runs until Sunday the 26th 🌸", true},
		{"en", en, "The festival opens this Saturday, 4 September, and runs until Monday the 27th 🌸", false},
		{"fr", fr, "Le festival ouvre ce samedi 4 septembre et dure jusqu'au dimanche 26 🌸", true},
		{"fr", fr, "Le festival ouvre ce samedi 4 septembre et dure jusqu'au lundi 27 🌸", false},
	})
}

// "Between 90 and 94.9%?": the first end of a range of percentages takes
// the percent sign of the second, so it is the fact's 90 %, not a bare
// number; a wrong first end is still flagged.
func TestPercentRangeFirstEnd(t *testing.T) {
	en := []string{"Merit scholarships: a 50% tuition waiver for 95% or more in the Class 12 boards, and a 25% waiver for scores from 90% to 94.9%."}
	fr := []string{"Bourses au mérite : 50 % de remise sur les frais pour 95 % ou plus au bac, et 25 % de remise pour les notes de 90 % à 94,9 %."}
	runBlindCases(t, []blindCase{
		{"en", en, "Between 90 and 94.9%? 25% off your tuition.", true},
		{"en", en, "Scored 90–94.9%? 25% off your tuition.", true},
		{"en", en, "Between 85 and 94.9%? 25% off your tuition.", false},
		{"fr", fr, "Entre 90 et 94,9 % ? 25 % de remise sur les frais.", true},
		{"fr", fr, "Entre 85 et 94,9 % ? 25 % de remise sur les frais.", false},
	})
}

// "Or stick with Free: unlimited passwords on one device" when the facts
// name "the Free plan": "Free" written with a capital inside a sentence,
// as the facts write it, is a tier's name, no gift; a free thing the facts
// do not give is still flagged.
func TestFreeTierName(t *testing.T) {
	en := []string{"The Free plan stores unlimited passwords on one device.", "The Personal plan costs $35.88 per year."}
	fr := []string{"L'offre Free stocke un nombre illimité de mots de passe sur un appareil.", "L'offre Personnelle coûte 35,88 $ par an."}
	runBlindCases(t, []blindCase{
		{"en", en, "Not ready to pay? Stick with Free: unlimited passwords on one device.", true},
		{"en", en, "Not ready to pay? Get a free security key with Personal.", false},
		{"fr", fr, "Pas prêt à payer ? Restez sur Free : mots de passe illimités sur un appareil.", true},
		{"fr", fr, "Pas prêt à payer ? Une clé de sécurité offerte avec l'offre Personnelle.", false},
	})
}

// "26 hours of exclusive use" for "from 9 am on the wedding day until 11 am
// the next morning": a later clock time said of the next day ("the next
// morning", "le lendemain") is a day on, so the length between the two is
// 26 hours, not 2; another length is still flagged.
func TestLengthIntoTheNextDay(t *testing.T) {
	en := []string{"All packages include exclusive use of the house and grounds from 9 am on the wedding day until 11 am the next morning."}
	fr := []string{"Tous les forfaits incluent l'usage exclusif de la maison et du parc de 9 h le jour du mariage jusqu'à 11 h le lendemain matin."}
	runBlindCases(t, []blindCase{
		{"en", en, "Every package includes 26 hours of exclusive use of the house and grounds.", true},
		{"en", en, "Every package includes 30 hours of exclusive use of the house and grounds.", false},
		{"fr", fr, "Chaque forfait inclut 26 heures d'usage exclusif de la maison et du parc.", true},
		{"fr", fr, "Chaque forfait inclut 30 heures d'usage exclusif de la maison et du parc.", false},
	})
}

// "every half hour from 10:30 am to 3 pm: that's 10 chances" for tours
// that leave every 30 minutes over that span: the runs of a recurrence in
// a span of clock times are counted, both ends included, for a post that
// gives a time of the span; another count is still flagged.
func TestRunsOfARecurrence(t *testing.T) {
	en := []string{"Campus tours last 40 minutes and leave from the Admissions Block every 30 minutes, from 10:30 am to 3 pm."}
	fr := []string{"Les visites du campus durent 40 minutes et partent du bâtiment des admissions toutes les 30 minutes, de 10h30 à 15h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Campus tours leave every half hour from 10:30 am to 3 pm. That's 10 chances to see it all!", true},
		{"en", en, "Campus tours leave every half hour from 10:30 am to 3 pm. That's 12 chances to see it all!", false},
		{"fr", fr, "Les visites partent toutes les demi-heures de 10h30 à 15h. Soit 10 occasions de tout voir !", true},
		{"fr", fr, "Les visites partent toutes les demi-heures de 10h30 à 15h. Soit 12 occasions de tout voir !", false},
	})
}

// A thing a fact forbids ("Fireworks are not permitted", "Dogs are not
// allowed in the garden, except guide dogs", "not yet supported on Linux",
// "feux d'artifice interdits") said in a sentence that neither denies nor
// restricts it is contradicted; the same thing denied ("no fireworks") or
// the fact's exception ("guide dogs welcome") is not.
func TestBannedThingSaid(t *testing.T) {
	en := []string{"Music must end at midnight. Fireworks and sky lanterns are not permitted.", "Dogs are not allowed in the garden, except guide dogs.", "Passkeys work on Windows, macOS, iOS and Android; passkeys are not yet supported on Linux."}
	fr := []string{"La musique s'arrête à minuit. Les feux d'artifice et les lanternes célestes ne sont pas autorisés.", "Les chiens ne sont pas admis dans le jardin, sauf les chiens guides."}
	runBlindCases(t, []blindCase{
		{"en", en, "The night ends with a sparkler send-off, and there are no fireworks, to keep the neighbours happy.", true},
		{"en", en, "The night ends with fireworks over the lawn 🎆", false},
		{"en", en, "Guide dogs are welcome in the garden.", true},
		{"en", en, "Dogs welcome on a leash 🐕", false},
		{"en", en, "Passkeys now on Windows, macOS, iOS and Android.", true},
		{"en", en, "Passkeys now on Windows, macOS, iOS, Android and Linux.", false},
		{"fr", fr, "La soirée se termine à minuit, sans feux d'artifice.", true},
		{"fr", fr, "La soirée se termine par des feux d'artifice sur la pelouse 🎆", false},
		{"fr", fr, "Les chiens guides sont les bienvenus dans le jardin.", true},
		{"fr", fr, "Chiens bienvenus en laisse 🐕", false},
	})
}

// "Our CEO, Tom Okafor, hosts": a job set off by a comma before the name
// is checked as "our CEO Tom Okafor" is, against the job the facts give
// the person; the right job passes, and "Thanks, Tom Okafor" is no job.
func TestRoleBeforeNameBehindComma(t *testing.T) {
	en := []string{"LockNest was founded in 2019 in Denver by Priya Raman (CEO) and Tom Okafor (CTO)."}
	fr := []string{"LockNest a été fondée en 2019 à Denver par Priya Raman (présidente) et Tom Okafor (directeur technique)."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our CTO, Tom Okafor, hosts the webinar on Thursday.", true},
		{"en", en, "Our CEO, Tom Okafor, hosts the webinar on Thursday.", false},
		{"fr", fr, "Notre directeur technique, Tom Okafor, anime le webinaire jeudi.", true},
		{"fr", fr, "Notre présidente, Tom Okafor, anime le webinaire jeudi.", false},
	})
}

// "Adult entry R95" when entry costs R85: a capital R glued to an amount in
// a sentence about prices is the South African rand, checked like any
// price; the right price passes, and a road (the R62) is no price.
func TestRandPrices(t *testing.T) {
	en := []string{"Entry costs R85 for adults and R40 for children aged 4 to 12.", "The garden is on the R62 between Montagu and Barrydale."}
	fr := []string{"L'entrée coûte R85 pour les adultes et R40 pour les enfants de 4 à 12 ans.", "Le jardin se trouve sur la R62 entre Montagu et Barrydale."}
	runBlindCases(t, []blindCase{
		{"en", en, "Adult entry R85, kids R40 🌸", true},
		{"en", en, "Adult entry R95, kids R40 🌸", false},
		{"en", en, "Find us on the R62 near Barrydale 🚗", true},
		{"fr", fr, "Entrée adulte R85, enfants R40 🌸", true},
		{"fr", fr, "Entrée adulte R95, enfants R40 🌸", false},
	})
}

// "Every Saturday of the festival at 10 am" when the walks are on Sundays:
// the "am" of a clock time says nothing of what a weekday is said of, so
// opening hours that also have a morning time ("7:30 am", "until 7 pm on
// Fridays and Saturdays") do not back the wrong day.
func TestHalfOfDayIsNoContext(t *testing.T) {
	en := []string{"The garden is open daily from 7:30 am to 5:30 pm; during the festival it stays open until 7 pm on Fridays and Saturdays.", "Guided walks take place every Sunday of the festival at 10 am."}
	fr := []string{"Le jardin est ouvert tous les jours de 7h30 à 17h30 ; pendant le festival il reste ouvert jusqu'à 19h les vendredis et samedis.", "Les visites guidées ont lieu chaque dimanche du festival à 10h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Walks with our curator 🌿 Every Sunday of the festival at 10 am. Book now!", true},
		{"en", en, "Walks with our curator 🌿 Every Saturday of the festival at 10 am. Book now!", false},
		{"fr", fr, "Visites avec notre conservatrice 🌿 Chaque dimanche du festival à 10h.", true},
		{"fr", fr, "Visites avec notre conservatrice 🌿 Chaque samedi du festival à 10h.", false},
	})
}

// "the Family plan launch offer": "offer" after a noun, with no object
// after it, is the name of a promotion, not a gift of what its sentence
// names ("security"); a thing a fact does give for free still passes.
func TestCompoundOfferIsNoGift(t *testing.T) {
	enGift := []string{"Every new Family plan subscriber gets a free hardware security key."}
	en := []string{"Push the Family plan launch offer (March 14 – April 14) and the security dashboard."}
	frGift := []string{"Chaque nouvel abonné au forfait Famille reçoit une clé de sécurité offerte."}
	fr := []string{"L'offre de lancement du forfait Famille court jusqu'au 14 avril et couvre le tableau de bord de sécurité."}
	runBlindCases(t, []blindCase{
		{"en", enGift, "Plus a free hardware security key for every new subscriber.", true},
		{"en", en, "Plus a free hardware security key for every new subscriber.", false},
		{"fr", frGift, "En plus, une clé de sécurité offerte à chaque nouvel abonné.", true},
		{"fr", fr, "En plus, une clé de sécurité offerte à chaque nouvel abonné.", false},
	})
}

// "lunch is on us", "the first drink's on the house" give a thing for
// free: checked as a freebie, backed by a fact that provides it ("lunch is
// provided", "le déjeuner est offert") and unsupported otherwise.
func TestOnUsIsAFreebie(t *testing.T) {
	enGiven := []string{"Volunteer days run from 9am to 1pm; volunteers must register online, and lunch is provided."}
	en := []string{"Entry to Open Day is free, but registration is required."}
	frGiven := []string{"Les journées bénévoles ont lieu de 9h à 13h ; le déjeuner est offert aux bénévoles."}
	fr := []string{"L'entrée à la journée portes ouvertes est gratuite, sur inscription."}
	runBlindCases(t, []blindCase{
		{"en", enGiven, "Volunteer days run 9am–1pm, and lunch is on us 🥪", true},
		{"en", en, "On Open Day, lunch is on us for every registered family!", false},
		{"fr", frGiven, "Journées bénévoles de 9h à 13h, et le déjeuner est offert 🥪", true},
		{"fr", fr, "Pendant la journée portes ouvertes, le déjeuner est offert à chaque famille inscrite !", false},
	})
}

// "the VC's welcome talk" for the facts' "Vice-Chancellor", "le PDG" for
// "Président-directeur général": each part of a dashed word gives its
// initial to an acronym; an acronym the facts do not spell is still
// unsupported.
func TestAcronymOfDashedTitle(t *testing.T) {
	en := []string{"Vice-Chancellor Dr Meera Raghunathan gives the welcome talk at 10 am in the Cauvery Auditorium."}
	fr := []string{"Président-directeur général de la maison, Marc Lenoir ouvre la journée à 10h dans l'auditorium."}
	runBlindCases(t, []blindCase{
		{"en", en, "Catch the VC's welcome talk at 10 am in the Cauvery Auditorium!", true},
		{"en", en, "Catch the HOD's welcome talk at 10 am in the Cauvery Auditorium!", false},
		{"fr", fr, "Le discours du PDG à 10h dans l'auditorium !", true},
		{"fr", fr, "Le discours du DRH à 10h dans l'auditorium !", false},
	})
}

// "$2.99 a month, billed monthly" when the facts say "billed annually":
// how often a price is charged, said with another period word than the
// facts give after such a verb, is contradicted; the facts' own period
// passes.
func TestBillingPeriod(t *testing.T) {
	en := []string{"The Personal plan costs $35.88 per year ($2.99 per month, billed annually)."}
	fr := []string{"L'offre Personnelle coûte 35,88 $ par an (2,99 $ par mois, facturés annuellement)."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Personal plan is $2.99 a month, billed annually 📬", true},
		{"en", en, "The Personal plan is $2.99 a month, billed monthly 📬", false},
		{"fr", fr, "L'offre Personnelle, c'est 2,99 $ par mois, facturés annuellement 📬", true},
		{"fr", fr, "L'offre Personnelle, c'est 2,99 $ par mois, facturés mensuellement 📬", false},
	})
}

// "more than 200 specimens" when the collection holds 146 specimens and
// the garden 3,240 plant species: "species" is one form for one and many,
// not a plural whose stem ("speci") starts "specimens", so the species do
// not back a bound on the specimens; a true bound passes.
func TestSpeciesAreNoSpecimens(t *testing.T) {
	en := []string{"The garden holds 3,240 plant species.", "The cycad collection holds 146 specimens from 38 species."}
	fr := []string{"Le jardin compte 3 240 espèces de plantes.", "La collection de cycas compte 146 spécimens de 38 espèces."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our cycad collection now counts more than 140 specimens 🌿", true},
		{"en", en, "Our cycad collection now counts more than 200 specimens 🌿", false},
		{"fr", fr, "Notre collection de cycas compte plus de 140 spécimens 🌿", true},
		{"fr", fr, "Notre collection de cycas compte plus de 200 spécimens 🌿", false},
	})
}

// "R60 including entry" when the walks "cost R60 on top of entry": what a
// price comes "on top of" ("en plus de l'entrée") is paid apart, so its
// inclusion is contradicted; the price said on top of entry passes.
func TestOnTopOfIsNotIncluded(t *testing.T) {
	en := []string{"Guided cycad walks take place every Sunday at 10 am; they cost R60 on top of entry."}
	fr := []string{"Les visites guidées ont lieu chaque dimanche à 10h ; elles coûtent 6 € en plus de l'entrée."}
	runBlindCases(t, []blindCase{
		{"en", en, "Guided cycad walks every Sunday at 10 am, R60 on top of entry 🌿", true},
		{"en", en, "Guided cycad walks every Sunday at 10 am, R60 including entry 🌿", false},
		{"fr", fr, "Visites guidées chaque dimanche à 10h, 6 € en plus de l'entrée 🌿", true},
		{"fr", fr, "Visites guidées chaque dimanche à 10h, 6 €, entrée comprise 🌿", false},
	})
}

// "The Personal plan comes with email support" when the fact gives live
// chat to "the Teams plan only; other paid plans get email support": a
// fact that speaks of the other plans does not make another plan's name
// wrong; a fact that names one plan alone still does.
func TestOtherSitesOfAFact(t *testing.T) {
	en := []string{"The Personal plan costs $35.88 per year.", "24/7 live chat support is available on the Teams plan only; other paid plans get email support with a reply within 24 hours."}
	enOnly := []string{"The Personal plan costs $35.88 per year.", "24/7 live chat support and email support with a reply within 24 hours are available on the Teams plan."}
	fr := []string{"L'offre Personnelle coûte 35,88 $ par an.", "Le chat en direct 24h/24 est réservé à l'offre Équipes ; les autres offres payantes ont un support par e-mail avec réponse sous 24 heures."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Personal plan comes with email support that replies within 24 hours 📬", true},
		{"en", enOnly, "The Personal plan comes with email support that replies within 24 hours 📬", false},
		{"fr", fr, "L'offre Personnelle inclut un support par e-mail avec réponse sous 24 heures 📬", true},
		{"fr", fr, "L'offre Personnelle inclut un support par e-mail avec réponse sous 12 heures 📬", false},
	})
}

// "95% of graduates placed" when "87% of KIST's B.Tech graduates were
// placed" and 95% is a scholarship threshold: a share of a noun is checked
// against the shares the facts give of that noun, not against any
// percentage of the sheet; the facts' share passes.
func TestShareOfTheSameNoun(t *testing.T) {
	en := []string{"In 2026, 87% of KIST's B.Tech graduates were placed.", "Merit scholarships: a 50% tuition waiver for students with 95% or more in their Class 12 board exams."}
	fr := []string{"En 2026, 87 % des diplômés B.Tech de KIST ont trouvé un emploi.", "Bourses au mérite : 50 % de remise pour 95 % ou plus au bac."}
	runBlindCases(t, []blindCase{
		{"en", en, "Proud numbers: 87% of graduates placed in 2026 🎓", true},
		{"en", en, "Proud numbers: 95% of graduates placed in 2026 🎓", false},
		{"fr", fr, "Fiers de nos chiffres : 87 % des diplômés en emploi en 2026 🎓", true},
		{"fr", fr, "Fiers de nos chiffres : 95 % des diplômés en emploi en 2026 🎓", false},
	})
}
