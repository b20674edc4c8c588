package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind37–38 (opened blind sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English.

// A package price plus extras at the fact's price each is the writer's
// arithmetic: "5 extras at €15, so €170", or "8 images comes to €140" with
// 5 images included; a total the extras do not make is still flagged.
func TestBaseAndExtras(t *testing.T) {
	en := []string{"A mini-session lasts 20 minutes and costs €95, including 5 edited digital images; extra images cost €15 each."}
	fr := []string{"Une mini-séance dure 20 minutes et coûte 95 €, avec 5 images retouchées ; chaque image en plus coûte 15 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "A mini-session is €95 for 5 edited images. Want more? That's 5 extras at €15, so €170 for the lot.", true},
		{"en", en, "A mini-session is €95 for 5 edited images. Want more? That's 5 extras at €15, so €180 for the lot.", false},
		{"fr", fr, "Une mini-séance, c'est 95 € pour 5 images. Les images en plus sont à 15 € pièce, donc 5 de plus reviennent à 170 €.", true},
		{"fr", fr, "Une mini-séance, c'est 95 € pour 5 images. Les images en plus sont à 15 € pièce, donc 5 de plus reviennent à 180 €.", false},
	})
}

// The price before a group discount may be the fact's seat price times the
// party the post names: "for four adults, $1,170 instead of $1,300" at
// $325 a seat and 10% off; a wrong discounted price is still flagged.
func TestDiscountOfPartyPrice(t *testing.T) {
	en := []string{"A seat on a shared flight costs $325 for adults.", "In October, groups booking 4 or more seats get 10% off."}
	fr := []string{"Une place sur un vol partagé coûte 325 € par adulte.", "En octobre, les groupes qui réservent 4 places ou plus ont 10 % de remise."}
	runBlindCases(t, []blindCase{
		{"en", en, "All October, book 4+ seats and save 10%. For four adults, that's $1,170 instead of $1,300.", true},
		{"en", en, "All October, book 4+ seats and save 10%. For four adults, that's $1,100 instead of $1,300.", false},
		{"fr", fr, "Tout octobre, réservez 4 places et économisez 10 %. Pour quatre adultes, ça fait 1 170 € au lieu de 1 300 €.", true},
		{"fr", fr, "Tout octobre, réservez 4 places et économisez 10 %. Pour quatre adultes, ça fait 1 100 € au lieu de 1 300 €.", false},
	})
}

// A weekday in the plural before a range ("Saturdays & Sundays, 6th–28th
// November") names the days of that weekday within it, not the weekday of
// its first day; a weekday in the singular still names the first day.
func TestPluralWeekdaysBeforeARange(t *testing.T) {
	en := []string{"Christmas mini-sessions run on Saturdays and Sundays from Saturday 6 November to Sunday 28 November 2027."}
	fr := []string{"Les mini-séances de Noël ont lieu les samedis et dimanches, du samedi 6 novembre au dimanche 28 novembre 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Mini-sessions: Saturdays & Sundays, 6th–28th November.", true},
		{"en", en, "Mini-sessions: Sunday 6th–28th November.", false},
		{"fr", fr, "Mini-séances : samedis et dimanches, du 6 au 28 novembre.", true},
		{"fr", fr, "Mini-séances : dimanche 6 au 28 novembre.", false},
	})
}

// "Two-bedroom apartments", "two- and three-bedroom apartments": a number
// spelled out and hyphened to its noun counts it, so "(two bedrooms)" is
// backed; a count of that noun the facts do not give is still flagged.
func TestHyphenedCount(t *testing.T) {
	en := []string{"The Terraces adds 22 two- and three-bedroom apartments.", "Two-bedroom apartments start at $689,000 and three-bedroom apartments at $845,000."}
	fr := []string{"Le gîte propose des chambres deux-lits et trois-lits."}
	runBlindCases(t, []blindCase{
		{"en", en, "Apartments start at $689,000 (two bedrooms) and $845,000 (three bedrooms).", true},
		{"en", en, "Apartments start at $689,000 (two bedrooms) and $845,000 (four bedrooms).", false},
		{"fr", fr, "Chambres de deux lits et de trois lits.", true},
		{"fr", fr, "Chambres de deux lits et de quatre lits.", false},
	})
}

