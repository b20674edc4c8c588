package verify

import "testing"

// Tests for the general causes of holdout16's first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A clock time is never a stated time times a count of the sentence.
func TestClockTimeIsNoProduct(t *testing.T) {
	facts := []string{"Les cours collectifs ont lieu 6 matinées de 9h à 11h30, pour 189 €.", "Le Club Piou-Piou accueille les enfants 2h par jour."}
	if r := check(t, "fr", facts, "Cours collectifs : 6 matinées de 9h à 11h30 pour 189 € !"); r.Verdict != Pass {
		t.Errorf("stated course flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Cours collectifs : 6 matinées de 9h à 12h !"); r.Verdict == Pass {
		t.Errorf("wrong end time not flagged")
	}
}
