package verify

import "testing"

// Tests for the general causes of the blind20 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A freebie the facts give from a minimum order ("offerte dès 45 €
// d'achat", "free on orders from £40") is contradicted when the post gives
// it on every order; the post that keeps the minimum is not flagged.
func TestFreebieFromThreshold(t *testing.T) {
	fr := []string{"La livraison en point relais est offerte dès 45 € d'achat ; en dessous, elle coûte 4,90 €."}
	en := []string{"Delivery is free on orders from £40; below that it costs £3.95."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Livraison offerte dès 45 € d'achat en point relais 📦", true},
		{"fr", fr, "Et livraison offerte sur toutes les commandes !", false},
		{"en", en, "Free delivery on orders from £40 📦", true},
		{"en", en, "Free delivery on every order this week!", false},
	})
}
