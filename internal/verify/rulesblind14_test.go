package verify

import "testing"

// Tests for the general causes of the blind14 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// "au plus tard le jeudi 11 février", "no later than Thursday 11 February":
// the fact's date is a deadline, so the post's "jusqu'au"/"until" that date
// is the fact itself, not the end of another period of the sheet.
func TestDeadlineAtTheLatest(t *testing.T) {
	fr := []string{
		"Pour une livraison le 14 février, la commande en ligne doit être passée au plus tard le jeudi 11 février 2027 à 23h59.",
		"Les commandes à retirer en boutique sont acceptées jusqu'au samedi 13 février 2027 à 18h.",
	}
	en := []string{
		"For delivery on 14 February, online orders must be placed no later than Thursday 11 February 2027 at 11.59pm.",
		"Click-and-collect orders are taken until Saturday 13 February 2027 at 6pm.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Commande en ligne jusqu'au jeudi 11 février !", true},
		{"fr", fr, "Commande en ligne jusqu'au mercredi 10 février !", false},
		{"en", en, "Order online until Thursday 11 February!", true},
		{"en", en, "Order online until Wednesday 10 February!", false},
	})
}

// "runs until Sunday 10 January" when the run ends on Sunday 3 January 2027
// (10 January 2027 is a Saturday): both the weekday and the date are wrong,
// and the suggestion must be the end it should be, with its weekday, so that
// taking it makes the text true.
func TestWrongWeekdayOfWrongEnd(t *testing.T) {
	en := []string{"This year's pantomime runs from Friday 27 November 2026 to Sunday 3 January 2027."}
	fr := []string{"Le spectacle de cette année se joue du vendredi 27 novembre 2026 au dimanche 3 janvier 2027."}
	for _, tc := range []struct{ lang, post, want string }{
		{"en", "The panto runs until Sunday 10 January, don't miss it!", "Sunday 3 January"},
		{"fr", "Le spectacle se joue jusqu'au dimanche 10 janvier, ne le ratez pas !", "dimanche 3 janvier"},
	} {
		facts := en
		if tc.lang == "fr" {
			facts = fr
		}
		r := check(t, tc.lang, facts, tc.post)
		if len(r.Findings) != 1 || r.Findings[0].Suggestion != tc.want {
			t.Errorf("%s %q: want one finding suggesting %q, got %+v", tc.lang, tc.post, tc.want, r.Findings)
		}
	}
	runBlindCases(t, []blindCase{
		{"en", en, "The panto runs until Sunday 3 January, don't miss it!", true},
		{"fr", fr, "Le spectacle se joue jusqu'au dimanche 3 janvier, ne le ratez pas !", true},
		// the right end with the wrong weekday is still a weekday error
		{"en", en, "The panto runs until Saturday 3 January, don't miss it!", false},
		{"fr", fr, "Le spectacle se joue jusqu'au samedi 3 janvier, ne le ratez pas !", false},
	})
}

// "le dimanche 14", "on Sunday 14": a day number after its weekday, the
// month left out, is the fact's date when a stated day of that number falls
// on that weekday; another weekday or another day is still flagged.
func TestDayAfterWeekday(t *testing.T) {
	fr := []string{
		"La Saint-Valentin tombe le dimanche 14 février 2027 ; ce jour-là, toutes les boutiques sont ouvertes de 8h à 13h.",
		"Les vendredi 12 et samedi 13 février 2027, la livraison est proposée sur trois créneaux.",
	}
	en := []string{
		"Valentine's Day falls on Sunday 14 February 2027; that day, all shops open from 8am to 1pm.",
		"On Friday 12 and Saturday 13 February 2027, delivery comes in three slots.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Et le dimanche 14, on vous accueille de 8h à 13h.", true},
		{"fr", fr, "Et le samedi 14, on vous accueille de 8h à 13h.", false},
		{"fr", fr, "Et le dimanche 15, on vous accueille de 8h à 13h.", false},
		{"en", en, "And on Sunday 14, we welcome you from 8am to 1pm.", true},
		{"en", en, "And on Saturday 14, we welcome you from 8am to 1pm.", false},
		{"en", en, "And on Sunday 15, we welcome you from 8am to 1pm.", false},
	})
}

