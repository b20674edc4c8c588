package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// oneCountWords: "one suitcase": a count of one, which the claims do not
// keep as a figure ("un", "une" are articles as often).
var oneCountWords = map[string]bool{"one": true, "single": true}

// factsCountNoun: a fact counts the noun of c, in figures or words, with up
// to one word between ("one suitcase of up to 23 kg", "two yoga classes a
// day"), though the claims keep the figure under another noun or none. A
// small count in words of that noun is then a figure to check, not a manner
// of speaking.
func (g *grounder) factsCountNoun(c *claims.Claim) bool {
	// "five market Saturdays" counts Saturdays, which the dates decide
	toks := g.doc.Tokens
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+2; k++ {
		if toks[k].In(calendarClass) {
			return false
		}
		// (plural: "Saturdays", "samedis")
		if l := toks[k].Low; len(l) > 4 && l[len(l)-1] == 's' {
			for _, lang := range [2]string{"en", "fr"} {
				for _, w := range claims.WeekdayNames[lang] {
					if strings.EqualFold(w, l[:len(l)-1]) {
						return false
					}
				}
			}
		}
	}
	// the count of a freebie ("every volunteer gets two free day passes")
	// is judged with the freebie
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Freebie && o.Sent == c.Sent && c.Tok0 >= o.Tok0-3 && c.Tok1 <= o.Tok1+3 {
			return false
		}
	}
	for fi := range g.sh.facts {
		if !g.sh.facts[fi].words[c.Noun] {
			continue
		}
		toks = g.sh.facts[fi].doc.Tokens
		for k := range toks {
			// a common noun ("2025 Yorkshire Food Awards" counts nothing)
			if toks[k].Kind != claims.TWord || toks[k].Cap || claims.Stem(toks[k].Low) != c.Noun {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-2 && toks[j].Sent == toks[k].Sent; j-- {
				if toks[j].Kind == claims.TNum && toks[j].Num >= 1 && toks[j].Num <= 100 || oneCountWords[toks[j].Low] || smallWordNums[toks[j].Low] > 0 {
					return true
				}
			}
		}
	}
	return false
}
