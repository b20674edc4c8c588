package verify

import "testing"

// Tests for the general causes of the blind4 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

type blindCase struct {
	lang  string
	facts []string
	post  string
	pass  bool
}

func runBlindCases(t *testing.T, cases []blindCase) {
	t.Helper()
	for _, tc := range cases {
		r := check(t, tc.lang, tc.facts, tc.post)
		if tc.pass && r.Verdict != Pass {
			t.Errorf("%s %q flagged: %+v", tc.lang, tc.post, r.Findings)
		}
		if !tc.pass && r.Verdict == Pass {
			t.Errorf("%s %q not flagged", tc.lang, tc.post)
		}
	}
}

// A place written only inside a dash compound of the facts (a route) is a
// stated name on its own.
func TestPlaceInDashCompound(t *testing.T) {
	en := []string{"The new Inverness–Stornoway route launches on Monday 4 May 2026."}
	fr := []string{"La ligne Rennes–Quimper ouvre le lundi 4 mai 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "Heading to Stornoway this spring? Flights from 4 May.", true},
		{"en", en, "Heading to Benbecula this spring? Flights from 4 May.", false},
		{"fr", fr, "On file à Quimper dès le 4 mai !", true},
		{"fr", fr, "On file à Lorient dès le 4 mai !", false},
	})
}
