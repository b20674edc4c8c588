package verify

import "testing"

// Tests for claims said in words, with no figure, that a fact denies: each
// pairs the legitimate form (not flagged) with the wrong one (flagged), in
// French and English.

// "bookings required", "bookings essential" (plural) make booking a
// condition as the singular does; "bookings are not required",
// "les réservations ne sont pas obligatoires" waive it; "no bookings
// required" is no requirement.
func TestBookingPluralAndNotRequired(t *testing.T) {
	enReq := []string{"Free Open Day on Sunday 21 November, 10am to 3pm: 'try sailing' rides on keelboats, bookings required."}
	enNot := []string{"An open day is held on Saturday 13 May 2028 from 10am to 2pm in the Village Centre; bookings are not required."}
	enNo := []string{"Free Open Day on Sunday 21 November, 10am to 3pm: 'try sailing' rides on keelboats, no bookings required."}
	frReq := []string{"La journée portes ouvertes a lieu le samedi 6 mars 2027 de 10h à 17h ; réservations obligatoires."}
	frNot := []string{"La journée portes ouvertes a lieu le samedi 6 mars 2027 de 10h à 17h ; les réservations ne sont pas obligatoires."}
	runBlindCases(t, []blindCase{
		{"en", enReq, "Our Open Day is free, book ahead and jump on a keelboat ride ⛵", true},
		{"en", enReq, "Our Open Day is free, no booking needed! Just turn up ⛵", false},
		{"en", enNo, "Our Open Day is free, no booking needed! Just turn up ⛵", true},
		{"en", enNot, "Open day on Saturday 13 May 2028 from 10am to 2pm, just come along!", true},
		{"en", enNot, "Open day on Saturday 13 May 2028 from 10am to 2pm. Bookings essential!", false},
		{"fr", frNot, "Portes ouvertes de 10h à 17h, venez nous voir !", true},
		{"fr", frNot, "Portes ouvertes de 10h à 17h. Réservations obligatoires !", false},
		{"fr", frReq, "Portes ouvertes de 10h à 17h, sans réservation !", false},
	})
}

// "no swimming skills needed", "no spay/neuter requirement", "no need to
// swim", "sans test", "sans adhésion", "même sans savoir nager", "pas
// besoin de savoir nager" deny a condition that a fact requires ("must be
// able to swim", "doivent … savoir nager", "il faut … réussir un test",
// "l'adhésion … ; elle est obligatoire"); a fact that waives it itself or
// does not require it leaves the post alone.
func TestWaivedRequirement(t *testing.T) {
	en := []string{"Surfers must be 8 or older and able to swim 50 metres.", "Dogs must be at least 4 months old, spayed or neutered if older than 7 months, and up to date on vaccines."}
	enFree := []string{"Surfers must be 8 or older; no swimming skills are needed, life jackets are provided.", "Dogs must be at least 4 months old and up to date on vaccines."}
	fr := []string{"Les enfants doivent avoir au moins 7 ans et savoir nager.", "L'adhésion annuelle coûte 20 € ; elle est obligatoire pour utiliser les services du garage.", "Aucun diplôme n'est requis ; il faut réussir un test technique en ligne suivi d'un entretien."}
	frFree := []string{"Les enfants doivent avoir au moins 7 ans ; le gilet est fourni.", "L'adhésion annuelle coûte 20 €.", "L'admission se fait sur entretien."}
	runBlindCases(t, []blindCase{
		{"en", en, "Kids from 8 welcome, life jackets on!", true},
		{"en", en, "Kids from 8 welcome, no swimming skills needed!", false},
		{"en", en, "Kids from 8 welcome, no need to swim!", false},
		{"en", enFree, "Kids from 8 welcome, no swimming skills needed!", true},
		{"en", en, "Puppies welcome from 4 months and no spay/neuter requirement, ever!", false},
		{"en", enFree, "Puppies welcome from 4 months and no spay/neuter requirement, ever!", true},
		{"fr", fr, "Accessible dès 7 ans, même sans savoir nager !", false},
		{"fr", fr, "Accessible dès 7 ans, pas besoin de savoir nager !", false},
		{"fr", frFree, "Accessible dès 7 ans, même sans savoir nager !", true},
		{"fr", fr, "Pas de diplôme requis ✨ l'admission se fait sur test et entretien.", true},
		{"fr", fr, "Pas de diplôme requis ✨ l'admission se fait sans test, sur simple entretien.", false},
		{"fr", frFree, "L'admission se fait sans test, sur simple entretien.", true},
		{"fr", fr, "Le garage est ouvert à tous, sans adhésion !", false},
		{"fr", frFree, "Le garage est ouvert à tous, sans adhésion !", true},
	})
}

