package verify

import (
	"regexp"
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// siteNouns name the places a brand works from (singular and plural,
// folded).
var siteNouns = map[string]bool{
	"branch": true, "branches": true, "store": true, "stores": true, "shop": true, "shops": true,
	"location": true, "locations": true, "site": true, "sites": true, "venue": true, "venues": true,
	"outlet": true, "outlets": true, "library": true, "libraries": true, "studio": true, "studios": true,
	"agence": true, "agences": true, "magasin": true, "magasins": true, "boutique": true, "boutiques": true,
	"succursale": true, "succursales": true, "bibliotheque": true, "bibliotheques": true, "antenne": true, "antennes": true,
}

// siteOnlyRe: a fact that keeps a service to one place ("available at
// Banksia Central Library only", "uniquement à la médiathèque centrale").
var siteOnlyRe = regexp.MustCompile(`\b(?:at|in) [a-z0-9' -]{2,40} only\b|\bonly (?:at|in)\b|\b(?:uniquement|seulement|exclusivement) (?:a|au|aux|dans|en|sur)\b`)

// everySite: "3D printing is available in every branch", "dans toutes nos
// agences" when the fact about the same thing (two words in common with
// the sentence, or with it and the one before) keeps it to one place
// ("at Banksia Central Library only"): the scope is contradicted.
func (g *grounder) everySite() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		a, n := k, -1
		switch toks[k].Low {
		case "every", "each", "chaque":
			n = k + 1
		case "all", "tous", "toutes":
			n = k + 1
			if n < len(toks) && (toks[n].Low == "our" || toks[n].Low == "the" || toks[n].Low == "nos" || toks[n].Low == "les") {
				n++
			}
		default:
			continue
		}
		if n >= len(toks) || !siteNouns[claims.Fold(toks[n].Low)] || toks[n].Sent != toks[k].Sent {
			continue
		}
		if a > 0 && toks[a-1].Sent == toks[k].Sent {
			switch toks[a-1].Low {
			case "in", "at", "dans", "en", "across":
				a--
			}
		}
		if g.flagged(toks[a].Start, toks[n].End) {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[n].End, Tok0: a, Tok1: n + 1, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		fi := g.siteOnlyFact(g.context(&c, 12))
		if fi < 0 {
			fi = g.siteOnlyFact(g.contextWithPrev(&c))
		}
		if fi >= 0 {
			g.contradicted(&c, fi, "")
		}
		k = n
	}
}

// siteOnlyFact: the fact sharing most words (two at least) with ctx, when
// it keeps its service to one place (siteOnlyRe), or -1.
func (g *grounder) siteOnlyFact(ctx []string) int {
	best, bestOv := -1, 1
	for fi := range g.sh.facts {
		if ov := g.overlap(ctx, fi); ov > bestOv {
			best, bestOv = fi, ov
		}
	}
	if best < 0 || !siteOnlyRe.MatchString(strings.TrimSpace(g.sh.facts[best].fold)) {
		return -1
	}
	return best
}

// everyOfSomeDays: "under-26s pay only £15 for every performance" when the
// fact about the same thing (two words in common with the sentence) gives
// it "for Tuesday and Wednesday evening performances": a thing said of
// every one of a common noun the fact restricts by weekdays (a weekday right
// before the noun, or in French "du mardi" right after it, not a range
// "du mardi au samedi") is contradicted.
func (g *grounder) everyOfSomeDays() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		n := -1
		switch toks[k].Low {
		case "every", "each", "chaque":
			n = k + 1
		case "all", "tous", "toutes":
			n = k + 1
			if n < len(toks) && (toks[n].Low == "our" || toks[n].Low == "the" || toks[n].Low == "nos" || toks[n].Low == "les") {
				n++
			}
		default:
			continue
		}
		if n >= len(toks) || toks[n].Kind != claims.TWord || toks[n].Stop() || toks[n].Cap || toks[n].Sent != toks[k].Sent || len(toks[n].Low) < 4 {
			continue
		}
		if _, day := dayIndex[strings.TrimSuffix(toks[n].Low, "s")]; day || siteNouns[claims.Fold(toks[n].Low)] || g.flagged(toks[k].Start, toks[n].End) {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[k].Start, End: toks[n].End, Tok0: k, Tok1: n + 1, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		// the fact that names the noun and shares most other words with
		// the sentence and the one before
		st := claims.Stem(toks[n].Low)
		ctx := g.contextWithPrev(&c)
		best, bestOv, tie := -1, 0, false
		for fi := range g.sh.facts {
			if !g.sh.facts[fi].words[st] {
				continue
			}
			// a price of the sentence the fact states counts as a word
			switch ov := g.overlap(ctx, fi) + g.sharedPrice(c.Sent, fi); {
			case ov > bestOv:
				best, bestOv, tie = fi, ov, false
			case ov == bestOv && ov > 0:
				tie = true
			}
		}
		if best >= 0 && !tie && daysBeforeNoun(g.sh.facts[best].doc, st) {
			g.contradicted(&c, best, "")
		}
		k = n
	}
}

// daysBeforeNoun: d restricts the noun of stem st by weekdays: a weekday up
// to two words before it ("Tuesday and Wednesday evening performances"),
// or "du mardi" right after it with no range ("représentations du mardi
// et du mercredi").
func daysBeforeNoun(d *claims.Doc, st string) bool {
	toks := d.Tokens
	for j := range toks {
		if claims.Stem(toks[j].Low) != st {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-2 && toks[i].Sent == toks[j].Sent; i-- {
			if _, ok := dayIndex[strings.TrimSuffix(toks[i].Low, "s")]; ok {
				return true
			}
		}
		if j+3 < len(toks) && (toks[j+1].Low == "du" || toks[j+1].Low == "le") {
			if _, ok := dayIndex[strings.TrimSuffix(toks[j+2].Low, "s")]; ok && toks[j+3].Low != "au" && toks[j+3].Low != "a" {
				return true
			}
		}
	}
	return false
}

// sharedPrice: 1 when fact fi states a price of sentence sent of the post
// ("£15"), else 0.
func (g *grounder) sharedPrice(sent, fi int) int {
	d := g.sh.facts[fi].doc
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != sent || o.Type != claims.Money {
			continue
		}
		for j := range d.Claims {
			if d.Claims[j].Type == claims.Money && claims.Eq(d.Claims[j].Value, o.Value) {
				return 1
			}
		}
	}
	return 0
}
