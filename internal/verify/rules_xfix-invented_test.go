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

// A prize draw or a prize to win ("entered into a drawing for a cruise",
// "Tirage au sort pour gagner un séjour", "gagnez une galette") is backed
// only by a fact or brief that names a draw or a prize to win; a drawing
// class, a print run ("tirage limité") and points to earn are no draw.
func TestInventedDraw(t *testing.T) {
	en := []string{"The Spring Pledge Drive runs from March 11 to March 20, 2027.", "A $60 gift comes with a WHRN tote bag."}
	enDraw := []string{"Every donor who gives before March 20 is entered into a prize draw for a lake cruise for two."}
	fr := []string{"Portes ouvertes le samedi 16 janvier 2027 de 9h30 à 18h30.", "L'album est tiré à 500 exemplaires."}
	frDraw := []string{"Un tirage au sort pendant les portes ouvertes du samedi 16 janvier 2027 permet de gagner un séjour en Crète pour deux."}
	runBlindCases(t, []blindCase{
		{"en", en, "Give $60 and get our tote bag! Kids, join our drawing workshop too.", true},
		{"en", enDraw, "Give before March 20 and you're in the drawing for a lake cruise for two!", true},
		{"en", en, "Give $60 and get our tote bag. Plus, every donor is entered into a drawing for a lake cruise for two!", false},
		{"en", en, "Give $60 and get our tote bag, and win a lake cruise for two!", false},
		{"fr", fr, "Portes ouvertes samedi 16 janvier de 9h30 à 18h30, gagnez du temps : venez tôt !", true},
		{"fr", frDraw, "Samedi 16 janvier, portes ouvertes : tentez de gagner un séjour en Crète pour deux !", true},
		{"fr", fr, "Portes ouvertes samedi 16 janvier ! Tirage au sort sur place pour gagner un séjour en Crète pour deux.", false},
		{"fr", fr, "Portes ouvertes samedi 16 janvier : gagnez une galette par mois pendant un an !", false},
	})
}

// A policy no fact speaks of is invented: a refund ("fully refundable",
// "remboursable"), a validity without end ("packs never expire", "n'expire
// jamais", "valable à vie"), no contract ("no contract", "sans contrat");
// a fact that names a refund, a validity or a contract leaves it to the
// other rules, and a denied refund in the post ("non remboursable") is no
// promise.
func TestInventedPolicy(t *testing.T) {
	en := []string{"Entry for the 10K costs £28.", "A 10-day pack costs $380.", "Home visits cost £32 an hour."}
	enKnown := []string{"Entry for the 10K costs £28 and is refundable until 1 September.", "A 10-day pack costs $380; packs are valid for life.", "Home visits cost £32 an hour, with no contract."}
	fr := []string{"L'inscription coûte 25 €.", "La carte de 10 séances coûte 90 €.", "L'abonnement coûte 30 € par mois."}
	frKnown := []string{"L'inscription coûte 25 € et est remboursable jusqu'au 1er septembre.", "La carte de 10 séances coûte 90 € et n'a pas de date d'expiration : elle est valable à vie.", "L'abonnement coûte 30 € par mois, sans engagement ni contrat."}
	runBlindCases(t, []blindCase{
		{"en", enKnown, "Entry is £28, fully refundable until 1 September!", true},
		{"en", enKnown, "10-day pack: $380, and packs never expire.", true},
		{"en", enKnown, "Home visits at £32 an hour, no contract.", true},
		{"en", en, "Entry is £28, fully refundable if you can't make it!", false},
		{"en", en, "10-day pack: $380, and packs never expire.", false},
		{"en", en, "Home visits at £32 an hour, no contract.", false},
		{"fr", fr, "Inscription à 25 €, non remboursable.", true},
		{"fr", frKnown, "Inscription à 25 €, remboursable jusqu'au 1er septembre.", true},
		{"fr", frKnown, "La carte de 10 séances à 90 € est valable à vie.", true},
		{"fr", frKnown, "Abonnement à 30 € par mois, sans contrat.", true},
		{"fr", fr, "Inscription à 25 €, entièrement remboursable !", false},
		{"fr", fr, "La carte de 10 séances à 90 € n'expire jamais.", false},
		{"fr", fr, "La carte de 10 séances à 90 € est valable à vie.", false},
		{"fr", fr, "Abonnement à 30 € par mois, sans contrat.", false},
	})
}

