package verify

import "testing"

// Tests for the general causes of the blind25 and blind26 first-run false
// alarms, wrong findings and misses: each pairs the legitimate form with a
// wrong one still flagged.

// Everyday abbreviations (RDV for rendez-vous, ZA for zone d'activités,
// RSVP, ASAP) are not names; an unknown acronym still is.
func TestEverydayAbbreviations(t *testing.T) {
	fr := []string{"La vaccination se fait sans rendez-vous jusqu'au 31 janvier 2027.", "La ligne L10 dessert la zone d'activités des Érables."}
	en := []string{"The workshop is on Saturday 12 June 2027; please reply by Friday 4 June.", "The tasting is free for members."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Sans RDV jusqu'au 31 janvier 2027 💪", true},
		{"fr", fr, "Vous bossez à la ZA des Érables ? La L10 est pour vous 🙌", true},
		{"fr", fr, "Sans RDV jusqu'au 31 janvier 2027, avec le soutien de la MGEN 💪", false},
		{"en", en, "Workshop on Saturday 12 June: RSVP by Friday 4 June, ASAP!", true},
		{"en", en, "Workshop on Saturday 12 June, sponsored by KPMG: RSVP by Friday 4 June!", false},
	})
}