// A country the facts name under another of its names ("the contiguous
// United States" for "across America"), or whose people they name ("préférée
// des Français" for "en France"), is stated; another country is not.
func TestCountryOfTheFacts(t *testing.T) {
	fr := []string{
		"Les roses sont cultivées à Hyères, dans le Var.",
		"En 2026, l'enseigne a été classée 2e enseigne de fleuristes préférée des Français.",
	}
	en := []string{
		"Shipping is free to the contiguous United States.",
		"The brand was rated the best fresh dog food by Canadians in 2026.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Des roses cultivées en France, ça change tout.", true},
		{"fr", fr, "Des roses cultivées en Espagne, ça change tout.", false},
		{"fr", fr, "Livraison partout aux États-Unis.", false},
		{"en", en, "We feed happy dogs across America.", true},
		{"en", en, "We feed happy dogs across Canada.", true},
		{"en", en, "We feed happy dogs across Mexico.", false},
		{"en", en, "We feed happy dogs across the UK.", false},
	})
}

// "2 under-16 tickets": the age band before a noun is the facts' band
// (under-16s), not a count of tickets; another band is still flagged.
func TestAgeBandBeforeNoun(t *testing.T) {
	en := []string{"Tickets cost £26 in Band B; under-16s pay £5 less in every band.", "Last year's pantomime sold 41,200 tickets."}
	fr := []string{"Les billets coûtent 26 € en catégorie B ; les moins de 16 ans paient 5 € de moins.", "Le spectacle de l'an dernier a vendu 41 200 billets."}
	runBlindCases(t, []blindCase{
		{"en", en, "Under-16 tickets are £5 cheaper in every band.", true},
		{"en", en, "Under-12 tickets are £5 cheaper in every band.", false},
		{"fr", fr, "Billets moins de 16 ans : 5 € de moins dans chaque catégorie.", true},
		{"fr", fr, "Billets moins de 12 ans : 5 € de moins dans chaque catégorie.", false},
	})
}

// "our 117-year-old home": an age in years is the years since a stated
// opening (2026 − 1909), as "vieux de 117 ans" is; another age is flagged.
func TestAgeSinceOpening(t *testing.T) {
	en := []string{"The Empire is a 1,150-seat theatre on Market Street, opened in 1909.", "This year's pantomime runs from Friday 27 November 2026 to Sunday 3 January 2027."}
	fr := []string{"L'Empire est un théâtre de 1 150 places, rue du Marché, ouvert en 1909.", "Le spectacle de cette année se joue du vendredi 27 novembre 2026 au dimanche 3 janvier 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "The panto is back at our 117-year-old theatre on Market Street.", true},
		{"en", en, "The panto is back at our 120-year-old theatre on Market Street.", false},
		{"fr", fr, "Le spectacle revient dans notre théâtre vieux de 117 ans, rue du Marché.", true},
		{"fr", fr, "Le spectacle revient dans notre théâtre vieux de 120 ans, rue du Marché.", false},
	})
}

// "about two hours and twenty minutes", spelled out, is the facts' 2 hours
// 20 minutes; "two hours and forty minutes" is still flagged.
func TestHoursAndMinutesInWords(t *testing.T) {
	en := []string{"The show runs about 2 hours 20 minutes, including a 20-minute interval."}
	fr := []string{"Le spectacle dure environ 2 heures 20 minutes, entracte de 20 minutes compris."}
	runBlindCases(t, []blindCase{
		{"en", en, "About two hours and twenty minutes of boos and hisses, interval included.", true},
		{"en", en, "About two hours and forty minutes of boos and hisses, interval included.", false},
		{"en", en, "About three hours and twenty minutes of boos and hisses, interval included.", false},
		{"fr", fr, "Environ deux heures et vingt minutes de rires, entracte compris.", true},
		{"fr", fr, "Environ deux heures et quarante minutes de rires, entracte compris.", false},
		{"fr", fr, "Environ trois heures et vingt minutes de rires, entracte compris.", false},
	})
}

// "free anywhere in the lower 48" names the contiguous United States the
// facts ship free to; without them it is still unsupported, and another
// number after "lower" is a figure. French has no such name (its "partout en
// France" is a country, TestCountryOfTheFacts).
func TestLower48(t *testing.T) {
	en := []string{"Shipping is free to the contiguous United States; boxes to Alaska and Hawaii cost $15 extra.", "Plans cost $58 per two-week box."}
	other := []string{"Shipping is free on orders over $50.", "Plans cost $58 per two-week box."}
	runBlindCases(t, []blindCase{
		{"en", en, "Free shipping anywhere in the lower 48.", true},
		{"en", other, "Free shipping anywhere in the lower 48.", false},
		{"en", en, "Free shipping anywhere in the lower 40.", false},
		// what is free stands before "free anywhere"
		{"en", en, "Shipping is free anywhere in the lower 48.", true},
		{"en", other, "Shipping is free anywhere in the lower 48.", false},
		{"en", en, "Gift wrapping is free anywhere in the lower 48.", false},
	})
}

