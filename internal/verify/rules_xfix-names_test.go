package verify

import "testing"

// Tests for the general rules of the class "names" of the misses across
// brands (a person, a place, a partner or a title of the facts said of
// another thing than the facts give it to): each pairs the legitimate form
// (not flagged) with a wrong one (flagged), in French and English.

// "15-minute sessions with Niamh Keohane" when Conor Twomey leads all
// headshot sessions; "Olivier Gagnon y fera les démos de tournage" when
// the demonstrations are given by Camille Tremblay ("démos" clipped from
// "démonstrations").
func TestActivityOfAnotherPerson(t *testing.T) {
	en := []string{"Fernlight Studio was founded in 2016 by photographer Niamh Keohane.", "Conor Twomey is the studio's associate photographer and leads all headshot sessions."}
	fr := []string{"L'atelier a été fondé par Camille Tremblay et Olivier Gagnon.", "Portes ouvertes le samedi 11 décembre 2027 : démonstrations de tournage par Camille Tremblay."}
	runBlindCases(t, []blindCase{
		{"en", en, "Book headshot sessions with Conor Twomey!", true},
		{"en", en, "Book headshot sessions with Niamh Keohane!", false},
		{"en", en, "Niamh Keohane founded the studio in 2016.", true},
		{"fr", fr, "Samedi 11 décembre, Camille Tremblay y fera les démos de tournage.", true},
		{"fr", fr, "Samedi 11 décembre, Olivier Gagnon y fera les démos de tournage.", false},
		{"fr", fr, "Démonstrations de tournage avec Camille Tremblay samedi !", true},
		{"fr", fr, "Démonstrations de tournage avec Olivier Gagnon samedi !", false},
	})
}
