package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// allWordsOf open a phrase about every one of a group ("tous les membres",
// "all members").
var allWordsOf = map[string]bool{"tous": true, "toutes": true, "all": true}

// narrowingWords keep an offer to part of a group ("les nouveaux membres",
// "new members", "les premiers inscrits").
var narrowingWords = map[string]bool{
	"nouveaux": true, "nouvelles": true, "nouveau": true, "nouvelle": true, "nouvel": true, "new": true,
	"premiers": true, "premieres": true, "premières": true, "first": true, "existing": true, "anciens": true,
}

// allOfNarrowed: "690 $ au lieu de 790 $ … pour tous les membres" when the
// fact about that offer gives it "pour les nouveaux membres", "for all
// members" for "new members": the whole of a group the fact narrows is
// contradicted (unless a fact says all of them too).
func (g *grounder) allOfNarrowed() {
	toks := g.doc.Tokens
	seen := 0
	for i := range toks {
		// (a few such phrases a post: each reads the facts)
		if !toks[i].In(allOfClass) || seen >= 8 {
			continue
		}
		k := i + 1
		if k < len(toks) && (toks[k].Low == "les" || toks[k].Low == "nos" || toks[k].Low == "the" || toks[k].Low == "our" || toks[k].Low == "vos" || toks[k].Low == "your") {
			k++
		}
		if k >= len(toks) || toks[k].Kind != claims.TWord || toks[k].Sent != toks[i].Sent {
			continue
		}
		// (days and weeks are recurrences, the everyday rules' own)
		if weekdayWord(toks[k].Low) || timeNouns[toks[k].Low] {
			continue
		}
		st := claims.Stem(toks[k].Low)
		if len(st) < 3 {
			continue
		}
		seen++
		narrowed, all := -1, false
		for _, fi := range g.sh.wordFacts[st] {
			if fi < 0 || g.sharedWords(toks[i].Sent, i, k+1, fi, 2) < 2 {
				continue
			}
			d := g.sh.facts[fi].doc
			for j := range d.Tokens {
				if claims.Stem(d.Tokens[j].Low) != st {
					continue
				}
				for p := j - 1; p >= 0 && p >= j-2; p-- {
					if narrowingWords[d.Tokens[p].Low] && narrowed < 0 {
						narrowed = fi
					}
					if allWordsOf[d.Tokens[p].Low] {
						all = true
					}
				}
			}
		}
		if all || narrowed < 0 {
			continue
		}
		lo := i
		switch prevLow(toks, i) {
		case "pour", "à", "for", "to", "a":
			lo = i - 1
		}
		if g.flagged(toks[lo].Start, toks[k].End) {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[lo].Start, End: toks[k].End, Tok0: lo, Tok1: k + 1, Sent: toks[i].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, narrowed, "")
	}
}

// timeNouns: periods a phrase of "all" may run over ("tous les jours").
var timeNouns = map[string]bool{"jours": true, "semaines": true, "mois": true, "ans": true, "annees": true, "années": true, "soirs": true, "matins": true,
	"days": true, "weeks": true, "months": true, "years": true, "evenings": true, "mornings": true, "nights": true, "nuits": true}

// weekdayWord: "samedis", "Saturdays", "lundi".
func weekdayWord(low string) bool {
	w := strings.TrimSuffix(low, "s")
	for _, lang := range []string{"fr", "en"} {
		for _, n := range claims.WeekdayNames[lang] {
			if strings.EqualFold(n, w) {
				return true
			}
		}
	}
	return false
}
