package verify

import "testing"

// Tests for the general causes of the blind7 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// The Swiss and German day.month.year (16.10.2026) is a date, not the
// decimal 16.10; without its year it is one only in French after a word that
// introduces a date, so that prices and British clock times keep their dot.
func TestDotDates(t *testing.T) {
	fr := []string{"L'exposition a lieu du vendredi 16 octobre 2026 au dimanche 28 février 2027.", "L'exposition présente 170 pièces."}
	en := []string{"The exhibition runs from Friday 16 October 2026 to Sunday 28 February 2027.", "Doors open at 10.10 am."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "L'exposition, du 16.10.2026 au 28.02.2027, présente 170 pièces !", true},
		{"fr", fr, "Jusqu'au 28.02 au musée !", true},
		{"fr", fr, "Jusqu'au 28.03 au musée !", false},
		{"fr", fr, "L'exposition, du 16.10.2026 au 28.03.2027 !", false},
		{"fr", fr, "L'exposition présente 16.10 pièces.", false},
		{"en", en, "The exhibition: 16.10.2026 – 28.02.2027. Doors at 10.10 am!", true},
		{"en", en, "The exhibition runs until 28.03.2027!", false},
		{"en", en, "Doors open at 10.11 am.", false},
	})
}

// An address under a country's second-level domain (.com.au, .co.nz) or a
// country code is an address in the facts as in the post, so the post may
// add its scheme and www.; another path is still flagged.
func TestCountryCodeAddresses(t *testing.T) {
	en := []string{"The sale page is tallgrass-outdoor.com.au/summer.", "Orders ship within 2 days."}
	fr := []string{"Les billets sont en vente sur casa-lisboa.pt/visites.", "La visite dure 2 heures."}
	runBlindCases(t, []blindCase{
		{"en", en, "Shop the sale: https://www.tallgrass-outdoor.com.au/summer", true},
		{"en", en, "Shop the sale: tallgrass-outdoor.com.au/summer", true},
		{"en", en, "Shop the sale: https://www.tallgrass-outdoor.com.au/winter", false},
		{"fr", fr, "Billets sur https://www.casa-lisboa.pt/visites !", true},
		{"fr", fr, "Billets sur casa-lisboa.pt/billets !", false},
	})
}

// "$150 or more" states a threshold (at least), so a post's "over $150" or
// "under $150" around it is the threshold the facts give; another amount is
// still flagged, and "$1,000 or more" said of another product still is.
func TestOrMoreThreshold(t *testing.T) {
	en := []string{"Standard shipping is free on orders of $150 or more; below $150 it costs $9.95."}
	fr := []string{"La livraison est gratuite pour les commandes de 60 € ou plus ; en dessous, elle coûte 5,90 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Cart under $150? Shipping is $9.95. Over $150 it's on us!", true},
		{"en", en, "Over $100 it's on us!", false},
		{"fr", fr, "Plus de 60 € dans votre panier ? La livraison est pour nous !", true},
		{"fr", fr, "Plus de 40 € dans votre panier ? La livraison est pour nous !", false},
	})
	en2 := []string{"The term deposit earns 3.65% with a minimum deposit of $1,000.", "The savings account pays 2.10% per year on balances of $5,000 or more."}
	fr2 := []string{"Le compte à terme offre 3,65 % avec un dépôt minimum de 1 000 €.", "Le livret d'épargne rapporte 2,10 % par an sur les soldes de 5 000 € ou plus."}
	runBlindCases(t, []blindCase{
		{"en", en2, "Our savings account pays 2.10% per year on balances of $5,000 or more.", true},
		{"en", en2, "Our savings account pays 2.10% per year on balances of $1,000 or more.", false},
		{"fr", fr2, "Livret d'épargne : 2,10 % par an sur les soldes d'épargne de 5 000 € ou plus.", true},
		{"fr", fr2, "Livret d'épargne : 2,10 % par an sur les soldes d'épargne de 1 000 € ou plus.", false},
	})
}

