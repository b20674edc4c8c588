package verify

import "github.com/vigie-cm/vigie/internal/claims"

// otherAgeThreshold: "Entrée gratuite pour les moins de 16 ans" when the
// fact about the same thing says "gratuite pour les moins de 12 ans": an
// age said as a threshold ("moins de", "under", "plus de", "over") is
// checked against the thresholds of the same kind the facts give, not
// backed by any lower age of the sheet ("les 6-11 ans" are all under 16).
// It flags c and reports whether it did.
func (g *grounder) otherAgeThreshold(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Noun != "year" || c.Bound != claims.Less && c.Bound != claims.Greater {
		return false
	}
	atoms := g.sh.atoms[clsPlain]
	var ctx []string
	best, bestOv := -1, 0
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.fact < 0 || a.noun != "year" || a.bound != c.Bound {
			continue
		}
		if claims.Eq(a.value, c.Value) {
			return false
		}
		if ctx == nil {
			ctx = g.context(c, 8)
		}
		if ov := g.overlap(ctx, a.fact); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	if best < 0 {
		return false
	}
	g.contradicted(g.withBound(c), atoms[best].fact, atoms[best].text)
	return true
}
