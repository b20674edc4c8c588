package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind21–24 (opened sealed sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English.

// "will send off the first wave on Sunday 19 September" when a fact says
// the ambassador "will start the first wave": an order the facts give,
// said of words the sheet knows (the event, its date), is theirs; a first
// the facts never give is still flagged.
func TestOrderOfFacts(t *testing.T) {
	en := []string{"The Runwell Bristol 10K takes place on Sunday 19 September 2027.", "Our ambassador Priya Castell will start the first wave."}
	fr := []string{"La Course Nantaise a lieu le dimanche 19 septembre 2027.", "Notre marraine Priya Castell donnera le départ de la première vague."}
	runBlindCases(t, []blindCase{
		{"en", en, "Priya Castell will send off the first wave on Sunday 19 September!", true},
		{"en", en, "Priya Castell will send off the first relay on Sunday 19 September!", false},
		{"fr", fr, "Priya Castell lancera la première vague de la Course Nantaise le 19 septembre !", true},
		{"fr", fr, "Priya Castell lancera le premier relais de la Course Nantaise le 19 septembre !", false},
	})
}

// A number naming one of several things ("hall 3", "Bristol 10K") is
// compared with the facts' as written: the post's "Bristol 10K" is the
// fact's, whatever 10K is worth; another figure is still flagged.
func TestDesignatorAsWritten(t *testing.T) {
	en := []string{"The Runwell Bristol 10K takes place on Sunday 19 September 2027 on Queen Square."}
	fr := []string{"La Course Nantaise 10K a lieu le dimanche 19 septembre 2027 sur le quai de la Fosse."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Runwell Bristol 10K is on Sunday 19th September, on Queen Square!", true},
		{"en", en, "The Runwell Bristol 5K is on Sunday 19th September, on Queen Square!", false},
		{"fr", fr, "La Course Nantaise 10K, c'est le dimanche 19 septembre sur le quai de la Fosse !", true},
		{"fr", fr, "La Course Nantaise 5K, c'est le dimanche 19 septembre sur le quai de la Fosse !", false},
	})
}
