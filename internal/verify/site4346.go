package verify

import (
	"regexp"
	"strings"
	"time"

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
		a, n := k, everyNoun(toks, k)
		if n < 0 || !siteNouns[claims.Fold(toks[n].Low)] || toks[n].Sent != toks[k].Sent {
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

// everyNoun: the token of the noun "every", "each", "chaque", "all (our,
// the)", "tous (les, nos)" open at token k, or -1.
func everyNoun(toks []claims.Token, k int) int {
	if !toks[k].In(everyClass) {
		return -1
	}
	n := k + 1
	switch toks[k].Low {
	case "every", "each", "chaque":
	case "all", "tous", "toutes":
		if n < len(toks) && (toks[n].Low == "our" || toks[n].Low == "the" || toks[n].Low == "nos" || toks[n].Low == "les") {
			n++
		}
	default:
		return -1
	}
	if n >= len(toks) {
		return -1
	}
	return n
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
	if best < 0 || !g.sh.siteOnly(best) {
		return -1
	}
	return best
}

// siteOnly: fact fi keeps its service to one place (siteOnlyRe), read for
// every fact once per sheet rather than by pattern for each post.
func (sh *sheet) siteOnly(fi int) bool {
	sh.siteOnce.Do(func() {
		sh.siteOnlyFacts = make([]bool, len(sh.facts))
		for i := range sh.facts {
			fold := sh.facts[i].fold
			sh.siteOnlyFacts[i] = mayRestrict(fold) && siteOnlyRe.MatchString(strings.TrimSpace(fold))
		}
	})
	return sh.siteOnlyFacts[fi]
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
		n := everyNoun(toks, k)
		if n < 0 || toks[n].Kind != claims.TWord || toks[n].Stop() || toks[n].Cap || toks[n].Sent != toks[k].Sent || len(toks[n].Low) < 4 {
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
		// (the facts that have the word, in order, from the sheet's index)
		for _, fi := range g.sh.wordFacts[st] {
			if fi < 0 {
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

// wholeMonth: "Free safety checks all May long" when the fact about the
// checks holds them from 1 to 14 May: a month said whole ("all May", "all
// of May", "all through May", "throughout May", "tout le mois de mai")
// is contradicted by the fact about the same thing (two words in common
// with the sentence, or one it alone has) whose dates in that month leave
// part of it out.
func (g *grounder) wholeMonth() {
	toks := g.doc.Tokens
	for k := 1; k < len(toks); k++ {
		// the month's name, from the tokens: "all May long" is no month
		// claim of the extractor ("may" is also a verb)
		if !toks[k].In(calendarClass) {
			continue
		}
		m := monthNumber(toks[k].Low, g.lang)
		if m == 0 || g.lang == "en" && !toks[k].Cap {
			continue
		}
		c := &claims.Claim{Type: claims.Month, Start: toks[k].Start, End: toks[k].End, Tok0: k, Tok1: k + 1, Sent: toks[k].Sent}
		c.Date.M = m
		a := c.Tok0 - 1
		switch l := toks[a].Low; {
		case l == "of" || l == "through" || l == "de":
			if a > 0 && (toks[a-1].Low == "all" || toks[a-1].Low == "mois" && a > 2 && toks[a-2].Low == "le" && toks[a-3].Low == "tout") {
				a--
				if toks[a].Low == "mois" {
					a -= 2
				}
			} else {
				continue
			}
		case l == "all" || l == "throughout":
		default:
			continue
		}
		e := c.Tok1
		if e < len(toks) && toks[e].Low == "long" && toks[e].Sent == c.Sent {
			e++
		}
		if toks[a].Sent != c.Sent || g.flagged(toks[a].Start, toks[e-1].End) {
			continue
		}
		w := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: c.Sent}
		w.Text = g.doc.Slice(w.Start, w.End)
		ctx := g.context(&w, 14)
		best, bestOv := -1, 0
		for fi := range g.sh.facts {
			ov := g.overlap(ctx, fi)
			if ov < 2 && !(ov == 1 && g.distinctive(ctx, fi)) {
				continue
			}
			if ov > bestOv || ov == bestOv && !g.hasPeriod(best) && g.hasPeriod(fi) {
				best, bestOv = fi, ov
			}
		}
		if best >= 0 && !g.hasPeriod(best) {
			best = g.periodOfNamed(best)
		}
		if best >= 0 && g.partOfMonth(best, c.Date.M) {
			g.contradicted(&w, best, "")
		}
	}
}

// partOfMonth: fact fi gives a range of dates in month m, and none of its
// ranges covers the month but for a week or less (a single date, an
// opening day, is no period).
func (g *grounder) partOfMonth(fi, m int) bool {
	in := false
	for _, da := range g.sh.dates {
		if da.fact != fi || da.d2.IsZero() {
			continue
		}
		end := da.d2
		first := time.Date(da.d.Year(), time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		if end.Before(first) || da.d.After(last) {
			continue
		}
		// ("du 3 au 31 mars" is all March for an offer of its Tuesdays:
		// a week or less left out is no part)
		lo, hi := da.d, end
		if lo.Before(first) {
			lo = first
		}
		if hi.After(last) {
			hi = last
		}
		if last.Sub(first)-hi.Sub(lo) <= 7*24*time.Hour {
			return false
		}
		in = true
	}
	return in
}

// periodOfNamed: "During Fix Your Bike Fortnight, bike safety checks are
// free" gives no dates, the fact "Fix Your Bike Fortnight runs from 1 to
// 14 May" does: the fact with dates that names a name of two words or more
// of fact fi, or -1.
func (g *grounder) periodOfNamed(fi int) int {
	for _, e := range g.sh.entities {
		if e.fact != fi || len(e.words) < 2 {
			continue
		}
		for _, o := range g.sh.entities {
			if o.fact != fi && o.fact >= 0 && o.fold == e.fold && g.hasPeriod(o.fact) {
				return o.fact
			}
		}
	}
	return -1
}

// monthByName: the month (1–12) of each folded month name, by language.
var monthByName = func() map[string]map[string]int {
	out := map[string]map[string]int{}
	for lang, names := range claims.MonthNames {
		out[lang] = map[string]int{}
		for m, n := range names {
			if m > 0 {
				out[lang][claims.Fold(n)] = m
			}
		}
	}
	return out
}()

// monthNumber: the month (1–12) a folded token names in lang, or 0.
func monthNumber(low, lang string) int {
	return monthByName[lang][low]
}

// onlyLists: the items (stemmed) of each list a fact closes with "only" or
// opens with "uniquement pour", and the fact of each; read once per sheet,
// as the pattern costs more than checking a post.
func (sh *sheet) onlyLists() ([][]string, []int) {
	sh.onlyOnce.Do(func() {
		for fi := range sh.facts {
			if !mayRestrict(sh.facts[fi].fold) {
				continue
			}
			for _, m := range onlyListRe.FindAllStringSubmatch(sh.facts[fi].fold, -1) {
				body := m[1] + m[2]
				var items []string
				for _, w := range strings.FieldsFunc(body, func(r rune) bool { return r == ',' || r == ' ' }) {
					switch w {
					case "and", "or", "et", "ou", "les", "des":
					default:
						items = append(items, claims.Stem(w))
					}
				}
				sh.onlyItems, sh.onlyFact = append(sh.onlyItems, items), append(sh.onlyFact, fi)
			}
		}
	})
	return sh.onlyItems, sh.onlyFact
}

// mayRestrict: fold has a word siteOnlyRe and onlyListRe need; the
// patterns, slow on a long fact, are not run on the others
// (TestPatternGates).
func mayRestrict(fold string) bool {
	for _, w := range [...]string{"only", "uniquement", "seulement", "exclusivement"} {
		if strings.Contains(fold, w) {
			return true
		}
	}
	return false
}

// onlyListRe: a fact that closes a list with "only" ("for dogs and cats
// only", "for dogs, cats and ferrets only", "uniquement pour les chiens et
// les chats").
var onlyListRe = regexp.MustCompile(`\b((?:[a-z]+, )*[a-z]+ (?:and|or) [a-z]+) only\b|\b(?:uniquement|seulement|exclusivement) (?:pour|aux|a) (?:les |des )?((?:[a-z]+, (?:les |des )?)*[a-z]+ (?:et|ou) (?:les |des )?[a-z]+)\b`)

// addedToOnlyList: "Scale & polish for dogs, cats and rabbits" when the
// fact gives it "for dogs and cats only": a list of the post that holds two
// things of a list a fact closes with "only" (or opens with "uniquement
// pour") and adds another is contradicted on the added thing.
func (g *grounder) addedToOnlyList() {
	lists, listFact := g.sh.onlyLists()
	if len(lists) == 0 {
		return
	}
	toks := g.doc.Tokens
	for k := 2; k+1 < len(toks); k++ {
		// the last item of a list: "X, Y and Z", "X et les Z"
		if l := toks[k].Low; l != "and" && l != "et" {
			continue
		}
		z := k + 1
		if z < len(toks) && (toks[z].Low == "les" || toks[z].Low == "des") {
			z++
		}
		if z >= len(toks) || toks[z].Kind != claims.TWord || toks[z].Sent != toks[k].Sent {
			continue
		}
		// the items before, back over commas and articles
		var before []string
		for j := k - 1; j >= 0 && j >= k-8 && toks[j].Sent == toks[k].Sent; j-- {
			switch l := toks[j].Low; {
			case l == "," || l == "les" || l == "des":
				continue
			case toks[j].Kind == claims.TWord && !toks[j].Stop():
				before = append(before, claims.Stem(l))
				if j > 0 && toks[j-1].Low == "," || j > 1 && (toks[j-1].Low == "les" || toks[j-1].Low == "des") && toks[j-2].Low == "," {
					continue
				}
			}
			break
		}
		last := claims.Stem(toks[z].Low)
		for li, items := range lists {
			in := 0
			for _, b := range before {
				if contains(items, b) {
					in++
				}
			}
			if in < 2 || len(before) != in || contains(items, last) || g.flagged(toks[k].Start, toks[z].End) {
				continue
			}
			c := claims.Claim{Type: "condition", Start: toks[k].Start, End: toks[z].End, Tok0: k, Tok1: z + 1, Sent: toks[k].Sent}
			c.Text = g.doc.Slice(c.Start, c.End)
			g.contradicted(&c, listFact[li], "")
			break
		}
	}
}
