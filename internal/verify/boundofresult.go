package verify

import (
	"math"

	"github.com/vigie-cm/vigie/internal/claims"
)

// boundOfResult: "Spend $30 … we'll match it with $30 more. That's up to
// $60", "your first year drops to $39.53 … Split six ways, it's under $7
// per person": a bound announced as a result ("that's", "it's", "soit",
// "ça fait", "c'est", "so") that holds of the sum, difference, product or
// quotient of two figures of its sentence or the two before, one of them
// backed, and stays within 15 % of it, is the writer's arithmetic; a bound
// the figures do not make is still checked. At most eight figures are
// tried, so a long post stays linear.
func (g *grounder) boundOfResult(c *claims.Claim, cl class) bool {
	if c.Value <= 0 || c.Type != claims.Money && c.Type != claims.Count {
		return false
	}
	switch c.Bound {
	case claims.UpTo, claims.Less, claims.Greater, claims.AtLeast, claims.Approx:
	default:
		return false
	}
	toks := g.doc.Tokens
	cue := false
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-5 && toks[k].Sent == c.Sent && !cue; k-- {
		switch toks[k].Low {
		case "soit", "donc", "so", "=", "fait":
			cue = true
		case "s":
			cue = k >= 2 && (toks[k-2].Low == "that" || toks[k-2].Low == "it")
		case "est":
			cue = k >= 1 && toks[k-1].Low == "c'"
		}
	}
	if !cue {
		return false
	}
	holds := func(r float64) bool {
		v := c.Value
		switch c.Bound {
		case claims.UpTo:
			return r <= v+1e-9 && r >= 0.85*v
		case claims.Less:
			return r < v && r >= 0.85*v
		case claims.Greater:
			return r > v && r <= 1.15*v
		case claims.AtLeast:
			return r >= v-1e-9 && r <= 1.15*v
		}
		return math.Abs(r-v) <= 0.05*v
	}
	const maxNear = 8
	var near [maxNear]*claims.Claim
	n := 0
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start >= c.Start || o.Sent < c.Sent-2 || o.Value <= 0 || o.Type != claims.Money && o.Type != claims.Count && o.Type != claims.Number {
			continue
		}
		if n == maxNear {
			break
		}
		near[n] = o
		n++
	}
	for _, a := range near[:n] {
		acl, _ := classOf(a.Type)
		for _, b := range near[:n] {
			if a == b {
				continue
			}
			bcl, _ := classOf(b.Type)
			hit := acl == cl && bcl == cl && (holds(a.Value+b.Value) || a.Value > b.Value && holds(a.Value-b.Value)) ||
				acl == cl && bcl == clsPlain && (holds(a.Value*b.Value) || holds(a.Value/b.Value))
			if hit && (g.supported(a, acl) || g.supported(b, bcl)) {
				return true
			}
		}
	}
	return false
}
