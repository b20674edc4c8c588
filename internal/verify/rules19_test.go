package verify

import "testing"

// Ranks listed after a month the post names are days of that month.
func TestDaysListedAfterAMonth(t *testing.T) {
	facts := []string{"Every Friday in February 2027, Cosmic Bowling runs from 8pm to midnight."}
	if r := check(t, "en", facts, "Four Fridays of Cosmic Bowling in February: 5th, 12th, 19th and 26th 🌌"); r.Verdict != Pass {
		t.Errorf("the Fridays of February flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Cosmic Bowling in February: 6th and 13th!"); r.Verdict == Pass {
		t.Errorf("Saturdays of February not flagged")
	}
}