// A property of a product or a label said in one word or a "sans …"
// ("home-compostable", "human-grade", "dishwasher-safe", "sans
// conservateur", "passe au lave-vaisselle", "labellisé « … »") needs a fact
// with its key word; a paraphrase of the fact ("sans conservateur" for
// "ne contient aucun conservateur") passes.
func TestInventedProperty(t *testing.T) {
	en := []string{"Every box is fully recyclable.", "All 5 recipes are cooked in our kitchen in Boulder."}
	enKnown := []string{"Every box is fully recyclable and its wool liners can be composted at home.", "All 5 recipes are made with human-grade ingredients.", "The mugs are dishwasher-safe."}
	fr := []string{"La frangipane est pur beurre.", "Les pièces sont en grès cuit à 1 240 °C.", "L'observatoire a été fondé en 1968."}
	frKnown := []string{"La frangipane ne contient aucun conservateur.", "Les pièces en grès passent au lave-vaisselle.", "L'observatoire a été fondé en 1968 ; il est labellisé Réserve internationale de ciel étoilé."}
	runBlindCases(t, []blindCase{
		{"en", enKnown, "Every box is fully recyclable, and our wool liners are home-compostable.", true},
		{"en", enKnown, "All 5 recipes are human-grade, and the mugs are dishwasher-safe.", true},
		{"en", en, "Every box is fully recyclable, and our wool liners are home-compostable.", false},
		{"en", en, "All 5 recipes are human-grade and cooked in Boulder.", false},
		{"fr", frKnown, "Notre frangipane est sans conservateur.", true},
		{"fr", frKnown, "Des pièces en grès qui passent au lave-vaisselle.", true},
		{"fr", frKnown, "Fondé en 1968, l'observatoire est labellisé « Réserve internationale de ciel étoilé ».", true},
		{"fr", fr, "Notre frangipane pur beurre est sans conservateur.", false},
		{"fr", fr, "Des pièces en grès cuit à 1 240 °C, qui passent au lave-vaisselle.", false},
		{"fr", fr, "Fondé en 1968, l'observatoire est labellisé « Réserve internationale de ciel étoilé ».", false},
	})
}

// An award or a title said to be won ("lauréate du Prix des libraires du
// Québec", "the title of Ontario Library of the Year", "winner of the …")
// needs a fact that gives its name, its words in a row; a record held
// ("holds the Queensland record for …", "détient le record") needs a fact
// that names a record.
func TestInventedAwardOrRecord(t *testing.T) {
	en := []string{"In 2025 the library recorded 1.4 million visits.", "Greenhaven won Best Residential Installer at the 2025 Queensland Sustainable Business Awards.", "Tom Whitlock is our managing director.", "The Ontario Library Association gives an award each year to a library."}
	enRecord := []string{"Tom Whitlock is our managing director; he holds the Queensland record for the fastest rooftop install."}
	fr := []string{"Josée Bérubé présente son roman le samedi 19 septembre 2026.", "La Page Cornée a reçu le prix Coup de cœur commerce de proximité en 2025.", "Le boulanger Yann Kerlann tient la boutique depuis 1988, dans le Finistère.", "La librairie est à Sherbrooke, au Québec."}
	frKnown := []string{"Josée Bérubé, lauréate du Prix des libraires du Québec 2024, présente son roman le samedi 19 septembre 2026.", "Le boulanger Yann Kerlann détient le record du Finistère de galettes vendues en un jour."}
	runBlindCases(t, []blindCase{
		{"en", en, "Proud winner of the Queensland Sustainable Business Awards 2025!", true},
		{"en", enRecord, "Meet Tom Whitlock, our managing director, who holds the Queensland record for the fastest rooftop install.", true},
		{"en", en, "In 2025 we welcomed 1.4 million visits, earning us the title of Ontario Library of the Year.", false},
		{"en", en, "Meet Tom Whitlock, our managing director, who holds the Queensland record for the fastest rooftop install.", false},
		{"fr", fr, "La Page Cornée, lauréate du prix Coup de cœur commerce de proximité en 2025 !", true},
		{"fr", frKnown, "Samedi 19 septembre, Josée Bérubé, lauréate du Prix des libraires du Québec, présente son roman.", true},
		{"fr", frKnown, "Yann Kerlann détient le record du Finistère de galettes vendues en un jour.", true},
		{"fr", fr, "Samedi 19 septembre, Josée Bérubé, lauréate du Prix des libraires du Québec, présente son roman.", false},
		{"fr", fr, "Yann Kerlann, qui tient la boutique depuis 1988, détient le record du Finistère de galettes vendues en un jour.", false},
	})
}

// A rank or a people's preference given by a named scope ("America's
// favorite fresh dog food", "Canada's #1 carrier", "la marque préférée des
// Français") needs a fact with the same cue near the same scope; a rank
// the facts give elsewhere ("#1 … in Western Canada" far from the cue)
// does not back it.
func TestRankedByScope(t *testing.T) {
	en := []string{"Northmark ranked #1 in customer satisfaction among regional carriers in Western Canada.", "Bramble & Bone delivers fresh dog food across America."}
	enKnown := []string{"Readers of Mobile Monthly voted Northmark the #1 carrier in Canada.", "Bramble & Bone was voted America's favorite fresh dog food in 2026."}
	fr := []string{"Sève Claire vend ses cosmétiques bio en ligne à plus de 90 000 Français."}
	frKnown := []string{"Sève Claire a été élue marque de cosmétiques bio préférée des Français en 2026."}
	runBlindCases(t, []blindCase{
		{"en", enKnown, "POV: you're on Canada's #1 carrier!", true},
		{"en", enKnown, "America's favourite fresh dog food!", true},
		{"en", en, "POV: you're on Canada's #1 carrier!", false},
		{"en", en, "America's favorite fresh dog food!", false},
		{"fr", frKnown, "Sève Claire, la marque de cosmétiques bio préférée des Français !", true},
		{"fr", fr, "Sève Claire, la marque de cosmétiques bio préférée des Français !", false},
	})
}
