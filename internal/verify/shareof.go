package verify

import (
	"github.com/vigie-cm/vigie/internal/claims"
)

// shareNouns: the stems of the content words up to eight tokens after the
// "of" or "de"/"des" that follows a percentage at token end ("95% of
// graduates", "87% of KIST's B.Tech graduates", "40 % des diplômés").
func shareNouns(d *claims.Doc, stems []string, end int, buf []string) []string {
	toks := d.Tokens
	if end >= len(toks) {
		return buf
	}
	switch toks[end].Low {
	case "of", "de", "des", "du", "d'":
	default:
		return buf
	}
	for k := end + 1; k < len(toks) && k <= end+8; k++ {
		t := &toks[k]
		// ("KIST's B.Tech graduates": an apostrophe, a dot or a dash inside
		// a word goes on; any other mark ends the noun phrase)
		if t.Kind == claims.TPunct {
			inside := k+1 < len(toks) && toks[k-1].End == t.Start && toks[k+1].Start == t.End
			if !inside || t.Text != "'" && t.Text != "’" && t.Text != "." && t.Text != "-" {
				break
			}
		}
		if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 3 {
			if stems != nil {
				buf = append(buf, stems[k])
			} else {
				buf = append(buf, claims.Stem(t.Low))
			}
		}
	}
	return buf
}

// shareOfOther: "95% of graduates placed" when a fact says "87% of KIST's
// B.Tech graduates were placed" (and 95% is a scholarship threshold): a
// share of a noun is checked against the shares the facts give of that
// noun, not against any percentage of the sheet. (Only a post share
// followed by "of" makes the facts be read.)
func (g *grounder) shareOfOther() {
	var pbuf, fbuf [8]string
	for i := range g.doc.Claims {
		c := &g.doc.Claims[i]
		if c.Type != claims.Percent || c.Discount || c.Value >= 100 || c.Bound != claims.Exact || g.flagged(c.Start, c.End) {
			continue
		}
		nouns := shareNouns(g.doc, nil, c.Tok1, pbuf[:0])
		if len(nouns) == 0 {
			continue
		}
		other, same := -1, false
		otherText := ""
		for fi := range g.sh.facts {
			fd := &g.sh.facts[fi]
			for j := range fd.doc.Claims {
				fc := &fd.doc.Claims[j]
				if fc.Type != claims.Percent || fc.Discount {
					continue
				}
				fn := shareNouns(fd.doc, fd.stems, fc.Tok1, fbuf[:0])
				if !sharesWord(fn, nouns) {
					continue
				}
				if claims.Eq(fc.Value, c.Value) {
					same = true
				} else if other < 0 {
					other, otherText = fi, fc.Text
				}
			}
		}
		if !same && other >= 0 {
			g.contradicted(c, other, otherText)
		}
	}
}