// "it ships free too": an adverb after "free" names nothing, so the object
// is the verb before it (ships → shipping), backed by the facts' free
// shipping and contradicted where they price it.
func TestFreeThenAdverb(t *testing.T) {
	en := []string{"The Kestrel tent costs $345.", "Standard shipping is free on orders of $150 or more."}
	enPaid := []string{"The Kestrel tent costs $345.", "Standard shipping costs $9.95 on every order."}
	fr := []string{"La tente Kestrel coûte 345 €.", "La livraison est offerte dès 150 € d'achat."}
	frPaid := []string{"La tente Kestrel coûte 345 €.", "La livraison coûte 9,95 € pour toute commande."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Kestrel tent is $345, and it ships free too.", true},
		{"en", enPaid, "The Kestrel tent is $345, and it ships free too.", false},
		{"en", en, "The Kestrel tent is $345, with a free lantern too.", false},
		{"fr", fr, "La tente Kestrel est à 345 €, et on vous la livre gratuitement aussi.", true},
		{"fr", frPaid, "La tente Kestrel est à 345 €, et on vous la livre gratuitement aussi.", false},
	})
}

// "4 week-ends" is the count of whole weekends (Saturday and Sunday both
// inside) of a stated date range; another count is still flagged.
func TestWeekendsOfRange(t *testing.T) {
	fr := []string{"Le catalogue est valable du mercredi 3 mars au dimanche 28 mars 2027."}
	en := []string{"The sale runs from Wednesday 3 March to Saturday 27 March 2027."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le catalogue est valable du 3 au 28 mars : ça vous laisse 4 week-ends pour bricoler !", true},
		{"fr", fr, "Le catalogue est valable du 3 au 28 mars : ça vous laisse 5 week-ends pour bricoler !", false},
		{"en", en, "The sale runs 3–27 March: that's 3 weekends of deals!", true},
		{"en", en, "The sale runs 3–27 March: that's 4 weekends of deals!", false},
	})
}

// Dates listed after the post names the facts' "first Sunday of the month"
// are its days when they fall on one, however far they stand from the
// fact's words; a date that is not such a day is still flagged.
func TestDatesOfNamedRecurrence(t *testing.T) {
	fr := []string{"Le musée rouvre le samedi 30 janvier 2027.", "L'entrée est libre pour tous le premier dimanche du mois.", "Le musée est fermé le lundi, ainsi que le 1er mai et le 25 décembre."}
	en := []string{"The museum reopens on Saturday 30 January 2027.", "Entry is free for everyone on the first Sunday of the month.", "The museum is closed on Mondays and on 1 May and 25 December."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le premier dimanche du mois, l'entrée est libre : ce printemps, ça fait quatre occasions, les 7 février, 7 mars, 4 avril et 2 mai !", true},
		{"fr", fr, "Le premier dimanche du mois, l'entrée est libre : ce printemps, ça fait quatre occasions, les 7 février, 14 mars, 4 avril et 2 mai !", false},
		{"en", en, "Entry is free on the first Sunday of the month: this spring that's 7 February, 7 March, 4 April and 2 May!", true},
		{"en", en, "Entry is free on the first Sunday of the month: this spring that's 7 February, 14 March, 4 April and 2 May!", false},
	})
}

// A name in single quotes in a fact ('Retirement Basics') is that name: the
// closing quote is no elision glued to its last word. Another name in the
// same quotes is still flagged.
func TestNameInSingleQuotes(t *testing.T) {
	en := []string{"A free 'Retirement Basics' seminar takes place on Thursday 28 January 2027 at the Broadway branch."}
	fr := []string{"La conférence 'Genève Horlogère' a lieu le jeudi 15 octobre 2026 au musée."}
	runBlindCases(t, []blindCase{
		{"en", en, "Thu, Jan 28: free 'Retirement Basics' seminar at our Broadway branch!", true},
		{"en", en, "Thu, Jan 28: free 'Retirement Essentials' seminar at our Broadway branch!", false},
		{"fr", fr, "Jeudi 15 octobre, conférence 'Genève Horlogère' au musée !", true},
		{"fr", fr, "Jeudi 15 octobre, conférence 'Genève Mécanique' au musée !", false},
	})
}

// The short form of an address or place word (Ave, St-, bd) names the
// facts' long one (Avenue, Saint-, boulevard); another street or town is
// still flagged.
func TestPlaceAbbreviations(t *testing.T) {
	en := []string{"The seminar takes place at the Broadway branch, 812 Broadway Avenue, Saskatoon."}
	fr := []string{"Le magasin de Saint-Brieuc est au 14 boulevard Carnot."}
	runBlindCases(t, []blindCase{
		{"en", en, "See you at our Broadway branch (812 Broadway Ave, Saskatoon)!", true},
		{"en", en, "See you at our Broadway branch (812 Broadway Road, Saskatoon)!", false},
		{"fr", fr, "Rendez-vous au magasin de St-Brieuc, 14 bd Carnot !", true},
		{"fr", fr, "Rendez-vous au magasin de St-Malo, 14 bd Carnot !", false},
	})
}

