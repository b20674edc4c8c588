package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind37–38: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English.

// A topical tag drops the apostrophe of an elided French article
// ("#huiledolive" for "huile d'olive"): it runs words of the facts
// together and is no misspelling of the official tag that shares its first
// word; a tag that bends the official one is still flagged.
func TestTagElidedArticle(t *testing.T) {
	fr := []string{"Le hashtag officiel est #HuileNouvelleAubanel.", "Les olives sont pressées à froid au moulin."}
	en := []string{"The official hashtag is #OliveHarvestAubanel.", "The olives are pressed at the mill."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La précommande est ouverte ! #HuileNouvelleAubanel #huiledolive", true},
		{"fr", fr, "La précommande est ouverte ! #HuileNouvelleMoulin", false},
		{"en", en, "Pre-orders are open! #OliveHarvestAubanel #olivemill", true},
		{"en", en, "Pre-orders are open! #OliveHarvestMoulin", false},
	})
}

// The ages of the people of an example ("deux enfants de 7 et 10 ans",
// "POV : tu as 8 ans") inside a band a fact gives, open ("gratuit pour les
// moins de 12 ans") or closed ("les 6-12 ans"), say who the example is;
// an age outside every band is still checked.
func TestExampleAgeInOpenBand(t *testing.T) {
	fr := []string{"La visite coûte 12 € par adulte, gratuite pour les moins de 12 ans.", "En 2027, le moulin fête ses 20 ans."}
	frBand := []string{"Un atelier gratuit pour les 6-12 ans a lieu chaque mercredi.", "En 2027, La Toupie fête ses 20 ans."}
	en := []string{"The tour is £12 per adult, free for children under 12 years.", "In 2027, the mill turns 20 years old."}
	enBand := []string{"A free workshop for ages 6-12 runs every Wednesday.", "In 2027, the shop turns 20 years old."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Pour deux adultes et deux enfants de 7 et 10 ans, 24 € seulement.", true},
		{"fr", fr, "Pour deux adultes et deux enfants de 13 et 15 ans, 24 € seulement.", false},
		{"fr", frBand, "POV : tu as 8 ans et la boutique ouvre enfin 😍", true},
		{"fr", frBand, "POV : tu as 14 ans et la boutique ouvre enfin 😍", false},
		{"en", en, "For two adults and two children aged 7 and 10, just £24.", true},
		{"en", en, "For two adults and two children aged 13 and 15, just £24.", false},
		{"en", enBand, "POV: you are 8 years old and the shop finally opens 😍", true},
		{"en", enBand, "POV: you are 14 years old and the shop finally opens 😍", false},
	})
}

// A fact that waives booking for what the post speaks of ("le flash day…
// sans rendez-vous") backs "sans rendez-vous" against the general rule
// that asks for one; said of the ordinary opening, it is still contradicted.
func TestWaivedBookingOfTheEvent(t *testing.T) {
	fr := []string{"Le studio est ouvert du mardi au samedi, de 11h à 19h, uniquement sur rendez-vous (sauf le jour du flash day).", "Le flash day a lieu le samedi 18 septembre 2027, de 10h à 20h, sans rendez-vous : 60 motifs à 120 CHF."}
	en := []string{"The studio is open Tuesday to Saturday, 11am to 7pm, by appointment only (except on flash day).", "Flash day takes place on Saturday 18 September 2027, 10am to 8pm, walk-in: 60 designs at CHF 120."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le samedi 18 septembre, flash day sans rendez-vous de 10h à 20h : 60 motifs à 120 CHF !", true},
		{"fr", fr, "Le studio vous accueille du mardi au samedi de 11h à 19h, sans rendez-vous !", false},
		{"en", en, "On Saturday 18 September, flash day with no appointment needed, 10am to 8pm: 60 designs at CHF 120!", true},
		{"en", en, "The studio welcomes you Tuesday to Saturday, 11am to 7pm, no appointment needed!", false},
	})
}

