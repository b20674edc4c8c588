package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

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
	if !billWords[toks[k].Low] || k+1 >= len(toks) {
		return ""
	}
	return billPeriods[toks[k+1].Low]
}

// billingPeriod: "The Personal plan is $2.99 a month, billed monthly" when
// the facts say it is "billed annually": how often a price is charged,
// said with a period word the facts never give after such a verb, is
// contradicted by the fact that gives another. (Only a post with such a
// verb makes the facts be read.)
func (g *grounder) billingPeriod() {
	t := g.doc.Text
	if !strings.Contains(t, "billed") && !strings.Contains(t, "charged") && !strings.Contains(t, "invoiced") && !strings.Contains(t, "factur") && !strings.Contains(t, "prélev") {
		return
	}
	toks := g.doc.Tokens
	for k := range toks {
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
