package verify

import (
	"time"

	"github.com/vigie-cm/vigie/internal/claims"
)

// timeOfListedDate: the time said of a dated event is the one the facts
// give that date, also when timeOfDate leaves it: a fact that lists several
// dated events in one sentence, each with its time in its own clause
// ("samedi 19 septembre à 15h, librairie La Marée Haute (Brest) ; samedi
// 10 octobre à 16h, …"), and a time written after the date and a comma
// ("Friday 15 July, 7pm" for "Thursday 15 July 2027 at 6:30 pm"). The
// fact's time is the one right after the date in the date's clause; the
// post's time stands when a fact gives it for that date, or that time moved
// by a stated offset ("doors open one hour before"). It flags c and reports
// whether it did.
func (g *grounder) timeOfListedDate(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Type != claims.Time || c.Bound != claims.Exact || c.Tok0 < 2 || rangeAfter(toks, c.Tok1) || timeBefore(g.doc, c) != nil {
		return false
	}
	var day time.Time
	switch toks[c.Tok0-1].Low {
	case "a", "at":
		a, b := clauseOf(g.doc, c.Tok0)
		for i := range g.doc.Claims {
			o := &g.doc.Claims[i]
			if o.Type == claims.Date && o.Tok0 >= a && o.Tok1 <= b {
				t := g.sh.date(o.Date)
				if t.IsZero() || !day.IsZero() {
					return false
				}
				day = t
			}
		}
	case ",":
		// "Friday 15 July, 7pm": the date right before the comma
		for i := range g.doc.Claims {
			if o := &g.doc.Claims[i]; o.Type == claims.Date && o.Tok1 == c.Tok0-1 && o.Date2.Day == 0 {
				day = g.sh.date(o.Date)
			}
		}
	}
	if day.IsZero() {
		return false
	}
	var at *claims.Claim
	fi := -1
	for f := range g.sh.facts {
		d := g.sh.facts[f].doc
		for j := range d.Claims {
			fc := &d.Claims[j]
			if fc.Type != claims.Date || !g.sh.date(fc.Date).Equal(day) {
				continue
			}
			// two facts, or two clauses, date that day: which event the
			// post speaks of is not known
			if fi >= 0 {
				return false
			}
			// the time right after the date, in its clause, before any
			// other date
			_, b := clauseOf(d, fc.Tok0)
			var t *claims.Claim
			for k := range d.Claims {
				x := &d.Claims[k]
				if x.Tok0 < fc.Tok1 || x.Tok0 >= b || x == fc {
					continue
				}
				if x.Type == claims.Date {
					break
				}
				if x.Type == claims.Time && x.Tok0 <= fc.Tok1+2 {
					t = x
					break
				}
			}
			fi = f
			// "à 15h", "at 6:30 pm": one time, not a range's start
			if t == nil || t.Tok0 < 1 || d.Tokens[t.Tok0-1].Low != "a" && d.Tokens[t.Tok0-1].Low != "at" || rangeAfter(d.Tokens, t.Tok1) {
				return false
			}
			at = t
		}
	}
	if at == nil || at.Bound != claims.Exact {
		return false
	}
	// "at 6:35" for 6:35 p.m.; "à minuit" for 23h59
	vals := g.clockReadings(c)
	for _, v := range vals {
		if sameClock(at.Value, v) {
			return false
		}
		for _, off := range g.sh.offsets {
			if claims.Eq(at.Value+off, v) {
				return false
			}
		}
	}
	g.contradicted(c, fi, at.Text)
	return true
}

// rangeAfter: a range word at token k opens the end of a range of times
// ("de 15h à 17h", "2pm to 5pm"), not a place ("à 16h à la librairie").
func rangeAfter(toks []claims.Token, k int) bool {
	return k+1 < len(toks) && rangeWord(toks[k].Low) && toks[k+1].Kind == claims.TNum
}
