package verify

import "github.com/vigie-cm/vigie/internal/claims"

// closeTrueBound: "plus de 210 000 téléphones remis en état rien qu'en
// 2025" for "En 2025, les ateliers ont réparé 212 000 smartphones", "Over
// 2,000 restaurants and shops … with Rostera" for "More than 2,400
// businesses use Rostera": a lower bound ("plus de", "over", "more than")
// on a noun no fact counts is a true bound of a count a fact gives under
// another word, when that count is at most a quarter above the bound and
// the fact shares words with the post's sentence. A bound above the count,
// or far under it, is still unsupported.
func (g *grounder) closeTrueBound(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Bound != claims.Greater && c.Bound != claims.AtLeast || c.Value < 10 || c.Noun == "" || g.sh.nouns[c.Noun] {
		return false
	}
	var ctx []string
	for _, a := range g.sh.atoms[clsPlain] {
		if a.derived || a.fact < 0 || a.year || a.first || a.noun == "" || a.bound != claims.Exact && a.bound != claims.Greater {
			continue
		}
		if a.value < c.Value || a.value > 1.25*c.Value || a.value == c.Value && c.Bound == claims.Greater && a.bound == claims.Exact {
			continue
		}
		if ctx == nil {
			ctx = g.context(c, 12)
		}
		if g.overlap(ctx, a.fact) > 0 {
			return true
		}
	}
	return false
}
