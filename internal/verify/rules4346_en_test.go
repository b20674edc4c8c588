package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind43–46 (opened blind sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English where it applies.

// "$49 instead of $69 (save $20!)": the price right after "instead of" /
// "au lieu de" is the replaced price, not the saving the next word
// announces; a wrong saving is still flagged.
func TestReplacedPriceIsNoSaving(t *testing.T) {
	en := []string{"From 2 to 31 August 2027, Noosa Express adult fares are A$49 instead of A$69, for online bookings only."}
	fr := []string{"Du 2 au 31 août 2027, le billet adulte du Noosa Express coûte 49 € au lieu de 69 €, uniquement en ligne."}
	runBlindCases(t, []blindCase{
		{"en", en, "From 2 to 31 August, adult fares are just $49 instead of $69 (save $20!) when you book online.", true},
		{"en", en, "From 2 to 31 August, adult fares are just $49 instead of $69 (save $30!) when you book online.", false},
		{"fr", fr, "Du 2 au 31 août, le billet adulte est à 49 € au lieu de 69 € (économisez 20 €) en ligne.", true},
		{"fr", fr, "Du 2 au 31 août, le billet adulte est à 49 € au lieu de 69 € (économisez 30 €) en ligne.", false},
	})
}
