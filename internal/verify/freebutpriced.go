package verify

import "github.com/vigie-cm/vigie/internal/claims"

// Free, for what a fact prices: "free pints for the first 100 visitors",
// "surfboards travel free", "une dégustation gratuite" said of a thing a fact
// gives a price ("sold at £5.80 a pint", "surfboards cost A$15 extra") in a
// sentence with no gift word (an "under-5s free" beside the price keeps
// the post alone), when no fact gives the thing free.

// pricedFreeWords mark a thing given for nothing in a post.
var pricedFreeWords = map[string]bool{
	"free": true, "gratuit": true, "gratuite": true, "gratuits": true, "gratuites": true,
}

// freeButPriced flags a free thing whose fact prices it.
func (g *grounder) freeButPriced() {
	toks := g.doc.Tokens
	for i := range toks {
		if !toks[i].In(freeClass) {
			continue
		}
		sent := toks[i].Sent
		// the thing: "free pints" (English, after), "surfboards travel
		// free", "dégustation gratuite" (before, a verb between at most)
		x := -1
		if g.lang == "en" && i+1 < len(toks) && toks[i+1].Sent == sent && toks[i+1].Kind == claims.TWord && !toks[i+1].Stop() && len(toks[i+1].Low) > 3 {
			x = i + 1
		}
		if x < 0 {
			for k := i - 1; k >= 0 && k >= i-2 && toks[k].Sent == sent && toks[k].Kind == claims.TWord; k-- {
				if !toks[k].Stop() && len(toks[k].Low) > 3 && !toks[k].In(giftClass) {
					x = k
					if k < i-1 || g.lang == "fr" {
						break
					}
				}
			}
		}
		if x < 0 {
			continue
		}
		a, b := min(i, x), max(i, x)
		if g.flagged(toks[a].Start, toks[b].End) {
			continue
		}
		fi := g.pricedThing(toks[x].Low)
		if fi < 0 {
			continue
		}
		c := claims.Claim{Type: claims.Freebie, Start: toks[a].Start, End: toks[b].End, Tok0: a, Tok1: b + 1, Sent: sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, fi, "")
	}
}

// pricedThing: the fact that gives the thing of word w a price within five
// words of it, when no fact names it in a sentence with a gift word; or -1.
func (g *grounder) pricedThing(w string) int {
	st := claims.Stem(w)
	found := -1
	for _, at := range g.sh.stemPositions(st) {
		if at.fi < 0 {
			continue
		}
		fd, j := &g.sh.facts[at.fi], at.ti
		ft := fd.doc.Tokens
		for k := range ft {
			if ft[k].Sent == ft[j].Sent && ft[k].In(giftClass) {
				return -1
			}
		}
		if found >= 0 {
			continue
		}
		for ci := range fd.doc.Claims {
			fc := &fd.doc.Claims[ci]
			if fc.Type != claims.Money || fc.Value <= 0 || fc.Sent != ft[j].Sent || fc.Bound != claims.Exact {
				continue
			}
			if fc.Tok0 <= j+5 && fc.Tok1 >= j-5 && !clauseBetween(ft, j, fc.Tok0) {
				found = at.fi
				break
			}
		}
	}
	return found
}

// clauseBetween: a ";" stands between fact tokens a and b.
func clauseBetween(ft []claims.Token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a; k < b && k < len(ft); k++ {
		if ft[k].Text == ";" {
			return true
		}
	}
	return false
}