// "deux ados de 12 et 15 ans", "kids aged 12 and 15": the exact ages of an
// example's people inside a stated age band (4-25) say who they are; an age
// outside every band, or a band bound of the post's own, is still flagged.
func TestAgesInsideBand(t *testing.T) {
	fr := []string{"L'aller-retour coûte 34,50 € pour un adulte (26 ans et plus) et 22 € pour les 4-25 ans ; il est gratuit pour les moins de 4 ans."}
	en := []string{"A return costs £34.50 for an adult (26 and over) and £22 for ages 4-25; it is free for under-4s."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Vos deux ados de 12 et 15 ans paient 22 € l'aller-retour chacun.", true},
		{"fr", fr, "Vos deux ados de 12 et 28 ans paient 22 € l'aller-retour chacun.", false},
		{"fr", fr, "C'est gratuit pour les moins de 12 ans.", false},
		{"en", en, "Your two teens aged 12 and 15 pay £22 each for a return.", true},
		{"en", en, "Your two teens aged 12 and 28 pay £22 each for a return.", false},
		{"en", en, "It is free for kids under 12.", false},
	})
}

// 2 × 34,50 € + 2 × 22 € = 113 €, then 101,70 € with the stated 10 % off:
// a price after a stated discount may start from the post's own basket of
// stated prices; a wrong result is still flagged.
func TestDiscountOfBasket(t *testing.T) {
	fr := []string{
		"L'aller-retour coûte 34,50 € pour un adulte et 22 € pour un enfant.",
		"Jusqu'au 31 mars 2027, l'offre « Réservez tôt » donne 10 % de réduction sur les allers-retours réservés en ligne.",
	}
	en := []string{
		"A return costs £34.50 for an adult and £22 for a child.",
		"Until 31 March 2027, the Book Early offer gives 10% off returns booked online.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Deux adultes et deux enfants : 113 € l'aller-retour. Réservé en ligne avant le 31 mars, ça fait 101,70 €.", true},
		{"fr", fr, "Deux adultes et deux enfants : 113 € l'aller-retour. Réservé en ligne avant le 31 mars, ça fait 99,70 €.", false},
		{"en", en, "Two adults and two children: £113 for the return. Booked online by 31 March, that's £101.70.", true},
		{"en", en, "Two adults and two children: £113 for the return. Booked online by 31 March, that's £99.70.", false},
	})
}

// "avant minuit", "by midnight" for a deadline of 23h59 / 11:59pm is the
// deadline; another hour is still flagged.
func TestMidnightDeadline(t *testing.T) {
	fr := []string{
		"La commande en ligne doit être passée au plus tard le jeudi 11 février 2027 à 23h59.",
		"Le dimanche 14 février, seul le créneau de livraison 9h-12h est proposé.",
	}
	en := []string{
		"Online orders must be placed no later than Thursday 11 February 2027 at 11:59pm.",
		"On Sunday 14 February, only the 9am-12pm delivery slot is offered.",
	}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Commandez en ligne avant le jeudi 11 février à minuit !", true},
		{"fr", fr, "Commandez en ligne avant le jeudi 11 février à 18h !", false},
		{"en", en, "Order online by midnight on Thursday 11 February!", true},
		{"en", en, "Order online by 6pm on Thursday 11 February!", false},
	})
}

// "Code NEWBOWL50": a name ending in letters glued to digits is the stated
// code when the facts write the code whole; another code is still flagged.
func TestNameEndingInCode(t *testing.T) {
	en := []string{"New customers get 50% off their first box with code NEWBOWL50."}
	fr := []string{"Les nouveaux clients ont 50 % de réduction sur leur première box avec le code NEWBOWL50."}
	runBlindCases(t, []blindCase{
		{"en", en, "Try us! Code NEWBOWL50 for 50% off your first box.", true},
		{"en", en, "Try us! Code NEWBOWL60 for 50% off your first box.", false},
		{"fr", fr, "Testez-nous ! Code NEWBOWL50 pour 50 % de réduction sur votre première box.", true},
		{"fr", fr, "Testez-nous ! Code NEWBOWL60 pour 50 % de réduction sur votre première box.", false},
	})
}

