package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind43–46 (opened blind sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English where it applies.

// "$49 instead of $69 (save $20!)": the price right after "instead of" /
// "au lieu de" is the replaced price, not the saving the next word
// announces; a wrong saving is still flagged.
func TestReplacedPriceIsNoSaving(t *testing.T) {
	en := []string{"From 2 to 31 August 2027, Noosa Express adult fares are A$49 instead of A$69, for online bookings only."}
	fr := []string{"Du 2 au 31 août 2027, le billet adulte du Noosa Express coûte 49 € au lieu de 69 €, uniquement en ligne."}
	runBlindCases(t, []blindCase{
		{"en", en, "From 2 to 31 August, adult fares are just $49 instead of $69 (save $20!) when you book online.", true},
		{"en", en, "From 2 to 31 August, adult fares are just $49 instead of $69 (save $30!) when you book online.", false},
		{"fr", fr, "Du 2 au 31 août, le billet adulte est à 49 € au lieu de 69 € (économisez 20 €) en ligne.", true},
		{"fr", fr, "Du 2 au 31 août, le billet adulte est à 49 € au lieu de 69 € (économisez 30 €) en ligne.", false},
	})
}

// "₹1,45,000" in the facts is 145,000 (the Indian grouping), so "₹1.45
// lakh" and "₹1,45,000" in the post are the stated price; another price is
// still flagged.
func TestIndianGroupedPrice(t *testing.T) {
	en := []string{"The Teacher Training costs ₹1,45,000; the early-bird price is ₹1,25,000 until Friday 30 April 2027."}
	fr := []string{"La formation de professeurs coûte ₹1,45,000 ; le tarif early-bird est de ₹1,25,000 jusqu'au vendredi 30 avril 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Early-bird fee ₹1.25 lakh until 30 April (regular fee ₹1.45 lakh), a saving of ₹20,000.", true},
		{"en", en, "Early-bird fee ₹1,25,000 until 30 April, then ₹1,45,000.", true},
		{"en", en, "Early-bird fee ₹1.15 lakh until 30 April (regular fee ₹1.45 lakh).", false},
		{"fr", fr, "Tarif early-bird : 1,25 lakh ₹ jusqu'au 30 avril (puis ₹1,45,000).", true},
		{"fr", fr, "Tarif early-bird : ₹1,15,000 jusqu'au 30 avril (puis ₹1,45,000).", false},
	})
}

// "20c a gram" for the fact's "20 cents per gram": a glued "c" on a
// whole number is cents; another price is still flagged. (French writes
// "20 centimes", read already.)
func TestGluedCentsPrice(t *testing.T) {
	en := []string{"3D printing is available at Banksia Central Library only, at 20 cents per gram."}
	fr := []string{"L'impression 3D est proposée à la bibliothèque centrale uniquement, à 20 centimes le gramme."}
	runBlindCases(t, []blindCase{
		{"en", en, "3D printing at Banksia Central Library: 20c a gram.", true},
		{"en", en, "3D printing at Banksia Central Library: 30c a gram.", false},
		{"fr", fr, "Impression 3D à la bibliothèque centrale : 20 centimes le gramme.", true},
		{"fr", fr, "Impression 3D à la bibliothèque centrale : 30 centimes le gramme.", false},
	})
}

// "Tussock Vets" for the Tussock Veterinary Clinic of tussockvets.co.nz: a
// name whose words run together make the first label of a stated web
// address is the brand's short name; another name is still flagged.
func TestNameOfStatedHost(t *testing.T) {
	en := []string{"Tussock Veterinary Clinic is an independent vet practice in Mosgiel.", "Appointments are booked at tussockvets.co.nz/book."}
	fr := []string{"La Clinique vétérinaire Tussock est un cabinet indépendant de Mosgiel.", "Les rendez-vous se prennent sur tussockvets.co.nz/book."}
	runBlindCases(t, []blindCase{
		{"en", en, "Dental checks at Tussock Vets this month! Book at tussockvets.co.nz/book", true},
		{"en", en, "Dental checks at Tussock Pets this month! Book at tussockvets.co.nz/book", false},
		{"fr", fr, "C'est le mois du dentaire chez Tussock Vets ! Réservez sur tussockvets.co.nz/book", true},
		{"fr", fr, "C'est le mois du dentaire chez Tussock Pets ! Réservez sur tussockvets.co.nz/book", false},
	})
}

