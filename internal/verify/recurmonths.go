package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// monthsOfWeekdays: the months of "chaque mardi de juillet et d'août",
// "every Tuesday of July and August" (a month right after a weekday and
// "de", "d'", "of", and the one after "et"/"and" next to it), which the
// extractor does not read as months said alone; a range ("de juillet à
// septembre") gives none.
func monthsOfWeekdays(d *claims.Doc, year int) [][2]int {
	if year <= 0 {
		return nil
	}
	var out [][2]int
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Type != claims.Weekday || c.Tok1+1 >= len(d.Tokens) {
			continue
		}
		switch d.Tokens[c.Tok1].Low {
		case "de", "d'", "of":
		default:
			continue
		}
		k := c.Tok1 + 1
		m := monthNamed(d.Tokens[k].Low)
		if m == 0 {
			continue
		}
		if k+1 < len(d.Tokens) {
			switch d.Tokens[k+1].Low {
			case "à", "a", "au", "to", "-", "–", "through", "until", "jusqu'à", "jusqu'en":
				return nil
			}
		}
		out = append(out, [2]int{year, m})
		if m2 := monthAfterAnd(d, k+1); m2 > 0 && m2 != m {
			out = append(out, [2]int{year, m2})
		}
	}
	return out
}

// monthNamed: the month of a word ("juillet", "July"), or 0.
func monthNamed(low string) int {
	w := claims.Fold(low)
	for _, lang := range []string{"fr", "en"} {
		for m := 1; m <= 12; m++ {
			if w == strings.ToLower(claims.Fold(claims.MonthNames[lang][m])) {
				return m
			}
		}
	}
	return 0
}

// recurNouns: the stems of the words a fact says before its first repeated
// weekday ("Un marché nocturne de producteurs a lieu chaque mardi …"), the
// thing that recurs, which a post may count by its own noun ("9 marchés
// nocturnes").
func recurNouns(d *claims.Doc) []string {
	var out []string
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Type != claims.Weekday {
			continue
		}
		for k := 0; k < c.Tok0; k++ {
			t := &d.Tokens[k]
			if t.Sent != d.Tokens[c.Tok0].Sent || t.Kind != claims.TWord || len(t.Low) < 4 || claims.IsStop(t.Low) {
				continue
			}
			if st := claims.Stem(t.Low); !contains(out, st) {
				out = append(out, st)
			}
		}
		break
	}
	return out
}
