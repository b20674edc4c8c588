package verify

import "github.com/vigie-cm/vigie/internal/claims"

// listedWithPrice: "électricité 10 A compris", "10A electricity included"
// when a fact prices a thing with what it holds in brackets ("L'emplacement
// nu (2 personnes, une voiture, électricité 10 A) coûte 34 € la nuit"): what
// a priced fact lists with its price is included in that price. The
// brackets must name no price and no exclusion of their own ("électricité en
// supplément", "(hors électricité)", "(electricity extra: €5)"). Every
// word of the object but its figures ("10 A") must be so listed: "petit-
// déjeuner et électricité compris" adds a thing to the list.
func (g *grounder) listedWithPrice(words, stems []string) bool {
	listed := false
	for i, st := range stems {
		if len(st) <= 2 || claims.IsStop(words[i]) || digitsOnly(words[i]) {
			continue
		}
		if !g.listedInBrackets(st) {
			return false
		}
		listed = true
	}
	return listed
}

// digitsOnly: a word of figures ("10"), the measure of a listed thing.
func digitsOnly(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// listedInBrackets: a fact names the stem between brackets that name no
// price and leave nothing out, in a sentence with a price outside them.
func (g *grounder) listedInBrackets(stem string) bool {
	for _, at := range g.sh.stemPositions(stem) {
		if at.fi < 0 {
			continue
		}
		d, k := g.sh.facts[at.fi].doc, at.ti
		s := d.Tokens[k].Sent
		open, shut := -1, -1
		for j := k - 1; j >= 0 && j >= k-12 && d.Tokens[j].Sent == s; j-- {
			if l := d.Tokens[j].Text; l == ")" {
				break
			} else if l == "(" {
				open = j
				break
			}
		}
		for j := k + 1; open >= 0 && j < len(d.Tokens) && j <= k+12 && d.Tokens[j].Sent == s; j++ {
			if l := d.Tokens[j].Text; l == "(" {
				break
			} else if l == ")" {
				shut = j
				break
			}
		}
		if shut < 0 || !bracketsInclude(d, open, shut) {
			continue
		}
		for ci := range d.Claims {
			fc := &d.Claims[ci] // in place: a Claim is large to copy
			if fc.Type == claims.Money && fc.Sent == s && (fc.Tok1 <= open || fc.Tok0 > shut) {
				return true
			}
		}
	}
	return false
}

// bracketsInclude: the words between brackets open and shut name no price
// and leave nothing out.
func bracketsInclude(d *claims.Doc, open, shut int) bool {
	for ci := range d.Claims {
		if fc := &d.Claims[ci]; fc.Type == claims.Money && fc.Tok0 > open && fc.Tok0 < shut {
			return false
		}
	}
	for j := open + 1; j < shut; j++ {
		t := &d.Tokens[j]
		if t.In(negationClass) || paidWords[t.Low] || bracketExclusions[t.Low] {
			return false
		}
	}
	return true
}

// bracketExclusions leave a thing out of the price it is listed with.
var bracketExclusions = map[string]bool{
	"hors": true, "sauf": true, "sans": true, "non": true, "supplément": true, "supplement": true,
	"option": true, "optionnel": true, "optionnelle": true, "extra": true, "extras": true,
	"excluded": true, "excluding": true, "except": true, "without": true, "not": true,
	"surcharge": true, "additional": true, "plus": true, "sus": true,
}

// saleOfSame: "1 090 € pour 20 heures de conduite" when one fact says the
// formula "comprend 20 heures de conduite et coûte 1 290 €" and another that
// it "est à 1 090 € au lieu de 1 290 €": a fact that gives the post's price
// next to the very price of the fact the sentence is most about prices the
// same thing (a sale of it), not another one. ids are the atoms of the
// post's price, best the price of the fact most about the sentence.
func (g *grounder) saleOfSame(ids []int, best *atom) bool {
	atoms := g.sh.atoms[clsMoney]
	for _, i := range ids {
		fi := atoms[i].fact
		for _, j := range g.sh.byValue[clsMoney][valueKey(best.value)] {
			if b := &atoms[j]; b.fact == fi && !b.derived && b.fact >= 0 {
				return true
			}
		}
	}
	return false
}

// paidWithPrice: "2 heures d'aventure pour 3 €", "a two-hour workshop for
// €3": the money at token k is what something is paid ("pour", "for",
// "coûte", "costs" right before it), a price, not a saving; the difference
// of two stated prices does not back it.
func paidWithPrice(d *claims.Doc, k int) bool {
	switch prevLow(d.Tokens, k) {
	case "pour", "for", "coute", "coûte", "coutent", "coûtent", "costs", "cost":
		return true
	}
	return false
}
