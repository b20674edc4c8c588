package verify

import "github.com/vigie-cm/vigie/internal/claims"

// partsOfTotal: "$400 in prize money up for grabs: $250, $100 and $50",
// "a fleet of 15 boats: 12 Pacer dinghies and 3 Beneteau 31 keelboats": a
// total, a few words, an opener (":", "(", "dont", "including"), then parts
// of its kind joined by a separator ("," "and" "et" "+" "plus"), each
// backed, is their sum. The parts end at the first figure not joined by a
// separator (the model number of "Beneteau 31"); parts that do not add up
// to the total leave it checked.
func (g *grounder) partsOfTotal(c *claims.Claim) bool {
	if c.Bound != claims.Exact || c.Value <= 0 || c.Type != claims.Count && c.Type != claims.Money {
		return false
	}
	cl, _ := classOf(c.Type)
	toks := g.doc.Tokens
	open := c.Tok1
	for open < len(toks) && open < c.Tok1+8 && toks[open].Sent == c.Sent && toks[open].Kind == claims.TWord && !breakdownOpeners[toks[open].Low] {
		open++
	}
	if open >= len(toks) || toks[open].Sent != c.Sent || !breakdownOpeners[toks[open].Low] {
		return false
	}
	sum, parts, next := 0.0, 0, open+1
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Tok0 < next || o.Start == c.Start {
			continue
		}
		if o.Sent != c.Sent || o.Type != c.Type || o.Bound != claims.Exact {
			break
		}
		// the first part follows the opener; each next one a separator
		if parts > 0 && !g.separated(next, o.Tok0) || parts == 0 && o.Tok0 > next+1 {
			break
		}
		if !g.supported(o, cl) {
			return false
		}
		sum += o.Value
		parts++
		next = o.Tok1
	}
	return parts >= 2 && claims.Eq(sum, c.Value)
}

// separated: the tokens from a to b end an item of a list (up to two words
// of its noun) and hold a separator before the next one.
func (g *grounder) separated(a, b int) bool {
	toks := g.doc.Tokens
	sep := false
	words := 0
	for k := a; k < b; k++ {
		l := toks[k].Low
		switch {
		case listSeparators[l] || l == "plus":
			sep = true
		case sep && sumArticles[l]:
		case !sep && toks[k].Kind == claims.TWord && words < 2:
			words++
		default:
			return false
		}
	}
	return sep
}
