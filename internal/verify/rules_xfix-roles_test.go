package verify

import "testing"

// Tests for the general rules of the class "people, jobs and places" of
// the misses across brands: each pairs the legitimate form (not flagged)
// with a wrong one (flagged), in French and English.

// "Meet Tom Whitlock, our managing director", "Rencontrez Claire Marette,
// notre directrice": the person after the verb that opens the sentence is
// checked as any stated name is; each job of a coordination ("co-founder
// and managing director") is checked, and founding is given by the verb
// outside the jobs in apposition.
func TestMeetPersonJob(t *testing.T) {
	en := []string{"The residence manager at Hartley Yard is Priya Desai.", "Greenhaven was founded in 2011 by Priya Raman (managing director) and Tom Whitlock (head of installations)."}
	fr := []string{"La gérante de la cidrerie est Claire Marette.", "La cidrerie a été fondée en 1987 par Léa Roy (directrice) et Marc Petit (responsable de production)."}
	runBlindCases(t, []blindCase{
		{"en", en, "Meet Priya Desai, our residence manager at Hartley Yard!", true},
		{"en", en, "Meet Priya Desai, head of student welfare at Hartley Yard!", false},
		{"en", en, "Meet Tom Whitlock, our co-founder and head of installations.", true},
		{"en", en, "Meet Tom Whitlock, our co-founder and managing director.", false},
		{"en", en, "Meet Priya Desai, chief executive officer of Hartley Yard.", false},
		{"fr", fr, "Rencontrez Claire Marette, notre gérante !", true},
		{"fr", fr, "Rencontrez Claire Marette, notre directrice !", false},
		{"fr", fr, "Rencontrez Marc Petit, notre cofondateur et responsable de production.", true},
		{"fr", fr, "Rencontrez Marc Petit, notre cofondateur et directeur.", false},
	})
}
