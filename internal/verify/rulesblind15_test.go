package verify

import "testing"

// Tests for the general causes of the blind15 first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// "Vous êtes élève en lycée agricole ? Terralia, c'est gratuit pour vous":
// a freebie whose subject is only the brand offers what the question before
// names; a question naming people the facts never let in free is flagged.
func TestFreebieNamedSubjectAfterQuestion(t *testing.T) {
	fr := []string{"Le billet adulte coûte 12 € sur place et 9 € en ligne.", "Les élèves et apprentis des lycées agricoles entrent gratuitement sur présentation de leur carte.", "Terralia se tient à Bourges."}
	en := []string{"An adult ticket costs £12 on the day.", "Pupils and apprentices of farming colleges get in free on showing their card.", "Terralia is held in Bourges."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Vous êtes élève ou apprenti en lycée agricole ? 🎓 Terralia, c'est gratuit pour vous sur présentation de votre carte !", true},
		{"fr", fr, "Vous êtes étudiant en master ? 🎓 Terralia, c'est gratuit pour vous !", false},
		{"fr", fr, "Terralia, c'est gratuit pour vous !", false},
		{"en", en, "Studying at a farming college? 🎓 Terralia is free for you on showing your card!", true},
		{"en", en, "Retired? 🎓 Terralia is free for you!", false},
		{"en", en, "Terralia is free for you!", false},
	})
}
