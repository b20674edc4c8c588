package verify

import "github.com/vigie-cm/vigie/internal/claims"

// savingWords: the words that say a sum of money is a saving, a gap or an
// extra, not a price ("save £5", "£2 more on game day", "5 € de
// réduction", "9 € d'économie", "$10 off", "soit 3 € de moins").
var savingWords = map[string]bool{
	"off": true, "discount": true, "cheaper": true, "rebate": true, "reduction": true, "remise": true, "rabais": true,
	"economie": true, "economies": true, "economisez": true, "economiser": true, "economisent": true, "save": true, "saves": true,
	"saved": true, "saving": true, "savings": true, "difference": true, "ecart": true, "surcout": true, "supplement": true,
	"more": true, "less": true, "extra": true, "plus": true, "moins": true, "soit": true, "donc": true, "that's": true,
	"thats": true, "reduit": true, "reduits": true, "baisse": true, "premium": true, "top-up": true, "upgrade": true,
	"gap": true, "between": true, "entre": true,
}

// reductionWords: the words that make a price of a fact a reduction ("pay
// £5 less", "£5 off", "30 € de réduction", "une remise de 10 €").
var reductionWords = map[string]bool{
	"less": true, "off": true, "moins": true, "reduction": true, "remise": true, "rabais": true, "discount": true, "cheaper": true,
}

// reductionAt: the money figure at token k of d is a reduction: a word of
// reduction within four words after it, or right before it ("une remise de
// 10 €").
func reductionAt(d *claims.Doc, k int) bool {
	if d == nil || k < 0 || k >= len(d.Tokens) {
		return false
	}
	toks := d.Tokens
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].Sent == toks[k].Sent; j++ {
		if reductionWords[toks[j].Low] {
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if l := toks[j].Low; l == "reduction" || l == "remise" || l == "rabais" || l == "discount" {
			return true
		}
	}
	return false
}

// savingSaid: words round c say it is a saving, a gap or an extra: the
// only figures a difference of two stated prices can back ("box seats
// $14" is a price, not the $16 − $2 of the fact's game-day surcharge;
// "save $2" may be).
func (g *grounder) savingSaid(c *claims.Claim) bool {
	if c.Discount {
		return true
	}
	toks := g.doc.Tokens
	// "à -100 €": a sum taken off; "your £20 becomes £25": a sum supposed
	switch prevLow(toks, c.Tok0) {
	case "-", "−", "your", "votre", "ton", "vos", "tes":
		return true
	}
	// "The gap between the two prices? NZ$156,000": the question before
	// asks for a gap
	// (a currency word may open the answer: "NZ$156,000")
	q := c.Tok0 - 1
	for q >= 0 && q >= c.Tok0-2 && toks[q].Sent == c.Sent {
		q--
	}
	if q >= 0 && toks[q].Sent != c.Sent && toks[q].Text == "?" {
		for k := q; k >= 0 && toks[k].Sent == toks[q].Sent; k-- {
			if savingWords[toks[k].Low] {
				return true
			}
		}
	}
	for k := max(c.Tok0-4, 0); k < len(toks) && k < c.Tok1+4; k++ {
		if k >= c.Tok0 && k < c.Tok1 || toks[k].Sent != c.Sent {
			continue
		}
		if savingWords[toks[k].Low] || toks[k].In(cueClass) {
			return true
		}
	}
	return false
}
