package verify

import "testing"

// Tests for the general causes of the blind6 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// An all-digit date whose second number cannot be a month ("Tue 3/16") is
// read month first, so its day is no bare number to check; a French date
// after its weekday keeps the day first.
func TestMonthFirstOnlyDates(t *testing.T) {
	en := []string{"On Match Morning, Tuesday, March 16, 2027, every gift made between 6 a.m. and 10 a.m. is matched."}
	fr := []string{"Le match a lieu le mardi 16 mars 2027 à 20h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Match Morning is Tue 3/16! Gifts made 6 to 10 a.m. are matched.", true},
		{"en", en, "Match Morning is Tuesday 3/16/2027, 6 to 10 a.m.", true},
		{"en", en, "Match Morning is Wed 3/16! Gifts made 6 to 10 a.m. are matched.", false},
		{"en", en, "Match Morning is Tue 3/17! Gifts made 6 to 10 a.m. are matched.", false},
		{"fr", fr, "Rendez-vous mardi 16/3 à 20h !", true},
		{"fr", fr, "Rendez-vous mardi 17/3 à 20h !", false},
	})
}

// A count of people with the verb said of them ("41,300 people visited")
// counts the nouns of that verb (visitors): a true bound on it is backed, a
// false one contradicted.
func TestPeopleCountedByTheirVerb(t *testing.T) {
	en := []string{"41,300 people visited the distillery in 2025.", "The visitor centre is at Old Mill Road, Pitlochry PH16 5QR."}
	en2 := []string{"The festival had 12,400 visitors in 2025."}
	fr := []string{"En 2025, 41 300 personnes ont visité la distillerie.", "Le centre des visiteurs est au 16 route du Moulin."}
	runBlindCases(t, []blindCase{
		{"en", en, "Founded near Pitlochry, we welcomed more than 41,000 visitors in 2025!", true},
		{"en", en, "Founded near Pitlochry, we welcomed more than 45,000 visitors in 2025!", false},
		{"en", en2, "More than 12,000 people visited the festival in 2025!", true},
		{"en", en2, "More than 15,000 people visited the festival in 2025!", false},
		{"fr", fr, "Plus de 41 000 visiteurs en 2025, merci à vous !", true},
		{"fr", fr, "Plus de 45 000 visiteurs en 2025, merci à vous !", false},
	})
}

// A bound on a share a fact gives, exactly or about, is true when the share
// is past it ("more than 60%" for about 62%), false when not.
func TestBoundOnStatedShare(t *testing.T) {
	en := []string{"About 62% of the station's budget comes from individual listeners.", "Tour guests get 10% off in the shop."}
	fr := []string{"Environ 62 % du budget de la radio vient des auditeurs.", "Le sérum contient 98 % d'ingrédients d'origine naturelle."}
	runBlindCases(t, []blindCase{
		{"en", en, "More than 60% of our budget comes from listeners like you.", true},
		{"en", en, "Less than 65% of our budget comes from listeners like you.", true},
		{"en", en, "More than 70% of our budget comes from listeners like you.", false},
		{"en", en, "More than 61.9% of our budget comes from listeners like you.", false},
		{"fr", fr, "Plus de 60 % de notre budget vient d'auditeurs comme vous.", true},
		{"fr", fr, "Plus de 70 % de notre budget vient d'auditeurs comme vous.", false},
		{"fr", fr, "Moins de 50 % de notre budget vient d'auditeurs comme vous.", false},
	})
}

// A name the facts give between single quotes ('Shoreline') is stated: the
// closing quote is no elision glued to it. Another name is still flagged.
func TestQuotedSeriesName(t *testing.T) {
	en := []string{"In 2026, the newsroom won a regional award for its series 'Shoreline'."}
	fr := []string{"En 2026, la rédaction a reçu un prix régional pour sa série 'Rivages'."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our newsroom's series 'Shoreline' earned a regional award in 2026.", true},
		{"en", en, "Our newsroom's series Shoreline earned a regional award in 2026.", true},
		{"en", en, "Our newsroom's series 'Lakefront' earned a regional award in 2026.", false},
		{"fr", fr, "Notre série Rivages a reçu un prix régional en 2026 !", true},
		{"fr", fr, "Notre série Estuaires a reçu un prix régional en 2026 !", false},
	})
}