// In a name of several words, a word in capitals spelling the initials of a
// name of the facts (NSW for New South Wales, CHU for Centre Hospitalier
// Universitaire) is that name; other capitals are still flagged.
func TestAcronymInsideName(t *testing.T) {
	en := []string{"Gumleaf Outdoor was founded in 2013 in Newcastle, New South Wales, by Priya Nair."}
	fr := []string{"Le stage a lieu au Centre Hospitalier Universitaire de Rennes le samedi 6 mars 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Priya Nair started Gumleaf in Newcastle NSW in 2013.", true},
		{"en", en, "Priya Nair started Gumleaf in Newcastle WA in 2013.", false},
		{"fr", fr, "Rendez-vous au CHU de Rennes le samedi 6 mars !", true},
		{"fr", fr, "Rendez-vous au CHR de Rennes le samedi 6 mars !", false},
	})
}

// The plural of an acronym of the facts (RRSPs, CDDs) is known without a
// count before it; the plural of an unknown one is still flagged.
func TestAcronymPlurals(t *testing.T) {
	en := []string{"During the campaign, the 18-month RRSP term deposit earns 3.65% per year.", "Financial advice appointments are free for members."}
	fr := []string{"L'agence recrute en CDD et en CDI dans ses 3 magasins.", "Les entretiens ont lieu le mardi."}
	runBlindCases(t, []blindCase{
		{"en", en, "Prefer to talk RRSPs? Book a free advice appointment!", true},
		{"en", en, "Prefer to talk TFSAs? Book a free advice appointment!", false},
		{"fr", fr, "Des CDDs et des CDI dans nos 3 magasins, entretiens le mardi !", true},
		{"fr", fr, "Des CDDs et des CUIs dans nos 3 magasins, entretiens le mardi !", false},
	})
}

// "Riverbend CEO Danielle Okimaw": an organisation, a job and a person in
// one run of capitals are checked each on its own, so the right person with
// the right job passes and a wrong job or name is still flagged.
func TestNameRunWithJob(t *testing.T) {
	en := []string{"The CEO of Riverbend Credit Union is Danielle Okimaw.", "Riverbend has 14 branches."}
	fr := []string{"Le PDG de Brico Armor est Loïc Le Gall.", "Brico Armor compte 9 magasins."}
	runBlindCases(t, []blindCase{
		{"en", en, "Riverbend CEO Danielle Okimaw invites members to visit our 14 branches.", true},
		{"en", en, "Riverbend CFO Danielle Okimaw invites members to visit our 14 branches.", false},
		{"en", en, "Riverbend CEO Danielle Okimar invites members to visit our 14 branches.", false},
		{"en", en, "Meet CEO Danielle Okimaw at one of our 14 branches.", true},
		{"fr", fr, "Le mot de Brico Armor PDG Loïc Le Gall : merci à nos 9 magasins !", true},
		{"fr", fr, "Le mot de Brico Armor DG Loïc Le Gall : merci à nos 9 magasins !", false},
	})
}

// "Les ateliers … ont lieu le samedi à 10h dans chaque magasin ; ils sont
// gratuits": a fact's gift word whose subject is a pronoun is said of the
// sentence's subject, however far back; a free workshop where the fact
// prices it is still flagged.
func TestFreeWithPronounSubject(t *testing.T) {
	fr := []string{"Les ateliers « Fait maison » ont lieu le samedi à 10h dans chaque magasin ; ils sont gratuits et limités à 12 participants."}
	frPaid := []string{"Les ateliers « Fait maison » ont lieu le samedi à 10h dans chaque magasin ; ils coûtent 15 € et le café est offert."}
	en := []string{"The Saturday workshops run at 10am in every store, last 90 minutes and are limited to 12 people; they are free."}
	enPaid := []string{"The Saturday workshops run at 10am in every store and cost $15 each; they come with a free coffee."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Samedi à 10h, atelier carrelage gratuit dans votre magasin !", true},
		{"fr", frPaid, "Samedi à 10h, atelier carrelage gratuit dans votre magasin !", false},
		{"en", en, "This Saturday at 10am: a free tiling workshop, come along!", true},
		{"en", enPaid, "This Saturday at 10am: a free tiling workshop, come along!", false},
	})
}

