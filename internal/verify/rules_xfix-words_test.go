package verify

import "testing"

// Tests for claims said in words, with no figure, that a fact denies: each
// pairs the legitimate form (not flagged) with the wrong one (flagged), in
// French and English.

// "bookings required", "bookings essential" (plural) make booking a
// condition as the singular does; "bookings are not required",
// "les réservations ne sont pas obligatoires" waive it; "no bookings
// required" is no requirement.
func TestBookingPluralAndNotRequired(t *testing.T) {
	enReq := []string{"Free Open Day on Sunday 21 November, 10am to 3pm: 'try sailing' rides on keelboats, bookings required."}
	enNot := []string{"An open day is held on Saturday 13 May 2028 from 10am to 2pm in the Village Centre; bookings are not required."}
	enNo := []string{"Free Open Day on Sunday 21 November, 10am to 3pm: 'try sailing' rides on keelboats, no bookings required."}
	frReq := []string{"La journée portes ouvertes a lieu le samedi 6 mars 2027 de 10h à 17h ; réservations obligatoires."}
	frNot := []string{"La journée portes ouvertes a lieu le samedi 6 mars 2027 de 10h à 17h ; les réservations ne sont pas obligatoires."}
	runBlindCases(t, []blindCase{
		{"en", enReq, "Our Open Day is free, book ahead and jump on a keelboat ride ⛵", true},
		{"en", enReq, "Our Open Day is free, no booking needed! Just turn up ⛵", false},
		{"en", enNo, "Our Open Day is free, no booking needed! Just turn up ⛵", true},
		{"en", enNot, "Open day on Saturday 13 May 2028 from 10am to 2pm, just come along!", true},
		{"en", enNot, "Open day on Saturday 13 May 2028 from 10am to 2pm. Bookings essential!", false},
		{"fr", frNot, "Portes ouvertes de 10h à 17h, venez nous voir !", true},
		{"fr", frNot, "Portes ouvertes de 10h à 17h. Réservations obligatoires !", false},
		{"fr", frReq, "Portes ouvertes de 10h à 17h, sans réservation !", false},
	})
}
