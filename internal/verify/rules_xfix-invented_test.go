package verify

import "testing"

// Tests for invented perks and claims said without the usual marker
// words (branch xfix-invented): each pairs the legitimate forms (what the
// facts say, paraphrased) with invented ones, in French and English.

// What every member of a group is said to get ("every volunteer gets two
// free day passes", "a free photo for every finisher", "un échantillon
// glissé dans chaque commande", "cadeau pour chaque invité") is a gift a
// fact must give: its head noun in a fact sentence that names the group,
// gives it to all, or has a gift word beside it.
func TestDistributiveGift(t *testing.T) {
	en := []string{"Tickets: day pass NZ$25, weekend pass NZ$60; under-18s free with a paying adult.", "The festival relies on 120 volunteers.",
		"Every finisher receives a medal and a technical T-shirt.", "All hearing aids carry a 4-year manufacturer's warranty.", "Shipping is free on orders over $50."}
	fr := []string{"La livraison est offerte dès 50 € d'achat.", "Chaque participant reçoit un tablier brodé.", "Le coffret Rituel d'hiver coûte 49 €.",
		"Soirée d'inauguration le jeudi 14 janvier, sur invitation, avec un cocktail offert."}
	runBlindCases(t, []blindCase{
		{"en", en, "Run with us: every finisher gets a medal and a technical T-shirt!", true},
		{"en", en, "A medal for every finisher, and every pair of hearing aids comes with a 4-year manufacturer's warranty.", true},
		{"en", en, "Volunteer with us! Every volunteer gets two free day passes.", false},
		{"en", en, "Run with us: every finisher gets a medal and a free race-day photo!", false},
		{"en", en, "Medal, T-shirt and a free race-day photo for every finisher!", false},
		{"fr", fr, "Chaque participant repart avec un tablier brodé 🎁", true},
		{"fr", fr, "Un cocktail offert pour chaque invité le 14 janvier !", true},
		{"fr", fr, "Le coffret Rituel d'hiver à 49 €, et un échantillon de sérum est glissé dans chaque commande 🎁", false},
		{"fr", fr, "Le 14 janvier, cadeau surprise pour chaque invité 🎁", false},
		{"fr", fr, "Petit bonus : chaque commande arrive avec un échantillon de miel crémeux.", false},
	})
}
