package verify

import (
	"math"
	"slices"

	"github.com/vigie-cm/vigie/internal/claims"
)

// An age limit is a threshold, not a count: "ages 12+", "aged 10 and
// over", "gratuit pour les moins de 16 ans", "kids 12 and under" say from
// or up to which age something holds. It is true only as the facts set it:
// any other figure of the facts that happens to be 12 (a group of 12, a
// price of 12 €) or lies on the right side of the limit ("moins de 16 ans"
// for a stated "moins de 12 ans") does not back it.

// ageLimitLeads: the words an age is written after ("ages 12+", "aged 10
// and over", "âgés de 12 ans et plus").
var ageLimitLeads = map[string]bool{"ages": true, "aged": true, "age": true, "agee": true, "agees": true, "ages:": true}

// childLeads: who an age limit is said of, right before its bound word
// ("children under 5", "kids over 12").
var childLeads = map[string]bool{"kids": true, "children": true, "child": true, "youth": true, "juniors": true, "enfants": true, "jeunes": true}

// notAgeAfter: the words after "ans", "years" that make the figure a length
// of time ("30 ans d'expérience", "20 years of service", "5 years ago").
var notAgeAfter = map[string]bool{"d'": true, "d’": true, "de": true, "of": true, "ago": true, "experience": true, "d": true, "que": true, "qu'": true, "qu’": true, "since": true, "depuis": true, "now": true, "already": true, "deja": true}

// notAgeBefore: the words before a figure of years that make it a length
// of time ("depuis plus de 20 ans", "for over 20 years", "il y a 5 ans").
var notAgeBefore = map[string]bool{"depuis": true, "for": true, "since": true, "pendant": true, "during": true, "ya": true, "y": true, "en": true, "in": true, "within": true, "after": true, "apres": true, "than": true, "que": true}

// ageLimitDir: the figure of x in d is an age limit; +1 for a lowest age
// ("12+", "aged 10 and over", "à partir de 16 ans", "65 ans et plus"), -1
// for a highest one ("moins de 12 ans", "kids 12 and under", "under 5"),
// 0 when it is no age limit.
func ageLimitDir(d *claims.Doc, x *claims.Claim) int {
	if x.Type != claims.Count && x.Type != claims.Number || x.Value != math.Trunc(x.Value) || x.Value < 1 || x.Value > 25 {
		return 0
	}
	toks := d.Tokens
	// the bound: the claim's own, or the words after it ("12 and under",
	// "16 ans et plus")
	dir := 0
	switch x.Bound {
	case claims.AtLeast, claims.From, claims.Greater:
		dir = 1
	case claims.Less, claims.UpTo:
		dir = -1
	}
	k := x.Tok1
	unit := k < len(toks) && ageUnits[toks[k].Low]
	if unit {
		k++
		if k < len(toks) && toks[k].Low == "old" {
			k++
		}
	}
	if dir == 0 && k+1 < len(toks) {
		switch toks[k].Low {
		case "and", "et", "or", "ou":
			switch toks[k+1].Low {
			case "under", "below", "younger", "moins":
				dir = -1
			case "up", "over", "older", "above", "plus":
				dir = 1
			}
		}
	}
	if dir == 0 {
		return 0
	}
	// an age: after "ages", "aged"; after "children under"; or a figure of
	// years that is no length of time
	p := prevLow(toks, x.Tok0)
	if ageLimitLeads[p] || childLeads[prevLow(toks, x.Tok0-1)] && (p == "under" || p == "over") {
		return dir
	}
	if !unit || x.Tok1+1 < len(toks) && notAgeAfter[toks[x.Tok1+1].Low] {
		return 0
	}
	for j := x.Tok0 - 1; j >= 0 && j >= x.Tok0-4 && toks[j].Sent == x.Sent; j-- {
		if notAgeBefore[toks[j].Low] {
			return 0
		}
	}
	return dir
}

// ageFigure: the figure of x in d is an age of some kind: a count of
// years, or a figure within three words of "ages", "aged" or of "ans",
// "years" ("ages 6 to 12", "de 6 à 12 ans").
func ageFigure(d *claims.Doc, x *claims.Claim) bool {
	if x.Type == claims.Count && x.Noun == "year" {
		return true
	}
	if x.Type != claims.Count && x.Type != claims.Number {
		return false
	}
	toks := d.Tokens
	for k := x.Tok0 - 1; k >= 0 && k >= x.Tok0-3; k-- {
		if ageLimitLeads[toks[k].Low] {
			return true
		}
	}
	for k := x.Tok1; k < len(toks) && k < x.Tok1+3; k++ {
		if ageUnits[toks[k].Low] {
			return true
		}
	}
	return false
}

// ageLimitOfThing: "Summit course … ages 12+" when the fact about the
// Summit gives "ages 14 and up", "entrée gratuite pour les moins de 16 ans"
// when the fact about entry gives "gratuite pour les moins de 12 ans": an
// age limit of the post that no age of the facts gives, against the fact
// about the same thing (a word in common) that sets a limit the same way.
// It flags c and reports whether it did. Limits are written in figures:
// "plus de vingt ans" is a length of time.
func (g *grounder) ageLimitOfThing(c *claims.Claim) bool {
	if c.Start >= len(g.doc.Runes) || !isDigitRune(g.doc.Runes[c.Start]) {
		return false
	}
	dir := ageLimitDir(g.doc, c)
	if dir == 0 {
		return false
	}
	ctx := g.context(c, 8)
	if len(ctx) == 0 {
		return false
	}
	best, bestOv, bestText := -1, 0, ""
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		text := ""
		for i := range d.Claims {
			fc := &d.Claims[i]
			fdir := ageLimitDir(d, fc)
			if fdir == 0 && !ageFigure(d, fc) {
				continue
			}
			// any age of the facts with c's figure (a band's end, "12 à 17
			// ans", "ages 6 to 12", or a limit the other way) may be what
			// the post means
			if claims.Eq(fc.Value, c.Value) || fc.Value2 > 0 && claims.Eq(fc.Value2, c.Value) {
				return false
			}
			if fc.Tok0 >= 2 && d.Tokens[fc.Tok0-2].Kind == claims.TNum && rangeStartAt(d, fc.Tok0-2) && claims.Eq(d.Tokens[fc.Tok0-2].Num, c.Value) {
				return false
			}
			if fdir == dir && text == "" {
				text = fc.Text
			}
		}
		if text == "" {
			continue
		}
		if ov := g.overlap(ctx, fi); ov > bestOv {
			best, bestOv, bestText = fi, ov, text
		}
	}
	if best < 0 {
		return false
	}
	// the suggestion: the fact's limit after the most words of the post's
	// ("Summit (ages 14 and up" rather than "Explorer (ages 10 and up")
	d := g.sh.facts[best].doc
	ctx = g.context(c, 16)
	bestNear := 0
	for i := range d.Claims {
		fc := &d.Claims[i]
		if ageLimitDir(d, fc) != dir {
			continue
		}
		near := 0
		for k := max(fc.Tok0-6, 0); k < fc.Tok0; k++ {
			if t := &d.Tokens[k]; t.Kind == claims.TWord && !t.Stop() && slices.Contains(ctx, claims.Stem(t.Low)) {
				near++
			}
		}
		if near > bestNear {
			bestNear, bestText = near, fc.Text
		}
	}
	g.contradicted(g.withBound(c), best, bestText)
	return true
}
