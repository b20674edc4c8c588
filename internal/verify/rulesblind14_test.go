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
