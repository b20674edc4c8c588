package verify

import "testing"

// A rank the post gives the brand in words, "Canada's leading agency", "the
// fastest-growing agency in Ontario", "le leader belge de la calèche", is a
// claim: unsupported unless a fact states it, backed when one does. A
// boast that names no rank ("a leading provider") is not flagged.
func TestRankInWords(t *testing.T) {
	en := []string{"Northword is a translation agency founded in 2009 in Ottawa.", "Northword won the 2026 Excellence Award of the Canadian Association of Language Service Providers."}
	enRanked := append([]string{"Northword is Canada's leading translation agency and the fastest-growing agency in Ontario."}, en...)
	fr := []string{"Les Attelages de l'Ourthe est une entreprise familiale de promenades en calèche fondée en 2009 à Durbuy."}
	frRanked := append([]string{"Les Attelages de l'Ourthe est le leader belge de la promenade en calèche."}, fr...)
	runBlindCases(t, []blindCase{
		{"en", en, "Since 2009, Northword has grown into Canada's leading translation agency.", false},
		{"en", en, "Thanks for making us the fastest-growing agency in Ontario!", false},
		{"en", en, "Northword, a leading provider of translation in Ottawa since 2009.", true},
		{"en", enRanked, "Since 2009, Northword has grown into Canada's leading translation agency.", true},
		{"en", enRanked, "Thanks for making us the fastest-growing agency in Ontario!", true},
		{"fr", fr, "Fondée en 2009 à Durbuy, notre entreprise est aujourd'hui le leader belge de la promenade en calèche.", false},
		{"fr", frRanked, "Fondée en 2009 à Durbuy, notre entreprise est aujourd'hui le leader belge de la promenade en calèche.", true},
	})
}
