package verify

import "testing"

// "from 21,340 reviews" in a fact is how many reviews a rating is drawn
// from, a count: "over 21,000 reviews" is a true bound of it, "over 25,000"
// still a false one.
func TestReviewsARatingIsDrawnFrom(t *testing.T) {
	en := []string{"Brightline is rated 4.6 out of 5 on Trustpilot, from 21,340 reviews (October 2026)."}
	fr := []string{"La boutique est notée 4,6 sur 5 sur Google, à partir de 1 340 avis (octobre 2026)."}
	runBlindCases(t, []blindCase{
		{"en", en, "Rated 4.6/5 on Trustpilot from over 21,000 reviews!", true},
		{"en", en, "Rated 4.6/5 on Trustpilot from over 25,000 reviews!", false},
		{"fr", fr, "Notée 4,6/5 sur Google à partir de plus de 1 300 avis !", true},
		{"fr", fr, "Notée 4,6/5 sur Google à partir de plus de 2 000 avis !", false},
	})
}