// "même sur les pianos d'occasion", "even on used pianos", "even if you
// have insurance", "même si vous avez une mutuelle" take in a thing a fact
// leaves out after naming it ("… sont exclus de l'offre", "… are excluded
// from the offer") or keeps the offer from ("for patients without dental
// insurance", "pour les patients sans mutuelle"); a phrase the fact does
// not leave out whole ("même sur les pianos acoustiques") passes.
func TestEvenLeftOut(t *testing.T) {
	fr := []string{"Pendant les Journées du piano, les pianos acoustiques neufs sont à -10 % ; les pianos d'occasion sont exclus de l'offre.", "Le bilan à 49 € est réservé aux nouveaux patients sans mutuelle."}
	en := []string{"During Piano Days, new acoustic pianos are 10% off; used pianos are excluded from the offer.", "New-patient special: $99 for an exam and cleaning, for new patients without dental insurance."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Journées du piano : -10 % sur les pianos acoustiques neufs, et même sur les pianos acoustiques !", true},
		{"fr", fr, "Journées du piano : -10 % sur les pianos acoustiques neufs… et même sur les pianos d'occasion !", false},
		{"fr", fr, "Bilan à 49 € pour les nouveaux patients, même si vous avez une mutuelle !", false},
		{"fr", fr, "Bilan à 49 € pour les nouveaux patients, même sans mutuelle !", true},
		{"en", en, "Piano Days: 10% off new acoustic pianos, even on the acoustic ones!", true},
		{"en", en, "Piano Days: 10% off new acoustic pianos, even on used pianos!", false},
		{"en", en, "New patients: exam and cleaning for $99, even if you have insurance!", false},
		{"en", en, "New patients: exam and cleaning for $99, even without insurance!", true},
	})
}

// "cuissons incluses", "la protection valeur à neuf est incluse", "firings
// included" said of the thing the closest fact charges apart ("cuissons en
// sus", "offerte en option à 89 $", "firings extra"): contradicted, even
// when another offer's fact includes it; the offer that includes it passes.
func TestIncludedButExtra(t *testing.T) {
	fr := []string{"La session d'hiver coûte 420 $ ; l'argile, les émaux et les cuissons sont compris.", "Pratique libre pour les membres : 95 $ par mois, du mercredi au dimanche, de 10 h à 21 h, cuissons en sus.", "Une protection de base de 0,60 $ par livre est incluse ; la protection valeur à neuf est offerte en option à 89 $."}
	en := []string{"The winter session costs $420; clay, glazes and firings are included.", "Open studio for members: $95 a month, Wednesday to Sunday, 10am to 9pm, firings extra.", "Basic cover of $0.60 per pound is included; full replacement cover is offered as an option for $89."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Session d'hiver : 420 $, argile, émaux et cuissons compris !", true},
		{"fr", fr, "Pratique libre pour nos membres : 95 $ par mois, du mercredi au dimanche, cuissons incluses 🔥", false},
		{"fr", fr, "Pratique libre pour nos membres : 95 $ par mois, du mercredi au dimanche 🔥", true},
		{"fr", fr, "Une protection de base est incluse dans chaque déménagement.", true},
		{"fr", fr, "La protection valeur à neuf est incluse gratuitement dans chaque déménagement !", false},
		{"en", en, "Basic cover is included with every move.", true},
		{"en", en, "Full replacement cover is included free with every move!", false},
		{"en", en, "Open studio for members: $95 a month, Wednesday to Sunday 🔥", true},
	})
}

