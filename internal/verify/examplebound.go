package verify

import "github.com/vigie-cm/vigie/internal/claims"

// exampleWithinBound: "so a 12-metre boat pays A$48" for "berths for boats
// up to 24 metres", "si votre petit dernier a 4 ans, il entre gratuitement"
// for "moins de 12 ans": a figure the post supposes (an indefinite article
// just before it, or "if", "si", "say" opening its clause) that lies inside
// the bound a fact gives ("up to", "jusqu'à", "moins de", "under") is an
// example the bound admits, not another value of it; one outside the bound
// is still contradicted. A count or a length of time ("a 10-minute ride"
// for rides "of up to 30 minutes").
func (g *grounder) exampleWithinBound(c *claims.Claim, a *atom) bool {
	if c.Bound != claims.Exact || c.Value <= 0 {
		return false
	}
	switch a.bound {
	case claims.UpTo:
		if c.Value > a.value {
			return false
		}
	case claims.Less:
		if c.Value >= a.value {
			return false
		}
	default:
		return false
	}
	toks := g.doc.Tokens
	switch prevLow(toks, c.Tok0) {
	case "a", "an", "un", "une":
		return true
	}
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-6 && toks[k].Sent == c.Sent; k-- {
		switch toks[k].Low {
		case "if", "si", "say":
			return true
		case ",", ";", ":", "(":
			return false
		}
	}
	return false
}
