package verify

import "github.com/vigie-cm/vigie/internal/claims"

// scopeOpenPreps: the prepositions a scope word opens its phrase with ("même
// dans", "uniquement pour", "even in", "only for").
var scopeOpenPreps = map[string]bool{
	"dans": true, "pour": true, "en": true, "à": true, "au": true, "aux": true, "sur": true, "chez": true, "avec": true,
	"in": true, "for": true, "at": true, "on": true, "with": true, "to": true,
}

// exceptWords leave a thing out ("sauf dans les tentes lodge", "except in
// the lodge tents").
var exceptWords = map[string]bool{"sauf": true, "excepte": true, "excepté": true, "hors": true, "except": true, "excluding": true}

// evenWords take a thing in against expectation ("même pour des lunettes
// achetées ailleurs", "even for glasses bought elsewhere").
var evenWords = map[string]bool{"même": true, "meme": true, "even": true}

// scopeOnlyWords keep a thing to a phrase ("uniquement pour", "only for").
var scopeOnlyWords = map[string]bool{"uniquement": true, "seulement": true, "exclusivement": true, "only": true, "exclusively": true}

// scopeAgainst: "même dans nos tentes lodge" when the fact says "sauf dans
// les tentes lodge", "uniquement pour les lunettes achetées chez nous" when
// it says "même pour des lunettes achetées ailleurs": a phrase the post opens
// with "même", "even" that a fact leaves out, or with "uniquement", "only"
// that a fact takes in with "même", "even" (a content word in common within
// their phrases), is contradicted, the phrase flagged to its end.
func (g *grounder) scopeAgainst() {
	toks := g.doc.Tokens
	seen := 0
	for i := 0; i+2 < len(toks) && seen < 8; i++ {
		even, only := toks[i].In(evenClass), toks[i].In(scopeOnlyClass)
		if !even && !only || !scopeOpenPreps[toks[i+1].Low] {
			continue
		}
		seen++
		// the phrase: to the punctuation or six words on
		end := i + 2
		var stems []string
		for k := i + 2; k < len(toks) && k <= i+8 && toks[k].Sent == toks[i].Sent && toks[k].Kind != claims.TPunct; k++ {
			end = k + 1
			if toks[k].Kind == claims.TWord && len(toks[k].Low) > 3 && !claims.IsStop(toks[k].Low) {
				stems = append(stems, claims.Stem(toks[k].Low))
			}
		}
		if len(stems) == 0 || g.flagged(toks[i].Start, toks[end-1].End) {
			continue
		}
		opens := exceptWords
		if only {
			opens = evenWords
		}
		fi := g.phraseOpenedBy(opens, stems)
		if fi < 0 {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[i].Start, End: toks[end-1].End, Tok0: i, Tok1: end, Sent: toks[i].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, fi, "")
	}
}

// phraseOpenedBy: the first fact with a word of opens followed, within
// six words of its clause, by a word of stem in stems; or -1.
func (g *grounder) phraseOpenedBy(opens map[string]bool, stems []string) int {
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if !fd.hasAny(stems) {
			continue
		}
		d := fd.doc
		for j := range d.Tokens {
			if !opens[d.Tokens[j].Low] {
				continue
			}
			for k := j + 1; k < len(d.Tokens) && k <= j+7 && d.Tokens[k].Sent == d.Tokens[j].Sent && d.Tokens[k].Low != ";" && d.Tokens[k].Low != "."; k++ {
				if contains(stems, fd.stems[k]) {
					return fi
				}
			}
		}
	}
	return -1
}

// prizeDrawnAt: "d'un abonnement", "de deux places" at token k, after
// "tirage": what is drawn, a prize.
func prizeDrawnAt(toks []claims.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Low != "d'" && toks[k].Low != "de" {
		return false
	}
	return prizeArticles[toks[k+1].Low]
}

// onlyExcluded: fact fd names the thing of stem st only to leave it out
// ("… pour 4 € la nuit, sauf dans les tentes lodge"): no figure of the fact
// is per that thing, so "12 tentes lodge" times its 4 € makes no price.
func onlyExcluded(fd *factDoc, st string) bool {
	named := false
	for k, s := range fd.stems {
		if s != st {
			continue
		}
		named = true
		out := false
		for j := k - 1; j >= 0 && j >= k-4 && fd.doc.Tokens[j].Sent == fd.doc.Tokens[k].Sent; j-- {
			if exceptWords[fd.doc.Tokens[j].Low] {
				out = true
				break
			}
		}
		if !out {
			return false
		}
	}
	return named
}
