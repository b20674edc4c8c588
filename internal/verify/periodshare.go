package verify

import (
	"math"

	"github.com/vigie-cm/vigie/internal/claims"
)

// annualWords make the price after or before them a price per year.
var annualWords = map[string]bool{"annuel": true, "annuelle": true, "annuels": true, "annuelles": true, "annual": true, "yearly": true}

// periodOfPrice: the period a price at tokens [t0, t1) of d is charged
// per: "/mois", "per year" after it, or "annuel", "annual" among the three
// words before it ("l'abonnement annuel passe à 690 $"), or "".
func periodOfPrice(d *claims.Doc, t0, t1 int) string {
	if p := periodAfter(d.Tokens, t1); p != "" {
		return p
	}
	if t1 < len(d.Tokens) && d.Tokens[t1].Text == "/" && t1+1 < len(d.Tokens) {
		if p := periodNouns[d.Tokens[t1+1].Low]; p != "" {
			return p
		}
	}
	for k := t0 - 1; k >= 0 && k >= t0-4 && d.Tokens[k].Sent == d.Tokens[t0].Sent; k-- {
		if annualWords[d.Tokens[k].Low] {
			return "year"
		}
	}
	return ""
}

// periodShare: "l'abonnement annuel passe à 690 $ … Ça revient à 57,50 $
// par mois", "the annual plan at £240 works out at £20 a month": a price
// said per period that is a stated or backed price per longer period (of
// the post's sentence or the one before, or of a fact) shared among the
// shorter periods in it, to the cent.
func (g *grounder) periodShare(c *claims.Claim, cl class) bool {
	if cl != clsMoney || c.Bound != claims.Exact || c.Value <= 0 {
		return false
	}
	q := periodOfPrice(g.doc, c.Tok0, c.Tok1)
	if q == "" {
		return false
	}
	near := func(v float64, p string) bool {
		n := periodsIn[[2]string{q, p}]
		return n > 0 && math.Abs(v/n-c.Value) < 0.006
	}
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Money || o.Start == c.Start || o.Bound != claims.Exact || o.Sent != c.Sent && o.Sent != c.Sent-1 {
			continue
		}
		if near(o.Value, periodOfPrice(g.doc, o.Tok0, o.Tok1)) && g.supported(o, clsMoney) {
			return true
		}
	}
	for _, a := range g.sh.atoms[cl] {
		if a.derived || a.tok < 0 || a.fact < 0 || a.bound != claims.Exact {
			continue
		}
		d := g.factDoc(a.fact)
		t1 := a.tok + 1
		for t1 < len(d.Tokens) && t1 < a.tok+3 && d.Tokens[t1].Kind != claims.TWord && d.Tokens[t1].Text != "/" {
			t1++
		}
		if near(a.value, periodOfPrice(d, a.tok, t1)) {
			return true
		}
	}
	return false
}
