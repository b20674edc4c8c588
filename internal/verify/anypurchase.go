package verify

import "github.com/vigie-cm/vigie/internal/claims"

// purchaseWords: a purchase or an order.
var purchaseWords = map[string]bool{"achat": true, "achats": true, "commande": true, "commandes": true, "purchase": true, "purchases": true, "order": true, "orders": true}

// anyPurchase: "une baguette bio offerte pour tout achat" when the fact
// gives it "pour l'achat d'un pain « Têtu »", "free with any purchase" for
// "with the purchase of a loaf": the gift of a stated purchase of a thing
// said of every purchase is contradicted (the facts' thresholds are
// freebieCondition's). fi and sent are the gift's fact and sentence. It
// flags the post's words and reports whether it did.
func (g *grounder) anyPurchase(c *claims.Claim, fi, sent int) bool {
	toks := g.doc.Tokens
	at := -1
	for k := c.Tok0; k+1 < len(toks) && k < c.Tok1+5 && toks[k].Sent == c.Sent; k++ {
		if everyWords[toks[k].Low] && purchaseWords[toks[k+1].Low] {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	// the gift's own fact, or (when the gift word matched the brief) the
	// fact that names every word of the object
	named := -1
	switch purchaseOfThing(g.fd(fi).doc, sent) {
	case 1:
		named = fi
	case -1:
		return false
	}
	for f := 0; f < len(g.sh.facts) && named < 0; f++ {
		if f == fi || !g.namesAll(f, c.Words) {
			continue
		}
		switch purchaseOfThing(g.sh.facts[f].doc, -1) {
		case 1:
			named = f
		case -1:
			return false
		}
	}
	if named < 0 {
		return false
	}
	lo := at
	switch prevLow(toks, at) {
	case "pour", "avec", "à", "with", "on", "for":
		lo = at - 1
	}
	if g.flagged(toks[lo].Start, toks[at+1].End) {
		return false
	}
	cc := claims.Claim{Type: "condition", Start: toks[lo].Start, End: toks[at+1].End, Tok0: lo, Tok1: at + 2, Sent: c.Sent}
	cc.Text = g.doc.Slice(cc.Start, cc.End)
	g.contradicted(&cc, named, "")
	return true
}

// purchaseOfThing: 1 when d (in sentence sent, or anywhere for -1) gives
// something for the purchase of a thing ("pour l'achat d'un pain", "with
// the purchase of a loaf"), -1 when it says every purchase, 0 otherwise.
func purchaseOfThing(d *claims.Doc, sent int) int {
	out := 0
	for j := range d.Tokens {
		if sent >= 0 && d.Tokens[j].Sent != sent || !purchaseWords[d.Tokens[j].Low] {
			continue
		}
		if j > 0 && everyWords[d.Tokens[j-1].Low] {
			return -1
		}
		if j+2 < len(d.Tokens) {
			switch d.Tokens[j+1].Low {
			case "d'", "de", "du", "des", "of":
				if d.Tokens[j+2].Kind == claims.TWord {
					out = 1
				}
			}
		}
	}
	return out
}

// namesAll: fact fi has the stem of every content word of words.
func (g *grounder) namesAll(fi int, words []string) bool {
	n := 0
	for _, w := range words {
		if claims.IsStop(w) {
			continue
		}
		if !g.sh.facts[fi].words[claims.Stem(w)] {
			return false
		}
		n++
	}
	return n > 0
}
