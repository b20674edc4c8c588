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

// "14 000 livres, BD, DVD et revues": "livres" opening a list of things
// counts books, backed by the facts' "14 000 documents (livres, BD …)"
// and not a price in pounds; a wrong count is still flagged.
func TestBooksInAList(t *testing.T) {
	fr := []string{"La médiathèque propose 14 000 documents (livres, BD, DVD, revues) et 6 postes informatiques en accès libre."}
	en := []string{"The library holds 14,000 items (books, comics, DVDs, magazines) and 6 public computers."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "La médiathèque ouvre : 14 000 livres, BD, DVD et revues, et six postes en accès libre.", true},
		{"fr", fr, "La médiathèque ouvre : 19 000 livres, BD, DVD et revues, et six postes en accès libre.", false},
		{"en", en, "The library opens: 14,000 books, comics, DVDs and magazines, and six public computers.", true},
		{"en", en, "The library opens: 19,000 books, comics, DVDs and magazines, and six public computers.", false},
	})
}
