package verify

import "github.com/vigie-cm/vigie/internal/claims"

// billWords are said of how often a price is charged.
var billWords = map[string]bool{"billed": true, "charged": true, "invoiced": true, "factures": true, "facture": true, "facturee": true, "facturees": true, "preleve": true, "preleves": true}

// billPeriods: the period words after them, by period.
var billPeriods = map[string]string{
	"monthly": "month", "annually": "year", "yearly": "year", "weekly": "week", "quarterly": "quarter",
	"mensuellement": "month", "annuellement": "year", "trimestriellement": "quarter",
}

// billingAt: the period of "billed monthly", "facturé annuellement" at
// token k (the verb), or "".
func billingAt(toks []claims.Token, k int) string {
	if !toks[k].In(billClass) || k+1 >= len(toks) {
		return ""
	}
	return billPeriods[toks[k+1].Low]
}

// billingPeriod: "The Personal plan is $2.99 a month, billed monthly" when
// the facts say it is "billed annually": how often a price is charged,
// said with a period word the facts never give after such a verb, is
// contradicted by the fact that gives another. (Only a post with such a
// verb makes the facts be read: its word class is a bit of each token.)
func (g *grounder) billingPeriod() {
	toks := g.doc.Tokens
	for k := range toks {
		if !toks[k].In(billClass) {
			continue
		}
		p := billingAt(toks, k)
		if p == "" {
			continue
		}
		other, same := -1, false
		for fi := range g.sh.facts {
			ft := g.sh.facts[fi].doc.Tokens
			for j := range ft {
				switch q := billingAt(ft, j); {
				case q == p:
					same = true
				case q != "" && other < 0:
					other = fi
				}
			}
		}
		if same || other < 0 || g.flagged(toks[k].Start, toks[k+1].End) {
			continue
		}
		c := claims.Claim{Type: "billing", Start: toks[k].Start, End: toks[k+1].End, Tok0: k, Tok1: k + 2, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, other, "")
	}
}

// periodNouns: the periods a rate is given per, folded.
var periodNouns = map[string]string{
	"week": "week", "month": "month", "quarter": "quarter", "year": "year",
	"semaine": "week", "mois": "month", "trimestre": "quarter", "an": "year", "annee": "year",
}

// periodsIn: how many of the first period make the second.
var periodsIn = map[[2]string]float64{
	{"quarter", "year"}: 4, {"month", "year"}: 12, {"week", "year"}: 52, {"month", "quarter"}: 3,
}

// periodAfter: the period of "per quarter", "a year", "over a year", "par
// trimestre", "sur un an" in the five tokens from k, or "".
func periodAfter(toks []claims.Token, k int) string {
	per := false
	for j := k; j < len(toks) && j < k+5 && toks[j].Sent == toks[max(k-1, 0)].Sent; j++ {
		l := toks[j].Low
		switch {
		case l == "per" || l == "a" || l == "an" && !per || l == "each" || l == "every" || l == "over" || l == "par" || l == "chaque" || l == "sur" || l == "un" || l == "une":
			per = true
		case per && periodNouns[l] != "":
			return periodNouns[l]
		case per:
			return ""
		}
	}
	return ""
}

// periodTotal: "4 hours of on-site support per quarter, so 16 hours over a
// year", "4 heures par trimestre, soit 16 heures sur un an": a figure given
// per period by a fact times the periods in the longer period the post
// names right after its figure.
func (g *grounder) periodTotal(c *claims.Claim, cl class) bool {
	if c.Bound != claims.Exact || c.Value <= 0 {
		return false
	}
	q := periodAfter(g.doc.Tokens, c.Tok1)
	if q == "" {
		return false
	}
	for _, a := range g.sh.atoms[cl] {
		if a.derived || a.tok < 0 || a.fact < 0 || a.bound != claims.Exact {
			continue
		}
		d := g.factDoc(a.fact)
		k := a.tok + 1
		for k < len(d.Tokens) && k < a.tok+4 && d.Tokens[k].Kind != claims.TWord {
			k++
		}
		// the figure's own unit ("4 hours of on-site support per quarter")
		for k < len(d.Tokens) && k < a.tok+8 && periodAfter(d.Tokens, k) == "" {
			k++
		}
		if p := periodAfter(d.Tokens, k); p != "" && periodsIn[[2]string{p, q}] > 0 && claims.Eq(a.value*periodsIn[[2]string{p, q}], c.Value) {
			return true
		}
	}
	return false
}