// "Cancel for free" for the fact's "can be cancelled free of charge":
// English doubles a final consonant before -ed, -ing, -er, so "cancelled"
// and "cancel" are one root; a free thing the facts do not give is still
// flagged.
func TestDoubledConsonantRoot(t *testing.T) {
	en := []string{"Bookings can be cancelled free of charge up to 24 hours before departure."}
	enTravel := []string{"Children under 3 travel free of charge."}
	fr := []string{"Les réservations sont annulables gratuitement jusqu'à 24 heures avant le départ."}
	runBlindCases(t, []blindCase{
		{"en", en, "Plans change, we get it. Cancel for free up to 24 hours before departure.", true},
		{"en", en, "Plans change, we get it. Free parking at every stop.", false},
		{"en", enTravel, "Under-3s are travelling for free.", true},
		{"fr", fr, "Annulez gratuitement jusqu'à 24 heures avant le départ.", true},
		{"fr", fr, "Parking gratuit à chaque arrêt.", false},
	})
}

// "22 Sprinters (242 seats in total)" for the fact's "22 minibuses of 11
// seats each": a count followed by "each" / "chacun" is per unit of the
// count before it in its sentence, so their product is stated too; another
// total is still flagged.
func TestProductOfEach(t *testing.T) {
	en := []string{"The fleet has 22 Mercedes-Benz Sprinter minibuses of 11 seats each, all with free Wi-Fi."}
	fr := []string{"La flotte compte 22 minibus Mercedes-Benz Sprinter de 11 places chacun, tous avec Wi-Fi gratuit."}
	runBlindCases(t, []blindCase{
		{"en", en, "With 22 Mercedes-Benz Sprinters (242 seats in total), we're ready.", true},
		{"en", en, "With 22 Mercedes-Benz Sprinters (264 seats in total), we're ready.", false},
		{"fr", fr, "Avec nos 22 minibus (242 places au total), on est prêts.", true},
		{"fr", fr, "Avec nos 22 minibus (264 places au total), on est prêts.", false},
	})
}

// "2h35 including a 20-minute interval, so roughly 2h15 of story" for the
// fact's "runs 2 hours 35 minutes, including one 20-minute interval": a
// length of time less a part of it the fact gives after "including" /
// "dont" is stated too; another length is still flagged.
func TestLengthLessPart(t *testing.T) {
	en := []string{"The show runs 2 hours 35 minutes, including one 20-minute interval."}
	fr := []string{"Le spectacle dure 2 heures 35 minutes, dont un entracte de 20 minutes."}
	runBlindCases(t, []blindCase{
		{"en", en, "How long is it? 2h35 including a 20-minute interval, so roughly 2h15 of story and songs.", true},
		{"en", en, "How long is it? 2h35 including a 20-minute interval, so roughly 1h45 of story and songs.", false},
		{"fr", fr, "Combien de temps ? 2 h 35 avec l'entracte de 20 minutes, soit 2 h 15 de spectacle.", true},
		{"fr", fr, "Combien de temps ? 2 h 35 avec l'entracte de 20 minutes, soit 1 h 45 de spectacle.", false},
	})
}

// "$2,500 more, and only $2,000 more if you sign in May" for packages
// priced $7,990 and $5,490 and "$500 off" the dearer one in May: a price
// gap less a stated amount off is the gap during the offer; a gap no such
// sum makes is still flagged.
func TestPriceGapLessOff(t *testing.T) {
	en := []string{"The 6.6 kW Starter package (15 panels) costs $5,490.", "The 10 kW Family package (24 panels) costs $7,990.", "Family package contracts signed from Saturday 1 May to Monday 31 May 2027 get $500 off."}
	fr := []string{"La formule Starter de 6,6 kW (15 panneaux) coûte 5 490 €.", "La formule Famille de 10 kW (24 panneaux) coûte 7 990 €.", "Les contrats Famille signés du samedi 1er mai au lundi 31 mai 2027 bénéficient de 500 € de réduction."}
	runBlindCases(t, []blindCase{
		{"en", en, "Starter or Family? The Family package is $2,500 more, and only $2,000 more if you sign in May!", true},
		{"en", en, "Starter or Family? The Family package is $2,500 more, and only $1,500 more if you sign in May!", false},
		{"fr", fr, "Starter ou Famille ? La formule Famille coûte 2 500 € de plus, et seulement 2 000 € de plus si vous signez en mai !", true},
		{"fr", fr, "Starter ou Famille ? La formule Famille coûte 2 500 € de plus, et seulement 1 500 € de plus si vous signez en mai !", false},
	})
}

