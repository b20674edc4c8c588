package verify

import "testing"

// Tests for the general causes of the French first-run errors of the opened
// sets blind35–36: each pairs the legitimate form (not flagged) with a wrong
// one (still flagged), in French and English.

// Two dates in one sentence: the words around the first may be those of the
// fact that gives the second ("la session débute le 11 septembre, et le
// spectacle la couronnera le 10 décembre"); when the sentence says that
// fact's date too, the first date is checked against the other facts.
func TestTwoDatesOfOneSentence(t *testing.T) {
	fr := []string{"La session d'automne 2027 se déroule du samedi 11 septembre au samedi 11 décembre 2027, soit 13 semaines de cours.",
		"Le spectacle de fin de session « Lumières d'hiver » a lieu le vendredi 10 décembre 2027 à 19 h, à l'école."}
	en := []string{"The autumn term 2027 runs from Saturday 11 September to Saturday 11 December 2027, 13 weeks of classes.",
		"The end-of-term show 'Winter Lights' takes place on Friday 10 December 2027 at 7 pm, at the school."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La session d'automne débute le samedi 11 septembre, et le spectacle « Lumières d'hiver » viendra la couronner le vendredi 10 décembre à 19 h.", true},
		{"fr", fr, "La session d'automne débute le samedi 11 septembre, et le spectacle « Lumières d'hiver » viendra la couronner le vendredi 17 décembre à 19 h.", false},
		{"fr", fr, "Le spectacle de fin de session « Lumières d'hiver » a lieu le samedi 11 septembre.", false},
		{"en", en, "The autumn term starts on Saturday 11 September, and the end-of-term show 'Winter Lights' crowns it on Friday 10 December at 7 pm.", true},
		{"en", en, "The autumn term starts on Saturday 11 September, and the end-of-term show 'Winter Lights' crowns it on Friday 17 December at 7 pm.", false},
		{"en", en, "The end-of-term show 'Winter Lights' takes place on Saturday 11 September.", false},
	})
}
