package verify

import "github.com/vigie-cm/vigie/internal/claims"

// All kinds, for what a fact keeps to one: "15 % de rabais sur tous nos
// forfaits", "a 50% tuition waiver on every programme", "welcome on all our
// tours" when the fact about the same thing keeps it to one kind with an
// "only" word by the noun ("s'applique au forfait Famille uniquement",
// "apply to B.Tech programmes only", "the Warehouse Tour is for over-18s
// only"). allKinds needs the facts to name two kinds; this needs the
// "only". A fact that says it of every one of them backs the post.

// allKindsOnly flags a universal over a noun that the closest fact keeps
// to one kind.
func (g *grounder) allKindsOnly() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		n := scopedNoun(toks, k)
		if n < 0 || len(toks[n].Low) < 3 {
			continue
		}
		if g.flagged(toks[k].Start, toks[n].End) {
			continue
		}
		// "every month", "tous les jours": a recurrence, not kinds
		if toks[n].In(timeUnitClass) {
			continue
		}
		noun := claims.Stem(toks[n].Low)
		c := claims.Claim{Type: claims.Universal, Start: toks[k].Start, End: toks[n].End, Tok0: k, Tok1: n + 1, Sent: toks[k].Sent}
		ctx := g.context(&c, 10)
		// with no context word in common, the one fact that keeps the noun
		// to one kind decides
		best, bestOv, tie := -1, -1, false
		whole := false
		for _, at := range g.sh.stemPositions(noun) {
			if at.fi < 0 {
				continue
			}
			fd, j := &g.sh.facts[at.fi], at.ti
			ft := fd.doc.Tokens
			m := j - 1
			for m > 0 && ft[m].In(scopeDeterminerClass) {
				m--
			}
			if m >= 0 && (ft[m].In(scopeQuantifierClass) || ft[m].Low == "each" || ft[m].Low == "chaque") {
				whole = true
				break
			}
			if !onlyNear(ft, j) {
				continue
			}
			if ov := g.overlap(ctx, at.fi); ov > bestOv {
				best, bestOv, tie = at.fi, ov, false
			} else if ov == bestOv && at.fi != best {
				tie = true
			}
		}
		if whole || best < 0 || tie {
			continue
		}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, best, "")
	}
}

// onlyNear: fact token j (a noun) is kept to one kind by an "only" word
// within six words after it (a dash inside) in its clause ("forfait Famille uniquement",
// "programmes only", "Tour is for over-18s only").
func onlyNear(ft []claims.Token, j int) bool {
	for k := j + 1; k < len(ft) && k <= j+6 && ft[k].Sent == ft[j].Sent && (ft[k].Kind != claims.TPunct || ft[k].Text == "-"); k++ {
		if ft[k].In(scopeOnlyClass) {
			return true
		}
	}
	return false
}