// A denied bound is the other one: "never more than 8 guests" is at most
// the stated 8, "pas moins de 20" at least the stated 20.
func TestDeniedBound(t *testing.T) {
	en := []string{"The Warehouse Tour costs £45 per person and is limited to 8 guests.", "The market has 24 stalls."}
	fr := []string{"La visite des chais coûte 45 € par personne et est limitée à 8 participants.", "Le marché compte 24 exposants."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Warehouse Tour: £45pp, never more than 8 guests.", true},
		{"en", en, "The Warehouse Tour: £45pp, never more than 12 guests.", false},
		{"en", en, "No fewer than 20 stalls at the market!", true},
		{"en", en, "No fewer than 30 stalls at the market!", false},
		{"fr", fr, "La visite des chais : 45 €, jamais plus de 8 participants.", true},
		{"fr", fr, "La visite des chais : 45 €, jamais plus de 12 participants.", false},
		{"fr", fr, "Pas moins de 20 exposants au marché !", true},
		{"fr", fr, "Pas moins de 30 exposants au marché !", false},
	})
}

// "24h ahead", "48h à l'avance" are lengths of time: a stated notice in
// another form is backed, another length contradicted.
func TestNoticeInHours(t *testing.T) {
	en := []string{"Tours must be booked at least 24 hours in advance; the visitor centre is open 10am to 4pm."}
	fr := []string{"Les visites se réservent au moins 24 heures à l'avance ; l'accueil est ouvert de 10h à 16h."}
	runBlindCases(t, []blindCase{
		{"en", en, "Book at least 24h ahead, we're open 10am to 4pm.", true},
		{"en", en, "Book 24h in advance!", true},
		{"en", en, "Book at least 48h ahead, we're open 10am to 4pm.", false},
		{"fr", fr, "Réservez au moins 24h à l'avance, accueil de 10h à 16h.", true},
		{"fr", fr, "Réservez au moins 48h à l'avance, accueil de 10h à 16h.", false},
		{"fr", fr, "Réservez 24h à l'avance, accueil de 10h à 17h.", false},
	})
}

// "Sous la barre des 27 €" is a bound below a mark ("des" is an article
// there, not "dès"): true of a price the facts give or imply (34,90 € less
// a stated 25 % is 26,18 €), false of one above it.
func TestBoundUnderAMark(t *testing.T) {
	fr := []string{"Le sérum Éclat coûte 34,90 €.", "Du 27 au 30 novembre, le code VERTFRIDAY donne 25 % de réduction sur le sérum Éclat."}
	en := []string{"The Eclat serum costs £34.90.", "From 27 to 30 November, the code GREENFRIDAY gives 25% off the Eclat serum."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Avec -25 % et le code VERTFRIDAY, le sérum Éclat passe sous la barre des 27 € !", true},
		{"fr", fr, "Avec -25 % et le code VERTFRIDAY, le sérum Éclat passe sous la barre des 25 € !", false},
		{"fr", fr, "Avec -25 % et le code VERTFRIDAY, le sérum Éclat passe sous les 27 € !", true},
		{"en", en, "With 25% off and the code GREENFRIDAY, the Eclat serum drops under the £27 mark!", true},
		{"en", en, "With 25% off and the code GREENFRIDAY, the Eclat serum drops under the £25 mark!", false},
	})
}

// Points earned at a stated rate per unit of money on a stated price are
// backed (1 point per euro: a 49 € box earns 49 points); another count of
// points is still contradicted.
func TestPointsEarnedOnPrice(t *testing.T) {
	fr := []string{"Le coffret de Noël coûte 49 €.", "Le programme de fidélité donne 1 point par euro dépensé ; 100 points donnent un bon de 5 €."}
	en := []string{"The gift box costs £25.", "Members earn 2 points per £1 spent; 500 points make a £5 voucher."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le coffret à 49 €, et avec la fidélité ça fait déjà 49 points !", true},
		{"fr", fr, "Le coffret à 49 €, et avec la fidélité ça fait déjà 98 points !", false},
		{"en", en, "Our gift box is £25, and that's 50 points for members!", true},
		{"en", en, "Our gift box is £25, and that's 25 points for members!", false},
	})
}

// To receive a side the facts name as an opponent is to host its match,
// not a gift; a gift received, or a side the facts never name, is still
// flagged.
func TestReceiveAnOpponent(t *testing.T) {
	fr := []string{"Les Hermines de Lorient sont un club de basket féminin.", "Le dernier match à domicile a lieu le samedi 19 décembre 2026 à 18h contre l'Étoile de Pau."}
	en := []string{"The last home game is on Saturday 19 December 2026 at 3pm against Castlegate RFC."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Samedi 19 décembre, 18h, nos Hermines reçoivent l'Étoile de Pau !", true},
		{"fr", fr, "Samedi 19 décembre, 18h, nos supporters reçoivent l'écharpe officielle du club !", false},
		{"fr", fr, "Samedi 19 décembre, 18h, nos Hermines reçoivent l'Étoile de Brest !", false},
		{"en", en, "Saturday 19 December, 3pm: we receive Castlegate RFC at home!", true},
		{"en", en, "Saturday 19 December, 3pm: every fan receives a free scarf!", false},
	})
}