// "money-back guarantee", "satisfait ou remboursé": the promise is the
// refund, backed by a fact that gives one without the word guarantee; its
// scope ("on every box") is contradicted when that fact keeps the refund to
// the first box; with no refund in the facts it stays unsupported.
func TestRefundGuarantee(t *testing.T) {
	en := []string{"If a dog won't eat the first box, the brand refunds that box in full.", "Plans cost $58 per two-week box."}
	fr := []string{"Si votre chien ne mange pas sa première box, nous la remboursons intégralement.", "Les formules coûtent 58 € la box de deux semaines."}
	none := []string{"Plans cost $58 per two-week box."}
	runBlindCases(t, []blindCase{
		{"en", en, "Try us risk-free with our money-back guarantee!", true},
		{"en", en, "Try us with our money-back guarantee on your first box!", true},
		{"en", en, "Try us with our money-back guarantee on every box!", false},
		{"en", none, "Try us risk-free with our money-back guarantee!", false},
		{"fr", fr, "Essayez-nous : satisfait ou remboursé !", true},
		{"fr", fr, "Essayez-nous : satisfait ou remboursé sur votre première box !", true},
		{"fr", fr, "Essayez-nous : satisfait ou remboursé sur chaque box !", false},
	})
}

// "-15 % sur tous nos bouquets, même le Grand amour", "even the Grand
// Amour": an offer said to hold on a thing the fact leaves out of it ("sauf
// sur le bouquet Grand amour") is contradicted; another thing is not.
func TestEvenTheExcluded(t *testing.T) {
	fr := []string{"Le code AMOUR27 donne 15 % de réduction sur les bouquets, sauf sur le bouquet « Grand amour ».", "Le bouquet « Cœur battant » est vendu 49 € ; le bouquet « Grand amour » est vendu 89 €."}
	en := []string{"Code AMOUR27 gives 15% off bouquets, except the Grand Amour bouquet.", "The Heartbeat bouquet costs £49; the Grand Amour bouquet costs £89."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Code AMOUR27 : -15 % sur nos bouquets, même le Cœur battant !", true},
		{"fr", fr, "Code AMOUR27 : -15 % sur nos bouquets, même le Grand amour !", false},
		{"en", en, "Code AMOUR27: 15% off our bouquets, even the Heartbeat!", true},
		{"en", en, "Code AMOUR27: 15% off our bouquets, even the Grand Amour!", false},
	})
}

// "directed by Gary Pennock" when a fact gives the directing to Helen Kerr
// and Gary Pennock another part: a stated person in another role is
// contradicted; the right person, or one of several the fact names, is not.
func TestDoneByAnother(t *testing.T) {
	en := []string{"Dame Trott is played by Gary Pennock; Jack is played by Priya Mallory.", "The pantomime is written and directed by Helen Kerr.", "The brand was founded by Maya Okafor and Luis Reyes."}
	fr := []string{"Dame Trott est jouée par Gaston Perrin ; Jack est joué par Priya Mallory.", "Le spectacle est écrit et mis en scène par Hélène Kerr.", "La marque a été fondée par Maya Okafor et Luis Reyes."}
	runBlindCases(t, []blindCase{
		{"en", en, "This year's panto is directed by Helen Kerr, with Priya Mallory as Jack.", true},
		{"en", en, "This year's panto is directed by Gary Pennock, with Priya Mallory as Jack.", false},
		{"en", en, "A brand founded by Luis Reyes, with love.", true},
		{"fr", fr, "Cette année, le spectacle est mis en scène par Hélène Kerr, avec Priya Mallory.", true},
		{"fr", fr, "Cette année, le spectacle est mis en scène par Gaston Perrin, avec Priya Mallory.", false},
		{"fr", fr, "Une marque fondée par Luis Reyes, avec amour.", true},
	})
	// a place before "par" is no deed: "fondée à Grenoble par Hélène" when
	// the Grenoble shop is run by someone else
	frPlace := []string{"L'enseigne a été fondée en 1996 par Hélène et Marc Dubreuil.", "La boutique de Grenoble est dirigée par Julien Mercier."}
	enPlace := []string{"The chain was founded in 1996 by Helen and Mark Dubreuil.", "The Grenoble shop is run by Julien Mercier."}
	runBlindCases(t, []blindCase{
		{"fr", frPlace, "Fondée en 1996 à Grenoble par Hélène et Marc Dubreuil.", true},
		{"en", enPlace, "Founded in 1996 in Grenoble by Helen and Mark Dubreuil.", true},
	})
}