// "Drivers keep 100% of the seat price" when a fact says they keep 100% of
// it and passengers pay 8% of the seat price: the whole share is the
// fact's own; where no fact gives a whole share, the smaller one still
// contradicts it.
func TestWholeShareOfTheFacts(t *testing.T) {
	en := []string{"Drivers set their own seat price and keep 100% of it; passengers pay a booking fee of 8% of the seat price."}
	enNo := []string{"Drivers set their own seat price; passengers pay a booking fee of 8% of the seat price, and drivers keep 92% of the seat price."}
	fr := []string{"Les conducteurs fixent le prix de la place et en gardent 100 % ; les passagers paient des frais de 8 % du prix de la place."}
	frNo := []string{"Les conducteurs fixent le prix de la place ; les passagers paient des frais de 8 % du prix de la place, et les conducteurs gardent 92 % du prix de la place."}
	runBlindCases(t, []blindCase{
		{"en", en, "Passengers pay an 8% booking fee. And drivers keep 100% of the seat price.", true},
		{"en", enNo, "Passengers pay an 8% booking fee. And drivers keep 100% of the seat price.", false},
		{"fr", fr, "Les passagers paient 8 % de frais. Et les conducteurs gardent 100 % du prix de la place.", true},
		{"fr", frNo, "Les passagers paient 8 % de frais. Et les conducteurs gardent 100 % du prix de la place.", false},
	})
}

// "their own seat price", "1.4 million seats" name no kind of seat, so a
// discount "on any seat priced $20+" is not said of all kinds where the
// facts keep it to some; two real kinds (standard and premium seats) with
// the offer on one still contradict "any seat".
func TestNoKindBeforeTheNoun(t *testing.T) {
	en := []string{"Drivers set their own seat price.", "In 2026, members shared 1.4 million seats.", "New passengers get $10 off their first ride with the code FIRSTLANE, on rides with a seat price of $20 or more."}
	enKinds := []string{"Standard seats cost $20 and premium seats cost $30.", "New passengers get $10 off premium seats with the code FIRSTLANE."}
	fr := []string{"Les conducteurs fixent eux-mêmes le prix de leur place.", "En 2026, les membres ont partagé 1,4 million de places.", "Les nouveaux passagers ont 10 $ de remise sur leur premier trajet avec le code FIRSTLANE, pour une place à 20 $ ou plus."}
	frKinds := []string{"Les places standard coûtent 20 $ et les places premium coûtent 30 $.", "Les nouveaux passagers ont 10 $ de remise sur les places premium avec le code FIRSTLANE."}
	runBlindCases(t, []blindCase{
		{"en", en, "Use code FIRSTLANE and get $10 off your first ride on any seat priced $20+.", true},
		{"en", enKinds, "Use code FIRSTLANE and get $10 off any seat.", false},
		{"fr", fr, "Avec le code FIRSTLANE, 10 $ de remise sur votre premier trajet, pour toute place à 20 $ ou plus.", true},
		{"fr", frKinds, "Avec le code FIRSTLANE, 10 $ de remise sur toutes les places.", false},
	})
}

// An amount per person worked out from a backed price for a party the post
// counts is that price divided by the party: "for two: $1,150, that's just
// $575 per person" holds, "$525 per person" does not.
func TestShareOfAPartyPrice(t *testing.T) {
	en := []string{"A private flight for two costs $1,150."}
	fr := []string{"Un vol privé pour deux coûte 1 150 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Private flight for two: $1,150, that's just $575 per person.", true},
		{"en", en, "Private flight for two: $1,150, that's just $525 per person.", false},
		{"fr", fr, "Vol privé pour deux : 1 150 €, soit 575 € par personne.", true},
		{"fr", fr, "Vol privé pour deux : 1 150 €, soit 525 € par personne.", false},
	})
}
