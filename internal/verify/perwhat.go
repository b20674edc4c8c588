package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// Per what: "£10 per child", "€690 per person", "$650 per player" when the
// fact that gives that very price gives it per another unit ("£10 per
// family", "€690 per room (two sharing)", "$650 per two-person team"): the
// price is right, what it buys is not. A fact that gives the price per
// the post's unit too backs it.

// perWords open the unit a price is for.
var perWords = map[string]bool{"per": true, "par": true, "each": true, "chacun": true}

// personUnits name one person, however said.
var personUnits = map[string]bool{"person": true, "people": true, "head": true, "personne": true, "personnes": true, "pers": true, "guest": true, "participant": true, "participants": true,
	"adult": true, "adulte": true, "beneficiary": true, "beneficiaire": true, "individual": true}

// perUnitAfter: the head noun of the unit after a price ending at token
// e ("per child": child; "per two-person team": team; "par enfant":
// enfant), its token, or -1; a period ("par an", "per month") is no unit
// here.
func perUnitAfter(toks []claims.Token, e int) int {
	if e >= len(toks) || !perWords[toks[e].Low] {
		return -1
	}
	k := e + 1
	for k < len(toks) && toks[k].Sent == toks[e].Sent && toks[k].Kind == claims.TWord {
		if toks[k].In(timeUnitClass) || toks[k].Stop() {
			return -1
		}
		// "two-person team": the head is after the dash
		if k+2 < len(toks) && toks[k+1].Text == "-" && toks[k+2].Kind == claims.TWord {
			k += 2
			continue
		}
		return k
	}
	return -1
}

func sameUnit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || claims.Stem(a) == claims.Stem(b) || personUnits[a] && personUnits[b] || len(a) >= 3 && strings.HasPrefix(b, a)
}

// perWhat flags a price said per a unit the fact of that price does not
// give it per.
func (g *grounder) perWhat() {
	toks := g.doc.Tokens
	for ci := range g.doc.Claims {
		c := &g.doc.Claims[ci]
		if c.Type != claims.Money || c.Value <= 0 {
			continue
		}
		u := perUnitAfter(toks, c.Tok1)
		if u < 0 {
			continue
		}
		unit := toks[u].Low
		other, backed := -1, false
		for fi := range g.sh.facts {
			fd := &g.sh.facts[fi]
			for fj := range fd.doc.Claims {
				fc := &fd.doc.Claims[fj]
				if fc.Type != claims.Money || fc.Value != c.Value || fc.Unit != c.Unit {
					continue
				}
				v := perUnitAfter(fd.doc.Tokens, fc.Tok1)
				if v < 0 {
					// a price with no unit said: no contradiction
					backed = true
					continue
				}
				if sameUnit(unit, fd.doc.Tokens[v].Low) {
					backed = true
				} else if other < 0 {
					other = fi
				}
			}
		}
		if backed || other < 0 {
			continue
		}
		a, b := toks[c.Tok1].Start, toks[u].End
		if g.flagged(a, b) {
			continue
		}
		cc := claims.Claim{Type: "condition", Start: a, End: b, Tok0: c.Tok1, Tok1: u + 1, Sent: c.Sent}
		cc.Text = g.doc.Slice(a, b)
		g.contradicted(&cc, other, "")
	}
}