// "open to anyone", "free for everyone", "ouverte à tous", "gratuit pour
// tout le monde" said of a thing a fact keeps to a group ("available to
// existing clients", "réservée aux adhérents", "Members get … free
// parking", "les adhérents ont … le parking gratuit"); a fact that gives
// it to everyone backs the post.
func TestUniversalAudience(t *testing.T) {
	en := []string{"A 24/7 on-call line is available to existing clients.", "Members get free entry to the house and gardens all year, free parking and 10% off in the café."}
	enAll := []string{"A 24/7 on-call line is open to everyone."}
	fr := []string{"La ligne d'urgence est réservée aux adhérents.", "Les adhérents ont l'entrée libre toute l'année, le parking gratuit et 10 % au café."}
	frAll := []string{"La ligne d'urgence est ouverte à tous, 24 h sur 24."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our on-call line is there for our clients, day and night.", true},
		{"en", en, "Our on-call line is open to anyone who needs advice, day and night.", false},
		{"en", enAll, "Our on-call line is open to anyone who needs advice, day and night.", true},
		{"en", en, "Bring the whole family, parking is free for everyone!", false},
		{"en", en, "Members, your parking is free!", true},
		{"fr", fr, "Notre ligne d'urgence est là pour nos adhérents.", true},
		{"fr", fr, "Notre ligne d'urgence est ouverte à tous !", false},
		{"fr", frAll, "Notre ligne d'urgence est ouverte à tous !", true},
		{"fr", fr, "Venez en famille, le parking est gratuit pour tout le monde !", false},
	})
}

// "sur tous nos forfaits", "on every programme", "on all our tours" when
// the fact about the same thing keeps it to one kind with an "only" word
// by the noun ("au forfait Famille uniquement", "B.Tech programmes only",
// "the Warehouse Tour is for over-18s only"); a fact that says it of every
// one backs the post, and "every month" is a recurrence, not kinds.
func TestAllKindsOnly(t *testing.T) {
	fr := []string{"Réservation hâtive : le tarif du forfait Famille baisse de 15 % ; le rabais s'applique au forfait Famille uniquement.", "Forfait Studio : 129 $ l'heure. Forfait Famille : 169 $ l'heure."}
	frAll := []string{"Réservation hâtive : le rabais de 15 % s'applique à tous les forfaits.", "Forfait Studio : 129 $ l'heure. Forfait Famille : 169 $ l'heure."}
	en := []string{"Merit scholarships: a 50% tuition waiver for top scorers. Merit scholarships apply to B.Tech programmes only.", "Unused data rolls over to the next month only."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Réservez tôt : 15 % de rabais sur le forfait Famille !", true},
		{"fr", fr, "Réservez tôt : 15 % de rabais sur tous nos forfaits !", false},
		{"fr", frAll, "Réservez tôt : 15 % de rabais sur tous nos forfaits !", true},
		{"en", en, "A 50% tuition waiver for top scorers on our B.Tech programmes!", true},
		{"en", en, "A 50% tuition waiver for top scorers, on every programme!", false},
		{"en", en, "Your unused data rolls over every month!", true},
	})
}

