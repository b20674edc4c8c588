package verify

import "testing"

// Tests for the general causes of the blind12 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A figure of a season's folklore (le Père Noël, Father Christmas) is
// common knowledge, not a name the facts must give; an invented person
// beside it is still flagged, and so is the figure announced as a guest.
func TestFolkloreFigures(t *testing.T) {
	fr := []string{"Les commandes passées avant le jeudi 17 décembre 2026 sont livrées avant Noël."}
	en := []string{"Orders placed by Thursday 17 December 2026 are delivered before Christmas."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le Père Noël a une date limite, nous aussi : commandez avant le 17 décembre !", true},
		{"fr", fr, "Le Père Noël et Margaux Delorme vous attendent : commandez avant le 17 décembre !", false},
		{"en", en, "Father Christmas has a deadline, and so do we: order by 17 December!", true},
		{"en", en, "Santa Claus has a deadline: order by 17 December!", true},
		{"en", en, "Father Christmas and Margaret Hollis have a deadline: order by 17 December!", false},
		// announced as a guest, the figure is an event the facts must state
		{"fr", fr, "Samedi, une visite du Père Noël à l'atelier !", false},
		{"en", en, "On Saturday, a visit from Father Christmas at the shop!", false},
	})
}

// An acronym in capitals stands for a name the facts spell out (BSL for
// British Sign Language, FFE for Fédération française d'équitation); other
// initials are still an unknown name.
func TestAcronymOfStatedName(t *testing.T) {
	en := []string{"British Sign Language interpreters are available on request when registering.", "The fair takes place on Thursday 4 March 2027."}
	fr := []string{"Le club est labellisé « Poney Club de France » par la Fédération française d'équitation.", "Le forfait annuel coûte 590 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Need a BSL interpreter? Just ask when you register for 4 March.", true},
		{"en", en, "Need an ASL interpreter? Just ask when you register for 4 March.", false},
		{"fr", fr, "Un club labellisé par la FFE, un forfait annuel à 590 € !", true},
		{"fr", fr, "Un club labellisé par la FFT, un forfait annuel à 590 € !", false},
	})
}

// The plural of a grade the facts number (Galop 1 … Galop 4, Level 1 to
// Level 3) names its levels; a plural of a stated person's name is no such
// grade, and an unnumbered name's plural is still unknown.
func TestPluralOfNumberedGrade(t *testing.T) {
	fr := []string{"Le vendredi du stage, les cavaliers peuvent passer les examens fédéraux du Galop 1 au Galop 4.", "Le stage de 5 jours est animé par Luca Moreau."}
	en := []string{"On the last day, swimmers can take the Level 1 to Level 3 badges.", "The course lasts five days and is run by Luca Moreau."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "5 jours d'équitation, passage de Galops le dernier jour !", true},
		{"fr", fr, "5 jours d'équitation avec Lucas le dernier jour !", false},
		{"en", en, "Five days in the pool, with Levels tested on the last day!", true},
		{"en", en, "Five days in the pool with Lucas, badges on the last day!", false},
	})
}

// A lower-case word after a stated place in a dash compound ("Leeds-born",
// "Besançon-centre") says how the text relates to it; the compound built on
// another place is still an unknown name, and so is a route to an unstated
// place.
func TestDashCompoundOfStatedPlace(t *testing.T) {
	en := []string{"Brightpath Recruitment is a recruitment agency founded in 2009 in Leeds."}
	fr := []string{"La Brûlerie Marceau est un torréfacteur fondé en 2012 à Besançon."}
	runBlindCases(t, []blindCase{
		{"en", en, "We are proudly Leeds-born since 2009!", true},
		{"en", en, "We are proudly Manchester-born since 2009!", false},
		{"en", en, "We have run Leeds-Manchester coaches since 2009!", false},
		{"fr", fr, "Depuis 2012, on torréfie à Besançon-centre !", true},
		{"fr", fr, "Depuis 2012, on torréfie à Dijon-centre !", false},
		{"fr", fr, "Depuis 2012, on livre sur la ligne Besançon-Dijon !", false},
	})
}

