package verify

import "github.com/vigie-cm/vigie/internal/claims"

// Even a thing left out: "même sur les pianos d'occasion", "even if you
// have insurance" take a thing in that a fact leaves out by other words
// than "sauf", "except" (scopeAgainst): the thing is excluded after it is
// named ("les pianos d'occasion … sont exclus de l'offre", "… are excluded
// from the offer"), or the offer is for those without it ("for new
// patients without dental insurance", "pour les clients sans mutuelle").

// excludedWords leave out what their clause named before them.
var excludedWords = map[string]bool{
	"exclu": true, "exclue": true, "exclus": true, "exclues": true, "excluded": true, "ineligible": true,
}

// withoutWords keep an offer to those who lack what follows.
var withoutWords = map[string]bool{"without": true, "sans": true}

// evenLeftOut flags a phrase opened by "même", "even" whose thing a fact
// leaves out.
func (g *grounder) evenLeftOut() {
	toks := g.doc.Tokens
	seen := 0
	for i := 0; i+2 < len(toks) && seen < 8; i++ {
		if !toks[i].In(evenClass) {
			continue
		}
		n := toks[i+1].Low
		if !scopeOpenPreps[n] && n != "if" && n != "si" && n != "s'" {
			continue
		}
		seen++
		end := i + 2
		var stems []string
		for k := i + 2; k < len(toks) && k <= i+8 && toks[k].Sent == toks[i].Sent && toks[k].Kind != claims.TPunct; k++ {
			end = k + 1
			if withoutWords[toks[k].Low] {
				stems = nil
				break
			}
			if toks[k].Kind == claims.TWord && len(toks[k].Low) > 3 && !claims.IsStop(toks[k].Low) {
				stems = append(stems, claims.Stem(toks[k].Low))
			}
		}
		if len(stems) == 0 || g.flagged(toks[i].Start, toks[end-1].End) {
			continue
		}
		fi := g.leftOutFact(stems)
		if fi < 0 {
			continue
		}
		// "et même sur …": the phrase from its "et"
		a := i
		if a > 0 && (toks[a-1].Low == "et" || toks[a-1].Low == "and") {
			a--
		}
		c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[end-1].End, Tok0: a, Tok1: end, Sent: toks[i].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, fi, "")
	}
}

// leftOutFact: the first fact with a clause that names every stem of the
// post's phrase and then an excluded word, or with "without", "sans"
// followed within three words by a stem of it; or -1.
func (g *grounder) leftOutFact(stems []string) int {
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if !fd.hasAny(stems) {
			continue
		}
		ft := fd.doc.Tokens
		clause := 0
		for j := range ft {
			if ft[j].Low == ";" || j > 0 && ft[j].Sent != ft[j-1].Sent {
				clause = j
			}
			if withoutWords[ft[j].Low] {
				for k := j + 1; k < len(ft) && k <= j+3 && ft[k].Sent == ft[j].Sent && ft[k].Kind == claims.TWord; k++ {
					if contains(stems, fd.stems[k]) {
						return fi
					}
				}
			}
			if excludedWords[ft[j].Low] {
				all := true
				for _, st := range stems {
					if !contains(fd.stems[clause:j], st) {
						all = false
						break
					}
				}
				if all {
					return fi
				}
			}
		}
	}
	return -1
}