// A capitalised common noun of geography alone ("l'Arc jurassien", "the
// Bay") names no partner; a name of two capitalised words is still checked.
func TestGeographicCommonNouns(t *testing.T) {
	fr := []string{"L'exposition bénéficie du prêt de 24 pièces de la Fondation Berthoud, au Locle."}
	en := []string{"The ferry crosses to Kinsale twice a day."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "24 pièces de la Fondation Berthoud : tout le savoir-faire de l'Arc jurassien !", true},
		{"fr", fr, "24 pièces de la Fondation Berthoud et de la Fondation Arcane !", false},
		{"en", en, "Twice a day across the Bay to Kinsale!", true},
		{"en", en, "Twice a day across the bay to Kinsale with Bayside Tours!", false},
	})
}

// "nearly half a million dollars", "près d'un demi-million d'euros" is a
// figure (500,000) with its bound: backed by a stated amount close to it,
// contradicted by one that is not.
func TestHalfAMillion(t *testing.T) {
	en := []string{"In 2025, Riverbend donated $410,000 to community organizations."}
	enNear := []string{"In 2025, Riverbend donated $480,000 to community organizations."}
	fr := []string{"En 2025, la fondation a reversé 410 000 € aux associations."}
	frNear := []string{"En 2025, la fondation a reversé 480 000 € aux associations."}
	runBlindCases(t, []blindCase{
		{"en", enNear, "In 2025 we donated nearly half a million dollars to community organizations!", true},
		{"en", en, "In 2025 we donated nearly half a million dollars to community organizations!", false},
		{"fr", frNear, "En 2025, près d'un demi-million d'euros reversés aux associations !", true},
		{"fr", fr, "En 2025, près d'un demi-million d'euros reversés aux associations !", false},
	})
}

// "even on sale prices", "même sur les promotions": an offer said to hold on
// what a fact leaves out of it (cannot be combined with, non cumulable,
// hors) is contradicted; where the facts allow it or say nothing it passes.
func TestOfferEvenOnExcluded(t *testing.T) {
	en := []string{"New subscribers get 10% off their first order with the code TRAILHEAD10; the code cannot be combined with sale prices."}
	enOK := []string{"New subscribers get 10% off their first order with the code TRAILHEAD10, on sale prices too."}
	fr := []string{"Le code BIENVENUE10 donne 10 % de remise sur la première commande ; il n'est pas cumulable avec les promotions."}
	frHors := []string{"Le code BIENVENUE10 donne 10 % de remise sur la première commande, hors promotions."}
	frOK := []string{"Le code BIENVENUE10 donne 10 % de remise sur la première commande, promotions comprises."}
	runBlindCases(t, []blindCase{
		{"en", enOK, "10% off your first order with TRAILHEAD10, even on sale prices!", true},
		{"en", en, "10% off your first order with TRAILHEAD10, even on sale prices!", false},
		{"en", en, "10% off your first order with TRAILHEAD10 (not valid on sale prices).", true},
		{"fr", frOK, "10 % de remise sur votre première commande avec BIENVENUE10, même sur les promotions !", true},
		{"fr", fr, "10 % de remise sur votre première commande avec BIENVENUE10, même sur les promotions !", false},
		{"fr", frHors, "10 % de remise sur votre première commande avec BIENVENUE10, cumulable avec les promotions !", false},
	})
}

// "guaranteed to beat inflation", "garantis de battre l'inflation": a
// guaranteed outcome needs a fact guaranteeing it; the facts' guarantee of a
// rate backs the rate's guarantee, not the outcome.
func TestGuaranteedOutcome(t *testing.T) {
	en := []string{"The 18-month term deposit earns 3.65% per year, guaranteed for the full term."}
	enOK := []string{"The 18-month term deposit earns 3.65% per year, guaranteed to beat inflation over the full term."}
	fr := []string{"Le compte à terme de 18 mois rapporte 3,65 % par an, taux garanti pendant toute la durée."}
	frOK := []string{"Le compte à terme de 18 mois rapporte 3,65 % par an, avec des intérêts garantis de battre l'inflation."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our 18-month term deposit: 3.65% per year, guaranteed for the full term!", true},
		{"en", en, "Our 18-month term deposit, with returns guaranteed to beat inflation!", false},
		{"en", enOK, "Our 18-month term deposit, with returns guaranteed to beat inflation!", true},
		{"fr", fr, "Notre compte à terme de 18 mois : 3,65 % par an, taux garanti !", true},
		{"fr", fr, "Notre compte à terme de 18 mois, avec des intérêts garantis de battre l'inflation !", false},
		{"fr", frOK, "Notre compte à terme de 18 mois, avec des intérêts garantis de battre l'inflation !", true},
	})
}

