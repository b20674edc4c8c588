package verify

import "github.com/vigie-cm/vigie/internal/claims"

// Part of the day: "Saturday mornings", "five full days", "le samedi
// matin" said of a thing whose fact gives another part of the day ("runs on
// Friday evenings", "five mornings, 9am to 12pm", "le vendredi soir"), and
// not the post's. A fact that names the post's part too backs it.

// partOfDayWords: the part of the day a word names (1 morning, 2 afternoon, 3
// evening, 4 the whole day, said with "full"/"all"/"toute la").
var partOfDayWords = map[string]int{
	"morning": 1, "mornings": 1, "matin": 1, "matins": 1, "matinee": 1, "matinees": 1,
	"afternoon": 2, "afternoons": 2, "apres-midi": 2,
	"evening": 3, "evenings": 3, "soir": 3, "soirs": 3, "soiree": 3, "soirees": 3,
	"day": 4, "days": 4, "journee": 4, "journees": 4,
}

// partAt: the part of the day a post or fact names at token k, 0 for none;
// a day is a whole day only as "full day(s)", "all day", "journée(s)
// complète(s)", "toute la journée".
func partAt(toks []claims.Token, k int) int {
	p := partOfDayWords[toks[k].Low]
	if p != 4 {
		return p
	}
	prev := ""
	if k > 0 && toks[k-1].Sent == toks[k].Sent {
		prev = toks[k-1].Low
	}
	next := ""
	if k+1 < len(toks) && toks[k+1].Sent == toks[k].Sent {
		next = toks[k+1].Low
	}
	if prev == "full" || prev == "all" || prev == "whole" || next == "complete" || next == "completes" || prev == "la" && k > 1 && toks[k-2].Low == "toute" {
		return 4
	}
	return 0
}

// partOfDay flags a part of the day the fact about the same thing does not
// give.
func (g *grounder) partOfDay() {
	toks := g.doc.Tokens
	for k := range toks {
		if !toks[k].In(dayPartClass) {
			continue
		}
		p := partAt(toks, k)
		if p == 0 {
			continue
		}
		a := k
		if k > 0 && toks[k-1].Sent == toks[k].Sent && (toks[k-1].Kind == claims.TWord && !toks[k-1].Stop() || p == 4) {
			a = k - 1
		}
		if g.flagged(toks[a].Start, toks[k].End) {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[k].End, Tok0: a, Tok1: k + 1, Sent: toks[k].Sent}
		ctx := g.context(&c, 12)
		best, bestOv, tie := -1, 1, false
		for fi := range g.sh.facts {
			ov := g.overlap(ctx, fi)
			if ov < bestOv {
				continue
			}
			ft := g.sh.facts[fi].doc.Tokens
			other, same := false, false
			for j := range ft {
				if !ft[j].In(dayPartClass) {
					continue
				}
				if q := partAt(ft, j); q != 0 {
					same = same || q == p
					other = other || q != p
				}
			}
			if !other && !same {
				continue
			}
			switch {
			case ov > bestOv || best < 0:
				best, bestOv, tie = fi, ov, false
				if same {
					best = -2
				}
			case ov == bestOv:
				tie = true
			}
		}
		// the closest fact that names a part of the day names another one
		// only, and by two context words at least
		if best < 0 || tie || bestOv < 2 {
			continue
		}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, best, "")
	}
}
