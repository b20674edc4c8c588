package verify

import "testing"

// Tests for the general causes of holdout13's first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A keycap emoji numbers a list item; it is not a figure.
func TestKeycapListItems(t *testing.T) {
	facts := []string{"Le savon coûte 7,90 € ; le shampooing solide coûte 11,50 €."}
	if r := check(t, "fr", facts, "Votre préféré ?\n1️⃣ le savon\n2️⃣ le shampooing solide\n3️⃣ les deux\nVotez 👇"); r.Verdict != Pass {
		t.Errorf("keycap list flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "1️⃣ le savon à 6,90 €\n2️⃣ le shampooing solide"); len(r.Findings) != 1 || r.Findings[0].Text != "6,90 €" {
		t.Errorf("wrong price in a keycap list: %+v", r.Findings)
	}
}
