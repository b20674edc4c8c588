package verify

import (
	"regexp"

	"github.com/vigie-cm/vigie/internal/claims"
)

// All ages, when one fact alone sets an age limit: "All ages welcome!",
// "kids of all ages can join in" share no two words with the fact that
// limits the ages ("The party is 21+ only", "Explorer (ages 10 and up)"),
// so allAges finds no fact about the same thing; when the sheet has one
// fact that limits ages and none that says all ages, that fact decides.

// ageBoundRe: a folded fact that sets an age bound by a figure ("21+",
// "ages 10 and up", "aged 5-9", "à partir de 7 ans", "18 ans et plus", "over-18s"),
// not a count ("groups of 10+"), a price band ("$6 for ages 8 to 17") nor
// an anniversary ("la fête des 10 ans").
var ageBoundRe = regexp.MustCompile(`\b(?:is|are|est|sont) \d+\+|\b\d+\+ only\b|\bages? \d+ ?(?:and up|and over|\+)|\(ages? \d+ ?(?:-|to|a) ?\d+|\ba partir de \d+ ans\b|\b\d+ (?:ans|years?)(?: old)? (?:et plus|and (?:over|up|older))|\b(?:over|under)-\d+s\b`)

// onlyAgeLimit: the one fact that sets an age limit, when no fact says all
// ages; or -1.
func (g *grounder) onlyAgeLimit() int {
	found := -1
	for fi := range g.sh.facts {
		f := g.sh.facts[fi].fold
		if allAgesRe.MatchString(f) {
			return -1
		}
		// (the fact's own text: the padded fold drops the "+" of "21+")
		if ageBoundRe.MatchString(claims.Fold(g.sh.factText(fi))) {
			if found >= 0 {
				return -1
			}
			found = fi
		}
	}
	return found
}