// "Award-winning" is backed by an award the facts name; without one, or
// when the facts' "prix" is only a price, it is still flagged.
func TestAwardWinning(t *testing.T) {
	en := []string{"Brightpath was named Recruitment Agency of the Year at the 2025 Yorkshire Business Awards.", "The fair takes place on Thursday 4 March 2027."}
	enNone := []string{"Brightpath Recruitment is a recruitment agency founded in 2009 in Leeds.", "The fair takes place on Thursday 4 March 2027."}
	fr := []string{"Le circuit de billes « Grand Huit » a reçu le trophée Jouet Bois d'Or 2025.", "Le circuit coûte 64 €."}
	frPrice := []string{"Le prix du circuit de billes « Grand Huit » est de 64 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Award-winning and proud: meet us on 4 March!", true},
		{"en", enNone, "Award-winning and proud: meet us on 4 March!", false},
		{"fr", fr, "Notre circuit award-winning à 64 € !", true},
		{"fr", frPrice, "Notre circuit award-winning à 64 € !", false},
	})
}

// A plural possessive inside a name ("Readers' Choice Awards") keeps the
// name whole, as the facts write it; another award's name is still unknown.
// French has no such possessive.
func TestPluralPossessiveName(t *testing.T) {
	en := []string{"Loon Lake State Park was voted Best Campground in the Midwest in the 2026 Great Lakes Outdoors Readers' Choice Awards."}
	runBlindCases(t, []blindCase{
		{"en", en, "Voted Best Campground in the Midwest (2026 Great Lakes Outdoors Readers' Choice Awards) for a reason.", true},
		{"en", en, "Voted Best Campground in the Midwest (2026 Great Lakes Outdoors Readers’ Choice Awards) for a reason.", true},
		{"en", en, "Voted Best Campground in the Midwest (2026 Great Lakes Outdoors Editors' Choice Awards) for a reason.", false},
		{"en", en, "Voted Best Campground in the Midwest (2026 Great Lakes Outdoors Readers' Travel Awards) for a reason.", false},
	})
}

// "a free 20-minute one-to-one": after a determiner "free" qualifies the
// words after it, a figure first; "Free to join!" after a sentence offers
// what that sentence names. Each is still contradicted where the facts give
// a price. French puts "gratuit" after its noun, which was already read so.
func TestFreeObjects(t *testing.T) {
	en := []string{"A free CV clinic runs from 10am to 1pm, with 20-minute one-to-one sessions with Brightpath consultants."}
	enPaid := []string{"The CV clinic runs from 10am to 1pm; its 20-minute one-to-one sessions cost £15."}
	enTalk := []string{"A free live online talk with guide Hannah Okafor is streamed on Tuesday 1 December 2026 at 7pm."}
	enTalkPaid := []string{"A live online talk with guide Hannah Okafor is streamed on Tuesday 1 December 2026 at 7pm; tickets cost $10."}
	runBlindCases(t, []blindCase{
		{"en", en, "Grab a free 20-minute one-to-one at our CV clinic, 10am–1pm!", true},
		{"en", enPaid, "Grab a free 20-minute one-to-one at our CV clinic, 10am–1pm!", false},
		{"en", enTalk, "Hannah Okafor goes live on Tuesday 1 December at 7pm. Free to join!", true},
		{"en", enTalkPaid, "Hannah Okafor goes live on Tuesday 1 December at 7pm. Free to join!", false},
	})
}

// Registering is the registration, attending or entering the entry: "Register
// free", "it's free to attend", "Inscrivez-vous gratuitement" are backed by
// a free entry whose registration the facts require, and contradicted when
// the facts price it.
func TestRegisterAndAttendFree(t *testing.T) {
	en := []string{"Entry is free for jobseekers, but registration is required at brightpath.co.uk/jobsfair."}
	enPaid := []string{"Entry costs £5 and registration is required at brightpath.co.uk/jobsfair."}
	fr := []string{"L'entrée est gratuite pour les demandeurs d'emploi, mais l'inscription est obligatoire sur brightpath.fr."}
	frPaid := []string{"L'inscription coûte 5 € sur brightpath.fr."}
	runBlindCases(t, []blindCase{
		{"en", en, "Register free: brightpath.co.uk/jobsfair", true},
		{"en", enPaid, "Register free: brightpath.co.uk/jobsfair", false},
		{"en", en, "Just register at brightpath.co.uk/jobsfair — it's free to attend.", true},
		{"en", enPaid, "Just register at brightpath.co.uk/jobsfair — it's free to attend.", false},
		{"en", en, "Entry at the door, or register free online: brightpath.co.uk/jobsfair", true},
		{"fr", fr, "Inscrivez-vous gratuitement sur brightpath.fr !", true},
		{"fr", frPaid, "Inscrivez-vous gratuitement sur brightpath.fr !", false},
	})
}

