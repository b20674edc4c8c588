package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// unitWordNums: the counts written in words before "par", "per" ("un par
// hébergement", "two per household").
var unitWordNums = map[string]float64{
	"un": 1, "une": 1, "one": 1, "a": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
	"cinq": 5, "five": 5, "six": 6,
}

// countPerAt: the count at token k of d said per something ("deux par
// hébergement", "2 per order"; not an amount, "$32 per player"): its value
// and the stem of the thing, or false.
func countPerAt(d *claims.Doc, k int) (float64, string, bool) {
	toks := d.Tokens
	if k+2 >= len(toks) || toks[k+1].Low != "par" && toks[k+1].Low != "per" || toks[k+2].Kind != claims.TWord || toks[k+2].Sent != toks[k].Sent {
		return 0, "", false
	}
	v, ok := unitWordNums[toks[k].Low]
	if !ok && toks[k].Kind == claims.TNum && toks[k].Suf == "" {
		v, ok = toks[k].Num, true
	}
	if !ok {
		return 0, "", false
	}
	for i := range d.Claims {
		if c := &d.Claims[i]; c.Type == claims.Money && c.Tok0 <= k && k < c.Tok1 {
			return 0, "", false
		}
	}
	return v, claims.Stem(toks[k+2].Low), true
}

// perUnitCounts: "jusqu'à deux par hébergement" when a fact accepts dogs
// "un par hébergement", "two per household" for "one per household": a
// count said per a thing the facts give another count per is contradicted,
// the facts' count suggested. (Only a post with "par" or "per" makes the
// facts be read.)
func (g *grounder) perUnitCounts() {
	if !strings.Contains(g.doc.Text, " par ") && !strings.Contains(g.doc.Text, " per ") {
		return
	}
	toks := g.doc.Tokens
	for k := range toks {
		v, st, ok := countPerAt(g.doc, k)
		if !ok || len(st) < 3 || g.flagged(toks[k].Start, toks[k].End) {
			continue
		}
		other, same := -1, false
		var text string
		for fi := range g.sh.facts {
			fd := g.sh.facts[fi].doc
			ft := fd.Tokens
			for j := range ft {
				if fv, fst, ok := countPerAt(fd, j); ok && fst == st {
					if claims.Eq(fv, v) {
						same = true
					} else if other < 0 {
						other, text = fi, ft[j].Text
					}
				}
			}
		}
		if same || other < 0 {
			continue
		}
		c := claims.Claim{Type: claims.Count, Start: toks[k].Start, End: toks[k].End, Tok0: k, Tok1: k + 1, Sent: toks[k].Sent, Value: v}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, other, text)
	}
}

// channelEndsOnly: "valable uniquement pour les inscriptions faites en
// agence", "only for bookings made online": the channel of group grp ends
// the phrase the only word at token i opens, within eight words and
// before any punctuation.
func channelEndsOnly(d *claims.Doc, i, grp int) bool {
	for k := i + 1; k < len(d.Tokens) && k <= i+8 && d.Tokens[k].Sent == d.Tokens[i].Sent; k++ {
		if d.Tokens[k].Kind == claims.TPunct {
			return false
		}
		if channelAt(d.Tokens, k) == grp {
			return true
		}
	}
	return false
}