// A superlative the facts give for a past season is stated when the post
// says it of "last season" and that season is the one before the
// campaign's; of another season it is still unsupported.
func TestSuperlativeOfLastSeason(t *testing.T) {
	fr := []string{"Kiara Dawson, meilleure rebondeuse de LFB en 2025-2026, a prolongé jusqu'en 2028.", "Le prochain match a lieu le samedi 19 décembre 2026."}
	frOld := []string{"Kiara Dawson, meilleure rebondeuse de LFB en 2021-2022, a prolongé jusqu'en 2028.", "Le prochain match a lieu le samedi 19 décembre 2026."}
	en := []string{"Kiara Dawson, best rebounder in the LFB in 2025-2026, has signed until 2028.", "The next game is on Saturday 19 December 2026."}
	enOld := []string{"Kiara Dawson, best rebounder in the LFB in 2021-2022, has signed until 2028.", "The next game is on Saturday 19 December 2026."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Meilleure rebondeuse de LFB la saison passée, Kiara Dawson prolonge jusqu'en 2028 !", true},
		{"fr", frOld, "Meilleure rebondeuse de LFB la saison passée, Kiara Dawson prolonge jusqu'en 2028 !", false},
		{"fr", fr, "Meilleure marqueuse de LFB la saison passée, Kiara Dawson prolonge jusqu'en 2028 !", false},
		{"en", en, "Best rebounder in the LFB last season, Kiara Dawson has signed until 2028!", true},
		{"en", enOld, "Best rebounder in the LFB last season, Kiara Dawson has signed until 2028!", false},
	})
}

// "100 % de nos produits" says what a fact's "tous les produits" says; a
// whole of something the facts never quantify with "all" is still flagged.
func TestWholeAsShare(t *testing.T) {
	fr := []string{"Tous les produits Sève Claire sont certifiés Cosmos Organic et fabriqués en France.", "Les emballages sont recyclables à 60 %."}
	en := []string{"All our coffee beans are Fairtrade certified.", "60% of our packaging is recycled."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Notre exigence : 100 % de nos produits sont certifiés Cosmos Organic.", true},
		{"fr", fr, "Notre exigence : 100 % de nos emballages sont recyclables.", false},
		{"en", en, "Our promise: 100% of our beans are Fairtrade certified.", true},
		{"en", en, "Our promise: 100% of our packaging is recycled.", false},
	})
}

// A job the facts give to someone else, given to a person they name with
// another job, is contradicted with its holder as suggestion; each person
// with their own job (coach for "entraîneure", host) is backed.
func TestJobOfAnotherPerson(t *testing.T) {
	fr := []string{"L'entraîneure principale est Sandrine Morvan, en poste depuis 2022.", "La capitaine est l'ailière Maëlys Tanguy, au club depuis 2019."}
	en := []string{"The station's general manager is Marcus Oyelaran.", "The local morning host is Dana Whitfield, on air weekdays."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Bravo à notre capitaine Maëlys Tanguy !", true},
		{"fr", fr, "Bravo à notre coach Sandrine Morvan !", true},
		{"fr", fr, "Bravo à notre capitaine Sandrine Morvan !", false},
		{"en", en, "A message from our general manager Marcus Oyelaran: thank you!", true},
		{"en", en, "Wake up with our morning host Dana Whitfield!", true},
		{"en", en, "A message from our general manager Dana Whitfield: thank you!", false},
	})
	r := check(t, "en", en, "A message from our general manager Dana Whitfield: thank you!")
	if len(r.Findings) == 0 || r.Findings[0].Text != "general manager Dana Whitfield" || r.Findings[0].Suggestion != "general manager Marcus Oyelaran" {
		t.Errorf("want Dana Whitfield contradicted with Marcus Oyelaran: %+v", r.Findings)
	}
}

// What a fact leaves out before naming it ("hors coffrets", "excluding
// bundles") is contradicted when a post includes it; the exclusion repeated
// is backed.
func TestIncludedWhatAFactLeavesOut(t *testing.T) {
	fr := []string{"Du 27 au 30 novembre inclus, le code VERTFRIDAY donne 25 % de réduction sur tout le site, hors coffrets."}
	en := []string{"From 27 to 30 November inclusive, the code GREENFRIDAY gives 25% off the whole shop, excluding bundles, delivery included."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Du 27 au 30 novembre, -25 % sur tout le site (hors coffrets) avec le code VERTFRIDAY !", true},
		{"fr", fr, "Du 27 au 30 novembre, -25 % sur tout le site, coffrets compris, avec le code VERTFRIDAY !", false},
		{"en", en, "From 27 to 30 November, 25% off the whole shop (bundles excluded) with GREENFRIDAY!", true},
		{"en", en, "From 27 to 30 November, 25% off the whole shop, bundles included, with GREENFRIDAY!", false},
	})
}