// "on 8 Monday-to-Thursday dates" from 15 to 31 October 2027: a count
// whose noun is a range of weekdays is how many days of a stated range
// fall on them; a count no range makes is still flagged.
func TestWeekdaySpanCount(t *testing.T) {
	en := []string{"From 15 to 31 October 2027, the code BEAM20 gives 20% off the new room, for games from Monday to Thursday only."}
	fr := []string{"Du 15 au 31 octobre 2027, le code BEAM20 donne 20 % de réduction sur la nouvelle salle, du lundi au jeudi uniquement."}
	runBlindCases(t, []blindCase{
		{"en", en, "Use code BEAM20 for 20% off, Monday to Thursday from 15 to 31 October, on 8 Monday-to-Thursday dates!", true},
		{"en", en, "Use code BEAM20 for 20% off, Monday to Thursday from 15 to 31 October, on 10 Monday-to-Thursday dates!", false},
		{"fr", fr, "Code BEAM20 : 20 % de réduction du lundi au jeudi, du 15 au 31 octobre : 8 soirs du lundi au jeudi !", true},
		{"fr", fr, "Code BEAM20 : 20 % de réduction du lundi au jeudi, du 15 au 31 octobre : 10 soirs du lundi au jeudi !", false},
	})
}

// "Palace Theatre, 28 Sept – 9 Oct: 14 performances" for evening
// performances from Tuesday to Saturday and matinees on Thursday and
// Saturday: a count of what a fact schedules by weekdays, within a range
// of the post, is the days of the range on those weekdays, summed; another
// count is still flagged.
func TestScheduleCountInRange(t *testing.T) {
	en := []string{"The 2027 tour visits 5 cities for 42 performances.", "Tour dates: Palace Theatre, Manchester, 28 September – 9 October 2027.", "Evening performances are at 7.30 pm from Tuesday to Saturday, with matinees at 2.30 pm on Thursday and Saturday."}
	fr := []string{"La tournée 2027 passe par 5 villes pour 42 représentations.", "Dates : Palace Theatre, Manchester, du 28 septembre au 9 octobre 2027.", "Les représentations du soir sont à 19 h 30 du mardi au samedi, avec des matinées à 14 h 30 le jeudi et le samedi."}
	runBlindCases(t, []blindCase{
		{"en", en, "Manchester, you've got us! Palace Theatre, 28 Sept – 9 Oct 2027: 14 performances.", true},
		{"en", en, "Manchester, you've got us! Palace Theatre, 28 Sept – 9 Oct 2027: 16 performances.", false},
		{"fr", fr, "Manchester, on arrive ! Palace Theatre, du 28 septembre au 9 octobre 2027 : 14 représentations.", true},
		{"fr", fr, "Manchester, on arrive ! Palace Theatre, du 28 septembre au 9 octobre 2027 : 16 représentations.", false},
	})
}

// "Friday 15 July, 7pm" for a talk a fact gives "on Thursday 15 July 2027
// at 6:30 pm", while another fact opens the library until 7 pm: a clock
// time right after a date and a comma is the time of that date's event;
// the event's own time passes.
func TestTimeAfterDateComma(t *testing.T) {
	en := []string{"Harriet Quayle gives a free author talk at Banksia Central Library on Thursday 15 July 2027 at 6:30 pm.", "Banksia Central Library is open Monday to Friday 9 am–7 pm."}
	fr := []string{"Harriet Quayle donne une conférence gratuite à la bibliothèque centrale le jeudi 15 juillet 2027 à 18 h 30.", "La bibliothèque centrale est ouverte du lundi au vendredi de 9 h à 19 h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Harriet Quayle live at Banksia Central Library, Thursday 15 July, 6:30pm!", true},
		{"en", en, "Harriet Quayle live at Banksia Central Library, Thursday 15 July, 7pm!", false},
		{"fr", fr, "Harriet Quayle à la bibliothèque centrale, jeudi 15 juillet, 18 h 30 !", true},
		{"fr", fr, "Harriet Quayle à la bibliothèque centrale, jeudi 15 juillet, 19 h !", false},
	})
}

