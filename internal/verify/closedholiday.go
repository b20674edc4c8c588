package verify

import (
	"regexp"

	"github.com/vigie-cm/vigie/internal/claims"
)

// Open on a day the facts close: "We're open on Easter Sunday too!", "a
// Christmas Day matinee", "Sailings as normal on Christmas Day", "ouvert le
// jour de Noël" when a fact closes that holiday ("closed on Easter Sunday",
// "there is no performance on Christmas Day", "no sailings on 25 December",
// "fermé le 25 décembre"), named or by its date. A post that closes it
// too ("closed on Christmas Day", "pas de traversée à Noël") passes.

// closedHoliday is a holiday a post may name: its words, and the fact forms
// of it (its name or fixed date, folded) after a closing word.
type closedHoliday struct {
	words []string
	fact  *regexp.Regexp
}

const closeCue = `\b(?:closed|shut|fermee?s?|no|pas de|pas d'|aucune?)\b[^.;]{0,40}\b`

var closedHolidays = []closedHoliday{
	{[]string{"christmas", "day"}, regexp.MustCompile(closeCue + `(?:christmas day|noel|25 dec(?:ember|embre)|december 25)\b`)},
	{[]string{"christmas", "eve"}, regexp.MustCompile(closeCue + `(?:christmas eve|24 dec(?:ember|embre)|december 24)\b`)},
	{[]string{"boxing", "day"}, regexp.MustCompile(closeCue + `(?:boxing day|26 dec(?:ember|embre)|december 26)\b`)},
	{[]string{"easter", "sunday"}, regexp.MustCompile(closeCue + `(?:easter sunday|easter day|dimanche de paques|paques)\b`)},
	{[]string{"easter", "monday"}, regexp.MustCompile(closeCue + `(?:easter monday|lundi de paques)\b`)},
	{[]string{"good", "friday"}, regexp.MustCompile(closeCue + `(?:good friday|vendredi saint)\b`)},
	{[]string{"lundi", "de", "paques"}, regexp.MustCompile(closeCue + `(?:lundi de paques|easter monday)\b`)},
	{[]string{"jour", "de", "noel"}, regexp.MustCompile(closeCue + `(?:noel|25 decembre|christmas day)\b`)},
	{[]string{"jour", "de", "l'", "an"}, regexp.MustCompile(closeCue + `(?:jour de l' an|1(?:er)? janvier|new year' s day)\b`)},
}

// closingWords close a day in a post's own clause.
var closingWords = map[string]bool{"closed": true, "shut": true, "ferme": true, "fermee": true, "fermes": true, "fermees": true, "no": true, "pas": true, "aucun": true, "aucune": true, "except": true, "sauf": true, "hors": true}

// refDayWords make a day a point counted from or to.
var refDayWords = map[string]bool{"after": true, "before": true, "until": true, "till": true, "since": true, "apres": true, "avant": true, "jusqu'au": true, "jusqu'a": true, "depuis": true}

// openOnClosedHoliday flags a holiday a post opens on when a fact closes it.
func (g *grounder) openOnClosedHoliday() {
	toks := g.doc.Tokens
	for i := range toks {
		if !toks[i].In(holidayHeadClass) {
			continue
		}
		for _, h := range closedHolidays {
			e := i
			for _, w := range h.words {
				if e >= len(toks) || toks[e].Low != w {
					e = -1
					break
				}
				e++
			}
			if e < 0 {
				continue
			}
			// the post's own clause closing it leaves it alone
			sent := toks[i].Sent
			a := i
			closed := false
			for k := i - 1; k >= 0 && k >= i-6 && !clauseEnd(toks, k, sent); k-- {
				// "after Christmas Day", "jusqu'au jour de Noël": a day
				// counted from, not one open
				closed = closed || closingWords[toks[k].Low] || k >= i-2 && refDayWords[toks[k].Low]
				a = k
			}
			for k := e; k < len(toks) && k < e+4 && !clauseEnd(toks, k, sent); k++ {
				closed = closed || closingWords[toks[k].Low]
			}
			if closed || g.flagged(toks[a].Start, toks[e-1].End) {
				break
			}
			fi := -1
			for f := range g.sh.facts {
				if h.fact.MatchString(g.sh.facts[f].fold) {
					fi = f
					break
				}
			}
			if fi >= 0 {
				c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: sent}
				c.Text = g.doc.Slice(c.Start, c.End)
				g.contradicted(&c, fi, "")
			}
			break
		}
	}
}
