package verify

import (
	"time"

	"github.com/vigie-cm/vigie/internal/claims"
)

// firstWeekdaysOfRange: "Cinq premiers dimanches" of an exhibition held
// from 20 March to 29 August 2027, "five first Sundays": a count of the
// first (or last) of a weekday is how many months of a stated range have
// theirs inside it (April to August), not how many of that weekday the
// range holds (24).
func (g *grounder) firstWeekdaysOfRange(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Bound != claims.Exact {
		return false
	}
	w := -1
	for i, n := range claims.WeekdayNames["en"] {
		if n == c.Noun {
			w = i
		}
	}
	if w < 0 {
		return false
	}
	toks := g.doc.Tokens
	last := false
	switch {
	case c.Tok1 < len(toks) && (toks[c.Tok1].Low == "premiers" || toks[c.Tok1].Low == "premières" || toks[c.Tok1].Low == "first"):
	case c.Tok1 < len(toks) && (toks[c.Tok1].Low == "derniers" || toks[c.Tok1].Low == "dernières" || toks[c.Tok1].Low == "last"):
		last = true
	default:
		return false
	}
	for _, da := range g.sh.dates {
		if da.d2.IsZero() || da.fact < 0 || !da.d2.After(da.d) {
			continue
		}
		n := 0
		for m := time.Date(da.d.Year(), da.d.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(da.d2); m = m.AddDate(0, 1, 0) {
			day := m
			if last {
				day = m.AddDate(0, 1, -1)
				for int(day.Weekday()) != w {
					day = day.AddDate(0, 0, -1)
				}
			} else {
				for int(day.Weekday()) != w {
					day = day.AddDate(0, 0, 1)
				}
			}
			if !day.Before(da.d) && !day.After(da.d2) {
				n++
			}
		}
		if float64(n) == c.Value {
			return true
		}
	}
	return false
}