// "players aged 10+" for a room "for teams of 2 to 6 players, aged 12 and
// over" with "20% off" it in another fact: a bound on an age is backed
// only by an age of the facts (after "aged", "ages", "âgés de", or what one
// must "be … or over"), not by a larger figure about the same thing; the
// stated age passes.
func TestAgeBoundOnlyByAge(t *testing.T) {
	en := []string{"The Lighthouse Keeper's Log is for teams of 2 to 6 players, aged 12 and over.", "From 15 to 31 October 2027, the code BEAM20 gives 20% off The Lighthouse Keeper's Log."}
	enBe := []string{"Volunteers walk the dogs every morning; new volunteers must be 16 or over.", "The charity rehomed 412 dogs and cats in 2026."}
	fr := []string{"La salle Le Journal du Gardien de Phare accueille des équipes de 2 à 6 joueurs âgés de 12 ans et plus.", "Du 15 au 31 octobre 2027, le code BEAM20 donne 20 % de réduction sur Le Journal du Gardien de Phare."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Lighthouse Keeper's Log welcomes players aged 12+ in teams of 2 to 6.", true},
		{"en", en, "The Lighthouse Keeper's Log welcomes players aged 10+ with an adult.", false},
		{"en", enBe, "Aged 16 or over and love dogs? Join our morning walkers!", true},
		{"fr", fr, "Le Journal du Gardien de Phare accueille les joueurs âgés de 12 ans et plus.", true},
		{"fr", fr, "Le Journal du Gardien de Phare accueille les joueurs âgés de 10 ans et plus.", false},
	})
}

// "Callum Reid as her brother Frank" when a fact says "Callum Reid plays
// her father, Frank": a kinship beside a name (father, brother, sister,
// père, frère …) is checked like a job; the stated one passes.
func TestKinshipBesideName(t *testing.T) {
	en := []string{"Olivia Mensah plays Rosie Starling, and Callum Reid plays her father, Frank."}
	fr := []string{"Olivia Mensah joue Rosie Starling, et Callum Reid joue son père, Frank."}
	runBlindCases(t, []blindCase{
		{"en", en, "Starring Olivia Mensah as Rosie Starling and Callum Reid as her father Frank!", true},
		{"en", en, "Starring Olivia Mensah as Rosie Starling and Callum Reid as her brother Frank!", false},
		{"fr", fr, "Avec Olivia Mensah dans le rôle de Rosie Starling et Callum Reid dans celui de son père Frank !", true},
		{"fr", fr, "Avec Olivia Mensah dans le rôle de Rosie Starling et Callum Reid dans celui de son frère Frank !", false},
	})
}

// "3D printing is available in every branch" when the fact says "3D
// printing is available at Banksia Central Library only": a service said
// of every branch, store or site is contradicted by the fact about the
// same thing that keeps it to one place; said of that place, it passes.
func TestEverySiteAgainstOnlyOne(t *testing.T) {
	en := []string{"Banksia Shire Libraries runs 7 branch libraries across Banksia Shire.", "3D printing is available at Banksia Central Library only, at 20 cents per gram."}
	fr := []string{"Le réseau compte 7 bibliothèques dans le comté.", "L'impression 3D est proposée uniquement à la bibliothèque centrale, à 20 centimes le gramme."}
	runBlindCases(t, []blindCase{
		{"en", en, "3D printing is available at Banksia Central Library at 20 cents per gram.", true},
		{"en", en, "3D printing is available in every branch at 20 cents per gram.", false},
		{"fr", fr, "L'impression 3D est proposée à la bibliothèque centrale, à 20 centimes le gramme.", true},
		{"fr", fr, "L'impression 3D est proposée dans toutes nos bibliothèques, à 20 centimes le gramme.", false},
	})
}

