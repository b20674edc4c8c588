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
