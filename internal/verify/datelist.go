package verify

import (
	"time"

	"github.com/vigie-cm/vigie/internal/claims"
)

// dateOfOtherList: "les samedis 6, 13 et 27 mars" when the fact about the
// same thing gives "les 6, 13 et 20 mars 2027": a date of a list of dates
// that is none of the single dates the fact most about the sentence lists
// is contradicted, the fact's date the list leaves out suggested (the
// nearest one when it leaves out several). Its sentence naming the fact's
// other dates says it is the same list, not another date next to it. It
// flags c and reports whether it did.
func (g *grounder) dateOfOtherList(c *claims.Claim, t time.Time, fi int) bool {
	if fi < 0 {
		return false
	}
	var listed []time.Time
	for _, da := range g.sh.dates {
		if da.fact == fi && da.d2.IsZero() {
			if da.d.Equal(t) {
				return false
			}
			listed = append(listed, da.d)
		}
	}
	if len(listed) < 2 {
		return false
	}
	said := 0
	var left []time.Time
	for _, d := range listed {
		in := false
		for i := range g.doc.Claims {
			o := &g.doc.Claims[i]
			if o.Type == claims.Date && o.Sent == c.Sent && o.Start != c.Start && g.sh.date(o.Date).Equal(d) {
				in = true
				break
			}
		}
		if in {
			said++
		} else {
			left = append(left, d)
		}
	}
	if said == 0 || len(left) == 0 {
		return false
	}
	best := left[0]
	for _, d := range left[1:] {
		if absDur(d.Sub(t)) < absDur(best.Sub(t)) {
			best = d
		}
	}
	g.contradicted(c, fi, g.fmtDate(best, false))
	return true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// dayParts: the parts of a day a weekday is said with ("samedi soir",
// "Saturday night").
var dayParts = map[string]bool{"soir": true, "matin": true, "midi": true, "apres-midi": true, "après-midi": true, "soiree": true, "soirée": true, "night": true, "evening": true, "morning": true, "afternoon": true}

// dayPartEnd: the end of a weekday ending at token k with the part of the
// day right after it ("Samedi soir, place à Élise Caron-Dubé": the name is
// as near the day as after "Le samedi,"), never past t0.
func dayPartEnd(d *claims.Doc, k, t0 int) int {
	if k < t0 && k < len(d.Tokens) && dayParts[d.Tokens[k].Low] {
		return k + 1
	}
	return k
}