// "under-26s pay only £15 for every performance" when the fact gives the
// £15 tickets "for Tuesday and Wednesday evening performances": a thing
// said of every one of a noun the fact about it restricts by weekdays is
// contradicted; said of those days, it passes.
func TestEveryOfSomeDays(t *testing.T) {
	en := []string{"Evening performances are at 7.30 pm from Tuesday to Saturday.", "Under-26s can buy £15 tickets for Tuesday and Wednesday evening performances, on showing ID."}
	fr := []string{"Les représentations du soir ont lieu à 19 h 30 du mardi au samedi.", "Les moins de 26 ans paient leur billet 15 € pour les représentations du mardi et du mercredi soir."}
	runBlindCases(t, []blindCase{
		{"en", en, "Under-26s pay only £15 for Tuesday and Wednesday evening performances!", true},
		{"en", en, "Under-26s pay only £15 for every performance of the tour!", false},
		{"fr", fr, "Les moins de 26 ans paient 15 € pour les représentations du mardi et du mercredi soir !", true},
		{"fr", fr, "Les moins de 26 ans paient 15 € pour toutes les représentations de la tournée !", false},
	})
}

// "Free safety checks all May long" when the checks are free during a
// fortnight the facts hold from 1 to 14 May: a month said whole is
// contradicted by the period of the fact about the same thing (or of the
// fact naming its event) that leaves more than a week of it out; said of
// the fortnight, or of a month the range nearly covers, it passes.
func TestWholeMonthForPart(t *testing.T) {
	en := []string{"Fix Your Bike Fortnight runs from Saturday 1 May to Friday 14 May 2027.", "During Fix Your Bike Fortnight, bike safety checks are free for everyone at every open-workshop session."}
	fr := []string{"La Quinzaine du Vélo a lieu du samedi 1er mai au vendredi 14 mai 2027.", "Pendant la Quinzaine du Vélo, les contrôles de sécurité des vélos sont gratuits pour tous."}
	enMonth := []string{"From 3 to 31 March 2026, every Tuesday, the whole chicken is 20% off."}
	runBlindCases(t, []blindCase{
		{"en", en, "Free bike safety checks from 1 to 14 May during Fix Your Bike Fortnight!", true},
		{"en", en, "Free bike safety checks all May long during Fix Your Bike Fortnight!", false},
		{"en", enMonth, "All of March, every Tuesday, the whole chicken is 20% off!", true},
		{"fr", fr, "Contrôles de sécurité des vélos gratuits du 1er au 14 mai pendant la Quinzaine du Vélo !", true},
		{"fr", fr, "Contrôles de sécurité des vélos gratuits tout le mois de mai pendant la Quinzaine du Vélo !", false},
	})
}

// "Founded by engineer Priya Nand" when the fact says "founded by
// electrician Priya Nand": an English trade right before a name is
// checked like a job; the stated trade passes. (French trades beside a
// name are checked by the apposition rule.)
func TestTradeBeforeName(t *testing.T) {
	en := []string{"Tallowood Solar is a home solar installer founded in 2012 in Brisbane by electrician Priya Nand, who is still its managing director."}
	fr := []string{"Les Petits Galets est un réseau de crèches fondé en 2011 à Namur par Sophie Lambert, puéricultrice."}
	runBlindCases(t, []blindCase{
		{"en", en, "Founded in 2012 by electrician Priya Nand, Tallowood Solar has grown fast.", true},
		{"en", en, "Founded in 2012 by engineer Priya Nand, Tallowood Solar has grown fast.", false},
		{"fr", fr, "Sophie Lambert, puéricultrice, a fondé Les Petits Galets en 2011 à Namur.", true},
		{"fr", fr, "Sophie Lambert, infirmière, a fondé Les Petits Galets en 2011 à Namur.", false},
	})
}

// "Scale & polish for dogs, cats and rabbits" when the fact gives it "for
// dogs and cats only": a thing added to a list a fact closes with "only"
// (or opens with "uniquement pour") is contradicted; the stated list
// passes.
func TestAddedToOnlyList(t *testing.T) {
	en := []string{"A scale-and-polish normally costs NZ$420; during Pet Dental Month it is 15% off, at NZ$357, for dogs and cats only."}
	fr := []string{"Un détartrage coûte normalement 420 € ; pendant le Mois dentaire, il est à 357 €, uniquement pour les chiens et les chats."}
	runBlindCases(t, []blindCase{
		{"en", en, "Scale & polish now just $357 for dogs and cats this month!", true},
		{"en", en, "Scale & polish now just $357 for dogs, cats and rabbits this month!", false},
		{"fr", fr, "Détartrage à 357 € pour les chiens et les chats ce mois-ci !", true},
		{"fr", fr, "Détartrage à 357 € pour les chiens, les chats et les lapins ce mois-ci !", false},
	})
}