// A deadline set by a holiday of fixed date ("livrées avant Noël") states
// that date as an end: "avant le 25 décembre" says the same, another end is
// still contradicted.
func TestHolidayDeadline(t *testing.T) {
	fr := []string{"Pour être livrées avant Noël, les commandes doivent être passées au plus tard le jeudi 17 décembre 2026."}
	en := []string{"To be delivered before Christmas, orders must be placed by Thursday 17 December 2026."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Pour recevoir vos jouets avant le 25 décembre, commandez jusqu'au 17 décembre !", true},
		{"fr", fr, "Pour recevoir vos jouets avant le 28 décembre, commandez jusqu'au 17 décembre !", false},
		{"en", en, "Want your gifts before 25 December? Order by 17 December!", true},
		{"en", en, "Want your gifts before 28 December? Order by 17 December!", false},
	})
}

// A count the post splits into parts right after it ("37 montures : 28
// poneys et 9 chevaux") is their sum when each part is backed; a wrong sum
// or a wrong part is still flagged.
func TestTotalOfStatedParts(t *testing.T) {
	fr := []string{"La cavalerie compte 28 poneys et 9 chevaux.", "Les baby poneys ont de 3 à 5 ans."}
	en := []string{"The stables house 28 ponies and 9 horses.", "Baby pony sessions are for ages 3 to 5."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le club réunit aujourd'hui 37 montures : 28 poneys et 9 chevaux.", true},
		{"fr", fr, "Le club réunit aujourd'hui 38 montures : 28 poneys et 9 chevaux.", false},
		{"fr", fr, "Le club réunit aujourd'hui 38 montures : 28 poneys et 10 chevaux.", false},
		{"en", en, "Our stables are home to 37 mounts (28 ponies and 9 horses).", true},
		{"en", en, "Our stables are home to 38 mounts (28 ponies and 9 horses).", false},
		{"en", en, "Our stables are home to 38 mounts (28 ponies and 10 horses).", false},
	})
}

// A fact that names the days and gives the same dates as the post's
// sentence is the one about them, even when the regular hours share more
// words with it; a day that fact leaves out is still contradicted.
func TestDaysOfSamePeriod(t *testing.T) {
	fr := []string{"La boutique de l'atelier, au 12 rue du Lac à Moirans, est ouverte du mardi au samedi, de 9h30 à 18h30.", "Du dimanche 29 novembre au dimanche 20 décembre 2026, la boutique est aussi ouverte le dimanche, de 10h à 17h."}
	en := []string{"The workshop shop, at 12 Lake Street in Moirans, is open Tuesday to Saturday, 9.30am to 6.30pm.", "From Sunday 29 November to Sunday 20 December 2026, the shop also opens on Sundays, 10am to 5pm."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Du 29 novembre au 20 décembre, notre boutique du 12 rue du Lac ouvre aussi le dimanche, de 10h à 17h.", true},
		{"fr", fr, "Du 29 novembre au 20 décembre, notre boutique du 12 rue du Lac ouvre aussi le lundi, de 10h à 17h.", false},
		{"en", en, "From 29 November to 20 December, our shop at 12 Lake Street also opens on Sunday, 10am to 5pm.", true},
		{"en", en, "From 29 November to 20 December, our shop at 12 Lake Street also opens on Monday, 10am to 5pm.", false},
	})
}

// An inclusion the facts leave out ("licence FFE non comprise", "membership
// fee not included") is contradicted, and still backed where they include it.
func TestInclusionLeftOut(t *testing.T) {
	frOut := []string{"Le forfait annuel (une leçon par semaine) coûte 590 €, licence FFE non comprise."}
	frIn := []string{"Le forfait annuel (une leçon par semaine) coûte 590 €, licence FFE comprise."}
	enOut := []string{"The annual package (one lesson a week) costs $590, membership fee not included."}
	enIn := []string{"The annual package (one lesson a week) costs $590, membership fee included."}
	runBlindCases(t, []blindCase{
		{"fr", frOut, "Le forfait annuel, une leçon par semaine pour 590 €, licence FFE incluse.", false},
		{"fr", frIn, "Le forfait annuel, une leçon par semaine pour 590 €, licence FFE incluse.", true},
		{"en", enOut, "The annual package: one lesson a week for $590, membership fee included.", false},
		{"en", enIn, "The annual package: one lesson a week for $590, membership fee included.", true},
	})
}

