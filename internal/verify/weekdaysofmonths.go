package verify

import (
	"math"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/claims"
)

// weekdaysOfPostMonths: "chaque jeudi de juillet et d'août à 21h : 9
// soirées", "In June, that's four Saturdays": a count, in a sentence that
// names one weekday and some months, equal to how many of that weekday
// those months hold in the campaign's year, is the calendar's arithmetic.
// The count is of the weekday itself ("four Saturdays") or of what a
// recurrence holds on it ("chaque jeudi", "every Thursday"); a count the
// calendar does not give is still checked.
func (g *grounder) weekdaysOfPostMonths(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Bound != claims.Exact || c.Value < 2 || c.Value > 31 || c.Value != math.Trunc(c.Value) || g.sh.year == 0 {
		return false
	}
	toks := g.doc.Tokens
	wd, recur := -1, false
	var months [13]bool
	nm := 0
	// c's sentence only: walk back to its start, then on to its end
	// (at most 40 tokens either side: a run-on text stays linear)
	k0 := c.Tok0
	for k0 > 0 && k0 > c.Tok0-40 && toks[k0-1].Sent == c.Sent {
		k0--
	}
	for k := k0; k < len(toks) && k < c.Tok1+40 && toks[k].Sent == c.Sent; k++ {
		t := &toks[k]
		if !t.In(weekMonthClass) {
			continue
		}
		if w := weekdayOfWord(t.Low); w >= 0 {
			if wd >= 0 && wd != w {
				return false // two weekdays: which one is counted is not said
			}
			wd = w
			switch prevLow(toks, k) {
			case "chaque", "every", "each", "les", "tous":
				recur = true
			}
			continue
		}
		for m := 1; m <= 12; m++ {
			if t.Low == strings.ToLower(claims.Fold(claims.MonthNames["fr"][m])) || t.Low == strings.ToLower(claims.MonthNames["en"][m]) {
				if !months[m] {
					months[m] = true
					nm++
				}
			}
		}
	}
	if wd < 0 || nm == 0 || !recur && c.Noun != claims.WeekdayNames["en"][wd] {
		return false
	}
	n := 0
	for m := 1; m <= 12; m++ {
		if !months[m] {
			continue
		}
		for t := time.Date(g.sh.year, time.Month(m), 1, 0, 0, 0, 0, time.UTC); int(t.Month()) == m; t = t.AddDate(0, 0, 1) {
			if int(t.Weekday()) == wd {
				n++
			}
		}
	}
	return float64(n) == c.Value
}

// weekdayOfWord: the weekday a folded word names, in the singular or the
// plural ("jeudi", "jeudis", "saturday", "saturdays"), or -1.
func weekdayOfWord(low string) int {
	w := strings.TrimSuffix(low, "s")
	for i := range 7 {
		if w == claims.WeekdayNames["fr"][i] || w == strings.ToLower(claims.WeekdayNames["en"][i]) {
			return i
		}
	}
	return -1
}

// weekMonthClass: the months and the weekdays, the weekdays also in the
// plural ("jeudis", "saturdays"), folded.
var weekMonthClass = func() claims.WordClass {
	var words []string
	for _, lang := range []string{"fr", "en"} {
		months := claims.MonthNames[lang]
		for _, w := range months[1:] {
			words = append(words, strings.ToLower(claims.Fold(w)))
		}
		for _, w := range claims.WeekdayNames[lang] {
			w = strings.ToLower(w)
			words = append(words, w, w+"s")
		}
	}
	return claims.NewWordClass(words...)
}()