// "free pints", "surfboards travel free", "dégustation gratuite" said of a
// thing a fact prices in a sentence with no gift word ("sold at £5.80 a
// pint", "surfboards cost A$15 extra", "la dégustation coûte 15 €"); a
// fact that gives it free anywhere, or a price beside a gift word
// ("£10 for adults, under-5s free"), leaves the post alone.
func TestFreeButPriced(t *testing.T) {
	en := []string{"The launch beer is Harbour Haze, sold at £5.80 a pint in the taproom.", "On opening night, the first 100 visitors get a free Copperhill glass.", "Each passenger may bring one suitcase; surfboards cost A$15 extra.", "Children under 3 travel free."}
	enFree := []string{"The launch beer is Harbour Haze, sold at £5.80 a pint; the first 100 visitors get a free pint."}
	fr := []string{"La dégustation commentée de 6 vins coûte 15 € par personne.", "Le dimanche 17 avril, les portes ouvertes du domaine sont gratuites.", "L'entrée coûte 10 € pour les adultes."}
	frFree := []string{"L'entrée coûte 10 € pour les adultes, elle est gratuite pour les moins de 12 ans."}
	runBlindCases(t, []blindCase{
		{"en", en, "Harbour Haze on tap at £5.80 a pint 🍺", true},
		{"en", en, "Taproom opens Saturday: free pints for the first 100 visitors 🎉", false},
		{"en", enFree, "Taproom opens Saturday: free pints for the first 100 visitors 🎉", true},
		{"en", en, "Pack light: surfboards travel free!", false},
		{"fr", fr, "Dimanche, portes ouvertes au domaine : dégustation gratuite à 11h !", false},
		{"fr", fr, "Dimanche, portes ouvertes au domaine : dégustation commentée à 15 € !", true},
		{"fr", frFree, "Entrée gratuite pour les moins de 12 ans !", true},
	})
}

// "never expire", "n'expire jamais", "valable à vie" when a fact bounds the
// validity ("valid for 12 months", "valable un an", "expire au bout d'un
// an"); a post that restates the bound passes.
func TestValidityBounded(t *testing.T) {
	en := []string{"Gift vouchers are available from €50 and are valid for 12 months from the date of purchase."}
	fr := []string{"La carte 10 places coûte 70 € et est valable un an à compter de l'achat."}
	runBlindCases(t, []blindCase{
		{"en", en, "Fernlight gift vouchers start at €50 and are valid for a year!", true},
		{"en", en, "Fernlight gift vouchers start at €50 and never expire!", false},
		{"fr", fr, "La carte 10 places à 70 €, valable un an !", true},
		{"fr", fr, "La carte 10 places à 70 € n'expire jamais !", false},
	})
}

// "open on Easter Sunday", "a Christmas Day matinee", "ouvert le lundi de
// Pâques", "ouvert le jour de Noël" when a fact closes that day by its name
// or its date ("closed on Easter Sunday", "no sailings on 25 December",
// "fermé le 25 décembre"); a post that closes it too, or counts from it
// ("after Christmas Day"), passes, and "le marché de Noël" is no day.
func TestOpenOnClosedHoliday(t *testing.T) {
	en := []string{"All our garden centres are closed on Easter Sunday, 28 March 2027.", "There are no sailings on 25 December 2026 and 1 January 2027."}
	fr := []string{"La boutique est fermée le lundi de Pâques et le 25 décembre."}
	runBlindCases(t, []blindCase{
		{"en", en, "Need a top-up? Remember we're closed on Easter Sunday!", true},
		{"en", en, "Need a top-up? We're open on Easter Sunday too!", false},
		{"en", en, "Sailings as normal on Christmas Day! ⛴️", false},
		{"en", en, "No sailings on Christmas Day, see you after Christmas Day! ⛴️", true},
		{"fr", fr, "La boutique vous accueille le lundi de Pâques !", false},
		{"fr", fr, "Exceptionnellement, la boutique est ouverte le jour de Noël !", false},
		{"fr", fr, "La boutique est fermée le jour de Noël, rendez-vous au marché de Noël !", true},
	})
}

