package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind41–42 (opened blind sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English where it applies.

// "Priya Raman, Director of Client Services": the rest of a job's title
// after "of" / "des" is no other person in the fact, so the whole job is
// read about the person; a job the fact does not give is still flagged.
func TestJobTitleWithConnector(t *testing.T) {
	en := []string{"The Toronto office is led by Priya Raman, Director of Client Services, and has a team of 9 at opening."}
	fr := []string{"Le bureau de Toronto est dirigé par Priya Raman, directrice des Services Clients, avec une équipe de 9 personnes."}
	runBlindCases(t, []blindCase{
		{"en", en, "Priya Raman, our Director of Client Services, and a team of nine will welcome you.", true},
		{"en", en, "It's led by Priya Raman, Director of Client Relations.", false},
		{"fr", fr, "Priya Raman, notre directrice des Services Clients, vous accueille.", true},
		{"fr", fr, "Priya Raman, notre directrice des Relations Clients, vous accueille.", false},
	})
}

// "J-Bay" for the facts' "JBay" or "Jeffreys Bay": a dash compound written
// run together in the facts, or whose one-letter first part is the initial
// of the word before its other parts there, is a stated name; a place the
// facts do not give is still flagged.
func TestDashShortForm(t *testing.T) {
	en := []string{"Every board is hand-shaped in the Jeffreys Bay workshop.", "5% of every sale goes to Ocean Kids JBay."}
	enFull := []string{"Every board is hand-shaped in the Jeffreys Bay workshop."}
	fr := []string{"Chaque planche est façonnée à la main dans l'atelier de Jeffreys Bay.", "5 % de chaque vente vont à Ocean Kids JBay."}
	runBlindCases(t, []blindCase{
		{"en", en, "Hand-shaped in our J-Bay workshop.", true},
		{"en", enFull, "Hand-shaped in our J-Bay workshop.", true},
		{"en", en, "Hand-shaped in our K-Bay workshop.", false},
		{"fr", fr, "Façonnée à la main dans notre atelier de J-Bay.", true},
		{"fr", fr, "Façonnée à la main dans notre atelier de P-Town.", false},
	})
}

// "19 3/8\"" is a measure with a fraction, not the date 3 August: a
// fraction right after a whole number, or with an inch mark glued after
// it, dates nothing, so the launch date of the same product is not
// contradicted by it; a wrong launch date still is, with the fact's date.
func TestMixedFractionIsNoDate(t *testing.T) {
	en := []string{"The Supertube is a shortboard measuring 6'2\" x 19 3/8\" x 2 7/16\" (29.8 litres).", "The Supertube launches on Tuesday 1 June 2027 online."}
	fr := []string{"La Supertube est une planche de 6'2\" x 19 3/8\" x 2 7/16\" (29,8 litres).", "La Supertube sort le mardi 1er juin 2027 en ligne."}
	runBlindCases(t, []blindCase{
		{"en", en, "From Tuesday 1 June, our new shortboard, The Supertube, is live.", true},
		{"en", en, "From Tuesday 8 June, our new shortboard, The Supertube, is live.", false},
		{"fr", fr, "Dès le mardi 1er juin, notre nouvelle planche, la Supertube, est en ligne.", true},
		{"fr", fr, "Dès le mardi 8 juin, notre nouvelle planche, la Supertube, est en ligne.", false},
	})
	r := check(t, "en", en, "From Tuesday 8 June, our new shortboard, The Supertube, is live.")
	if len(r.Findings) != 1 || r.Findings[0].Suggestion != "1 June" {
		t.Errorf("want one finding suggesting the launch date: %+v", r.Findings)
	}
}

// "covered for 12 months against manufacturing defects, but dings and
// snaps aren't": the post denies the word itself, after a "but", of what
// the fact denies it of, so the word before is said of the rest; "covered"
// said of dings is still flagged.
func TestDeniedAfterBut(t *testing.T) {
	en := []string{"All boards come with a 12-month warranty against manufacturing defects; damage from use (dings, snaps) is not covered."}
	fr := []string{"Toutes les planches ont une garantie de 12 mois contre les défauts de fabrication ; les dégâts d'usage (chocs, casses) ne sont pas couverts."}
	runBlindCases(t, []blindCase{
		{"en", en, "Your board is covered for 12 months against manufacturing defects, but dings and snaps from surfing aren't.", true},
		{"en", en, "Your board is covered for 12 months, dings and snaps included.", false},
		{"fr", fr, "Votre planche est couverte 12 mois contre les défauts de fabrication, mais pas contre les chocs ni les casses.", true},
		{"fr", fr, "Votre planche est couverte 12 mois, chocs et casses compris.", false},
	})
}

// "Complete is £25 more per user per month" for plans priced £64 and £39
// per user per month in two facts: a price said to be how much more one is
// than another is the difference of two stated prices; a gap no two prices
// make is still flagged.
func TestPriceGapOfTwoFacts(t *testing.T) {
	en := []string{"Brightlane Essentials costs £39 per user per month, with a minimum of 5 users.", "Brightlane Complete costs £64 per user per month and adds a 24/7 helpdesk."}
	fr := []string{"La formule Essentielle coûte 39 € par utilisateur et par mois, avec 5 utilisateurs minimum.", "La formule Complète coûte 64 € par utilisateur et par mois et ajoute une assistance 24 h/24."}
	runBlindCases(t, []blindCase{
		{"en", en, "Essentials or Complete? Complete is £25 more per user per month and adds a 24/7 helpdesk.", true},
		{"en", en, "Essentials or Complete? Complete is £30 more per user per month and adds a 24/7 helpdesk.", false},
		{"fr", fr, "Essentielle ou Complète ? La Complète coûte 25 € de plus par utilisateur et par mois.", true},
		{"fr", fr, "Essentielle ou Complète ? La Complète coûte 30 € de plus par utilisateur et par mois.", false},
	})
}

// "so a 20-voice choir pays NZ$480", "un chœur de 20 choristes paie 480 $":
// a party the writer supposes (an indefinite article, its size hyphened to
// a noun or after "de") for a worked-out price is no claim about the brand;
// the price is still checked, and a count said of the brand still is.
func TestSupposedPartyForAPrice(t *testing.T) {
	en := []string{"The festival is held in Dunedin, New Zealand.", "The fee is NZ$180 per choir plus NZ$15 per singer.", "42 choirs are expected, including 5 from Australia."}
	fr := []string{"L'inscription coûte 180 $ par chœur plus 15 $ par choriste.", "42 chœurs sont attendus, dont 5 d'Australie."}
	runBlindCases(t, []blindCase{
		{"en", en, "The fee is NZ$180 per choir plus NZ$15 per singer, so a 20-voice choir pays NZ$480 all up.", true},
		{"en", en, "The fee is NZ$180 per choir plus NZ$15 per singer, so a 20-voice choir pays NZ$500 all up.", false},
		{"en", en, "This year, 20 choirs are expected.", false},
		{"fr", fr, "L'inscription coûte 180 $ par chœur plus 15 $ par choriste : un chœur de 20 choristes paie donc 480 $.", true},
		{"fr", fr, "Cette année, 20 chœurs sont attendus.", false},
	})
}

// "at 1.5× the standard price" for a fact's "costs 50% more", "à 1,5× le
// prix" for "coûte 50 % de plus": a factor glued to the times sign is a
// multiplier, and a share said as an increase gives the factor one plus
// it; another factor is still contradicted.
func TestFactorOfAnIncrease(t *testing.T) {
	en := []string{"Standard turnaround is 3 business days; rush delivery within 24 hours costs 50% more."}
	fr := []string{"Le délai standard est de 3 jours ouvrés ; la livraison express en 24 heures coûte 50 % de plus."}
	runBlindCases(t, []blindCase{
		{"en", en, "Tight deadline? Rush delivery in 24 h is available at 1.5× the standard price.", true},
		{"en", en, "Tight deadline? Rush delivery in 24 h is available at 2× the standard price.", false},
		{"fr", fr, "Délai serré ? La livraison express en 24 h est à 1,5× le prix standard.", true},
		{"fr", fr, "Délai serré ? La livraison express en 24 h est à 2× le prix standard.", false},
	})
}

// "42 choirs are expected, including 5 from Australia", "42 chœurs, dont 5
// d'Australie": a figure without its noun after "including" or "dont"
// counts the noun of the figure before it, so "five choirs … from
// Australia" is backed; "six choirs" is still contradicted.
func TestElidedNounAfterIncluding(t *testing.T) {
	en := []string{"42 choirs are expected in 2027, including 5 from Australia, with 1,260 singers in total."}
	fr := []string{"42 chœurs sont attendus en 2027, dont 5 d'Australie, avec 1 260 choristes au total."}
	runBlindCases(t, []blindCase{
		{"en", en, "And five choirs are coming from Australia to join us.", true},
		{"en", en, "And six choirs are coming from Australia to join us.", false},
		{"fr", fr, "Et cinq chœurs viennent d'Australie pour nous rejoindre.", true},
		{"fr", fr, "Et six chœurs viennent d'Australie pour nous rejoindre.", false},
	})
}

// "1,000 words at CA$0.24/word = $240. Use code NORTH15 and it's $204": a
// price of the post less the share a fact gives off with the code the post
// names is the writer's arithmetic; another price is still flagged.
func TestOfferOnPostPrice(t *testing.T) {
	en := []string{"Standard rate: CA$0.24 per word, with a minimum charge of CA$75 per order.", "Until April 30, new clients get 15% off their first order with the code NORTH15."}
	fr := []string{"Tarif standard : 0,24 $ par mot, avec un minimum de 75 $ par commande.", "Jusqu'au 30 avril, les nouveaux clients ont 15 % de remise sur leur première commande avec le code NORD15."}
	runBlindCases(t, []blindCase{
		{"en", en, "A 1,000-word document at CA$0.24/word = $240. New client? Use code NORTH15 by April 30 and it's $204.", true},
		{"en", en, "A 1,000-word document at CA$0.24/word = $240. New client? Use code NORTH15 by April 30 and it's $194.", false},
		{"fr", fr, "Un document de 1 000 mots à 0,24 $ le mot = 240 $. Nouveau client ? Avec le code NORD15 avant le 30 avril, c'est 204 $.", true},
		{"fr", fr, "Un document de 1 000 mots à 0,24 $ le mot = 240 $. Nouveau client ? Avec le code NORD15 avant le 30 avril, c'est 194 $.", false},
	})
}

// "4 hours of on-site support per quarter, so 16 hours over a year", "4
// heures par trimestre, 16 heures sur un an": a figure a fact gives per
// period times the periods in the longer period the post names after its
// figure; another total is still contradicted.
func TestPeriodTotal(t *testing.T) {
	en := []string{"Essentials includes 24/7 remote monitoring and 4 hours of on-site support per quarter."}
	fr := []string{"La formule comprend 4 heures d'assistance sur site par trimestre."}
	runBlindCases(t, []blindCase{
		{"en", en, "It covers remote monitoring and 4 hours of on-site support every quarter, so 16 hours over a year.", true},
		{"en", en, "It covers remote monitoring and 4 hours of on-site support every quarter, so 20 hours over a year.", false},
		{"fr", fr, "Assistance sur site : 4 heures par trimestre, 16 heures sur un an.", true},
		{"fr", fr, "Assistance sur site : 4 heures par trimestre, 20 heures sur un an.", false},
	})
}

// "an average of 30 voices per choir" for 1,260 singers and 42 choirs:
// in a sentence that says an average, a figure per a noun is a figure of
// the facts divided by their count of that noun; another average is still
// contradicted.
func TestAverageOfFacts(t *testing.T) {
	en := []string{"42 choirs are expected in 2027, with 1,260 singers in total."}
	fr := []string{"42 chœurs sont attendus en 2027, avec 1 260 choristes au total."}
	runBlindCases(t, []blindCase{
		{"en", en, "42 choirs. 1,260 singers. That's an average of 30 voices per choir.", true},
		{"en", en, "42 choirs. 1,260 singers. That's an average of 40 voices per choir.", false},
		{"fr", fr, "42 chœurs, 1 260 choristes : une moyenne de 30 voix par chœur.", true},
		{"fr", fr, "42 chœurs, 1 260 choristes : une moyenne de 40 voix par chœur.", false},
	})
}

// "its regular price is R7,450 and its launch price is R6,490": a sale the
// fact states with the regular price first; with a saving or a usual price
// as price words of the sentence, the rand amounts of "R6,490 (normally
// R7,450), so you save R1,060" are read, and the wrong saving is
// contradicted with the sale's R960.
func TestSaleWithRegularPriceFirst(t *testing.T) {
	en := []string{"The Supertube launches on Tuesday 1 June 2027; its regular price is R7,450 and its launch price is R6,490 from 1 to 14 June 2027."}
	fr := []string{"La Supertube sort le mardi 1er juin 2027 ; son prix habituel est de 7 450 € et son prix de lancement de 6 490 € du 1er au 14 juin 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Launch special: The Supertube is R6,490 (normally R7,450), so you save R960!", true},
		{"en", en, "Launch special: The Supertube is R6,490 (normally R7,450), so you save R1,060!", false},
		{"fr", fr, "Offre de lancement : la Supertube à 6 490 € au lieu de 7 450 €, vous économisez 960 € !", true},
		{"fr", fr, "Offre de lancement : la Supertube à 6 490 € au lieu de 7 450 €, vous économisez 1 060 € !", false},
	})
	r := check(t, "en", en, "Launch special: The Supertube is R6,490 (normally R7,450), so you save R1,060!")
	if len(r.Findings) != 1 || r.Findings[0].Suggestion != "R960" {
		t.Errorf("want one finding suggesting R960: %+v", r.Findings)
	}
}