// "No booking fees", "sans frais de réservation" deny a fee a fact sets on
// bookings with an amount: contradicted; a fact that denies it too backs it.
func TestBookingFeeDenied(t *testing.T) {
	en := []string{"Reservations open on Monday, January 4, 2027.", "A non-refundable reservation fee of $7.50 applies to each booking."}
	enNone := []string{"Reservations open on Monday, January 4, 2027.", "There are no booking fees."}
	fr := []string{"Les réservations ouvrent le lundi 4 janvier 2027.", "Des frais de réservation de 7,50 € s'appliquent à chaque réservation."}
	frNone := []string{"Les réservations ouvrent le lundi 4 janvier 2027.", "La réservation se fait sans frais de réservation."}
	runBlindCases(t, []blindCase{
		{"en", en, "Reservations open January 4! No booking fees this year.", false},
		{"en", enNone, "Reservations open January 4! No booking fees this year.", true},
		{"fr", fr, "Réservations dès le 4 janvier, sans frais de réservation !", false},
		{"fr", frNone, "Réservations dès le 4 janvier, sans frais de réservation !", true},
	})
}

// A venue after a preposition of place ("free parking on site", "parking
// gratuit sur site") says where the offer is, not that the venue is free:
// the free entry the facts give does not back it, and a fact with no
// parking contradicts it.
func TestFreeOnSite(t *testing.T) {
	en := []string{"Entry is free for jobseekers.", "The venue is a five-minute walk from Leeds station; there is no on-site parking."}
	enOK := []string{"Entry is free for jobseekers.", "Free parking is available on site."}
	fr := []string{"L'entrée est gratuite pour les demandeurs d'emploi.", "Le lieu est à cinq minutes à pied de la gare ; il n'y a pas de parking sur place."}
	frOK := []string{"L'entrée est gratuite pour les demandeurs d'emploi.", "Un parking gratuit est disponible sur site."}
	runBlindCases(t, []blindCase{
		{"en", en, "Free parking is available on site for all visitors.", false},
		{"en", enOK, "Free parking is available on site for all visitors.", true},
		{"fr", fr, "Parking gratuit sur site pour tous les visiteurs.", false},
		{"fr", frOK, "Parking gratuit sur site pour tous les visiteurs.", true},
	})
}

// A tag that takes the official tag's name in another order
// (#PoneyClubTroisChenes for #TroisChenesPoney) is a wrong campaign tag; the
// brand's name run together as the facts write it, and topical tags, are not.
func TestReorderedOfficialTag(t *testing.T) {
	fr := []string{"Le Poney-Club des Trois Chênes est situé à Saint-Sylvain-d'Anjou et son hashtag officiel est #TroisChenesPoney."}
	en := []string{"North Woods State Parks manages 21 state parks.", "The official hashtag is #NorthWoodsParks."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Venez monter avec nous ! #PoneyClubTroisChenes", false},
		{"fr", fr, "Venez monter avec nous ! #TroisChenesPoney #equitation", true},
		{"fr", fr, "Venez monter avec nous ! #PoneyClubDesTroisChenes", true},
		{"en", en, "Come camping with us! #ParksNorthWoods", false},
		{"en", en, "Come camping with us! #NorthWoodsParks #darksky", true},
		{"en", en, "Come camping with us! #StateParks #camping", true},
	})
}

// A figure after a capitalised word the facts number is a grade of that
// scale (Galop 5, Level 5): backed only by the grades they give, a range
// included, whatever other figures the facts hold; a sentence-initial word
// the facts write in lower case (Aged 14) is no scale.
func TestGradeBeyondRange(t *testing.T) {
	fr := []string{"Le vendredi du stage, les cavaliers peuvent passer les examens fédéraux du Galop 1 au Galop 4.", "Un stage dure 5 jours, pour les enfants âgés de 6 à 14 ans."}
	en := []string{"On the last day, swimmers can take the Level 1 to Level 3 badges.", "The course lasts 5 days and is for children aged 6 to 14."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "5 jours de stage, examens du Galop 1 au Galop 5 le vendredi !", false},
		{"fr", fr, "5 jours de stage, examens du Galop 1 au Galop 4 le vendredi !", true},
		{"fr", fr, "5 jours de stage, et votre Galop 3 le vendredi !", true},
		{"en", en, "5 days in the pool, and Level 5 badges on the last day!", false},
		{"en", en, "5 days in the pool, and Level 2 badges on the last day!", true},
		{"en", en, "5 days in the pool! Aged 14? Join us.", true},
	})
}