// An adviser's title is a job like a director's: "notre conseiller déco"
// for the facts' "conseiller carrelage" is contradicted, the stated one
// passes.
func TestAdviserRole(t *testing.T) {
	fr := []string{"Le samedi 13 mars 2027, l'atelier carrelage a lieu à Quimper ; il est animé par Erwan Quéré, conseiller carrelage."}
	en := []string{"The webinar on Tuesday 1 December 2026 is led by Hannah Okafor, senior financial advisor."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Samedi 13 mars à Quimper, atelier carrelage avec Erwan Quéré, notre conseiller carrelage.", true},
		{"fr", fr, "Samedi 13 mars à Quimper, atelier carrelage avec Erwan Quéré, notre conseiller déco.", false},
		{"en", en, "Join the webinar on 1 December with Hannah Okafor, our financial advisor.", true},
		{"en", en, "Join the webinar on 1 December with Hannah Okafor, our travel advisor.", false},
	})
}

// Two facts tie on the words next to a wrong figure ("au lieu de 49 €" when
// both prices are "… au lieu de …"): the suggestion comes from the fact that
// shares more of the sentence.
func TestSuggestionFromSentenceFact(t *testing.T) {
	cases := []struct {
		lang  string
		facts []string
		post  string
		want  string
	}{
		{"fr", []string{"La perceuse-visseuse Torvik est à 89,90 € au lieu de 129,90 €.", "Le pot de peinture blanche mate Armor Déco est à 39 € au lieu de 52 €."},
			"Au catalogue, la peinture blanche mate Armor Déco est à 39 € au lieu de 49 €.", "52 €"},
		{"en", []string{"The Torvik cordless drill is £89.90 instead of £129.90.", "The Armor matt white paint tin is £39 instead of £52."},
			"In the catalogue, the Armor matt white paint tin is £39 instead of £49.", "£52"},
	}
	for _, tc := range cases {
		r := check(t, tc.lang, tc.facts, tc.post)
		got := ""
		for _, f := range r.Findings {
			if f.Kind == Contradicted {
				got = f.Suggestion
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: suggestion %q, want %q (%+v)", tc.lang, tc.post, got, tc.want, r.Findings)
		}
	}
}

// A currency code before the amount (CHF 39.–, USD 20) is money, the Swiss
// ".–" part of it; a price and a free condition in one fact ("CHF 18.–
// plein tarif, gratuit pour les moins de 18 ans") back a post's free entry
// under that condition, not a free entry for all.
func TestCurrencyCodeBeforeAmount(t *testing.T) {
	fr := []string{"Le catalogue de l'exposition est vendu CHF 39.– à la boutique du musée.", "Billet d'entrée à l'exposition : CHF 18.– plein tarif, CHF 12.– tarif réduit, gratuit pour les moins de 18 ans."}
	en := []string{"The exhibition guide costs USD 20 at the museum shop.", "Exhibition tickets cost USD 18, free for under-18s."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le catalogue de l'exposition vous attend à la boutique du musée pour CHF 39.–.", true},
		{"fr", fr, "Le catalogue de l'exposition vous attend à la boutique du musée pour CHF 35.–.", false},
		{"fr", fr, "Bonne nouvelle : l'exposition est gratuite pour les moins de 18 ans !", true},
		{"fr", fr, "Bonne nouvelle : l'exposition est gratuite pour tout le monde !", false},
		{"en", en, "The exhibition guide is USD 20 at the museum shop.", true},
		{"en", en, "The exhibition guide is USD 25 at the museum shop.", false},
	})
}

// "open 9:30 to 5": a bare hour ending a range opened by a clock time is the
// first such clock time after the start (5 pm), backed by the facts' 5 p.m.;
// a wrong hour is still flagged, and "9:30 to 5 people" stays a count.
func TestBareHourEndingRange(t *testing.T) {
	en := []string{"Branches are open Monday to Friday from 9:30 a.m. to 5 p.m."}
	fr := []string{"Le magasin est ouvert du lundi au samedi de 8h30 à 19h."}
	runBlindCases(t, []blindCase{
		{"en", en, "On weekdays, our branches are open 9:30 to 5.", true},
		{"en", en, "On weekdays, our branches are open 9:30 to 6.", false},
		{"fr", fr, "Du lundi au samedi, on vous accueille de 8h30 à 7 !", true},
		{"fr", fr, "Du lundi au samedi, on vous accueille de 8h30 à 8 !", false},
	})
}