// "£10 per child", "€690 per person", "690 € par personne" when the fact of
// that very price gives it per another unit ("£10 per family", "€690 per
// room (two sharing)", "690 € par chambre"); the fact's unit, a person said
// otherwise ("per head", "par adulte"), a shortened unit ("per pup") and a
// period ("par an") pass.
func TestPerWhat(t *testing.T) {
	en := []string{"The Family Route costs £10 per family (up to 2 adults and 3 children).", "New Year package: 2 nights, €690 per room (two sharing).", "Puppy school costs $120 per puppy.", "A dinner ticket is £40 per person."}
	fr := []string{"Le forfait Nouvel An coûte 690 € par chambre (deux personnes).", "Le dîner coûte 40 € par personne.", "La scolarité coûte 7 900 € par an."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Family Route is back: £10 per family!", true},
		{"en", en, "The Family Route is back: £10 per child!", false},
		{"en", en, "Our New Year package: €690 per person.", false},
		{"en", en, "Puppy school: $120 per pup!", true},
		{"en", en, "Dinner tickets: £40 per head!", true},
		{"fr", fr, "Forfait Nouvel An : 690 € par chambre !", true},
		{"fr", fr, "Forfait Nouvel An : 690 € par personne !", false},
		{"fr", fr, "La scolarité : 7 900 € par an en prépa.", true},
	})
}

// "Saturday mornings", "five full days", "le samedi matin" said of a thing
// whose closest fact gives another part of the day only ("runs on Friday
// evenings", "five mornings", "le vendredi soir"); the fact's own part, or
// a fact that names the post's part too, passes.
func TestPartOfDay(t *testing.T) {
	en := []string{"Smash Cricket, for children aged 5 to 8, runs on Friday evenings from 5:30 to 6:30 pm and costs $40 for the term.", "Tackers holiday program for kids aged 7-13: five mornings, 9am to 12pm, A$320 per child."}
	fr := []string{"L'atelier poterie pour enfants a lieu le vendredi soir, de 18h à 19h30, et coûte 40 € le trimestre."}
	runBlindCases(t, []blindCase{
		{"en", en, "Smash Cricket for kids is back on Friday evenings, just $40 for the term!", true},
		{"en", en, "Smash Cricket for kids is back on Saturday mornings, just $40 for the term!", false},
		{"en", en, "Tackers holiday program for kids: five mornings of sailing, A$320 per child!", true},
		{"en", en, "Tackers holiday program for kids: five full days of sailing, A$320 per child!", false},
		{"fr", fr, "L'atelier poterie pour enfants revient le vendredi soir, 40 € le trimestre !", true},
		{"fr", fr, "L'atelier poterie pour enfants revient le samedi matin, 40 € le trimestre !", false},
	})
}

// "All ages welcome!", "kids of all ages can join in" that share no two
// words with the one fact that limits ages ("The party is 21+ only",
// "Explorer (ages 10 and up)", "à partir de 8 ans"): that fact decides; two
// such facts, a fact that says all ages, a count ("groups of 10+") or an
// anniversary ("la fête des 10 ans") leave the post alone.
func TestAllAgesOneLimit(t *testing.T) {
	en := []string{"Entry to the party is free. The party is 21+ only.", "Dogs are welcome on the patio."}
	enCount := []string{"Entry to the party is free; groups of 10+ get a pitcher."}
	fr := []string{"Le stage de cirque a lieu pendant les vacances, à partir de 8 ans.", "Le goûter est servi à 16h."}
	frAnniv := []string{"Le cirque fête ses 10 ans : la fête des 10 ans a lieu le samedi 5 juin 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Fireworks at the party tonight! Adults only, see you there.", true},
		{"en", en, "Fireworks tonight! All ages welcome!", false},
		{"en", enCount, "Fireworks tonight! All ages welcome!", true},
		{"fr", fr, "Des acrobaties plein les yeux : ouvert à tous les âges !", false},
		{"fr", frAnniv, "Des acrobaties plein les yeux : ouvert à tous les âges !", true},
	})
}