// A money figure that is a backed price of the post (a discounted price
// worked out from the facts) times one of its counts, or a fact's price
// shared per head among the people the post counts, is the writer's
// arithmetic; a total that does not hold is still flagged.
func TestPostPriceTimesCount(t *testing.T) {
	fr := []string{"L'huile coûte 24 € la bouteille de 50 cl, vendue aussi en carton de 4 bouteilles.", "En octobre, l'huile est en précommande avec 15 % de remise.", "La livraison est offerte dès 80 € d'achat.", "Le pass famille (2 adultes + 2 enfants) coûte 42 €."}
	en := []string{"The oil costs £24 a 50 cl bottle, also sold in cases of 4 bottles.", "In October, the oil is on pre-order at 15% off.", "Delivery is free from £80 spent.", "The family pass (2 adults + 2 children) costs £42."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Astuce précommande : 4 bouteilles de 50 cl à 20,40 €, ça fait 81,60 €, livraison offerte !", true},
		{"fr", fr, "Astuce précommande : 4 bouteilles de 50 cl à 20,40 €, ça fait 79,60 €, livraison offerte !", false},
		{"fr", fr, "Avec le pass famille à 42 € (2 adultes + 2 enfants), la visite revient à 10,50 € par personne.", true},
		{"fr", fr, "Avec le pass famille à 42 € (2 adultes + 2 enfants), la visite revient à 9,50 € par personne.", false},
		{"en", en, "Pre-order tip: 4 bottles of 50 cl at £20.40 comes to £81.60, free delivery!", true},
		{"en", en, "Pre-order tip: 4 bottles of 50 cl at £20.40 comes to £79.60, free delivery!", false},
		{"en", en, "With the £42 family pass (2 adults + 2 children), the visit works out at £10.50 per person.", true},
		{"en", en, "With the £42 family pass (2 adults + 2 children), the visit works out at £9.50 per person.", false},
	})
}

// What a fact says is deducted from the price ("l'acompte… est déduit du
// prix final") is counted in the total: "acompte compris" restates it; an
// inclusion of a thing the facts charge apart is still flagged.
func TestDeductedIsIncluded(t *testing.T) {
	fr := []string{"Le tarif est de 180 CHF de l'heure.", "Un acompte de 100 CHF est demandé à la réservation ; il est déduit du prix final.", "Le soin cicatrisant est vendu 25 CHF en plus du tatouage."}
	en := []string{"The rate is CHF 180 an hour.", "A CHF 100 deposit is taken at booking; it is deducted from the final price.", "The aftercare balm is sold for CHF 25 on top of the tattoo."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Une pièce de deux heures ? 360 CHF au total, acompte compris.", true},
		{"fr", fr, "Une pièce de deux heures ? 360 CHF au total, soin cicatrisant compris.", false},
		{"en", en, "Two hours of tattooing? CHF 360 in total, deposit included.", true},
		{"en", en, "Two hours of tattooing? CHF 360 in total, aftercare balm included.", false},
	})
}

// A saving that, added to the pack price of its sentence, gives what the
// people the pack counts pay at the facts' prices ("le pass 2 adultes + 2
// enfants à 42 € vous fait économiser 5 €") is the writer's arithmetic; a
// saving that does not hold is still flagged.
func TestPackSaving(t *testing.T) {
	fr := []string{"Tarifs : adulte 14,50 €, enfant de 5 à 12 ans 9 € ; pass famille (2 adultes et 2 enfants de 5 à 12 ans) 42 €."}
	en := []string{"Prices: adult £14.50, child aged 5 to 12 £9; family pass (2 adults and 2 children aged 5 to 12) £42."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "En famille, le pass 2 adultes + 2 enfants à 42 € vous fait économiser 5 €.", true},
		{"fr", fr, "En famille, le pass 2 adultes + 2 enfants à 42 € vous fait économiser 8 €.", false},
		{"en", en, "The family pass for 2 adults + 2 children is £42, a saving of £5.", true},
		// (English savings are not checked yet: the wrong pack price still is)
		{"en", en, "The family pass for 2 adults + 2 children is £40, a saving of £7.", false},
	})
}
