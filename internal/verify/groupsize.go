package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// groupHead: the figure of x in d sizes a group, "groups of 12", "groupes
// de 8", "teams of 3 to 5".
func groupHead(d *claims.Doc, x *claims.Claim) bool {
	if x.Type != claims.Number && x.Type != claims.Count {
		return false
	}
	toks := d.Tokens
	if p := prevLow(toks, x.Tok0); p != "of" && p != "de" {
		return false
	}
	n := prevLow(toks, x.Tok0-1)
	return groupNouns[n] || groupNouns[strings.TrimSuffix(n, "s")]
}

// groupSizeDir: +1 when the group size of x is a least one ("groups of 12
// or more", "10+", "minimum"), -1 a most one ("groupes de 8 élèves
// maximum", "up to"), 0 an exact one.
func groupSizeDir(d *claims.Doc, x *claims.Claim) int {
	switch x.Bound {
	case claims.AtLeast, claims.From, claims.Greater:
		return 1
	case claims.Less, claims.UpTo:
		return -1
	}
	toks := d.Tokens
	for k := x.Tok1; k < len(toks) && k < x.Tok1+4 && toks[k].Sent == x.Sent; k++ {
		switch toks[k].Low {
		case "maximum", "max":
			return -1
		case "minimum", "min", "plus", "more", "over", "above":
			// "or more", "et plus"
			if k > x.Tok1 {
				if p := toks[k-1].Low; p == "or" || p == "et" || p == "ou" || toks[k].Low == "minimum" || toks[k].Low == "min" {
					return 1
				}
			}
		}
	}
	return 0
}

// groupSizeOfThing: "en petits groupes de 12" when the fact about the same
// classes gives "en groupes de 8 élèves maximum", "Groups of 10+ save 15%"
// when it gives "Groups of 12 or more": a group size is backed only by a
// group size of the facts (another 12 of the facts, "12 séances", does not
// back it), the size itself or one its limit allows ("groups of 15 save
// 15%" for "groups of 12 or more"). It flags c against the fact about the
// same thing (a word in common) and reports whether it did.
func (g *grounder) groupSizeOfThing(c *claims.Claim) bool {
	if !groupHead(g.doc, c) {
		return false
	}
	dir := groupSizeDir(g.doc, c)
	ctx := g.context(c, 8)
	if len(ctx) == 0 {
		return false
	}
	v := c.Value
	best, bestOv, bestText := -1, 0, ""
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		text := ""
		for i := range d.Claims {
			fc := &d.Claims[i]
			if !groupHead(d, fc) {
				continue
			}
			fv, fdir := fc.Value, groupSizeDir(d, fc)
			if claims.Eq(fv, v) || fc.Value2 > 0 && (claims.Eq(fc.Value2, v) || dir == 0 && v >= fv && v <= fc.Value2) {
				return false
			}
			if (dir == 0 || dir == fdir) && (fdir == 1 && v >= fv || fdir == -1 && v <= fv) {
				return false
			}
			if text == "" {
				text = fc.Text
			}
		}
		if text == "" {
			continue
		}
		if ov := g.overlap(ctx, fi); ov > bestOv {
			best, bestOv, bestText = fi, ov, text
		}
	}
	if best < 0 {
		return false
	}
	g.contradicted(c, best, bestText)
	return true
}
