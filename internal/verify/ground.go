package verify

import (
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigie-cm/vigie/internal/claims"
)

type grounder struct {
	sh       *sheet
	doc      *claims.Doc
	lang     string
	findings []Finding
	ctxBuf   []string
	// overlap cache for the last context
	ovCounts []int
	ovValid  bool
	ovLen    int
	ovFirst  *string
	// mostAbout's counts per fact
	aboutBuf []int
	// whether the post gives a recipe, worked out on first need
	recipeSeen, isRecipe bool
	// which of the first 64 sentences are questions, on first need
	questionsSeen bool
	questions     uint64
	// which of the first 64 sentences announce a total (totalSaid), and
	// which were asked
	totalAsked, totalSaidBits uint64
}

func (g *grounder) run() {
	for i := range g.doc.Claims {
		g.claim(&g.doc.Claims[i])
	}
	if g.sh.shareOf != nil {
		g.fullShares()
	}
	g.fullShareOfFact()
	g.alternatives()
	g.extras()
	g.includedExtra()
	g.stacking()
	g.deeds()
	g.deniedQualities()
	g.otherLevel()
	if g.sh.medals {
		g.medal()
	}
	g.writtenSums()
	g.allKinds()
	g.allKindsOnly()
	g.freeButPriced()
	g.perWhat()
	g.partOfDay()
	g.deniedTerm()
	g.allAges()
	g.everywhere()
	g.everySite()
	g.everyOfSomeDays()
	g.wholeMonth()
	g.addedToOnlyList()
	g.cancelAnytime()
	g.awardScope()
	g.wonLesser()
	g.closedHoliday()
	g.waivedRequirements()
	g.universalAudience()
	if len(g.sh.banned) > 0 {
		g.bannedSaid()
	}
	g.billingPeriod()
	g.shareOfOther()
	g.distributiveGifts()
	g.draws()
	g.policies()
	g.properties()
	g.awards()
	g.rankedByScope()
	g.perUnitCounts()
	g.allOfNarrowed()
	g.scopeAgainst()
	g.evenLeftOut()
}

// cancelDeniedRe: a fact that denies cancelling ("cannot be cancelled",
// "ne sont pas résiliables", "non annulable").
var cancelDeniedRe = regexp.MustCompile(`\b(?:cannot|can't|can not|may not|not) be (?:cancell?ed|terminated)\b|\bnon[- ](?:resiliables?|annulables?|cancell?able)\b|\bne (?:sont|est|peu[tv]e?n?t) pas (?:etre )?(?:resili|annul)`)

// cancelAnytime: "cancel anytime", "cancel at any time", "résiliable à
// tout moment" when the fact about the same thing sets a least term ("a
// 12-month contract" with "a minimum of 5 users": minimumTerm) or, naming
// cancelling, denies it ("6- and 12-month plans cannot be cancelled"): the
// freedom to cancel is contradicted.
func (g *grounder) cancelAnytime() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		l := toks[k].Low
		if !strings.HasPrefix(l, "cancel") && !strings.HasPrefix(l, "resili") && !strings.HasPrefix(l, "annul") {
			continue
		}
		e := 0
		switch {
		case toks[k+1].Low == "anytime":
			e = k + 2
		case k+3 < len(toks) && toks[k+1].Low == "at" && toks[k+2].Low == "any" && toks[k+3].Low == "time":
			e = k + 4
		case k+2 < len(toks) && toks[k+1].Low == "any" && toks[k+2].Low == "time":
			e = k + 3
		case k+3 < len(toks) && (toks[k+1].Low == "a" || toks[k+1].Low == "à") && toks[k+2].Low == "tout" && toks[k+3].Low == "moment":
			e = k + 4
		}
		if e == 0 || toks[e-1].Sent != toks[k].Sent || g.flagged(toks[k].Start, toks[e-1].End) || negatedAt(g.doc, k) {
			continue
		}
		c := claims.Claim{Type: claims.Guarantee, Start: toks[k].Start, End: toks[e-1].End, Tok0: k, Tok1: e, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		if fi := g.minimumTerm(&c); fi >= 0 {
			g.contradicted(&c, fi, "")
			continue
		}
		ctx := g.contextWithPrev(&c)
		for fi := range g.sh.facts {
			f := g.sh.facts[fi].fold
			if g.overlap(ctx, fi) >= 1 && cancelDeniedRe.MatchString(f) {
				g.contradicted(&c, fi, "")
				break
			}
		}
	}
}

// placeLimitRe: a fact that keeps a service to some places ("livre
// uniquement en Belgique", "ships to New Zealand and Australia only",
// "dans un rayon de 8 km", "within 30 miles of Leicester").
var placeLimitRe = regexp.MustCompile(`\b(?:uniquement|seulement|exclusivement) (?:en|au|aux|a|dans|sur)\b|\bonly (?:in|to|within)\b|\b(?:to|in|within) [a-z' ]{2,40} only\b|\brayon de\b|\bwithin (?:a )?\d+(?:[.,]\d+)? ?(?:km|kilometres|kilometers|miles?|mi)\b`)

// placeAllRe: a fact that itself gives the service everywhere.
var placeAllRe = regexp.MustCompile(`\bpartout\b|\bworldwide\b|\bnationwide\b|\w-wide\b|\banywhere\b|\binternational(?:ly)?\b|\bdans le monde entier\b`)

// everywhere: "livraison offerte partout en Europe", "we ship worldwide",
// "free delivery Australia-wide", "anywhere in Canada" when the fact about
// the same thing (two words in common with the sentence, or with it and
// the one before) keeps the service to some places ("uniquement en
// Belgique", "to New Zealand and Australia only", "dans un rayon de 8
// km"): the place scope is contradicted. A fact that gives the service
// everywhere itself leaves it alone.
func (g *grounder) everywhere() {
	toks := g.doc.Tokens
	for k := 0; k < len(toks); k++ {
		l := toks[k].Low
		a, e := k, k+1
		switch {
		case l == "partout" && k+2 < len(toks) && (toks[k+1].Low == "en" || toks[k+1].Low == "au" || toks[k+1].Low == "aux" || toks[k+1].Low == "dans" || toks[k+1].Low == "a" || toks[k+1].Low == "à"):
			e = k + 3
			if (toks[k+2].Low == "le" || toks[k+2].Low == "la" || toks[k+2].Low == "l'") && k+3 < len(toks) {
				e = k + 4
			}
		case l == "worldwide" || l == "nationwide" || strings.HasSuffix(l, "-wide") && len(l) > 5:
		case l == "anywhere" && k+2 < len(toks) && toks[k+1].Low == "in":
			e = k + 3
		default:
			continue
		}
		if toks[e-1].Sent != toks[a].Sent || toks[e-1].Kind != claims.TWord || g.flagged(toks[a].Start, toks[e-1].End) || g.radiusAfter(a) {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: toks[a].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		fi := g.placeLimitFact(g.context(&c, 12))
		if fi < 0 {
			fi = g.placeLimitFact(g.contextWithPrev(&c))
		}
		// "partout en Belgique" for "livre uniquement en Belgique": the
		// place the fact keeps it to
		if fi >= 0 && (l != "partout" || !g.sh.facts[fi].words[claims.Stem(toks[e-1].Low)]) {
			g.contradicted(&c, fi, "")
		}
	}
}

// radiusAfter: the post itself bounds its "partout" ("partout dans un
// rayon de 25 km", "anywhere within 10 miles"): a figure or a radius in the
// five tokens after k.
func (g *grounder) radiusAfter(k int) bool {
	toks := g.doc.Tokens
	for j := k + 1; j < len(toks) && j <= k+5 && toks[j].Sent == toks[k].Sent; j++ {
		if l := toks[j].Low; toks[j].Kind == claims.TNum || l == "rayon" || l == "radius" || l == "within" || l == "km" || l == "miles" {
			return true
		}
	}
	return false
}

// placeLimitFact: the fact sharing most words (two at least) with ctx that
// keeps a service to some places, or -1; none when a fact sharing as many
// gives it everywhere.
func (g *grounder) placeLimitFact(ctx []string) int {
	best, bestOv, all := -1, 1, 0
	for fi := range g.sh.facts {
		ov := g.overlap(ctx, fi)
		if ov < 2 {
			continue
		}
		f := g.sh.facts[fi].fold
		if placeAllRe.MatchString(f) {
			all = max(all, ov)
		}
		if ov > bestOv && placeLimitRe.MatchString(f) {
			best, bestOv = fi, ov
		}
	}
	if best < 0 || all >= bestOv {
		return -1
	}
	return best
}

// allAges: "ouverte aux enfants de tous âges", "open to kids of all ages",
// "sans limite d'âge", "no age limit" when the fact about the same thing
// (two words in common with the sentence, or with it and the one before)
// sets an age limit ("n'est pas accessible aux enfants de moins de 8 ans",
// "dès 6 ans", "10 ans et plus", "open to children aged 5 to 15", "de 4 à
// 6 ans"): the limit is denied. A fact as close that says all ages itself
// backs it.
func (g *grounder) allAges() {
	toks := g.doc.Tokens
	for k := 1; k < len(toks); k++ {
		if toks[k].Low != "ages" && toks[k].Low != "age" {
			continue
		}
		a, e := k-1, k+1
		if toks[a].Low == "les" && a > 0 {
			a--
		}
		switch {
		case toks[a].Low == "tous" || toks[a].Low == "all" || toks[a].Low == "any" || toks[a].Low == "tout":
		// "sans limite d'âge", "aucune limite d'âge"
		case toks[a].Low == "d'" && a >= 2 && toks[a-1].Low == "limite" && (toks[a-2].Low == "sans" || toks[a-2].Low == "aucune"):
			a -= 2
		// "no age limit"
		case toks[a].Low == "no" && k+1 < len(toks) && (toks[k+1].Low == "limit" || toks[k+1].Low == "restriction" || toks[k+1].Low == "restrictions"):
			e = k + 2
		default:
			continue
		}
		if toks[a].Sent != toks[k].Sent || toks[e-1].Sent != toks[k].Sent || g.flagged(toks[a].Start, toks[e-1].End) {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		if fi := g.ageLimitFact(g.context(&c, 10)); fi >= 0 {
			g.contradicted(&c, fi, "")
		} else if fi := g.ageLimitFact(g.contextWithPrev(&c)); fi >= 0 {
			g.contradicted(&c, fi, "")
		} else if fi := g.onlyAgeLimit(); fi >= 0 {
			g.contradicted(&c, fi, "")
		}
	}
}

// allAgesRe: a fact that says a thing is for all ages.
var allAgesRe = regexp.MustCompile(`\b(?:all|any) ages?\b|\btous (?:les )?ages\b|\btout age\b|\bsans limite d'age\b|\bno age limit`)

// ageLimitFact: the first fact sharing two words with ctx that sets an age
// limit, or -1; none when a fact sharing as many says all ages.
func (g *grounder) ageLimitFact(ctx []string) int {
	best, bestOv, all := -1, 0, 0
	for fi := range g.sh.facts {
		ov := g.overlap(ctx, fi)
		if ov < 2 {
			continue
		}
		if allAgesRe.MatchString(g.sh.facts[fi].fold) {
			all = max(all, ov)
		}
		if best < 0 && ageLimit(g.sh.facts[fi].doc) {
			best, bestOv = fi, ov
		}
	}
	if best < 0 || all >= bestOv {
		return -1
	}
	return best
}

// admitWords say who may come: "open to", "réservé aux", "accessible".
var admitWords = map[string]bool{"open": true, "ouvert": true, "ouverte": true, "ouverts": true, "ouvertes": true, "reserve": true, "reservee": true, "reserves": true, "reservees": true, "reserved": true, "accessible": true, "accessibles": true, "restricted": true, "limited": true, "only": true, "uniquement": true}

// admitsBefore: a word that admits stands in the five tokens before k, in
// its clause.
func admitsBefore(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if l := d.Tokens[j].Low; l == ";" || l == "." || d.Tokens[j].Sent != d.Tokens[k].Sent {
			return false
		} else if admitWords[l] {
			return true
		}
	}
	return false
}

// ageLimit: d sets a lowest or highest age ("dès 6 ans", "moins de 8 ans",
// "réservées aux plus de 8 ans",
// "10 ans et plus", "aged 6 and over") or a range of ages ("aged 5 to 15",
// "ages 5-9", "de 4 à 6 ans").
func ageLimit(d *claims.Doc) bool {
	for i := range d.Claims {
		fc := &d.Claims[i]
		if fc.Type != claims.Count && fc.Type != claims.Number {
			continue
		}
		// "open to children aged 5 to 15", "réservé aux enfants de 4 à 6
		// ans": a range of ages that admits (not a price band, "$6 for
		// ages 8 to 17")
		if fc.Type == claims.Number && fc.Tok0 > 0 && d.Tokens[fc.Tok0-1].Low == "aged" && admitsBefore(d, fc.Tok0) {
			return true
		}
		if fc.Noun == "year" && fc.Tok0 >= 3 && (d.Tokens[fc.Tok0-1].Low == "a" || d.Tokens[fc.Tok0-1].Low == "à") && d.Tokens[fc.Tok0-2].Kind == claims.TNum && d.Tokens[fc.Tok0-3].Low == "de" && admitsBefore(d, fc.Tok0) {
			return true
		}
		if fc.Noun != "year" && !(fc.Type == claims.Number && fc.Tok1 < len(d.Tokens) && d.Tokens[fc.Tok1].Low == "and") {
			continue
		}
		switch fc.Bound {
		case claims.From, claims.AtLeast, claims.Less, claims.Greater:
			return true
		}
		if fc.Tok1+1 < len(d.Tokens) {
			n1, n2 := d.Tokens[fc.Tok1].Low, d.Tokens[fc.Tok1+1].Low
			if fc.Noun == "year" && fc.Tok1+2 < len(d.Tokens) {
				n1, n2 = n2, d.Tokens[fc.Tok1+2].Low
			}
			if n1 == "et" && n2 == "plus" || n1 == "and" && (n2 == "over" || n2 == "older" || n2 == "up") {
				return true
			}
		}
	}
	return false
}

// denyWords deny what follows ("no contract", "sans engagement").
var denyWords = map[string]bool{"no": true, "without": true, "sans": true, "aucun": true, "aucune": true}

// deniedTerm: "with no contract", "no purchase limit", "sans durée
// minimum" when a fact gives that very term a figure ("on a 24-month
// contract", "limited to 2 four-packs per person"): the denial is
// contradicted by that fact. A fact denying or waiving the term anywhere
// leaves it alone; fees are namedFeeDenied's.
func (g *grounder) deniedTerm() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].In(denyClass) {
			continue
		}
		// the head: the last of one or two content words
		e := k + 1
		if e >= len(toks) || toks[e].Kind != claims.TWord || toks[e].Stop() {
			continue
		}
		if e+1 < len(toks) && toks[e+1].Kind == claims.TWord && !toks[e+1].Stop() && toks[e+1].Sent == toks[k].Sent {
			e++
		}
		head := claims.Stem(toks[e].Low)
		switch toks[e].Low {
		case "fee", "fees", "frais", "more", "plus", "less", "moins":
			continue
		}
		fi, waived := -1, false
		for f := range g.sh.facts {
			fd := &g.sh.facts[f]
			d := fd.doc
			for j := range d.Tokens {
				// "limited to 2" limits
				if st := fd.stems[j]; st != head && strings.TrimSuffix(st, "ed") != head && strings.TrimSuffix(st, "e") != head {
					continue
				}
				for m := max(j-3, 0); m < j; m++ {
					if denyWords[d.Tokens[m].Low] || feeWaivers[d.Tokens[m].Low] {
						waived = true
					}
				}
				for _, fc := range d.Claims {
					switch fc.Type {
					case claims.Number, claims.Count, claims.Money, claims.Duration, claims.Percent:
					default:
						continue
					}
					// "24-month contract", "limited to 2", "limite de 2"
					if fc.Tok1 == j || fc.Tok1+2 == j && d.Tokens[fc.Tok1].Text == "-" || fc.Tok0 == j+2 && (d.Tokens[j+1].Low == "to" || d.Tokens[j+1].Low == "a" || d.Tokens[j+1].Low == "de" || d.Tokens[j+1].Low == "at") {
						fi = f
					}
				}
			}
		}
		if waived || fi < 0 {
			continue
		}
		c := claims.Claim{Type: claims.Guarantee, Start: toks[k].Start, End: toks[e].End, Tok0: k, Tok1: e + 1, Sent: toks[k].Sent, Text: g.doc.Slice(toks[k].Start, toks[e].End)}
		overlaps := false
		for _, f := range g.findings {
			if f.Start < c.End && c.Start < f.End {
				overlaps = true
			}
		}
		if !overlaps {
			g.contradicted(&c, fi, "")
		}
	}
}

// perHour: the money claim ending at token j is a rate per hour ("12 €/h",
// "12 € de l'heure", "£38 per hour", "$20 an hour", "£15/hr").
func perHour(toks []claims.Token, j int) bool {
	var w []string
	for k := j; k < len(toks) && k < j+3; k++ {
		w = append(w, toks[k].Low)
	}
	has := func(p ...string) bool {
		if len(w) < len(p) {
			return false
		}
		for i := range p {
			if w[i] != p[i] {
				return false
			}
		}
		return true
	}
	for _, u := range []string{"h", "hr", "hour", "heure"} {
		if has("/", u) || has("per", u) || has("an", u) || has("a", u) || has("par", u) || has("de", "l'", u) || has("l'", u) {
			return true
		}
	}
	return false
}

// wrongHourlyRate: "pour 10 €/h" when the facts' rates per hour are 12 €,
// 32 € and 48 € (and 10 € is a membership fee): a rate per hour is one the
// facts give per hour. The fact sharing the most words with the sentence,
// else with the post, decides; it reports whether c was contradicted.
func (g *grounder) wrongHourlyRate(c *claims.Claim, cl class) bool {
	if !perHour(g.doc.Tokens, c.Tok1) {
		return false
	}
	var rates []*atom
	for i := range g.sh.atoms[cl] {
		a := &g.sh.atoms[cl][i]
		if a.derived || a.fact < 0 || a.tok < 0 {
			continue
		}
		d := g.sh.facts[a.fact].doc
		for k := range d.Claims {
			if m := &d.Claims[k]; m.Type == claims.Money && m.Tok0 == a.tok && perHour(d.Tokens, m.Tok1) {
				if claims.Eq(a.value, c.Value) {
					return false
				}
				rates = append(rates, a)
				break
			}
		}
	}
	if len(rates) == 0 {
		return false
	}
	pick := func(ctx []string) *atom {
		var best *atom
		bestOv, tie := 0, false
		for _, a := range rates {
			ov := g.overlap(ctx, a.fact)
			switch {
			case ov > bestOv:
				best, bestOv, tie = a, ov, false
			case ov == bestOv && best != nil && a.fact != best.fact:
				tie = true
			}
		}
		if tie {
			return nil
		}
		return best
	}
	best := pick(g.context(c, 10))
	if best == nil {
		var all []string
		for _, t := range g.doc.Tokens {
			if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 1 {
				all = append(all, claims.Stem(t.Low))
			}
		}
		best = pick(all)
	}
	if best == nil {
		return false
	}
	g.contradicted(c, best.fact, best.text)
	return true
}

// durationHeads: the content words right next to a length of time
// ("garantie de 6 mois", "6-month warranty", "6 mois de garantie"), "de",
// "of", "for" and hyphens skipped.
func durationHeads(toks []claims.Token, t0, t1 int) []string {
	var out []string
	skip := func(t *claims.Token) bool {
		switch t.Low {
		case "de", "d'", "of", "for", "-", "pendant", "during":
			return true
		}
		return false
	}
	k := t0 - 1
	for k >= 0 && k >= t0-2 && skip(&toks[k]) {
		k--
	}
	if k >= 0 && toks[k].Kind == claims.TWord && !toks[k].Stop() && len(toks[k].Low) > 2 {
		out = append(out, claims.Stem(toks[k].Low))
	}
	k = t1
	for k < len(toks) && k <= t1+1 && skip(&toks[k]) {
		k++
	}
	if k < len(toks) && toks[k].Kind == claims.TWord && !toks[k].Stop() && len(toks[k].Low) > 2 && minutesOf(toks[k].Low) == 0 {
		out = append(out, claims.Stem(toks[k].Low))
	}
	return out
}

// lastStems: the words that say a length of time is how long something
// lasts ("durée 45 minutes", "lasts 45 minutes").
var lastStems = map[string]bool{claims.Stem("duree"): true, claims.Stem("dure"): true, claims.Stem("durent"): true, claims.Stem("lasts"): true, claims.Stem("duration"): true, claims.Stem("runtime"): true}

// lastingTopic: for "Webinaire … : jeudi 14 janvier à 18h30, durée 45
// minutes", "The webinar … lasts 45 minutes": the length is the duration
// of the thing the sentence opens with, whose stem it gives; nil when the
// length is not said to be a duration.
func lastingTopic(d *claims.Doc, t0, t1 int) []string {
	heads := durationHeads(d.Tokens, t0, t1)
	lasting := false
	for _, h := range heads {
		lasting = lasting || lastStems[h]
	}
	if !lasting {
		return nil
	}
	toks := d.Tokens
	for k := t0 - 1; k >= 0 && toks[k].Sent == toks[t0].Sent; k-- {
		if k == 0 || toks[k-1].Sent != toks[t0].Sent {
			// the first content word of the sentence
			for j := k; j < t0; j++ {
				if toks[j].Kind == claims.TWord && !toks[j].Stop() && len(toks[j].Low) > 2 {
					return []string{claims.Stem(toks[j].Low)}
				}
			}
		}
	}
	return nil
}

// headedDuration: "garantie 6 mois pièces et main-d'œuvre" when a fact
// gives "une garantie de 3 mois" (and "6 mois" only of something else): a
// length of time is the one a fact gives next to the same word. It is
// contradicted when only other lengths stand next to that word in the
// facts, all in one fact, and reports whether it was.
func (g *grounder) headedDuration(c *claims.Claim, cl class) bool {
	if c.Bound != claims.Exact {
		return false
	}
	heads := durationHeads(g.doc.Tokens, c.Tok0, c.Tok1)
	if len(heads) == 0 {
		return false
	}
	var wrong *atom
	cands := make([]atom, 0, 8)
	for _, a := range g.sh.atoms[cl] {
		if a.dur {
			cands = append(cands, a)
		}
	}
	// "une garantie de 3 mois": a count of months in the facts
	for _, a := range g.sh.atoms[clsPlain] {
		if mins := minutesOf(a.noun); mins > 0 {
			a.value *= mins
			cands = append(cands, a)
		}
	}
	for i := range cands {
		a := &cands[i]
		if a.derived || a.fact < 0 || a.tok < 0 {
			continue
		}
		d := g.sh.facts[a.fact].doc
		var t1 int
		for k := range d.Claims {
			if d.Claims[k].Tok0 == a.tok {
				t1 = d.Claims[k].Tok1
				break
			}
		}
		if t1 == 0 || !sharesWord(heads, durationHeads(d.Tokens, a.tok, t1)) && !sharesWord(heads, lastingTopic(d, a.tok, t1)) {
			continue
		}
		if claims.Eq(a.value, c.Value) {
			return false
		}
		if wrong != nil && wrong.fact != a.fact {
			return false
		}
		wrong = a
	}
	if wrong == nil || g.sh.lessPartOf(wrong.fact, c.Value) {
		return false
	}
	// "tu découvres le Vieux Durbuy 🐴✨ 35 minutes de balade" when the
	// promenade « Vieux Durbuy » lasts 35 minutes and « la balade Vallée
	// de l'Ourthe » 1h30: a fact that gives the length itself and shares
	// more words with the sentence and the one before it is what the post
	// times, whatever its head noun
	ctx := g.contextWithPrev(c)
	if wo := g.overlap(ctx, wrong.fact); len(ctx) > 0 {
		for _, a := range g.sh.atoms[cl] {
			if a.dur && !a.derived && a.fact >= 0 && a.fact != wrong.fact && claims.Eq(a.value, c.Value) && g.overlap(ctx, a.fact) > wo {
				return false
			}
		}
	}
	g.contradicted(g.withBound(c), wrong.fact, wrong.text)
	return true
}

// scopeQuantifiers say a thing holds for every kind of what follows.
var scopeQuantifiers = map[string]bool{"all": true, "every": true, "any": true, "tous": true, "toutes": true}

// scopeDeterminers may stand between a quantifier and its noun.
var scopeDeterminers = map[string]bool{"our": true, "your": true, "the": true, "les": true, "nos": true, "vos": true, "of": true}

// noKindWords stand before a noun without naming a kind of it: "their own
// seat price", "1.4 million seats", "the same seat".
var noKindWords = map[string]bool{"own": true, "same": true, "million": true, "millions": true, "billion": true, "thousand": true, "thousands": true, "hundred": true, "hundreds": true, "dozen": true, "dozens": true}

// scopedNoun: the noun a quantifier at token k ("every", "all", "toutes")
// opens, past one or two determiners ("all our", "toutes les"), in the same
// sentence; -1 when k opens none.
func scopedNoun(toks []claims.Token, k int) int {
	if !toks[k].In(scopeQuantifierClass) {
		return -1
	}
	n := k + 1
	for n < len(toks) && n <= k+2 && toks[n].In(scopeDeterminerClass) {
		n++
	}
	if n >= len(toks) || toks[n].Kind != claims.TWord || toks[n].Stop() || toks[n].Sent != toks[k].Sent {
		return -1
	}
	return n
}

// allKinds: "free shipping on every plan", "the code is valid on all
// plans", "valable sur toutes les formules" when the facts name several
// kinds of that noun ("monthly plans", "12-month plan") and the fact about
// the same thing says it of some of them only ("free on 12-month plans",
// "valid on monthly and 6-month plans only"): the universal is
// contradicted by that fact. A fact saying it of all of them ("every
// plan") backs it.
func (g *grounder) allKinds() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		n := scopedNoun(toks, k)
		if n < 0 {
			continue
		}
		noun := claims.Stem(toks[n].Low)
		// kinds of the noun the facts name, and facts saying it of all
		kinds := map[string]bool{}
		whole := false
		// the noun's places in the facts, from the sheet's index rather
		// than a walk of every fact token
		for _, at := range g.sh.stemPositions(noun) {
			if at.fi < 0 || at.ti < 1 {
				continue
			}
			fd, j := &g.sh.facts[at.fi], at.ti
			m := j - 1
			for m > 0 && fd.doc.Tokens[m].In(scopeDeterminerClass) {
				m--
			}
			pt := &fd.doc.Tokens[m]
			switch {
			case pt.In(scopeQuantifierClass) || pt.Low == "each" || pt.Low == "chaque":
				whole = true
			case pt.Kind == claims.TWord && !pt.Stop() && m == j-1 && g.sh.lang != "fr" && !noKindWords[pt.Low]:
				kinds[pt.Low] = true
			}
			// French kinds follow their noun ("formule annuelle")
			if nt := j + 1; g.sh.lang == "fr" && nt < len(fd.doc.Tokens) && fd.doc.Tokens[nt].Kind == claims.TWord && !fd.doc.Tokens[nt].Stop() {
				kinds[fd.doc.Tokens[nt].Low] = true
			}
		}
		if whole || len(kinds) < 2 {
			continue
		}
		// "tous les vélos neufs": the universal is over one kind
		if g.sh.lang == "fr" && n+1 < len(toks) && kinds[toks[n+1].Low] {
			continue
		}
		// the fact about the same thing, the noun left out of the count
		c := claims.Claim{Type: claims.Universal, Start: toks[k].Start, End: toks[n].End, Tok0: k, Tok1: n + 1, Sent: toks[k].Sent, Text: g.doc.Slice(toks[k].Start, toks[n].End)}
		var ctx []string
		for _, w := range g.context(&c, 10) {
			if w != noun {
				ctx = append(ctx, w)
			}
		}
		best, bestOv, tie := -1, 0, false
		// (the facts that have the word, in order, from the sheet's index)
		for _, fi := range g.sh.wordFacts[noun] {
			if fi < 0 {
				continue
			}
			ov := g.overlap(ctx, fi)
			switch {
			case ov > bestOv:
				best, bestOv, tie = fi, ov, false
			case ov == bestOv && ov > 0:
				tie = true
			}
		}
		if best < 0 || tie {
			continue
		}
		overlaps := false
		for _, f := range g.findings {
			if f.Start < c.End && c.Start < f.End {
				overlaps = true
			}
		}
		if !overlaps {
			g.contradicted(&c, best, "")
		}
	}
}

// figureValues: the values a figure of the post may stand for in a sum
// the writer spells out: its value, and for a length of time its hours.
func figureValues(c *claims.Claim) [2]float64 {
	v := [2]float64{c.Value, -1}
	if c.Type == claims.Duration && c.Value > 0 && math.Mod(c.Value, 60) == 0 {
		v[1] = c.Value / 60
	}
	return v
}

// writtenSums: "10 × £38 = £380", "(3 × 120 €)" after "360 €", "2 h de
// pont = 24 €" after "12 €/h", "50 crates = NZ$400" at NZ$8 a crate: a
// product the writer spells out is their arithmetic, not a claim of its
// own, when it holds and one of its terms is anchored (a figure the facts
// give, or one of the post left unflagged): the findings on its terms go.
func (g *grounder) writtenSums() {
	if len(g.findings) == 0 {
		return
	}
	toks := g.doc.Tokens
	cl := g.doc.Claims
	figure := func(c *claims.Claim) bool {
		switch c.Type {
		case claims.Number, claims.Count, claims.Money, claims.Duration:
			return c.Value > 0
		}
		return false
	}
	flagged := func(c *claims.Claim) bool {
		for _, f := range g.findings {
			if f.Start < c.End && c.Start < f.End {
				return true
			}
		}
		return false
	}
	// anchored: a value the facts give, or a figure of the post without a
	// finding other than the terms
	anchored := func(v float64, terms ...*claims.Claim) bool {
		for k := range g.sh.atoms {
			for _, a := range g.sh.atoms[k] {
				if !a.derived && a.fact >= 0 && claims.Eq(a.value, v) {
					return true
				}
			}
		}
		for i := range cl {
			o := &cl[i]
			if !figure(o) || slices.Contains(terms, o) {
				continue
			}
			for _, x := range figureValues(o) {
				if x > 0 && claims.Eq(x, v) && !flagged(o) {
					return true
				}
			}
		}
		return false
	}
	var drop []*claims.Claim
	for i := range cl {
		a := &cl[i]
		if !figure(a) || a.Tok1 >= len(toks) {
			continue
		}
		switch toks[a.Tok1].Text {
		case "×", "x", "X", "*":
			// a × b [= c]
			var b, c *claims.Claim
			for j := i + 1; j < len(cl); j++ {
				if cl[j].Tok0 == a.Tok1+1 && figure(&cl[j]) {
					b = &cl[j]
					break
				}
			}
			if b == nil {
				continue
			}
			if b.Tok1 < len(toks) && toks[b.Tok1].Text == "=" {
				for j := range cl {
					if cl[j].Tok0 == b.Tok1+1 && figure(&cl[j]) {
						c = &cl[j]
						break
					}
				}
			}
			for _, x := range figureValues(a) {
				if x <= 0 {
					continue
				}
				p := x * b.Value
				switch {
				case c != nil && claims.Eq(p, c.Value) && (anchored(b.Value, a, b, c) || anchored(c.Value, a, b, c)):
					drop = append(drop, a, b, c)
				case c == nil && anchored(p, a, b):
					drop = append(drop, a, b)
				default:
					continue
				}
				break
			}
		default:
			// "2 h de pont = 24 €", "50 crates = NZ$400": a count, a
			// few words, "=", an amount; the amount a unit is anchored
			if a.Type == claims.Money {
				continue
			}
			eq := -1
			for k := a.Tok1; k < len(toks) && k <= a.Tok1+3 && toks[k].Sent == a.Sent; k++ {
				if toks[k].Text == "=" {
					eq = k
					break
				}
				if toks[k].Kind != claims.TWord {
					break
				}
			}
			if eq < 0 {
				continue
			}
			var c *claims.Claim
			for j := range cl {
				if (cl[j].Tok0 == eq+1 || cl[j].Tok0 == eq+2) && cl[j].Type == claims.Money && cl[j].Value > 0 {
					c = &cl[j]
					break
				}
			}
			if c == nil {
				continue
			}
			for _, x := range figureValues(a) {
				if x > 0 && anchored(c.Value/x, a, c) {
					drop = append(drop, a, c)
					break
				}
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := g.findings[:0]
	for _, f := range g.findings {
		gone := false
		for _, c := range drop {
			if f.Start < c.End && c.Start < f.End {
				gone = true
				break
			}
		}
		if !gone {
			kept = append(kept, f)
		}
	}
	g.findings = kept
}

// pastIrregular: English past forms without -ed that tell what someone did.
var pastIrregular = map[string]bool{"led": true, "won": true, "took": true, "made": true, "built": true, "brought": true, "became": true, "wrote": true, "ran": true, "set": true, "began": true, "founded": true, "drove": true, "broke": true}

// momentWords place a deed in time relative to the post, which the facts
// cannot state: "who opened the station this morning".
var momentWords = map[string]bool{"morning": true, "afternoon": true, "evening": true, "today": true, "tonight": true, "yesterday": true, "weekend": true, "matin": true, "soir": true, "aujourd'hui": true, "hier": true, "matinee": true, "apres-midi": true}

// deeds: "head coach Graham Oduya, who led the 1st XV to promotion last
// season", "notre chef, qui a remporté…": a relative clause telling what a
// named person did is a claim of its own, unsupported when three or more
// of its words are in no fact and not in the brief (fewer are a retelling
// in other words: "who opened the new station").
func (g *grounder) deeds() {
	// most posts have no relative pronoun: one scan of the text skips them
	if !strings.Contains(g.doc.Text, "who") && !strings.Contains(g.doc.Text, "qui") {
		return
	}
	toks := g.doc.Tokens
	for k := 1; k+2 < len(toks); k++ {
		l := toks[k].Low
		if l != "who" && l != "qui" {
			continue
		}
		p := k - 1
		if toks[p].Text == "," && p > 0 {
			p--
		}
		if toks[p].Kind != claims.TWord || !toks[p].Cap || toks[p].Sent != toks[k].Sent {
			continue
		}
		j := k + 1
		switch toks[j].Low {
		case "has", "have", "had", "a", "avait":
			j++
		default:
			if l == "qui" || !pastIrregular[toks[j].Low] && !strings.HasSuffix(toks[j].Low, "ed") {
				continue
			}
		}
		end, unknown := j, 0
		for ; end < len(toks) && toks[end].Sent == toks[k].Sent && (toks[end].Kind == claims.TWord || toks[end].Kind == claims.TNum); end++ {
			t := &toks[end]
			if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 1 && !momentWords[t.Low] && len(g.sh.wordFacts[claims.Stem(t.Low)]) == 0 {
				unknown++
			}
		}
		if unknown < 3 || end <= j+1 {
			continue
		}
		c := claims.Claim{Type: "deed", Start: toks[k].Start, End: toks[end-1].End, Tok0: k, Tok1: end, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.unsupported(&c)
		k = end
	}
}

// medalColours: the colour words of a medal, folded, by rank.
var medalColours = map[string]int{"or": 1, "gold": 1, "argent": 2, "silver": 2, "bronze": 3}

// medalAt: the token of the colour of a medal named at token i
// ("médaille d'or", "médaille de bronze", "gold medal"), or -1.
func medalAt(toks []claims.Token, i int) int {
	switch toks[i].Low {
	case "medaille", "medailles":
		if i+2 < len(toks) && (toks[i+1].Low == "d'" || toks[i+1].Low == "de") && medalColours[toks[i+2].Low] != 0 {
			return i + 2
		}
	case "medal", "medals":
		if i > 0 && medalColours[toks[i-1].Low] != 0 {
			return i - 1
		}
	}
	return -1
}

// medal: "médaille d'argent" when the facts only give a médaille d'or.
func (g *grounder) medal() {
	toks := g.doc.Tokens
	for i := range toks {
		k := medalAt(toks, i)
		if k < 0 {
			continue
		}
		want, fact, wantText := medalColours[toks[k].Low], -1, ""
		for fi := range g.sh.facts {
			ft := g.sh.facts[fi].doc.Tokens
			for j := range ft {
				if fk := medalAt(ft, j); fk >= 0 {
					if medalColours[ft[fk].Low] == want {
						return
					}
					fact, wantText = fi, ft[fk].Text
				}
			}
		}
		if fact < 0 {
			return
		}
		a, b := min(i, k), max(i, k)
		c := claims.Claim{Type: "medal", Start: toks[a].Start, End: toks[b].End, Tok0: a, Tok1: b + 1, Sent: toks[i].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, fact, g.doc.Slice(c.Start, toks[k].Start)+wantText+g.doc.Slice(toks[k].End, c.End))
		return
	}
}

func prevLow(toks []claims.Token, i int) string {
	if i <= 0 || i > len(toks) {
		return ""
	}
	return toks[i-1].Low
}

// channel groups: a fact that restricts an offer to one ("uniquement à
// emporter", "online only") is contradicted by a post offering the other
// ("à emporter ou en livraison").
var channels = map[string]int{
	"emporter": 1, "takeaway": 1, "take-away": 1, "retrait": 1, "collection": 1, "click-and-collect": 1, "dine-in": 1, "eat-in": 1,
	"livraison": 2, "delivery": 2, "delivered": 2, "livre": 2, "livree": 2, "domicile": 2,
	"ligne": 3, "online": 3, "application": 3, "appli": 3, "app": 3, "internet": 3, "web": 3,
	"boutique": 4, "boutiques": 4, "magasin": 4, "magasins": 4, "store": 4, "in-store": 4, "telephone": 4, "phone": 4,
	"pop-up": 4, "popup": 4, "ephemere": 4,
	// the front desk of a school, a club, a town hall: in person
	"accueil": 4, "guichet": 4, "guichets": 4, "secretariat": 4, "desk": 4, "front-desk": 4, "in-person": 4,
	// the branch of an agency, a bank, a school: in person
	"agence": 4, "agences": 4, "branch": 4, "branches": 4,
}

// onlyChannel: "uniquement en ligne", "online only" (the only word at token
// i) when the fact naming that channel gives another way too ("on vote en
// ligne … ou sur papier à l'accueil de la mairie").
func (g *grounder) onlyChannel(i int) {
	toks := g.doc.Tokens
	a, grp := -1, 0
	for k := i - 3; k <= i+3; k++ {
		if k >= 0 && k < len(toks) && k != i && toks[k].Sent == toks[i].Sent && channelAt(toks, k) != 0 {
			a, grp = k, channelAt(toks, k)
			break
		}
	}
	if a < 0 {
		return
	}
	lo, hi := min(i, a), max(i, a)
	// the channel's own words count ("ligne")
	span := claims.Claim{Tok0: i, Tok1: i + 1, Sent: toks[i].Sent}
	ctx := g.context(&span, 25)
	found := -1
	for fi := range g.sh.facts {
		// the facts about the same thing ("vote")
		if ov := g.overlap(ctx, fi); ov == 0 || ov == 1 && !g.distinctive(ctx, fi) {
			continue
		}
		d := g.sh.facts[fi].doc
		for k := range d.Tokens {
			if channelAt(d.Tokens, k) != grp {
				continue
			}
			s := d.Tokens[k].Sent
			for j := k - 3; j <= k+8 && j < len(d.Tokens); j++ {
				if j < 0 || d.Tokens[j].Sent != s {
					continue
				}
				if d.Tokens[j].In(onlyClass) {
					return // a fact about it keeps it to that channel
				}
				if j > k && (d.Tokens[j].Low == "ou" || d.Tokens[j].Low == "or") && found < 0 {
					found = fi
				}
			}
		}
	}
	if found >= 0 {
		c := claims.Claim{Type: "condition", Start: toks[lo].Start, End: toks[hi].End, Text: g.doc.Slice(toks[lo].Start, toks[hi].End)}
		g.contradicted(&c, found, "")
	}
}

// channelBefore: token i follows a channel of group grp directly ("online
// and", "en ligne et"; not "online, and our pop-up opens …").
func (g *grounder) channelBefore(i, grp int) bool {
	toks := g.doc.Tokens
	return i > 0 && toks[i-1].Sent == toks[i].Sent && channelAt(toks, i-1) == grp
}

var opposite = map[int]int{1: 2, 2: 1, 3: 4, 4: 3}

var onlyWords = map[string]bool{"uniquement": true, "seulement": true, "exclusivement": true, "only": true, "exclusively": true, "exclusive": true}

func (g *grounder) alternatives() {
	toks := g.doc.Tokens
	for i := range toks {
		if !toks[i].In(onlyClass | connectorClass) {
			continue
		}
		if toks[i].In(onlyClass) {
			g.onlyChannel(i)
			continue
		}
		and := toks[i].Low == "and" || toks[i].Low == "et"
		if toks[i].Low != "ou" && toks[i].Low != "or" && !and {
			continue
		}
		// ("ou directement à l'accueil": an adverb and an article may
		// stand before the channel)
		for k := i + 1; k < len(toks) && k <= i+4 && toks[k].Sent == toks[i].Sent; k++ {
			grp := channelAt(toks, k)
			if grp == 0 {
				continue
			}
			// "online and in our pop-up": both channels named, the offer
			// the facts keep to one is said of the other too
			if and && !g.channelBefore(i, opposite[grp]) {
				break
			}
			fi := g.exclusive(opposite[grp], toks[i].Sent)
			// "in store and online" for an offer the facts keep online:
			// both channels named, whichever comes first
			if fi < 0 && g.channelBefore(i, opposite[grp]) {
				if fi = g.exclusive(grp, toks[i].Sent); fi >= 0 {
					// the other channel with its preposition: "in store and"
					lo := i - 1
					if lo > 0 && toks[lo-1].Sent == toks[i].Sent && toks[lo-1].Stop() {
						lo--
					}
					c := claims.Claim{Type: "condition", Start: toks[lo].Start, End: toks[i].End, Text: g.doc.Slice(toks[lo].Start, toks[i].End)}
					g.contradicted(&c, fi, "")
					break
				}
			}
			if fi >= 0 {
				c := claims.Claim{Type: "condition", Start: toks[i].Start, End: toks[k].End, Text: g.doc.Slice(toks[i].Start, toks[k].End)}
				g.contradicted(&c, fi, "")
			}
			break
		}
	}
}

// extras: "wetsuit extra", "boissons en supplément", "parking not
// included" when a fact gives that thing free or included: a cost the
// facts do not charge.
func (g *grounder) extras() {
	toks := g.doc.Tokens
	for i := range toks {
		if !toks[i].In(extraCueClass) {
			continue
		}
		l := toks[i].Low
		end := i + 1
		switch {
		case l == "extra" || l == "payant" || l == "payante" || l == "payants":
		case l == "en" && i+1 < len(toks) && (toks[i+1].Low == "supplement" || toks[i+1].Low == "sus" || toks[i+1].Low == "option"):
			end = i + 2
		case (l == "not" || l == "non") && i+1 < len(toks) && (toks[i+1].Low == "included" || toks[i+1].Low == "compris" || toks[i+1].Low == "inclus"):
			end = i + 2
		default:
			continue
		}
		// the thing said to cost extra: the content word just before
		k := i - 1
		if k < 0 || toks[k].Kind != claims.TWord || toks[k].Sent != toks[i].Sent || toks[k].Stop() {
			continue
		}
		stem := claims.Stem(toks[k].Low)
		for fi := range g.sh.facts {
			fd := &g.sh.facts[fi]
			for _, mi := range fd.gifts {
				lo, hi := max(mi-6, 0), min(mi+3, len(fd.stems))
				for j := lo; j < hi; j++ {
					if fd.stems[j] == stem && fd.doc.Tokens[j].Sent == fd.doc.Tokens[mi].Sent && !negatedAt(fd.doc, mi) {
						c := claims.Claim{Type: "condition", Start: toks[k].Start, End: toks[end-1].End, Tok0: k, Tok1: end, Sent: toks[i].Sent}
						c.Text = g.doc.Slice(c.Start, c.End)
						g.contradicted(&c, fi, "")
						return
					}
				}
			}
		}
	}
}

// stackTriggers open a claim that an offer holds on something more: "even",
// "même" (before stackPreps) and the words saying two offers add up
// ("cumulable avec", "combinable with").
var stackTriggers = map[string]bool{"even": true, "meme": true, "combinable": true, "cumulable": true, "cumulables": true, "stackable": true, "combined": true, "combine": true,
	"stack": true, "stacks": true, "stacked": true, "cumuler": true, "cumulez": true, "cumule": true, "cumulee": true, "cumulees": true, "combinee": true, "combinees": true}

// stackPronouns may stand between a verb of combining and its "with"
// ("stack it with", "cumulez-la avec").
var stackPronouns = map[string]bool{"it": true, "them": true, "this": true, "le": true, "la": true, "les": true, "-": true}

// stackPreps follow "even"/"même" when an offer is said to hold on
// something more ("even on sale prices", "même sur les promotions").
var stackPreps = map[string]bool{"on": true, "with": true, "during": true, "sur": true, "avec": true, "pendant": true}

// evenArticles follow "even"/"même" when an offer is said to hold on a
// thing named at once ("même le Grand amour", "even the deluxe box").
var evenArticles = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "the": true}

// stacking: "10% off with TRAILHEAD10, even on sale prices", "cumulable avec
// les promotions": an offer said to hold on something a fact excludes from
// it ("the code cannot be combined with sale prices", "hors promotions") is
// contradicted.
func (g *grounder) stacking() {
	toks := g.doc.Tokens
	for i := 0; i+2 < len(toks); i++ {
		// a bit test first: this runs on every token of a post
		if !toks[i].In(stackClass) {
			continue
		}
		start := i
		switch toks[i].Low {
		case "even", "meme":
			// "même le Grand amour", "even the Grand Amour": the thing itself
			if !stackPreps[toks[i+1].Low] && !evenArticles[toks[i+1].Low] {
				continue
			}
		default:
			w := i + 1
			for w < len(toks) && w < i+3 && stackPronouns[toks[w].Low] {
				w++
			}
			if w >= len(toks) || toks[w].Low != "with" && toks[w].Low != "avec" || g.negatedVerb(i) {
				continue
			}
			i = w - 1
		}
		var stems []string
		end := -1
		for k := i + 2; k < len(toks) && k < i+7 && toks[k].Sent == toks[i].Sent && toks[k].Kind == claims.TWord; k++ {
			if !toks[k].Stop() && len(toks[k].Low) > 1 {
				stems = append(stems, claims.Stem(toks[k].Low))
				end = k
			}
		}
		if end < 0 {
			continue
		}
		if fi := g.excludes(stems); fi >= 0 {
			c := claims.Claim{Type: "condition", Start: toks[start].Start, End: toks[end].End, Tok0: start, Tok1: end + 1, Sent: toks[start].Sent}
			c.Text = g.doc.Slice(c.Start, c.End)
			g.contradicted(&c, fi, "")
			return
		}
	}
}

// verbAuxiliaries stand between a negation and the verb it denies
// ("cannot be combined", "may not be stacked", "ne peut pas être cumulée").
var verbAuxiliaries = map[string]bool{"be": true, "being": true, "been": true, "is": true, "are": true, "was": true, "were": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "will": true, "would": true, "to": true, "etre": true, "est": true, "sont": true, "peut": true, "peuvent": true}

// negatedVerb: a negation stands before token i, auxiliaries between:
// "not combinable", "cannot be combined", "can't be combined", "non
// cumulable", "ne peut pas être cumulée".
func (g *grounder) negatedVerb(i int) bool {
	toks := g.doc.Tokens
	for k := i - 1; k >= 0 && k >= i-5 && toks[k].Sent == toks[i].Sent; k-- {
		l := toks[k].Low
		switch {
		case toks[k].In(negationClass) || l == "non" || l == "cannot":
			return true
		case l == "t" && k >= 2 && isApostrophe(toks[k-1].Text) && strings.HasSuffix(toks[k-2].Low, "n"):
			return true // can't, won't, isn't, don't
		case verbAuxiliaries[l] || isApostrophe(toks[k].Text):
		default:
			return false
		}
	}
	return false
}

// offerStems: stems of the nouns of a promotion; a fact that excludes "any
// other offer" excludes each of them.
var offerStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"offer", "offers", "discount", "discounts", "promotion", "promotions", "promo", "promos", "deal", "deals", "code", "codes", "coupon", "coupons", "voucher", "vouchers",
		"offre", "offres", "remise", "remises", "reduction", "reductions", "avantage", "avantages"} {
		m[claims.Stem(w)] = true
	}
	return m
}()

// exclusionWords leave something out of an offer on their own ("hors
// promotions", "excluding sale items").
var exclusionWords = map[string]bool{"hors": true, "excluding": true, "except": true, "sauf": true, "excludes": true, "exclut": true}

// excludes returns a fact that leaves one of stems out of an offer ("cannot
// be combined with sale prices", "non cumulable avec les promotions", "hors
// promotions"), or -1.
func (g *grounder) excludes(stems []string) int {
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		d := fd.doc
		for k := range d.Tokens {
			t := &d.Tokens[k]
			marker := exclusionWords[t.Low]
			if !marker && (t.In(negationClass) || t.Low == "non" || t.Low == "cannot") {
				// the negation must bear on combining or validity
				for j := k + 1; j < len(d.Tokens) && j <= k+3 && d.Tokens[j].Sent == t.Sent; j++ {
					switch d.Tokens[j].Low {
					case "combined", "combinable", "cumulable", "cumulables", "valid", "valable", "applicable", "apply", "applies", "stackable":
						marker = true
					}
				}
			}
			if !marker {
				continue
			}
			for j := k + 1; j < len(d.Tokens) && j <= k+8 && d.Tokens[j].Sent == t.Sent; j++ {
				if contains(stems, fd.stems[j]) && !d.Tokens[j].Stop() {
					return fi
				}
				// "with any other offer", "avec toute autre offre": every
				// other promotion the post names
				if l := d.Tokens[j].Low; (l == "other" || l == "autre" || l == "autres") && j+1 < len(d.Tokens) && offerStems[fd.stems[j+1]] {
					for _, st := range stems {
						if offerStems[st] {
							return fi
						}
					}
				}
			}
		}
	}
	return -1
}

// exclusive returns a fact restricting something to channel group grp.
func (g *grounder) exclusive(grp, sent int) int {
	for fi := range g.sh.facts {
		// a fact about what the sentence offers (two words in common), or
		// what the one before named ("Les inscriptions … ferment ce
		// dimanche. Inscrivez-vous en ligne ou à l'accueil.")
		if n := g.sharedWords(sent, -1, -1, fi, 2); n < 2 && (sent == 0 || n+g.sharedWords(sent-1, -1, -1, fi, 2) < 2) {
			continue
		}
		d := g.sh.facts[fi].doc
		for i := range d.Tokens {
			if !d.Tokens[i].In(onlyClass) {
				continue
			}
			for k := i - 3; k <= i+3; k++ {
				if k >= 0 && k < len(d.Tokens) && k != i && d.Tokens[k].Sent == d.Tokens[i].Sent && channelAt(d.Tokens, k) == grp {
					return fi
				}
			}
			if channelEndsOnly(d, i, grp) {
				return fi
			}
		}
	}
	return -1
}

func (g *grounder) flag(c *claims.Claim, kind string, fi int, msg, sugg string) {
	f := Finding{Start: c.Start, End: c.End, Text: c.Text, Kind: kind, Claim: string(c.Type), Message: msg, Suggestion: sugg}
	if fi >= 0 || (fi == -1 && kind == Contradicted) {
		f.Fact = g.sh.factText(fi)
		f.FactID = g.sh.factID(fi)
	}
	g.findings = append(g.findings, f)
}

// unsupported flags c with the standard message.
func (g *grounder) unsupported(c *claims.Claim) {
	if g.sh.empty {
		g.flag(c, Unsupported, -2, g.msg("empty"), "")
		return
	}
	g.flag(c, Unsupported, -2, g.msg("unsupported"), "")
}

func (g *grounder) contradicted(c *claims.Claim, fi int, sugg string) {
	c, sugg = g.unitCompound(c, sugg)
	// the message is built in one concatenation rather than two Sprintfs
	by, byEnd := "", ""
	if fi >= -1 {
		by, byEnd, _ = strings.Cut(g.msg("contradictedBy"), "%s")
	}
	exp, expEnd, sep := "", "", ""
	if sugg != "" {
		exp, expEnd, _ = strings.Cut(g.msg("suggest"), "%s")
		sep = " "
	}
	var m string
	switch {
	case fi >= -1:
		m = by + g.sh.factText(fi) + byEnd + sep + exp + sugg + expEnd
	case sugg != "":
		m = g.msg("contradicted") + sep + exp + sugg + expEnd
	default:
		m = g.msg("contradicted")
	}
	g.flag(c, Contradicted, fi, m, sugg)
}

var messages = map[string][2]string{
	"empty":          {"Non étayé : la fiche de faits est vide, rien ne permet de vérifier cette affirmation.", "Unsupported: the fact sheet is empty, so nothing backs this claim."},
	"unsupported":    {"Non étayé : aucun fait de la fiche ni le brief ne l'indique.", "Unsupported: no fact on the sheet and nothing in the brief states this."},
	"contradicted":   {"Contredit par la fiche de faits.", "Contradicted by the fact sheet."},
	"contradictedBy": {"Contredit par la fiche : « %s »", "Contradicted by the fact sheet: “%s”"},
	"suggest":        {"Valeur attendue : %s.", "Expected: %s."},
	"weekday":        {"Le %s est un %s, pas un %s.", "%s is a %s, not a %s."},
	"superlative":    {"Superlatif non étayé : aucun fait ne l'établit.", "Unsupported superlative: no fact establishes it."},
	"freebie":        {"Gratuité ou cadeau non prévu par la fiche.", "Freebie or gift that the fact sheet does not offer."},
	"guarantee":      {"Garantie non prévue par la fiche.", "Guarantee that the fact sheet does not give."},
	"label":          {"Label ou qualité (bio, fait maison, certifié…) que la fiche n'indique pas.", "A label or quality (organic, homemade, certified…) that the fact sheet does not state."},
	"name":           {"Nom non mentionné dans la fiche : personne, lieu, partenaire ou organisation à vérifier.", "Name not on the fact sheet: a person, place, partner or organisation to check."},
}

// unitCompound: "90-minute round trip" keeps its "-minute": the
// suggestion for the figure is the figure alone ("75", not "75 minutes").
// When the expected unit is another ("2-hour" for 90 minutes), the figure
// alone would read "90-hour": the finding then covers the compound and the
// suggestion gives it in the expected unit ("90-minute").
func (g *grounder) unitCompound(c *claims.Claim, sugg string) (*claims.Claim, string) {
	rs := g.doc.Runes
	if c.End+1 >= len(rs) || rs[c.End] != '-' && rs[c.End] != '‑' || !unicode.IsLetter(rs[c.End+1]) {
		return c, sugg
	}
	num, unit, ok := strings.Cut(sugg, " ")
	if !ok || num == "" || !isDigitRune(rune(num[0])) || strings.ContainsAny(unit, " 0123456789") {
		return c, sugg
	}
	end := c.End + 1
	for end < len(rs) && unicode.IsLetter(rs[end]) {
		end++
	}
	word := strings.ToLower(string(rs[c.End+1 : end]))
	one := strings.TrimSuffix(strings.ToLower(unit), "s")
	if c.Type != claims.Duration || word == one || strings.TrimSuffix(word, "s") == one || !durationWords[word] || !durationWords[one] {
		return c, num
	}
	w := *c
	w.End = end
	w.Text = g.doc.Slice(w.Start, w.End)
	return &w, num + "-" + one
}

// durationWords: the units a compound length is written with.
var durationWords = map[string]bool{"minute": true, "min": true, "hour": true, "hr": true, "day": true, "week": true, "month": true, "year": true, "night": true, "second": true}

func (g *grounder) msg(k string) string {
	m := messages[k]
	if g.lang == "en" {
		return m[1]
	}
	return m[0]
}

func (g *grounder) claim(c *claims.Claim) {
	if cl, ok := classOf(c.Type); ok {
		g.numeric(c, cl)
		return
	}
	switch c.Type {
	case claims.Date:
		g.dateClaim(g.localDate(c))
	case claims.DateRange:
		g.rangeClaim(c)
	case claims.URL:
		g.urlClaim(c)
	case claims.Hashtag:
		g.hashtag(c)
	case claims.Email:
		if !contains(g.sh.emails, g.foldedText(c)) && !g.sh.empty {
			g.unsupported(c)
		}
	case claims.Phone:
		if len(c.Words) > 0 && !contains(g.sh.phones, c.Words[0]) {
			g.unsupported(c)
		}
	case claims.Superlative:
		// "Best birthday present ever", in a customer's quoted words
		if !g.sequenceInFacts(c.Words) && !g.superlativeOfFact(c) && !g.orderOfFacts(c.Words) && (!g.quoted(c) || g.awarded(c)) && !g.askedOf(c) && !g.ofLastPeriod(c) && !g.genericScope(c) {
			if g.sh.empty {
				g.unsupported(c)
				return
			}
			g.flag(c, Unsupported, -2, g.msg("superlative"), "")
		}
	case claims.Freebie:
		g.freebie(c)
	case claims.Guarantee:
		if len(c.Words) == 1 && c.Words[0] == "booking" {
			g.noBooking(c)
			return
		}
		if len(c.Words) == 1 && c.Words[0] == "booking-required" {
			g.bookingRequired(c)
			return
		}
		g.guarantee(c)
	case claims.Everyday:
		g.everyday(c)
	case claims.Universal:
		for _, p := range g.sh.partials {
			if nounCompatible(p.noun, c.Noun) && p.n < p.total {
				g.contradicted(c, p.fact, p.text)
				return
			}
		}
		if fi := g.onlyOneOf(c); fi >= 0 {
			g.contradicted(c, fi, "")
			return
		}
		if fi := g.someWeekdaysOfMonth(c); fi >= 0 {
			g.contradicted(c, fi, "")
		}
	case claims.Multiplier:
		if g.timesAWeek(c) || g.ratioOfPost(c) {
			return
		}
		if len(g.sh.mults) == 0 {
			if c.Bound != claims.Approx { // "match" alone is a verb too often
				g.unsupported(c)
			}
			return
		}
		for _, m := range g.sh.mults {
			if claims.Eq(m, c.Value) {
				return
			}
		}
		g.contradicted(c, g.sh.multFact, "")
	case claims.Extension:
		if g.sh.prolong || g.extendedHours(c) || !g.extensionOfSomething(c) {
			return
		}
		if g.sh.hasEnd {
			g.contradicted(c, g.sh.endFact, "")
			return
		}
		g.unsupported(c)
	case claims.Name:
		g.name(c)
	case claims.Month:
		g.monthClaim(c)
	case claims.Label:
		// a certification or attribute the facts and the brief never state
		if !g.sh.known(c.Words...) && !g.labelVariantKnown(c.Words) {
			if g.sh.empty {
				g.unsupported(c)
				return
			}
			g.flag(c, Unsupported, -2, g.msg("label"), "")
		}
	case claims.Weekday:
		// a weekday alone is checked through the name it goes with
		// (pairedWeekday) and the activity it is said of
		g.weekdayAlone(c)
	}
}

// breakEven: "membership pays for itself in 4 visits" (£65 against £18.50
// a visit), "l'abonnement est rentabilisé en 5 séances": how many of the
// cheaper stated price make up the dearer one, rounded up or to the nearest.
func (g *grounder) breakEven(c *claims.Claim) bool {
	// "rentabilisée dès le 3e concert, et dès le 2e si …": a rank counts too
	if c.Type != claims.Count && c.Type != claims.Ordinal {
		return false
	}
	toks := g.doc.Tokens
	cue := false
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-10 && toks[k].Sent == c.Sent; k-- {
		l := toks[k].Low
		if l == "itself" || l == "even" && prevLow(toks, k) == "break" || strings.HasPrefix(l, "rentabilis") || strings.HasPrefix(l, "amorti") {
			cue = true
		}
	}
	if !cue {
		return false
	}
	atoms := g.sh.atoms[clsMoney]
	for i := range atoms {
		for j := range atoms {
			if atoms[i].derived || atoms[j].derived || atoms[j].value <= 0 || atoms[i].value <= atoms[j].value {
				continue
			}
			q := atoms[i].value / atoms[j].value
			if claims.Eq(math.Ceil(q-1e-9), c.Value) || claims.Eq(math.Round(q), c.Value) {
				return true
			}
		}
	}
	return false
}

// ratioBacked: "près de 8 élèves sur 10", "8 out of 10 learners" is a share
// the facts give as a percentage (78 %), rounded as such shares are, to 5
// points. Called for either figure of the ratio.
func (g *grounder) ratioBacked(c *claims.Claim) bool {
	if len(g.sh.atoms[clsPercent]) == 0 {
		return false
	}
	toks := g.doc.Tokens
	num, den := -1.0, -1.0
	// "9 diplômé·e·s 2026 sur 10": the noun between may be written
	// inclusively (its middle dots are tokens) and followed by a year, which
	// is neither figure of the ratio
	yearLike := func(k int) bool {
		return toks[k].Kind == claims.TNum && toks[k].Suf == "" && toks[k].Num >= 1900 && toks[k].Num <= 2100 && toks[k].Num == math.Trunc(toks[k].Num)
	}
	// c is the numerator: a "sur", "out of", "in" then a figure after it
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+7 && toks[k].Sent == c.Sent; k++ {
		if l := toks[k].Low; (l == "sur" || l == "in" || l == "of" && prevLow(toks, k) == "out") && k+1 < len(toks) && toks[k+1].Kind == claims.TNum && !yearLike(k+1) {
			num, den = c.Value, toks[k+1].Num
			break
		}
		if k > c.Tok1+2 && (toks[k].Kind == claims.TNum && !yearLike(k) || toks[k].Kind == claims.TPunct && toks[k].Text != "·") {
			break
		}
	}
	// c is the denominator
	if l := prevLow(toks, c.Tok0); num < 0 && (l == "sur" || l == "in" || l == "of" && prevLow(toks, c.Tok0-1) == "out") {
		for k := c.Tok0 - 2; k >= 0 && k >= c.Tok0-9 && toks[k].Sent == c.Sent; k-- {
			if toks[k].Kind == claims.TNum && !yearLike(k) {
				num, den = toks[k].Num, c.Value
				break
			}
			if k < c.Tok0-5 && toks[k].Kind == claims.TPunct && toks[k].Text != "·" {
				break
			}
		}
	}
	if num < 0 || den < 2 || den > 100 || num > den {
		return false
	}
	pct := num / den * 100
	for _, a := range g.sh.atoms[clsPercent] {
		if !a.derived && math.Abs(a.value-pct) <= 5 {
			return true
		}
	}
	return false
}

// quoted: c sits inside quotation marks. A first name in a quoted review
// ("They saved our Luna's life") is the customer's pet or family, not a
// person the brand claims.
func (g *grounder) quoted(c *claims.Claim) bool {
	in := false
	for k := 0; k < c.Tok0 && k < len(g.doc.Tokens); k++ {
		switch g.doc.Tokens[k].Text {
		case "\"":
			in = !in
		case "“", "«":
			in = true
		case "”", "»":
			in = false
		}
	}
	if !in {
		return false
	}
	// and the quote closes after it
	for k := c.Tok1; k < len(g.doc.Tokens); k++ {
		switch g.doc.Tokens[k].Text {
		case "\"", "”", "»":
			return true
		}
	}
	return false
}

// monthRangeRe: a season given by two months ("de mai à septembre",
// "from April to October").
var monthRangeRe = regexp.MustCompile(`\b(?:de|d'|du|from|between)\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:a|au|to|until|till|and|-)\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b`)

// yearRound: "piscine ouverte toute l'année" when the fact about the pool
// gives a season (de mai à septembre, or a date range).
func (g *grounder) yearRound(c *claims.Claim) {
	ctx := g.context(c, 10)
	best, bestOv := -1, 0
	for fi := range g.sh.facts {
		if ov := g.overlap(ctx, fi); ov > bestOv && (ov >= 2 || g.distinctive(ctx, fi)) {
			best, bestOv = fi, ov
		}
	}
	if best < 0 {
		return
	}
	if monthRangeRe.MatchString(g.sh.facts[best].fold) {
		g.contradicted(c, best, "")
		return
	}
	// "en mars 2027, le soin est offert": a month is a season too
	for _, o := range g.sh.facts[best].doc.Claims {
		if o.Type == claims.Month {
			g.contradicted(c, best, "")
			return
		}
	}
	for _, da := range g.sh.dates {
		if da.fact == best && !da.d2.IsZero() && da.d2.Sub(da.d) < 330*24*time.Hour {
			g.contradicted(c, best, "")
			return
		}
	}
}

// priceOfAnother: "atelier composition florale … pour 35 €" when 35 € is the
// price of a 7-rose bouquet and the fact about the workshop says 45 €: a
// stated price said of another thing. Only when no fact giving that price
// shares a word with the sentence, and another fact shares two.
// regularWords mark the usual price a sale price is set against: "(reg.
// $320)", "au lieu de 39 €", "prix habituel 39 €".
var regularWords = map[string]bool{"reg": true, "regular": true, "regularly": true, "usually": true, "usual": true, "normally": true, "instead": true, "lieu": true, "habituel": true, "habituellement": true, "normalement": true, "initialement": true, "barre": true}

// regularPrice: the price is the usual one of the sale price beside it, so
// about the same thing, whatever the words around it.
func (g *grounder) regularPrice(c *claims.Claim) bool {
	toks := g.doc.Tokens
	// the dot of "reg." ends a sentence for the tokenizer: words before it
	// count too
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-3; k-- {
		if regularWords[toks[k].Low] {
			return true
		}
	}
	return false
}

func (g *grounder) priceOfAnother(c *claims.Claim) {
	atoms := g.sh.atoms[clsMoney]
	ids := g.sh.byValue[clsMoney][valueKey(c.Value)]
	// only a sheet whose prices sit in several facts can price another thing;
	// the cheap checks come before the context
	for _, i := range ids {
		if a := &atoms[i]; a.fact < 0 || a.derived {
			return
		}
	}
	if !g.sh.pricesApart() || g.regularPrice(c) {
		return
	}
	ctx := g.context(c, 8)
	if len(ctx) < 2 {
		return
	}
	backOv := -1
	for _, i := range ids {
		a := &atoms[i]
		if a.fact < 0 || a.derived || !g.supports(c, a, clsMoney) {
			return // the brief, or a worked-out price: too loose to judge
		}
		backOv = max(backOv, g.overlap(ctx, a.fact))
	}
	// a fact giving that price shares a word with the sentence: it may well
	// be about the same thing; but a threshold ("livraison gratuite dès
	// 500 € d'achat") that shares one word only with the fact giving it
	// (payment in instalments "dès 500 € d'achat") is the threshold of the
	// fact about the same offer, which shares three more
	// ("dès 45 €" backed by no fact of its words is left as before: a
	// lowest price is no threshold of another fact's offer)
	threshold := c.Bound == claims.AtLeast || c.Bound == claims.From
	if backOv > 1 || backOv == 1 && !threshold || backOv == 0 && c.Bound == claims.From {
		return
	}
	best, bestOv := -1, 1
	if backOv == 1 {
		bestOv = backOv + 2
	}
	for i := range atoms {
		a := &atoms[i]
		// "$1,000 or more" against a fact's "$5,000 or more"
		if a.derived || a.fact < 0 || a.bound != claims.Exact && a.bound != c.Bound || backOv == 1 && a.bound != c.Bound {
			continue
		}
		if ov := g.overlap(ctx, a.fact); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	if best < 0 {
		return
	}
	// the fact must not also hold the price the post gives
	for _, i := range ids {
		if atoms[i].fact == atoms[best].fact {
			return
		}
	}
	if g.saleOfSame(ids, &atoms[best]) {
		return
	}
	g.contradicted(c, atoms[best].fact, atoms[best].text)
}

// priceOfNamed: "grab a Slow Rise Seeded Rye for £3.80" when the fact
// lists "White £3.80, Seeded Rye £4.20", "Flex 100 drops to $45/month" when
// Flex 40 is $45 and a fact gives "Flex 100 at $50/month": a price the facts
// give something else, written right after a name the facts write right
// before other prices of their own. The longest ending of the name the
// facts price decides. A price no fact backs (backed false) is checked the
// same way, so that the suggestion is the name's price. It flags c and
// reports whether it did.
func (g *grounder) priceOfNamed(c *claims.Claim, backed bool) bool {
	if len(g.sh.namedPrices) == 0 || c.Discount {
		return false
	}
	// a backed price: one the facts state of something (not one worked out)
	stated := !backed
	for _, i := range g.sh.byValue[clsMoney][valueKey(c.Value)] {
		if a := &g.sh.atoms[clsMoney][i]; !a.derived && a.fact >= 0 {
			stated = true
		}
	}
	if !stated {
		return false
	}
	// "Fibre 500 costs just £5 more": a gap, not the price of the name
	if k := c.Tok1; k < len(g.doc.Tokens) && (gapWords[g.doc.Tokens[k].Low] || g.doc.Tokens[k].Low == "off") {
		return false
	}
	for _, key := range namesBeforePrice(g.doc, c) {
		ps := g.sh.namedPrices[key]
		if len(ps) == 0 {
			continue
		}
		for _, p := range ps {
			if claims.Eq(p.value, c.Value) {
				return false
			}
		}
		g.contradicted(c, ps[0].fact, ps[0].text)
		return true
	}
	return false
}

// attribution: "\"…\" — Hannah, Bristol": the reviewer's name and town
// after a quotation and a dash sign the quote; they claim nothing.
func (g *grounder) attribution(c *claims.Claim) bool {
	toks := g.doc.Tokens
	for k := c.Tok0 - 1; k >= 1 && k >= c.Tok0-5; k-- {
		t := &toks[k]
		if t.Boundary {
			return false
		}
		if t.Text == "—" || t.Text == "–" || t.Text == "-" {
			switch toks[k-1].Text {
			case "\"", "”", "»":
				return true
			}
			return false
		}
		if t.Kind != claims.TWord && t.Text != "," {
			return false
		}
	}
	return false
}

// bookingRequiredRe: a fact that makes booking a condition.
var bookingRequiredRe = regexp.MustCompile(`\b(?:sur (?:rendez-vous|reservation|inscription)|(?:reservation|inscription|rendez-vous)s? (?:en ligne )?(?:sont |est )?(?:obligatoires?|indispensables?|necessaires?)|must be (?:pre-?)?booked|bookings? (?:is |are )?(?:required|essential|compulsory)|by appointment|(?:by|on) (?:booking|reservation) only|book(?:ed)? (?:in advance|ahead)|advance booking|se reservent|(?:sont|est) a reserver|(?:doi(?:t|vent)|faut) (?:etre )?reserve(?:e|es|s|r)?|(?:must|need to|have to) be (?:reserved|booked))\b`)

// noBookingRe: a fact that waives booking for something.
var noBookingRe = regexp.MustCompile(`\b(?:sans (?:rendez-vous|reservation|inscription)|no (?:booking|appointment|reservation)s?(?: needed| required)?|walk-ins?|(?:booking|appointment|reservation|registration)s? (?:is |are )?not (?:needed|required|necessary)|(?:reservation|inscription)s? (?:n' est|ne sont) pas (?:obligatoire|necessaire)s?)\b`)

// requiresBooking: fold has a form of bookingRequiredRe that no "no" or
// "not" before it denies ("bookings required", not "no bookings required").
func requiresBooking(fold string) bool {
	for _, m := range bookingRequiredRe.FindAllStringIndex(fold, -1) {
		pre := fold[:m[0]]
		if !strings.HasSuffix(pre, " no ") && !strings.HasSuffix(pre, " not ") {
			return true
		}
	}
	return false
}

// noBooking: "sans rendez-vous", "no booking needed" is contradicted by the
// fact about the same thing that requires one.
func (g *grounder) noBooking(c *claims.Claim) {
	sh := g.sh
	sh.bookOnce.Do(func() {
		sh.booking = make([]uint8, len(sh.facts))
		for fi := range sh.facts {
			if requiresBooking(sh.facts[fi].fold) {
				sh.booking[fi] |= 1
			}
			if noBookingRe.MatchString(sh.facts[fi].fold) {
				sh.booking[fi] |= 2
			}
		}
	})
	ctx := g.context(c, 10)
	best, bestOv, n, waived := -1, -1, 0, -1
	for fi := range sh.facts {
		ov := -1
		if sh.booking[fi]&2 != 0 {
			ov = g.overlap(ctx, fi)
			waived = max(waived, ov)
		}
		if sh.booking[fi]&1 == 0 {
			continue
		}
		n++
		if ov < 0 {
			ov = g.overlap(ctx, fi)
		}
		if ov > bestOv {
			best, bestOv = fi, ov
		}
	}
	// the fact that waives booking for what the post speaks of ("le flash
	// day… sans rendez-vous") wins over the general rule that asks for it
	// ("uniquement sur rendez-vous (sauf le jour du flash day)")
	if waived > bestOv {
		return
	}
	// with no word in common, the one fact that requires booking decides
	// unless some fact itself waives it for something
	if best >= 0 && (bestOv > 0 || len(ctx) == 0 || n == 1 && !noBookingRe.MatchString(g.sh.allFold)) {
		g.contradicted(c, best, "")
	}
}

// contextWithPrev: the stems of the content words of c's sentence and of
// the sentence of words before it ("tu découvres le Vieux Durbuy 🐴✨ 35
// minutes de balade": an emoji alone is no sentence), 20 tokens back and
// 12 on at most, in a new slice.
func (g *grounder) contextWithPrev(c *claims.Claim) []string {
	prev := -1
	for i := c.Tok0 - 1; i >= 0 && prev < 0; i-- {
		if t := &g.doc.Tokens[i]; t.Sent != c.Sent && t.Kind == claims.TWord {
			prev = t.Sent
		}
	}
	var ctx []string
	for i := max(c.Tok0-20, 0); i < c.Tok1+12 && i < len(g.doc.Tokens); i++ {
		t := &g.doc.Tokens[i]
		if (i >= c.Tok0 && i < c.Tok1) || t.Sent != c.Sent && (t.Sent != prev || i > c.Tok0) {
			continue
		}
		if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 1 {
			ctx = append(ctx, claims.Stem(t.Low))
		}
	}
	return ctx
}

// bookingRequired: "Inscription obligatoire", "booking required" is
// contradicted by the fact about the same thing that waives booking ("sans
// réservation"), when no fact that requires it is as close to the
// sentence and the one before it; else it says nothing.
func (g *grounder) bookingRequired(c *claims.Claim) {
	sh := g.sh
	ctx := g.contextWithPrev(c)
	best, bestOv, req := -1, 0, 0
	for fi := range sh.facts {
		f := sh.facts[fi].fold
		if requiresBooking(f) {
			req = max(req, g.overlap(ctx, fi))
		}
		if noBookingRe.MatchString(f) {
			if ov := g.overlap(ctx, fi); ov > bestOv {
				best, bestOv = fi, ov
			}
		}
	}
	if best >= 0 && bestOv > req {
		g.contradicted(c, best, "")
	}
}

// headOfName: "Saint-Colomban" for "Saint-Colomban-les-Neiges": the head
// of a stated compound name, its tail left out as people say it.
func (g *grounder) headOfName(w string) bool {
	return strings.IndexByte(w, '-') > 0 && strings.Contains(g.sh.allFold, " "+w+"-")
}

// twoGroups: the counted noun of c is joined to another by "and".
func (g *grounder) twoGroups(c *claims.Claim) bool {
	toks := g.doc.Tokens
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+2; k++ {
		switch toks[k].Low {
		case "and", "et", "&", "+":
			return k > c.Tok1 && k+1 < len(toks) && toks[k+1].Kind == claims.TWord
		}
	}
	return false
}

// extendedHours: "le samedi, on prolonge jusqu'à 22h" when a fact gives 22h:
// later hours the facts state, not an offer extended past its end.
func (g *grounder) extendedHours(c *claims.Claim) bool {
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent == c.Sent && o.Type == claims.Time && o.Start > c.Start && g.supported(o, clsClock) {
			return true
		}
	}
	return false
}

// weekdayRun: the days of the list of weekdays c belongs to ("vendredi,
// samedi, dimanche", "Friday, Saturday and Sunday"), or 0 when c stands
// alone.
func (g *grounder) weekdayRun(c *claims.Claim) uint8 {
	cl := g.doc.Claims
	i := 0
	for i < len(cl) && cl[i].Start != c.Start {
		i++
	}
	joined := func(a, b *claims.Claim) bool {
		if a.Type != claims.Weekday || b.Type != claims.Weekday || a.Weekday < 0 || b.Weekday < 0 || b.Tok0 != a.Tok1+1 {
			return false
		}
		switch g.doc.Tokens[a.Tok1].Low {
		case ",", "et", "and", "&":
			return true
		}
		return false
	}
	lo, hi := i, i
	for lo > 0 && joined(&cl[lo-1], &cl[lo]) {
		lo--
	}
	for hi+1 < len(cl) && joined(&cl[hi], &cl[hi+1]) {
		hi++
	}
	if hi == lo {
		return 0
	}
	var run uint8
	for k := lo; k <= hi; k++ {
		run |= 1 << uint(cl[k].Weekday)
	}
	return run
}

// statedDays: a stated date range of at most a week runs over exactly the
// days of run (Friday 16 to Sunday 18 October). (A fact naming the days is
// found by checkDays, day by day, among the facts about the same thing.)
func (g *grounder) statedDays(run uint8) bool {
	for _, da := range g.sh.dates {
		if da.d2.IsZero() || da.d2.Before(da.d) || da.d2.Sub(da.d) > 6*24*time.Hour {
			continue
		}
		var m uint8
		for t := da.d; !t.After(da.d2); t = t.AddDate(0, 0, 1) {
			m |= 1 << uint(t.Weekday())
		}
		if m == run {
			return true
		}
	}
	return false
}

// weekdayAlone: "cours de pâtisserie le dimanche" when the fact about the
// cours says "chaque samedi". The fact must share at least two content words
// with the weekday's sentence and name days that do not include it.
func (g *grounder) weekdayAlone(c *claims.Claim) {
	toks := g.doc.Tokens
	// "vendredi, samedi, dimanche" spells out the days of a stated date range
	run := g.weekdayRun(c)
	if run != 0 && g.statedDays(run) {
		return
	}
	// a range of the post ("cours du lundi au samedi") must be the days of
	// the fact about the same thing
	if r, mask := g.postRange(c); mask != 0 {
		g.checkDays(&r, mask)
		return
	}
	// the end of a range was checked with its start; a day of a list that
	// no fact states whole is checked on its own ("every Friday and
	// Saturday" when the late openings are on Fridays)
	switch prevLow(toks, c.Tok0) {
	case "du", "from", "au", "to", "through", "thru", "-", "–":
		return
	case "et", "and", "&":
		if run == 0 {
			return
		}
	}
	if c.Tok1 < len(toks) {
		switch toks[c.Tok1].Low {
		case "au", "to", "through", "thru", "-", "–":
			return
		case "et", "and", "&":
			if run == 0 {
				return
			}
		}
	}
	// "fermé le mardi", "closed on Mondays": the fact's exception, not a day
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-3; k-- {
		switch toks[k].Low {
		case "ferme", "fermee", "fermes", "closed", "sauf", "except", "hors", "relache", "not", "pas":
			return
		}
	}
	// "fermé le dimanche et le lundi": a closed day further on in the list
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-8; k-- {
		t := &toks[k]
		if t.Boundary || t.Text == ";" || t.Text == "." || openingWords[t.Low] && !closeWords[t.Low] {
			break
		}
		if closeWords[t.Low] {
			return
		}
	}
	if g.noHoursInList(c) {
		return
	}
	if g.checkDays(c, 1<<uint(c.Weekday)) {
		return
	}
	// "le salon ouvre aussi le lundi" when no fact about the same thing
	// decides and the opening days the facts give leave Monday out
	if r := g.sh.restricted; r >= 0 && g.sh.factDays[r] != 0 && g.sh.factDays[r]&(1<<uint(c.Weekday)) == 0 {
		for k := range toks {
			if toks[k].Sent == c.Sent && openingWords[toks[k].Low] {
				g.contradicted(c, r, g.dayNames(g.sh.factDays[r]))
				return
			}
		}
	}
}

// noHoursInList: "Weekdays 7a–7p, Saturdays 8a–4p, Sundays we nap": in a
// list of days given their hours, a last day followed by a clause of its
// own (a subject pronoun, no hours after) says what we do that day, not
// that we open ("le dimanche, on fait la sieste"); "Sundays by appointment"
// still claims an opening.
func (g *grounder) noHoursInList(c *claims.Claim) bool {
	toks := g.doc.Tokens
	k := c.Tok1
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k >= len(toks) || toks[k].Sent != c.Sent || !dayClausePronouns[g.lang][toks[k].Low] {
		return false
	}
	before := 0
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent || o.Type != claims.Time {
			continue
		}
		if o.Tok0 > c.Tok0 {
			return false
		}
		before++
	}
	return before >= 2
}

// dayClausePronouns open a clause of its own after a day of a list.
// (English "on" is a preposition: "Sundays on request" claims an opening)
var dayClausePronouns = map[string]map[string]bool{"en": {"we": true, "i": true, "they": true}, "fr": {"on": true, "nous": true, "je": true}}

// postRange: c starts a range of weekdays ("du lundi au samedi", "Monday
// to Saturday"); r spans it, from "du"/"from" when written, and mask holds
// its days. mask is 0 when c starts no range.
func (g *grounder) postRange(c *claims.Claim) (r claims.Claim, mask uint8) {
	toks := g.doc.Tokens
	if c.Tok1 >= len(toks) || c.Weekday < 0 {
		return r, 0
	}
	switch toks[c.Tok1].Low {
	case "au", "to", "through", "thru", "-", "–":
	default:
		return r, 0
	}
	for i := range g.doc.Claims {
		e := &g.doc.Claims[i]
		if e.Type != claims.Weekday || e.Tok0 != c.Tok1+1 || e.Weekday < 0 {
			continue
		}
		for w := c.Weekday; ; w = (w + 1) % 7 {
			mask |= 1 << uint(w)
			if w == e.Weekday {
				break
			}
		}
		r = *c
		r.End, r.Tok1 = e.End, e.Tok1
		switch prevLow(toks, c.Tok0) {
		case "du", "from":
			r.Start, r.Tok0 = toks[c.Tok0-1].Start, c.Tok0-1
		}
		r.Text = g.doc.Slice(r.Start, r.End)
		return r, mask
	}
	return r, 0
}

// checkDays: "cours de pâtisserie le dimanche" when the fact about the
// cours says "chaque samedi". The facts that share the most content words
// with the days' sentence (at least two, or one no other fact has) decide:
// one of them naming every day of mask backs it, else the closest one
// contradicts it.
// It reports whether a fact about the same thing decided.
func (g *grounder) checkDays(c *claims.Claim, mask uint8) bool {
	// the half of the day of a clock time says nothing of what the days
	// are said of: every fact with a morning time has "am"
	ctx := g.context(c, 10)
	n := 0
	for _, w := range ctx {
		if w != "am" && w != "pm" {
			ctx[n] = w
			n++
		}
	}
	ctx = ctx[:n]
	bestOv := 0
	for fi := range g.sh.facts {
		if g.sh.factDays[fi] == 0 {
			continue // only facts that name days can say which
		}
		ov := g.overlap(ctx, fi)
		if ov == 0 || ov == 1 && !g.distinctive(ctx, fi) {
			continue
		}
		if ov > bestOv {
			bestOv = ov
		}
	}
	if bestOv == 0 {
		return g.daysByHours(c, mask) || mask&(mask-1) != 0 && g.openingHours(c, mask)
	}
	best := -1
	for fi := range g.sh.facts {
		if g.sh.factDays[fi] == 0 || g.overlap(ctx, fi) != bestOv || bestOv == 1 && !g.distinctive(ctx, fi) {
			continue
		}
		if g.sh.openOf(fi)&mask == mask {
			// unless the fact's clause about the same thing names other days
			// ("la boutique est ouverte du mardi au samedi ; la visite a lieu
			// le mercredi")
			if days := g.clauseDays(ctx, fi); days != 0 && days&mask != mask {
				g.contradicted(c, fi, g.daysText(c, days))
			}
			return true
		}
		if best < 0 {
			best = fi
		}
	}
	if best >= 0 && !g.daysOfSamePeriod(c, mask) && !g.datedDayOf(c, ctx, mask, bestOv) {
		g.contradicted(c, best, g.daysText(c, g.sh.openOf(best)))
	}
	return true
}

// datedDayOf: "Open Day this Sunday" when the fact about the open day
// dates it on a Sunday: a fact sharing as many words with the sentence as
// the facts that name days backs the one weekday of mask by a date it
// gives on it (a single day or an end of a range), since the days a fact
// names on their own are not the only ones it says a thing happens on.
// A recurring weekday ("tous les dimanches", "every Sunday", "Sundays") is
// more than one dated day.
func (g *grounder) datedDayOf(c *claims.Claim, ctx []string, mask uint8, ov int) bool {
	if mask&(mask-1) != 0 || c.Tok1-c.Tok0 != 1 {
		return false
	}
	toks := g.doc.Tokens
	if w := toks[c.Tok0].Low; strings.HasSuffix(w, "s") {
		return false
	}
	switch prevLow(toks, c.Tok0) {
	case "every", "each", "chaque", "les":
		return false
	}
	for _, da := range g.sh.dates {
		if da.fact < 0 || g.overlap(ctx, da.fact) < ov {
			continue
		}
		if 1<<uint(da.d.Weekday()) == mask || !da.d2.IsZero() && 1<<uint(da.d2.Weekday()) == mask {
			return true
		}
	}
	return false
}

// openingHours: "Votre fromagerie vous accueille du lundi au samedi" when
// no fact about the same thing decides: a range of days said of opening
// ("ouvert", "accueille", "open") is checked against the facts that give
// opening hours by day ("Horaires : du mardi au vendredi …, fermé le
// lundi"): the one sharing the most words with the sentence (the only one,
// or one sharing strictly more than the others) must open on every day of
// the range. It reports whether one decided.
func (g *grounder) openingHours(c *claims.Claim, mask uint8) bool {
	toks := g.doc.Tokens
	opening := false
	for k := range toks {
		if toks[k].Sent == c.Sent && openingWords[toks[k].Low] && toks[k].Low != "ferme" && toks[k].Low != "closed" {
			opening = true
			break
		}
	}
	if !opening {
		return false
	}
	// the opening words say nothing of which place
	var ctx []string
	for _, w := range g.context(c, 10) {
		if !openingStemSet[w] {
			ctx = append(ctx, w)
		}
	}
	best, bestOv, tie := -1, -1, false
	for fi := range g.sh.facts {
		if g.sh.factDays[fi] == 0 || !hoursFact(g.sh.facts[fi].fold) {
			continue
		}
		ov := g.overlap(ctx, fi)
		switch {
		case ov > bestOv:
			best, bestOv, tie = fi, ov, false
		case ov == bestOv:
			tie = true
		}
	}
	if best < 0 || tie {
		return false
	}
	if open := g.sh.openOf(best); open&mask != mask {
		g.contradicted(c, best, g.daysText(c, g.daysOfTimes(c, best, open)))
	}
	return true
}

// daysOfTimes: the days of open on which fact fi gives every clock time of
// c's sentence that it gives at all ("du mardi au samedi, de 8h30 à 19h"
// when Saturday opens at 8h: Tuesday to Friday), or open when none is left.
func (g *grounder) daysOfTimes(c *claims.Claim, fi int, open uint8) uint8 {
	var buf [6]daySpan
	spans := g.sh.daySpans(fi, buf[:])
	days := open
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent || o.Type != claims.Time {
			continue
		}
		var with uint8
		for _, sp := range spans {
			for k := 0; k < sp.n; k++ {
				if claims.Eq(sp.times[k], o.Value) {
					with |= sp.days
				}
			}
		}
		if with != 0 && days&with != 0 {
			days &= with
		}
	}
	return days
}

// openingStemSet: the stems of openingWords.
var openingStemSet = func() map[string]bool {
	m := map[string]bool{}
	for w := range openingWords {
		m[claims.Stem(w)] = true
	}
	return m
}()

// hoursFact: a fact giving opening hours ("Horaires :", "Opening hours",
// "ouvert du mardi au samedi de 9h à 18h").
func hoursFact(fold string) bool {
	return strings.Contains(fold, "horaire") || strings.Contains(fold, " hours") || strings.Contains(fold, " ouvert") || strings.Contains(fold, " open")
}

// daysByHours: "Kévin et son équipe vous accueillent du lundi au dimanche
// de 9h30 à 19h" shares no words with "L'atelier est ouvert du lundi au
// samedi, de 9h30 à 19h", but its hours: a fact that names days and gives
// every clock time of the days' sentence is about the same schedule. It
// decides as checkDays does and reports whether one did.
func (g *grounder) daysByHours(c *claims.Claim, mask uint8) bool {
	var times [4]float64
	n := 0
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent == c.Sent && o.Type == claims.Time && n < len(times) {
			times[n] = o.Value
			n++
		}
	}
	if n == 0 {
		return false
	}
	for fi := range g.sh.facts {
		if g.sh.factDays[fi] == 0 {
			continue
		}
		d := g.sh.facts[fi].doc
		all := true
		for _, v := range times[:n] {
			found := false
			for k := range d.Claims {
				if d.Claims[k].Type == claims.Time && claims.Eq(d.Claims[k].Value, v) {
					found = true
					break
				}
			}
			all = all && found
		}
		if !all {
			continue
		}
		if open := g.sh.openOf(fi); open&mask != mask {
			g.contradicted(c, fi, g.daysText(c, g.daysOfTimes(c, fi, open)))
		}
		return true
	}
	return false
}

// daysOfSamePeriod: "du 29 novembre au 20 décembre, la boutique ouvre aussi
// le dimanche": a fact that names the days and gives the same dates as the
// post's sentence is the one about them, however many words the regular
// hours share with it.
func (g *grounder) daysOfSamePeriod(c *claims.Claim, mask uint8) bool {
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent || o.Type != claims.Date && o.Type != claims.DateRange {
			continue
		}
		d, d2 := g.sh.date(o.Date), time.Time{}
		if o.Type == claims.DateRange {
			d2 = g.sh.date(o.Date2)
		}
		if d.IsZero() {
			continue
		}
		for _, da := range g.sh.dates {
			if da.fact >= 0 && g.sh.factDays[da.fact]&mask == mask && da.d.Equal(d) && da.d2.Equal(d2) {
				return true
			}
		}
	}
	return false
}

// daysText: the suggestion for a wrong day or range: a range written like
// the claim's ("du dimanche au vendredi", "Sunday to Friday") when the days
// run in a row, else their names.
func (g *grounder) daysText(c *claims.Claim, days uint8) string {
	toks := g.doc.Tokens
	if c.Tok1-c.Tok0 < 3 || days == 0x7f {
		return g.dayNames(days)
	}
	for w := 0; w < 7; w++ {
		if days&(1<<uint(w)) == 0 || days&(1<<uint((w+6)%7)) != 0 {
			continue
		}
		// w starts the run; it must hold every day
		e := w
		for days&(1<<uint((e+1)%7)) != 0 && (e+1)%7 != w {
			e = (e + 1) % 7
		}
		var m uint8
		for x := w; ; x = (x + 1) % 7 {
			m |= 1 << uint(x)
			if x == e {
				break
			}
		}
		if m != days || e == w {
			return g.dayNames(days)
		}
		first, to := "", " au "
		if g.sh.lang == "en" {
			to = " to "
		}
		switch toks[c.Tok0].Low {
		case "du":
			first = toks[c.Tok0].Text + " "
		case "from":
			first = toks[c.Tok0].Text + " "
		}
		return first + g.weekdayName(w) + to + g.weekdayName(e)
	}
	return g.dayNames(days)
}

func (g *grounder) dayNames(days uint8) string {
	var names []string
	for w := 0; w < 7; w++ {
		if days&(1<<uint(w)) != 0 {
			names = append(names, g.weekdayName(w))
		}
	}
	return strings.Join(names, ", ")
}

// clauseDays: the days named by the clause of fact fi (split at ";" and
// sentence ends) that shares strictly more context words than any other
// clause, or 0 when the fact has one clause or no clause stands out.
func (g *grounder) clauseDays(ctx []string, fi int) uint8 {
	fd := &g.sh.facts[fi]
	d := fd.doc
	best, second, bestDays := 0, 0, uint8(0)
	start := 0
	clauses := 0
	for i := 0; i <= len(d.Tokens); i++ {
		if i < len(d.Tokens) && d.Tokens[i].Text != ";" && !d.Tokens[i].Boundary {
			continue
		}
		if i == start {
			start = i + 1
			continue // no words: the end of the last sentence
		}
		clauses++
		ov := 0
		for j, w := range ctx {
			// another weekday of the sentence ("a Friday costs £3,300 less
			// than a Saturday") is what is compared, not what the days are
			// said of: it would pick that weekday's clause
			if _, day := dayIndex[w]; day || seenBefore(ctx, j) {
				continue
			}
			for k := start; k < i; k++ {
				if t := &d.Tokens[k]; t.Kind == claims.TWord && !t.Stop() && fd.stems[k] == w {
					ov++
					break
				}
			}
		}
		if ov > best {
			best, second, bestDays = ov, best, daysIn(d, "", start, i)
			// "tous les jours sauf le mardi": an exception names a closed
			// day, and every day is every day; neither lists the open ones;
			// nor does "the Leederville salon is also open on Sundays",
			// which adds its days to those of the fact's other clause
			for k := start; k < i; k++ {
				switch d.Tokens[k].Low {
				case "sauf", "except", "excepte", "ferme", "fermee", "closed", "hors", "tous", "every", "daily", "also", "aussi", "egalement":
					bestDays = 0
				}
			}
		} else if ov > second {
			second = ov
		}
		start = i + 1
	}
	if clauses < 2 || best == second {
		return 0
	}
	return bestDays
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sameNoun compares the counted nouns of a claim and an atom, each with the
// word that may follow it ("120 group classes" vs "100 classes").
func sameNoun(c *claims.Claim, a *atom) bool {
	if c.Noun == "" || a.noun == "" {
		return false
	}
	return nounCompatible(c.Noun, a.noun) || c.Noun2 != "" && nounCompatible(c.Noun2, a.noun) ||
		a.noun2 != "" && (nounCompatible(c.Noun, a.noun2) || c.Noun2 != "" && nounCompatible(c.Noun2, a.noun2)) ||
		doneBy(a.noun, a.noun2, c.Noun) || doneBy(c.Noun, c.Noun2, a.noun)
}

// maxPeople: "en petit groupe de 12 personnes maximum", "up to 12 people"
// for a workshop that "accueille au maximum 12 participants": a count of
// persons said as a maximum is the capacity a fact gives in participants,
// places or seats.
func maxPeople(c *claims.Claim, a *atom) bool {
	if !peopleNouns[c.Noun] || a.derived || !isCapacity(a.noun) {
		return false
	}
	switch c.Noun2 {
	case "maximum", "max":
		return true
	}
	return c.Bound == claims.UpTo
}

// peopleNouns count persons without saying what they do.
var peopleNouns = map[string]bool{"people": true, "peopl": true, "person": true, "persons": true, "personn": true, "personne": true, "gens": true}

// doneBy: "41,300 people visited" counts the visitors, "2 000 personnes ont
// participé" the participants: a count of people with the verb said of them
// counts the nouns of that verb (a shared root of five letters).
func doneBy(noun, verb, agent string) bool {
	// the cheap tests first: most pairs have no verb, or no shared root
	return verb != "" && commonPrefix(verb, agent) >= 5 && peopleNouns[noun] && !peopleNouns[agent]
}

// verbOfPeople: the verb said of a count of people, past an auxiliary
// ("personnes ont visité", "people have visited"), folded; "" when the
// word after the count is no such noun.
func verbOfPeople(d *claims.Doc, c *claims.Claim) string {
	toks := d.Tokens
	k := c.Tok1
	if k >= len(toks) || !peopleNouns[claims.Stem(toks[k].Low)] && !peopleNouns[toks[k].Low] {
		return ""
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].Sent == toks[k].Sent; j++ {
		t := &toks[j]
		if t.Kind != claims.TWord {
			return ""
		}
		if !t.Stop() && len(t.Low) > 2 {
			return t.Low
		}
	}
	return ""
}

func nounCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	// "150 places" for an event "limited to 150 participants": the same
	// capacity, counted by seat or by person
	if len(a) >= 5 && len(b) >= 5 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		return true
	}
	return isCapacity(a) && isCapacity(b)
}

// capacityStems: stems of the nouns that count the room an event has. A
// handful, asked of most pairs of nouns compared: a scan of a few short
// strings (lengths first) is cheaper than hashing into a map.
var capacityStems = func() []string {
	var out []string
	for _, w := range []string{"place", "places", "seat", "seats", "spot", "spots", "participant", "participants", "participante", "participantes", "attendee", "attendees"} {
		if st := claims.Stem(w); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}()

func isCapacity(stem string) bool { return slices.Contains(capacityStems, stem) }

// context returns the stems of content words around claim c in the post,
// in a buffer reused from one claim to the next.
func (g *grounder) context(c *claims.Claim, span int) []string {
	out := g.ctxBuf[:0]
	toks := g.doc.Tokens
	for i := max(c.Tok0-span, 0); i < c.Tok1+span && i < len(toks); i++ {
		if i >= c.Tok0 && i < c.Tok1 {
			continue
		}
		t := &toks[i]
		if t.Sent != c.Sent {
			continue
		}
		if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 1 {
			out = append(out, claims.Stem(t.Low))
		}
	}
	g.ctxBuf = out
	g.ovValid = false
	return out
}

// overlap counts the distinct context words that fact fi (-1: the brief)
// shares. The counts for every fact are computed once per context, from the
// sheet's word-to-facts index, since callers ask about many facts in turn.
func (g *grounder) overlap(ctx []string, fi int) int {
	if !g.ovValid || len(ctx) != g.ovLen || (len(ctx) > 0 && &ctx[0] != g.ovFirst) {
		g.computeOverlaps(ctx)
	}
	return g.ovCounts[fi+1]
}

func (g *grounder) computeOverlaps(ctx []string) {
	n := len(g.sh.facts) + 1
	if cap(g.ovCounts) < n {
		g.ovCounts = make([]int, n)
	}
	g.ovCounts = g.ovCounts[:n]
	clear(g.ovCounts)
	for i, w := range ctx {
		if seenBefore(ctx, i) {
			continue
		}
		for _, fi := range g.sh.wordFacts[w] {
			g.ovCounts[fi+1]++
		}
	}
	g.ovValid, g.ovLen = true, len(ctx)
	if len(ctx) > 0 {
		g.ovFirst = &ctx[0]
	}
}

// distinctive: a context word shared with fact fi appears in no other fact.
func (g *grounder) distinctive(ctx []string, fi int) bool {
	words := g.fd(fi).words
	for _, w := range ctx {
		if words[w] && g.sh.df[w] == 1 {
			return true
		}
	}
	return false
}

func seenBefore(ws []string, i int) bool {
	for j := 0; j < i; j++ {
		if ws[j] == ws[i] {
			return true
		}
	}
	return false
}

func (g *grounder) factDoc(fi int) *claims.Doc {
	if fi < 0 {
		return g.sh.brief
	}
	return g.sh.facts[fi].doc
}

// leftWords: the two content-or-function words just before token i.
func leftWords(d *claims.Doc, i int) [2]string {
	var out [2]string
	k := 0
	for j := i - 1; j >= 0 && k < 2; j-- {
		t := &d.Tokens[j]
		if t.Kind == claims.TWord {
			out[k] = t.Low
			k++
		} else if t.Kind == claims.TPunct && t.Boundary {
			break
		}
	}
	return out
}

func (g *grounder) numeric(c *claims.Claim, cl class) {
	if cl == clsPlain && c.Noun2 == "" && c.Noun != "" {
		if n2 := nounPastName(g.doc, c.Tok1); n2 != "" {
			w := *c
			w.Noun2 = n2
			c = &w
		}
	}
	// "three hours", "trente minutes": a length of time written in words
	if c.Type == claims.Count {
		if n, n2 := countedNoun(c); n != c.Noun {
			w := *c
			w.Noun, w.Noun2 = n, n2
			c = &w
		}
		if mins := minutesOf(c.Noun); mins > 0 {
			// "deux heures de bonheur" where the facts give no length of
			// time is a manner of speaking
			if c.Value <= 10 && c.Start < len(g.doc.Runes) && !isDigitRune(g.doc.Runes[c.Start]) && !g.sh.hasDurations() {
				return
			}
			// the minutes of "two hours and twenty minutes" were checked
			// with their hours
			if mins == 1 && g.minutesOfHours(c) >= 0 {
				return
			}
			d := *c
			d.Type, d.Value, d.Noun = claims.Duration, c.Value*mins, ""
			if k := g.hoursAndMinutes(c); k >= 0 {
				o := &g.doc.Claims[k]
				d.Value += o.Value
				d.Tok1 = o.Tok1 + 1
				d.End = g.doc.Tokens[o.Tok1].End
				d.Text = g.doc.Slice(d.Start, d.End)
			}
			if dcl, ok := classOf(claims.Duration); ok {
				g.numeric(&d, dcl)
				return
			}
		}
	}
	if c.Type == claims.Count && peopleNouns[c.Noun] && c.Noun2 == "" {
		if v := verbOfPeople(g.doc, c); v != "" {
			w := *c
			w.Noun2 = v
			c = &w
		}
	}
	// "plus de 8 000 Saint-Aubinois" counts the inhabitants the facts count
	if c.Type == claims.Count && c.Noun != "" && !g.sh.nouns[c.Noun] && g.demonym(c.Noun) {
		for _, n := range residentNouns {
			if g.sh.nouns[n] {
				w := *c
				w.Noun, w.Noun2 = n, ""
				c = &w
				break
			}
		}
	}
	// "pour une heure de main-d'œuvre": a length in words where the facts
	// give none is a unit of speech, as with counts of hours below
	if c.Type == claims.Duration && c.Start < len(g.doc.Runes) && !isDigitRune(g.doc.Runes[c.Start]) && !g.sh.hasDurations() {
		return
	}
	// "won the cup three years running", "trois ans de suite": a run of
	// wins or editions is backed only by a fact that states it, never by
	// the years elapsed between two stated years
	if c.Type == claims.Count && g.streak(c) {
		for _, a := range g.sh.atoms[cl] {
			if !a.derived && claims.Eq(a.value, c.Value) && a.noun != "" && nounCompatible(a.noun, c.Noun) {
				return
			}
		}
		g.unsupported(c)
		return
	}
	// "Deux enfants inscrits ?": a figure in a question asserts nothing
	if g.question(c.Sent) && (c.Type == claims.Count && c.Value <= 10 || g.groupSize(c)) {
		return
	}
	// "so a 20-voice choir pays NZ$480": a party sized by a count hyphened
	// to its noun, supposed by an indefinite article for a price worked out
	if g.hyphenedPartyPriced(c) {
		return
	}
	// "A group of 8 is £680": a party supposed by an indefinite article
	// (not "leads a team of 30 pilots", the brand's own team)
	if g.groupSize(c) && !g.staffTeam(c) {
		switch prevLow(g.doc.Tokens, c.Tok0-2) {
		case "a", "an", "any", "your", "un", "une", "votre":
			return
		}
	}
	// "it pays for itself in six visits": a small figure in words about
	// something the facts never count is a manner of speaking
	if c.Type == claims.Count && c.Value <= 10 && c.Noun != "" && !g.sh.nouns[c.Noun] && !g.sh.nouns2[c.Noun] && c.Start < len(g.doc.Runes) && !isDigitRune(g.doc.Runes[c.Start]) {
		switch c.Noun {
		case "day", "week", "month", "year", "night", "nuit",
			// "Eight Tuesday nights": the facts' dates count weekdays
			"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		default:
			// (not when a fact counts the noun: "two yoga classes a day")
			if !g.sh.known(g.foldedText(c)) && !g.factsCountNoun(c) {
				return
			}
		}
	}
	if cl == clsPlain && (g.enumerator(c) || g.listicle(c) || g.recipe(c)) {
		return
	}
	if cl == clsPlain && g.rangeEnd(c) {
		return
	}
	if cl == clsPlain && g.totalOfFact(c) {
		return
	}
	if cl == clsPlain && c.Type == claims.Count && c.Noun == "year" && c.Bound == claims.Exact && g.yearsAgo(c) {
		return
	}
	c = g.negatedBound(c)
	if cl == clsPlain && g.gradeChecked(c) {
		return
	}
	v := c.Value
	if cl == clsPlain && v <= 1 && c.Type != claims.Ordinal {
		return
	}
	if cl == clsPlain && c.Type == claims.Year && int(v) == g.sh.year && g.yearOfSameThing(c) {
		return
	}
	if cl == clsPlain && c.Type == claims.Year && (int(v) == g.sh.year || g.pastSeason(c)) {
		return
	}
	if cl == clsPlain && c.Type == claims.Number && g.designatorOfOther(c) {
		return
	}
	// "Joining fee? €0 if you join online": nothing to pay is what a fact
	// about the same thing gives free or waives
	if cl == clsMoney && c.Value == 0 && c.Bound == claims.Exact && g.zeroPriceStated(c) {
		return
	}
	// "1 € dépensé = 1 point" for "chaque euro dépensé rapporte 1 point"
	if cl == clsMoney && c.Bound == claims.Exact && g.sh.unitMoney && claims.Eq(c.Value, 1) {
		return
	}
	if cl == clsMoney {
		if fi := g.pricedFree(c); fi >= 0 {
			g.contradicted(c, fi, "")
			return
		}
	}
	if cl == clsPercent && c.Discount && c.Bound == claims.Exact && g.discountOfPair(c) {
		return
	}
	atoms := g.sh.atoms[cl]
	// "économiser 10 € sur chaque billet" for a stated 5 € off each ticket
	// (not the 10 € between the card's 15 € and those 5 €)
	if cl == clsMoney && c.Bound == claims.Exact && g.perUnitSaving(c) {
		return
	}
	// "Adult memberships $520, a savings of $85" for $520 instead of $595
	if cl == clsMoney && c.Bound == claims.Exact && len(g.sh.sales) > 0 && g.saleSaving(c) {
		return
	}
	// a clock time, in order: the hour the one fact dating its day gives;
	// "first pitch at 6:35" for 6:35 p.m., "gates at 5:35" when gates open
	// one hour before it (a clock time without its half of the day, or a
	// stated time moved by the offset a fact gives); "Cours Premières
	// cordées, 2 h, 40 $" for a course that lasts 2 hours; "le jeudi 24
	// décembre, ouvert jusqu'à 20h" when a fact says that day "il ferme à
	// 17h"; "ouvert le dimanche jusqu'à 19h" when Sunday closes at 18h; the
	// end of another range
	if cl == clsClock && g.startAtAnEnd(c) {
		return
	}
	if cl == clsClock && c.Type == claims.Time && (g.timeOfDate(c) || g.clockOfFacts(c) || g.hourAsLength(c) ||
		g.closingOfDate(c) || g.timeOfDays(c) || g.endOfOtherRange(c) || g.startOfOtherRange(c)) {
		return
	}
	// "samedi 19 septembre à 16h" against a fact's list of dated signings,
	// "Friday 15 July, 7pm" against the fact's "15 July 2027 at 6:30 pm"
	if cl == clsClock && g.timeOfListedDate(c) {
		return
	}
	// "L'an dernier, plus de 3 000 habitants ont voté" is about the fact of
	// that year (1 940 voters in 2025), not the town's 8 700 inhabitants
	// (unless it is how much more than that year's figure another one is).
	// ofItsYear needs a fact that counts something of a year: the sheet's
	// flag is read before gapOfFacts looks round c for a word of gap
	if cl == clsPlain && c.Type == claims.Count && c.Noun != "" && g.sh.yearCounts && !g.gapOfFacts(c, cl) && !g.rateOfWriter(c) && !g.ratioBacked(c) && g.ofItsYear(c) {
		return
	}
	if c.Type == claims.Duration && (g.headedDuration(c, cl) || g.hoursPriced(c) || g.offsetOfFacts(c)) {
		return
	}
	if c.Type == claims.Money && c.Bound == claims.Exact && g.wrongHourlyRate(c, cl) {
		return
	}
	if c.Type == claims.Count && c.Bound == claims.From && c.Noun == "year" && g.lowestAgeOfThing(c) {
		return
	}
	if cl == clsPlain && g.otherAgeThreshold(c) {
		return
	}
	if g.supported(c, cl) || c.Type == claims.Ordinal && (g.spelledOrdinal(c) || g.dayOfPostMonth(c)) || c.Type == claims.Number && (g.dayOfWeekday(c) || g.lower48(c)) || g.ageInBand(c) {
		if cl == clsMoney && c.Bound == claims.Exact && g.priceOfNamed(c, true) {
			return
		}
		// "ages 12+" backed by a group of 12 when the fact about the same
		// thing gives "ages 14 and up"
		if cl == clsPlain && g.ageLimitOfThing(c) {
			return
		}
		// "groupes de 12" backed by "12 séances" when the fact about the
		// same classes gives "groupes de 8 élèves maximum"
		if cl == clsPlain && g.groupSizeOfThing(c) {
			return
		}
		if cl == clsMoney && (c.Bound == claims.Exact || c.Bound == claims.AtLeast || c.Bound == claims.From) {
			g.priceOfAnother(c)
		}
		if cl == clsMoney && c.Bound == claims.Exact {
			g.periodOfAmount(c)
		}
		if (cl == clsPercent || cl == clsMoney) && c.Bound == claims.Exact {
			g.pairedInList(c, cl)
		}
		return
	}
	if g.sh.empty {
		g.unsupported(c)
		return
	}
	// "€2,290 (was €2,790)" for a sale the facts give at €2,390
	if cl == clsMoney && c.Bound == claims.Exact && len(g.sh.sales) > 0 && g.salePrice(c) {
		return
	}
	if g.impliedByPost(c, cl) || g.periodTotal(c, cl) || g.partsOfTotal(c) || cl == clsPlain && g.averageOfFacts(c) || cl == clsPercent && (g.wholeOfStated(c) || g.shareOfCounts(c)) || cl == clsPlain && (g.breakdown(c) || g.unitsPriced(c) || g.rateOfPost(c) || g.rateOfWriter(c) || g.earnedOnPrice(c) || g.savingFactor(c) || g.ratioBacked(c) || g.breakEven(c) || g.othersOf(c) || g.productOfPost(c) || g.weekdaysOfPostMonths(c) || g.containersOfTotal(c) || g.closeTrueBound(c) || g.daysAWeek(c) || g.shortHours(c) || g.yearsAsMonths(c)) {
		return
	}
	if cl == clsMoney && g.savingOfPair(c) {
		return
	}
	if g.resultOfPost(c, cl) || g.boundOfResult(c, cl) || g.computedByWriter(c, cl) || g.gapOfPost(c, cl) || g.gapOfFacts(c, cl) || c.Type == claims.Duration && g.timesApart(c) {
		return
	}
	if cl == clsPlain && c.Type == claims.Count && c.Bound == claims.Exact && g.gapOfPostDates(c) {
		return
	}
	if cl == clsPlain && c.Type == claims.Count && c.Bound == claims.Exact && (g.weekdaySpanCount(c) || g.scheduleCount(c)) {
		return
	}
	if cl == clsPlain && g.firstWeekdaysOfRange(c) {
		return
	}
	if cl == clsPlain && c.Type == claims.Count && c.Bound == claims.Exact && g.weekdayCount(c) {
		return
	}
	if cl == clsPlain && c.Type == claims.Count && c.Bound == claims.Exact && g.timesOfRecurrence(c) {
		return
	}
	// "690 $ par an, soit 57,50 $ par mois": a longer period's price shared out
	if g.periodShare(c, cl) {
		return
	}
	// "36 concerts : 22 gratuits … et 14 sur billet": the rest of a total
	if g.restOfStatedPart(c, cl) || g.countOfPricedSum(c, cl) {
		return
	}
	// "Fibre 500 is just £27.99" when the price list gives "Fibre 500
	// £29.99": the name's own price is the one to suggest
	if cl == clsMoney && c.Bound == claims.Exact && g.priceOfNamed(c, false) {
		return
	}
	// contradicted when a fact gives a value for the same thing: same noun,
	// or the best-matching context, else unsupported
	ctx := g.context(c, 6)
	left := leftWords(g.doc, c.Tok0)
	best, bestScore, tie := -1, 0, -1
	first := firstN(g.doc, c)
	age := cl == clsPlain && c.Value < 120 && ageAt(g.doc, c.Tok0) && g.sh.statesAge()
	// some atom counts the claim's noun
	nounAtoms := false
	for i := range atoms {
		if a := &atoms[i]; !a.derived && a.tok >= 0 && a.first == first && sameNoun(c, a) {
			nounAtoms = true
			break
		}
	}
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.tok < 0 || a.first != first {
			continue
		}
		// a length of time and a clock time are different quantities
		if cl == clsClock && (c.Type == claims.Duration) != a.dur {
			continue
		}
		// an age is another age ("aged 65 and over" for "aged 70 or
		// over"), not the 18 of an address
		if age && !ageAt(g.factDoc(a.fact), a.tok) {
			continue
		}
		score := 0
		if sameNoun(c, a) {
			score += 4
		} else if c.Noun != "" && a.noun != "" {
			continue
		} else if c.Noun != "" && nounAtoms {
			// "10 registered physiotherapists" when a fact counts them: a
			// figure of the facts that counts nothing ("Suite 210") comes
			// after the ones with its noun
			score -= 2
		}
		if c.Type == claims.Year && a.value >= 1900 && a.value <= 2100 {
			score++
		} else if c.Type == claims.Year || a.year {
			continue // a year and a count never stand for each other
		}
		if c.Type == claims.Ordinal {
			if d := g.factDoc(a.fact); d != nil && a.tok < len(d.Tokens) && !isOrdinalTok(d, a.tok) {
				continue
			}
		}
		ov := g.overlap(ctx, a.fact)
		score += ov * 2
		// a false bound is mostly the true figure pushed a little: "plus
		// de 5 000 abonnés" for 4 800, not the 1 200 of a survey
		if c.Bound != claims.Exact && score >= 4 && a.value > 0 && c.Value/a.value < 1.5 && a.value/c.Value < 1.5 {
			score += 4
		}
		// "dès 18 ans" is a floor: a ceiling of the facts ("moins de 25
		// ans") is another quantity than their minimum age
		if (c.Bound == claims.From || c.Bound == claims.AtLeast) && (a.bound == claims.Less || a.bound == claims.UpTo) {
			score -= 2
		}
		d := g.factDoc(a.fact)
		fl := leftWords(d, a.tok)
		if fl[0] != "" && fl[0] == left[0] {
			score++
			if fl[1] == left[1] {
				score++
			}
		}
		if ov == 0 && score < 4 {
			continue
		}
		if score > bestScore {
			best, bestScore, tie = i, score, -1
		} else if score == bestScore && best >= 0 && tie < 0 && a.fact != atoms[best].fact {
			tie = i
		}
	}
	if best >= 0 && bestScore >= 2 {
		// two facts tie on the words next to the figure ("au lieu de 49 €"
		// for two was/now prices): the one sharing more of the sentence is
		// about the same thing
		if tie >= 0 {
			wide := g.context(c, 24)
			if g.overlap(wide, atoms[tie].fact) > g.overlap(wide, atoms[best].fact) {
				best = tie
			}
		}
		a := &atoms[best]
		if (cl == clsPlain || c.Type == claims.Duration) && g.exampleWithinBound(c, a) {
			return
		}
		g.contradicted(g.withBound(c), a.fact, a.text)
		return
	}
	if g.askedFigure(c) {
		return
	}
	g.unsupported(c)
}

// foundingWords start a business or a place.
var foundingWords = map[string]bool{"founded": true, "established": true, "started": true, "launched": true, "opened": true, "created": true, "fonde": true, "fondee": true, "cree": true, "creee": true, "lance": true, "lancee": true, "ouvert": true, "ouverte": true}

// yearsAgo: "Five years ago, Priya and Sam founded Tallyroo" when a fact
// says it was "founded in 2019" (campaign 2026): a count of years ago said
// of a founding is the years from the year a fact founds it in to the
// campaign year (that or one less, the anniversary may be ahead); another
// count is contradicted. It reports whether c was decided.
func (g *grounder) yearsAgo(c *claims.Claim) bool {
	toks := g.doc.Tokens
	ago := c.Tok1+1 < len(toks) && toks[c.Tok1+1].Low == "ago" || c.Tok1 < len(toks) && toks[c.Tok1].Low == "ago"
	// "il y a cinq ans"
	ilya := c.Tok0 >= 2 && toks[c.Tok0-1].Low == "a" && toks[c.Tok0-2].Low == "y"
	if !ago && !ilya {
		return false
	}
	found := false
	for k := range toks {
		if toks[k].Sent == c.Sent && foundingWords[toks[k].Low] {
			found = true
		}
	}
	if !found || g.sh.year == 0 {
		return false
	}
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for i := range d.Claims {
			y := &d.Claims[i]
			if y.Type != claims.Year {
				continue
			}
			for k := range d.Tokens {
				if d.Tokens[k].Sent != y.Sent || !foundingWords[d.Tokens[k].Low] {
					continue
				}
				n := float64(g.sh.year) - y.Value
				if n <= 0 {
					return false
				}
				if c.Value == n || c.Value == n-1 {
					return true
				}
				g.contradicted(c, fi, strconv.FormatFloat(n, 'f', -1, 64))
				return true
			}
		}
	}
	return false
}

// negatedBound: "you'll never be charged more than £5.80", "pas moins de
// 500 coureurs": a strict bound under a negation is the opposite wide one,
// a ceiling (a cap the facts state) or a floor.
func (g *grounder) negatedBound(c *claims.Claim) *claims.Claim {
	if c.Bound != claims.Greater && c.Bound != claims.Less {
		return c
	}
	toks := g.doc.Tokens
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-6 && toks[k].Sent == c.Sent; k-- {
		if toks[k].In(negationClass) {
			w := *c
			w.Bound = claims.UpTo
			if c.Bound == claims.Less {
				w.Bound = claims.AtLeast
			}
			return &w
		}
	}
	return c
}

// rankAbout: "classé 2e au Championnat de France du burger" when a fact
// ranks the same thing ("classé 3e au Championnat de France du burger"):
// a rank of the facts shares two content words with the claim's sentence,
// so a bare 2 elsewhere ("2 à Angers") does not back it.
func (g *grounder) rankAbout(c *claims.Claim) bool {
	atoms := g.sh.atoms[clsPlain]
	for i := range atoms {
		a := &atoms[i]
		if !a.ord || a.derived || a.fact < 0 {
			continue
		}
		if g.sharedWords(c.Sent, c.Tok0, c.Tok1, a.fact, 2) >= 2 {
			return true
		}
	}
	return false
}

// onlyOneOf: "dans tous nos restaurants" when the fact about that offer
// keeps it "uniquement au restaurant de Rennes", "in all our stores" for
// "only at our Leeds store": an only-word a few words before the noun the
// post says all of, in a fact sharing two words with the post's sentence.
func (g *grounder) onlyOneOf(c *claims.Claim) int {
	if c.Noun == "" {
		return -1
	}
	noun := claims.Stem(c.Noun)
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		toks := fd.doc.Tokens
		for k := range toks {
			if !toks[k].In(onlyClass) {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+4 && toks[j].Sent == toks[k].Sent; j++ {
				if fd.stems[j] == noun && g.sharedWords(c.Sent, c.Tok0, c.Tok1, fi, 2) >= 2 {
					return fi
				}
			}
		}
	}
	return -1
}

// siteOfAnother: "meeting Mira Kapoor at the Millbrook branch" when the fact
// about the talk says "at the Central branch": a stated name before a noun
// ("branch", "campus", "restaurant") is contradicted by the fact that shares
// most words with the sentence (at least two) when that fact puts another
// name before the same noun and never names this one.
func (g *grounder) siteOfAnother(c *claims.Claim) {
	toks := g.doc.Tokens
	// "the Millbrook branch", "au restaurant de Rennes" is a noun phrase;
	// "Tom talks" is not
	if c.Tok0 == 0 || !articles[toks[c.Tok0-1].Low] || c.Tok1 >= len(toks) || toks[c.Tok1].Kind != claims.TWord || toks[c.Tok1].Cap || toks[c.Tok1].Stop() {
		return
	}
	head := claims.Stem(toks[c.Tok1].Low)
	// (most names have no rival before that noun in the facts: settle that
	// before weighing every fact against the sentence)
	if g.rivalBefore(head, c.Words, -1) < 0 {
		return
	}
	// the one fact the sentence is most about (a tie names no site)
	best := g.mostAbout(c.Sent, c.Tok0, c.Tok1+1, 2)
	if best < 0 {
		return
	}
	who := strings.Join(c.Words, " ")
	for i := range g.sh.entities {
		if e := &g.sh.entities[i]; e.fact == best && e.fold == who {
			return
		}
	}
	// "live chat on the Teams plan only; other paid plans get email
	// support": the fact speaks of the other sites too, so the Personal
	// plan with email support is one of them
	if othersOf(&g.sh.facts[best], head) {
		return
	}
	if other := g.rivalBefore(head, c.Words, best); other >= 0 {
		g.contradicted(c, best, g.sh.entities[other].text)
	}
}

// hereWords stand between a verb and the place it is done in ("made right
// here in").
var hereWords = map[string]bool{"right": true, "here": true, "just": true, "ici": true, "directement": true, "meme": true, "même": true}

// placeOfPreps set a place after them ("made in Fremantle", "depuis la
// gare de Morat").
var placeOfPreps = map[string]bool{"in": true, "from": true, "à": true, "a": true, "de": true, "near": true, "pres": true}

// placeOfAnother: "made right here in Fremantle by Kin & Coat" when the fact
// about the shampoos says "made in Margaret River by Kin & Coat", "depuis
// la gare de Morat" for "relie la gare de Sugiez": a stated name after a
// preposition of place is contradicted by the one fact the sentence is most
// about (three words shared, no tie) when that fact never names it and sets
// another name after the same preposition, the word before it the same
// ("gare de", "made in").
func (g *grounder) placeOfAnother(c *claims.Claim) {
	toks := g.doc.Tokens
	if c.Tok0 < 2 || !placeOfPreps[toks[c.Tok0-1].Low] || len(c.Words) > 3 {
		return
	}
	// ("made right here in Fremantle": the adverbs of place are skipped)
	bk := c.Tok0 - 2
	for bk > 0 && hereWords[toks[bk].Low] {
		bk--
	}
	prep, before := toks[c.Tok0-1].Low, claims.Stem(toks[bk].Low)
	if toks[bk].Kind != claims.TWord || toks[bk].Stop() || toks[bk].Cap {
		return
	}
	best := g.mostAbout(c.Sent, c.Tok0, c.Tok1, 3)
	if best < 0 {
		return
	}
	fd := &g.sh.facts[best]
	for _, w := range c.Words {
		if fd.words[claims.Stem(w)] {
			return
		}
	}
	d := fd.doc
	for i := range d.Claims {
		o := &d.Claims[i]
		if o.Type != claims.Name || o.Tok0 < 2 || d.Tokens[o.Tok0-1].Low != prep || sharesWord(o.Words, c.Words) {
			continue
		}
		if claims.Stem(d.Tokens[o.Tok0-2].Low) != before || d.Tokens[o.Tok0-2].Cap {
			continue
		}
		g.contradicted(c, best, o.Text)
		return
	}
}

// othersOf: fact fd speaks of the other things of stem head ("other paid
// plans", "les autres formules", "all other branches").
func othersOf(fd *factDoc, head string) bool {
	toks := fd.doc.Tokens
	for k := range toks {
		switch toks[k].Low {
		case "other", "others", "autre", "autres":
			for j := k + 1; j < len(toks) && j <= k+3 && toks[j].Kind == claims.TWord; j++ {
				if fd.stems[j] == head {
					return true
				}
			}
		}
	}
	return false
}

// rivalBefore: the entity of fact fi (-1: any fact) that stands just before
// the noun of stem head and shares no word with words, or -1.
func (g *grounder) rivalBefore(head string, words []string, fi int) int {
	for i := range g.sh.entities {
		e := &g.sh.entities[i]
		if e.fact < 0 || fi >= 0 && e.fact != fi {
			continue
		}
		d := &g.sh.facts[e.fact]
		if k := e.tok + len(e.words); k < len(d.doc.Tokens) && d.stems[k] == head && !sharesWord(e.words, words) {
			return i
		}
	}
	return -1
}

// sharesWord: a and b have a word in common ("Tom" and "Tom Ellery").
func sharesWord(a, b []string) bool {
	for _, w := range a {
		if contains(b, w) {
			return true
		}
	}
	return false
}

// leadVerbs put a person at the head of what they follow with "par", "by".
// The value is the verb whatever its agreement: a jury "présidé par" one
// is not a cinema "dirigé par" another.
var leadVerbs = map[string]string{
	"dirige": "dirige", "dirigee": "dirige", "diriges": "dirige", "dirigees": "dirige", "gere": "gere", "geree": "gere", "preside": "preside", "presidee": "preside",
	"led": "led", "run": "run", "managed": "managed", "headed": "headed", "directed": "directed", "chaired": "chaired",
}

// ledBy: "Il sera dirigé par Yanis Haddad" when the fact about that
// restaurant says "il est dirigé par Inès Morvan": a person the facts name,
// put at the head of what a fact gives another head, is contradicted by
// that fact (the one that shares most words with the sentence and the one
// before, at least two).
func (g *grounder) ledBy(c *claims.Claim) {
	verb := leadAt(g.doc.Tokens, c.Tok0)
	if verb == "" {
		return
	}
	who := strings.Join(c.Words, " ")
	// the person leading what the sentence is most about; a person who
	// leads something else ("4 techniciens, dirigés par Nadia Ferreira")
	// is not backed by it
	best, bestOv, mine := -1, 1, -1
	for i := range g.sh.entities {
		e := &g.sh.entities[i]
		if e.fact < 0 || leadAt(g.sh.facts[e.fact].doc.Tokens, e.tok) != verb {
			continue
		}
		ov := g.sharedWords(c.Sent, c.Tok0, c.Tok1, e.fact, 99)
		if c.Sent > 0 {
			ov += g.sharedWords(c.Sent-1, -1, -1, e.fact, 99)
		}
		if e.fold == who || strings.Contains(e.fold, who) || strings.Contains(who, e.fold) {
			mine = max(mine, ov)
			continue
		}
		if ov > bestOv {
			best, bestOv = i, ov
		}
	}
	if mine >= 0 && mine+2 > bestOv {
		return
	}
	if best >= 0 {
		e := &g.sh.entities[best]
		g.contradicted(c, e.fact, e.text)
	}
}

// leadAt: the lead verb token k follows with "par" or "by", or "". Between
// "par" and the name may stand a title, a kinship or a job and a comma
// ("dirigée par leur fille, Claire Marette", "led by Dr. Priya Lamontagne"),
// and between the verb and "par" a time ("dirigée depuis 2019 par",
// "aujourd'hui").
func leadAt(toks []claims.Token, k int) string {
	p := k - 1
	for p >= 0 && p >= k-4 && toks[p].Low != "par" && toks[p].Low != "by" && toks[p].Sent == toks[k].Sent &&
		(toks[p].Text == "," || toks[p].Text == "." || honorifics[toks[p].Low] || toks[p].Kind == claims.TWord && !toks[p].Cap) {
		p--
	}
	if p < 1 || toks[p].Low != "par" && toks[p].Low != "by" || toks[p].Sent != toks[k].Sent {
		return ""
	}
	for v := p - 1; v >= 0 && v >= p-3 && toks[v].Sent == toks[k].Sent; v-- {
		if l := leadVerbs[claims.Fold(toks[v].Low)]; l != "" {
			return l
		}
		if toks[v].Cap || toks[v].Text == "," || toks[v].Text == ";" {
			break
		}
	}
	return ""
}

// withBound widens a false strict bound to its bound words ("plus de 2 000"
// when the fact says 1 850), so that the suggestion, the fact's figure,
// replaces the whole bound: "plus de 1 850" would still be false.
func (g *grounder) withBound(c *claims.Claim) *claims.Claim {
	if c.Bound != claims.Greater && c.Bound != claims.Less {
		return c
	}
	toks := g.doc.Tokens
	k := c.Tok0
	switch prevLow(toks, k) {
	case "de", "d'", "than":
		switch prevLow(toks, k-1) {
		case "plus", "moins", "more", "over", "less", "fewer":
			k -= 2
		}
	case "over", "above", "exceeding", "under", "below":
		k--
	}
	if k == c.Tok0 || k < 0 {
		return c
	}
	w := *c
	w.Start = toks[k].Start
	w.Text = g.doc.Slice(w.Start, w.End)
	return &w
}

// twoEntities: "Ledgerly Pro" for the brand Ledgerly and its Pro plan: a
// name of the facts next to words of the facts (the brand, often at the start
// of a fact where its capital proves nothing). A part of a person's name is
// not a name of its own, so "Priya Kettering" is not made this way.
func (g *grounder) twoEntities(words []string) bool {
	for cut := 1; cut < len(words); cut++ {
		a, b := words[:cut], words[cut:]
		if g.isEntity(a) && g.sh.known(b...) || g.sh.known(a...) && g.isEntity(b) {
			return true
		}
	}
	return false
}

func (g *grounder) isEntity(words []string) bool {
	for _, e := range g.sh.entities {
		if len(e.words) == len(words) {
			same := true
			for i := range words {
				if e.words[i] != words[i] {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}

var articles = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "the": true, "du": true, "des": true, "au": true, "aux": true}

// seasonWords name a time of year; "l'hiver 2025", "the summer of 2024"
// before the campaign year is a memory, not a dated fact about the brand.
var seasonWords = map[string]bool{
	"hiver": true, "ete": true, "printemps": true, "automne": true, "winter": true, "summer": true, "spring": true, "autumn": true, "fall": true,
}

func (g *grounder) pastSeason(c *claims.Claim) bool {
	if int(c.Value) >= g.sh.year {
		return false
	}
	p := prevLow(g.doc.Tokens, c.Tok0)
	if p == "of" || p == "de" {
		p = prevLow(g.doc.Tokens, c.Tok0-1)
	}
	return seasonWords[p]
}

// enumerator: "1. Invoice on time 2. Set clear terms": the number of an
// item in a list, glued to its dot or parenthesis before a capitalised word.
// A number that ends a sentence ("dans le hall 3. Billets : …") is one
// only when it opens its line or the list has the item before or after it.
func (g *grounder) enumerator(c *claims.Claim) bool {
	if !g.itemNumber(c) {
		return false
	}
	toks := g.doc.Tokens
	if c.Tok0 == 0 || toks[c.Tok0-1].Boundary || toks[c.Tok0-1].Kind != claims.TWord {
		return true
	}
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start != c.Start && (o.Value == c.Value-1 || o.Value == c.Value+1) && g.itemNumber(o) {
			return true
		}
	}
	return false
}

// itemNumber: c is a small whole number glued to a dot or parenthesis
// before a capitalised word.
func (g *grounder) itemNumber(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Type != claims.Number || c.Value < 1 || c.Value > 20 || c.Value != math.Trunc(c.Value) || c.Tok1+1 >= len(toks) || c.Tok1 != c.Tok0+1 {
		return false
	}
	p, w := &toks[c.Tok1], &toks[c.Tok1+1]
	return (p.Text == "." || p.Text == ")") && !p.Space && w.Kind == claims.TWord && w.Cap
}

// listNouns: what a list post counts ("5 tips to get paid faster", "3
// conseils pour …"): the post's own structure, not a fact about the brand.
var listNouns = map[string]bool{
	"tip": true, "conseil": true, "astuc": true, "astuce": true, "raison": true, "reason": true, "way": true,
	"idee": true, "idea": true, "step": true, "etap": true, "etape": true, "thing": true, "chose": true,
	"erreur": true, "mistak": true, "mistake": true, "secret": true, "regl": true, "regle": true, "rule": true,
	"hack": true, "facon": true, "question": true, "lesson": true, "lecon": true, "signe": true, "sign": true,
}

func (g *grounder) listicle(c *claims.Claim) bool {
	return c.Type == claims.Count && c.Value <= 50 && listNouns[strings.TrimSuffix(c.Noun, "s")] && !g.sh.nouns[c.Noun]
}

// recipe: in a post that gives a recipe, quantities of things the facts
// never count ("2 oranges, 100 g de sucre") are ingredients, not claims.
func (g *grounder) recipe(c *claims.Claim) bool {
	if c.Type != claims.Count && c.Type != claims.Number || c.Noun != "" && g.sh.nouns[c.Noun] {
		return false
	}
	if !g.recipeSeen {
		g.recipeSeen = true
		for i := range g.doc.Tokens {
			switch g.doc.Tokens[i].Low {
			case "recette", "recettes", "recipe", "recipes", "ingredients", "ingredient":
				g.isRecipe = true
			}
		}
	}
	return g.isRecipe
}

// groupNouns name a party of people whose size a post supposes: "A team of
// 12? That's £48 a month", "Family of 4?", "Une famille de 5 ?".
var groupNouns = map[string]bool{
	"team": true, "family": true, "group": true, "party": true, "household": true, "class": true, "choir": true, "crew": true,
	"choeur": true, "chœur": true, "chorale": true, "equipe": true, "famille": true, "groupe": true, "tribu": true, "bande": true, "classe": true,
}

// groupSize: c is the size of such a party, in a question (checked by the
// caller): a supposition, not a fact about the brand.
func (g *grounder) groupSize(c *claims.Claim) bool {
	if c.Type != claims.Number && c.Type != claims.Count {
		return false
	}
	p := prevLow(g.doc.Tokens, c.Tok0)
	return (p == "of" || p == "de") && groupNouns[prevLow(g.doc.Tokens, c.Tok0-1)]
}

// hyphenedPartyPriced: "a 20-voice choir pays NZ$480", "a 4-person team
// pays £156": an indefinite article, the count hyphened to a noun, a noun of
// a party after it, and a price later in the sentence.
func (g *grounder) hyphenedPartyPriced(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Type != claims.Count || c.Tok1+2 >= len(toks) || toks[c.Tok1].Text != "-" || !g.doc.Tokens[c.Tok1].Space && toks[c.Tok1].Start != toks[c.Tok1-1].End {
		return false
	}
	if p := prevLow(toks, c.Tok0); p != "a" && p != "an" || !groupNouns[toks[c.Tok1+2].Low] {
		return false
	}
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Money && o.Sent == c.Sent && o.Tok0 > c.Tok1 && o.Bound == claims.Exact {
			return true
		}
	}
	return false
}

// smallWordNums: "à deux", "for two": a party size written in words.
var smallWordNums = map[string]float64{
	"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "two": 2, "three": 3, "four": 4, "five": 5,
}

// postCounts gathers the small whole figures of sentences sent-1 and sent
// (a supposition is often asked first: "A team of 12? That's £48"), with
// party sizes in words, into buf.
func (g *grounder) postCounts(c *claims.Claim, buf []float64) []float64 {
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start == c.Start || o.Sent != c.Sent && o.Sent != c.Sent-1 {
			continue
		}
		if ocl, ok := classOf(o.Type); ok && ocl == clsPlain && o.Value >= 2 && o.Value <= 100 && o.Value == math.Trunc(o.Value) {
			buf = append(buf, o.Value)
		}
	}
	toks := g.doc.Tokens
	// this sentence and the one before
	a, _ := g.doc.Sentence(c.Sent - 1)
	_, b := g.doc.Sentence(c.Sent)
	for k := a; k < b; k++ {
		if v, ok := smallWordNums[toks[k].Low]; ok {
			switch prevLow(toks, k) {
			case "a", "à", "pour", "for", "of", "de":
				buf = append(buf, v)
			}
		}
	}
	return buf
}

// postPriceTimes: "4 bouteilles à 20,40 €, ça fait 81,60 €", "pass famille
// à 42 € (2 adultes + 2 enfants) : 10,50 € par personne": a money figure
// that is a backed price of the post (itself worked out from the facts,
// a discounted price) times one of its counts, or that price shared among
// one or two of its counts of people, per head. The writer's arithmetic,
// checked where its terms are.
func (g *grounder) postPriceTimes(c *claims.Claim, counts []float64) bool {
	if c.Bound != claims.Exact || len(counts) == 0 {
		return false
	}
	perHead := false
	toks := g.doc.Tokens
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+1 && toks[k].Sent == c.Sent; k++ {
		switch toks[k].Low {
		case "par", "per", "each", "chacun", "chacune", "pp":
			perHead = true
		}
	}
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Money || o.Start == c.Start || o.Value <= 0 || o.Bound != claims.Exact || o.Sent != c.Sent && o.Sent != c.Sent-1 {
			continue
		}
		held := -1 // whether o is backed, looked up once the sum holds
		backed := func() bool {
			if held < 0 {
				held = 0
				if g.supported(o, clsMoney) {
					held = 1
				}
			}
			return held == 1
		}
		for a, n := range counts {
			if claims.Eq(o.Value*n, c.Value) && backed() {
				return true
			}
			if !perHead {
				continue
			}
			for b := a; b < len(counts); b++ {
				m := n
				if b > a {
					m += counts[b]
				}
				if claims.Eq(c.Value*m, o.Value) && backed() {
					return true
				}
			}
		}
	}
	return false
}

// packSaving: "le pass 2 adultes + 2 enfants à 42 € vous fait économiser
// 5 €", "the family pass saves you £5": a saving that, added to a backed
// price of its sentence, gives the basket of the people it counts at the
// facts' prices.
func (g *grounder) packSaving(c *claims.Claim) bool {
	if c.Bound != claims.Exact {
		return false
	}
	saving := false
	for k := range g.doc.Tokens {
		if t := &g.doc.Tokens[k]; t.Sent == c.Sent && (strings.HasPrefix(t.Low, "econom") || strings.HasPrefix(t.Low, "sav")) {
			saving = true
			break
		}
	}
	if !saving {
		return false
	}
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Money || o.Start == c.Start || o.Sent != c.Sent || o.Bound != claims.Exact || o.Value <= c.Value {
			continue
		}
		w := *c
		w.Value = c.Value + o.Value
		if g.basket(&w, nil) && g.supported(o, clsMoney) {
			return true
		}
	}
	return false
}

// deductedInFacts: a fact names the thing of stem st and says it is
// deducted from the price ("déduit du prix final", "deducted from the
// final bill", "counts towards the price").
func (g *grounder) deductedInFacts(st string) bool {
	if len(st) <= 2 {
		return false
	}
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if !fd.words[st] {
			continue
		}
		for _, w := range deductedWords {
			if strings.Contains(fd.fold, w) {
				return true
			}
		}
	}
	return false
}

var deductedWords = []string{" dedui", " deducted", " deductible", " counts towards", " goes towards", " impute"}

// plusSum: "One small + one large full groom = A$225", "un petit plus un
// grand : 225 $": a price announced in a sentence that adds things with "+"
// or "plus" is the sum of two different prices of one fact.
func (g *grounder) plusSum(c *claims.Claim) bool {
	if c.Bound != claims.Exact {
		return false
	}
	toks := g.doc.Tokens
	plus := false
	for k := range toks {
		if toks[k].Sent == c.Sent && (toks[k].Text == "+" || toks[k].Low == "plus") {
			plus = true
			break
		}
	}
	if !plus {
		return false
	}
	atoms := g.sh.atoms[clsMoney]
	for a := range atoms {
		if atoms[a].derived || atoms[a].fact < 0 {
			continue
		}
		for b := a + 1; b < len(atoms); b++ {
			if !atoms[b].derived && atoms[b].fact == atoms[a].fact && !claims.Eq(atoms[a].value, atoms[b].value) && claims.Eq(atoms[a].value+atoms[b].value, c.Value) {
				return true
			}
		}
	}
	return false
}

// basket: "Family of 4 (2 adults, 2 kids)? that's £62", "Two adults and two
// children on foot: £72 return": a money figure that is the sum of two
// stated prices (or twice the same), each times a count of people or things
// the post names (in its sentence or the one before).
func (g *grounder) basket(c *claims.Claim, _ []float64) bool {
	var buf [6]float64
	counts := buf[:0]
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.Count && o.Noun != "" && (o.Sent == c.Sent || o.Sent == c.Sent-1) && o.Value >= 1 && o.Value <= 20 && o.Value == math.Trunc(o.Value) && len(counts) < cap(buf) {
			counts = append(counts, o.Value)
		}
	}
	if len(counts) < 2 {
		return false
	}
	atoms := g.sh.atoms[clsMoney]
	for i := range counts {
		for j := range counts {
			if i == j {
				continue
			}
			for a := range atoms {
				if atoms[a].derived {
					continue
				}
				// (a and b may be one price: "deux adultes et deux enfants
				// de 7 et 9 ans" all pay the 18 $ ticket when only the
				// under-5s go free)
				for b := range atoms {
					if !atoms[b].derived && claims.Eq(counts[i]*atoms[a].value+counts[j]*atoms[b].value, c.Value) {
						return true
					}
				}
			}
		}
	}
	return false
}

// daysAWeek: "six days a week", "6 jours par semaine", "6 jours sur 7" count
// the weekdays a fact opens ("Monday to Saturday").
func (g *grounder) daysAWeek(c *claims.Claim) bool {
	// the "7" of "6 jours sur 7" is the week
	if c.Value == 7 && prevLow(g.doc.Tokens, c.Tok0) == "sur" {
		switch prevLow(g.doc.Tokens, c.Tok0-1) {
		case "jours", "jour", "j":
			return true
		}
	}
	if c.Type != claims.Count || c.Value < 1 || c.Value > 6 || c.Value != math.Trunc(c.Value) || c.Noun != "day" && c.Noun != "jour" {
		return false
	}
	toks := g.doc.Tokens
	week := false
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+3 && toks[k].Sent == c.Sent; k++ {
		switch toks[k].Low {
		case "week", "semaine", "7", "sept", "seven":
			week = true
		}
	}
	if !week {
		return false
	}
	for fi := range g.sh.facts {
		if openDays(g.sh.facts[fi].fold) == int(c.Value) {
			return true
		}
	}
	return false
}

// timesAWeek: "twice a week", "deux fois par semaine" counts the days of a
// weekly recurrence a fact gives ("every Tuesday and Thursday").
func (g *grounder) timesAWeek(c *claims.Claim) bool {
	toks := g.doc.Tokens
	week := false
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+2 && toks[k].Sent == c.Sent; k++ {
		week = week || toks[k].Low == "week" || toks[k].Low == "semaine"
	}
	if !week {
		return false
	}
	for fi := range g.sh.facts {
		fold := g.sh.facts[fi].fold
		if bits.OnesCount8(g.sh.factDays[fi]) == int(c.Value) && (strings.Contains(fold, " every ") || strings.Contains(fold, " each ") || strings.Contains(fold, " chaque ") || strings.Contains(fold, " tous les ") || pluralWeekdays(g.sh.facts[fi].doc)) {
			return true
		}
	}
	return false
}

// pluralWeekdays: the document names weekdays in the plural ("sails on
// Tuesdays, Thursdays and Saturdays", "les mardis"), a weekly recurrence.
func pluralWeekdays(d *claims.Doc) bool {
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Type != claims.Weekday || c.Tok0 >= len(d.Tokens) {
			continue
		}
		if l := d.Tokens[c.Tok0].Low; strings.HasSuffix(l, "s") || c.Tok0 > 0 && d.Tokens[c.Tok0-1].Low == "les" {
			return true
		}
	}
	return false
}

// daySpan: times a fact gives for some of its days ("du lundi au samedi de
// 9h à 19h, et le dimanche de 10h à 18h" has two).
type daySpan struct {
	days  uint8
	times [4]float64
	texts [4]string
	n     int
}

// daySpans reads fact fi's hours day by day, or nil when they are the same
// for every day it names.
func (sh *sheet) daySpans(fi int, buf []daySpan) []daySpan {
	d := sh.facts[fi].doc
	out := buf[:0]
	var prev *claims.Claim
	cur := -1
	for i := range d.Claims {
		c := &d.Claims[i]
		switch {
		case c.Type == claims.Weekday && c.Weekday >= 0:
			if prev != nil && c.Tok0 == prev.Tok1+1 && cur >= 0 && out[cur].n == 0 {
				switch d.Tokens[prev.Tok1].Low {
				case "au", "to", "until", "till", "through", "thru", "-", "–":
					for w := prev.Weekday; w != c.Weekday; w = (w + 1) % 7 {
						out[cur].days |= 1 << uint(w)
					}
				}
				out[cur].days |= 1 << uint(c.Weekday)
			} else if len(out) < cap(out) {
				out = append(out, daySpan{days: 1 << uint(c.Weekday)})
				cur = len(out) - 1
			}
			prev = c
		case c.Type == claims.Time && cur >= 0 && out[cur].n < len(out[cur].times):
			out[cur].times[out[cur].n] = c.Value
			out[cur].texts[out[cur].n] = c.Text
			out[cur].n++
		}
	}
	spans := 0
	for _, sp := range out {
		if sp.n > 0 {
			spans++
		}
	}
	if spans < 2 {
		return nil
	}
	return out
}

// timeOfDays: a clock time said of weekdays ("le dimanche jusqu'à 19h",
// "du lundi au samedi de 8h30 à 19h") that the only fact giving that time
// gives for other days: on one day the time is wrong, on a range the range
// is. It reports whether c was decided.
func (g *grounder) timeOfDays(c *claims.Claim) bool {
	if !g.sh.dayHours {
		return false
	}
	// the weekday or range just before the time
	var day *claims.Claim
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.Weekday && o.Weekday >= 0 && o.Sent == c.Sent && o.Tok1 <= c.Tok0 && c.Tok0-o.Tok1 <= 5 {
			day = o
		}
	}
	after := false
	if day == nil {
		// "open till 8pm Monday to Friday": the days right after a time
		// no fact gives
		for i := range g.doc.Claims {
			o := &g.doc.Claims[i]
			if o.Type == claims.Weekday && o.Weekday >= 0 && o.Sent == c.Sent && o.Tok0 >= c.Tok1 && o.Tok0-c.Tok1 <= 1 {
				day, after = o, true
				break
			}
		}
	}
	if day == nil {
		return false
	}
	// "de 8 h à 21 h du lundi au vendredi, de 8 h à 17 h le samedi", "9am
	// to 5pm on Saturday and 10am to 4pm on Sunday": when the day before
	// the time closes an earlier time's list item, each time goes with the
	// day after it
	timeFirst := false
	if !after {
		if o := g.dayAfterTimes(c); o != nil && g.timedBefore(day) {
			day, timeFirst = o, true
		}
	}
	span, mask := *day, uint8(1)<<uint(day.Weekday)
	if after || timeFirst {
		if r, m := g.postRange(day); m != 0 {
			span, mask = r, m
		}
	}
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; !timeFirst && o.Type == claims.Weekday && o.Tok1+1 == day.Tok0 {
			if r, m := g.postRange(o); m != 0 {
				span, mask = r, m
			}
		}
	}
	// a day already found wrong is the error, not its time
	for _, f := range g.findings {
		if f.Start < span.End && span.Start < f.End {
			return false
		}
	}
	// the one fact that gives this time
	fi := -1
	for _, a := range g.sh.atoms[clsClock] {
		if a.derived || a.dur || !claims.Eq(a.value, c.Value) {
			continue
		}
		if fi >= 0 && a.fact != fi || a.fact < 0 {
			return false
		}
		fi = a.fact
	}
	var buf [6]daySpan
	if after && fi >= 0 {
		return false
	}
	if fi < 0 {
		// no fact gives it: "Open Sundays from 10am" is wrong for the day's
		// own hours, which the suggestion gives ("from" the first, "until"
		// the last)
		return g.unstatedTimeOfDay(c, mask, buf[:])
	}
	spans := g.sh.daySpans(fi, buf[:])
	if spans == nil {
		return false
	}
	var with, covered uint8 // days whose hours hold the time; days with hours
	pos := -1
	for _, sp := range spans {
		if sp.n == 0 {
			continue
		}
		covered |= sp.days
		for k := 0; k < sp.n; k++ {
			if claims.Eq(sp.times[k], c.Value) {
				with |= sp.days
				pos = k
			}
		}
	}
	if covered&mask != mask || with&mask == mask {
		return false
	}
	if f, sugg := g.otherScheduleOf(c, fi, mask, spans); f >= 0 {
		g.contradicted(c, f, sugg)
		return true
	}
	if mask&(mask-1) != 0 {
		// a range: flag it once, for its first wrong time
		for _, f := range g.findings {
			if f.Start == span.Start && f.End == span.End {
				return true
			}
		}
		g.contradicted(&span, fi, g.daysText(&span, with&mask))
		return true
	}
	sugg := ""
	for _, sp := range spans {
		if sp.days&mask != 0 && sp.n > 0 {
			k := pos
			if k >= sp.n {
				k = sp.n - 1
			}
			sugg = sp.texts[k]
		}
	}
	g.contradicted(c, fi, sugg)
	return true
}

// otherScheduleOf: "le mardi ou le jeudi, de 10 h à 16 h" beside two facts
// with hours for Thursday, the opening hours (9 h à 18 h, 16 h being
// Sunday's closing) and a service's ("le rachat se fait le mardi et le
// jeudi de 10 h à 14 h"): the other end of the post's range, given for
// those days by the service's hours and not by fi's, says which schedule
// the post speaks of. It returns that fact and its time at c's end of the
// range (opening or closing), or -1.
func (g *grounder) otherScheduleOf(c *claims.Claim, fi int, mask uint8, spans []daySpan) (int, string) {
	toks := g.doc.Tokens
	var other *claims.Claim
	closing := false
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Time || o.Sent != c.Sent {
			continue
		}
		if o.Tok1+1 == c.Tok0 && rangeWord(toks[o.Tok1].Low) {
			other, closing = o, true
		} else if c.Tok1+1 == o.Tok0 && rangeWord(toks[c.Tok1].Low) {
			other = o
		}
	}
	if other == nil {
		return -1, ""
	}
	// fi's hours for those days already give the other end: fi's schedule
	for _, sp := range spans {
		if sp.days&mask == 0 {
			continue
		}
		for k := 0; k < sp.n; k++ {
			if claims.Eq(sp.times[k], other.Value) {
				return -1, ""
			}
		}
	}
	found, sugg := -1, ""
	var buf [6]daySpan
	for f := range g.sh.facts {
		if f == fi || g.sh.factDays[f]&mask != mask {
			continue
		}
		var times [4]float64
		var texts [4]string
		n := 0
		if sps := g.sh.daySpans(f, buf[:]); sps != nil {
			for _, sp := range sps {
				if sp.days&mask == mask && sp.n >= 2 {
					n = copy(times[:], sp.times[:sp.n])
					copy(texts[:], sp.texts[:sp.n])
				}
			}
		} else {
			// the same hours for every day the fact names
			d := g.sh.facts[f].doc
			for k := range d.Claims {
				if d.Claims[k].Type == claims.Time {
					if n == len(times) {
						n = 0
						break
					}
					times[n], texts[n] = d.Claims[k].Value, d.Claims[k].Text
					n++
				}
			}
		}
		if n < 2 {
			continue
		}
		end := 0
		if closing {
			end = n - 1
		}
		if !claims.Eq(times[n-1-end], other.Value) || claims.Eq(times[end], c.Value) {
			continue
		}
		if found >= 0 {
			return -1, "" // two schedules fit
		}
		found, sugg = f, texts[end]
	}
	return found, sugg
}

// dayLead: the words between a list item's time and its day ("de 9 h à
// 17 h le dimanche", "10am to 4pm on Sundays").
func dayLead(low string) bool {
	switch low {
	case "le", "les", "du", "on", "from", "every", "chaque":
		return true
	}
	return false
}

// dayAfterTimes: the weekday right after time c, or after the range c
// opens ("de 9 h à 17 h le dimanche"), or nil.
func (g *grounder) dayAfterTimes(c *claims.Claim) *claims.Claim {
	toks := g.doc.Tokens
	k := c.Tok1
	if k < len(toks) && rangeWord(toks[k].Low) {
		for i := range g.doc.Claims {
			if o := &g.doc.Claims[i]; o.Type == claims.Time && o.Tok0 == k+1 {
				k = o.Tok1
				break
			}
		}
	}
	if k < len(toks) && dayLead(toks[k].Low) {
		k++
	}
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Weekday && o.Weekday >= 0 && o.Tok0 == k && o.Sent == c.Sent {
			return o
		}
	}
	return nil
}

// timedBefore: weekday day, or the range it ends, comes right after a
// clock time ("21 h du lundi au vendredi").
func (g *grounder) timedBefore(day *claims.Claim) bool {
	k := day.Tok0
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Weekday && o.Tok1+1 == day.Tok0 {
			if _, m := g.postRange(o); m != 0 {
				k = o.Tok0
			}
		}
	}
	toks := g.doc.Tokens
	if k > 0 && dayLead(toks[k-1].Low) {
		k--
	}
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Time && o.Tok1 == k {
			return true
		}
	}
	return false
}

// unstatedTimeOfDay: c, a time no fact gives, said of one day whose hours
// the one fact with hours day by day gives: contradicted, with the day's
// opening or closing time as the suggestion.
func (g *grounder) unstatedTimeOfDay(c *claims.Claim, mask uint8, buf []daySpan) bool {
	toks := g.doc.Tokens
	first := false
	switch prevLow(toks, c.Tok0) {
	case "from", "de", "des", "dès", "opens", "ouvre":
		first = true
	case "until", "till", "to", "jusqu'a", "a", "à", "-", "–":
	default:
		// "Sundays 10am–4pm": the time that opens a range of times
		if c.Tok1+1 >= len(toks) || (toks[c.Tok1].Low != "-" && toks[c.Tok1].Low != "–") {
			return false
		}
		next := false
		for i := range g.doc.Claims {
			o := &g.doc.Claims[i]
			next = next || o.Type == claims.Time && o.Tok0 == c.Tok1+1
		}
		if !next {
			return false
		}
		first = true
	}
	fi, sugg := -1, ""
	for f := range g.sh.facts {
		if g.sh.factDays[f]&mask == 0 {
			continue
		}
		for _, sp := range g.sh.daySpans(f, buf) {
			if sp.days&mask == 0 || sp.n < 2 {
				continue
			}
			if sp.days&mask != mask {
				return false // days of the post with other hours
			}
			if fi >= 0 {
				return false // two facts give hours for that day
			}
			fi, sugg = f, sp.texts[sp.n-1]
			if first {
				sugg = sp.texts[0]
			}
		}
	}
	if fi < 0 {
		return false
	}
	g.contradicted(c, fi, sugg)
	return true
}

// ofItsYear: c's sentence names a year (2025, "l'an dernier", "last
// year": the campaign year less one) and a fact of that year counts c's
// noun; c is then checked against that fact alone. It reports whether c
// was decided (backed or flagged).
func (g *grounder) ofItsYear(c *claims.Claim) bool {
	if !g.sh.yearCounts {
		return false
	}
	y := 0
	toks := g.doc.Tokens
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.Year && o.Sent == c.Sent {
			y = int(o.Value)
		}
	}
	if y == 0 {
		// "l'an dernier", "l'année dernière", "last year", in c's sentence
		lo, hi := c.Tok0, c.Tok1
		for lo > 0 && toks[lo-1].Sent == c.Sent {
			lo--
		}
		for hi < len(toks) && toks[hi].Sent == c.Sent {
			hi++
		}
		for k := lo + 1; k < hi; k++ {
			l, p := toks[k].Low, toks[k-1].Low
			if (l == "dernier" || l == "derniere" || l == "passee" || l == "passe") && (p == "an" || p == "annee") || l == "year" && p == "last" {
				y = g.sh.year - 1
			}
		}
	}
	if y == 0 || y == g.sh.year {
		return false
	}
	atoms := g.sh.atoms[clsPlain]
	best := -1
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.fact < 0 || a.noun == "" || !sameNoun(c, a) || !g.factOfYear(a.fact, y) {
			continue
		}
		if g.supports(c, a, clsPlain) {
			return true
		}
		best = i
	}
	// a sentence may name two years ("fin 2026, 4 800 abonnés, et 41 % des
	// 1 200 interrogés en 2025"): a fact that states the figure outright
	// wins over the other year's
	if best < 0 || g.statedExactly(c) {
		return false
	}
	g.contradicted(g.withBound(c), atoms[best].fact, atoms[best].text)
	return true
}

// factOfYear: fact fi names year y.
// statedExactly: an exact figure some fact gives for the same noun.
func (g *grounder) statedExactly(c *claims.Claim) bool {
	if c.Bound != claims.Exact {
		return false
	}
	atoms := g.sh.atoms[clsPlain]
	for _, i := range g.sh.byValue[clsPlain][valueKey(c.Value)] {
		if a := &atoms[i]; !a.derived && a.bound == claims.Exact && sameNoun(c, a) {
			return true
		}
	}
	return false
}

func (g *grounder) factOfYear(fi, y int) bool {
	for _, o := range g.sh.facts[fi].doc.Claims {
		if o.Type == claims.Year && int(o.Value) == y {
			return true
		}
	}
	return false
}

// othersOf: "puis 85 autres concerts", "and 85 more": the rest of a stated
// count once the one to three the post names first are set apart (86
// concerts in all).
func (g *grounder) othersOf(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Noun == "" || c.Bound != claims.Exact {
		return false
	}
	toks := g.doc.Tokens
	other := false
	for k := c.Tok0 + 1; k < len(toks) && k <= c.Tok0+2 && toks[k].Sent == c.Sent; k++ {
		switch toks[k].Low {
		case "autres", "autre", "other", "others", "more", "additional", "supplementaires":
			other = true
		}
	}
	// "Inès et ses 3 coiffeuses", "Marco and his 5 chefs": a person named
	// first, then the rest of the team
	switch prevLow(toks, c.Tok0) {
	case "ses", "his", "her", "their":
		switch prevLow(toks, c.Tok0-1) {
		case "et", "and", "avec", "with":
			other = true
		}
	}
	// "9 coupes, et la 10e est pour nous": the count before a stated rank
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent == c.Sent && o.Type == claims.Ordinal && o.Start > c.Start && o.Value == c.Value+1 && g.supported(o, clsPlain) {
			return true
		}
	}
	if !other {
		return false
	}
	for i := range g.sh.atoms[clsPlain] {
		a := &g.sh.atoms[clsPlain][i]
		if a.derived || !sameNoun(c, a) || a.bound != claims.Exact {
			continue
		}
		if d := a.value - c.Value; d >= 1 && d <= 3 && d == math.Trunc(d) {
			return true
		}
	}
	return false
}

// impliedByPost: the figure repeats a supported figure of the same post
// ("5 mardis, 5 occasions"), or is a stated figure times a count in its
// sentence ("25 € la journée, soit 50 € pour deux jours").
func (g *grounder) impliedByPost(c *claims.Claim, cl class) bool {
	atoms := g.sh.atoms[cl]
	if cl == clsMoney {
		var buf [8]float64
		counts := g.postCounts(c, buf[:0])
		for _, n := range counts {
			for j := range atoms {
				if !atoms[j].derived && claims.Eq(atoms[j].value*n, c.Value) {
					return true
				}
			}
		}
		if g.plusSum(c) || g.basket(c, counts) || g.exampleDiscount(c) || g.unitsTimesPrice(c) || g.offerOnPostPrice(c) || g.pricedHours(c) || g.baseAndExtras(c, counts) || g.postPriceTimes(c, counts) || g.packSaving(c) {
			return true
		}
	}
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start == c.Start {
			continue
		}
		ocl, ok := classOf(o.Type)
		if !ok {
			continue
		}
		// (of the same thing: "3 jours" does not back "3 scènes" when the
		// facts count the stages)
		if ocl == cl && claims.Eq(o.Value, c.Value) && o.Bound == claims.Exact && (cl != clsPlain || c.Noun == "" || o.Noun == "" || nounCompatible(c.Noun, o.Noun) || !g.sh.nouns[c.Noun]) && (g.supported(o, cl) || cl == clsMoney && o.Sent != c.Sent && g.basket(o, nil)) {
			return true
		}
		// "les deux premiers mois sont offerts, soit 213,60 €" for a
		// monthly total of 106,80 € the post worked out: a count of the
		// sentence times a total of the post, announced as a sum
		if ocl == clsPlain && cl == clsMoney && o.Sent == c.Sent && o.Type == claims.Count && o.Value >= 2 && o.Value <= 24 && g.cued(c) {
			for k := range g.doc.Claims {
				m := &g.doc.Claims[k]
				if m.Type == claims.Money && m.Bound == claims.Exact && m.Sent < c.Sent && claims.Eq(m.Value*o.Value, c.Value) && (g.supported(m, cl) || g.basket(m, nil)) {
					return true
				}
			}
		}
		// "save €100: that's €1,090" for a €1,190 price
		if ocl == cl && cl == clsMoney && o.Sent == c.Sent && o.Bound == claims.Exact && g.supported(o, cl) {
			// (a price and a saving: twice the post's 3,50 €/h is no price)
			for j := range atoms {
				if !atoms[j].derived && !claims.Eq(atoms[j].value, o.Value) && (claims.Eq(atoms[j].value-o.Value, c.Value) || claims.Eq(atoms[j].value+o.Value, c.Value)) {
					return true
				}
			}
		}
		// "démarre à 3 760 €… et descend à 3 460 € (150 € de moins par
		// adulte)" for two adults: a price of the post less, or plus, a
		// stated amount per person times a count the post names
		if ocl == cl && cl == clsMoney && o.Bound == claims.Exact && o.Value > c.Value && (g.supported(o, cl) || g.basket(o, nil)) {
			var buf [8]float64
			for _, n := range g.postCounts(c, buf[:0]) {
				for j := range atoms {
					if !atoms[j].derived && atoms[j].value*n < o.Value && claims.Eq(o.Value-atoms[j].value*n, c.Value) {
						return true
					}
				}
			}
		}
		// "seul un acompte de 30 % est demandé … pour un adulte au tarif de
		// 1 190 €, cela fait 357 €": a stated share of a stated price, both
		// named in the post
		if cl == clsMoney && ocl == clsPercent && o.Value > 0 && o.Value < 100 && g.supported(o, clsPercent) {
			for k := range g.doc.Claims {
				m := &g.doc.Claims[k]
				if m.Type != claims.Money || m.Start == c.Start || m.Bound != claims.Exact || !g.supported(m, clsMoney) {
					continue
				}
				for _, v := range [2]float64{m.Value * o.Value / 100, m.Value * (1 - o.Value/100)} {
					if math.Abs(math.Round(v*100)/100-c.Value) < 0.011 {
						return true
					}
				}
			}
		}
		if ocl == clsPlain && o.Sent == c.Sent && o.Value >= 2 && o.Value <= 100 && o.Value == math.Trunc(o.Value) && cl != clsPlain {
			for j := range atoms {
				// a clock time is never a product (6 × 2:00 is not noon); a
				// length worked out from two times is one ("10 matinées,
				// 30 heures" for 9h–12h)
				if atoms[j].derived && !(cl == clsClock && atoms[j].dur) || cl == clsClock && (c.Type == claims.Time || !atoms[j].dur) {
					continue
				}
				prod := atoms[j].value * o.Value
				if claims.Eq(prod, c.Value) {
					return true
				}
				// "soit 10 € d'économie par rapport à 10 entrées à 5,20 €"
				// when a 10-entry card costs 42 €; only a saving the
				// writer announces (15 games at £18 less £150 is no price)
				if !g.cued(c) {
					continue
				}
				for k := range atoms {
					if k != j && !atoms[k].derived && claims.Eq(math.Abs(prod-atoms[k].value), c.Value) {
						return true
					}
				}
			}
		}
	}
	return false
}

// ratioOfPost: "15 min pour 190 CHF, ou 35 min pour 290 CHF : plus de deux
// fois plus de temps en l'air", "more than twice as long": a multiplier
// that is the ratio of two backed figures of one kind the post gives in its
// sentence or the one before; that ratio (within 2 %), or under
// it when "plus de", "more than", "over" bound it.
func (g *grounder) ratioOfPost(c *claims.Claim) bool {
	if c.Value < 2 {
		return false
	}
	toks := g.doc.Tokens
	p1, p2 := prevLow(toks, c.Tok0), prevLow(toks, c.Tok0-1)
	over := p1 == "de" && p2 == "plus" || p1 == "than" && p2 == "more" || p1 == "over"
	for i := range g.doc.Claims {
		a := &g.doc.Claims[i]
		acl, ok := classOf(a.Type)
		if !ok || a.Sent != c.Sent && a.Sent != c.Sent-1 || a.Value <= 0 || a.Type == claims.Year || a.Type == claims.Time {
			continue
		}
		for j := range g.doc.Claims {
			b := &g.doc.Claims[j]
			if b.Type != a.Type || b.Sent != c.Sent && b.Sent != c.Sent-1 || b.Value <= 0 || a.Value <= b.Value {
				continue
			}
			r := a.Value / b.Value
			if !(over && r > c.Value || math.Abs(r-c.Value) <= 0.02*c.Value) {
				continue
			}
			if g.supported(a, acl) && g.supported(b, acl) {
				return true
			}
		}
	}
	return false
}

// productOfPost: "Cinq départs, quinze curieux par départ : ça fait 75
// places", "5 tours, 15 people per tour: 75 places": a count that is the
// product of two figures of its sentence the facts back, one of them given
// per unit ("par", "per", "each", "chaque").
func (g *grounder) productOfPost(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Bound != claims.Exact || c.Value < 4 {
		return false
	}
	toks := g.doc.Tokens
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent || o.Start == c.Start || o.Type != claims.Count || o.Bound != claims.Exact || o.Value < 2 {
			continue
		}
		per := false
		for k := o.Tok1; k < len(toks) && k <= o.Tok1+2 && toks[k].Sent == o.Sent; k++ {
			switch toks[k].Low {
			case "par", "per", "each", "chaque", "chacun", "chacune":
				per = true
			}
		}
		if !per || !g.supported(o, clsPlain) {
			continue
		}
		for j := range g.doc.Claims {
			m := &g.doc.Claims[j]
			if j == i || m.Sent != c.Sent || m.Start == c.Start || m.Type != claims.Count || m.Bound != claims.Exact || !claims.Eq(m.Value*o.Value, c.Value) {
				continue
			}
			if g.supported(m, clsPlain) {
				return true
			}
		}
	}
	return false
}

// baseAndExtras: "Extra images are €15 each, so 8 images comes to €140"
// for a fact "costs €95, including 5 edited digital images; extra images
// cost €15 each": a price of a fact plus a number of times another price of
// the same fact, that number a count of the post ("5 extras at €15, so
// €170") or a count of the post less one of that fact (8 images, 5
// included: 3 extras).
func (g *grounder) baseAndExtras(c *claims.Claim, counts []float64) bool {
	if c.Bound != claims.Exact || len(counts) == 0 {
		return false
	}
	atoms := g.sh.atoms[clsMoney]
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.fact < 0 || a.value <= 0 || a.value >= c.Value {
			continue
		}
		for j := range atoms {
			b := &atoms[j]
			if j == i || b.derived || b.fact != a.fact || b.tok < 0 || b.value <= 0 || claims.Eq(b.value, a.value) || !extraPrice(g.factDoc(b.fact), b.tok) {
				continue
			}
			k := (c.Value - a.value) / b.value
			if k < 1 || k > 100 || math.Abs(k-math.Round(k)) > 1e-6 {
				continue
			}
			k = math.Round(k)
			for _, n := range counts {
				if n == k {
					return true
				}
				for _, p := range g.sh.atoms[clsPlain] {
					if !p.derived && p.fact == a.fact && p.value == n-k {
						return true
					}
				}
			}
		}
	}
	return false
}

// extraPrice: the price at token k of d is paid per extra unit ("extra
// images cost €15 each", "15 € par image supplémentaire"), not a second
// ticket of a list (a child return at £12) whose count a party may reach.
func extraPrice(d *claims.Doc, k int) bool {
	if d == nil {
		return false
	}
	for j := max(0, k-5); j < len(d.Tokens) && j <= k+4; j++ {
		switch d.Tokens[j].Low {
		case "extra", "additional", "supplementaire", "supplementaires", "supplémentaire", "supplémentaires", "plus":
			return true
		}
	}
	return false
}

// unitsTimesPrice: "285 € HT en Express" for "une notice de 1 500 mots" at
// a stated 0,19 € per word: a price per unit of the facts times a count of
// that unit stated anywhere in the post (the count may be far larger than
// a party, and asked sentences before the price).
func (g *grounder) unitsTimesPrice(c *claims.Claim) bool {
	atoms := g.sh.atoms[clsMoney]
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Count || o.Noun == "" || o.Bound != claims.Exact || o.Value < 2 {
			continue
		}
		for j := range atoms {
			a := &atoms[j]
			if a.derived || a.tok < 0 || math.Abs(a.value*o.Value-c.Value) >= 0.005 {
				continue
			}
			if u := unitOfPrice(g.factDoc(a.fact), a.tok); u != "" && strings.TrimSuffix(u, "s") == strings.TrimSuffix(o.Noun, "s") {
				return true
			}
		}
	}
	return false
}

// averageOfFacts: "an average of 30 voices per choir" for 1,260 singers
// and 42 choirs, "une moyenne de 30 voix par chœur": in a sentence that says
// an average, a figure per a noun is a figure of the facts divided by the
// count the facts give of that noun (rounded).
func (g *grounder) averageOfFacts(c *claims.Claim) bool {
	if c.Bound != claims.Exact && c.Bound != claims.Approx || c.Value <= 0 {
		return false
	}
	toks := g.doc.Tokens
	avg := false
	for k := range toks {
		if toks[k].Sent == c.Sent && (toks[k].Low == "average" || toks[k].Low == "moyenne" || toks[k].Low == "avg") {
			avg = true
		}
	}
	if !avg {
		return false
	}
	per := ""
	for k := c.Tok1; k+1 < len(toks) && k < c.Tok1+3 && toks[k].Sent == c.Sent; k++ {
		if toks[k].Low == "per" || toks[k].Low == "par" || toks[k].Low == "a" || toks[k].Low == "each" {
			for j := k + 1; j < len(toks) && j <= k+2; j++ {
				if t := &toks[j]; t.Kind == claims.TWord && !t.Stop() {
					per = claims.Stem(t.Low)
					break
				}
			}
			break
		}
	}
	if per == "" {
		return false
	}
	atoms := g.sh.atoms[clsPlain]
	for i := range atoms {
		b := &atoms[i]
		if b.derived || b.year || b.bound != claims.Exact || b.value < 2 || b.noun == "" || !nounCompatible(b.noun, per) && claims.Stem(b.noun) != per {
			continue
		}
		for j := range atoms {
			a := &atoms[j]
			if j == i || a.derived || a.year || a.bound != claims.Exact || a.value <= b.value || a.noun == b.noun {
				continue
			}
			if math.Abs(a.value/b.value-c.Value) <= 0.5 {
				return true
			}
		}
	}
	return false
}

// offerOnPostPrice: "1,000 words at CA$0.24/word = $240. Use code NORTH15
// and it's $204": a price of the post (backed, or units times a stated
// price) less a share a fact gives off, the price said in the sentence or
// the two before, the fact named by a word of the sentence or the one
// before that no other fact has (the code, the offer's name).
func (g *grounder) offerOnPostPrice(c *claims.Claim) bool {
	if c.Bound != claims.Exact {
		return false
	}
	pcts := g.sh.atoms[clsPercent]
	for i := range g.doc.Claims {
		m := &g.doc.Claims[i]
		if m.Type != claims.Money || m.Start == c.Start || m.Bound != claims.Exact || m.Value <= c.Value || m.Sent > c.Sent || m.Sent < c.Sent-2 {
			continue
		}
		if !g.supported(m, clsMoney) && !g.unitsTimesPrice(m) {
			continue
		}
		for j := range pcts {
			a := &pcts[j]
			if a.derived || a.fact < 0 || a.bound != claims.Exact || a.value <= 0 || a.value >= 100 {
				continue
			}
			if math.Abs(math.Round(m.Value*(1-a.value/100)*100)/100-c.Value) < 0.011 && g.namesFact(c, a.fact) {
				return true
			}
		}
	}
	return false
}

// namesFact: a word of c's sentence or the one before is in fact fi and
// in no other fact.
func (g *grounder) namesFact(c *claims.Claim, fi int) bool {
	words := g.fd(fi).words
	for k := range g.doc.Tokens {
		t := &g.doc.Tokens[k]
		if (t.Sent == c.Sent || t.Sent == c.Sent-1) && (t.Kind == claims.TWord || t.Kind == claims.TNum) && len(t.Low) > 3 {
			if st := claims.Stem(t.Low); words[st] && g.sh.df[st] == 1 {
				return true
			}
		}
	}
	return false
}

// offsetDir: +1 when the token at k says "after" ("après", "later"), -1
// when it says "before" ("avant", "earlier", "prior"), else 0.
func offsetDir(d *claims.Doc, k int) int {
	if k < 0 || k >= len(d.Tokens) {
		return 0
	}
	switch d.Tokens[k].Low {
	case "before", "earlier", "avant", "prior":
		return -1
	case "after", "later", "apres":
		return 1
	}
	return 0
}

// offsetOfFacts: "Rendez-vous 15 minutes avant votre vol" when the facts
// set the meeting "30 minutes avant le vol": a length of time said before
// or after something is checked against the offsets the facts give that
// way, not against any length of time of the sheet (the flight's own 15
// minutes). The fact sharing the most words with the sentence decides; it
// flags c when that fact gives another offset and reports whether c is
// decided.
func (g *grounder) offsetOfFacts(c *claims.Claim) bool {
	if len(g.sh.offsets) == 0 {
		return false
	}
	dir := offsetDir(g.doc, c.Tok1)
	if dir == 0 {
		return false
	}
	ctx := g.context(c, 10)
	var best *atom
	bestOv := 0
	for i := range g.sh.atoms[clsClock] {
		a := &g.sh.atoms[clsClock][i]
		if a.derived || !a.dur || a.fact < 0 || a.tok < 0 {
			continue
		}
		d := g.sh.facts[a.fact].doc
		for k := range d.Claims {
			fc := &d.Claims[k]
			if fc.Tok0 != a.tok || offsetDir(d, fc.Tok1) != dir {
				continue
			}
			if claims.Eq(a.value, c.Value) {
				return true
			}
			if ov := g.overlap(ctx, a.fact); ov > bestOv {
				best, bestOv = a, ov
			}
			break
		}
	}
	if best == nil || bestOv < 2 {
		return false
	}
	g.contradicted(c, best.fact, best.text)
	return true
}

// pricedHours: "Deux passages de 2 heures par semaine, c'est à partir de
// 104 € HT" at a stated "26 € HT de l'heure": a money figure that is a rate
// per hour of the facts times a length of time said in its sentence or the
// one before (times a count said there: two visits of 2 hours).
func (g *grounder) pricedHours(m *claims.Claim) bool {
	for i := range g.doc.Claims {
		d := &g.doc.Claims[i]
		if d.Type == claims.Duration && (d.Sent == m.Sent || d.Sent == m.Sent-1) && g.hoursAtRate(m, d) {
			return true
		}
	}
	return false
}

// hoursPriced: the length of time of such a worked-out price (the "2
// heures" of two visits of 2 hours at 26 € an hour, 104 €) is the writer's
// example, not a length the facts must give.
func (g *grounder) hoursPriced(d *claims.Claim) bool {
	for i := range g.doc.Claims {
		m := &g.doc.Claims[i]
		if m.Type == claims.Money && (m.Sent == d.Sent || m.Sent == d.Sent+1) && g.hoursAtRate(m, d) {
			return true
		}
	}
	return false
}

// hoursAtRate: m is a rate per hour of the facts times the hours of d,
// times a count of m's sentence or the one before, or once.
func (g *grounder) hoursAtRate(m, d *claims.Claim) bool {
	if d.Value <= 0 || m.Value <= 0 {
		return false
	}
	var buf [8]float64
	counts := append(g.postCounts(m, buf[:0]), 1)
	atoms := g.sh.atoms[clsMoney]
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.fact < 0 || a.tok < 0 || a.value <= 0 {
			continue
		}
		n := m.Value / (a.value * d.Value / 60)
		if math.Abs(n-math.Round(n)) > 1e-6 || !slices.Contains(counts, math.Round(n)) {
			continue
		}
		fd := g.sh.facts[a.fact].doc
		for k := range fd.Claims {
			if o := &fd.Claims[k]; o.Type == claims.Money && o.Tok0 == a.tok && perHour(fd.Tokens, o.Tok1) {
				return true
			}
		}
	}
	return false
}

// unitsPriced: "une notice de 1 500 mots" is the post's own example when a
// fact prices that unit ("0,19 € par mot") and the post gives the product
// (285 €): the count is the multiplier of a worked-out price, not a claim.
func (g *grounder) unitsPriced(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Noun == "" || c.Bound != claims.Exact || c.Value < 2 {
		return false
	}
	atoms := g.sh.atoms[clsMoney]
	for i := range g.doc.Claims {
		m := &g.doc.Claims[i]
		if m.Type != claims.Money {
			continue
		}
		for j := range atoms {
			a := &atoms[j]
			if a.derived || a.tok < 0 || math.Abs(a.value*c.Value-m.Value) >= 0.005 {
				continue
			}
			if u := unitOfPrice(g.factDoc(a.fact), a.tok); u != "" && strings.TrimSuffix(u, "s") == strings.TrimSuffix(c.Noun, "s") {
				return true
			}
			// "5 livres de poche vous coûtent 10 $" when "les livres de
			// poche sont à 2 $": the price a fact gives each of the things
			// counted, times the count, in the count's sentence
			if m.Sent == c.Sent && m.Tok0 > c.Tok1 && m.Bound == claims.Exact && priceOfThing(g.factDoc(a.fact), a.tok, c.Noun) {
				return true
			}
		}
	}
	return g.basketOperand(c)
}

// priceOfThing: the price at token k of d is said of the things of noun
// stem noun, named in its clause before it ("tous les livres de poche sont
// à 2 $", "paperbacks are $2").
func priceOfThing(d *claims.Doc, k int, noun string) bool {
	if d == nil || k <= 0 || k >= len(d.Tokens) {
		return false
	}
	sent := d.Tokens[k].Sent
	for j := k - 1; j >= 0 && j >= k-8 && d.Tokens[j].Sent == sent; j-- {
		t := &d.Tokens[j]
		if t.Kind == claims.TPunct && (t.Low == ";" || t.Low == ":" || t.Low == ",") || t.Kind == claims.TNum {
			return false
		}
		if t.Kind == claims.TWord && claims.Stem(t.Low) == noun {
			return true
		}
	}
	return false
}

// basketOperand: "Deux parents, deux enfants : 106,80 € par mois", "soit
// 64 € pour 2 adultes et 2 enfants": a count of people or things that,
// with another count of its sentence, times two stated prices, gives a
// total of that sentence is the writer's supposition, not a claim.
func (g *grounder) basketOperand(c *claims.Claim) bool {
	if c.Value > 20 || c.Value != math.Trunc(c.Value) {
		return false
	}
	atoms := g.sh.atoms[clsMoney]
	cs := g.doc.Claims
	for i := range cs {
		o := &cs[i]
		if o.Type != claims.Count || o.Start == c.Start || o.Sent != c.Sent || o.Noun == "" || o.Noun == c.Noun || o.Value < 1 || o.Value > 20 {
			continue
		}
		for k := range cs {
			m := &cs[k]
			if m.Type != claims.Money || m.Sent != c.Sent || m.Bound != claims.Exact {
				continue
			}
			for a := range atoms {
				if atoms[a].derived {
					continue
				}
				for b := range atoms {
					if b != a && !atoms[b].derived && claims.Eq(c.Value*atoms[a].value+o.Value*atoms[b].value, m.Value) {
						return true
					}
				}
			}
		}
	}
	return false
}

// unitOfPrice: the unit a price at token k of d is given for ("0,14 € par
// mot", "$2 per word", "12 € la page", "€5/page"), folded, or "".
func unitOfPrice(d *claims.Doc, k int) string {
	if d == nil {
		return ""
	}
	for i := range d.Claims {
		m := &d.Claims[i]
		if m.Type != claims.Money || m.Tok0 != k {
			continue
		}
		j := m.Tok1
		if j+1 >= len(d.Tokens) || d.Tokens[j+1].Kind != claims.TWord {
			return ""
		}
		switch d.Tokens[j].Low {
		case "par", "per", "each", "a", "an", "le", "la", "l'", "/":
			return d.Tokens[j+1].Low
		}
		return ""
	}
	return ""
}

// breakdownOpeners introduce the parts of a total just stated.
var breakdownOpeners = map[string]bool{":": true, "(": true, "dont": true, "including": true, "-": true, "soit": true}

// breakdown: "37 montures : 28 poneys et 9 chevaux", "12 staff (4 vets and
// 8 nurses)": a count the post itself splits into parts, each backed, is
// their sum.
func (g *grounder) breakdown(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Type != claims.Count {
		return false
	}
	// the opener follows the total's noun, up to five words ("9,700 sq ft
	// of play space (6,500 indoors plus a 3,200 sq ft yard)")
	open := c.Tok1
	for open < len(toks) && open < c.Tok1+5 && toks[open].Kind == claims.TWord && !breakdownOpeners[toks[open].Low] {
		open++
	}
	if open >= len(toks) || !breakdownOpeners[toks[open].Low] {
		return false
	}
	sum, parts, next := 0.0, 0, open+1
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Tok0 < next || o.Sent != c.Sent {
			continue
		}
		if o.Type != claims.Count || o.Bound != claims.Exact || !g.joins(next, o.Tok0) || !g.supported(o, clsPlain) {
			break
		}
		sum += o.Value
		parts++
		next = o.Tok1
	}
	return parts >= 2 && claims.Eq(sum, c.Value)
}

// joins: the tokens from a to b end an item of a list (its noun, up to two
// words) and separate it from the next: a separator or "plus", then at
// most an article ("6,500 indoors plus a 3,200 sq ft yard").
func (g *grounder) joins(a, b int) bool {
	toks := g.doc.Tokens
	k := a
	for ; k < b && k < a+2 && toks[k].Kind == claims.TWord && !listSeparators[toks[k].Low] && toks[k].Low != "plus"; k++ {
	}
	sep := false
	for ; k < b; k++ {
		switch l := toks[k].Low; {
		case listSeparators[l] || l == "plus":
			sep = true
		case sep && k == b-1 && sumArticles[l]:
		default:
			return false
		}
	}
	return true
}

// sumArticles may stand between a separator and the next part of a sum.
var sumArticles = map[string]bool{"a": true, "an": true, "un": true, "une": true}

var listSeparators = map[string]bool{",": true, "et": true, "and": true, "&": true, "+": true}

// arithmetic cues: the writer states a result worked out from figures
// around it ("soit 2,50 € d'économie", "that's €52 instead of …").
var arithmeticCues = map[string]bool{
	"soit": true, "donc": true, "that's": true, "thats": true, "i.e": true, "ie": true, "economie": true,
	"economies": true, "economisez": true, "save": true, "saves": true, "saved": true, "saving": true, "savings": true,
}

// computedByWriter: an unsupported figure introduced by an arithmetic cue
// next to a supported figure of the same kind is taken as the writer's own
// sum, which Vigie could not rebuild; flagging it would mostly be wrong.
// cued: an arithmetic cue stands just before or after c.
func (g *grounder) cued(c *claims.Claim) bool {
	toks := g.doc.Tokens
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-3 && toks[k].Sent == c.Sent; k-- {
		// "that's" is "that", an apostrophe and "s"
		if toks[k].In(cueClass) || toks[k].Low == "s" && (k > 0 && toks[k-1].Low == "that" || k > 1 && toks[k-2].Low == "that") {
			return true
		}
	}
	for k := c.Tok1; k < len(toks) && k < c.Tok1+3 && toks[k].Sent == c.Sent; k++ {
		if toks[k].In(cueClass) {
			return true
		}
	}
	return false
}

func (g *grounder) computedByWriter(c *claims.Claim, cl class) bool {
	if !g.cued(c) || cl == clsMoney && (g.statedAmountOff(c) || g.wrongShare(c)) {
		return false
	}
	// "Early-bird tickets at £129. That's £20 off": a sum that opens its
	// sentence works on the figures of the one before
	first := c.Tok0 > 0 && g.doc.Tokens[c.Tok0].Sent != g.doc.Tokens[max(c.Tok0-4, 0)].Sent
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start == c.Start || o.Sent != c.Sent && !(first && o.Sent == c.Sent-1) {
			continue
		}
		if ocl, ok := classOf(o.Type); ok && ocl == cl && g.supported(o, cl) {
			return true
		}
	}
	return false
}

// resultOfPost: "18 pieces, 6 set with pāua, so 12 without", "2.9 million
// km over 1.2 million trips, roughly 2.4 km per trip", "$240 for the whole
// summer, or $12 a session" over 20 sessions: a figure the writer announces
// as a result (so, or, =, roughly, donc, soit) that is the sum, difference,
// product or ratio of two figures of its sentence or the one before, one of
// them backed, is their arithmetic, not a claim of its own; a result the
// figures do not make is still checked.
func (g *grounder) resultOfPost(c *claims.Claim, cl class) bool {
	if c.Value <= 0 || c.Type == claims.Year || c.Type == claims.Time {
		return false
	}
	toks := g.doc.Tokens
	cue, approx := false, false
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-2 && toks[k].Sent == c.Sent; k-- {
		switch toks[k].Low {
		case "so", "or", "=", "donc", "soit", "ou":
			cue = true
		case "roughly", "about", "around", "approximately", "environ":
			cue, approx = true, true
		}
	}
	if !cue {
		return false
	}
	near := func(v float64) bool {
		if approx {
			return math.Abs(v-c.Value) <= 0.05*c.Value
		}
		return claims.Eq(v, c.Value) || math.Abs(math.Round(v*100)/100-c.Value) < 0.006
	}
	cs := g.doc.Claims
	operand := func(o *claims.Claim) (class, bool) {
		if o.Start == c.Start || o.Sent != c.Sent && o.Sent != c.Sent-1 || o.Value <= 0 || o.Type == claims.Year || o.Type == claims.Time || o.Start > c.Start {
			return 0, false
		}
		return classOf(o.Type)
	}
	for i := range cs {
		a := &cs[i]
		acl, ok := operand(a)
		if !ok {
			continue
		}
		for j := range cs {
			b := &cs[j]
			bcl, ok := operand(b)
			if !ok || j == i {
				continue
			}
			// a count times or over a figure of the result's kind
			hit := acl == cl && bcl == cl && (near(a.Value+b.Value) || a.Value > b.Value && near(a.Value-b.Value)) ||
				acl == cl && bcl == clsPlain && (near(a.Value*b.Value) || near(a.Value/b.Value))
			if hit && (g.supported(a, acl) || g.supported(b, bcl)) {
				return true
			}
		}
	}
	return false
}

// wrongShare: "Private flight for two: $1,150, that's just $525 per
// person": an amount per person (each, par personne) worked out from a
// backed price of its sentence for a party the post counts is that price
// divided by the party; another amount is a wrong sum, not the writer's
// arithmetic.
func (g *grounder) wrongShare(c *claims.Claim) bool {
	toks := g.doc.Tokens
	per := false
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+1 && toks[k].Sent == c.Sent; k++ {
		switch toks[k].Low {
		case "per", "each", "par", "chacun", "chacune", "pp":
			per = true
		}
	}
	if !per {
		return false
	}
	var buf [8]float64
	counts := g.postCounts(c, buf[:0])
	if len(counts) == 0 {
		return false
	}
	seen := false
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start == c.Start || o.Sent != c.Sent || o.Type != claims.Money || o.Bound != claims.Exact || o.Value <= c.Value || !g.supported(o, clsMoney) {
			continue
		}
		for _, n := range counts {
			if n < 2 || n > 12 {
				continue
			}
			seen = true
			if math.Abs(o.Value/n-c.Value) <= 1 {
				return false
			}
		}
	}
	return seen
}

// statedAmountOff: "register by 30/9 to save $30 on your $185 sub" when a
// fact gives "register by 30 September … NZ$25 off their subscription": a
// saving in a sentence about the fact of a stated amount off (two words in
// common) is no sum of the writer's, it is that amount.
func (g *grounder) statedAmountOff(c *claims.Claim) bool {
	toks := g.doc.Tokens
	save := false
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-3 && toks[k].Sent == c.Sent; k-- {
		save = save || saveVerbs[toks[k].Low]
	}
	if !save {
		return false
	}
	ctx := g.context(c, 12)
	for _, a := range g.sh.atoms[clsMoney] {
		if a.derived || a.fact < 0 || a.tok < 0 || amountOff(g.sh.facts[a.fact].doc, a.tok) < 0 {
			continue
		}
		if g.overlap(ctx, a.fact) >= 2 {
			return true
		}
	}
	return false
}

// streakNouns are what a run is counted in.
var streakNouns = map[string]bool{"year": true, "season": true, "saison": true, "time": true, "fois": true, "edition": true, "an": true, "annee": true}

// streak: a count of years, seasons or times said to follow one another
// ("three years running", "5 years in a row", "trois ans de suite", "3
// années consécutives", "deux saisons d'affilée").
func (g *grounder) streak(c *claims.Claim) bool {
	if !streakNouns[c.Noun] {
		return false
	}
	if strings.HasPrefix(c.Noun2, "consecutiv") || strings.HasPrefix(c.Noun2, "successiv") {
		return true
	}
	toks := g.doc.Tokens
	k := c.Tok1 + 1 // past the noun
	if k >= len(toks) || toks[k].Sent != c.Sent {
		return false
	}
	switch toks[k].Low {
	case "running", "straight", "consecutives", "consecutifs", "consecutive", "successives", "successifs", "d'affilee":
		return true
	case "in":
		return k+2 < len(toks) && toks[k+1].Low == "a" && toks[k+2].Low == "row"
	case "de":
		return k+1 < len(toks) && toks[k+1].Low == "suite"
	case "d'":
		return k+1 < len(toks) && toks[k+1].Low == "affilee"
	}
	return false
}

// designatorOfOther: "le concours régional dans le hall 3" when the fact
// about the show puts it in "le hall 2": a number naming one of several
// rooms, halls or gates ("hall 3", "gate 4") is checked against the fact
// whose words best match its sentence, among those that name that noun
// with a number; it flags c and reports whether it did.
func (g *grounder) designatorOfOther(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Bound != claims.Exact || c.Tok0 < 1 || c.Tok1-c.Tok0 != 1 {
		return false
	}
	n := &toks[c.Tok0-1]
	if n.Kind != claims.TWord || n.Stop() || len(n.Low) < 3 {
		return false
	}
	ctx := g.context(c, 10)
	best, bestOv, tie, bestTok := -1, 0, false, -1
	// a designator is compared as written: "Bristol 10K" is the fact's
	// "Bristol 10K" (the token's 10 with its K), not 10 against 10 000
	num := &toks[c.Tok0]
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		has, at := false, -1
		for k := 0; k+1 < len(d.Tokens); k++ {
			if d.Tokens[k].Low == n.Low && d.Tokens[k+1].Kind == claims.TNum {
				if ft := &d.Tokens[k+1]; ft.Num == num.Num && ft.Suf == num.Suf && ft.Frac == num.Frac {
					has = true
				}
				at = k + 1
			}
		}
		if at < 0 {
			continue
		}
		ov := g.overlap(ctx, fi)
		switch {
		case ov > bestOv:
			best, bestOv, tie, bestTok = fi, ov, false, at
			if has {
				bestTok = -1
			}
		case ov == bestOv:
			tie = true
		}
	}
	// the noun and two more words: the sentence is about that fact
	if best < 0 || tie || bestTok < 0 || bestOv < 3 {
		return false
	}
	g.contradicted(c, best, g.sh.facts[best].doc.Tokens[bestTok].Text)
	return true
}

// freeIfWords put a condition after "free" ("free for members", "gratuit
// pour les moins de 16 ans", "free with any order").
var freeIfWords = map[string]bool{
	"for": true, "to": true, "with": true, "if": true, "when": true, "until": true, "pour": true, "aux": true, "avec": true, "si": true, "des": true, "jusqu'a": true,
}

// pricedFree: "Parking on campus is £5 on race day" when a fact says
// "Parking on campus is free on race day": a price for the subject of its
// clause, a thing a fact makes free outright (no figure, no condition after
// "free") and none prices. The fact, or -1.
func (g *grounder) pricedFree(c *claims.Claim) int {
	if c.Discount || c.Bound != claims.Exact {
		return -1
	}
	toks := g.doc.Tokens
	subj := -1
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-8 && toks[k].Sent == c.Sent; k-- {
		t := &toks[k]
		if t.Kind == claims.TPunct || t.Kind == claims.TNum || t.Low == "and" || t.Low == "et" {
			break
		}
		if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 2 {
			subj = k
		}
	}
	if subj < 0 {
		return -1
	}
	st := claims.Stem(toks[subj].Low)
	free := -1
	// the subject's places in the facts, from the sheet's index rather than
	// a walk of every fact token
	for _, at := range g.sh.stemPositions(st) {
		if at.fi < 0 {
			continue
		}
		fi, k := at.fi, at.ti
		fd := &g.sh.facts[fi]
		d := fd.doc
		for ci := range d.Claims {
			fc := &d.Claims[ci] // in place: a Claim is large to copy
			if fc.Type == claims.Money && fc.Sent == d.Tokens[k].Sent {
				return -1
			}
		}
		if free < 0 && freeOutright(d, fd.gifts, k) {
			free = fi
		}
	}
	return free
}

// freeOutright: a free word follows token k within its clause, with no
// bound between and no condition after it ("Parking is free", not "free
// for under-5s").
func freeOutright(d *claims.Doc, gifts []int, k int) bool {
	toks := d.Tokens
	for _, mi := range gifts {
		if mi <= k || mi > k+6 || !freeWords[toks[mi].Low] || negatedAt(d, mi) {
			continue
		}
		ok := true
		for j := k + 1; j < mi; j++ {
			if toks[j].Sent != toks[k].Sent || toks[j].Kind == claims.TPunct {
				ok = false
			}
		}
		// a count of the thing ("le parking de 3 000 places") is no condition,
		// an age or a bound ("children under 5") is
		for i := range d.Claims {
			fc := &d.Claims[i]
			if _, num := classOf(fc.Type); num && fc.Tok0 > k && fc.Tok0 < mi && (fc.Type != claims.Count || fc.Bound != claims.Exact) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if n := mi + 1; n < len(toks) && toks[n].Sent == toks[mi].Sent && (freeIfWords[toks[n].Low] || toks[n].Kind == claims.TNum) {
			continue
		}
		return true
	}
	return false
}

// gapWords say a figure is how much one exceeds another.
var gapWords = map[string]bool{
	"more": true, "less": true, "fewer": true, "extra": true, "higher": true, "lower": true, "short": true,
	"plus": true, "moins": true, "supplementaire": true, "supplementaires": true, "ecart": true, "difference": true,
}

// gapOfPost: "we are aiming for £60,000, which is £12,700 more" than the
// £47,300 of the sentence before: a figure said to be how much more (or
// less) one is than another is their difference, backed when the post
// states both and the facts back them.
func (g *grounder) gapOfPost(c *claims.Claim, cl class) bool {
	if c.Bound != claims.Exact || cl != clsMoney && cl != clsPlain || !g.gapCued(c) {
		return false
	}
	cs := g.doc.Claims
	for i := range cs {
		a := &cs[i]
		if !g.gapOperand(c, a, cl) {
			continue
		}
		for j := range cs {
			b := &cs[j]
			if j != i && claims.Eq(a.Value-b.Value, c.Value) && g.gapOperand(c, b, cl) && g.supported(a, cl) && g.supported(b, cl) {
				return true
			}
		}
	}
	return false
}

// gapOfFacts: "1,4 tonne de plus que l'an dernier", "1.4 tonnes more than
// last year" when the facts give 23,6 and 25 tonnes: a counted figure said to
// be how much more (or less) one is than another is the difference of two
// figures the facts state of the same thing.
func (g *grounder) gapOfFacts(c *claims.Claim, cl class) bool {
	if cl == clsMoney && c.Bound == claims.Exact && g.gapCued(c) {
		return g.priceGapOfFacts(c) || g.priceGapLessOff(c)
	}
	if c.Bound != claims.Exact || cl != clsPlain || c.Noun == "" || !g.gapCued(c) {
		return false
	}
	atoms := g.sh.atoms[cl]
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.year || a.bound != claims.Exact || a.noun == "" || !nounCompatible(c.Noun, a.noun) {
			continue
		}
		for j := range atoms {
			b := &atoms[j]
			if j != i && !b.derived && !b.year && b.bound == claims.Exact && b.noun == a.noun && claims.Eq(a.value-b.value, c.Value) {
				return true
			}
		}
	}
	return false
}

// priceGapOfFacts: "Complete is £25 more per user per month" for plans
// the facts price £64 and £39 per user per month: a price said to be how
// much more (or less) one is than another is the difference of two prices
// the facts state, each in a fact that shares a word with the post's
// sentence or the one before.
func (g *grounder) priceGapOfFacts(c *claims.Claim) bool {
	atoms := g.sh.atoms[clsMoney]
	near := func(fi int) bool {
		if fi < 0 {
			return false
		}
		words := g.fd(fi).words
		for k := range g.doc.Tokens {
			t := &g.doc.Tokens[k]
			if (t.Sent == c.Sent || t.Sent == c.Sent-1) && (k < c.Tok0 || k >= c.Tok1) && t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 3 && words[claims.Stem(t.Low)] {
				return true
			}
		}
		return false
	}
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.bound != claims.Exact || a.value <= c.Value {
			continue
		}
		for j := range atoms {
			b := &atoms[j]
			if j != i && !b.derived && b.bound == claims.Exact && claims.Eq(a.value-b.value, c.Value) && near(a.fact) && near(b.fact) {
				return true
			}
		}
	}
	return false
}

// priceGapLessOff: "$2,500 more, and only $2,000 more if you sign in May"
// for packages priced $7,990 and $5,490 and a fact giving "$500 off" the
// dearer one in May: a price gap less an amount a fact takes off a price
// (amountOff) is the gap during the offer; each fact shares a word with
// the post's sentence or the one before.
func (g *grounder) priceGapLessOff(c *claims.Claim) bool {
	atoms := g.sh.atoms[clsMoney]
	var offs []float64
	for i := range atoms {
		o := &atoms[i]
		if !o.derived && o.tok >= 0 && o.fact >= 0 && o.value < c.Value*4 && amountOff(g.sh.facts[o.fact].doc, o.tok) >= 0 && g.factNearSent(c, o.fact) {
			offs = append(offs, o.value)
		}
	}
	if len(offs) == 0 {
		return false
	}
	for i := range atoms {
		a := &atoms[i]
		if a.derived || a.bound != claims.Exact || a.value <= c.Value || !g.factNearSent(c, a.fact) {
			continue
		}
		for j := range atoms {
			b := &atoms[j]
			if j == i || b.derived || b.bound != claims.Exact || b.value >= a.value {
				continue
			}
			for _, off := range offs {
				if claims.Eq(a.value-b.value-off, c.Value) && g.factNearSent(c, b.fact) {
					return true
				}
			}
		}
	}
	return false
}

// factNearSent: fact fi shares a content word of more than three letters
// with c's sentence or the one before, c's own words aside.
func (g *grounder) factNearSent(c *claims.Claim, fi int) bool {
	if fi < 0 {
		return false
	}
	words := g.fd(fi).words
	toks := g.doc.Tokens
	k0 := c.Tok0
	for k0 > 0 && toks[k0-1].Sent >= c.Sent-1 {
		k0--
	}
	for k := k0; k < len(toks) && toks[k].Sent <= c.Sent; k++ {
		t := &toks[k]
		if (k < c.Tok0 || k >= c.Tok1) && t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 3 && words[claims.Stem(t.Low)] {
			return true
		}
	}
	return false
}

// gapCued: a word of gapWords stands just before or after c, or after its
// counted noun ("1,4 tonne de plus").
func (g *grounder) gapCued(c *claims.Claim) bool {
	toks := g.doc.Tokens
	end := c.Tok1 + 2
	if c.Noun != "" {
		end++
	}
	for k := max(c.Tok0-2, 0); k < len(toks) && k < end; k++ {
		if (k < c.Tok0 || k >= c.Tok1) && toks[k].Sent == c.Sent && gapWords[toks[k].Low] {
			return true
		}
	}
	return false
}

// gapOperand: o is another exact figure of c's kind, in c's sentence or the
// one before (two before for prices: "Standard: €24.99/month. Plus:
// €32.99/month. That's just €8 more"), of the same thing when counted.
func (g *grounder) gapOperand(c, o *claims.Claim, cl class) bool {
	back := 1
	if cl == clsMoney {
		back = 2
	}
	if o.Start == c.Start || o.Bound != claims.Exact || o.Sent > c.Sent || o.Sent < c.Sent-back {
		return false
	}
	ocl, ok := classOf(o.Type)
	return ok && ocl == cl && (cl != clsPlain || c.Noun == "" || o.Noun == "" || nounCompatible(c.Noun, o.Noun))
}

// interrogatives open a question that asks, rather than suggests, its
// answer.
var interrogatives = map[string]bool{
	"what": true, "which": true, "who": true, "where": true, "when": true, "how": true,
	"quel": true, "quelle": true, "quels": true, "quelles": true, "qui": true, "lequel": true, "laquelle": true, "lesquels": true, "lesquelles": true,
}

// readerWords address the reader.
var readerWords = map[string]bool{
	"you": true, "your": true, "yours": true, "tu": true, "toi": true, "ton": true, "ta": true, "tes": true, "vous": true, "votre": true, "vos": true,
}

// askedOf: "What's first on your list?", "Quel est le meilleur livre de ta
// liste ?": a superlative inside a question opened by an interrogative word
// and put to the reader asks about the reader's own choice; "Which is the
// best library in Ontario?" or "Looking for the best burger?" still claim.
func (g *grounder) askedOf(c *claims.Claim) bool {
	if !g.question(c.Sent) {
		return false
	}
	first := true
	for k := range g.doc.Tokens {
		t := &g.doc.Tokens[k]
		if t.Sent != c.Sent || t.Kind != claims.TWord {
			continue
		}
		if first && !interrogatives[t.Low] {
			return false
		}
		first = false
		if readerWords[t.Low] {
			return true
		}
	}
	return false
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// question reports whether sentence sent ends with a question mark. The
// answer for every sentence is worked out once per post, on first need.
func (g *grounder) question(sent int) bool {
	if !g.questionsSeen {
		g.questionsSeen = true
		for i := range g.doc.Tokens {
			t := &g.doc.Tokens[i]
			if t.Boundary && t.Text == "?" && t.Sent < 64 {
				g.questions |= 1 << uint(t.Sent)
			}
		}
	}
	if sent >= 64 {
		for i := range g.doc.Tokens {
			t := &g.doc.Tokens[i]
			if t.Sent == sent && t.Boundary {
				return t.Text == "?"
			}
		}
		return false
	}
	return g.questions&(1<<uint(sent)) != 0
}

func isOrdinalTok(d *claims.Doc, tok int) bool {
	for _, c := range d.Claims {
		if c.Tok0 == tok {
			return c.Type == claims.Ordinal
		}
	}
	return false
}

// sameTopic: a lower bound's sentence and the atom's fact share a distinctive
// word or two words (for "plus de 300 clients" vs "320 avis sur Google").
func (g *grounder) sameTopic(c *claims.Claim, a *atom) bool {
	if a.derived || a.fact < 0 || (c.Bound != claims.Greater && c.Bound != claims.AtLeast && c.Bound != claims.Approx) {
		return false
	}
	ctx := g.context(c, 8)
	ov := g.overlap(ctx, a.fact)
	return ov >= 2 || ov == 1 && g.distinctive(ctx, a.fact)
}

// shareLabelIn: "plus de 80 % bio" for "82 % issus de l'agriculture
// biologique", "over 80% organic": the quality said right after the share
// is in the fact in another of its written forms.
func (g *grounder) shareLabelIn(c *claims.Claim, fi int) bool {
	for i := range g.doc.Claims {
		l := &g.doc.Claims[i]
		if l.Type != claims.Label || l.Tok0 < c.Tok1 || l.Tok0 > c.Tok1+1 {
			continue
		}
		for _, v := range labelGroup[strings.Join(l.Words, " ")] {
			if strings.Contains(g.fd(fi).fold, " "+v+" ") {
				return true
			}
		}
	}
	return false
}

// supported: some fact atom backs c. Exact figures are looked up by value;
// bounds scan the class.
func (g *grounder) supported(c *claims.Claim, cl class) bool {
	atoms := g.sh.atoms[cl]
	if c.Bound == claims.Exact || c.Bound == claims.UpTo {
		for _, i := range g.sh.byValue[cl][valueKey(c.Value)] {
			if g.supports(c, &atoms[i], cl) {
				return true
			}
		}
		// "avant minuit", "by midnight" for a deadline of 23h59: the last
		// minute of the day is how a form writes midnight
		if cl == clsClock && c.Type == claims.Time && (c.Value == 0 || c.Value == 24*60) {
			for _, i := range g.sh.byValue[cl][valueKey(24*60-1)] {
				if !atoms[i].dur {
					return true
				}
			}
		}
		return false
	}
	stated := -1 // worked out on the first derived atom that backs c
	for i := range atoms {
		if !g.supports(c, &atoms[i], cl) {
			continue
		}
		if atoms[i].derived {
			if stated < 0 {
				stated = 0
				if g.statedCount(c, cl) {
					stated = 1
				}
			}
			if stated == 1 {
				continue
			}
		}
		return true
	}
	return false
}

// statedCount: a fact states outright how many of the bound's noun there
// are ("64 veterinarians"): "more than 80 veterinarians" is then judged by
// that figure, never by a product worked out from other facts. Units of
// time are left out: "over 60 years" is worked out from a founding year.
func (g *grounder) statedCount(c *claims.Claim, cl class) bool {
	if cl != clsPlain || c.Noun == "" || c.Bound == claims.Approx {
		return false
	}
	switch c.Noun {
	case "year", "month", "week", "day", "night", "nuit":
		return false
	}
	for i := range g.sh.atoms[cl] {
		if a := &g.sh.atoms[cl][i]; !a.derived && a.bound == claims.Exact && !a.first && !a.ord && sameNoun(c, a) {
			return true
		}
	}
	return false
}

// rangeStartAt: the number at token k of d opens a range ("de 3 à 4 ans",
// "6-9 ans", "6 to 12 years"), whose noun comes after its end.
func rangeStartAt(d *claims.Doc, k int) bool {
	if d == nil || k < 0 || k+1 >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k+1].Low {
	case "a", "à", "au", "to", "-", "–", "—", "and", "et":
		return true
	}
	return false
}

// supports says whether fact atom a backs post claim c.
func (g *grounder) supports(c *claims.Claim, a *atom, cl class) bool {
	if a.runs && !g.postGivesTimeOf(a.fact) {
		return false
	}
	if cl == clsPlain && c.Noun != "" && a.noun != "" && !sameNoun(c, a) && (g.sh.nouns[c.Noun] || a.derived) && !maxPeople(c, a) {
		return false
	}
	// "three red pandas" when the facts count "two red pandas": a bare 3
	// elsewhere ("aged 3 to 15") is not about them; nor is the bare 14 of an
	// address ("route de Médran 14") a lowest age ("dès 14 ans") when the
	// facts give ages
	if cl == clsPlain && c.Noun != "" && a.noun == "" && (c.Bound == claims.Exact || c.Bound == claims.From && !rangeStartAt(g.factDoc(a.fact), a.tok)) && g.sh.nouns[c.Noun] && c.Type == claims.Count {
		return false
	}
	if cl == clsPlain && c.Bound != claims.Exact && c.Value < 120 && ageAt(g.doc, c.Tok0) && !ageAt(g.factDoc(a.fact), a.tok) {
		return false
	}
	// "dès 18 ans", "from 18 years": an age from which something is open,
	// never the years elapsed since a stated year
	if a.derived && c.Bound == claims.From && c.Noun == "year" {
		return false
	}
	// a figure worked out for a noun (5 Tuesdays, 3 days) backs only a claim
	// about that noun, not a bare "5"
	if cl == clsPlain && a.derived && a.noun != "" && c.Noun == "" {
		return false
	}
	// "4 vets and 6 nurses" add up to "10 vets and nurses", not to "10 vets"
	if a.sum && !g.twoGroups(c) {
		return false
	}
	// a rank is backed by a stated rank, or by the same figure stated as such
	if c.Type == claims.Ordinal && !a.ord && (a.derived || a.value <= 1 || g.rankAbout(c)) {
		return false
	}
	// "QF de 700 à 1 400 € : 195 €/an": a price per unit of time or per
	// person is no saving, so the difference of two stated prices (290 € -
	// 95 €) does not back it unless the writer announces a sum
	if cl == clsMoney && a.diff && c.Bound == claims.Exact && (ratePriceAfter(g.doc, c.Tok1) || paidWithPrice(g.doc, c.Tok0)) && !g.cued(c) {
		return false
	}
	// "box seats $14, reserved $12" for "$16 … every ticket costs $2 more
	// on game day": a difference of two prices backs only a figure said as
	// a saving, a gap or an extra
	if cl == clsMoney && a.diff && !a.lessOf && c.Bound == claims.Exact && !g.savingSaid(c) {
		return false
	}
	// a clock time is never backed by a length of time worked out from two
	// times (10am is not "10 hours")
	if cl == clsClock && a.dur && c.Type == claims.Time {
		return false
	}
	v := c.Value
	if c.Bound == claims.Exact || c.Bound == claims.UpTo || c.Bound == claims.From {
		// "dès 6 ans", "from £24.99": the lowest value must be the stated
		// one. Decided before sameThing, which these bounds never read
		// (and which, for them, has no side effect to keep: sameTopic
		// returns at once)
		return claims.Eq(a.value, v)
	}
	// a bound is only true of the same quantity: same noun (or, for a lower
	// bound, a fact about the same thing: "plus de 300 clients" for "320
	// avis" on Google), stated exactly (a derived figure qualifies when its noun is the claim's: "over 60
	// years" of a family business founded 64 years ago)
	// (a year of the facts is no count: "over 600 animals rehomed in 2026"
	// is not backed by 2026)
	// ("just under seven weeks" for the 6.6 weeks of a stated range)
	sameThing := (!a.derived || a.noun != "" && a.noun == c.Noun && (c.Bound == claims.Greater || c.Bound == claims.AtLeast || c.Bound == claims.Less && rangeLengthNouns[c.Noun])) && a.bound == claims.Exact && !((a.year || a.oldYear) && c.Type != claims.Year) && (cl != clsPlain || sameNoun(c, a) || g.sameTopic(c, a))
	switch c.Bound {
	case claims.Approx:
		return math.Abs(a.value-v) <= 0.1*math.Max(math.Abs(a.value), math.Abs(v))+1e-9
	case claims.Greater:
		// "un peu plus de 30 € la matinée" for 185 € the 6 mornings: a
		// price is only rounded down a little
		// "over 600 reviews" for "600+": said the same way as a lower bound
		return claims.Eq(a.value, v) && (a.bound == claims.Greater || a.bound == claims.AtLeast) || sameThing && a.value > v && cl == clsPlain ||
			g.durationBound(c, a, sameThing) && a.value > v ||
			cl == clsMoney && a.bound == claims.Exact && a.value > v && a.value <= 1.1*v ||
			g.shareBound(c, a, cl) && (a.value > v && a.bound == claims.Exact || a.value*0.98 >= v)
	case claims.AtLeast:
		// "dès 30 €", "from £24.99": the lowest price must be the stated one
		return claims.Eq(a.value, v) || sameThing && a.value >= v && cl == clsPlain
	case claims.Less:
		return claims.Eq(a.value, v) && a.bound == claims.Less || sameThing && a.value < v && cl == clsPlain ||
			g.durationBound(c, a, sameThing) && a.value < v ||
			cl == clsMoney && a.bound == claims.Exact && a.value < v && a.value >= 0.9*v ||
			g.shareBound(c, a, cl) && (a.value < v && a.bound == claims.Exact || a.value*1.02 <= v)
	}
	return false
}

// shareBound: "more than 60% of our budget" for "about 62% of the budget":
// a bound on a share a fact gives, exactly or about, in a sentence on the
// same topic. An approximate share needs a margin (the callers' 2 %) to
// make the bound true.
func (g *grounder) shareBound(c *claims.Claim, a *atom, cl class) bool {
	if cl != clsPercent || a.bound != claims.Exact && a.bound != claims.Approx || c.Discount || a.derived || a.fact < 0 {
		return false
	}
	ctx := g.context(c, 8)
	ov := g.overlap(ctx, a.fact)
	return ov >= 2 || ov == 1 && g.distinctive(ctx, a.fact) || g.shareLabelIn(c, a.fact)
}

// durationBound: "in under 50 minutes" for a 46-minute crossing is a true
// bound on a stated length of time, when the sentence is about what the
// fact times (a word in common).
func (g *grounder) durationBound(c *claims.Claim, a *atom, sameThing bool) bool {
	// (a length worked out from two clock times, "moins de 10 heures" for
	// 7h15 → 16h55, is as true a bound as a stated one)
	if c.Type != claims.Duration || !a.dur || !sameThing && !a.derived || a.fact < 0 {
		return false
	}
	return g.overlap(g.context(c, 8), a.fact) > 0
}

func (g *grounder) fmtDate(t time.Time, withWeekday bool) string {
	if g.lang == "en" {
		s := fmt.Sprintf("%d %s", t.Day(), claims.MonthNames["en"][t.Month()])
		if g.sh.monthFirstDates() {
			s = fmt.Sprintf("%s %d", claims.MonthNames["en"][t.Month()], t.Day())
		}
		if withWeekday {
			s = claims.WeekdayNames["en"][t.Weekday()] + " " + s
		}
		return s
	}
	day := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	s := day + " " + claims.MonthNames["fr"][t.Month()]
	if withWeekday {
		s = claims.WeekdayNames["fr"][t.Weekday()] + " " + s
	}
	return s
}

// weekdaysOfRange: "Saturdays & Sundays, 6th–28th November": a weekday in
// the plural before a range of dates names the days of that weekday within
// it, not the weekday of its first day; the range need only hold one.
// "Sunday 6th–28th November" is still the first day's.
func (g *grounder) weekdaysOfRange(c *claims.Claim, t, t2 time.Time) bool {
	if c.Weekday2 >= 0 || c.Tok0 < 0 || c.Tok0 >= len(g.doc.Tokens) || !t2.After(t) {
		return false
	}
	w := g.doc.Tokens[c.Tok0].Low
	if !strings.HasSuffix(w, "s") || !strings.EqualFold(strings.TrimSuffix(w, "s"), claims.WeekdayNames[g.lang][c.Weekday]) {
		return false
	}
	return t2.Sub(t) >= 6*24*time.Hour || (c.Weekday-int(t.Weekday())+7)%7 <= int(t2.Sub(t).Hours()/24)
}

func (g *grounder) weekdayName(w int) string {
	if g.lang == "en" {
		return claims.WeekdayNames["en"][w]
	}
	return claims.WeekdayNames["fr"][w]
}

// localDate reads an all-digit date whose two parts could each be a month
// (2/6) month first when the facts write their dates that way, or, when
// they write none either way, when only that reading fits the weekday the
// post gives it ("Sat 2/6" is Saturday 6 February, not Wednesday 2 June).
func (g *grounder) localDate(c *claims.Claim) *claims.Claim {
	if c.Date.Day > 12 || c.Date.Day == c.Date.M || !slashDate(g.doc, c) {
		return c
	}
	w := *c
	w.Date.M, w.Date.Day = c.Date.Day, c.Date.M
	switch {
	case g.sh.monthFirstDates():
		return &w
	case g.sh.dayFirst > 0 || c.Weekday < 0:
		return c
	}
	if g.sh.weekdayWantsSwap(c) {
		return &w
	}
	return c
}

func (g *grounder) dateClaim(c *claims.Claim) {
	t := g.sh.date(c.Date)
	if t.IsZero() {
		g.unsupported(c)
		return
	}
	if c.Weekday >= 0 && int(t.Weekday()) != c.Weekday {
		m := fmt.Sprintf(g.msg("weekday"), g.fmtDate(t, false)+" "+fmt.Sprint(t.Year()), g.weekdayName(int(t.Weekday())), g.weekdayName(c.Weekday))
		fi := -2
		for _, da := range g.sh.dates {
			if da.d2.IsZero() && da.d.Equal(t) {
				fi = da.fact
				break
			}
		}
		// "Giving Tuesday, 2 December" when a fact puts Giving Tuesday on 1
		// December: the writer got the day wrong, not the weekday
		ctx := g.context(c, 8)
		// (also the start of a range: "kicks off Monday, Nov 2" when the
		// offer runs from Monday, November 1)
		for _, da := range g.sh.dates {
			if (da.d2.IsZero() || c.Role != claims.RoleUntil) && int(da.d.Weekday()) == c.Weekday && math.Abs(da.d.Sub(t).Hours()) <= 6*24 && g.overlap(ctx, da.fact) >= 1 {
				g.contradicted(c, da.fact, g.fmtDate(da.d, true))
				return
			}
		}
		// the end of a short range ("Saturday, December 12 and Sunday,
		// December 13" when the post says "Sunday, December 14")
		for _, da := range g.sh.dates {
			if !da.d2.IsZero() && da.d2.Sub(da.d) <= 6*24*time.Hour && int(da.d2.Weekday()) == c.Weekday && math.Abs(da.d2.Sub(t).Hours()) <= 6*24 && g.overlap(ctx, da.fact) >= 1 {
				g.contradicted(c, da.fact, g.fmtDate(da.d2, true))
				return
			}
		}
		// "runs until Sunday 10 January" when it ends on Sunday 3 January:
		// the date is wrong too, so the right weekday alone would not make
		// it true; the end it should be, with its weekday, does
		if c.Role == claims.RoleUntil && !g.sh.empty {
			if end, stated := g.untilEnd(ctx, t, beforeWord(g.doc, c.Tok0)); !stated && end >= 0 {
				da := g.sh.dates[end]
				e := da.d2
				if e.IsZero() {
					e = da.d
				}
				g.contradicted(c, da.fact, g.fmtDate(e, true))
				return
			}
		}
		f := Finding{Start: c.Start, End: c.End, Text: c.Text, Kind: Contradicted, Claim: "weekday", Message: m, Suggestion: g.fmtDate(t, true)}
		if fi >= -1 {
			f.Fact, f.FactID = g.sh.factText(fi), g.sh.factID(fi)
		}
		g.findings = append(g.findings, f)
		return
	}
	if g.sh.empty {
		g.unsupported(c)
		return
	}
	if c.Role == claims.RoleNone {
		for _, da := range g.sh.dates {
			if da.d2.IsZero() && da.d.Equal(t) {
				return // a stated single date
			}
		}
	}
	ctx := g.context(c, 8)
	// the fact that talks about the same thing decides first
	best, bestOv := -1, 0
	for i, da := range g.sh.dates {
		if ov := g.overlap(ctx, da.fact); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	if c.Role == claims.RoleUntil {
		if t.Day() == 1 && beforeWord(g.doc, c.Tok0) && g.monthOfFacts(int(t.Month())) {
			return
		}
		end, stated := g.untilEnd(ctx, t, beforeWord(g.doc, c.Tok0))
		if stated {
			return
		}
		if end >= 0 {
			da := g.sh.dates[end]
			e := da.d2
			if e.IsZero() {
				e = da.d
			}
			g.contradicted(c, da.fact, g.fmtDate(e, false))
			return
		}
		for _, da := range g.sh.dates {
			if da.d2.IsZero() && da.d.Equal(t) {
				return
			}
		}
		g.unsupported(c)
		return
	}
	if g.namedRecurrence(c, t) {
		return
	}
	// "our first Two-Dollar Tuesday of 2027 is April 13": a day of a
	// weekly recurrence of the facts ("at every Tuesday home game") whose
	// fact is as close to the sentence as the single date of another
	// (the brief's home opener)
	for _, r := range g.sh.recurs {
		if r.nth == 0 && r.matches(t) && g.inRecurPeriod(r, t) && g.overlap(ctx, r.fact) >= max(bestOv, 2) {
			return
		}
	}
	if best >= 0 && bestOv >= 2 && c.Role == claims.RoleNone && g.dateOfOtherList(c, t, g.sh.dates[best].fact) {
		return
	}
	if best >= 0 && bestOv >= 2 {
		da := g.sh.dates[best]
		if da.d2.IsZero() && !da.d.Equal(t) && !g.dateInFact(t, da.fact) && !g.sentSaysDate(c, da.d) {
			g.contradicted(c, da.fact, g.fmtDate(da.d, false))
			return
		}
	}
	for _, da := range g.sh.dates {
		if da.d.Equal(t) || (!da.d2.IsZero() && !t.Before(da.d) && !t.After(da.d2)) {
			// "collection on 23 December only" when it runs 22–24 December
			if !da.d2.IsZero() && g.restrictive(c) {
				sep := " au "
				if g.lang == "en" {
					sep = " to "
				}
				g.contradicted(c, da.fact, g.fmtDate(da.d, false)+sep+g.fmtDate(da.d2, false))
				return
			}
			// "ouverture de la saison le samedi 15 mai" when the season
			// runs from 1 May: the start of a stated period is its first day
			// (its last day is the end the sentence gives after the start)
			if !da.d2.IsZero() && !t.Equal(da.d) && !t.Equal(da.d2) && g.startWord(c.Sent) && (g.overlap(ctx, da.fact) > 0 || g.onlyRange()) {
				g.contradicted(c, da.fact, g.fmtDate(da.d, c.Weekday >= 0))
				return
			}
			// "remise des médailles le samedi 13 février" inside the
			// holidays when the medals are given on Fridays: the weekday
			// of a day in a period is checked against the activity's days
			// (not the first or last day of the period, stated with it:
			// "samedi 6 mars, dernier jour" of a week ending on Saturday 6
			// March is that week's, whatever the other facts say of
			// Saturdays)
			if !da.d2.IsZero() && c.Weekday >= 0 && !t.Equal(da.d) && !t.Equal(da.d2) {
				g.weekdayAlone(c)
			}
			return
		}
	}
	// a day of a stated recurrence ("le premier mercredi du mois") said of
	// the same thing
	for _, r := range g.sh.recurs {
		if r.matches(t) && g.inRecurPeriod(r, t) && g.overlap(ctx, r.fact) >= 1 {
			return
		}
	}
	if best >= 0 && bestOv >= 1 {
		da := g.sh.dates[best]
		g.contradicted(c, da.fact, g.fmtDate(da.d, false))
		return
	}
	g.unsupported(c)
}

// awarded: the superlative is an award's title ("élue « Meilleure foire
// aux vins de France »"), quoted as a title rather than as someone's words.
func (g *grounder) awarded(c *claims.Claim) bool {
	toks := g.doc.Tokens
	k := c.Tok0 - 1
	if k >= 0 && toks[k].Kind == claims.TPunct {
		k--
	}
	return k >= 0 && claims.AwardVerbs[toks[k].Low]
}

// deniedInPost: the post denies guarantee c itself ("ne sont pas
// remboursés", "can't be refunded").
func (g *grounder) deniedInPost(c *claims.Claim) bool {
	for k := max(c.Tok0-3, 0); k < c.Tok1 && k < len(g.doc.Tokens); k++ {
		if t := &g.doc.Tokens[k]; t.Sent == c.Sent && (t.In(negationClass) || t.Low == "t" || strings.HasSuffix(t.Low, "n't")) {
			return true
		}
	}
	return false
}

// refundDenied: the fact that gives refunds only to deny them ("un
// échange possible (pas de remboursement)", "exchanges only, no refunds"),
// or -1; a fact that grants a refund anywhere leaves it to refundScope.
func (g *grounder) refundDenied(w string) int {
	denied := -1
	for fi := range g.sh.facts {
		if !strings.Contains(g.sh.facts[fi].fold, " "+w) {
			continue
		}
		d := g.sh.facts[fi].doc
		for k := range d.Tokens {
			if !strings.HasPrefix(d.Tokens[k].Low, w) {
				continue
			}
			if !negatedAt(d, k) {
				return -1
			}
			denied = fi
		}
	}
	return denied
}

// someWeekdaysOfMonth: "ouvert tous les dimanches de janvier", "open
// every Sunday in January" when the facts list some of that month's
// Sundays only ("Dimanches d'ouverture : 3, 17 et 31 janvier"): the fact
// that lists them, or -1.
func (g *grounder) someWeekdaysOfMonth(c *claims.Claim) int {
	w := -1
	for i, n := range claims.WeekdayNames["en"] {
		if n == c.Noun {
			w = i
		}
	}
	toks := g.doc.Tokens
	k := c.Tok1
	if w < 0 || k+1 >= len(toks) {
		return -1
	}
	switch toks[k].Low {
	case "de", "d'", "en", "in", "of":
	default:
		return -1
	}
	m := 0
	for i := 1; i <= 12; i++ {
		if toks[k+1].Low == claims.Fold(claims.MonthNames["fr"][i]) || toks[k+1].Low == strings.ToLower(claims.MonthNames["en"][i]) {
			m = i
		}
	}
	if m == 0 {
		return -1
	}
	fi, year, n := -1, 0, 0
	seen := map[int]bool{}
	for _, da := range g.sh.dates {
		if da.d2.IsZero() && int(da.d.Month()) == m && int(da.d.Weekday()) == w && !seen[da.d.Day()] {
			seen[da.d.Day()] = true
			fi, year = da.fact, da.d.Year()
			n++
		}
	}
	if fi < 0 {
		return -1
	}
	all := 0
	for t := time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC); int(t.Month()) == m; t = t.AddDate(0, 0, 1) {
		if int(t.Weekday()) == w {
			all++
		}
	}
	if n >= all {
		return -1
	}
	return fi
}

// periodOfAmount: "forfait optique de 250 € par an" when the fact gives
// "250 € par bénéficiaire tous les 2 ans", "£250 a year" for "£250 every
// two years": the amount is the fact's, its period is not; the period's
// words are flagged, the fact's period suggested.
func (g *grounder) periodOfAmount(c *claims.Claim) {
	toks := g.doc.Tokens
	k := c.Tok1
	if k+1 >= len(toks) {
		return
	}
	switch toks[k].Low {
	case "par", "per", "a", "an":
	default:
		return
	}
	if l := toks[k+1].Low; l != "an" && l != "annee" && l != "year" {
		return
	}
	atoms := g.sh.atoms[clsMoney]
	for _, i := range g.sh.byValue[clsMoney][valueKey(c.Value)] {
		a := &atoms[i]
		if a.derived || a.fact < 0 || a.tok < 0 {
			continue
		}
		d := g.sh.facts[a.fact].doc
		for j := a.tok + 1; j < len(d.Tokens) && j <= a.tok+7 && d.Tokens[j].Sent == d.Tokens[a.tok].Sent; j++ {
			l := d.Tokens[j].Low
			if l != "tous" && l != "every" || j+2 >= len(d.Tokens) {
				continue
			}
			n, unit := j+1, j+2
			if l == "tous" {
				if d.Tokens[j+1].Low != "les" || j+3 >= len(d.Tokens) {
					continue
				}
				n, unit = j+2, j+3
			}
			if u := d.Tokens[unit].Low; u != "ans" && u != "years" || d.Tokens[n].Low == "1" || d.Tokens[n].Low == "un" {
				continue
			}
			p := claims.Claim{Type: claims.Duration, Start: toks[k].Start, End: toks[k+1].End, Tok0: k, Tok1: k + 2, Sent: c.Sent, Text: g.doc.Slice(toks[k].Start, toks[k+1].End)}
			g.contradicted(&p, a.fact, d.Slice(d.Tokens[j].Start, d.Tokens[unit].End))
			return
		}
	}
}

// itemBefore: the stem of the word a fact's list pairs with the figure at
// token k ("spécialistes à 200 %", "adults: £12"), or "".
func itemBefore(d *claims.Doc, k int) string {
	j := k - 1
	for j >= 0 && j >= k-2 {
		switch d.Tokens[j].Low {
		case "a", "at", ":", "de", "for", "pour":
			j--
			continue
		}
		break
	}
	if j < 0 || j == k-1 || d.Tokens[j].Kind != claims.TWord || d.Tokens[j].Stop() || d.Tokens[j].Sent != d.Tokens[k].Sent {
		return ""
	}
	// an item opens its entry of the list ("…, hospitalisation à 300 %");
	// in "des frais de COD de 49 ₹" the word before the figure only
	// completes another noun
	if j > 0 && d.Tokens[j-1].Sent == d.Tokens[j].Sent {
		switch d.Tokens[j-1].Low {
		case ",", ";", ":", "(", "et", "and", "-", "–", "•", "/":
		default:
			return ""
		}
	}
	return claims.Stem(d.Tokens[j].Low)
}

// pairedInList: "Spécialistes remboursés à 300 % BRSS" when a fact lists
// "spécialistes à 200 % BRSS, hospitalisation à 300 % BRSS": the figure
// is the fact's, but the list gives it to another item; the item the post
// names has its own figure there.
func (g *grounder) pairedInList(c *claims.Claim, cl class) {
	atoms := g.sh.atoms[cl]
	ids := g.sh.byValue[cl][valueKey(c.Value)]
	toks := g.doc.Tokens
	for _, i := range ids {
		b := &atoms[i]
		if b.derived || b.fact < 0 || b.tok < 0 {
			return
		}
		d := g.sh.facts[b.fact].doc
		own := itemBefore(d, b.tok)
		if own == "" {
			return
		}
		// the post names the fact's own item for it: nothing to check
		for k := max(c.Tok0-4, 0); k < c.Tok0; k++ {
			if toks[k].Sent == c.Sent && claims.Stem(toks[k].Low) == own {
				return
			}
		}
		for j := range atoms {
			a := &atoms[j]
			if a.derived || a.fact != b.fact || a.tok < 0 || claims.Eq(a.value, c.Value) || d.Tokens[a.tok].Sent != d.Tokens[b.tok].Sent {
				continue
			}
			item := itemBefore(d, a.tok)
			if item == "" {
				continue
			}
			for k := max(c.Tok0-4, 0); k < c.Tok0; k++ {
				if toks[k].Sent == c.Sent && toks[k].Kind == claims.TWord && claims.Stem(toks[k].Low) == item {
					g.contradicted(c, a.fact, a.text)
					return
				}
			}
		}
	}
}

// townNouns name a place's local authority ("Ville de Langres", "City of
// York").
var townNouns = map[string]bool{"ville": true, "mairie": true, "commune": true, "city": true, "town": true, "borough": true}

// municipal: a fact says something belongs to the town ("théâtre
// municipal", "council-run").
func (g *grounder) municipal() bool {
	for fi := range g.sh.facts {
		f := g.sh.facts[fi].fold
		if strings.Contains(f, " municipal") || strings.Contains(f, " communal") || strings.Contains(f, " council-run ") || strings.Contains(f, " council run ") {
			return true
		}
	}
	return false
}

// sentSaysDate: another date of c's sentence is t. "La session débute le
// samedi 11 septembre, et le spectacle viendra la couronner le vendredi 10
// décembre": the words around the first date are the show's too, but the
// show's date is the second one, said right; the first is another thing's.
func (g *grounder) sentSaysDate(c *claims.Claim, t time.Time) bool {
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o != c && o.Sent == c.Sent && o.Type == claims.Date && g.sh.date(o.Date).Equal(t) {
			return true
		}
	}
	return false
}

// monthOfFacts: a fact names month m as such ("de 9 h à 19 h en juillet et
// août"): "avant le 1er juillet", "before 1 July" is the edge of that
// month's period, not a deadline to match with an end date.
func (g *grounder) monthOfFacts(m int) bool {
	for fi := range g.sh.facts {
		for _, fc := range g.sh.facts[fi].doc.Claims {
			if fc.Type == claims.Month && fc.Date.M == m {
				return true
			}
		}
	}
	return false
}

// inRecurPeriod: t falls within the period the fact of recurrence r gives
// ("on Fridays from May 31 through September 6"), if it gives one: within
// one of its ranges, or between the first and last of two or more single
// dates.
func (g *grounder) inRecurPeriod(r recurrence, t time.Time) bool {
	var lo, hi time.Time
	singles, ranges := 0, 0
	for _, da := range g.sh.dates {
		if da.fact != r.fact {
			continue
		}
		if !da.d2.IsZero() {
			ranges++
			if !t.Before(da.d) && !t.After(da.d2) {
				return true
			}
			continue
		}
		if singles == 0 || da.d.Before(lo) {
			lo = da.d
		}
		if singles == 0 || da.d.After(hi) {
			hi = da.d
		}
		singles++
	}
	if ranges > 0 {
		return false
	}
	return singles < 2 || !t.Before(lo) && !t.After(hi)
}

// untilEnd: whether t is a stated end (of a period, or a deadline), and
// otherwise the index in sh.dates of the end of the period most related to
// ctx, or -1.
//
// A deadline "avant le 31 mars" is also "jusqu'au 30 mars (inclus)", and the
// other way round: before says whether the post's deadline is said "avant",
// "before".
func (g *grounder) untilEnd(ctx []string, t time.Time, before bool) (end int, stated bool) {
	for _, h := range g.sh.holidayEnds {
		if h.Equal(t) {
			return -1, true
		}
	}
	for _, da := range g.sh.dates {
		if (!da.d2.IsZero() && da.d2.Equal(t)) || (da.d2.IsZero() && da.d.Equal(t) && (da.role == claims.RoleUntil || da.closes && !before)) {
			return -1, true
		}
		// "before 1 June" for an offer that runs "from 6 to 31 May": the
		// day after the period's last day
		if before && !da.d2.IsZero() && da.d2.Equal(t.AddDate(0, 0, -1)) {
			return -1, true
		}
		// the last day of a deadline said the other way
		if da.d2.IsZero() && da.role == claims.RoleUntil && da.before != before {
			last := t
			if before {
				last = t.AddDate(0, 0, -1)
			}
			if da.before {
				last = last.AddDate(0, 0, 1)
			}
			if da.d.Equal(last) {
				return -1, true
			}
		}
	}
	end, endOv := -1, -1
	for i, da := range g.sh.dates {
		if da.d2.IsZero() && da.role != claims.RoleUntil {
			continue
		}
		if ov := g.overlap(ctx, da.fact); ov > endOv {
			end, endOv = i, ov
		}
	}
	return end, false
}

// namedRecurrence: "le premier dimanche du mois … les 1er novembre,
// 6 décembre": a date listed after the post names a ranked recurrence of
// the facts (the first Sunday of the month), in its sentence or the one
// before, is one of its days when it falls on such a day. The dates may
// stand far from the words of the fact, so the window of context words does
// not decide.
func (g *grounder) namedRecurrence(c *claims.Claim, t time.Time) bool {
	for _, r := range g.sh.recurs {
		if r.nth == 0 || !r.matches(t) {
			continue
		}
		for i := range g.doc.Claims {
			o := &g.doc.Claims[i]
			if o.Type == claims.Weekday && o.Weekday == r.weekday && o.Tok1 <= c.Tok0 && o.Sent >= c.Sent-1 && o.Sent <= c.Sent {
				return true
			}
		}
	}
	return false
}

// restrictive: "only", "uniquement", "seulement" right after the claim, or
// "only on" right before it.
func (g *grounder) restrictive(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Tok1 < len(toks) {
		switch toks[c.Tok1].Low {
		case "only", "uniquement", "seulement", "exclusivement":
			return true
		}
	}
	p1, p2 := prevLow(toks, c.Tok0), prevLow(toks, c.Tok0-1)
	return (p1 == "on" || p1 == "le") && (p2 == "only" || p2 == "uniquement" || p2 == "seulement") || p1 == "only" || p1 == "uniquement"
}

// monthClaim: a month is supported when a stated date or period touches it.
func (g *grounder) monthClaim(c *claims.Claim) {
	if g.sh.empty {
		g.unsupported(c)
		return
	}
	for _, da := range g.sh.dates {
		end := da.d2
		if end.IsZero() {
			end = da.d
		}
		for t := time.Date(da.d.Year(), da.d.Month(), 1, 0, 0, 0, 0, time.UTC); !t.After(end); t = t.AddDate(0, 1, 0) {
			if int(t.Month()) == c.Date.M && (c.Date.Y == 0 || c.Date.Y == t.Year()) {
				return
			}
		}
	}
	// the brief or a fact may name the month without a day
	if g.sh.known(claims.Fold(claims.MonthNames[g.lang][c.Date.M])) {
		return
	}
	if len(g.sh.dates) == 0 {
		g.unsupported(c)
		return
	}
	ctx := g.context(c, 8)
	best, bestOv := 0, -1
	for i, da := range g.sh.dates {
		if ov := g.overlap(ctx, da.fact); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	da := g.sh.dates[best]
	g.contradicted(c, da.fact, claims.MonthNames[g.lang][da.d.Month()])
}

func (g *grounder) dateInFact(t time.Time, fi int) bool {
	for _, da := range g.sh.dates {
		if da.fact == fi && (da.d.Equal(t) || (!da.d2.IsZero() && da.d2.Equal(t))) {
			return true
		}
	}
	return false
}

func (g *grounder) rangeClaim(c *claims.Claim) {
	t1, t2 := g.sh.date(c.Date), g.sh.date(c.Date2)
	if t1.IsZero() || t2.IsZero() {
		g.unsupported(c)
		return
	}
	// "du 19 décembre au 11 avril": the end is in the next year
	if c.Date2.Y == 0 && t2.Before(t1) {
		t2 = t2.AddDate(1, 0, 0)
	}
	if c.Weekday >= 0 && int(t1.Weekday()) != c.Weekday && !g.weekdaysOfRange(c, t1, t2) || c.Weekday2 >= 0 && int(t2.Weekday()) != c.Weekday2 {
		// "du lundi 21 septembre au vendredi 30 janvier" when a fact's term
		// runs from Monday 21 September to Friday 29 January: the end that
		// is off falls near the fact's on the weekday written, so the day
		// number is wrong, not the weekday, and the fact's period is meant
		for _, da := range g.sh.dates {
			if da.d2.IsZero() {
				continue
			}
			var off, want time.Time
			wd := -1
			switch {
			case da.d.Equal(t1) && c.Weekday2 >= 0 && int(t2.Weekday()) != c.Weekday2:
				off, want, wd = t2, da.d2, c.Weekday2
			case da.d2.Equal(t2) && c.Weekday >= 0 && int(t1.Weekday()) != c.Weekday:
				off, want, wd = t1, da.d, c.Weekday
			default:
				continue
			}
			if int(want.Weekday()) == wd && math.Abs(want.Sub(off).Hours()) <= 6*24 {
				sep := " au "
				if g.lang == "en" {
					sep = " to "
				}
				g.contradicted(c, da.fact, g.fmtDate(da.d, c.Weekday >= 0)+sep+g.fmtDate(da.d2, c.Weekday2 >= 0))
				return
			}
		}
		w := t1
		claimed := c.Weekday
		if !(c.Weekday >= 0 && int(t1.Weekday()) != c.Weekday) {
			w, claimed = t2, c.Weekday2
		}
		m := fmt.Sprintf(g.msg("weekday"), g.fmtDate(w, false)+" "+fmt.Sprint(w.Year()), g.weekdayName(int(w.Weekday())), g.weekdayName(claimed))
		g.findings = append(g.findings, Finding{Start: c.Start, End: c.End, Text: c.Text, Kind: Contradicted, Claim: "weekday", Message: m, Suggestion: g.fmtDate(w, true)})
		return
	}
	if g.sh.empty {
		g.unsupported(c)
		return
	}
	for _, da := range g.sh.dates {
		if da.d2.IsZero() {
			continue
		}
		if da.d.Equal(t1) && da.d2.Equal(t2) {
			return
		}
	}
	ctx := g.context(c, 8)
	// the period of the fact about the same thing must be the one stated
	// ("from Friday 9 to Sunday 11 October" for a festival from the 8th)
	for _, da := range g.sh.dates {
		if !da.d2.IsZero() && g.overlap(ctx, da.fact) >= 1 && !(da.d.Equal(t1) && da.d2.Equal(t2)) &&
			!t1.Before(da.d) && !t2.After(da.d2) && (t1.Equal(da.d) || t2.Equal(da.d2)) {
			sep := " au "
			if g.lang == "en" {
				sep = " to "
			}
			g.contradicted(c, da.fact, g.fmtDate(da.d, false)+sep+g.fmtDate(da.d2, false))
			return
		}
	}
	// the period of the fact most about the same thing (two words in common,
	// or a distinctive one: "marché de Noël") must hold it; another event's period does not
	// back it ("du 18 au 20 décembre" for a market on 11-13 December while
	// the ice rink runs to January)
	rel, relOv := -1, 0
	for i, da := range g.sh.dates {
		if da.d2.IsZero() {
			continue
		}
		if ov := g.overlap(ctx, da.fact); ov > relOv && (ov >= 2 || g.distinctive(ctx, da.fact)) {
			rel, relOv = i, ov
		} else if ov == relOv && rel >= 0 && !t1.Before(da.d) && !t2.After(da.d2) {
			rel = i // a tie: the period that holds it
		}
	}
	if rel >= 0 {
		da := g.sh.dates[rel]
		if !t1.Before(da.d) && !t2.After(da.d2) {
			return
		}
		sep := " au "
		if g.lang == "en" {
			sep = " to "
		}
		g.contradicted(c, da.fact, g.fmtDate(da.d, false)+sep+g.fmtDate(da.d2, false))
		return
	}
	// inside a stated period, or from one stated date to another
	for _, da := range g.sh.dates {
		if !da.d2.IsZero() && !t1.Before(da.d) && !t2.After(da.d2) {
			return
		}
	}
	best, bestOv := -1, -1
	for i, da := range g.sh.dates {
		if da.d2.IsZero() {
			continue
		}
		if ov := g.overlap(ctx, da.fact); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	if best >= 0 {
		da := g.sh.dates[best]
		sep := " au "
		if g.lang == "en" {
			sep = " to "
		}
		g.contradicted(c, da.fact, g.fmtDate(da.d, false)+sep+g.fmtDate(da.d2, false))
		return
	}
	g.unsupported(c)
}

func (g *grounder) urlClaim(c *claims.Claim) {
	u := normURL(c.Text)
	host, path := urlHost(u)
	sameHost := -1
	for i, fu := range g.sh.urls {
		if fu == u {
			return
		}
		fh, _ := urlHost(fu)
		if fh == host {
			if path == "" {
				return
			}
			sameHost = i
		}
	}
	if sameHost >= 0 {
		g.unsupported(c)
		return
	}
	if len(g.sh.urls) == 0 {
		g.unsupported(c)
		return
	}
	// the closest official address: same path first, else the first one
	best := 0
	for i, fu := range g.sh.urls {
		_, fp := urlHost(fu)
		if fp == path && path != "" {
			best = i
			break
		}
	}
	g.contradicted(c, g.sh.urlFact[best], g.sh.urls[best])
}

// foldedText is claims.Fold(c.Text), read from the token when the claim is
// one token, which the tokeniser folded already.
func (g *grounder) foldedText(c *claims.Claim) string {
	if c.Tok1 == c.Tok0+1 && c.Tok0 >= 0 && c.Tok0 < len(g.doc.Tokens) && g.doc.Tokens[c.Tok0].Text == c.Text {
		return g.doc.Tokens[c.Tok0].Low
	}
	return claims.Fold(c.Text)
}

func (g *grounder) hashtag(c *claims.Claim) {
	tag := g.foldedText(c)
	for _, t := range g.sh.tags {
		if t == tag {
			return
		}
	}
	if g.sh.known(tag[1:]) {
		return
	}
	// a tag that looks like the campaign's own (digits, or sharing the
	// official tag's stem) is a claim; a topical tag (#boulangerie) is not
	official := -1
	// (written in lower case, it shows no words of a name: #galettedesrois)
	lower := strings.IndexFunc(c.Text, unicode.IsUpper) < 0
	topical := false
	for i, t := range g.sh.tags {
		if n := commonPrefix(t, tag); n >= 6 && n >= firstWordEnd(g.sh.tagText[i]) {
			if !g.topicalRest(tag[n:], lower) {
				official = i
				break
			}
			topical = lower
		}
	}
	// "#PoneyClubTroisChenes" for #TroisChenesPoney: the official tag's
	// name in another order, unless the tag only runs together words the
	// facts write in a row (#AtelierCombeloup)
	for i, t := range g.sh.tags {
		if official < 0 && !topical && longestCommon(t[1:], tag[1:]) >= 8 && !g.wordsRunTogether(tag[1:]) {
			official = i
		}
	}
	hasDigit := strings.IndexFunc(tag, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
	if official >= 0 {
		g.contradicted(c, g.sh.tagFact[official], g.sh.tagText[official])
		return
	}
	if hasDigit && len(g.sh.tags) > 0 {
		for i, t := range g.sh.tags {
			if strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
				g.contradicted(c, g.sh.tagFact[i], g.sh.tagText[i])
				return
			}
		}
	}
}

// firstWordEnd: the byte length of "#" and the first word of a tag whose
// capitals or digits show its words ("#Reparty" of #Reparty10ans), else 0.
// "#réparerplutôtquejeter" shares "#repar" with #Reparty10ans but not its
// brand word: a topical tag, not a wrong official one.
func firstWordEnd(tag string) int {
	n := 0
	for i, r := range tag {
		if i == 0 {
			continue
		}
		if i > 1 && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
			if n == 0 {
				return 0
			}
			return len(claims.Fold(tag[:i]))
		}
		if unicode.IsLower(r) {
			n++
		}
	}
	return 0
}

// longestCommon: the length of the longest run of bytes a and b share.
func longestCommon(a, b string) int {
	best := 0
	for i := range a {
		for j := range b {
			n := 0
			for i+n < len(a) && j+n < len(b) && a[i+n] == b[j+n] {
				n++
			}
			best = max(best, n)
		}
	}
	return best
}

// wordsRunTogether: body is words the facts or the brief write in a row,
// run together without spaces or dashes ("ateliercombeloup").
func (g *grounder) wordsRunTogether(body string) bool {
	ws := strings.Fields(g.sh.allFold)
	for i := range ws {
		run := ""
		for j := i; j < len(ws) && len(run) < len(body); j++ {
			run += strings.ReplaceAll(ws[j], "-", "")
			if run == body {
				return true
			}
			if !strings.HasPrefix(body, run) {
				break
			}
		}
	}
	return false
}

// topicalRest: "#smashburger" beside the official #SmashRennes adds to the
// brand's word a common word of the facts ("burger"), which makes a topical
// tag; a place or name of the facts (#SmashNantes), a figure or words run
// together (#WyvernNewRoutes) make a claim to be the campaign's own.
func (g *grounder) topicalRest(rest string, lower bool) bool {
	if len(rest) < 3 || strings.IndexFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return false
	}
	if !g.sh.known(rest) && !g.sh.known(rest+"s") {
		// "#galettedesrois" beside #GaletteKerlann: common words of the
		// facts run together in lower case ("des rois") are topical too
		// (#WyvernNewRoutes, in capitals, makes a name)
		return lower && g.knownWords(rest, 0)
	}
	return !g.isPlace(rest)
}

func (g *grounder) isPlace(w string) bool {
	for _, p := range g.sh.places {
		if p == w {
			return true
		}
	}
	return false
}

// knownWords: rest splits into two or more words of the facts (a plural
// -s may be dropped), none a place; depth counts the words split off.
func (g *grounder) knownWords(rest string, depth int) bool {
	if rest == "" {
		return depth >= 2
	}
	if depth >= 4 {
		return false
	}
	for k := len(rest); k >= 2; k-- {
		w := rest[:k]
		if (g.sh.known(w) || g.sh.known(w+"s")) && !g.isPlace(w) && g.knownWords(rest[k:], depth+1) {
			return true
		}
	}
	// "#huiledolive": a tag drops the apostrophe of an elided article
	// (d'olive, l'huile), a word of its own before a word of the facts
	if g.lang == "fr" && len(rest) > 3 && (rest[0] == 'd' || rest[0] == 'l') {
		return g.knownWords(rest[1:], depth+1)
	}
	return false
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// sequenceInFacts: the words appear in this order, consecutively among
// content words, in one fact or the brief.
func (g *grounder) sequenceInFacts(words []string) bool {
	if len(words) == 0 {
		return true
	}
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = claims.Stem(w)
	}
	for fi := -1; fi < len(g.sh.facts); fi++ {
		cw := g.fd(fi).cw
		for i := range cw {
			k := 0
			for k < len(stems) && i+k < len(cw) && cw[i+k] == stems[k] {
				k++
			}
			if k == len(stems) {
				return true
			}
		}
	}
	return false
}

// superlativeOfFact: "our newest residence in Leeds" when a fact says "Its
// newest residence, Hartley Yard, … Leeds": the superlative and its noun
// in a row in one fact, with every other word of the claim a few words
// after them. A
// fact that ranks (No. 6 among the best) backs it only when the post's
// sentence gives that rank.
func (g *grounder) superlativeOfFact(c *claims.Claim) bool {
	if len(c.Words) < 2 {
		return false
	}
	s0, s1 := claims.Stem(c.Words[0]), claims.Stem(c.Words[1])
	for fi := range g.sh.facts {
		cw := g.fd(fi).cw
		for i := 0; i+1 < len(cw); i++ {
			if cw[i] != s0 || cw[i+1] != s1 {
				continue
			}
			// (the other words close after it: "meilleure galette … du
			// Finistère ; … de Bretagne" is another prize's region)
			near := cw[i+2 : min(i+9, len(cw))]
			all := true
			for _, w := range c.Words[2:] {
				if !contains(near, claims.Stem(w)) {
					all = false
					break
				}
			}
			if all && g.rankOfFactStated(fi, c.Sent) {
				return true
			}
		}
	}
	return false
}

// rankOfFactStated: fact fi gives no rank, or the post's sentence sent
// gives its rank.
func (g *grounder) rankOfFactStated(fi, sent int) bool {
	for _, fc := range g.sh.facts[fi].doc.Claims {
		if fc.Type != claims.Ordinal {
			continue
		}
		found := false
		for i := range g.doc.Claims {
			o := &g.doc.Claims[i]
			if o.Sent == sent && o.Type == claims.Ordinal && claims.Eq(o.Value, fc.Value) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// orderWords put a thing first or last in a sequence.
var orderWords = map[string]bool{"first": true, "last": true, "premier": true, "premiere": true, "dernier": true, "derniere": true}

// orderOfFacts: "will send off the first wave on Sunday 19 September" when a
// fact says the ambassador "will start the first wave": the order a fact
// gives ("first wave"), said of words the sheet knows each (the event, its
// date), is that fact's, not a rank to check.
func (g *grounder) orderOfFacts(words []string) bool {
	if len(words) < 3 || !orderWords[words[0]] || !g.sequenceInFacts(words[:2]) {
		return false
	}
	for _, w := range words[2:] {
		if !g.sh.known(w) {
			return false
		}
	}
	return true
}

// ofLastPeriod: "meilleure rebondeuse de LFB la saison passée" when a fact
// says "meilleure rebondeuse de LFB en 2025-2026" in a 2026 campaign: the
// superlative the facts give, said of the last season or year, which is the
// one the fact dates it to (a season ending this year or last, a year just
// past).
func (g *grounder) ofLastPeriod(c *claims.Claim) bool {
	n := len(c.Words)
	if n < 4 {
		return false
	}
	a, b := c.Words[n-2], c.Words[n-1]
	if lastWords[a] {
		a, b = b, a
	}
	season := a == "saison" || a == "season"
	if !season && a != "annee" && a != "an" && a != "year" || !lastWords[b] {
		return false
	}
	stems := make([]string, n-2)
	for i, w := range c.Words[:n-2] {
		stems[i] = claims.Stem(w)
	}
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for i := range d.Claims {
			fs := &d.Claims[i]
			if fs.Type != claims.Superlative || !sameStems(fs.Words, stems) {
				continue
			}
			// the year the fact's superlative is dated to: the latest one
			// in its phrase or right after it
			latest := 0
			for _, y := range d.Claims {
				if y.Type == claims.Year && y.Tok0 >= fs.Tok0 && y.Tok0 <= fs.Tok1+1 && int(y.Value) > latest {
					latest = int(y.Value)
				}
			}
			if latest == g.sh.year-1 || season && latest == g.sh.year {
				return true
			}
		}
	}
	return false
}

// lastWords: "passée", "dernière", "last" of a season or a year gone by.
var lastWords = map[string]bool{"passee": true, "passe": true, "derniere": true, "dernier": true, "last": true, "past": true}

func sameStems(words, stems []string) bool {
	if len(words) != len(stems) {
		return false
	}
	for i, w := range words {
		if claims.Stem(w) != stems[i] {
			return false
		}
	}
	return true
}

func (g *grounder) fd(fi int) *factDoc {
	if fi < 0 {
		return &g.sh.briefFd
	}
	return &g.sh.facts[fi]
}

var giftMarkers = map[string]bool{
	"offert": true, "offerte": true, "offerts": true, "offertes": true, "gratuit": true, "gratuite": true,
	"gratuits": true, "gratuites": true, "gratuitement": true, "free": true, "included": true, "inclus": true,
	"incluse": true, "incluses": true, "compris": true, "comprise": true, "complimentary": true, "cadeau": true,
	"offre": true, "offrons": true, "offer": true, "offers": true, "receive": true, "receives": true, "recoit": true,
	"recoivent": true, "recevront": true, "gift": true, "comprend": true, "comprennent": true, "includes": true,
	"include": true, "including": true, "inclut": true, "incluent": true, "with": false,
	"fourni": true, "fournie": true, "fournis": true, "fournies": true,
	// "lunch is provided": supplied with the offer, as "fourni"
	"provided": true, "supplied": true,
}

var includeWords = map[string]bool{
	"including": true, "y": true,
	"included": true, "inclus": true, "incluse": true, "incluses": true, "compris": true, "comprise": true,
	"comprend": true, "comprennent": true, "includes": true, "include": true, "inclut": true, "incluent": true,
	"fourni": true, "fournie": true, "fournis": true, "fournies": true,
	// "lunch is provided": supplied with the offer, as "fourni"
	"provided": true, "supplied": true,
}

var negations = map[string]bool{"no": true, "not": true, "pas": true, "aucun": true, "aucune": true, "sans": true, "n'": true, "ni": true, "never": true, "jamais": true}

// freebie: an object offered for free must be offered by a fact.
// offerNoun: "l'offre deuxième paire", "the offer": a promotion named, not
// something given ("on vous offre", "we offer" still give).
func offerNoun(d *claims.Doc, mi int) bool {
	switch d.Tokens[mi].Low {
	case "offre", "offer", "offers", "offres":
		switch prevLow(d.Tokens, mi) {
		case "l'", "la", "une", "cette", "notre", "nos", "les", "des", "the", "an", "this", "our", "special", "exclusive":
			return true
		}
		// "the Family plan launch offer (March 14 – April 14)": after a
		// noun and before no object it heads a compound; a verb "offer"
		// follows a subject ("both venues offer"), "to", a modal or an
		// adverb ("we proudly offer"), and has an object after it
		if l := d.Tokens[mi].Low; (l == "offer" || l == "offers") && mi > 0 {
			p := &d.Tokens[mi-1]
			if p.Kind != claims.TWord || p.Stop() || strings.HasSuffix(p.Low, "ly") || strings.HasSuffix(p.Low, "s") || p.Sent != d.Tokens[mi].Sent {
				return false
			}
			return mi+1 >= len(d.Tokens) || d.Tokens[mi+1].Kind != claims.TWord && d.Tokens[mi+1].Kind != claims.TNum || d.Tokens[mi+1].Stop()
		}
	}
	return false
}

// exampleDiscount: "Crème solaire à 15 € ? Avec la remise, elle passe à
// 12 €": the post's own example price (asked in a question) and that price
// less a stated discount.
func (g *grounder) exampleDiscount(c *claims.Claim) bool {
	pcts := g.sh.atoms[clsPercent]
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start == c.Start || o.Type != claims.Money || o.Sent < c.Sent-1 || o.Sent > c.Sent+1 {
			continue
		}
		for _, p := range pcts {
			if p.derived || p.value <= 0 || p.value >= 100 {
				continue
			}
			f := 1 - p.value/100
			// c is the price after the discount, or the example asked; the
			// price before may be the post's own basket of stated prices
			// (2 × 34,50 € + 2 × 22 € = 113 €, then 101,70 € with 10 % off;
			// one small + one large = A$225, then A$191.25 with 15% off)
			if math.Abs(o.Value*f-c.Value) < 0.01 && (g.question(o.Sent) || g.supported(o, clsMoney) || g.basket(o, nil) || g.timesPostCount(o) || g.plusSum(o)) || g.question(c.Sent) && math.Abs(c.Value*f-o.Value) < 0.01 {
				return true
			}
		}
	}
	return false
}

// timesPostCount: "For four adults, that's $1,170 instead of $1,300" at
// $325 a seat: the price before a discount may be a price of the facts
// times a count the post names.
func (g *grounder) timesPostCount(o *claims.Claim) bool {
	var buf [8]float64
	for _, n := range g.postCounts(o, buf[:0]) {
		for _, a := range g.sh.atoms[clsMoney] {
			if !a.derived && claims.Eq(a.value*n, o.Value) {
				return true
			}
		}
	}
	return false
}

// onlyRange: the facts state a single period.
func (g *grounder) onlyRange() bool {
	n := 0
	for _, da := range g.sh.dates {
		if !da.d2.IsZero() {
			n++
		}
	}
	return n == 1
}

// startWord: sentence sent says something opens or starts.
func (g *grounder) startWord(sent int) bool {
	a, b := g.doc.Sentence(sent)
	for i := a; i < b; i++ {
		t := &g.doc.Tokens[i]
		switch t.Low {
		case "ouverture", "demarre", "debut", "commence", "opens", "opening", "starts", "start", "kicks":
			return true
		}
	}
	return false
}

// dayOfPostMonth: "Four Fridays in February: 5th, 12th, 19th and 26th":
// ranks after a month the post names are days of that month, backed when a
// fact's recurrence, date or period holds the day.
// ageInBand: "deux ados de 12 et 15 ans", "two kids aged 8 and 11": the
// exact ages of the people of an example, each inside an age band a fact
// prices ("22 € pour les 4-25 ans"), say who the example is, not a band of
// their own. A bound ("moins de 12 ans") or an age outside every band is
// still checked.
func (g *grounder) ageInBand(c *claims.Claim) bool {
	if c.Bound != claims.Exact || c.Value != math.Trunc(c.Value) || c.Type != claims.Count && c.Type != claims.Number {
		return false
	}
	toks := g.doc.Tokens
	// the list of ages runs back to "de"/"aged" and on to "ans"/"years"
	k := c.Tok0 - 1
	for k >= 0 && (toks[k].Kind == claims.TNum || toks[k].Low == "et" || toks[k].Low == "and" || toks[k].Low == ",") {
		k--
	}
	if k < 0 || !ageLeads[toks[k].Low] && !g.personAge(k) {
		return false
	}
	// after "de" the list must end in years ("de 12 et 15 ans"); "aged"
	// says it alone
	if !ageLeads[toks[k].Low] || toks[k].Low == "de" {
		e := c.Tok1
		for e < len(toks) && (toks[e].Kind == claims.TNum || toks[e].Low == "et" || toks[e].Low == "and" || toks[e].Low == ",") {
			e++
		}
		if e >= len(toks) || !ageUnits[toks[e].Low] {
			return false
		}
	}
	for fi := range g.sh.facts {
		if ageBandHolds(g.sh.facts[fi].doc.Tokens, c.Value) {
			return true
		}
	}
	return false
}

// personAge: the verb at k gives the age of a person the post speaks to
// or for ("POV : tu as 8 ans", "when you're 8 years old"), who is an
// example like the children of a family price, not the brand.
func (g *grounder) personAge(k int) bool {
	toks := g.doc.Tokens
	switch toks[k].Low {
	case "as", "avez", "ai":
		return true
	case "are", "re", "am", "m":
		p := prevLow(toks, k)
		if p == "'" || p == "’" {
			p = prevLow(toks, k-1)
		}
		return p == "you" || p == "i"
	}
	return false
}

var ageLeads = map[string]bool{"de": true, "aged": true, "ages": true, "age": true, "agee": true, "agees": true}

var ageUnits = map[string]bool{"ans": true, "an": true, "years": true, "year": true, "yrs": true}

// ageBandHolds: toks give an age band "4-25 ans", "de 4 à 25 ans", "aged
// 4 to 25", "4–25 years" that holds v.
func ageBandHolds(toks []claims.Token, v float64) bool {
	for i := 0; i+2 < len(toks); i++ {
		a, sep, b := &toks[i], &toks[i+1], &toks[i+2]
		if a.Kind != claims.TNum || b.Kind != claims.TNum || v < a.Num || v > b.Num {
			continue
		}
		if !isDashText(sep.Text) && sep.Low != "a" && sep.Low != "to" {
			continue
		}
		if i+3 < len(toks) && ageUnits[toks[i+3].Low] || i > 0 && ageLeads[toks[i-1].Low] && toks[i-1].Low != "de" {
			return true
		}
	}
	// an open band: "gratuit pour les moins de 12 ans", "free for
	// children under 12 years"
	for i := 1; i+1 < len(toks); i++ {
		a := &toks[i]
		if a.Kind != claims.TNum || v >= a.Num || !ageUnits[toks[i+1].Low] {
			continue
		}
		if toks[i-1].Low == "under" || i > 1 && toks[i-1].Low == "de" && toks[i-2].Low == "moins" {
			return true
		}
	}
	return false
}

// doneBy: "directed by Gary Pennock", "mis en scène par Léa Roy": a
// stated person said to do what a fact gives to someone else ("written and
// directed by Helen Kerr") is contradicted, the fact's person suggested.
func (g *grounder) doneBy(c *claims.Claim) {
	toks := g.doc.Tokens
	// the word before "by" says what is done; a name there is a place
	// ("fondée à Grenoble par …")
	if c.Tok0 < 2 || !agentWords[toks[c.Tok0-1].Low] || toks[c.Tok0-2].Kind != claims.TWord || toks[c.Tok0-2].Stop() || toks[c.Tok0-2].Cap {
		return
	}
	verb := claims.Stem(toks[c.Tok0-2].Low)
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		ft := fd.doc.Tokens
		for k := range ft {
			if fd.stems[k] != verb || ft[k].Cap {
				continue
			}
			// the agent: the capitalised words after "by" within the clause
			by := -1
			for j := k + 1; j < len(ft) && j <= k+3 && ft[j].Sent == ft[k].Sent && !ft[j].Cap; j++ {
				if agentWords[ft[j].Low] {
					by = j
					break
				}
			}
			if by < 0 || by+1 >= len(ft) {
				continue
			}
			// "conducted by artistic director Dr Mere Tawhiri": the job
			// before the agent's name is skipped
			ag := by + 1
			for ag < len(ft) && ag <= by+4 && ft[ag].Kind == claims.TWord && !ft[ag].Cap && !ft[ag].Stop() && ft[ag].Sent == ft[by].Sent {
				ag++
			}
			if ag >= len(ft) || !ft[ag].Cap {
				continue
			}
			_, e := clauseOf(fd.doc, by)
			agent := strings.Join(fd.doc.ContentWords(by+1, e), " ")
			if strings.Contains(agent, strings.Join(c.Words, " ")) {
				return
			}
			n := ag
			for n < e && (ft[n].Cap || ft[n].Apos) {
				n++
			}
			g.contradicted(c, fi, fd.doc.Slice(ft[ag].Start, ft[n-1].End))
			return
		}
	}
}

// agentWords introduce who does what a participle says ("directed by").
var agentWords = map[string]bool{"by": true, "par": true}

// gluedCodeKnown: the name words with digits glued to the last ("NEWBOWL"
// + "50") are stated: whole, or the code alone with each other word of the
// name a word of the facts ("Code").
func (g *grounder) gluedCodeKnown(words []string, digits string) bool {
	n := len(words)
	if n == 0 {
		return false
	}
	code := words[n-1] + digits
	if !g.sh.known(code) {
		return false
	}
	for _, w := range words[:n-1] {
		if !g.sh.known(w) {
			return false
		}
	}
	return true
}

// lower48: "anywhere in the lower 48" is the everyday American name of the
// contiguous United States, stated when a fact names them so; the 48 counts
// nothing the post could get wrong.
func (g *grounder) lower48(c *claims.Claim) bool {
	return c.Value == 48 && prevLow(g.doc.Tokens, c.Tok0) == "lower" && (g.sh.known("contiguous") || g.sh.known("continental"))
}

// hoursAndMinutes: the index of the count of minutes that completes the
// count of hours c ("two hours and twenty minutes", "deux heures et vingt
// minutes"), or -1.
func (g *grounder) hoursAndMinutes(c *claims.Claim) int {
	if minutesOf(c.Noun) != 60 {
		return -1
	}
	toks := g.doc.Tokens
	for k := range g.doc.Claims {
		o := &g.doc.Claims[k]
		if o.Type != claims.Count || minutesOf(o.Noun) != 1 || o.Tok1 >= len(toks) || o.Tok0 <= c.Tok1 || o.Tok0 > c.Tok1+2 {
			continue
		}
		// between them: the hours' noun and at most "and"/"et"
		if o.Tok0 == c.Tok1+2 && toks[c.Tok1+1].Low != "and" && toks[c.Tok1+1].Low != "et" {
			return -1
		}
		return k
	}
	return -1
}

// minutesOfHours: the index of the count of hours whose minutes c gives,
// or -1.
func (g *grounder) minutesOfHours(c *claims.Claim) int {
	for k := range g.doc.Claims {
		o := &g.doc.Claims[k]
		if o.Type != claims.Count || o.Tok1 >= c.Tok0 || o.Tok1+2 < c.Tok0 {
			continue
		}
		if m := g.hoursAndMinutes(o); m >= 0 && g.doc.Claims[m].Tok0 == c.Tok0 {
			return k
		}
	}
	return -1
}

// dayOfWeekday: "le dimanche 14", "on Sunday 14": a day number right after
// a weekday, the month left out, is a stated date when the facts give a day
// of that number falling on that weekday (dimanche 14 février 2027).
func (g *grounder) dayOfWeekday(c *claims.Claim) bool {
	if c.Value < 1 || c.Value > 31 || c.Value != math.Trunc(c.Value) {
		return false
	}
	wd := -1
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Weekday && o.Tok1 == c.Tok0 {
			wd = o.Weekday
			break
		}
	}
	if wd < 0 {
		return false
	}
	day := int(c.Value)
	for _, da := range g.sh.dates {
		end := da.d2
		if end.IsZero() {
			end = da.d
		}
		// a period longer than a year adds no day of its own
		for t, n := da.d, 0; !t.After(end) && n < 400; t, n = t.AddDate(0, 0, 1), n+1 {
			if t.Day() == day && int(t.Weekday()) == wd {
				return true
			}
		}
	}
	return false
}

// ordinalOfNoun: a content word follows the ordinal ("our 20th tea
// house"): it ranks that, it is no day of a month.
func ordinalOfNoun(d *claims.Doc, c *claims.Claim) bool {
	return c.Tok1 < len(d.Tokens) && d.Tokens[c.Tok1].Kind == claims.TWord && !d.Tokens[c.Tok1].Stop()
}

func (g *grounder) dayOfPostMonth(c *claims.Claim) bool {
	if c.Value < 1 || c.Value > 31 || c.Value != math.Trunc(c.Value) {
		return false
	}
	m := 0
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		// "Diwali falls on Friday 29 October, and the sale is on until
		// Sunday the 31st": a date before it gives its month too
		if (o.Type == claims.Month || o.Type == claims.Date && o.Date.M != 0 && !ordinalOfNoun(g.doc, c)) && o.Start < c.Start && o.Sent >= c.Sent-1 {
			m = o.Date.M
		}
	}
	if m == 0 {
		return false
	}
	// the year of the month as a fact names it ("in February 2027")
	y := 0
	for _, ym := range g.sh.months {
		if ym[1] == m {
			y = ym[0]
		}
	}
	t := g.sh.date(claims.D{Y: y, M: m, Day: int(c.Value)})
	if t.IsZero() || int(t.Month()) != m {
		return false
	}
	for _, r := range g.sh.recurs {
		if r.matches(t) {
			return true
		}
	}
	for _, da := range g.sh.dates {
		if da.d.Equal(t) || !da.d2.IsZero() && !t.Before(da.d) && !t.After(da.d2) {
			return true
		}
	}
	return false
}

// freebieSynonyms: everyday words for the people an offer names.
// joinNouns: joining a programme ("l'adhésion est gratuite", "free
// membership").
var joinNouns = map[string]bool{"adhesion": true, "membership": true, "joining": true, "adherer": true}

// programNouns: a programme one joins ("le programme de fidélité gratuit",
// "our free loyalty club").
var programNouns = map[string]bool{"programme": true, "program": true, "club": true, "scheme": true, "fidelite": true, "loyalty": true}

// freeMembership: "L'adhésion est gratuite", "membership is free" when a
// fact says the programme one joins is free ("Club Boréal, le programme de
// fidélité gratuit"): joining it costs nothing.
func (g *grounder) freeMembership(c *claims.Claim) bool {
	if len(c.Words) == 0 || !joinNouns[c.Words[0]] {
		return false
	}
	for fi := range g.sh.facts {
		fd := g.fd(fi)
		d := fd.doc
		for _, mi := range fd.gifts {
			if negatedAt(d, mi) {
				continue
			}
			for k := max(mi-4, 0); k < len(d.Tokens) && k <= mi+4; k++ {
				if d.Tokens[k].Sent == d.Tokens[mi].Sent && programNouns[d.Tokens[k].Low] {
					return true
				}
			}
		}
	}
	return false
}

var freebieSynonyms = map[string]string{
	"grown-up": "adult", "grown-ups": "adult", "grownup": "adult", "grownups": "adult", "kid": "child", "kids": "child",
	"children": "child", "parent": "adult", "parents": "adult",
}

// withInFacts: stem is named in a fact within five words after "with",
// "avec", "including" or "comprenant" in its sentence.
func (g *grounder) withInFacts(stem string) bool {
	// the stem's places in the facts, from the sheet's index
	for _, at := range g.sh.stemPositions(stem) {
		if at.fi < 0 {
			continue
		}
		d, k := g.sh.facts[at.fi].doc, at.ti
		for j := k - 1; j >= 0 && j >= k-5 && d.Tokens[j].Sent == d.Tokens[k].Sent; j-- {
			switch d.Tokens[j].Low {
			case "with", "avec", "including", "comprenant":
				return true
			}
		}
	}
	return false
}

// pricedAt: the word at k has its own price right after it ("l'entrée est
// gratuite, la location de patins coûte 3 €"): the gift before it in the
// sentence is not for it ("l'entrée coûte 8 € ; gratuit pour les moins de
// 12 ans" still gives free entry to some).
func pricedAt(d *claims.Doc, k int) bool {
	for ci := range d.Claims {
		fc := &d.Claims[ci] // in place: a Claim is large to copy
		if fc.Type != claims.Money || fc.Tok0 <= k || fc.Tok0 > k+3 {
			continue
		}
		for j := k + 1; j < fc.Tok0; j++ {
			// "free for clients and cost £75 for others": a new clause
			// prices something else
			if d.Tokens[j].Kind == claims.TPunct || clauseJoins[d.Tokens[j].Low] {
				return false
			}
		}
		return true
	}
	return false
}

// clauseJoins join a clause with a verb of its own to the one before.
var clauseJoins = map[string]bool{"and": true, "et": true, "but": true, "mais": true, "while": true, "whereas": true, "tandis": true, "alors": true}

// byWords introduce the moment a delivery is promised by.
var byWords = map[string]bool{"avant": true, "before": true, "by": true, "pour": true, "for": true}

// deliveryStems begin the words of a fact that promise a delivery.
var deliveryStems = []string{"livr", "deliver", "recev", "recoi", "receiv", "ship", "expedi"}

// deliveredBy: "recevez vos chocolats avant Noël", "receive your order by
// Christmas" is a delivery promised by a moment, not a gift: backed by a
// fact that delivers by that moment. Its deadline, if any, is checked as a
// date of its own.
func (g *grounder) deliveredBy(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Tok0 >= len(toks) || !strings.HasPrefix(toks[c.Tok0].Low, "rec") {
		return false
	}
	for k := c.Tok0 + 1; k+1 < len(toks) && k <= c.Tok1 && toks[k].Sent == c.Sent; k++ {
		if !byWords[toks[k].Low] {
			continue
		}
		j := k + 1
		if articles[toks[j].Low] && j+1 < len(toks) {
			j++
		}
		when := claims.Stem(toks[j].Low)
		for fi := range g.sh.facts {
			fd := &g.sh.facts[fi]
			if fd.words[when] && delivers(fd) {
				return true
			}
		}
	}
	return false
}

func delivers(fd *factDoc) bool {
	for _, st := range fd.stems {
		for _, p := range deliveryStems {
			if strings.HasPrefix(st, p) {
				return true
			}
		}
	}
	return false
}

// freeTierName: "Or stick with Free: unlimited passwords on one device"
// when a fact names a plan "the Free plan": "Free" written with a capital
// inside a sentence, as the facts write it, is the name of a tier, no
// gift. (Only a capitalised "Free" in mid-sentence makes the facts be
// read.)
func (g *grounder) freeTierName(c *claims.Claim) bool {
	named := func(toks []claims.Token) bool {
		for k := range toks {
			if t := &toks[k]; t.Text == "Free" && !t.SentStart && k > 0 && toks[k-1].Kind == claims.TWord {
				return true
			}
		}
		return false
	}
	if !named(g.doc.Tokens[c.Tok0:c.Tok1]) {
		return false
	}
	for fi := range g.sh.facts {
		if named(g.sh.facts[fi].doc.Tokens) {
			return true
		}
	}
	return false
}

func (g *grounder) freebie(c *claims.Claim) {
	if g.sh.empty {
		g.unsupported(c)
		return
	}
	if g.deliveredBy(c) || g.hostedOpponent(c) || g.freeTierName(c) || g.freeMembership(c) {
		return
	}
	// "le code fonctionne aussi sur vos abonnements" when the code is "hors
	// abonnements": what an offer is said to extend to is checked only
	// against what the facts leave out
	if c.Prep == "cover" {
		for _, w := range c.Words {
			if st := claims.Stem(w); len(st) > 2 {
				if fi := g.excludedIn(st); fi >= 0 {
					g.contradicted(c, fi, "")
					return
				}
			}
		}
		return
	}
	stems := make([]string, len(c.Words))
	generic := len(c.Words) > 0
	for i, w := range c.Words {
		stems[i] = claims.Stem(w)
		// "free caddies" for the fact's "free … caddy": the English plural
		// in -ies of a noun in -y
		if g.lang == "en" && len(w) > 5 && strings.HasSuffix(w, "ies") {
			stems[i] = claims.Stem(w[:len(w)-3] + "y")
		}
		if syn, ok := freebieSynonyms[w]; ok {
			stems[i] = syn
		}
		if n := g.serviceNoun(c, w); n != "" {
			stems[i] = n
		}
		switch w {
		case "everything", "tout", "all", "anything", "everyone":
		default:
			generic = false
		}
	}
	// "everything included": the facts' own inclusions
	if generic {
		for fi := -1; fi < len(g.sh.facts); fi++ {
			if len(g.fd(fi).gifts) > 0 {
				return
			}
		}
	}
	// "compris", "included" in a fact back an inclusion, not a gift
	inclusion := true
	for k := c.Tok0; k < c.Tok1 && k < len(g.doc.Tokens); k++ {
		if t := &g.doc.Tokens[k]; t.In(giftClass) && !t.In(includeClass) {
			inclusion = false
		}
	}
	// "licence FFE incluse" when the fact says "licence FFE non comprise":
	// the facts leave it out
	if inclusion {
		for _, st := range stems {
			// the length first: excludedIn walks every fact's words
			if len(st) <= 2 {
				continue
			}
			if fi := g.excludedIn(st); fi >= 0 {
				g.contradicted(c, fi, "")
				return
			}
		}
	}
	// "initiation … chaussons compris" when the initiation's fact says
	// "matériel compris": the inclusion of the related offer
	if inclusion {
		ctx := g.context(c, 12)
		best, bestOv := -1, 1
		for fi := range g.sh.facts {
			if ov := g.overlap(ctx, fi); ov > bestOv {
				best, bestOv = fi, ov
			}
		}
		if best >= 0 && !g.addedToList(c, stems, best) {
			for _, mi := range g.sh.facts[best].gifts {
				if g.sh.facts[best].doc.Tokens[mi].In(includeClass) {
					return
				}
			}
		}
	}
	// "360 CHF au total, acompte compris" when the fact says the deposit
	// "est déduit du prix final": what is deducted from the price is
	// counted in the total, an inclusion in other words
	if inclusion && len(stems) > 0 && g.deductedInFacts(stems[0]) {
		return
	}
	// "food and host included" when the fact sells the party "with food and
	// a party host": what comes with a priced offer is included in it
	if inclusion && len(stems) > 0 && (g.withInFacts(stems[0]) || g.listedWithPrice(c.Words, stems)) {
		return
	}
	if inclusion && g.doc.Tokens[c.Tok0].Low == "including" || g.doc.Tokens[c.Tok0].Low == "y" {
		// "including 18 rooms with a sea view" only lists what a fact says,
		// unless that fact leaves it out ("driver and passengers not
		// included")
		if len(stems) > 0 && g.inFacts(stems[0]) {
			if fi := g.excludedIn(stems[0]); fi >= 0 {
				g.contradicted(c, fi, "")
			}
			return
		}
	}
	// "2 mois offerts" when a fact gives "le premier mois" free: one month
	// (before the count is taken for the writer's own sum of free months)
	if g.sh.firstMonthFree > 0 && g.freeMonthsNotOne(c) {
		return
	}
	// "that's 6 months free": the free months of a stated count
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.Count && o.Noun == "month" && (o.Tok1 == c.Tok0 || o.Tok1+1 == c.Tok0) && g.supported(o, clsPlain) {
			return
		}
	}
	antecedent := g.antecedent(c)
	// "le musée est gratuit le 1er dimanche": a free venue is free entry;
	// "Free entry" is a stated free admission, "accès gratuit" a free entrée
	for i, w := range stems {
		if venueNouns[w] && !g.whereSaid(c, c.Words[i]) || contains(entryStems[:5], w) || entryVerbs[c.Words[i]] {
			antecedent = append(antecedent, entryStems...)
			break
		}
	}
	if g.seesNamedThing(c) {
		antecedent = append(antecedent, entryStems...)
	}
	contra, paid := -2, -2
	negated, conditional := false, false
	// the tokens of the facts (and the brief) whose stem is the object's,
	// by fact, from the sheet's index instead of a walk of every token
	var named []stemPos
	if len(stems) > 0 {
		named = g.sh.stemPositions(stems[0])
	}
	for fi := -1; fi < len(g.sh.facts); fi++ {
		fd := g.fd(fi)
		d := fd.doc
		for _, mi := range fd.gifts {
			// ("le repas n'est pas fourni" gives nothing)
			if d.Tokens[mi].In(includeClass) && !inclusion || offerNoun(d, mi) || negatedAt(d, mi) {
				continue
			}
			s := d.Tokens[mi].Sent
			// "l'entrée est gratuite pour tous; la location de l'équipement
			// reste payante": a clause after a semicolon that says its
			// thing is paid for is not what the gift word is said of
			lo, hi := pronounSubjectStart(d, mi, mi-15), mi+15
			for k := mi + 1; k < len(d.Tokens) && k <= hi; k++ {
				if d.Tokens[k].Low == ";" && paidClause(d, k+1) {
					hi = k
				}
			}
			for k := lo; k <= hi; k++ {
				if k < 0 || k >= len(d.Tokens) || d.Tokens[k].Sent != s {
					continue
				}
				st := fd.stems[k]
				if t := &d.Tokens[k]; t.In(serviceVerbClass) && !nounToo[t.Low] {
					st = serviceVerbs[t.Low]
				}
				// (most fact words have no dash: asked once, not per stem)
				dashed := strings.IndexByte(d.Tokens[k].Low, '-') >= 0
				for wi, w := range stems {
					if (st == w || dashed && dashPartIs(d.Tokens[k].Low, w) || abs(k-mi) <= 2 && sameRoot(d.Tokens[k].Low, c.Words[wi])) && !claims.IsStop(c.Words[wi]) && !negatedAt(d, k) && !(k > mi && pricedAt(d, k)) && !paidQualified(d, k) {
						g.freebieCondition(c, fi, s, mi, k)
						g.freebieCount(c, fi, mi, stems)
						return
					}
				}
				for _, w := range antecedent {
					if st == w && !negatedAt(d, k) {
						g.freebieCondition(c, fi, s, mi, k)
						g.freebieCount(c, fi, mi, stems)
						return
					}
				}
			}
		}
		// the object is named in a fact with a price or a negation: the fact
		// says it is not free
		for ; len(named) > 0 && named[0].fi <= fi; named = named[1:] {
			if named[0].fi < fi {
				continue
			}
			ti := named[0].ti
			s := d.Tokens[ti].Sent
			for ci := range d.Claims {
				fc := &d.Claims[ci] // in place: a Claim is large to copy
				if fc.Type == claims.Money && fc.Sent == s {
					contra = fi
					// "gratuite pour les moins de 18 ans" when the fact
					// that prices the entry makes it free under that very
					// condition
					if !conditional && g.giftConditionIn(c, fi) {
						conditional = true
					}
				}
			}
			for k := ti - 4; k < ti; k++ {
				if k >= 0 && d.Tokens[k].Sent == s && d.Tokens[k].In(negationClass) {
					contra, negated = fi, true
				}
			}
			// "la location de l'équipement reste payante" says it outright
			for k := ti + 1; k < len(d.Tokens) && k <= ti+4 && d.Tokens[k].Sent == s; k++ {
				if paidWords[d.Tokens[k].Low] && paid < -1 {
					paid = fi
				}
			}
		}
	}
	if paid >= -1 {
		contra, negated = paid, true
	}
	if contra >= -1 && (negated || !conditional) {
		g.contradicted(c, contra, "")
		return
	}
	if conditional {
		return
	}
	if g.giftCondition(c) || g.freeOfCharge(c) {
		return
	}
	g.flag(c, Unsupported, -2, g.msg("freebie"), "")
}

// stemPos is token ti of fact fi (-1: the brief).
type stemPos struct{ fi, ti int }

// stemPositions: where each stem stands in the facts and the brief, in
// the order of the facts (the brief first) and of their tokens. Built once
// per sheet: freebie looked for the object's stem in every token of every
// fact, claim after claim.
func (sh *sheet) stemPositions(st string) []stemPos {
	sh.stemPosOnce.Do(func() {
		sh.stemPos = make(map[string][]stemPos)
		for fi := -1; fi < len(sh.facts); fi++ {
			fd := &sh.briefFd
			if fi >= 0 {
				fd = &sh.facts[fi]
			}
			for ti := range fd.doc.Tokens {
				sh.stemPos[fd.stems[ti]] = append(sh.stemPos[fd.stems[ti]], stemPos{fi, ti})
			}
		}
	})
	return sh.stemPos[st]
}

// yearOfSameThing: "livraison prévue fin 2027" in a 2027 campaign when a
// fact says "la livraison est prévue au 2e trimestre 2028": the campaign's
// year is not backed by being the campaign's when the fact most about the
// same thing (two context words) states another year and none the same. It
// flags c and reports whether it did.
func (g *grounder) yearOfSameThing(c *claims.Claim) bool {
	if !partOfYearBefore(g.doc, c.Tok0) {
		return false
	}
	ctx := g.context(c, 4)
	best, bestOv := -1, 1
	for fi := range g.sh.facts {
		if ov := g.overlap(ctx, fi); ov > bestOv {
			best, bestOv = fi, ov
		}
	}
	if best < 0 {
		return false
	}
	var other *atom
	for i := range g.sh.atoms[clsPlain] {
		a := &g.sh.atoms[clsPlain][i]
		if a.fact != best || !(a.year || a.derived && a.value >= 1900 && a.value <= 2100 && a.noun == "") {
			continue
		}
		if claims.Eq(a.value, c.Value) {
			return false
		}
		if a.year && !a.derived && a.tok >= 0 && partOfYearBefore(g.sh.facts[best].doc, a.tok) {
			other = a
		}
	}
	if other == nil {
		return false
	}
	g.contradicted(c, best, other.text)
	return true
}

// partOfYearBefore: a part of a year stands just before the year at token
// k: "fin 2027", "au 2e trimestre 2028", "early 2027", "in the spring of
// 2028", "Q2 2028".
func partOfYearBefore(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch d.Tokens[j].Low {
		case "fin", "debut", "mi", "courant", "trimestre", "semestre", "printemps", "ete", "automne", "hiver",
			"end", "early", "late", "mid", "quarter", "half", "spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4":
			return true
		}
	}
	return false
}

// ratePriceAfter: "/an", "/mois", "/pers", "par an", "per month", "a
// night" right after a price make it a rate.
func ratePriceAfter(d *claims.Doc, k int) bool {
	if k+1 >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k].Low {
	case "/", "par", "per":
	case "a", "an":
		if d.Lang != "en" {
			return false
		}
	default:
		return false
	}
	switch d.Tokens[k+1].Low {
	case "an", "annee", "mois", "semaine", "jour", "nuit", "heure", "h", "pers", "personne", "adulte", "enfant", "mn", "min",
		"year", "month", "week", "day", "night", "hour", "person", "adult", "child", "head", "yr", "mo":
		return true
	}
	return false
}

// levelWords: the levels of an administrative or geographic reach, one
// of which a thing has ("Conservatoire à rayonnement communal", "a
// regional award").
var levelWords = map[string]string{
	"communal": "communal", "communale": "communal", "intercommunal": "intercommunal", "intercommunale": "intercommunal",
	"municipal": "municipal", "municipale": "municipal", "departemental": "departemental", "departementale": "departemental",
	"regional": "regional", "regionale": "regional", "national": "national", "nationale": "national",
	"international": "international", "internationale": "international", "europeen": "europeen", "europeenne": "europeen",
	"mondial": "mondial", "mondiale": "mondial", "local": "local", "locale": "local", "county": "county", "state": "state",
	"european": "europeen", "worldwide": "mondial", "global": "mondial",
}

// otherLevel: "classé Conservatoire à rayonnement départemental" when a
// fact says "à rayonnement communal": a level word after the same word as
// in a fact ("rayonnement", "award") that gives another level there, and
// never this one, is contradicted; the fact's level is the suggestion.
func (g *grounder) otherLevel() {
	toks := g.doc.Tokens
	for p := 1; p < len(toks); p++ {
		if !toks[p].In(levelClass) || g.flagged(toks[p].Start, toks[p].End) {
			continue
		}
		lv := levelWords[toks[p].Low]
		// the word the level qualifies: before it in French ("rayonnement
		// communal"), after it in English ("regional award")
		content := func(t *claims.Token) string {
			if t.Kind != claims.TWord || len(t.Low) < 4 || t.Stop() {
				return ""
			}
			return t.Low
		}
		head, tail := content(&toks[p-1]), ""
		if p+1 < len(toks) {
			tail = content(&toks[p+1])
		}
		// ("free worldwide shipping" is the freebie rules' to check)
		if head == "" && tail == "" || toks[p-1].In(giftClass) || p > 1 && toks[p-2].In(giftClass) {
			continue
		}
		for fi := range g.sh.facts {
			d := g.sh.facts[fi].doc
			same, other := false, -1
			for k := range d.Tokens {
				if !d.Tokens[k].In(levelClass) {
					continue
				}
				if l := levelWords[d.Tokens[k].Low]; l == lv {
					same = true
				} else if head != "" && k > 0 && d.Tokens[k-1].Low == head || tail != "" && k+1 < len(d.Tokens) && d.Tokens[k+1].Low == tail {
					other = k
				}
			}
			if same || other < 0 {
				continue
			}
			c := claims.Claim{Type: claims.Label, Start: toks[p].Start, End: toks[p].End, Text: g.doc.Slice(toks[p].Start, toks[p].End), Tok0: p, Tok1: p + 1, Sent: toks[p].Sent, Words: []string{toks[p].Low}}
			g.contradicted(&c, fi, d.Tokens[other].Text)
			break
		}
	}
}

// deniedQualities: "vos billets sont modifiables sans frais … et même
// remboursables" when a fact says "ils ne sont pas remboursables", "tickets
// are refundable" for "tickets are not refundable": a word a fact denies
// ("pas", "not", "never" just before it) said without a negation in a
// sentence that shares two other words with that fact is contradicted.
// Gift and inclusion words are left to the freebie rules.
func (g *grounder) deniedQualities() {
	toks := g.doc.Tokens
	for _, dw := range g.sh.deniedWords() {
		for p := range toks {
			t := &toks[p]
			if t.Kind != claims.TWord || t.Low != dw.low && !sameRoot(t.Low, dw.low) || negatedAt(g.doc, p) || contractedNot(g.doc, p) || g.flagged(t.Start, t.End) {
				continue
			}
			if dw.next != "" && nextContent(g.doc, p) != dw.next {
				continue
			}
			if g.deniedAfterBut(p, dw.fi) {
				continue
			}
			c := claims.Claim{Type: claims.Label, Start: t.Start, End: t.End, Text: g.doc.Slice(t.Start, t.End), Tok0: p, Tok1: p + 1, Sent: t.Sent, Words: []string{t.Low}}
			ctx := g.context(&c, 24)
			if g.overlap(ctx, dw.fi) < 2 {
				continue
			}
			g.contradicted(&c, dw.fi, "")
		}
	}
}

// deniedAfterBut: "covered for 12 months against manufacturing defects,
// but dings and snaps aren't", "couverte … mais pas les chocs": the post
// denies the word itself, after a "but", of things fact fi names, so the
// word before is said of what the fact does not deny.
func (g *grounder) deniedAfterBut(p, fi int) bool {
	toks := g.doc.Tokens
	fd := g.sh.facts[fi].doc
	inFact := func(w string) bool {
		st := claims.Stem(w)
		for k := range fd.Tokens {
			if claims.Stem(fd.Tokens[k].Low) == st {
				return true
			}
		}
		return false
	}
	but := -1
	named := false
	for k := p + 1; k < len(toks) && toks[k].Sent == toks[p].Sent; k++ {
		l := toks[k].Low
		switch {
		case but < 0:
			if l == "but" || l == "mais" || l == "except" || l == "sauf" {
				but = k
			}
		case l == "not" || l == "pas" || l == "never" || l == "jamais" || l == "aren" || l == "isn" || l == "n'" || l == "ne":
			if named {
				return true
			}
			// "mais pas les chocs": the things denied come after it
			for j := k + 1; j < len(toks) && j <= k+6 && toks[j].Sent == toks[p].Sent; j++ {
				if t := &toks[j]; t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 3 && inFact(t.Low) {
					return true
				}
			}
			return false
		case toks[k].Kind == claims.TWord && !toks[k].Stop() && len(l) > 3 && inFact(l):
			named = true
		}
	}
	return false
}

// deniedWord: a word fact fi denies, and the stem of the content word that
// must follow it in the post when the fact denies a phrase ("n'est
// possible sur place"), "" when any may.
type deniedWord struct {
	fi        int
	low, next string
}

// deniedWords: the words the facts deny, found once per sheet rather than
// by a scan of every fact's tokens for each post.
func (sh *sheet) deniedWords() []deniedWord {
	sh.deniedOnce.Do(func() {
		for fi := range sh.facts {
			d := sh.facts[fi].doc
			for k := 0; k+1 < len(d.Tokens); k++ {
				j := k + 1
				// "Aucune inscription n'est possible sur place", "No entry is
				// possible on the day": the phrase is denied, its next word too
				next := ""
				switch d.Tokens[k].Low {
				case "pas", "not", "never", "jamais":
				case "n'":
					if !noneBefore(d, k) || k+2 >= len(d.Tokens) || d.Tokens[k+1].Low != "est" && d.Tokens[k+1].Low != "sont" {
						continue
					}
					j = k + 2
					next = nextContent(d, j)
				case "no":
					if k+3 >= len(d.Tokens) || d.Tokens[k+2].Low != "is" && d.Tokens[k+2].Low != "are" {
						continue
					}
					j = k + 3
					next = nextContent(d, j)
				default:
					continue
				}
				if next == "" && j != k+1 {
					continue
				}
				switch d.Tokens[j].Low {
				case "be", "been", "etre", "ete", "always", "toujours", "plus":
					j++
				}
				if j >= len(d.Tokens) {
					continue
				}
				w := &d.Tokens[j]
				if w.Kind != claims.TWord || len(w.Low) < 6 || w.Stop() || w.In(giftClass) {
					continue
				}
				sh.denied = append(sh.denied, deniedWord{fi, w.Low, next})
			}
		}
	})
	return sh.denied
}

// contractedNot: "isn't discounted", "won't be charged", "non
// remboursables": a negation the negation words miss, in the three tokens
// before k.
// noneBefore: "aucun(e)", "rien", "personne" opens the clause of token k,
// so "n'est" denies without "pas".
func noneBefore(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.Tokens[j].Sent == d.Tokens[k].Sent; j-- {
		switch d.Tokens[j].Low {
		case "aucun", "aucune", "rien", "personne", "nul", "nulle":
			return true
		}
	}
	return false
}

// nextContent: the stem of the first content word after token k in its
// sentence, within three tokens.
func nextContent(d *claims.Doc, k int) string {
	for j := k + 1; j < len(d.Tokens) && j <= k+3 && d.Tokens[j].Sent == d.Tokens[k].Sent; j++ {
		if t := &d.Tokens[j]; t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 2 {
			return claims.Stem(t.Low)
		}
	}
	return ""
}

func contractedNot(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch d.Tokens[j].Low {
		case "isn", "aren", "doesn", "don", "won", "wasn", "weren", "cannot", "can't", "non", "t":
			return true
		}
	}
	return false
}

// flagged: a finding already covers part of [a, b).
func (g *grounder) flagged(a, b int) bool {
	for _, f := range g.findings {
		if f.Start < b && a < f.End {
			return true
		}
	}
	return false
}

// closingOfDate: an end time ("jusqu'à 20h", "until 8pm", "ferme à
// 20h") in a sentence that names a date, when a fact gives that very date
// one end time of its own ("Le jeudi 24 décembre, il ferme à 17h"): a
// different time is contradicted by it. It flags c and reports whether it
// did.
func (g *grounder) closingOfDate(c *claims.Claim) bool {
	if c.Bound != claims.UpTo && !endTimeAt(g.doc, c.Tok0) {
		return false
	}
	var day time.Time
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.Date && o.Sent == c.Sent && o.Tok1 <= c.Tok0 {
			if t := g.sh.date(o.Date); !t.IsZero() {
				day = t
			}
		}
	}
	if day.IsZero() {
		return false
	}
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for _, fc := range d.Claims {
			if fc.Type != claims.Date || !g.sh.date(fc.Date).Equal(day) {
				continue
			}
			var end *claims.Claim
			n := 0
			for j := range d.Claims {
				if t := &d.Claims[j]; t.Type == claims.Time && t.Sent == fc.Sent {
					n++
					end = t
				}
			}
			if n != 1 || end.Bound != claims.UpTo && !endTimeAt(d, end.Tok0) {
				continue
			}
			if claims.Eq(end.Value, c.Value) {
				return false
			}
			g.contradicted(c, fi, end.Text)
			return true
		}
	}
	return false
}

// timeAfterDate: "Friday 15 July, 7pm", "samedi 12 juin, 15h": a clock
// time right after a date and a comma is the time of that date, as after
// "at" or "à".
func (g *grounder) timeAfterDate(c *claims.Claim) bool {
	if c.Tok0 < 2 || g.doc.Tokens[c.Tok0-1].Text != "," {
		return false
	}
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Date && o.Tok1 == c.Tok0-1 {
			return true
		}
	}
	return false
}

// timeOfDate: "le dimanche 13 décembre à 15h", "on 14 January at 6pm"
// when the one fact that gives that date times it otherwise (16h, 6:30pm):
// the hour said of a dated event is that fact's, not another fact's (the
// offices closing at 6pm), nor that hour moved by an offset a fact gives
// something else ("le bar ouvre une heure avant"), unless the sentence
// speaks of that other thing.
func (g *grounder) timeOfDate(c *claims.Claim) bool {
	toks := g.doc.Tokens
	if c.Bound != claims.Exact || c.Tok0 < 1 || c.Tok1 >= len(toks) || rangeWord(toks[c.Tok1].Low) || timeBefore(g.doc, c) != nil {
		return false
	}
	if l := toks[c.Tok0-1].Low; l != "a" && l != "at" && !g.timeAfterDate(c) {
		return false
	}
	a, b := clauseOf(g.doc, c.Tok0)
	var day time.Time
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
	if day.IsZero() {
		return false
	}
	fi := -1
	var at *claims.Claim
	for f := range g.sh.facts {
		d := g.sh.facts[f].doc
		for j := range d.Claims {
			fc := &d.Claims[j]
			if fc.Type != claims.Date || !g.sh.date(fc.Date).Equal(day) {
				continue
			}
			var t *claims.Claim
			n := 0
			for k := range d.Claims {
				if x := &d.Claims[k]; x.Type == claims.Time && x.Sent == fc.Sent {
					n++
					t = x
				}
			}
			if n == 0 {
				continue
			}
			if n > 1 || fi >= 0 && fi != f || t.Bound != claims.Exact || t.Tok0 < 1 || (d.Tokens[t.Tok0-1].Low != "a" && d.Tokens[t.Tok0-1].Low != "at") {
				return false
			}
			fi, at = f, t
		}
	}
	if fi < 0 {
		return false
	}
	// "first pitch at 6:35" for 6:35 p.m.; "à minuit" for 23h59
	vals := g.clockReadings(c)
	for _, v := range vals {
		if sameClock(at.Value, v) {
			return false
		}
	}
	for _, off := range g.sh.offsets {
		if !claims.Eq(at.Value+off, vals[0]) && !claims.Eq(at.Value+off, vals[1]) {
			continue
		}
		ctx := g.context(c, 16)
		for _, of := range g.sh.offsetFacts {
			if of == fi {
				continue
			}
			for _, w := range ctx {
				if g.sh.facts[of].words[w] && !g.sh.facts[fi].words[w] {
					return false
				}
			}
		}
	}
	g.contradicted(c, fi, at.Text)
	return true
}

// timesApart: "passer à Saint-Jean avant 11h30 … avec un départ à 7h00,
// ça laisse 4 h 30", "doors at 7pm, curtain at 7:45: 45 minutes for a
// drink": a length of time the writer works out between two clock times
// the post said just before, each one a time of the facts.
func (g *grounder) timesApart(c *claims.Claim) bool {
	if c.Bound != claims.Exact {
		return false
	}
	cs := g.doc.Claims
	for i := range cs {
		a := &cs[i]
		if a.Type != claims.Time || a.Sent > c.Sent || a.Sent < c.Sent-2 || a.Tok0 > c.Tok0 || !g.statedClock(a.Value) {
			continue
		}
		for j := range cs {
			b := &cs[j]
			if b.Type == claims.Time && b.Sent <= c.Sent && b.Sent >= c.Sent-2 && b.Tok0 < c.Tok0 && claims.Eq(b.Value-a.Value, c.Value) && g.statedClock(b.Value) {
				return true
			}
		}
	}
	return false
}

// statedClock: a fact gives clock time v as such.
func (g *grounder) statedClock(v float64) bool {
	atoms := g.sh.atoms[clsClock]
	for _, i := range g.sh.byValue[clsClock][valueKey(v)] {
		if a := &atoms[i]; !a.derived && !a.dur {
			return true
		}
	}
	return false
}

// endTimeAt: the clock time at token k ends something: "jusqu'à 20h",
// "ferme à 17h", "until 8pm", "closes at 5pm".
func endTimeAt(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch d.Tokens[j].Low {
		case "jusqu'", "jusqu'a", "jusqu", "until", "till", "ferme", "fermera", "ferment", "closes", "close", "closing", "fermeture":
			return true
		}
	}
	return false
}

// timesOfRecurrence: "17 départs, tous les samedis du 5 juin au 25
// septembre", "12 sessions, every Tuesday from 6 January to 24 March": a
// count of anything in a sentence that names a weekly weekday is backed by
// how many of that weekday a stated range holds.
func (g *grounder) timesOfRecurrence(c *claims.Claim) bool {
	toks := g.doc.Tokens
	a, b := g.doc.Sentence(c.Sent)
	for k := a; k < b; k++ {
		w, ok := dayIndex[strings.TrimSuffix(toks[k].Low, "s")]
		if !ok {
			continue
		}
		switch prevLow(toks, k) {
		case "les", "chaque", "every", "each", "on":
		default:
			// "tous les samedis", "every Saturday"; "on Saturdays" needs the plural
			continue
		}
		if prevLow(toks, k) == "on" && !strings.HasSuffix(toks[k].Low, "s") {
			continue
		}
		for _, a := range g.sh.atoms[clsPlain] {
			if a.derived && a.noun == claims.WeekdayNames["en"][w] && claims.Eq(a.value, c.Value) {
				return true
			}
		}
	}
	return false
}

// genericScope: "meilleure agence indépendante de la région" when a fact
// says "meilleure agence indépendante de Bourgogne-Franche-Comté", "the
// best independent agency in the region": the superlative the facts give,
// its place said with a common noun. The words before that noun (two at
// least) must stand in a fact in this order.
func (g *grounder) genericScope(c *claims.Claim) bool {
	for i, w := range c.Words {
		if scopeNouns[w] {
			return i >= 2 && g.sequenceInFacts(c.Words[:i])
		}
	}
	return false
}

// scopeNouns name a place without naming it.
var scopeNouns = map[string]bool{
	"region": true, "regions": true, "area": true, "ville": true, "city": true, "town": true, "pays": true, "country": true,
	"departement": true, "county": true, "state": true, "province": true, "metropole": true,
}

// extensionOfSomething: "offre prolongée", "on prolonge jusqu'à 22h",
// "sale extended to Sunday": an extension is a claim when it names a
// time-bound thing next to it or gives a date or time in its sentence;
// "prolonge cette exigence de qualité", "extends our tradition" say nothing
// of a period.
func (g *grounder) extensionOfSomething(c *claims.Claim) bool {
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent {
			continue
		}
		switch o.Type {
		case claims.Date, claims.DateRange, claims.Time, claims.Duration, claims.Month, claims.Weekday:
			return true
		}
	}
	for k := c.Tok0 - 3; k < c.Tok1+3 && k < len(g.doc.Tokens); k++ {
		if k < 0 || g.doc.Tokens[k].Sent != c.Sent {
			continue
		}
		if l := g.doc.Tokens[k].Low; extendedThings[l] || extendedThings[strings.TrimRight(l, "sx")] {
			return true
		}
	}
	return false
}

// extendedThings: the singular words of what an extension is usually said of.
var extendedThings = map[string]bool{
	"offre": true, "offer": true, "promo": true, "promotion": true, "solde": true, "remise": true, "reduction": true,
	"vente": true, "prevente": true, "inscription": true, "deal": true, "sale": true, "discount": true,
	"registration": true, "deadline": true, "horaire": true, "hour": true, "saison": true, "season": true,
	"exposition": true, "exhibition": true, "contrat": true, "contract": true, "abonnement": true, "subscription": true,
	"operation": true, "campagne": true, "campaign": true, "date": true, "delai": true, "trial": true, "essai": true,
}

// freeOfCharge: "les billets se modifient gratuitement" when a fact says
// they are "modifiables sans frais", "changes are free of charge" for
// "tickets can be changed at no extra cost": a word of the claim, or its
// root, in a fact sentence that says there is no charge.
func (g *grounder) freeOfCharge(c *claims.Claim) bool {
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if !fd.noCharge {
			continue
		}
		d := fd.doc
		for k := range d.Tokens {
			for _, w := range c.Words {
				if claims.IsStop(w) || !sameRoot(d.Tokens[k].Low, w) && fd.stems[k] != claims.Stem(w) || negatedAt(d, k) {
					continue
				}
				// the no-charge phrase is in the same sentence, near the word
				var b strings.Builder
				b.WriteByte(' ')
				for j := max(k-8, 0); j < len(d.Tokens) && j <= k+8; j++ {
					if d.Tokens[j].Sent == d.Tokens[k].Sent {
						b.WriteString(d.Tokens[j].Low)
						b.WriteByte(' ')
					}
				}
				if hitsAny(b.String(), noExtraCharge) {
					return true
				}
			}
		}
	}
	return false
}

// rootSuffixes are cut off a folded word to compare a verb, its noun and
// its adjective: "modifient", "modifiables"; "essayer", "essais";
// "changed", "changeable".
// ("ees", "ee": the feminine of a French participle, "certifiée", is the
// same word as "certifié")
var rootSuffixes = []string{"ables", "able", "ibles", "ible", "ements", "ement", "ions", "ion", "ing", "ent", "ons", "ez", "er", "ed", "ees", "ee", "es", "s", "e"}

// root cuts one verb, noun or adjective ending off a folded word and
// spells a final y as i ("essay" → "essai"); "" when less than 4 letters
// would be left.
func root(w string) string {
	for _, suf := range rootSuffixes {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if strings.HasSuffix(w, "y") {
		w = w[:len(w)-1] + "i"
	}
	if len(w) < 4 {
		return ""
	}
	return w
}

// sameRoot: two folded words are forms of one root of at least five
// letters ("modifient" / "modifiables", "essayer" / "essais").
func sameRoot(a, b string) bool {
	// a root of five letters or more keeps its word's first four letters
	// (only a final y changes), so words of under five letters, or that
	// differ in their first four, cannot share one: most pairs are turned
	// away here, before root tries its 17 endings on each word
	if len(a) < 5 || len(b) < 5 || a[:4] != b[:4] {
		return false
	}
	ra, rb := root(a), root(b)
	return len(ra) >= 5 && (ra == rb || undoubled(ra) == undoubled(rb))
}

// undoubled drops the last letter of a root that ends in a doubled
// consonant: English doubles it before -ed, -ing, -er ("cancelled",
// "travelling"), so "cancell" and "cancel" are one root.
func undoubled(r string) string {
	n := len(r)
	if n >= 6 && r[n-1] == r[n-2] && !strings.ContainsRune("aeiouy", rune(r[n-1])) {
		return r[:n-1]
	}
	return r
}

// paidWords say a thing is paid for.
var paidWords = map[string]bool{"payant": true, "payante": true, "payants": true, "payantes": true, "paying": true, "charged": true, "chargeable": true}

// paidQualified: the word at k is said to be paid for ("Paid parking ($10)
// is available …, with a free shuttle"): the free thing of the sentence is
// another one.
func paidQualified(d *claims.Doc, k int) bool {
	if k > 0 {
		switch d.Tokens[k-1].Low {
		case "paid", "paying", "payant", "payante", "payants", "payantes":
			return true
		}
	}
	return k+1 < len(d.Tokens) && paidWords[d.Tokens[k+1].Low]
}

// paidClause reports whether the clause of d from token k to the next
// semicolon or the sentence end says its thing is paid for.
func paidClause(d *claims.Doc, k int) bool {
	if k >= len(d.Tokens) {
		return false
	}
	s := d.Tokens[k].Sent
	for j := k; j < len(d.Tokens) && d.Tokens[j].Sent == s && d.Tokens[j].Low != ";"; j++ {
		if paidWords[d.Tokens[j].Low] {
			return true
		}
	}
	return false
}

// pronounSubjectStart: "Les ateliers … ont lieu le samedi ; ils sont
// gratuits": a gift word whose subject is a pronoun is said of the
// sentence's subject, however far back; the window of words then opens at
// the sentence's start (within 30 words), else at lo.
func pronounSubjectStart(d *claims.Doc, mi, lo int) int {
	s := d.Tokens[mi].Sent
	pron := false
	for k := mi - 1; k >= 0 && k >= mi-3 && d.Tokens[k].Sent == s; k-- {
		if subjectPronouns[d.Tokens[k].Low] {
			pron = true
			break
		}
	}
	if !pron {
		return lo
	}
	k := mi
	for k > 0 && k > mi-30 && d.Tokens[k-1].Sent == s {
		k--
	}
	return min(k, lo)
}

// placePreps put a place after them as where something is, not what.
var placePreps = map[string]bool{"on": true, "at": true, "in": true, "sur": true, "au": true, "dans": true}

// whereSaid: the claim's word w follows a preposition of place ("free
// parking on site", "parking gratuit sur site"): where the offer is, not a
// free venue.
func (g *grounder) whereSaid(c *claims.Claim, w string) bool {
	for k := c.Tok0; k < c.Tok1 && k < len(g.doc.Tokens); k++ {
		if g.doc.Tokens[k].Low == w {
			return k > 0 && placePreps[g.doc.Tokens[k-1].Low]
		}
	}
	return false
}

// freeWords say a thing costs nothing ("offer", "included" do not).
var freeWords = map[string]bool{
	"offert": true, "offerte": true, "offerts": true, "offertes": true, "gratuit": true, "gratuite": true,
	"gratuits": true, "gratuites": true, "gratuitement": true, "free": true, "complimentary": true,
}

// hostedOpponent: "nos Hermines reçoivent l'Étoile de Pau", "we receive
// Castlegate RFC" when a fact plays "contre l'Étoile de Pau", "against
// Castlegate RFC": to receive a side the facts name as an opponent is to
// host its match, not to be given something.
func (g *grounder) hostedOpponent(c *claims.Claim) bool {
	toks := g.doc.Tokens
	k := c.Tok0
	if k >= len(toks) {
		return false
	}
	switch toks[k].Low {
	case "recoit", "recoivent", "recevra", "recevront", "receive", "receives":
	default:
		return false
	}
	j := k + 1
	for j < len(toks) && articles[toks[j].Low] {
		j++
	}
	start, end := j, j
	for ; j < len(toks) && toks[j].Kind == claims.TWord && toks[j].Sent == toks[k].Sent; j++ {
		if toks[j].Cap {
			end = j + 1
		} else if !nameLinks[toks[j].Low] {
			break
		}
	}
	if end == start {
		return false
	}
	name := " " + strings.TrimSpace(foldPad(g.doc.Slice(toks[start].Start, toks[end-1].End))) + " "
	for fi := range g.sh.facts {
		f := g.sh.facts[fi].fold
		i := strings.Index(f, name)
		if i < 0 {
			continue
		}
		before := strings.Fields(f[:i])
		for n := len(before) - 1; n >= 0 && n >= len(before)-2; n-- {
			if opponentWords[before[n]] {
				return true
			}
		}
	}
	return false
}

// nameLinks join the words of a side's name (Étoile de Pau).
var nameLinks = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "of": true, "&": true}

// opponentWords put the side after them against the brand.
var opponentWords = map[string]bool{"contre": true, "against": true, "vs": true, "v": true, "versus": true, "face": true, "affronte": true, "affrontent": true}

// freeNear: fact fi says something is free within six tokens of token tok,
// in the same clause ("free for up to 5 staff", "under-3s go free").
func (g *grounder) freeNear(fi, tok int) bool {
	fd := g.fd(fi)
	for _, mi := range fd.gifts {
		if !freeWords[fd.doc.Tokens[mi].Low] || mi-tok > 6 || tok-mi > 6 {
			continue
		}
		a, b := min(mi, tok), max(mi, tok)
		clause := true
		for k := a; k < b; k++ {
			if t := fd.doc.Tokens[k].Text; t == ";" || fd.doc.Tokens[k].Boundary {
				clause = false
			}
		}
		if clause {
			return true
		}
	}
	return false
}

// giftCondition: "Up to 5 staff, Rostera is free", "Under 3? You're in for
// free": the freebie's own wording names nothing the facts give, but its
// condition is a figure that only a fact offering something free states.
func (g *grounder) giftCondition(c *claims.Claim) bool { return g.giftConditionIn(c, -2) }

// giftConditionIn is giftCondition with the condition's figure read in fact
// fi only (-2: any fact).
func (g *grounder) giftConditionIn(c *claims.Claim, fi int) bool {
	// only when the freebie names nothing new: the brand, a pronoun ("Un
	// livre offert pour 12 bouteilles" offers a book the facts never give)
	// ("visites guidées" for the fact's "visite guidée": the words'
	// stems, the plural is nothing new)
	for _, w := range c.Words {
		if len(w) > 2 && !claims.IsStop(w) && !g.sh.known(w) && !g.inFacts(claims.Stem(w)) {
			return false
		}
	}
	prevQ := c.Sent > 0 && g.question(c.Sent-1)
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent && !(prevQ && o.Sent == c.Sent-1) {
			continue
		}
		cl, ok := classOf(o.Type)
		if !ok {
			continue
		}
		for _, ai := range g.sh.byValue[cl][valueKey(o.Value)] {
			a := &g.sh.atoms[cl][ai]
			if a.fact >= 0 && (fi == -2 || a.fact == fi) && !a.derived && g.freeNear(a.fact, a.tok) && g.supports(o, a, cl) {
				return true
			}
		}
	}
	return false
}

var everyWords = map[string]bool{"every": true, "all": true, "any": true, "tous": true, "toutes": true, "chaque": true, "toute": true, "tout": true}

// freeForAll: a fact gives something to everyone ("pour tous", "for
// everyone"), which a post's "pour tous" may be about.
func (g *grounder) freeForAll() bool {
	f := g.sh.allFold
	return strings.Contains(f, " pour tous ") || strings.Contains(f, " tout le monde ") || strings.Contains(f, " for everyone ") || strings.Contains(f, " for all ")
}

// freebieCondition: the fact offers it above a threshold ("free on orders
// over £40", "offerte dès 45 €") or to the first few ("aux 200 premiers
// visiteurs") and the post offers it on every order, to every visitor.
//
// The condition is in the clause of the gift word (token mi), of the word
// of the object it matched (token k), or of another word of the object:
// "Shipping is free on all subscriptions; one-time orders ship free over
// $45" puts no minimum on subscriptions.
func (g *grounder) freebieCondition(c *claims.Claim, fi, sent, mi, k int) {
	fd := g.fd(fi)
	d := fd.doc
	threshold := ""
	ca, cb := clauseOf(d, mi)
	ka, kb := clauseOf(d, k)
	ofObject := func(tok int) bool {
		a, b := clauseOf(d, tok)
		for j := a; j < b; j++ {
			for _, w := range c.Words {
				if !claims.IsStop(w) && fd.stems[j] == claims.Stem(w) {
					return true
				}
			}
		}
		return false
	}
	for i := range d.Claims {
		fc := &d.Claims[i]
		if (fc.Tok0 < ca || fc.Tok0 >= cb) && (fc.Tok0 < ka || fc.Tok0 >= kb) && !ofObject(fc.Tok0) {
			continue
		}
		if fc.Sent == sent && fc.Type == claims.Money && (fc.Bound == claims.AtLeast || fc.Bound == claims.Greater || fc.Bound == claims.From) {
			threshold = boundedText(d, fc)
		}
		if fc.Sent == sent && (fc.Type == claims.Count || fc.Type == claims.Number) && firstN(d, fc) {
			threshold = firstNText(d, fc)
		}
		// "gratuite pour les personnes de plus de 70 ans": an age limit,
		// unless another fact gives something free to everyone
		if fc.Sent == sent && fc.Bound != claims.Exact && (fc.Type == claims.Count && fc.Noun == "year" || fc.Type == claims.Number && (fc.Bound == claims.Less || fc.Bound == claims.Greater)) && !g.freeForAll() {
			threshold = fc.Text
		}
	}
	toks := g.doc.Tokens
	if threshold == "" && g.anyPurchase(c, fi, sent) {
		return
	}
	if threshold == "" {
		g.freeForAllPriced(c, fi, sent)
		return
	}
	for k := c.Tok0; k < len(toks) && k < c.Tok1+4 && toks[k].Sent == c.Sent; k++ {
		if everyWords[toks[k].Low] || toks[k].Low == "sans" && k+1 < len(toks) && toks[k+1].Low == "minimum" {
			// the claim's own span ends where the universal does
			cc := *c
			cc.End = toks[min(k+1, len(toks)-1)].End
			if k+1 >= len(toks) || toks[k+1].Sent != c.Sent {
				cc.End = toks[k].End
			}
			cc.Text = g.doc.Slice(cc.Start, cc.End)
			g.contradicted(&cc, fi, threshold)
			return
		}
	}
}

// freeForAllPriced: "Tickets are free for everyone" when the fact that
// makes them free prices them for some ("free for clients and cost £75 for
// others"): the post gives everyone what the fact gives only some.
func (g *grounder) freeForAllPriced(c *claims.Claim, fi, sent int) {
	d := g.fd(fi).doc
	priced := false
	for _, fc := range d.Claims {
		if fc.Sent == sent && fc.Type == claims.Money && fc.Value > 0 {
			priced = true
		}
	}
	if !priced {
		return
	}
	toks := g.doc.Tokens
	for k := c.Tok0; k < len(toks) && k < c.Tok1+4 && toks[k].Sent == c.Sent && toks[k].Text != ";"; k++ {
		if e := universalAt(toks, k); e > k {
			cc := *c
			cc.End = toks[e-1].End
			cc.Text = g.doc.Slice(cc.Start, cc.End)
			g.contradicted(&cc, fi, "")
			return
		}
	}
}

// universalAt: "everyone", "for all", "pour tous", "tout le monde" at token
// k names every person, not a group ("everyone else", "all members"); the
// token after it, or k.
func universalAt(toks []claims.Token, k int) int {
	next := func(j int) string {
		if j < len(toks) && toks[j].Sent == toks[k].Sent {
			return toks[j].Low
		}
		return ""
	}
	after := func(j int) bool {
		n := next(j)
		return n == "" || j < len(toks) && toks[j].Kind == claims.TPunct
	}
	switch toks[k].Low {
	case "everyone", "everybody", "anyone", "anybody":
		if n := next(k + 1); n != "else" && n != "who" && n != "with" && n != "under" && n != "over" {
			return k + 1
		}
	case "all", "tous", "toutes":
		if p := prevLow(toks, k); (p == "for" || p == "pour") && after(k+1) {
			return k + 1
		}
	case "tout":
		if next(k+1) == "le" && next(k+2) == "monde" && after(k+3) {
			return k + 3
		}
	}
	return k
}

// firstNText: the words of a "first N" offer, the rank word with its figure
// ("200 premiers", "first 100").
func firstNText(d *claims.Doc, c *claims.Claim) string {
	a, b := c.Start, c.End
	for _, k := range []int{c.Tok0 - 1, c.Tok1} {
		if k < 0 || k >= len(d.Tokens) {
			continue
		}
		switch d.Tokens[k].Low {
		case "premiers", "premieres", "first", "derniers", "dernieres", "last":
			a, b = min(a, d.Tokens[k].Start), max(b, d.Tokens[k].End)
		}
	}
	return d.Slice(a, b)
}

// boundedText: a figure with the words of its bound ("dès 45 €", "over
// £40"), so that a suggestion keeps the condition it restores.
func boundedText(d *claims.Doc, c *claims.Claim) string {
	a := c.Tok0
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-3 && d.Tokens[k].Sent == c.Sent && boundWords[d.Tokens[k].Low]; k-- {
		a = k
	}
	if a == c.Tok0 {
		return c.Text
	}
	return d.Slice(d.Tokens[a].Start, c.End)
}

// boundWords open a lower bound of a figure (dès, à partir de, from, over,
// plus de, at least).
var boundWords = map[string]bool{"des": true, "a": true, "partir": true, "de": true, "plus": true, "au": true, "moins": true, "from": true, "over": true, "above": true, "more": true, "than": true, "at": true, "least": true}

// inFacts: a fact or the brief has a word with this stem, not negated.
func (g *grounder) inFacts(stem string) bool {
	// the stem's places in the brief and the facts, from the sheet's index
	for _, at := range g.sh.stemPositions(stem) {
		if !negatedAt(g.fd(at.fi).doc, at.ti) {
			return true
		}
	}
	return false
}

// negatedAt: "no on-site camping", "pas de livraison".
func negatedAt(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d.Tokens[j].Sent != d.Tokens[k].Sent {
			return false
		}
		if d.Tokens[j].In(negationClass) {
			return true
		}
	}
	return false
}

// guaranteeGroups: the words by which a fact can state each kind of
// guarantee, as folded prefixes.
var guaranteeGroups = [][]string{
	{"garant", "guarant", "warrant"},
	{"rembours", "refund", "money-back", "money back", "satisfait"},
	{"engagement", "commitment", "resiliable", "cancel"},
	{"minimum", "obligation"},
	{"frais", "fee", "charge"},
}

// refundScope: "money-back guarantee on every box" when the fact that
// gives the refund (its word w) keeps it to the first box: the scope is
// contradicted.
func (g *grounder) refundScope(c *claims.Claim, w string) {
	toks := g.doc.Tokens
	k := c.Tok1
	if k+2 >= len(toks) || !scopePreps[toks[k].Low] || !everyWords[toks[k+1].Low] && toks[k+1].Low != "each" {
		return
	}
	x := k + 2
	if possessives[toks[x].Low] && x+1 < len(toks) {
		x++
	}
	if toks[x].Kind != claims.TWord || toks[x].Sent != toks[k].Sent {
		return
	}
	stem := claims.Stem(toks[x].Low)
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if !strings.Contains(fd.fold, " "+w) {
			continue
		}
		ft := fd.doc.Tokens
		for j := range ft {
			if !firstWords[ft[j].Low] {
				continue
			}
			for m := j + 1; m <= j+2 && m < len(ft); m++ {
				if claims.Stem(ft[m].Low) == stem {
					sc := claims.Claim{Type: "condition", Start: toks[k].Start, End: toks[x].End, Tok0: k, Tok1: x + 1, Sent: toks[k].Sent}
					sc.Text = g.doc.Slice(sc.Start, sc.End)
					g.contradicted(&sc, fi, "")
					return
				}
			}
		}
	}
}

var scopePreps = map[string]bool{"on": true, "for": true, "with": true, "sur": true, "pour": true, "avec": true}

var possessives = map[string]bool{"les": true, "nos": true, "vos": true, "our": true, "your": true, "the": true}

var firstWords = map[string]bool{"first": true, "1st": true, "premier": true, "premiere": true, "1er": true, "1re": true}

func hitsAny(text string, words []string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// promisedOutcome: "returns guaranteed to beat inflation", "garantis de
// battre l'inflation": a guarantee of an outcome is backed only by a fact
// that guarantees that outcome (a word of it in the sentence of a fact's
// guarantee), whatever else the facts guarantee. It flags c, widened to the
// outcome's words, and reports whether c was such a guarantee.
func (g *grounder) promisedOutcome(c *claims.Claim) bool {
	toks := g.doc.Tokens
	k := c.Tok1 - 1
	if k < 0 || k+2 >= len(toks) {
		return false
	}
	if l := toks[k].Low; !strings.HasPrefix(l, "guarant") && !strings.HasPrefix(l, "garanti") {
		return false
	}
	// the outcome starts with a verb: no article, figure or name
	if v := &toks[k+2]; v.Kind != claims.TWord || v.Stop() || v.Cap {
		return false
	}
	switch toks[k+1].Low {
	case "to":
	case "de", "d'":
		// "garanti de battre": an infinitive, not "garantie de 2 ans"
		if l := toks[k+2].Low; !(strings.HasSuffix(l, "er") || strings.HasSuffix(l, "ir") || strings.HasSuffix(l, "re")) {
			return false
		}
	default:
		return false
	}
	var stems []string
	end := -1
	for j := k + 2; j < len(toks) && j < k+6 && toks[j].Sent == c.Sent && toks[j].Kind == claims.TWord; j++ {
		if !toks[j].Stop() && len(toks[j].Low) > 1 {
			stems = append(stems, claims.Stem(toks[j].Low))
			end = j
		}
	}
	if end < 0 {
		return false
	}
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		for m := range fd.doc.Tokens {
			if l := fd.doc.Tokens[m].Low; !strings.HasPrefix(l, "guarant") && !strings.HasPrefix(l, "garant") {
				continue
			}
			for j := range fd.doc.Tokens {
				if fd.doc.Tokens[j].Sent == fd.doc.Tokens[m].Sent && j != m && contains(stems, fd.stems[j]) {
					return true
				}
			}
		}
	}
	w := *c
	w.Tok1, w.End = end+1, toks[end].End
	w.Text = g.doc.Slice(w.Start, w.End)
	g.flag(&w, Unsupported, -2, g.msg("guarantee"), "")
	return true
}

// guarantee: a guarantee (garanti, satisfait ou remboursé, sans engagement,
// sans minimum) needs a fact stating the same kind; the object it is said of
// does not make it true.
// chargeGroup maps the charges an offer may come without to one form per
// kind: an insurance excess, a deposit.
var chargeGroup = map[string]string{"franchise": "excess", "excess": "excess", "deductible": "excess", "caution": "deposit", "deposit": "deposit"}

// chargeDenied: "sans franchise", "no excess" is contradicted by a fact that
// sets the charge with an amount ("une franchise de 500 €"), backed by one
// that denies it too, else unsupported.
func (g *grounder) chargeDenied(c *claims.Claim) {
	kind := chargeGroup[c.Words[0]]
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for k := range d.Tokens {
			if chargeGroup[d.Tokens[k].Low] != kind {
				continue
			}
			if negatedAt(d, k) {
				return
			}
			for _, fc := range d.Claims {
				if fc.Type == claims.Money && fc.Sent == d.Tokens[k].Sent {
					g.contradicted(c, fi, fc.Text)
					return
				}
			}
		}
	}
	g.flag(c, Unsupported, -2, g.msg("guarantee"), "")
}

// feeDenied: "no booking fees", "sans frais de réservation" is contradicted
// by a fact that sets a fee with an amount in a sentence about bookings
// ("a $7.50 reservation fee applies to each booking"). It reports whether
// such a fact decided.
func (g *grounder) feeDenied(c *claims.Claim) bool {
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for k := range d.Tokens {
			if l := d.Tokens[k].Low; l != "fee" && l != "fees" && l != "frais" || negatedAt(d, k) {
				continue
			}
			booking, priced := false, false
			for j := range d.Tokens {
				if d.Tokens[j].Sent == d.Tokens[k].Sent && bookingStems[claims.Stem(d.Tokens[j].Low)] {
					booking = true
				}
			}
			for _, fc := range d.Claims {
				priced = priced || fc.Type == claims.Money && fc.Sent == d.Tokens[k].Sent
			}
			if booking && priced {
				g.contradicted(c, fi, "")
				return true
			}
		}
	}
	return false
}

// namedFeeDenied: "no establishment fee", "sans frais de dossier" when a
// fact sets that fee with an amount in its sentence ("with a $99
// establishment fee", "frais de dossier : 50 €"); the amount is the
// suggestion.
func (g *grounder) namedFeeDenied(c *claims.Claim) {
	name := claims.Stem(c.Words[1])
	// a fact that waives the fee somewhere ("the joining fee is waived for
	// anyone who joins online") leaves the condition to the reader
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for k := range d.Tokens {
			if claims.Stem(d.Tokens[k].Low) != name {
				continue
			}
			for j := range d.Tokens {
				if d.Tokens[j].Sent == d.Tokens[k].Sent && feeWaivers[d.Tokens[j].Low] {
					return
				}
			}
		}
	}
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for k := range d.Tokens {
			if l := d.Tokens[k].Low; l != "fee" && l != "fees" && l != "frais" || negatedAt(d, k) {
				continue
			}
			named := k > 0 && claims.Stem(d.Tokens[k-1].Low) == name
			if k+2 < len(d.Tokens) && (d.Tokens[k+1].Low == "de" || d.Tokens[k+1].Low == "d'") && claims.Stem(d.Tokens[k+2].Low) == name {
				named = true
			}
			if !named {
				continue
			}
			// the amount nearest the fee ("orders between ₹499 and ₹15,000,
			// with a COD fee of ₹49" sets ₹49)
			best, bestDist := -1, 0
			for ci := range d.Claims {
				if fc := &d.Claims[ci]; fc.Type == claims.Money && fc.Sent == d.Tokens[k].Sent {
					if dist := max(fc.Tok0-k, k-fc.Tok0); best < 0 || dist < bestDist {
						best, bestDist = ci, dist
					}
				}
			}
			if best >= 0 {
				// "no establishment fee" → "$99 establishment fee",
				// "sans frais de dossier" → "frais de dossier de 50 €"
				_, rest, _ := strings.Cut(c.Text, " ")
				sugg := d.Claims[best].Text + " " + rest
				if g.lang == "fr" {
					sugg = rest + " de " + d.Claims[best].Text
				}
				g.contradicted(c, fi, sugg)
				return
			}
		}
	}
}

// feeWaivers: words of a fact that lets a fee go.
var feeWaivers = map[string]bool{
	"waived": true, "waive": true, "waives": true, "free": true, "no": true, "exempt": true,
	"offert": true, "offerts": true, "gratuit": true, "gratuits": true, "supprime": true, "supprimes": true, "exonere": true, "exoneres": true, "aucun": true, "sans": true,
}

// bookingStems: the stems of the words for a booking, both languages.
var bookingStems = map[string]bool{"booking": true, "book": true, "reservation": true, "reserv": true, "appointment": true, "inscription": true, "registration": true}

func (g *grounder) guarantee(c *claims.Claim) {
	if g.sh.empty {
		g.unsupported(c)
		return
	}
	if len(c.Words) == 1 && chargeGroup[c.Words[0]] != "" {
		g.chargeDenied(c)
		return
	}
	if len(c.Words) == 2 && c.Words[0] == "fee" && g.feeDenied(c) {
		return
	}
	// "no establishment fee": contradicted by a fact that prices that fee,
	// else no claim a sheet could decide ("no hidden fees")
	if len(c.Words) == 3 && c.Words[0] == "fee" && c.Words[2] == "named" {
		g.namedFeeDenied(c)
		return
	}
	if g.promisedOutcome(c) {
		return
	}
	if fi := g.guaranteeDenied(c); fi >= 0 {
		g.contradicted(c, fi, "")
		return
	}
	text := claims.Fold(c.Text)
	// "sans engagement", "no commitment" when the facts about the offer set
	// a least length of contract: decided before the word "engagement" is
	// looked up, which the brief may use in another sense ("l'engagement
	// écologique")
	if hitsAny(text, guaranteeGroups[2][:2]) {
		if fi := g.minimumTerm(c); fi >= 0 {
			g.contradicted(c, fi, "")
			return
		}
	}
	for gi, grp := range guaranteeGroups {
		if !hitsAny(text, grp) {
			continue
		}
		// "money-back guarantee", "garantie satisfait ou remboursé": what is
		// promised is the refund, which a fact may give without the word
		// guarantee ("refunds that box in full")
		if gi == 0 && hitsAny(text, guaranteeGroups[1]) {
			continue
		}
		// "sans minimum d'achat" for an offer whose fact sets one ("à partir
		// de 500 g achetés"), even when another fact says "au minimum 12 mois"
		if grp[0] == "minimum" && g.minimumSet(c) {
			return
		}
		for _, w := range grp {
			if strings.Contains(g.sh.allFold, " "+w) {
				if gi == 1 {
					// "satisfait ou remboursé" when the fact says "pas de
					// remboursement", "no refunds"
					if fi := g.refundDenied(w); fi >= 0 && !g.deniedInPost(c) {
						g.contradicted(c, fi, "")
						return
					}
					g.refundScope(c, w)
				}
				return
			}
		}
		// "sans frais" for what a fact says is free ("retirée gratuitement
		// en librairie"): the same offer in other words
		if grp[0] == "frais" {
			ctx := g.context(c, 8)
			for fi := range g.sh.facts {
				f := g.sh.facts[fi].fold
				if (strings.Contains(f, " gratuit") || strings.Contains(f, " free ") || strings.Contains(f, " offert") || g.sh.facts[fi].noCharge) && g.overlap(ctx, fi) >= 1 {
					return
				}
			}
		}
		// "sans minimum d'achat" when a fact sets one ("dès 80 € d'achat")
		if grp[0] == "minimum" {
			for fi := range g.sh.facts {
				for _, fc := range g.sh.facts[fi].doc.Claims {
					if fc.Type == claims.Money && (fc.Bound == claims.AtLeast || fc.Bound == claims.From || fc.Bound == claims.Greater) {
						g.contradicted(c, fi, fc.Text)
						return
					}
				}
			}
		}
		break
	}
	g.flag(c, Unsupported, -2, g.msg("guarantee"), "")
}

// noExtraCharge: folded phrases of a fact saying something comes at no
// extra cost, which "sans frais" restates.
var noExtraCharge = []string{" sans supplement", " sans surcout", " sans frais", " at no extra cost", " at no additional cost", " no extra charge", " at no cost", " free of charge", " no additional charge"}

// guaranteeDenied: "every tour guarantees a kiwi sighting" when a fact says
// "the sanctuary does not guarantee a kiwi sighting" ("ne garantit pas",
// "not guaranteed"): a word of guarantee negated in a fact that names what
// the claim guarantees; the fact, or -1.
func (g *grounder) guaranteeDenied(c *claims.Claim) int {
	if len(c.Words) == 0 {
		return -1
	}
	// the post's own denial agrees with the fact
	for k := max(c.Tok0-3, 0); k < c.Tok1 && k < len(g.doc.Tokens); k++ {
		if t := &g.doc.Tokens[k]; t.Sent == c.Sent && t.In(negationClass) {
			return -1
		}
	}
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		d := fd.doc
		for k := range d.Tokens {
			l := d.Tokens[k].Low
			if !strings.HasPrefix(l, "guarant") && !strings.HasPrefix(l, "garanti") {
				continue
			}
			denied := negatedAt(d, k) || k+1 < len(d.Tokens) && d.Tokens[k+1].Low == "pas" || k+2 < len(d.Tokens) && d.Tokens[k+2].Low == "pas"
			if !denied {
				continue
			}
			for j := range d.Tokens {
				if d.Tokens[j].Sent == d.Tokens[k].Sent && fd.stems[j] == claims.Stem(c.Words[0]) {
					return fi
				}
			}
		}
	}
	return -1
}

// minimumTerm: a fact about what c is said of (two words in common) that
// sets a least length of contract ("réservée aux contrats d'une durée d'au
// moins 12 mois", "a minimum term of 12 months"), or -1; none when a fact
// itself waives a commitment.
func (g *grounder) minimumTerm(c *claims.Claim) int {
	ctx := g.context(c, 10)
	found := -1
	for fi := range g.sh.facts {
		f := g.sh.facts[fi].fold
		if strings.Contains(f, "sans engagement") || strings.Contains(f, "no commitment") || strings.Contains(f, "resiliable") || strings.Contains(f, "cancel anytime") || strings.Contains(f, "cancel at any time") {
			return -1
		}
		if found >= 0 || g.overlap(ctx, fi) < 2 {
			continue
		}
		for _, fc := range g.sh.facts[fi].doc.Claims {
			if fc.Type != claims.Count && fc.Type != claims.Duration || fc.Noun != "month" && fc.Noun != "year" && fc.Noun != "week" {
				continue
			}
			if fc.Bound == claims.AtLeast || fc.Bound == claims.Greater || fc.Bound == claims.From || strings.Contains(f, "minimum") {
				found = fi
				break
			}
		}
	}
	return found
}

// minimumSet: the fact closest to a "no minimum" claim (by its sentence,
// else by it and the one before: "… with code FIRSTLANE 🤑 Valid until
// March 15, no minimum!") sets a minimum amount (dès 60 € d'achat, from
// 500 g, orders over £25, "a minimum charge of CA$75 per order") and does
// not itself waive one; it flags c and reports whether it did.
func (g *grounder) minimumSet(c *claims.Claim) bool {
	first := g.closestFact(c)
	for _, fi := range [2]int{first, g.closestFactBy(g.contextWithPrev(c))} {
		if fi < 0 {
			continue
		}
		f := g.sh.facts[fi].fold
		if strings.Contains(f, " sans minimum") || strings.Contains(f, " no minimum") {
			return false
		}
		d := g.sh.facts[fi].doc
		for _, fc := range d.Claims {
			if (fc.Type == claims.Money || fc.Type == claims.Count && (fc.Unit != "" || fc.Noun != "")) && (fc.Bound == claims.AtLeast || fc.Bound == claims.From || fc.Bound == claims.Greater || namedMinimum(d, fc.Tok0)) {
				g.contradicted(c, fi, "")
				return true
			}
		}
	}
	return false
}

// namedMinimum: the figure at token k is named a minimum ("a minimum
// charge of CA$75", "un minimum de 8 enfants"): "minimum" in the four
// tokens before it, in its clause.
func namedMinimum(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch l := d.Tokens[j].Low; {
		case l == "minimum" || l == "minimal" || l == "minimale":
			return true
		case l == ";" || l == "." || l == ",":
			return false
		}
	}
	return false
}

// closestFactBy: as closestFact, for a context already built.
func (g *grounder) closestFactBy(ctx []string) int {
	best, bestOv := -1, 0
	for fi := range g.sh.facts {
		if ov := g.overlap(ctx, fi); ov > bestOv && (ov >= 2 || g.distinctive(ctx, fi)) {
			best, bestOv = fi, ov
		}
	}
	return best
}

var openingWords = map[string]bool{
	"ouvert": true, "ouverte": true, "ouverts": true, "ouvertes": true, "open": true, "opens": true, "accueille": true,
	"accueillent": true, "accueillons": true, "welcome": true, "horaires": true, "hours": true, "ferme": true, "closed": true,
	"ouvre": true, "ouvrent": true, "ouvrons": true,
}

func (g *grounder) everyday(c *claims.Claim) {
	if c.Except {
		return
	}
	if len(c.Words) == 1 && c.Words[0] == "year" {
		g.yearRound(c)
		return
	}
	if len(c.Words) == 2 && c.Words[0] == "season" {
		g.wholeSeason(c)
		return
	}
	if len(c.Words) == 1 && c.Words[0] == "continuous" {
		g.continuous(c)
		return
	}
	if len(c.Words) == 1 && c.Words[0] == "unlimited" {
		g.unlimited(c)
		return
	}
	if len(c.Words) == 1 && c.Words[0] == "unconditional" {
		g.unconditional(c)
		return
	}
	// "le bureau vous accueille tous les jours" when the fact about the
	// office says so, whatever other facts close on some days
	if g.sh.everyday {
		ctx := g.context(c, 10)
		for fi := range g.sh.facts {
			if g.sh.factDays[fi] == 0x7f && fi != g.sh.restricted && !dayExceptRe.MatchString(g.sh.facts[fi].fold) {
				if ov := g.overlap(ctx, fi); ov >= 2 || ov == 1 && g.distinctive(ctx, fi) {
					// "our team answers 24/7" when support is there
					// "every day from 7 a.m. to 11 p.m.": every day,
					// not round the clock
					if roundTheClock(c) && hasClockTimes(g.sh.facts[fi].doc) && !roundClockRe.MatchString(g.sh.facts[fi].fold) {
						g.contradicted(c, fi, "")
					}
					return
				}
			}
		}
	}
	if g.sh.everyday && g.everydayOfNamedSite(c) {
		return
	}
	if roundTheClock(c) && g.roundTheClockFact(c) {
		return
	}
	if roundTheClock(c) {
		if fi := g.hoursOfSubject(c); fi >= 0 {
			g.contradicted(c, fi, "")
			return
		}
	}
	opening := false
	for _, t := range g.doc.Tokens {
		if t.Sent == c.Sent && openingWords[t.Low] {
			opening = true
		}
	}
	for _, oc := range g.doc.Claims {
		if oc.Sent == c.Sent && oc.Type == claims.Time {
			opening = true
		}
	}
	// "open daily 10 to 5" restates "open daily, except Good Friday and
	// Christmas Day" (holidays, not weekdays, excepted); "every day of the
	// year" denies the holidays
	if opening && g.sh.restricted >= 0 && holidaysExcepted(g.sh.facts[g.sh.restricted].doc) && !g.wholeYear(c) {
		return
	}
	// "curtain up at 7.30pm every evening" is not denied by the box office's
	// opening days: an evening or "any day" is checked against the facts
	// about the same thing only
	if opening && g.sh.restricted >= 0 && (!someDaysForm(c) || g.overlap(g.context(c, 10), g.sh.restricted) >= 1) {
		g.contradicted(c, g.sh.restricted, "")
		return
	}
	// "menu du midi … tous les jours" when the fact about the menu names
	// fewer days ("du lundi au vendredi")
	ctx := g.context(c, 10)
	for fi := range g.sh.facts {
		days := g.sh.factDays[fi]
		if days == 0 || days == 0x7f {
			continue
		}
		if ov := g.overlap(ctx, fi); ov >= 2 || ov == 1 && g.distinctive(ctx, fi) {
			var names []string
			for w := 1; w <= 7; w++ {
				if days&(1<<uint(w%7)) != 0 {
					names = append(names, g.weekdayName(w%7))
				}
			}
			g.contradicted(c, fi, strings.Join(names, ", "))
			return
		}
	}
}

// holidaysExcepted: d gives every day ("open daily", "tous les jours") and
// names no weekday, so what it excepts are holidays ("except Good Friday
// and Christmas Day"), not days of the week.
func holidaysExcepted(d *claims.Doc) bool {
	every := false
	for i := range d.Claims {
		switch d.Claims[i].Type {
		case claims.Weekday:
			return false
		case claims.Everyday:
			every = every || len(d.Claims[i].Words) == 0
		}
	}
	return every
}

// someDaysForm: c says every evening or night ("tous les soirs", "every
// night") or any day ("any day of the week"), which an offer or a show
// says as often as a place's opening.
func someDaysForm(c *claims.Claim) bool {
	l := strings.ToLower(c.Text)
	return strings.Contains(l, "soir") || strings.Contains(l, "nuit") || strings.Contains(l, "night") || strings.Contains(l, "evening") || strings.HasPrefix(l, "any") || strings.Contains(l, "importe")
}

// wholeYear: the everyday claim c goes on "of the year", "de l'année",
// "all year", "365 days a year": no day of the year left out.
func (g *grounder) wholeYear(c *claims.Claim) bool {
	toks := g.doc.Tokens
	for k := c.Tok1; k < len(toks) && k < c.Tok1+4 && toks[k].Sent == c.Sent; k++ {
		if l := toks[k].Low; l == "year" || l == "annee" || l == "année" {
			return true
		}
	}
	return false
}

// everydayOfNamedSite: "the Alberta Street hospital is open 7 days a week;
// the other hospitals are open Monday to Saturday" backs "open 7 days a
// week" in a post that names Alberta Street: a fact's clause gives every day
// to a site by a name no other clause of that fact has, and the post names
// that site (with a capital: "every day" names no "Christmas Day"). Open every day is not open round the clock (24/7).
func (g *grounder) everydayOfNamedSite(c *claims.Claim) bool {
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for ci := range d.Claims {
			ec := &d.Claims[ci]
			if ec.Type != claims.Everyday || ec.Except || len(ec.Words) > 0 || roundTheClock(c) && !roundTheClock(ec) {
				continue
			}
			a, b := clauseOf(d, ec.Tok0)
			for k := a; k < b; k++ {
				t := &d.Tokens[k]
				// (the brand, named in most facts, names no one site)
				if t.Kind == claims.TWord && t.Cap && !t.SentStart && !t.Stop() && len(t.Low) > 2 && g.fewFacts(t.Low) && !inOtherClause(d, a, b, t.Low) && g.postHasName(t.Low) {
					return true
				}
			}
		}
	}
	return false
}

// roundClockRe: a fact that opens round the clock in words ("open 24 hours
// a day, 7 days a week", "24h/24", "around the clock"), whatever hours it
// gives to something else in another clause (staffed hours).
var roundClockRe = regexp.MustCompile(`\b24 ?(?:hours|heures|h) (?:a|per|par) (?:day|jour)\b|\b24 ?(?:h|heures) ?(?:/|sur) ?24\b|\b24/7\b|\b(?:a)?round the clock\b|\bjour et nuit\b|\bday and night\b`)

// roundTheClockFact: a fact gives round-the-clock opening, and no fact that
// gives some days only is closer to the claim's words.
func (g *grounder) roundTheClockFact(c *claims.Claim) bool {
	ctx := g.context(c, 10)
	best, other := -1, -1
	for fi := range g.sh.facts {
		ov := g.overlap(ctx, fi)
		if roundClockRe.MatchString(g.sh.facts[fi].fold) {
			best = max(best, ov)
		} else if d := g.sh.factDays[fi]; d != 0 && d != 0x7f {
			other = max(other, ov)
		}
	}
	return best >= 0 && best >= other
}

// hasClockTimes: the document gives a clock time (opening hours).
func hasClockTimes(d *claims.Doc) bool {
	for i := range d.Claims {
		if d.Claims[i].Type == claims.Time {
			return true
		}
	}
	return false
}

// hoursOfSubject: "local support 24/7" when support is "by live chat,
// Monday to Friday, 7 am to 7 pm": the one fact with hours (some days or
// clock times, not round the clock) that names a word of what is said to be
// round the clock (the words just before it in its clause), or -1.
func (g *grounder) hoursOfSubject(c *claims.Claim) int {
	toks := g.doc.Tokens
	var subj [4]string
	n := 0
	for k := c.Tok0 - 1; k >= 0 && n < len(subj) && toks[k].Sent == c.Sent && toks[k].Kind != claims.TPunct; k-- {
		if t := &toks[k]; t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 2 {
			subj[n] = claims.Stem(t.Low)
			n++
		}
	}
	best, bestOv, tie := -1, 0, false
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if d := g.sh.factDays[fi]; (d == 0 || d == 0x7f) && !hasClockTimes(fd.doc) || roundClockRe.MatchString(fd.fold) {
			continue
		}
		ov := 0
		for _, w := range subj[:n] {
			if slices.Contains(fd.stems, w) {
				ov++
			}
		}
		switch {
		case ov > bestOv:
			best, bestOv, tie = fi, ov, false
		case ov == bestOv && ov > 0:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// clockReadings: the times of day a clock time of the post may stand for,
// in minutes: as written and, in English, a time under noon written
// without am/pm is also the afternoon's ("6:35" for 6:35 p.m.); -1 for none.
func (g *grounder) clockReadings(c *claims.Claim) [2]float64 {
	vals := [2]float64{c.Value, -1}
	if g.lang == "en" && c.Value >= 60 && c.Value < 12*60 && !strings.ContainsAny(strings.ToLower(c.Text), "hapm") {
		vals[1] = c.Value + 12*60
	}
	return vals
}

// sameClock: a fact's time at is the post's v, midnight being the facts'
// 23:59 too ("à minuit" for "jusqu'à 23h59").
func sameClock(at, v float64) bool {
	return claims.Eq(at, v) || (v == 0 || v == 24*60) && claims.Eq(at, 24*60-1)
}

// clockOfFacts: an English clock time written without am/pm ("6:35") is
// the fact's afternoon time of the same digits; and a clock time is a
// stated one moved by an offset a fact gives before or after an event.
func (g *grounder) clockOfFacts(c *claims.Claim) bool {
	vals := g.clockReadings(c)
	// "so you can be in Campbeltown by 09:45": the arrival of a stated
	// departure and crossing time
	if slices.ContainsFunc(g.sh.arrivals, func(v float64) bool { return claims.Eq(v, c.Value) }) {
		return true
	}
	for _, a := range g.sh.atoms[clsClock] {
		if a.dur || a.derived {
			continue
		}
		for k, v := range vals {
			if v < 0 {
				continue
			}
			if k == 1 && claims.Eq(a.value, v) {
				return true
			}
			// the facts' offsets of an event ("gates open one hour
			// before"), as the sheet read them
			for _, off := range g.sh.offsets {
				if claims.Eq(a.value+off, v) {
					return true
				}
			}
		}
	}
	return false
}

// rangeLengthNouns: the lengths a stated date range gives (ages and years
// elapsed are not bounded from above by them).
var rangeLengthNouns = map[string]bool{"day": true, "week": true, "month": true, "night": true, "nuit": true}

// zeroWordsRe: a fact says a thing costs nothing.
var zeroWordsRe = regexp.MustCompile(`\b(?:free|waived|no charge|at no cost|gratuit|gratuite|gratuits|gratuites|gratuitement|offert|offerte|offerts|offertes|sans frais|supprimee?s?|annulee?s?)\b`)

// zeroPriceStated: a fact that shares two words with the sentence of a
// zero price (or one distinctive word) gives that thing free.
func (g *grounder) zeroPriceStated(c *claims.Claim) bool {
	ctx := g.context(c, 10)
	for fi := range g.sh.facts {
		if !zeroWordsRe.MatchString(g.sh.facts[fi].fold) {
			continue
		}
		if ov := g.overlap(ctx, fi); ov >= 2 || ov == 1 && g.distinctive(ctx, fi) {
			return true
		}
	}
	return false
}

// fewFacts: the word is in one fact, or in at most half of them.
func (g *grounder) fewFacts(low string) bool {
	n := g.sh.df[claims.Stem(low)]
	return n <= 1 || 2*n <= len(g.sh.facts)
}

// roundTheClock: 24/7, 24h/24, not just every day.
func roundTheClock(c *claims.Claim) bool { return strings.HasPrefix(c.Text, "24") }

// clauseOf gives the tokens of the clause that holds token k: the sentence
// part between semicolons.
func clauseOf(d *claims.Doc, k int) (a, b int) {
	toks := d.Tokens
	a, b = k, k
	for a > 0 && toks[a-1].Sent == toks[k].Sent && toks[a-1].Text != ";" {
		a--
	}
	for b < len(toks) && toks[b].Sent == toks[k].Sent && toks[b].Text != ";" {
		b++
	}
	return a, b
}

func inOtherClause(d *claims.Doc, a, b int, low string) bool {
	for k := range d.Tokens {
		if (k < a || k >= b) && d.Tokens[k].Low == low {
			return true
		}
	}
	return false
}

// postHasName: the post writes the word with a capital, as a name ("the
// Alberta Street clinic"), not as the common word a name of the facts is
// made of ("every day" is no "Christmas Day").
func (g *grounder) postHasName(low string) bool {
	for k := range g.doc.Tokens {
		if t := &g.doc.Tokens[k]; t.Low == low && t.Cap {
			return true
		}
	}
	return false
}

var prepsPlace = map[string]bool{"a": true, "à": true, "in": true, "at": true, "de": true, "from": true}

// name grounds a proper name: known as written, a variant of a known name
// (contradicted), or unknown (unsupported); and, for a place anchored by a
// year or figure in the same clause, the fact with that anchor must agree.
// geoCommon: common nouns written with a capital inside a place name
// ("le Pays basque", "le Massif central", "l'Arc jurassien", "the Bay");
// alone they name nothing.
var geoCommon = map[string]bool{
	"pays": true, "ville": true, "region": true, "centre": true, "nord": true, "sud": true, "est": true, "ouest": true,
	"cote": true, "mont": true, "lac": true, "golfe": true, "vallee": true, "plateau": true, "massif": true, "ile": true,
	"bassin": true, "north": true, "south": true, "east": true, "west": true, "city": true, "county": true, "lake": true,
	"arc": true, "baie": true, "bay": true, "valley": true, "coast": true, "gulf": true,
}

// vocatives: "Merci Claire pour ce gentil message", "Thanks Sam!": a first
// name right after thanks or a greeting addresses someone, a customer most
// often; it asserts nothing about the brand ("merci à Decathlon" does).
var vocatives = map[string]bool{
	"merci": true, "thanks": true, "thx": true, "bravo": true, "felicitations": true, "congrats": true,
	"congratulations": true, "bonjour": true, "hello": true, "hi": true, "hey": true, "coucou": true,
	"salut": true, "dear": true, "cher": true, "chere": true,
}

func (g *grounder) vocative(c *claims.Claim) bool {
	if len(c.Words) != 1 {
		return false
	}
	p := c.Prep
	if p == "you" && c.Tok0 >= 2 && g.doc.Tokens[c.Tok0-2].Low == "thank" {
		return true
	}
	return vocatives[p] && c.Tok0 >= 1 && g.doc.Tokens[c.Tok0-1].Kind == claims.TWord
}

// poll: "Tobermory, Calgary Bay, or somewhere secret?": a question that
// offers alternatives asks the reader to pick; its options assert nothing.
func (g *grounder) poll(sent int) bool {
	if !g.question(sent) {
		return false
	}
	for i := range g.doc.Tokens {
		t := &g.doc.Tokens[i]
		if t.Sent == sent && (t.Low == "or" || t.Low == "ou") {
			return true
		}
	}
	return false
}

// countryNames: the everyday names of a country, folded, any of which the
// facts may use for the others ("across America" for a brand shipping to
// "the contiguous United States").
var countryNames = [][]string{
	{"united states", "usa", "us", "america", "etats-unis", "etats unis", "amerique"},
	{"united kingdom", "uk", "britain", "great britain", "royaume-uni", "grande-bretagne"},
	{"netherlands", "holland", "pays-bas", "hollande"},
}

// countryKnown: a country the facts name under another of its names, or
// whose people they name ("France" when a fact ranks the brand "préférée
// des Français").
func (g *grounder) countryKnown(words []string) bool {
	name := strings.Join(words, " ")
	for _, group := range countryNames {
		if !contains(group, name) {
			continue
		}
		for _, other := range group {
			if other != name && g.sh.known(strings.Fields(other)...) {
				return true
			}
		}
		return false
	}
	return len(words) == 1 && g.peopleNamed(words[0])
}

// peopleNamed: the facts name the people of place w, the reverse of demonym:
// a capitalised fact word whose stem, once a demonym suffix is cut, is w
// but for its last letter or two (Français: France, Canadians: Canada).
func (g *grounder) peopleNamed(w string) bool {
	if len(w) < 4 {
		return false
	}
	// the stems are cut once per sheet: a name is checked against every
	// place and suffix of the facts
	for _, stem := range g.sh.placeStems {
		if n := commonPrefix(stem, w); n >= 4 && n >= len(stem)-1 && n >= len(w)-2 {
			return true
		}
	}
	return false
}

// demonymSuffixes end the name of the people of a place: Annéciens,
// Saint-Aubinois, Grenoblois, Lyonnais, Parisiennes, Londoners, Angevins,
// Albertans, Texans.
var demonymSuffixes = []string{"iennes", "ienne", "iens", "ien", "oises", "oise", "ois", "oi", "aises", "aise", "ais", "ai",
	"aines", "aine", "ains", "ain", "ines", "ine", "ins", "in", "ers", "er", "ians", "ian", "ites", "ite", "ans", "an"}

// demonym: w (folded, maybe stemmed) names the people of a place written
// with a capital in the facts: its stem, once the suffix is cut, is that
// place's name but for its last letter or two.
func (g *grounder) demonym(w string) bool {
	for _, p := range informalDemonyms[w] {
		for _, place := range g.sh.places {
			if strings.HasPrefix(place, p) {
				return true
			}
		}
	}
	if len(w) < 6 {
		return false
	}
	for _, suf := range demonymSuffixes {
		if !strings.HasSuffix(w, suf) || len(w)-len(suf) < 4 {
			continue
		}
		stem := w[:len(w)-len(suf)]
		for _, place := range g.sh.places {
			n := commonPrefix(stem, place)
			if n >= 4 && n >= len(stem)-1 && n >= len(place)-2 {
				return true
			}
		}
	}
	return false
}

// informalDemonyms name the people of a country in a way no suffix rule
// rebuilds ("our Aussie friends" when the facts ship to Australia).
var informalDemonyms = map[string][]string{
	"aussie": {"austral"}, "aussies": {"austral"}, "kiwi": {"zeal", "nouvelle-zel", "zel"}, "kiwis": {"zeal", "nouvelle-zel", "zel"},
	"brit": {"britain", "bretagne", "grande-bretagne"}, "brits": {"britain", "bretagne", "grande-bretagne"},
}

// residentNouns count the people of a place, as a demonym does.
var residentNouns = []string{"habitant", "inhabitant", "resident", "residents", "administre", "citoyen", "citizen"}

func (g *grounder) name(c *claims.Claim) {
	if len(c.Words) == 1 && geoCommon[c.Words[0]] || g.vocative(c) {
		return
	}
	// "Mon–Sat", "lun-sam": a range of abbreviated weekdays, not a name,
	// checked like "Monday to Saturday"
	if len(c.Words) == 1 {
		if a, b, ok := weekdayAbbrRange(c.Words[0]); ok {
			var mask uint8
			for w := a; ; w = (w + 1) % 7 {
				mask |= 1 << uint(w)
				if w == b {
					break
				}
			}
			r := *c
			r.Type, r.Weekday, r.Weekday2 = claims.Weekday, a, b
			g.checkDays(&r, mask)
			return
		}
	}
	// "BS1–BS8": letters glued to digits are one code (a postcode), stated
	// when the facts write it whole; so is "Code NEWBOWL50", the name ending
	// in the code
	if c.Tok1 < len(g.doc.Tokens) {
		if t := &g.doc.Tokens[c.Tok1]; t.Kind == claims.TNum && !t.Space && t.Start == g.doc.Tokens[c.Tok1-1].End && g.gluedCodeKnown(c.Words, t.Low) {
			return
		}
	}
	if g.sh.known(c.Words...) || g.pluralKnown(c) || g.acronymSingular(c) || g.abbrevKnown(c.Words) || g.acronymKnown(c) {
		if !g.relational(c) {
			g.pairedWeekday(c)
		}
		g.role(c)
		g.apposition(c)
		g.ledBy(c)
		g.siteOfAnother(c)
		g.doneBy(c)
		g.placeOfAnother(c)
		g.activityOfAnother(c)
		g.siteOfNamed(c)
		g.placeOfNamed(c)
		g.withPerson(c)
		return
	}
	if g.relational(c) {
		return
	}
	// split at connectors; every part must be known
	var parts [][]string
	var cur []string
	possessive := false
	for _, w := range c.Words {
		switch w {
		case "de", "du", "des", "d'", "of", "la", "le", "the", "and", "et", "&":
			if len(cur) > 0 {
				parts = append(parts, cur)
			}
			cur = nil
			continue
		}
		// "Carlisle–Kendal", "Paris-Lyon": a route or a pair written with a
		// dash names two places the facts may give apart
		if strings.IndexByte(w, '-') > 0 && !g.sh.known(w) {
			if len(cur) > 0 {
				parts = append(parts, cur)
			}
			cur = nil
			lower := g.lowerDashParts(c, w)
			for j, h := range strings.Split(w, "-") {
				// "Leeds-born", "Paris-based": a word in lower case after
				// a name says how it relates, it names nothing
				if h != "" && (j == 0 || lower&(1<<j) == 0) {
					parts = append(parts, []string{h})
				}
			}
			continue
		}
		// "the South West's Independent Bookshop of the Year": a possessive
		// joins two names the facts may give apart
		if len(w) > 2 && w[len(w)-1] == '\'' {
			parts = append(parts, append(cur, w[:len(w)-1]))
			cur = nil
			possessive = true
			continue
		}
		if possessive && w == "s" {
			possessive = false
			continue
		}
		possessive = false
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		parts = append(parts, cur)
	}
	// "Join Brightside": a capital at the start of a sentence is no name
	if len(c.Words) >= 2 && c.Tok0 < len(g.doc.Tokens) && g.doc.Tokens[c.Tok0].SentStart &&
		(g.sh.known(c.Words[1:]...) || len(c.Words) >= 3 && articles[c.Words[1]] && g.sh.known(c.Words[2:]...)) {
		// and "Rejoignez le Club Vallon" when the facts say "du Club Vallon";
		// "Meet Tom Whitlock, our managing director": the person after the
		// verb is checked as any stated name is (job, trade, who leads)
		if len(c.Words) >= 3 && !articles[c.Words[1]] && c.Tok0+1 < c.Tok1 {
			r := *c
			r.Words, r.Tok0, r.Start = c.Words[1:], c.Tok0+1, g.doc.Tokens[c.Tok0+1].Start
			r.Text = g.doc.Slice(r.Start, r.End)
			g.role(&r)
			g.apposition(&r)
			g.ledBy(&r)
			g.doneBy(&r)
		}
		return
	}
	allKnown := true
	for i, p := range parts {
		// "Horaires du Smash Comptoir de Rennes": the word that opens the
		// sentence, cut from the rest by a connector, is capitalised for
		// its place alone
		if i == 0 && len(parts) > 1 && len(p) == 1 && len(c.Words) > 1 && p[0] == c.Words[0] && c.Tok0 < len(g.doc.Tokens) && g.doc.Tokens[c.Tok0].SentStart {
			continue
		}
		// "la Ville de Langres", "the City of Langres" for a venue the facts
		// say is the town's ("théâtre municipal de Langres"): the town a
		// stated place is, said by the common noun of its council
		if i == 0 && len(parts) > 1 && len(p) == 1 && p[0] == c.Words[0] && townNouns[p[0]] && g.municipal() {
			continue
		}
		if !g.sh.known(p...) {
			allKnown = false
		}
	}
	if allKnown || g.twoEntities(c.Words) || g.splitAtRole(c) || g.sh.knownLoosely(c.Words) || g.ownTitle(c.Words) {
		return
	}
	// a poll's options, a review's signature, the people of a stated place,
	// a name in a customer's quoted words, the head of a stated name
	if g.poll(c.Sent) || g.attribution(c) || g.countryKnown(c.Words) || len(c.Words) == 1 && (g.demonym(c.Words[0]) || g.quoted(c) || g.headOfName(c.Words[0]) || g.initialsKnown(c) || g.sh.dashShortForm(c.Words[0])) {
		return
	}
	if g.sh.hostNamed(c.Words) {
		return
	}
	if g.sh.empty {
		g.unsupported(c)
		return
	}
	// a person's name with one part right and one wrong: Aoife Brannigan
	// for Aoife Brennan
	for _, e := range g.sh.entities {
		if len(e.words) != len(c.Words) || len(e.words) < 2 {
			continue
		}
		same := 0
		for i := range e.words {
			if e.words[i] == c.Words[i] {
				same++
			}
		}
		if same >= 1 && same < len(e.words) {
			g.contradicted(c, e.fact, e.text)
			return
		}
	}
	for _, e := range g.sh.entities {
		if len(c.Words) >= 2 && len(e.words) >= 2 && e.words[len(e.words)-1] == c.Words[len(c.Words)-1] && e.words[0] != c.Words[0] && len(e.words[len(e.words)-1]) > 3 {
			g.contradicted(c, e.fact, e.text)
			return
		}
	}
	g.flag(c, Unsupported, -2, g.msg("name"), "")
}

// hostNamed: "Tussock Vets" when the facts give tussockvets.co.nz: a name
// of two words or more that, run together, is the first label of a stated
// web address is the brand's short name, the one it chose for its site.
func (sh *sheet) hostNamed(words []string) bool {
	if len(words) < 2 {
		return false
	}
	var b strings.Builder
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
	}
	joined := b.String()
	if len(joined) < 5 {
		return false
	}
	for _, u := range sh.urls {
		host, _ := urlHost(u)
		if label, _, _ := strings.Cut(host, "."); label == joined {
			return true
		}
	}
	return false
}

// dashShortForm: a dash compound is a stated name written short: the
// facts write it run together ("J-Bay" for "JBay", "Saint-Émilion" for
// "SaintÉmilion" in a tag), or its first part is one letter, the initial of
// the word before its other parts in the facts ("J-Bay" for "Jeffreys Bay").
func (sh *sheet) dashShortForm(w string) bool {
	if strings.IndexByte(w, '-') <= 0 {
		return false
	}
	parts := strings.FieldsFunc(w, isDashRune)
	if len(parts) < 2 {
		return false
	}
	if sh.known(strings.Join(parts, "")) {
		return true
	}
	if utf8.RuneCountInString(parts[0]) != 1 {
		return false
	}
	rest := " " + strings.Join(parts[1:], " ")
	for key := range sh.grams {
		if strings.HasSuffix(key, rest) && strings.HasPrefix(key, parts[0]) && strings.Count(key, " ") == len(parts)-1 && len(key) > len(rest)+1 {
			return true
		}
	}
	return false
}

// titleWords name what a brand publishes or is made of, after its name in
// English ("Scruff Lab News", "Barkside Team") and before it in French
// ("Actus Scruff Lab", "Équipe Barkside").
var titleWords = map[string]bool{"news": true, "newsletter": true, "update": true, "updates": true, "digest": true, "weekly": true, "monthly": true,
	"roundup": true, "blog": true, "team": true, "crew": true, "family": true, "community": true,
	"actu": true, "actus": true, "nouvelles": true, "gazette": true, "equipe": true, "famille": true, "communaute": true}

// ownTitle: the words are a name of the sheet with a title word after it
// (English) or before it (French): the brand's newsletter, team or
// community, not a name of its own.
func (g *grounder) ownTitle(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	if g.lang == "en" && titleWords[words[n-1]] {
		return g.sh.known(words[:n-1]...)
	}
	if g.lang == "fr" && titleWords[words[0]] {
		return g.sh.known(words[1:]...)
	}
	return false
}

// lowerDashParts: bit j set when part j of the dash compound w of the
// name is written in lower case.
func (g *grounder) lowerDashParts(c *claims.Claim, w string) uint {
	var bits uint
	for k := c.Tok0; k < c.Tok1 && k < len(g.doc.Tokens); k++ {
		if g.doc.Tokens[k].Low != w {
			continue
		}
		for j, p := range strings.FieldsFunc(g.doc.Tokens[k].Text, isDashRune) {
			if r, _ := utf8.DecodeRuneInString(p); j < 32 && unicode.IsLower(r) {
				bits |= 1 << j
			}
		}
		break
	}
	return bits
}

func isDashRune(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‑' || r == '‐' }

// initialsKnown: an acronym in capitals (BSL, FFE) stands for a name the
// facts spell out, "British Sign Language", "Fédération française
// d'équitation": the initials of consecutive words from a capitalised one,
// small words between skipped.
func (g *grounder) initialsKnown(c *claims.Claim) bool {
	w := c.Words[0]
	if len(w) < 2 || len(w) > 6 || c.Tok0 >= len(g.doc.Tokens) || !g.doc.Tokens[c.Tok0].Upper {
		return false
	}
	if g.spelledInFacts(w) {
		return true
	}
	// "toutes les BD" for the facts' "bandes dessinées": an acronym of a
	// plural common noun phrase, after a plural determiner, is that noun
	switch prevLow(g.doc.Tokens, c.Tok0) {
	case "les", "des", "nos", "vos", "ces", "mes", "tes", "ses", "leurs", "aux":
		for fi := range g.sh.facts {
			toks := g.sh.facts[fi].doc.Tokens
			for k := range toks {
				if toks[k].Low[0] == w[0] && plainInitials(toks, k, w) {
					return true
				}
			}
		}
	}
	return false
}

// initialsFrom: the words from token k, stop words skipped, begin with the
// letters of w in order.
// acronymTagged: a hashtag or an address of the facts holds w.
func (g *grounder) acronymTagged(w string) bool {
	for _, t := range g.sh.tags {
		if strings.Contains(t, w) {
			return true
		}
	}
	for _, u := range g.sh.urls {
		if strings.Contains(u, w) {
			return true
		}
	}
	return false
}

func initialsFrom(toks []claims.Token, k int, w string) bool {
	n := 0
	for ; k < len(toks) && n < len(w); k++ {
		t := &toks[k]
		if t.Kind != claims.TWord || t.Low == "" {
			return false
		}
		if t.Stop() && n > 0 {
			continue
		}
		// "VC" for "Vice-Chancellor", "PDG" for "Président-directeur général":
		// each part of a dashed word gives its initial
		if strings.IndexByte(t.Low, '-') > 0 {
			for _, part := range strings.Split(t.Low, "-") {
				if part == "" || n >= len(w) || part[0] != w[n] {
					return false
				}
				n++
			}
			continue
		}
		if t.Low[0] != w[n] {
			return false
		}
		n++
	}
	return n == len(w)
}

// syllablesFrom: "UNIGE" for "Université de Genève", "UNIL" for
// "Université de Lausanne": w is the first letters of each of two words or
// more from token k, stop words skipped, the first giving at least two.
// (Initials, one letter a word, are initialsFrom's.)
func syllablesFrom(toks []claims.Token, k int, w string, words int) bool {
	for k < len(toks) && words > 0 && toks[k].Kind == claims.TWord && toks[k].Stop() {
		k++
	}
	if k >= len(toks) || toks[k].Kind != claims.TWord {
		return false
	}
	l := toks[k].Low
	for n := 1; n <= len(l) && n <= len(w); n++ {
		if l[n-1] != w[n-1] {
			break
		}
		if words == 0 && n < 2 {
			continue
		}
		if n == len(w) {
			return words >= 1
		}
		if syllablesFrom(toks, k+1, w[n:], words+1) {
			return true
		}
	}
	return false
}

// splitAtRole: "Riverbend CEO Danielle Okimaw" is an organisation, a job
// and a person, each checked on its own (the person with the job before
// it); it reports whether the name held a job word.
func (g *grounder) splitAtRole(c *claims.Claim) bool {
	toks := g.doc.Tokens
	for k := c.Tok0; k < c.Tok1-1 && k < len(toks); k++ {
		if _, ok := roleHeads[toks[k].Low]; !ok || toks[k].Kind != claims.TWord {
			continue
		}
		// "Meet CEO …": one capitalised word opening the sentence is no name
		if k > c.Tok0 && !(k == c.Tok0+1 && toks[c.Tok0].SentStart) {
			g.name(g.subName(c, c.Tok0, k))
		}
		g.name(g.subName(c, k+1, c.Tok1))
		return true
	}
	return false
}

// subName is the name claim of tokens [a, b) of c.
func (g *grounder) subName(c *claims.Claim, a, b int) *claims.Claim {
	toks := g.doc.Tokens
	r := claims.Claim{Type: claims.Name, Tok0: a, Tok1: b, Sent: c.Sent, Start: toks[a].Start, End: toks[b-1].End, Weekday: -1, Weekday2: -1}
	r.Text = g.doc.Slice(r.Start, r.End)
	for k := a; k < b; k++ {
		if toks[k].Kind == claims.TWord {
			r.Words = append(r.Words, toks[k].Low)
		}
	}
	return &r
}

// placeAbbrevs: the short and long forms of the words of addresses and place
// names, folded; "812 Broadway Ave" is the facts' "812 Broadway Avenue",
// "St-Brieuc" their "Saint-Brieuc".
var placeAbbrevs = map[string][]string{
	"ave": {"avenue"}, "av": {"avenue"}, "avenue": {"ave", "av"},
	"st": {"street", "saint"}, "street": {"st"}, "saint": {"st"}, "ste": {"sainte"}, "sainte": {"ste"},
	"rd": {"road"}, "road": {"rd"}, "blvd": {"boulevard"}, "bd": {"boulevard"}, "boulevard": {"blvd", "bd"},
	"dr": {"drive"}, "drive": {"dr"}, "hwy": {"highway"}, "highway": {"hwy"}, "ln": {"lane"}, "lane": {"ln"},
	"sq": {"square"}, "square": {"sq"}, "mt": {"mount"}, "mount": {"mt"}, "pde": {"parade"}, "parade": {"pde"},
	"tce": {"terrace"}, "terrace": {"tce"}, "cres": {"crescent"}, "crescent": {"cres"}, "rte": {"route"}, "route": {"rte"},
	"pkwy": {"parkway"}, "parkway": {"pkwy"}, "ct": {"court"}, "court": {"ct"}, "pl": {"place"}, "place": {"pl"},
	"fwy": {"freeway"}, "freeway": {"fwy"}, "expy": {"expressway"}, "expressway": {"expy"}, "ctr": {"center", "centre"},
	"center": {"ctr"}, "centre": {"ctr"}, "imp": {"impasse"}, "impasse": {"imp"},
	"chem": {"chemin"}, "chemin": {"chem"}, "fbg": {"faubourg"}, "faubourg": {"fbg"},
	// the points of the compass of a street ("2204 E Cesar Chavez St" for
	// "East Cesar Chavez Street")
	"e": {"east"}, "w": {"west"}, "n": {"north"}, "s": {"south"},
	"ne": {"northeast", "north-east"}, "nw": {"northwest", "north-west"}, "se": {"southeast", "south-east"}, "sw": {"southwest", "south-west"},
}

// abbrevKnown: the name is known once one of its words (or the first part
// of a dashed word) is written in its other form, short or long.
func (g *grounder) abbrevKnown(words []string) bool {
	for i, w := range words {
		head, tail, dashed := strings.Cut(w, "-")
		for _, alt := range placeAbbrevs[head] {
			v := append([]string(nil), words...)
			v[i] = alt
			if dashed {
				v[i] = alt + "-" + tail
			}
			if g.sh.known(v...) {
				return true
			}
		}
	}
	return false
}

// acronymKnown: "Newcastle NSW" for the facts' "Newcastle, New South
// Wales": in a name of several words, those in capitals spell a name of the
// facts (initialsFrom) and the others are known.
func (g *grounder) acronymKnown(c *claims.Claim) bool {
	if len(c.Words) < 2 {
		return false // a lone acronym is initialsKnown's
	}
	var rest []string
	found := false
	for k := c.Tok0; k < c.Tok1 && k < len(g.doc.Tokens); k++ {
		t := &g.doc.Tokens[k]
		if t.Kind != claims.TWord {
			continue
		}
		if t.Upper && len(t.Low) >= 2 && len(t.Low) <= 6 && g.spelledInFacts(t.Low) {
			found = true
			continue
		}
		rest = append(rest, t.Low)
	}
	return found && g.sh.known(rest...)
}

// spelledInFacts: w's letters are the initials of words of a fact or the
// brief, from a capitalised one.
//
// Words in lower case count too when the facts write the acronym itself in
// a hashtag or an address: "JPO" for "journées portes ouvertes" with
// #JPOHelios and helios-ingenieurs.fr/jpo.
func (g *grounder) spelledInFacts(w string) bool {
	tagged := g.acronymTagged(w)
	for fi := -1; fi < len(g.sh.facts); fi++ {
		toks := g.factDoc(fi).Tokens
		for k := range toks {
			if (toks[k].Cap && !toks[k].Upper || tagged) && toks[k].Low[0] == w[0] && initialsFrom(toks, k, w) {
				return true
			}
			if len(w) >= 4 && toks[k].Cap && !toks[k].Upper && toks[k].Low[0] == w[0] && syllablesFrom(toks, k, w, 0) {
				return true
			}
		}
	}
	return false
}

// plainInitials: "BD" for "bandes dessinées", "VTT" for "vélos tout
// terrain": an acronym of a plural common noun phrase, the initials of as
// many consecutive words from token k, none a small word, each of four
// letters or more, the last a plural.
func plainInitials(toks []claims.Token, k int, w string) bool {
	if k+len(w) > len(toks) {
		return false
	}
	for n := 0; n < len(w); n++ {
		t := &toks[k+n]
		if t.Kind != claims.TWord || t.Stop() || len(t.Low) < 4 || t.Low[0] != w[n] || t.Cap || strings.IndexByte(t.Low, '-') >= 0 || t.Sent != toks[k].Sent {
			return false
		}
	}
	last := toks[k+len(w)-1].Low
	return strings.HasSuffix(last, "s") || strings.HasSuffix(last, "x")
}

// yearsAsMonths: "affiné deux ans" is the facts' "affinée 24 mois", and
// "18 months" a stated "1.5 years": the same length in the other unit.
func (g *grounder) yearsAsMonths(c *claims.Claim) bool {
	if c.Type != claims.Count {
		return false
	}
	var noun string
	var v float64
	switch c.Noun {
	case "year":
		noun, v = "month", c.Value*12
	case "month":
		noun, v = "year", c.Value/12
	case "week":
		noun, v = "day", c.Value*7
	default:
		return false
	}
	for _, a := range g.sh.atoms[clsPlain] {
		if !a.derived && a.noun == noun && claims.Eq(a.value, v) && (a.bound == claims.Exact || a.bound == c.Bound) {
			return true
		}
	}
	// "56 days (eight weeks) between donations": the same length restated
	// in another unit beside a figure of the post the facts back
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent == c.Sent && o.Start != c.Start && o.Noun == noun && claims.Eq(o.Value, v) && g.supported(o, clsPlain) {
			return true
		}
	}
	return false
}

// pluralKnown: "4 Twin Otters" is the plural of the facts' "Twin Otter".
// A one-word name must follow a count, "Lucas" being no plural of "Luca",
// or be a grade the facts number: "passage de Galops" for "du Galop 1 au
// Galop 4", unless it is an acronym's plural (RRSPs).
func (g *grounder) pluralKnown(c *claims.Claim) bool {
	words := c.Words
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if len(last) < 4 || last[len(last)-1] != 's' || last[len(last)-2] == '\'' {
		return false
	}
	if len(words) == 1 && (c.Tok0 == 0 || g.doc.Tokens[c.Tok0-1].Kind != claims.TNum) && !acronymPlural(g.doc, c.Tok1-1) {
		return g.numberedGrade(last[:len(last)-1]) || g.pluralDeterminer(c.Tok0) && g.pluralOfEntity(last[:len(last)-1])
	}
	w := append(words[:len(words)-1:len(words)-1], last[:len(last)-1])
	return g.sh.known(w...)
}

// pluralDeterminers stand before a plural that names a group ("the little
// Squirrels", "des petits Écureuils"), never before a person's name.
var pluralDeterminers = map[string]bool{"the": true, "our": true, "your": true, "all": true, "these": true, "those": true,
	"les": true, "des": true, "nos": true, "vos": true, "ces": true, "aux": true}

// pluralDeterminer: a plural determiner stands before token k, one word in
// lower case at most between (an adjective: "the little").
func (g *grounder) pluralDeterminer(k int) bool {
	toks := g.doc.Tokens
	for j := k - 1; j >= 0 && j >= k-2 && toks[j].Kind == claims.TWord && !toks[j].Cap; j-- {
		if pluralDeterminers[toks[j].Low] {
			return true
		}
	}
	return false
}

// pluralOfEntity: "from the little Squirrels (5–9) up to the Summit" for
// the facts' course "Squirrel (ages 5-9)": the plural of a one-word name the
// facts write in capitals on its own (no other capitalised word next to
// it: not the first name of a person) names those who take it.
func (g *grounder) pluralOfEntity(w string) bool {
	if len(w) < 4 {
		return false
	}
	if !g.sh.known(w) {
		return false
	}
	for fi := range g.sh.facts {
		toks := g.sh.facts[fi].doc.Tokens
		for k := range toks {
			// (a word opening the fact proves nothing; one opening a list
			// after a colon is an item of it: "three courses: Squirrel")
			if toks[k].Low == w && toks[k].Cap && (!toks[k].SentStart || k > 0 && toks[k-1].Text == ":") &&
				(k == 0 || !toks[k-1].Cap || toks[k-1].Kind != claims.TWord) && (k+1 >= len(toks) || !toks[k+1].Cap || toks[k+1].Kind != claims.TWord) {
				return true
			}
		}
	}
	return false
}

// acronymSingular: "your SME" when the facts or the brief write "SMEs": an
// acronym is one of the plural the sheet names.
func (g *grounder) acronymSingular(c *claims.Claim) bool {
	if len(c.Words) != 1 || c.Tok1-c.Tok0 != 1 || !g.doc.Tokens[c.Tok0].Upper || len(c.Words[0]) < 2 {
		return false
	}
	return g.sh.known(c.Words[0] + "s")
}

// numberedGrade: a fact writes the capitalised word w before a number
// (Galop 1, Level 3), a grade of a scale whose plural names its levels.
func (g *grounder) numberedGrade(w string) bool {
	for fi := range g.sh.facts {
		toks := g.sh.facts[fi].doc.Tokens
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].Low == w && toks[k].Cap && toks[k+1].Kind == claims.TNum {
				return true
			}
		}
	}
	return false
}

// acronymPlural: token k is capitals and a final small s (RRSPs, GICs): the
// plural of an acronym, whatever precedes it.
func acronymPlural(d *claims.Doc, k int) bool {
	if k < 0 || k >= len(d.Tokens) {
		return false
	}
	w := d.Tokens[k].Text
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// rangeEnd: "for ages 3 to 10" when the facts say "ages 3 to 7": the end
// of a range of bare figures is checked against the facts' ranges with the
// same start, not matched with any 10 of the facts. It reports whether a
// fact's range decided.
func (g *grounder) rangeEnd(c *claims.Claim) bool {
	toks := g.doc.Tokens
	k := c.Tok0
	if k < 2 || c.Tok1-k != 1 || !rangeWord(toks[k-1].Low) || toks[k-2].Kind != claims.TNum || toks[k-2].Suf != "" || toks[k].Suf != "" || inTime(g.doc, k-2) {
		return false
	}
	start := toks[k-2].Num
	other, otherFact := -1.0, -1
	for fi := range g.sh.facts {
		ft := g.sh.facts[fi].doc.Tokens
		for j := 0; j+2 < len(ft); j++ {
			if ft[j].Kind != claims.TNum || ft[j].Num != start || ft[j].Suf != "" || !rangeWord(ft[j+1].Low) || ft[j+2].Kind != claims.TNum || ft[j+2].Suf != "" || inTime(g.sh.facts[fi].doc, j) {
				continue
			}
			if ft[j+2].Num == c.Value {
				return true
			}
			if otherFact >= 0 && other != ft[j+2].Num {
				return false // two ranges from that start: the context decides
			}
			other, otherFact = ft[j+2].Num, fi
		}
	}
	if otherFact < 0 {
		return false
	}
	// the span is the whole range, so the suggestion replaces it whole
	r := *c
	r.Start, r.Tok0 = toks[k-2].Start, k-2
	r.Text = g.doc.Slice(r.Start, r.End)
	g.contradicted(&r, otherFact, g.doc.Slice(r.Start, toks[k].Start)+strconv.FormatFloat(other, 'f', -1, 64))
	return true
}

// hourAsLength: "Cours Premières cordées, 2 h, 40 $", "deux séances de 2 h
// par semaine": a whole hour figure written without minutes reads as a
// clock time or as a length of time alike; with no word that makes it an
// hour of the day (à, at, until, a range) and equal to a length of time a
// fact gives about what the sentence is about ("dure 2 heures"), it is
// that length.
func (g *grounder) hourAsLength(c *claims.Claim) bool {
	if c.Bound != claims.Exact || c.Value <= 0 || math.Mod(c.Value, 60) != 0 {
		return false
	}
	toks := g.doc.Tokens
	t := &toks[c.Tok0]
	glued := t.Suf == "h" && t.Min < 0 && c.Tok1 == c.Tok0+1
	apart := t.Suf == "" && c.Tok1 == c.Tok0+2 && toks[c.Tok0+1].Low == "h"
	if !glued && !apart || strings.ContainsAny(t.Text, ":.") {
		return false
	}
	next := ""
	if c.Tok1 < len(toks) {
		next = toks[c.Tok1].Low
	}
	switch next {
	case "a", "au", "to", "-", "–", "et", "and", "ou", "or":
		return false
	}
	switch prevLow(toks, c.Tok0) {
	case "a", "at", "des", "vers", "jusqu'", "jusqu'a", "until", "till", "from", "by", "to", "avant", "before", "apres", "after", "-", "–", "et", "and", "ou", "or", "entre", "between":
		return false
	}
	ctx := g.context(c, 8)
	for _, a := range g.sh.atoms[clsClock] {
		if a.dur && !a.derived && a.fact >= 0 && claims.Eq(a.value, c.Value) && g.overlap(ctx, a.fact) >= 1 {
			return true
		}
	}
	return false
}

// endOfOtherRange: "de 9h à 18h" when the facts give "de 9h à 17h" (the
// open days) and "de 14h à 18h" (the online one): the end of a post's range
// of times is checked against the ranges of the facts with the same start,
// when no fact gives the post's range whole. It reports whether c was
// flagged.
func (g *grounder) endOfOtherRange(c *claims.Claim) bool {
	start := timeBefore(g.doc, c)
	if start == nil {
		return false
	}
	fi, end, backed := -1, "", false
	for r := range g.sh.timeRanges {
		if !claims.Eq(r.start.Value, start.Value) {
			continue
		}
		// "de 9h à 18h" for "de 9h à 12h30 et de 14h à 18h": the span
		// of a day the fact cuts in two
		if claims.Eq(r.end.Value, c.Value) || laterRangeEnds(r.doc, r.i, c.Value) {
			backed = true
			break
		}
		if fi < 0 {
			fi, end = r.fact, r.end.Text
		}
	}
	if backed || fi < 0 {
		return false
	}
	// "de 21h à 22h10" for a talk of 70 minutes from 21h: the range of the
	// talk inside the evening's
	for _, a := range g.sh.atoms[clsClock] {
		if a.derived && !a.dur && claims.Eq(a.value, c.Value) {
			return false
		}
	}
	g.contradicted(c, fi, end)
	return true
}

// startOfOtherRange: "Nos ateliers, c'est de 9h à 15h" when the facts give
// the workshops "de 10h à 15h" (and 9h only as the hour another thing
// opens at): the start of a post's range of times is checked against the
// ranges of the facts with the same end, when they all start at one other
// time and no range of the facts starts at the post's. It reports whether
// c was flagged.
func (g *grounder) startOfOtherRange(c *claims.Claim) bool {
	// the time right after c and a range word ("9h à 15h"), whose range c
	// opens (timeBefore is asked only of it: a long post has many times)
	var end *claims.Claim
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Time && o.Tok0 == c.Tok1+1 && timeBefore(g.doc, o) == c {
			end = o
			break
		}
	}
	if end == nil {
		return false
	}
	fi, start, sv, doubt := -1, "", -1.0, false
	for r := range g.sh.timeRanges {
		// a range of the facts starts there, or ranges with that end
		// start at two times
		if claims.Eq(r.start.Value, c.Value) || claims.Eq(r.end.Value, end.Value) && fi >= 0 && !claims.Eq(r.start.Value, sv) {
			doubt = true
			break
		}
		if claims.Eq(r.end.Value, end.Value) && fi < 0 {
			fi, start, sv = r.fact, r.start.Text, r.start.Value
		}
	}
	if doubt || fi < 0 {
		return false
	}
	g.contradicted(c, fi, start)
	return true
}

// factRange is a range of times of a fact ("de 10h à 15h"): the fact,
// its doc, the index of the claim that ends the range, its start and end.
type factRange struct {
	fact       int
	doc        *claims.Doc
	i          int
	start, end *claims.Claim
}

// timeRanges yields each range of times of the facts.
func (sh *sheet) timeRanges(yield func(factRange) bool) {
	for f := range sh.facts {
		d := sh.facts[f].doc
		for i := range d.Claims {
			b := &d.Claims[i]
			if b.Type != claims.Time {
				continue
			}
			if a := timeBefore(d, b); a != nil && !yield(factRange{f, d, i, a, b}) {
				return
			}
		}
	}
}

// mostAbout: the one fact that shares the most words with sentence sent
// outside tokens [a, b), at least least of them; -1 when none does or two
// share as many.
func (g *grounder) mostAbout(sent, a, b, least int) int {
	// what sharedWords counts for each fact, from the sheet's word-to-facts
	// index in one pass over the sentence rather than one pass per fact
	n := len(g.sh.facts)
	if cap(g.aboutBuf) < n {
		g.aboutBuf = make([]int, n)
	}
	counts := g.aboutBuf[:n]
	clear(counts)
	toks := g.doc.Tokens
	s0, s1 := g.doc.Sentence(sent)
	for k := s0; k < s1; k++ {
		t := &toks[k]
		if t.Kind != claims.TWord || t.Stop() || len(t.Low) <= 1 || k >= a && k < b {
			continue
		}
		for _, fi := range g.sh.wordFacts[claims.Stem(t.Low)] {
			if fi >= 0 {
				counts[fi]++
			}
		}
	}
	best, bestOv, tie := -1, least-1, false
	for fi, ov := range counts {
		ov = min(ov, 99) // sharedWords' limit
		if ov > bestOv {
			best, bestOv, tie = fi, ov, false
		} else if ov == bestOv {
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// laterRangeEnds: a range after claim i in its sentence ends at v.
func laterRangeEnds(d *claims.Doc, i int, v float64) bool {
	for j := i + 1; j < len(d.Claims); j++ {
		b := &d.Claims[j]
		if b.Sent == d.Claims[i].Sent && b.Type == claims.Time && claims.Eq(b.Value, v) && timeBefore(d, b) != nil {
			return true
		}
	}
	return false
}

// timeBefore: the time that opens the range c ends ("9h" of "9h à 18h",
// "11:45–14:30"), or nil.
func timeBefore(d *claims.Doc, c *claims.Claim) *claims.Claim {
	if c.Tok0 < 2 || !rangeWord(d.Tokens[c.Tok0-1].Low) {
		return nil
	}
	for i := range d.Claims {
		if a := &d.Claims[i]; a.Type == claims.Time && a.Tok1 == c.Tok0-1 {
			return a
		}
	}
	return nil
}

// gradeChecked: "Galop 5", "Level 5": a bare figure after a capitalised
// word the facts number is a grade of that scale, backed only by the grades
// they give ("du Galop 1 au Galop 4": 1 to 4), else contradicted with the
// nearest. It reports whether the facts number that word.
func (g *grounder) gradeChecked(c *claims.Claim) bool {
	toks := g.doc.Tokens
	k := c.Tok0
	// (a word in capitals, CHF 18, is a code, not a scale)
	if c.Type != claims.Number && c.Type != claims.Count || c.Tok1-k != 1 || k < 1 || toks[k-1].Kind != claims.TWord || !toks[k-1].Cap || toks[k-1].Upper || toks[k].Suf != "" {
		return false
	}
	w := toks[k-1].Low
	found, fact, lo, hi := false, -1, 0.0, 0.0
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		prev := -1
		for j := 0; j+1 < len(d.Tokens); j++ {
			if d.Tokens[j].Low != w || !d.Tokens[j].Cap || d.Tokens[j].SentStart || d.Tokens[j+1].Kind != claims.TNum || inDate(d, j+1) {
				continue
			}
			v := d.Tokens[j+1].Num
			if claims.Eq(v, c.Value) {
				return true
			}
			// the grades between two a range joins are given too
			if prev >= 0 && j-prev <= 3 && rangeWord(d.Tokens[j-1].Low) {
				a, b := math.Min(d.Tokens[prev+1].Num, v), math.Max(d.Tokens[prev+1].Num, v)
				if c.Value >= a && c.Value <= b && c.Value == math.Trunc(c.Value) {
					return true
				}
			}
			if !found || math.Abs(v-c.Value) < math.Min(math.Abs(lo-c.Value), math.Abs(hi-c.Value)) {
				lo, hi = v, v
				fact = fi
			}
			found = true
			prev = j
		}
	}
	if !found {
		return false
	}
	g.contradicted(c, fact, strconv.FormatFloat(lo, 'f', -1, 64))
	return true
}

// totalOfFact: "Au total, plus de 1 000 m² de jeu et jusqu'à 44 joueurs
// sur les deux arènes" when a fact gives each part ("une arène de 450 m²
// … l'arène Jungle de 600 m²", "jusqu'à 24 joueurs ; l'arène Jungle
// jusqu'à 20"): a figure of a sentence that announces a total ("au total",
// "en tout", "in total", "combined", "sur les deux", "across both") is the
// sum of the figures of one fact that count the same thing (same noun, or
// same unit word, or none: the noun left out after the first), within its
// bound. A total that does not add up is still checked.
func (g *grounder) totalOfFact(c *claims.Claim) bool {
	if c.Type != claims.Count && c.Type != claims.Number || c.Value <= 1 || !g.totalSaid(c.Sent) {
		return false
	}
	key := countKey(g.doc, c)
	if key == "" {
		return false
	}
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		sum, same, parts := 0.0, 0, 0
		for i := range d.Claims {
			o := &d.Claims[i]
			if o.Type != claims.Count && o.Type != claims.Number || o.Bound != claims.Exact && o.Bound != claims.UpTo || o.Value <= 1 {
				continue
			}
			switch k := countKey(d, o); {
			case k == key:
				same++
			case k == "" && c.Noun != "" && (o.Tok1 >= len(d.Tokens) || d.Tokens[o.Tok1].Kind == claims.TPunct):
				// "l'arène Jungle jusqu'à 20." : the noun left out
			default:
				continue
			}
			sum += o.Value
			parts++
		}
		if same == 0 || parts < 2 {
			continue
		}
		v := c.Value
		switch c.Bound {
		case claims.Exact, claims.UpTo:
			if claims.Eq(sum, v) {
				return true
			}
		case claims.Greater, claims.AtLeast:
			// "plus de 1 000 m²" for 1 050: rounded down, not far below
			if sum >= v && v >= 0.75*sum {
				return true
			}
		case claims.Approx:
			if math.Abs(sum-v) <= 0.1*sum {
				return true
			}
		}
	}
	return false
}

// countKey: what figure c of d counts: its noun, or the unit word right
// after it ("450 m²"), or "" for a bare figure.
func countKey(d *claims.Doc, c *claims.Claim) string {
	if c.Noun != "" {
		return c.Noun
	}
	if k := c.Tok1; k < len(d.Tokens) && d.Tokens[k].Sent == d.Tokens[c.Tok0].Sent {
		t := &d.Tokens[k]
		if t.Kind == claims.TWord && !t.Stop() || t.Kind == claims.TPunct && t.Low != "" && unicode.IsLetter([]rune(t.Text)[0]) {
			return t.Low
		}
	}
	return ""
}

// totalAnnounced: sentence sent of d announces a total ("au total", "en
// tout", "in total", "in all", "altogether", "combined", "cumulés", "à eux
// deux", "sur les deux", "across both", "between them").
// totalSaid is totalAnnounced of the post, remembered for its first 64
// sentences: asked for every count of a sentence.
func (g *grounder) totalSaid(sent int) bool {
	if sent < 0 || sent >= 64 {
		return totalAnnounced(g.doc, sent)
	}
	bit := uint64(1) << uint(sent)
	if g.totalAsked&bit == 0 {
		g.totalAsked |= bit
		if totalAnnounced(g.doc, sent) {
			g.totalSaidBits |= bit
		}
	}
	return g.totalSaidBits&bit != 0
}

func totalAnnounced(d *claims.Doc, sent int) bool {
	toks := d.Tokens
	a, b := d.Sentence(sent)
	for k := a; k < b; k++ {
		prev := prevLow(toks, k)
		switch l := toks[k].Low; l {
		case "total", "altogether", "combined", "cumules", "cumulees", "reunis", "reunies":
			return true
		case "tout":
			if prev == "en" {
				return true
			}
		case "all":
			if prev == "in" {
				return true
			}
		case "both":
			if prev == "across" || prev == "between" || prev == "over" {
				return true
			}
		case "them":
			if prev == "between" {
				return true
			}
		case "deux", "trois", "quatre", "two", "three", "four":
			// "sur les deux arènes", "à eux deux", "across the two sites"
			if k >= 2 && (prev == "les" || prev == "eux" || prev == "elles" || prev == "the") {
				switch toks[k-2].Low {
				case "sur", "dans", "pour", "a", "across", "between", "over", "for":
					return true
				}
			}
		}
	}
	return false
}

// inTime: token k is part of a clock time or a length of time of d: the
// minutes of "11 h 30", "1 h 15", which open no range of bare figures
// ("de 11 h 30 à 21 h 30", "dès 11 h 30 au 212, rue King").
func inTime(d *claims.Doc, k int) bool {
	for i := range d.Claims {
		if c := &d.Claims[i]; (c.Type == claims.Time || c.Type == claims.Duration) && k >= c.Tok0 && k < c.Tok1 {
			return true
		}
	}
	return false
}

// inDate: token k is part of a date of d (Friday 15 January).
func inDate(d *claims.Doc, k int) bool {
	for i := range d.Claims {
		if c := &d.Claims[i]; (c.Type == claims.Date || c.Type == claims.DateRange) && k >= c.Tok0 && k < c.Tok1 {
			return true
		}
	}
	return false
}

func rangeWord(l string) bool {
	switch l {
	case "to", "a", "au", "-", "–", "—":
		return true
	}
	return false
}

// shortHours: "open 11–5" is 11am to 5pm when the facts give those hours;
// each side of a range of two bare figures up to 12 is backed by a stated
// clock time at that hour, morning or afternoon.
func (g *grounder) shortHours(c *claims.Claim) bool {
	if c.Tok1-c.Tok0 != 1 || c.Value < 1 || c.Value > 24 || c.Value != float64(int(c.Value)) {
		return false
	}
	toks := g.doc.Tokens
	a, b := c.Tok0, c.Tok0
	switch {
	case c.Value > 12:
		// only a range spelled out may hold a 24-hour figure ("de 10 à 16")
		if c.Tok0 >= 2 && spelledTo(toks[c.Tok0-1].Low) && toks[c.Tok0-2].Kind == claims.TNum {
			return g.statedHourRange(c.Tok0-2, c.Tok0)
		}
		return false
	case c.Tok0+2 < len(toks) && isDashText(toks[c.Tok0+1].Text) && toks[c.Tok0+2].Kind == claims.TNum:
		b = c.Tok0 + 2
	case c.Tok0 >= 2 && isDashText(toks[c.Tok0-1].Text) && toks[c.Tok0-2].Kind == claims.TNum:
		a = c.Tok0 - 2
	case c.Tok0+2 < len(toks) && spelledTo(toks[c.Tok0+1].Low) && toks[c.Tok0+2].Kind == claims.TNum:
		return g.statedHourRange(c.Tok0, c.Tok0+2)
	case c.Tok0 >= 2 && spelledTo(toks[c.Tok0-1].Low) && toks[c.Tok0-2].Kind == claims.TNum:
		return g.statedHourRange(c.Tok0-2, c.Tok0)
	// "any time between 10 and 1", "from 10 to 1": the words of a span
	case c.Tok0+2 < len(toks) && spanOpen[prevLow(toks, c.Tok0)] && spanJoin[toks[c.Tok0+1].Low] && toks[c.Tok0+2].Kind == claims.TNum:
		b = c.Tok0 + 2
	case c.Tok0 >= 3 && spanJoin[toks[c.Tok0-1].Low] && toks[c.Tok0-2].Kind == claims.TNum && spanOpen[prevLow(toks, c.Tok0-2)]:
		a = c.Tok0 - 2
	// "first ball at 11": a bare hour the facts give as a clock time
	case c.Type == claims.Number && (prevLow(toks, c.Tok0) == "at" || prevLow(toks, c.Tok0) == "a") && (c.Tok1 >= len(toks) || toks[c.Tok1].Kind != claims.TWord || toks[c.Tok1].Sent != c.Sent):
	default:
		return false
	}
	return g.statedHour(toks[a].Text) && g.statedHour(toks[b].Text)
}

func spelledTo(l string) bool { return l == "to" || l == "till" || l == "until" || l == "a" }

// statedHourRange: "open house Sat., Sept. 26, 10 to 2" for a fact's "10
// a.m. to 2 p.m.": two bare figures joined by a word are a range of hours
// only when one fact gives both as its clock times, the first earlier, and
// no noun follows them ("10 to 12 players" counts people).
func (g *grounder) statedHourRange(a, b int) bool {
	toks := g.doc.Tokens
	if b+1 < len(toks) && toks[b+1].Kind == claims.TWord && !toks[b+1].Stop() || toks[a].Suf != "" || toks[b].Suf != "" {
		return false
	}
	ha, errA := strconv.Atoi(toks[a].Text)
	hb, errB := strconv.Atoi(toks[b].Text)
	if errA != nil || errB != nil || ha < 1 || hb < 1 || ha > 24 || hb > 24 {
		return false
	}
	at := func(h int, v float64) bool { return v == float64(60*h) || h <= 12 && v == float64(60*(h+12)) }
	clock := g.sh.atoms[clsClock]
	for i := range clock {
		x := &clock[i]
		if x.derived || x.dur || x.fact < 0 || !at(ha, x.value) {
			continue
		}
		for j := range clock {
			y := &clock[j]
			if y.fact == x.fact && !y.derived && !y.dur && y.value > x.value && at(hb, y.value) {
				return true
			}
		}
	}
	return false
}

// spanOpen and spanJoin write a span of hours in words: "between 10 and
// 1", "from 10 to 1", "entre 10 et 12".
var spanOpen = map[string]bool{"between": true, "from": true, "entre": true, "de": true}
var spanJoin = map[string]bool{"and": true, "to": true, "till": true, "until": true, "et": true, "a": true}

func (g *grounder) statedHour(s string) bool {
	h, err := strconv.Atoi(s)
	if err != nil || h < 1 || h > 12 {
		return false
	}
	for _, a := range g.sh.atoms[clsClock] {
		if !a.derived && !a.dur && (a.value == float64(60*h) || a.value == float64(60*(h+12))) {
			return true
		}
	}
	return false
}

func weekdayAbbrRange(w string) (a, b int, ok bool) {
	x, y, ok := strings.Cut(w, "-")
	if !ok {
		return 0, 0, false
	}
	a, okA := claims.WeekdayAbbr(x)
	b, okB := claims.WeekdayAbbr(y)
	return a, b, okA && okB
}

func isDashText(s string) bool { return s == "-" || s == "–" || s == "—" }

// relational: "Fondée en 1996 à Grenoble" when the fact with 1996 says Lyon.
func (g *grounder) relational(c *claims.Claim) bool {
	if !prepsPlace[c.Prep] {
		return false
	}
	toks := g.doc.Tokens
	// anchors: figures within four tokens before the name, in its sentence
	for _, oc := range g.doc.Claims {
		if oc.Sent != c.Sent || oc.Tok1 > c.Tok0 || c.Tok0-oc.Tok1 > 3 {
			continue
		}
		if oc.Type != claims.Year {
			continue
		}
		_ = toks
		for fi := range g.sh.facts {
			d := g.sh.facts[fi].doc
			for _, fc := range d.Claims {
				if fc.Type != claims.Year || !claims.Eq(fc.Value, oc.Value) {
					continue
				}
				// the fact's name in the same position after the anchor
				for _, e := range g.sh.entities {
					if e.fact != fi || e.sent != fc.Sent || e.tok < fc.Tok1 || e.tok-fc.Tok1 > 3 || !prepsPlace[e.prep] {
						continue
					}
					if e.fold != strings.Join(c.Words, " ") {
						g.contradicted(c, fi, e.text)
						return true
					}
				}
			}
		}
	}
	return false
}

// pairedWeekday: "Saturday night belongs to Velvet Ferry" when the fact says
// "Velvet Ferry on Sunday".
func (g *grounder) pairedWeekday(c *claims.Claim) {
	pw := g.nearestWeekday(g.doc, c.Tok0, c.Tok1, c.Sent)
	if pw < 0 {
		return
	}
	name := strings.Join(c.Words, " ")
	for _, e := range g.sh.entities {
		if e.fold != name {
			continue
		}
		d := g.factDoc(e.fact)
		fw := g.nearestWeekday(d, e.tok, e.tok+len(e.words), e.sent)
		if fw >= 0 && fw != pw && !alsoNear(d, e.tok, e.tok+len(e.words), e.sent) {
			g.contradicted(c, e.fact, e.text+" : "+g.weekdayName(fw))
			return
		}
	}
}

// alsoNear: "also", "aussi", "également" stands within four words of the
// name from t0 to t1 in sentence sent: "le salon de Leederville est aussi
// ouvert le dimanche" adds a day to the name's others, it names not its
// only one.
func alsoNear(d *claims.Doc, t0, t1, sent int) bool {
	for k := max(t0-4, 0); k < len(d.Tokens) && k < t1+4; k++ {
		if d.Tokens[k].Sent != sent {
			continue
		}
		switch d.Tokens[k].Low {
		case "also", "aussi", "egalement":
			return true
		}
	}
	return false
}

func (g *grounder) nearestWeekday(d *claims.Doc, t0, t1, sent int) int {
	best, bestDist := -1, 1000
	// the claims are read in place, not copied: this runs for each name
	// against each fact
	for i := range d.Claims {
		oc := &d.Claims[i]
		// dated weekdays are checked against the calendar instead
		if oc.Sent != sent || oc.Type != claims.Weekday || oc.Weekday < 0 {
			continue
		}
		var dist int
		if oc.Tok0 >= t1 {
			dist = oc.Tok0 - t1
		} else if oc.Tok1 <= t0 {
			dist = t0 - dayPartEnd(d, oc.Tok1, t0) + 1 // a weekday before the name is a bit weaker
		} else {
			continue
		}
		// (a far weekday is left before the names between are looked for)
		if dist > 4 {
			continue
		}
		// another name between the two breaks the pairing
		between := false
		lo, hi := oc.Tok1, t0
		if oc.Tok0 >= t1 {
			lo, hi = t1, oc.Tok0
		}
		for j := range d.Claims {
			if nc := &d.Claims[j]; nc.Type == claims.Name && nc.Tok0 >= lo && nc.Tok1 <= hi {
				between = true
			}
		}
		if between {
			continue
		}
		if dist < bestDist {
			best, bestDist = oc.Weekday, dist
		}
	}
	return best
}

// labelVariants: one label has several written forms, in both languages ("Bio"
// for a fact's "agriculture biologique", "organic" for "bio"); a post may use
// any of them.
var labelVariants = [][]string{
	{"bio", "biologique", "biologiques", "organic", "organique", "organically"},
	{"vegan", "vegane", "vegetalien", "vegetalienne", "plant-based"},
	{"sans gluten", "gluten-free", "gluten free"},
	{"fait maison", "faits maison", "faites maison", "homemade", "home-made"},
	{"made in france", "fabrique en france", "fabriques en france", "fabriquee en france", "fabriquees en france"},
	{"fair trade", "commerce equitable", "fairtrade"},
	{"zero dechet", "zero waste"},
	{"carbon neutral", "carbon-neutral", "neutre en carbone"},
	{"certifie", "certifiee", "certifies", "certifiees", "certified"},
	{"fait main", "faits main", "faite main", "faites main", "fabrique a la main", "fabriques a la main", "fabriquee a la main",
		"fabriquees a la main", "faconne a la main", "faconnes a la main", "handmade", "hand-made", "handcrafted", "hand-crafted", "made by hand"},
	// an award the facts name makes the brand award-winning ("prix" is
	// left out: it is also a price)
	{"award-winning", "prize-winning", "award", "awards", "prize", "prizes", "trophy", "trophee", "laureat", "laureate", "prime", "primee"},
}

var labelGroup = func() map[string][]string {
	m := map[string][]string{}
	for _, grp := range labelVariants {
		for _, v := range grp {
			m[v] = grp
		}
	}
	return m
}()

func (g *grounder) labelVariantKnown(words []string) bool {
	for _, v := range labelGroup[strings.Join(words, " ")] {
		if g.sh.known(strings.Fields(v)...) {
			return true
		}
	}
	return false
}

// serviceVerbs: "on vous les livre gratuitement" offers the same thing as a
// fact's "la livraison est offerte"; the verb of a service stands for its
// noun's stem. "livre" alone is also the noun "book", so it counts as the
// verb only after an object pronoun (serviceNoun).
var serviceVerbs = map[string]string{
	"livrer": "livraison", "livrons": "livraison", "livrez": "livraison", "livrent": "livraison", "livrees": "livraison", "livres": "livraison", "livree": "livraison", "livre": "livraison",
	"deliver": "delivery", "delivers": "delivery", "delivered": "delivery", "delivering": "delivery",
	"ship": "shipping", "ships": "shipping", "shipped": "shipping",
	"installer": "installation", "installons": "installation", "installe": "installation", "installee": "installation",
	"install": "installation", "installed": "installation",
	"park": "parking", "garer": "parking", "garez": "parking",
	// registering is the registration, attending or entering the entry
	"register": "registration", "registering": "registration", "inscrire": "inscription", "inscrivez": "inscription",
	"inscrivez-vous": "inscription", "attend": "entry", "attending": "entry", "enter": "entry",
}

var nounToo = map[string]bool{"livre": true, "livres": true, "livree": true, "livrees": true}

// passiveAux before "livré(e)(s)" make it the passive verb ("pour être
// livré gratuitement", "vos colis sont livrés"), not the noun "book".
var passiveAux = map[string]bool{"etre": true, "ete": true, "est": true, "sont": true, "sera": true, "seront": true, "soit": true, "soient": true, "etes": true}

var objectPronouns = map[string]bool{"les": true, "vous": true, "nous": true, "te": true, "me": true, "lui": true, "leur": true, "la": true, "le": true, "l'": true, "on": true}

// serviceNoun gives the noun stem a service verb of the claim stands for,
// or "".
func (g *grounder) serviceNoun(c *claims.Claim, w string) string {
	n := serviceVerbs[w]
	if n == "" {
		return ""
	}
	if nounToo[w] {
		// "livre(s)" is also a book: the verb only after an object pronoun
		// ("on vous les livre") or an auxiliary ("être livré")
		for k := c.Tok0; k < c.Tok1 && k < len(g.doc.Tokens); k++ {
			if g.doc.Tokens[k].Low == w {
				if k == 0 || !objectPronouns[g.doc.Tokens[k-1].Low] && !passiveAux[g.doc.Tokens[k-1].Low] {
					return ""
				}
				return n
			}
		}
		// the word is before the claim's span: look just before it
		if c.Tok0 > 0 && g.doc.Tokens[c.Tok0-1].Low == w && c.Tok0 > 1 && (objectPronouns[g.doc.Tokens[c.Tok0-2].Low] || passiveAux[g.doc.Tokens[c.Tok0-2].Low]) {
			return n
		}
		return ""
	}
	return n
}

var subjectPronouns = map[string]bool{"it": true, "they": true, "il": true, "elle": true, "ils": true, "elles": true}

// antecedent: "Bringing your bike? It rides free": a freebie whose subject is
// a pronoun, or left out before a doing ("… live on Tuesday. Free to
// join!"), offers what the sentence before names; "Vous êtes élève en lycée
// agricole ? Terralia, c'est gratuit pour vous": one whose subject is only a
// name of the facts (the brand) offers to whom the question before names.
// The stems of that sentence's content words, or nil.
func (g *grounder) antecedent(c *claims.Claim) []string {
	toks := g.doc.Tokens
	if c.Tok0 >= len(toks) {
		return nil
	}
	elided := toks[c.Tok0].SentStart && c.Tok1-c.Tok0 == 3 && toks[c.Tok0+1].Low == "to"
	var sent int
	switch {
	case elided || c.Tok0 > 0 && subjectPronouns[toks[c.Tok0-1].Low]:
		sent = toks[c.Tok0].Sent - 1
	case c.Tok0 > 0 && g.namedSubject(c):
		// an emoji between the question and the answer is a sentence of its own
		sent = -1
		for k := c.Tok0 - 1; k >= 0; k-- {
			if toks[k].Kind == claims.TWord || toks[k].Kind == claims.TNum {
				sent = toks[k].Sent
				break
			}
		}
		if sent < 0 || sent == c.Sent || !g.question(sent) {
			return nil
		}
	default:
		return nil
	}
	a, b := -1, -1
	for k := c.Tok0 - 1; k >= 0; k-- {
		if toks[k].Sent == sent {
			if b < 0 {
				b = k + 1
			}
			a = k
		} else if toks[k].Sent < sent {
			break
		}
	}
	if a < 0 {
		return nil
	}
	var out []string
	for _, w := range g.doc.ContentWords(a, b) {
		out = append(out, claims.Stem(w))
	}
	return out
}

// namedSubject: the freebie's only words are a name the facts write
// capitalised ("Terralia, c'est gratuit"), so it says nothing of what is free.
func (g *grounder) namedSubject(c *claims.Claim) bool {
	if len(c.Words) == 0 || c.Tok0 >= len(g.doc.Tokens) {
		return false
	}
	first := g.doc.Tokens[c.Tok0].Text
	r, _ := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, w := range c.Words {
		if !slices.Contains(g.sh.places, w) {
			return false
		}
	}
	return true
}

var venueNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"musee", "museum", "expo", "exposition", "exhibition", "galerie", "gallery", "zoo", "aquarium", "chateau", "castle", "parc", "park", "jardin", "garden", "gardens", "site"} {
		m[claims.Stem(w)] = true
	}
	return m
}()

// entryVerbs: "tu entres gratuitement", "you enter free" is a free entry.
var entryVerbs = map[string]bool{
	"entre": true, "entres": true, "entrent": true, "entrez": true, "entrer": true, "entrons": true,
	"enter": true, "enters": true,
}

var entryStems = func() []string {
	var out []string
	// (the words of entry alone first: a "visite guidée" is no entry)
	for _, w := range []string{"entree", "entry", "admission", "acces", "access", "visite", "visit"} {
		out = append(out, claims.Stem(w))
	}
	return out
}()

// spelledOrdinals: the written forms of the small ranks, both languages.
var spelledOrdinals = map[float64][]string{
	1: {"premier", "premiere", "first"},
	2: {"deuxieme", "second", "seconde"},
	3: {"troisieme", "third"},
	4: {"quatrieme", "fourth"},
	5: {"cinquieme", "fifth"},
}

// spelledOrdinal: "le 1er dimanche du mois" when the fact says "le premier
// dimanche du mois": the same rank of the same thing, spelled out.
func (g *grounder) spelledOrdinal(c *claims.Claim) bool {
	if c.Tok1 >= len(g.doc.Tokens) {
		return false
	}
	nt := &g.doc.Tokens[c.Tok1]
	next := claims.Fold(nt.Low)
	// "à partir du 3e, il est couvert" for "à partir du troisième enfant":
	// with its noun left out, the rank stands for the one the facts spell
	elided := nt.Kind != claims.TWord
	for _, w := range spelledOrdinals[c.Value] {
		if g.sh.known(w, next) || elided && g.sh.known(w) {
			return true
		}
	}
	return false
}

var rateWords = map[string]bool{"a": true, "per": true, "par": true, "each": true, "every": true, "/": true, "an": true}

// rateOfPost: "100 km in 30 days = just 3.3 km a day": a rate that is the
// quotient of two figures of the same sentence, one of them backed by the
// facts, rounded as the writer wrote it, is the writer's own division.
func (g *grounder) rateOfPost(c *claims.Claim) bool {
	toks := g.doc.Tokens
	rate := false
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+1; k++ {
		if rateWords[toks[k].Low] {
			rate = true
		}
	}
	if !rate || c.Value <= 0 {
		return false
	}
	// the precision the writer rounded to: half a unit of the last digit
	tol := 0.5
	if i := strings.LastIndexAny(c.Text, ".,"); i >= 0 {
		tol = 0.5 * math.Pow(10, -float64(len(c.Text)-i-1))
	}
	for i := range g.doc.Claims {
		a := &g.doc.Claims[i]
		if a.Start == c.Start || a.Sent != c.Sent || a.Value <= 0 {
			continue
		}
		for j := range g.doc.Claims {
			b := &g.doc.Claims[j]
			if j == i || b.Start == c.Start || b.Sent != c.Sent || b.Value <= 0 {
				continue
			}
			if math.Abs(a.Value/b.Value-c.Value) > tol+1e-9 {
				continue
			}
			if acl, ok := classOf(a.Type); ok && g.supported(a, acl) {
				return true
			}
		}
	}
	return false
}

// wholeOfStated: "100 % de nos produits", "100% of our beans" when a fact
// says "tous les produits", "all our beans": the whole of what the facts
// quantify with all, said as a share.
func (g *grounder) wholeOfStated(c *claims.Claim) bool {
	if c.Value != 100 || c.Discount || c.Bound != claims.Exact {
		return false
	}
	toks := g.doc.Tokens
	k := c.Tok1
	if k >= len(toks) || toks[k].Low != "de" && toks[k].Low != "of" && toks[k].Low != "des" {
		return false
	}
	k++
	if k < len(toks) && allDets[toks[k].Low] {
		k++
	}
	if k >= len(toks) || toks[k].Kind != claims.TWord {
		return false
	}
	noun := claims.Stem(toks[k].Low)
	for fi := range g.sh.facts {
		ft := g.sh.facts[fi].doc.Tokens
		for i := range ft {
			if !allWords[ft[i].Low] {
				continue
			}
			for j := i + 1; j < len(ft) && j <= i+3; j++ {
				if claims.Stem(ft[j].Low) == noun {
					return true
				}
			}
		}
	}
	return false
}

// discountOfPair: "à 6 480 CHF au lieu de 7 200 CHF, soit -15 %", "£48
// instead of £60, that's 20% off": a discount said right after the post's
// own price and former price is the one they make (10 %), rounded either
// way, whatever other discounts the facts give; another is contradicted,
// with that one as the suggestion. It reports whether c was decided.
func (g *grounder) discountOfPair(c *claims.Claim) bool {
	toks := g.doc.Tokens
	var now, was *claims.Claim
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Money || o.Sent != c.Sent || o.Bound != claims.Exact || o.Tok1 > c.Tok0 || c.Tok0-o.Tok1 > 5 {
			continue
		}
		// the former price, right after "au lieu de", "instead of", "was"
		k := o.Tok0 - 1
		for k >= 0 && (toks[k].Low == "de" || toks[k].Low == "of" || toks[k].Low == "d'") {
			k--
		}
		if k < 1 {
			continue
		}
		switch {
		case toks[k].Low == "lieu" && toks[k-1].Low == "au":
			k--
		case toks[k].Low == "instead", toks[k].Low == "was", toks[k].Low == "contre":
		default:
			continue
		}
		for j := range g.doc.Claims {
			n := &g.doc.Claims[j]
			if n.Type == claims.Money && n.Sent == c.Sent && n.Bound == claims.Exact && n.Tok1 <= k && k-n.Tok1 <= 1 && n.Value < o.Value {
				now, was = n, o
			}
		}
	}
	if now == nil || was.Value <= 0 {
		return false
	}
	pct := (was.Value - now.Value) / was.Value * 100
	if math.Abs(pct-c.Value) < 1 {
		return true
	}
	// the fact that gives the former price
	fi := -1
	for _, i := range g.sh.byValue[clsMoney][valueKey(was.Value)] {
		if a := &g.sh.atoms[clsMoney][i]; !a.derived && a.fact >= 0 {
			fi = a.fact
			break
		}
	}
	if fi < 0 {
		return false
	}
	r := strconv.Itoa(int(math.Round(pct)))
	sugg := strings.Replace(c.Text, strconv.FormatFloat(c.Value, 'f', -1, 64), r, 1)
	if sugg == c.Text {
		sugg = ""
	}
	g.contradicted(c, fi, sugg)
	return true
}

// shareOfCounts: "Plus de 40 % des pianos de notre showroom sont
// numériques" when a fact counts "126 pianos, dont 74 pianos acoustiques et
// 52 pianos numériques": a share of a noun is the ratio of two counts of
// that noun one fact gives (a part and its whole), or of the post's own
// "52 sur 126" when the facts give both figures, within its bound (rounded
// to the point when exact, at most 10 points off for "plus de", "moins de",
// 5 for "près de").
func (g *grounder) shareOfCounts(c *claims.Claim) bool {
	if c.Discount || c.Value <= 0 || c.Value >= 100 {
		return false
	}
	fits := func(pct float64) bool {
		v := c.Value
		switch c.Bound {
		case claims.Exact:
			return math.Abs(pct-v) < 1
		case claims.Greater, claims.AtLeast:
			return pct >= v && pct-v <= 10
		case claims.Less:
			return pct < v && v-pct <= 10
		case claims.Approx:
			return math.Abs(pct-v) <= 5
		}
		return false
	}
	var buf [8]string
	nouns := shareNouns(g.doc, nil, c.Tok1, buf[:0])
	if len(nouns) == 0 {
		return false
	}
	// the part is told apart by a word of c's sentence ("numériques",
	// "digital"): the share is of that part
	said := func(q string) bool {
		for k := range g.doc.Tokens {
			if t := &g.doc.Tokens[k]; t.Sent == c.Sent && t.Kind == claims.TWord && claims.Stem(t.Low) == q {
				return true
			}
		}
		return false
	}
	atoms := g.sh.atoms[clsPlain]
	for i := range atoms {
		p := &atoms[i]
		if p.derived || p.fact < 0 || p.noun == "" || p.noun2 == "" || p.bound != claims.Exact {
			continue
		}
		head, q := p.noun, p.noun2
		if !contains(nouns, head) {
			head, q = q, head
		}
		if !contains(nouns, head) || !said(q) {
			continue
		}
		for j := range atoms {
			w := &atoms[j]
			if w.derived || w.fact != p.fact || w.noun != head || w.bound != claims.Exact || w.value <= p.value || !fits(p.value/w.value*100) {
				continue
			}
			return true
		}
	}
	// the post's own "52 sur 126", "52 out of 126", both figures stated
	cs := g.doc.Claims
	for i := range cs {
		o := &cs[i]
		if o.Sent != c.Sent || o.Type != claims.Count && o.Type != claims.Number || o.Tok1 >= len(g.doc.Tokens) {
			continue
		}
		k := o.Tok1
		if g.doc.Tokens[k].Low == "out" && k+1 < len(g.doc.Tokens) && g.doc.Tokens[k+1].Low == "of" {
			k++
		} else if g.doc.Tokens[k].Low != "sur" {
			continue
		}
		for j := range cs {
			w := &cs[j]
			if w.Tok0 == k+1 && w.Value > o.Value && fits(o.Value/w.Value*100) && g.statedPlain(o.Value) && g.statedPlain(w.Value) {
				return true
			}
		}
	}
	return false
}

// statedPlain: a fact states figure v (not worked out).
func (g *grounder) statedPlain(v float64) bool {
	for _, i := range g.sh.byValue[clsPlain][valueKey(v)] {
		if a := &g.sh.atoms[clsPlain][i]; !a.derived && a.fact >= 0 {
			return true
		}
	}
	return false
}

// allWords quantify over every one of a noun; allDets stand between a
// share and its noun.
var (
	allWords = map[string]bool{"tous": true, "toutes": true, "all": true, "every": true, "each": true, "chaque": true, "chacun": true, "chacune": true}
	allDets  = map[string]bool{"nos": true, "les": true, "vos": true, "ses": true, "leurs": true, "our": true, "the": true, "your": true, "its": true, "their": true}
)

// earnedOnPrice: "49 points de fidélité" for a 49 € box when a fact gives
// 1 point per euro spent: a count earned at a stated rate per unit of money
// on a price the post states earlier and the facts back (whole units, as
// loyalty schemes round down).
func (g *grounder) earnedOnPrice(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Noun == "" || c.Value <= 0 {
		return false
	}
	for i := range g.sh.atoms[clsPlain] {
		a := &g.sh.atoms[clsPlain][i]
		if a.derived || a.tok < 0 || a.value <= 0 || !sameNoun(c, a) || !perMoneyUnit(g.factDoc(a.fact), a.tok) {
			continue
		}
		for j := range g.doc.Claims {
			m := &g.doc.Claims[j]
			if m.Type == claims.Money && m.Start < c.Start && math.Floor(m.Value*a.value+1e-9) == c.Value && g.supported(m, clsMoney) {
				return true
			}
		}
	}
	return false
}

// perMoneyUnit: the count at token k is given per unit of money ("1 point
// par euro dépensé", "2 points per £1 spent", "1 point for every dollar").
func perMoneyUnit(d *claims.Doc, k int) bool {
	if d == nil {
		return false
	}
	toks := d.Tokens
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch toks[j].Low {
		case "par", "per", "every", "each", "chaque":
			for n := j + 1; n < len(toks) && n <= j+2; n++ {
				switch toks[n].Low {
				case "euro", "€", "pound", "£", "dollar", "$":
					return true
				}
			}
			return false
		}
	}
	return false
}

// savingFactor: "return £12 and save £3 on two singles" (2 × £7.50 − £12),
// "soit 3 € d'économie sur deux allers simples": a count that is the
// multiplier of the writer's own saving, announced in its sentence, when
// that count times a price of the post, less another price of the post,
// both stated by the facts, gives it.
func (g *grounder) savingFactor(c *claims.Claim) bool {
	n := c.Value
	if c.Type != claims.Count || n < 2 || n > 100 || n != math.Trunc(n) {
		return false
	}
	cs := g.doc.Claims
	for i := range cs {
		o := &cs[i]
		if o.Sent != c.Sent || o.Type != claims.Money || !g.cued(o) || statedValue(g.sh.atoms[clsMoney], o.Value) {
			continue
		}
		for j := range cs {
			if j == i || cs[j].Type != claims.Money {
				continue
			}
			prod := cs[j].Value * n
			for k := range cs {
				if k != j && k != i && cs[k].Type == claims.Money && claims.Eq(math.Abs(prod-cs[k].Value), o.Value) &&
					g.supported(&cs[j], clsMoney) && g.supported(&cs[k], clsMoney) {
					return true
				}
			}
		}
	}
	return false
}

// statedValue: a fact states v itself (the saving is the one figure the
// writer worked out; "return £12 and save" is not it).
func statedValue(atoms []atom, v float64) bool {
	for j := range atoms {
		if !atoms[j].derived && claims.Eq(atoms[j].value, v) {
			return true
		}
	}
	return false
}

// roleHeads name a person's job; the value is the form compared (gender and
// plural folded).
var roleHeads = map[string]string{
	"ceo": "ceo", "pdg": "pdg", "dg": "dg", "cto": "cto", "cfo": "cfo", "coo": "coo",
	"directeur": "directeur", "directrice": "directeur", "director": "director",
	"president": "president", "presidente": "president", "chair": "chair", "chairman": "chair", "chairwoman": "chair",
	"founder": "found", "co-founder": "found", "cofounder": "found", "fondateur": "fonda", "fondatrice": "fonda", "cofondateur": "fonda", "cofondatrice": "fonda", "co-fondateur": "fonda", "co-fondatrice": "fonda",
	"head": "head", "manager": "manager", "gerant": "gerant", "gerante": "gerant", "owner": "owner", "proprietaire": "proprietaire",
	"maire": "maire", "mayor": "mayor", "adjoint": "adjoint", "adjointe": "adjoint", "curator": "curator", "conservateur": "conservateur", "conservatrice": "conservateur",
	"captain": "captain", "capitaine": "capitaine", "chef": "chef", "cheffe": "chef", "responsable": "responsable", "officer": "officer",
	"instructor": "instructor", "instructeur": "instructor", "instructrice": "instructor",
	"conseiller": "conseiller", "conseillere": "conseiller", "advisor": "advisor", "adviser": "advisor", "consultant": "consultant", "consultante": "consultant",
	// a side's coach and a station's host, one head across the languages
	"coach": "coach", "entraineur": "coach", "entraineure": "coach", "entraineuse": "coach",
	"host": "host", "presenter": "host", "animateur": "host", "animatrice": "host", "presentateur": "host", "presentatrice": "host",
	// a kinship the facts give a person ("Nathalie Beaulac, fille du
	// fondateur") is checked like a job ("son" is French for "his")
	"fille": "fille", "petite-fille": "petite-fille", "fils": "fils", "petit-fils": "petit-fils",
	"daughter": "daughter", "granddaughter": "granddaughter", "grandson": "grandson",
	"neveu": "neveu", "niece": "niece", "nephew": "nephew",
}

// roleVerbs: the passive verbs of a job ("dirigé par", "managed by"),
// to the head of roleHeads they give.
var roleVerbs = map[string]string{
	"dirige": "directeur", "dirigee": "directeur", "diriges": "directeur", "dirigees": "directeur",
	"gere": "gerant", "geree": "gerant", "geres": "gerant", "gerees": "gerant",
	"preside": "president", "presidee": "president", "presides": "president", "presidees": "president",
	"directed": "director", "managed": "manager", "headed": "head", "owned": "owner", "presided": "president", "chaired": "chair",
}

// kinHeads are the kinship words of roleHeads.
var kinHeads = map[string]bool{"fille": true, "petite-fille": true, "fils": true, "petit-fils": true, "daughter": true, "granddaughter": true, "grandson": true, "neveu": true, "niece": true, "nephew": true}

// tradeEnds: endings of the nouns of a trade or calling, both languages
// (agronome, hydrologue, céréalier, éleveur, agricultrice, chimiste,
// historien; farmer, sculptor, geologist, historian).
var tradeEnds = []string{"logue", "ome", "ier", "iere", "eur", "rice", "iste", "ien", "ienne", "ist", "er", "or", "ian", "aire"}

func tradeLike(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range tradeEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// appositionAt: the lower-case noun of a trade set beside the name at
// tokens [t0, t1) of d, "l'agronome Claire Vasseur" (an article before it)
// or "Jean-Michel Rabier, céréalier à Vierzon"; its token index, or -1.
func appositionAt(d *claims.Doc, t0, t1 int) int {
	toks := d.Tokens
	if t0 >= 2 && t0 <= len(toks) {
		p := &toks[t0-1]
		if p.Kind == claims.TWord && !p.Cap && !p.Stop() && articles[toks[t0-2].Low] && tradeLike(p.Low) {
			return t0 - 1
		}
	}
	if t1+1 < len(toks) && toks[t1].Text == "," {
		// "Maxime Dethier, ancien instituteur", "Étienne Roy, notre
		// libraire": a possessive or "former" may stand before the trade
		k := t1 + 1
		for k+1 < len(toks) && k <= t1+2 && tradeLeads[toks[k].Low] {
			k++
		}
		p := &toks[k]
		if p.Kind == claims.TWord && !p.Cap && !p.Stop() && tradeLike(p.Low) {
			return k
		}
	}
	return -1
}

// tradeLeads may stand between a name's comma and the trade set beside it.
var tradeLeads = map[string]bool{"notre": true, "our": true, "ancien": true, "ancienne": true, "former": true, "ex": true}

// apposition: "l'hydrologue Claire Vasseur" when the facts write "l'agronome
// Claire Vasseur": the trade set beside a person the facts name is the one
// they set there, unless a fact about the person names it too. A job of
// roleHeads is role's.
func (g *grounder) apposition(c *claims.Claim) {
	if len(c.Words) < 2 {
		return
	}
	pk := appositionAt(g.doc, c.Tok0, c.Tok1)
	if pk < 0 {
		return
	}
	pw := g.doc.Tokens[pk].Low
	if _, ok := roleHeads[pw]; ok {
		return
	}
	fold := strings.Join(c.Words, " ")
	ps := claims.Stem(pw)
	factWord, fact := "", -1
	for _, e := range g.sh.entities {
		if e.fact < 0 || e.fold != fold {
			continue
		}
		d := g.sh.facts[e.fact].doc
		for k := range d.Tokens {
			if claims.Stem(d.Tokens[k].Low) == ps {
				return
			}
		}
		for i := range d.Claims {
			if fc := &d.Claims[i]; fc.Type == claims.Name && fc.Tok0 == e.tok && factWord == "" {
				if fk := appositionAt(d, fc.Tok0, fc.Tok1); fk >= 0 {
					factWord, fact = d.Tokens[fk].Text, e.fact
				}
			}
		}
	}
	if factWord == "" {
		return
	}
	t := &g.doc.Tokens[pk]
	r := claims.Claim{Type: claims.Name, Start: t.Start, End: t.End, Tok0: pk, Tok1: pk + 1, Sent: c.Sent}
	r.Text = g.doc.Slice(r.Start, r.End)
	g.contradicted(&r, fact, factWord)
}

// roleQualifiers: English words set before a job's head that make it
// another job ("general manager" is not "sales manager"), a qualifier even
// when the sheet does not have the word.
var roleQualifiers = map[string]bool{
	"general": true, "managing": true, "executive": true, "sales": true, "marketing": true, "deputy": true, "assistant": true,
	"artistic": true, "technical": true, "financial": true, "operations": true, "creative": true, "commercial": true,
	"regional": true, "store": true, "shop": true, "office": true, "branch": true, "production": true, "product": true,
}

// roleStops end the words of a role ("our CEO", "avec notre directeur").
var roleStops = map[string]bool{
	"our": true, "notre": true, "nos": true, "votre": true, "your": true, "with": true, "avec": true, "by": true, "par": true,
	"the": true, "le": true, "la": true, "les": true, "et": true, "and": true, "from": true, "de": true, "of": true, "to": true, "a": true, "à": true,
}

// role: "our CEO Priya Shah", "Malik Ferreira, directeur général": a job
// given to a person the facts name, when the facts give that person
// another one ("Priya Shah, Head of Product"). The role's words must all be
// in the facts about the person.
func (g *grounder) role(c *claims.Claim) {
	if !g.sh.roles {
		return
	}
	toks := g.doc.Tokens
	a, b := -1, -1 // token range of the role words
	head := ""
	// before the name: up to three words back to a stop word; behind a
	// comma too ("Our CEO, Tom Okafor, hosts"), the job then set off by a
	// determiner or the start of the sentence, or a kinship ("sa
	// petite-fille, Nathalie Beaulac")
	n0 := c.Tok0
	if n0 >= 2 && toks[n0-1].Text == "," && toks[n0-1].Sent == c.Sent {
		n0--
	}
	for k := n0 - 1; k >= 0 && k >= n0-3 && toks[k].Sent == c.Sent && toks[k].Kind == claims.TWord; k-- {
		if k < n0-1 && (toks[k].Low == "of" || toks[k].Low == "de") {
			continue
		}
		if roleStops[toks[k].Low] {
			break
		}
		// "our residence manager at Hartley Yard": a name after a
		// preposition is where or whose the job is, not who holds it
		if k == n0-1 && complementPreps[toks[k].Low] {
			break
		}
		// "by CEO Isabelle Caron, Northword Translation now works": another
		// name before the comma is no job of this one
		if _, isHead := roleHeads[toks[k].Low]; n0 < c.Tok0 && toks[k].Cap && !isHead && k > 0 && !toks[k].SentStart {
			break
		}
		if h, ok := roleHeads[toks[k].Low]; ok {
			head, a, b = h, k, c.Tok0
		} else if head != "" && k == a-1 && roleHeadAt(toks, a) && !claims.IsStop(toks[k].Low) && (g.sh.known(toks[k].Low) || roleQualifiers[toks[k].Low]) {
			// "our creative director Dev Okafor": the qualifier right
			// before the head, when the sheet has that word (not "says
			// director …", "Meet CEO …")
			a = k
		}
	}
	if head != "" && n0 < c.Tok0 && !kinHeads[head] && a > 0 && toks[a-1].Sent == c.Sent && !roleStops[toks[a-1].Low] {
		head, a, b = "", -1, -1 // "Thanks, Tom Okafor": no job set off before the name
	}
	// after it, behind a comma: a head and one qualifier ("directeur général",
	// "Head of Product"), or qualifiers and a head ("our travel advisor")
	if head == "" && c.Tok1+1 < len(toks) && toks[c.Tok1].Low == "," {
		k := c.Tok1 + 1
		for k < len(toks) && k < c.Tok1+3 && roleStops[toks[k].Low] {
			k++
		}
		for q := k; q < len(toks) && q <= k+2 && toks[q].Kind == claims.TWord && toks[q].Sent == c.Sent && !roleStops[toks[q].Low]; q++ {
			if h, ok := roleHeads[toks[q].Low]; ok && q > k {
				head, a, b = h, k, q+1
				break
			}
		}
		if head == "" && k < len(toks) && toks[k].Kind == claims.TWord {
			if h, ok := roleHeads[toks[k].Low]; ok {
				head, a, b = h, k, k+1
				j := k + 1
				for j < len(toks) && j < k+4 && (toks[j].Low == "of" || toks[j].Low == "de" || toks[j].Low == "la" || toks[j].Low == "du" || toks[j].Low == "l" || toks[j].Apos) {
					j++
				}
				if j < len(toks) && toks[j].Kind == claims.TWord && toks[j].Sent == c.Sent && !roleStops[toks[j].Low] {
					b = j + 1
				}
			}
		}
	}
	if head == "" {
		return
	}
	// the facts about the person, and whether they give a job
	fold := strings.Join(c.Words, " ")
	var facts [4]int
	n := 0
	for _, e := range g.sh.entities {
		if e.fact >= 0 && n < len(facts) && (strings.Contains(e.fold, fold) || strings.Contains(fold, e.fold)) && (n == 0 || facts[n-1] != e.fact) {
			facts[n] = e.fact
			n++
		}
	}
	person := personLike(c)
	factRole := -1
	for i := 0; i < n && factRole < 0; i++ {
		d := g.sh.facts[facts[i]].doc
		for k := range d.Tokens {
			if _, ok := roleHeads[d.Tokens[k].Low]; ok {
				factRole = facts[i]
				break
			}
		}
	}
	// "animé par Étienne Roy, libraire": a trade the fact sets beside the
	// person is a job too
	for i := 0; i < n && factRole < 0 && person; i++ {
		d := g.sh.facts[facts[i]].doc
		for j := range d.Claims {
			if fc := &d.Claims[j]; fc.Type == claims.Name && strings.Join(fc.Words, " ") == fold && appositionAt(d, fc.Tok0, fc.Tok1) >= 0 {
				factRole = facts[i]
				break
			}
		}
	}
	if factRole < 0 {
		return
	}
	// a job's head is looked for in the words about the person; its
	// qualifiers too when the fact gives the job in apposition
	inFacts := func(w string, isHead bool) bool {
		for i := 0; i < n; i++ {
			d := g.sh.facts[facts[i]].doc
			lo, hi, appos := personSpan(d, fold)
			if !isHead && !appos || isHead && (w == "found" || w == "fonda") {
				// ("founded by Priya Raman (managing director) and Tom
				// Whitlock (head of installations)": the verb gives
				// both the founding, outside the jobs in apposition)
				lo, hi = 0, len(d.Tokens)
			}
			for k := lo; k < hi; k++ {
				l := d.Tokens[k].Low
				// "Dan Whitcombe is the circuit manager and Leah Osei is
				// the chief instructor": a job another person holds is
				// not his
				if person && heldByOther(d, k, fold) {
					continue
				}
				if h, ok := roleHeads[l]; ok && h == w || claims.Stem(l) == claims.Stem(w) || len(w) >= 5 && strings.HasPrefix(l, w) {
					return true
				}
				if isHead && (w == "found" || w == "fonda") && (strings.HasPrefix(l, "fond") || strings.HasPrefix(l, "found") || strings.HasPrefix(l, "cofond") || strings.HasPrefix(l, "co-f")) {
					return true
				}
				// "est dirigé par Annie Gagnon", "is managed by …": the
				// verb of the job, passive, gives it to the person
				if isHead && roleVerbs[l] == w && k+1 < hi && (d.Tokens[k+1].Low == "par" || d.Tokens[k+1].Low == "by") {
					return true
				}
			}
		}
		return false
	}
	ok := inFacts(head, true)
	// "our co-founder and managing director": each job of a coordination
	// is checked, the first wrong one flagged
	for ok {
		ok = g.roleWordsIn(c, a, b, facts[:n], inFacts)
		if !ok {
			break
		}
		h2, a2, b2 := coordinatedRole(toks, b)
		if h2 == "" {
			return
		}
		head, a, b = h2, a2, b2
		ok = inFacts(head, true)
	}
	if ok {
		return
	}
	// "notre capitaine Sandrine Le Goff" when a fact names Maëlys Tanguy
	// captain: the job is right and the person wrong
	if fi, holder := g.holderOf(head, a, b, facts[:n], fold, personLike(c)); fi >= 0 {
		// the span takes the job set right beside the name too
		r := *c
		if a < c.Tok0 && c.Tok0-b <= 1 {
			r.Tok0, r.Start = a, toks[a].Start
		} else if a >= c.Tok1 && a-c.Tok1 <= 6 && toks[b-1].Sent == c.Sent {
			r.Tok1, r.End = b, toks[b-1].End
		}
		r.Text = g.doc.Slice(r.Start, r.End)
		// (the suggestion: the same words, the holder for the name)
		g.contradicted(&r, fi, strings.Replace(r.Text, c.Text, holder, 1))
		return
	}
	// "Under CEO Dan Reyes": the job and the name it is given to
	if b == c.Tok0 {
		b = c.Tok1
	}
	r := claims.Claim{Type: claims.Name, Start: toks[a].Start, End: toks[b-1].End, Tok0: a, Tok1: b, Sent: c.Sent}
	r.Text = g.doc.Slice(r.Start, r.End)
	g.contradicted(&r, factRole, "")
}

// roleWordsIn: every word of the job at post tokens [a, b) but its head is
// in the facts about the person (facts), by inFacts.
func (g *grounder) roleWordsIn(c *claims.Claim, a, b int, facts []int, inFacts func(string, bool) bool) bool {
	toks := g.doc.Tokens
	for k := a; k < b; k++ {
		if l := toks[k].Low; toks[k].Kind == claims.TWord && !roleStops[l] && !claims.IsStop(l) {
			// "consultant geriatrician Dr Helen Marsh" for "Dr Helen Marsh,
			// consultant geriatrician": a title right before the name
			// stands before it in the fact, outside the job in apposition
			if k == c.Tok0-1 && honorifics[l] && titledIn(g.sh, facts, l) {
				continue
			}
			if _, isHead := roleHeads[l]; !isHead && !inFacts(l, false) {
				return false
			}
		}
	}
	return true
}

// coordinatedRole: the job that "and", "et" at token b join to the one
// before it ("co-founder and managing director"): its head and token range
// (up to two qualifiers before the head), or "".
func coordinatedRole(toks []claims.Token, b int) (string, int, int) {
	if b+1 >= len(toks) || toks[b].Low != "and" && toks[b].Low != "et" {
		return "", -1, -1
	}
	for q := b + 1; q < len(toks) && q <= b+3 && toks[q].Kind == claims.TWord && toks[q].Sent == toks[b].Sent && !roleStops[toks[q].Low]; q++ {
		if h, ok := roleHeads[toks[q].Low]; ok {
			return h, b + 1, q + 1
		}
	}
	return "", -1, -1
}

// holderStops part the job of one person from the name of another ("Dan
// Whitcombe is the circuit manager and Leah Osei is the chief instructor").
var holderStops = map[string]bool{";": true, "and": true, "et": true, "while": true, "whereas": true, "tandis": true, "alors": true, ".": true}

// jobHolder: the person's name of fact d (token range) that holds the job
// word at token k: the nearest name of two words or more on either side,
// no "and", "et" nor semicolon between them; -1 when none.
func jobHolder(d *claims.Doc, k int) (int, int) {
	best, bestLo, bestHi := 1<<30, -1, -1
	for i := range d.Claims {
		o := &d.Claims[i]
		if o.Type != claims.Name || !personLike(o) || o.Tok0 <= k && k < o.Tok1 {
			continue
		}
		// "The head of care at Barkside Eastside is Luis Medina": a name
		// after a preposition is where or whose the job is, not who
		p := o.Tok0 - 1
		for p > 0 && articles[d.Tokens[p].Low] {
			p--
		}
		if p >= 0 && complementPreps[d.Tokens[p].Low] {
			continue
		}
		// "Kestrel Shield's head of threat research": a possessive says
		// whose the job is
		if o.Tok1 < len(d.Tokens) && (strings.HasPrefix(d.Tokens[o.Tok1].Text, "'") || strings.HasPrefix(d.Tokens[o.Tok1].Text, "’")) || strings.HasSuffix(o.Words[len(o.Words)-1], "'") {
			continue
		}
		lo, hi := o.Tok1, k
		if o.Tok0 > k {
			lo, hi = k+1, o.Tok0
		}
		if hi-lo > 8 {
			continue
		}
		clear := true
		for j := lo; j < hi; j++ {
			if holderStops[d.Tokens[j].Low] || d.Tokens[j].Sent != d.Tokens[k].Sent {
				clear = false
				break
			}
		}
		if clear && hi-lo < best {
			best, bestLo, bestHi = hi-lo, o.Tok0, o.Tok1
		}
	}
	return bestLo, bestHi
}

// complementPreps set a name after them as a complement of a job.
var complementPreps = map[string]bool{"of": true, "at": true, "in": true, "for": true, "from": true, "de": true, "d'": true, "du": true, "des": true, "chez": true, "à": true, "a": true, "au": true, "aux": true, "pour": true}

// foldMatches: tokens [lo, hi) of d name the person fold.
func foldMatches(d *claims.Doc, lo, hi int, fold string) bool {
	for i := range d.Claims {
		o := &d.Claims[i]
		if o.Type == claims.Name && o.Tok0 == lo && o.Tok1 == hi {
			f := strings.Join(o.Words, " ")
			return strings.Contains(f, fold) || strings.Contains(fold, f)
		}
	}
	return false
}

// heldByOther: the job word at token k of d, or the head of the job it
// qualifies (within two words after it), is held by a person other than
// fold.
func heldByOther(d *claims.Doc, k int, fold string) bool {
	for j := k; j < len(d.Tokens) && j <= k+2; j++ {
		if _, ok := roleHeads[d.Tokens[j].Low]; ok {
			lo, hi := jobHolder(d, j)
			return lo >= 0 && !foldMatches(d, lo, hi, fold)
		}
	}
	return false
}

// jobHasWord: the job whose head is token at of d has word l among its
// qualifiers (up to three words before the head, or after it with "of").
func jobHasWord(d *claims.Doc, at int, l string) bool {
	st := claims.Stem(l)
	for j := max(0, at-3); j < len(d.Tokens) && j <= at+3; j++ {
		if claims.Stem(d.Tokens[j].Low) == st {
			return true
		}
	}
	return false
}

// personSpan: the tokens of fact d that speak of the person fold: "Maya
// Okafor is the CEO; Dan Reyes is the head roaster" gives Dan Reyes his
// clause only, and "by Ellie Marsh (creative director) and Dev Okafor
// (technical director)" the words after his name up to the next name when
// they give a job right after it. The whole fact when the name is not
// found.
func personSpan(d *claims.Doc, fold string) (lo, hi int, appos bool) {
	at := -1
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Type != claims.Name {
			continue
		}
		if f := strings.Join(c.Words, " "); f != "" && (strings.Contains(f, fold) || strings.Contains(fold, f)) {
			at = i
			break
		}
	}
	if at < 0 {
		return 0, len(d.Tokens), false
	}
	me := &d.Claims[at]
	// the clause between semicolons, across full stops ("Dr. Marisol …")
	a, b := me.Tok0, me.Tok1
	for a > 0 && d.Tokens[a-1].Text != ";" {
		a--
	}
	for b < len(d.Tokens) && d.Tokens[b].Text != ";" {
		b++
	}
	next := b
	for i := range d.Claims {
		o := &d.Claims[i]
		if i == at || o.Type != claims.Name || o.Tok0 < a || o.Tok0 >= b || !personLike(o) {
			continue
		}
		if o.Tok0 >= me.Tok1 && o.Tok0 < next {
			next = o.Tok0
		}
	}
	// (the job right after the name, in apposition: after a bracket or a
	// comma, within three words)
	if me.Tok1 >= b || d.Tokens[me.Tok1].Text != "(" && d.Tokens[me.Tok1].Text != "," {
		return a, b, false
	}
	for k := me.Tok1; k < next && k < me.Tok1+4; k++ {
		if _, ok := roleHeads[d.Tokens[k].Low]; ok {
			return me.Tok0, next, true
		}
	}
	return a, b, false
}

// honorifics are titles written before a name, not jobs.
var honorifics = map[string]bool{"dr": true, "dre": true, "prof": true, "pr": true, "mr": true, "mrs": true, "ms": true, "mme": true, "m": true}

// titledIn: one of the facts about the person writes title l.
func titledIn(sh *sheet, facts []int, l string) bool {
	for _, fi := range facts {
		for _, t := range sh.facts[fi].doc.Tokens {
			if t.Low == l {
				return true
			}
		}
	}
	return false
}

func roleHeadAt(toks []claims.Token, k int) bool {
	_, ok := roleHeads[toks[k].Low]
	return ok
}

// nameConnectors open the rest of a job's title the extractor cuts from
// its head ("of Client Services" of "Director of Client Services", "des
// Services Clients"): such a name is no person.
var nameConnectors = map[string]bool{"of": true, "de": true, "du": true, "des": true, "d'": true, "for": true}

// personLike: a name of two words or more, none of them a job ("Dan
// Reyes", not "CEO" or "Head Gardener"), nor opening with a connector.
func personLike(c *claims.Claim) bool {
	if len(c.Words) < 2 || nameConnectors[c.Words[0]] {
		return false
	}
	for _, w := range c.Words {
		if _, ok := roleHeads[w]; ok {
			return false
		}
	}
	return true
}

// holderOf: the person another fact gives the job of post tokens [a, b)
// (its head and every qualifier: "general manager", "capitaine"), and that
// fact; -1 when none does. Facts about the person named in the post (mine)
// are not searched.
func (g *grounder) holderOf(head string, a, b int, mine []int, fold string, person bool) (int, string) {
	toks := g.doc.Tokens
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		at := -1
		isMine := slices.Contains(mine, fi)
		if isMine && !person {
			continue
		}
		for k := range d.Tokens {
			if h, ok := roleHeads[d.Tokens[k].Low]; ok && h == head {
				// in a fact about the person, only a job the fact gives
				// another person by the place of the names
				if isMine {
					if lo, hi := jobHolder(d, k); lo < 0 || foldMatches(d, lo, hi, fold) {
						continue
					}
				}
				at = k
				break
			}
		}
		if at < 0 {
			continue
		}
		if isMine {
			lo, hi := jobHolder(d, at)
			qualified := true
			for k := a; k < b; k++ {
				l := toks[k].Low
				if _, isHead := roleHeads[l]; !isHead && !roleStops[l] && !claims.IsStop(l) && !jobHasWord(d, at, l) {
					qualified = false
				}
			}
			if qualified {
				return fi, d.Slice(d.Tokens[lo].Start, d.Tokens[hi-1].End)
			}
			continue
		}
		qualified := true
		for k := a; k < b; k++ {
			l := toks[k].Low
			if _, isHead := roleHeads[l]; !isHead && !roleStops[l] && !claims.IsStop(l) && !g.fd(fi).words[claims.Stem(l)] {
				qualified = false
			}
		}
		if !qualified {
			continue
		}
		// the person nearest the job word
		best, dist := "", 1<<30
		for _, e := range g.sh.entities {
			if e.fact != fi || len(e.words) < 2 {
				continue
			}
			if dd := abs(e.tok - at); dd < dist {
				best, dist = e.text, dd
			}
		}
		if best != "" {
			return fi, best
		}
	}
	return -1, ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// fullShares: "made from 100% recycled glass" when a fact says 60% recycled
// glass. "100%" before a word is read as an intensifier ("100% cashless"),
// not a figure, unless a fact gives a smaller share of that very quality.
func (g *grounder) fullShares() {
	toks := g.doc.Tokens
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Kind != claims.TNum || toks[i].Num != 100 || toks[i+1].Text != "%" || toks[i+2].Kind != claims.TWord {
			continue
		}
		sf, ok := g.sh.shareOf[claims.Stem(toks[i+2].Low)]
		if !ok {
			continue
		}
		c := claims.Claim{Type: claims.Percent, Start: toks[i].Start, End: toks[i+1].End, Tok0: i, Tok1: i + 2, Sent: toks[i].Sent, Value: 100}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, sf.fact, sf.text)
	}
}

// fullShareOfFact: "100 % en poste moins de 6 mois après leur diplôme",
// "100% of our graduates": a whole share followed by a small word is a
// figure (not an intensifier), contradicted by the smaller share a fact
// gives of what its sentence is about (two content words in common).
func (g *grounder) fullShareOfFact() {
	if len(g.sh.atoms[clsPercent]) == 0 || !strings.Contains(g.doc.Text, "100") {
		return
	}
	toks := g.doc.Tokens
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Kind != claims.TNum || toks[i].Num != 100 || toks[i+1].Text != "%" || toks[i+2].Kind != claims.TWord || !toks[i+2].Stop() {
			continue
		}
		atoms := g.sh.atoms[clsPercent]
		// "Drivers keep 100% of it; passengers pay 8% of the seat price":
		// a whole share the facts state of what the sentence speaks of is
		// backed, whatever smaller share the same words meet
		whole := false
		for j := range atoms {
			if a := &atoms[j]; !a.derived && a.fact >= 0 && a.value == 100 && g.sharedWords(toks[i].Sent, i, i+2, a.fact, 2) >= 2 {
				whole = true
				break
			}
		}
		if whole {
			continue
		}
		for j := range atoms {
			a := &atoms[j]
			if a.derived || a.fact < 0 || a.value >= 100 || a.value <= 0 || g.sharedWords(toks[i].Sent, i, i+2, a.fact, 2) < 2 {
				continue
			}
			c := claims.Claim{Type: claims.Percent, Start: toks[i].Start, End: toks[i+1].End, Tok0: i, Tok1: i + 2, Sent: toks[i].Sent, Value: 100}
			c.Text = g.doc.Slice(c.Start, c.End)
			g.contradicted(&c, a.fact, a.text)
			break
		}
	}
}

// sharedWords counts the content words of sentence sent, outside tokens
// t0..t1, that fact fi also has (up to limit).
func (g *grounder) sharedWords(sent, t0, t1, fi, limit int) int {
	words, shared := g.fd(fi).words, 0
	toks := g.doc.Tokens
	a, b := g.doc.Sentence(sent)
	for k := a; k < b; k++ {
		t := &toks[k]
		if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 1 && (k < t0 || k >= t1) && words[claims.Stem(t.Low)] {
			if shared++; shared >= limit {
				break
			}
		}
	}
	return shared
}

// oneWords say "one" of what follows.
var oneWords = map[string]bool{"a": true, "an": true, "one": true, "un": true, "une": true}

// countAt reads a count written at token k: digits, "one"/"a"/"une", or a
// small number word.
func countAt(d *claims.Doc, k int) (float64, bool) {
	if k < 0 || k >= len(d.Tokens) {
		return 0, false
	}
	t := &d.Tokens[k]
	if t.Kind == claims.TNum && t.Num >= 1 && t.Num <= 20 && t.Num == math.Trunc(t.Num) && t.Suf == "" {
		return t.Num, true
	}
	// French "a" is the verb avoir or the folded "à", never the article
	if oneWords[t.Low] && (t.Low != "a" || d.Lang != "fr") {
		return 1, true
	}
	v, ok := smallWordNums[t.Low]
	return v, ok
}

// lowestAgeOfThing: "venez essayer le trapèze dès 6 ans" when the fact
// naming the trapeze keeps it to "élèves de 10 ans et plus" (and 6 is the
// lowest age of another class): a lowest age is checked against the ages
// of the fact sharing the most words with its sentence, when that fact
// shares more than every fact giving the claimed age; it flags c and
// reports whether it did.
func (g *grounder) lowestAgeOfThing(c *claims.Claim) bool {
	if len(g.sh.ageFacts) == 0 {
		return false
	}
	ctx := g.context(c, 8)
	best, bestOv, bestAge, backOv := -1, 0, "", 0
	for _, af := range g.sh.ageFacts {
		ov := g.overlap(ctx, af.fact)
		if slices.Contains(af.ages, c.Value) {
			backOv = max(backOv, ov)
			continue
		}
		if ov > bestOv {
			best, bestOv, bestAge = af.fact, ov, af.text
		}
	}
	if best < 0 || bestOv < 2 || bestOv <= backOv {
		return false
	}
	g.contradicted(g.withBound(c), best, bestAge)
	return true
}

// addedToList: "avec matériel, remontées mécaniques et hébergement
// compris" when fact fi includes "matériel et remontées mécaniques": the
// words listed before the freebie are the fact's, so its own word, which
// the fact lacks, is an item added to the list, not the fact's inclusion in
// other words.
func (g *grounder) addedToList(c *claims.Claim, stems []string, fi int) bool {
	// the freebie is the last item, after "et", "and" ("un spectacle de 22
	// minutes, inclus dans votre billet" lists nothing)
	if len(stems) == 0 || c.Tok0 == 0 || g.doc.Tokens[c.Tok0-1].Low != "et" && g.doc.Tokens[c.Tok0-1].Low != "and" {
		return false
	}
	words := g.sh.facts[fi].words
	for _, st := range stems {
		if words[st] {
			return false
		}
	}
	toks := g.doc.Tokens
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-8 && toks[k].Sent == c.Sent; k-- {
		t := &toks[k]
		if t.Low == "," || t.Low == "et" || t.Low == "and" || t.Stop() {
			continue
		}
		if t.Kind != claims.TWord {
			break
		}
		if words[claims.Stem(t.Low)] {
			return true
		}
	}
	return false
}

// freeMonthsNotOne: the freebie c gives a count of months other than one
// ("2 mois offerts", "two months free") while the facts give the first
// month free; it flags the count and reports whether it did.
func (g *grounder) freeMonthsNotOne(c *claims.Claim) bool {
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Count || o.Noun != "month" || o.Bound != claims.Exact || o.Tok0 < c.Tok0-1 || o.Tok0 > c.Tok1 || o.Value == 1 {
			continue
		}
		g.contradicted(o, g.sh.firstMonthFree-1, "1")
		return true
	}
	return false
}

// freebieCount: "plus two free pre-test lessons" when the fact offering
// them says "one free pre-test lesson": the count of a stated freebie must
// be the fact's (read just before the word naming it, next to the fact's
// gift word mi).
func (g *grounder) freebieCount(c *claims.Claim, fi, mi int, stems []string) {
	fd := g.fd(fi)
	d := fd.doc
	k := -1
	for j := mi - 3; j <= mi+3 && k < 0; j++ {
		if j >= 0 && j < len(d.Tokens) && j != mi {
			for _, w := range stems {
				if fd.stems[j] == w {
					k = j
				}
			}
		}
	}
	if k < 0 {
		return
	}
	pk := c.Tok0 - 1
	pv, ok := countAt(g.doc, pk)
	if !ok || oneWords[g.doc.Tokens[pk].Low] {
		// "deux leçons offertes": the count opens the freebie
		if pk, pv, ok = c.Tok0, 0, false; c.Tok0 < len(g.doc.Tokens) {
			pv, ok = countAt(g.doc, pk)
		}
	}
	if !ok {
		return
	}
	// "under 12 travel free" is an age, not a count of freebies
	switch prevLow(g.doc.Tokens, pk) {
	case "under", "over", "than", "moins", "de", "-", "aged", "ages":
		return
	}
	fk := k - 1
	fv, fok := countAt(d, fk)
	if !fok {
		fk = k - 2
		fv, fok = countAt(d, fk)
	}
	if !fok || claims.Eq(fv, pv) {
		return
	}
	t := &g.doc.Tokens[pk]
	w := claims.Claim{Type: claims.Count, Start: t.Start, End: t.End, Tok0: pk, Tok1: pk + 1, Sent: t.Sent, Value: pv}
	w.Text = g.doc.Slice(w.Start, w.End)
	g.contradicted(&w, fi, d.Tokens[fk].Text)
}

// eachWords mark a figure said per unit ("sur chaque billet", "on every
// ticket", "per visit").
var eachWords = map[string]bool{"chaque": true, "each": true, "every": true, "per": true, "par": true}

// saveVerbs say the reader saves a figure.
var saveVerbs = map[string]bool{"economiser": true, "economisez": true, "economise": true, "economie": true, "economies": true, "save": true, "saves": true, "saving": true, "savings": true}

// saveWords mark a figure taken off a price.
var saveWords = map[string]bool{"reduction": true, "remise": true, "rabais": true, "off": true, "discount": true, "moins": true}

// savingOfPair: "₹129 instead of ₹160 (save ₹41!)": a saving announced in
// the sentence of a price and the price it replaces, both stated, can only
// be their difference; it flags c with that difference and reports whether
// it did (a saving the post works out from other figures is left to
// computedByWriter).
func (g *grounder) savingOfPair(c *claims.Claim) bool {
	if c.Bound != claims.Exact || !g.savingCued(c) || g.replacedPrice(c) {
		return false
	}
	toks := g.doc.Tokens
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type != claims.Money || o.Sent != c.Sent || o.Start == c.Start || o.Bound != claims.Exact || o.Unit != c.Unit {
			continue
		}
		// the replaced price follows "instead of", "au lieu de", "rather than"
		k := o.Tok1
		for ; k < len(toks) && k < o.Tok1+4 && toks[k].Kind == claims.TWord; k++ {
			if l := toks[k].Low; l == "instead" || l == "lieu" || l == "rather" {
				break
			}
		}
		if k >= len(toks) || k >= o.Tok1+4 || toks[k].Kind != claims.TWord {
			continue
		}
		for j := i + 1; j < len(g.doc.Claims); j++ {
			r := &g.doc.Claims[j]
			if r.Sent != c.Sent || r.Tok0 > k+4 {
				break
			}
			if r.Type != claims.Money || r.Tok0 <= k || r.Start == c.Start || r.Unit != c.Unit || r.Value <= o.Value {
				continue
			}
			if !g.supported(o, clsMoney) || !g.supported(r, clsMoney) {
				return false
			}
			diff := r.Value - o.Value
			if claims.Eq(diff, c.Value) {
				return true
			}
			fi := -2
			for _, a := range g.sh.atoms[clsMoney] {
				if !a.derived && claims.Eq(a.value, r.Value) {
					fi = a.fact
					break
				}
			}
			g.contradicted(c, fi, g.withValue(c, diff))
			return true
		}
	}
	return false
}

// replacedPrice: "$49 instead of $69 (save $20!)": the price right after
// "instead of", "au lieu de", "rather than" is the one replaced, never the
// saving, even with a word of saving just after it.
func (g *grounder) replacedPrice(c *claims.Claim) bool {
	toks := g.doc.Tokens
	for k := c.Tok0 - 1; k >= 0 && k >= c.Tok0-3 && toks[k].Sent == c.Sent && toks[k].Kind == claims.TWord; k-- {
		if l := toks[k].Low; l == "instead" || l == "lieu" || l == "rather" {
			return true
		}
	}
	return false
}

// savingCued: a word of saving ("save", "économisez", "d'économie") stands
// just before or after c.
func (g *grounder) savingCued(c *claims.Claim) bool {
	toks := g.doc.Tokens
	for k := c.Tok0 - 3; k < len(toks) && k <= c.Tok1+2; k++ {
		if k >= 0 && toks[k].Sent == c.Sent && saveVerbs[toks[k].Low] {
			return true
		}
	}
	return false
}

// withValue writes c's words with v in place of its figure ("₹41" → "₹31"),
// so the suggestion keeps the post's currency form.
func (g *grounder) withValue(c *claims.Claim, v float64) string {
	toks := g.doc.Tokens
	for k := c.Tok0; k < c.Tok1 && k < len(toks); k++ {
		if toks[k].Kind == claims.TNum {
			n := strconv.FormatFloat(v, 'f', -1, 64)
			if g.lang == "fr" {
				n = strings.Replace(n, ".", ",", 1)
			}
			return g.doc.Slice(c.Start, toks[k].Start) + n + g.doc.Slice(toks[k].End, c.End)
		}
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// perUnitSaving: "économiser 10 € sur chaque billet" when the fact's card
// gives "5 € de réduction sur chaque billet". A saving per unit after an
// arithmetic cue is not the writer's own sum when a fact states it: it is
// checked against the fact's. It reports whether c was decided.
func (g *grounder) perUnitSaving(c *claims.Claim) bool {
	if !g.sh.unitSavings {
		return false
	}
	toks := g.doc.Tokens
	each := false
	for k := c.Tok1; k < len(toks) && k <= c.Tok1+2 && toks[k].Sent == c.Sent; k++ {
		each = each || eachWords[toks[k].Low]
	}
	if !each {
		return false
	}
	saving := false
	for k := c.Tok0 - 3; k < len(toks) && k <= c.Tok1+1; k++ {
		if k >= 0 && toks[k].Sent == c.Sent && (saveWords[toks[k].Low] || saveVerbs[toks[k].Low]) {
			saving = true
		}
	}
	if !saving {
		return false
	}
	best := -1
	atoms := g.sh.atoms[clsMoney]
	for i := range atoms {
		a := &atoms[i]
		if a.derived || !a.unitSaving(g.factDoc(a.fact)) {
			continue
		}
		if claims.Eq(a.value, c.Value) {
			return true
		}
		if best < 0 {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	g.contradicted(c, atoms[best].fact, atoms[best].text)
	return true
}

// saleSaving: "Adult memberships $520, a savings of $85", "€2,790 … that's
// €500 off" when a fact sets $520 against $595: a saving said next to a
// price of a stated sale is that sale's saving, whatever else the facts
// price at that figure (a grant of up to €500). The writer's own product
// (two tickets, twice the saving) or difference of two backed prices of
// the sentence holds too. It reports whether c was flagged.
func (g *grounder) saleSaving(c *claims.Claim) bool {
	toks := g.doc.Tokens
	saving := false
	for k := max(c.Tok0-3, 0); k < len(toks) && k <= c.Tok1+1; k++ {
		if k >= c.Tok0 && k < c.Tok1 || toks[k].Sent != c.Sent {
			continue
		}
		saving = saving || saveVerbs[toks[k].Low] || k >= c.Tok1 && saveWords[toks[k].Low]
	}
	if !saving || g.replacedPrice(c) {
		return false
	}
	var counts []float64
	var prices []*claims.Claim
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent || o.Start == c.Start || o.Bound != claims.Exact {
			continue
		}
		switch o.Type {
		case claims.Money:
			if o.Unit == c.Unit {
				prices = append(prices, o)
			}
		case claims.Count, claims.Number:
			counts = append(counts, o.Value)
		}
	}
	// a saving a fact states as such ("£5 off every ticket") is no sale's
	for _, a := range g.sh.atoms[clsMoney] {
		if !a.derived && claims.Eq(a.value, c.Value) && a.unitSaving(g.factDoc(a.fact)) {
			return false
		}
	}
	sale := -1
	for si, s := range g.sh.sales {
		diff := math.Round((s.was-s.now)*100) / 100
		if claims.Eq(diff, c.Value) {
			return false
		}
		for _, n := range counts {
			if n >= 2 && claims.Eq(diff*n, c.Value) {
				return false
			}
		}
		if sale >= 0 {
			continue
		}
		for _, o := range prices {
			if claims.Eq(o.Value, s.now) || claims.Eq(o.Value, s.was) {
				sale = si
				break
			}
		}
	}
	if sale < 0 {
		return false
	}
	for _, a := range prices {
		for _, b := range prices {
			if a.Value > b.Value && claims.Eq(a.Value-b.Value, c.Value) && g.supported(a, clsMoney) && g.supported(b, clsMoney) {
				return false
			}
		}
	}
	s := g.sh.sales[sale]
	g.contradicted(c, s.fact, moneyLike(c.Text, math.Round((s.was-s.now)*100)/100, g.lang))
	return true
}

// salePrice: "Clarity 5 pair now €2,290 (was €2,790)" when a fact sets
// €2,390 against €2,790: a price no fact gives, set a few words from the
// usual price of a stated sale, is that sale's price; the usual price that
// a word marks as such ("was", "au lieu de") beside the sale price is the
// stated usual one. It reports whether c was flagged.
func (g *grounder) salePrice(c *claims.Claim) bool {
	toks := g.doc.Tokens
	usual := func(o *claims.Claim) bool {
		for k := o.Tok0 - 1; k >= 0 && k >= o.Tok0-3; k-- {
			if l := toks[k].Low; regularWords[l] || l == "was" {
				return true
			}
		}
		return false
	}
	cUsual := usual(c)
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Sent != c.Sent || o.Start == c.Start || o.Type != claims.Money || o.Unit != c.Unit || o.Bound != claims.Exact {
			continue
		}
		if gap := max(o.Tok0-c.Tok1, c.Tok0-o.Tok1); gap > 4 || usual(o) == cUsual {
			continue
		}
		for _, sp := range g.sh.sales {
			if !cUsual && claims.Eq(o.Value, sp.was) && c.Value < sp.was && !claims.Eq(c.Value, sp.now) {
				g.contradicted(c, sp.fact, moneyLike(c.Text, sp.now, g.lang))
				return true
			}
			if cUsual && claims.Eq(o.Value, sp.now) && c.Value > sp.now && !claims.Eq(c.Value, sp.was) {
				g.contradicted(c, sp.fact, moneyLike(c.Text, sp.was, g.lang))
				return true
			}
		}
	}
	return false
}

// weekdaySpanCount: "on 8 Monday-to-Thursday dates", "8 soirs du lundi au
// jeudi" of an offer "from 15
// to 31 October 2027": a count whose noun is a range of weekdays is how
// many days of a date range of its sentence, the one before or the facts
// fall on those weekdays; a count no range makes is left to the other
// rules.
func (g *grounder) weekdaySpanCount(c *claims.Claim) bool {
	toks := g.doc.Tokens
	var b strings.Builder
	for k := c.Tok1; k < len(toks) && k < c.Tok1+5 && toks[k].Sent == c.Sent; k++ {
		b.WriteString(strings.ReplaceAll(claims.Fold(toks[k].Low), "-", " "))
		b.WriteByte(' ')
	}
	// the range is the noun or follows it ("8 soirs du lundi au jeudi")
	win := b.String()
	if !mayNameDay(win) {
		return false
	}
	m := dayRangeRe.FindStringSubmatchIndex(win)
	if m == nil || len(strings.Fields(win[:m[0]])) > 2 {
		return false
	}
	w1, w2 := weekdayIndex(win[m[2]:m[3]]), weekdayIndex(win[m[4]:m[5]])
	if w1 < 0 || w2 < 0 {
		return false
	}
	var mask uint8
	for w := w1; ; w = (w + 1) % 7 {
		mask |= 1 << uint(w)
		if w == w2 {
			break
		}
	}
	count := func(d1, d2 time.Time) bool {
		if d2.Before(d1) || d2.Sub(d1).Hours() > 24*400 {
			return false
		}
		n := 0
		for d := d1; !d.After(d2); d = d.AddDate(0, 0, 1) {
			if mask&(1<<uint(d.Weekday())) != 0 {
				n++
			}
		}
		return float64(n) == c.Value
	}
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.DateRange && (o.Sent == c.Sent || o.Sent == c.Sent-1) && count(g.sh.date(o.Date), g.sh.date(o.Date2)) {
			return true
		}
	}
	for _, da := range g.sh.dates {
		if !da.d2.IsZero() && count(da.d, da.d2) {
			return true
		}
	}
	return false
}

// scheduleCount: "Palace Theatre, 28 Sept – 9 Oct: 14 performances" when
// a fact gives "evening performances from Tuesday to Saturday, with
// matinees on Thursday and Saturday": a count of what a fact schedules by
// weekdays (its noun in that fact) within a date range of the post's
// sentence or the one before is the days of the range that fall on each
// range or single weekday the fact gives, summed (or one of them alone).
func (g *grounder) scheduleCount(c *claims.Claim) bool {
	if c.Noun == "" || c.Value < 2 {
		return false
	}
	noun := claims.Stem(c.Noun)
	var facts []int
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if fd.words[noun] && (strings.Contains(fd.fold, "day ") || strings.Contains(fd.fold, "di ")) {
			facts = append(facts, fi)
		}
	}
	if len(facts) == 0 {
		return false
	}
	var spans [][2]time.Time
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.DateRange && (o.Sent == c.Sent || o.Sent == c.Sent-1) {
			if d1, d2 := g.sh.date(o.Date), g.sh.date(o.Date2); !d1.IsZero() && !d2.IsZero() && !d2.Before(d1) && d2.Sub(d1).Hours() < 24*400 {
				spans = append(spans, [2]time.Time{d1, d2})
			}
		}
	}
	if len(spans) == 0 {
		return false
	}
	for _, fi := range facts {
		masks := g.sh.dayMasks(fi)
		if len(masks) == 0 {
			continue
		}
		for _, sp := range spans {
			total := 0
			for _, mask := range masks {
				n := 0
				for d := sp[0]; !d.After(sp[1]); d = d.AddDate(0, 0, 1) {
					if mask&(1<<uint(d.Weekday())) != 0 {
						n++
					}
				}
				if float64(n) == c.Value {
					return true
				}
				total += n
			}
			if float64(total) == c.Value {
				return true
			}
		}
	}
	return false
}

// dayMasks: the weekdays fact fi schedules, one mask per range of days
// ("du mardi au samedi") or single day outside them ("matinees on
// Thursday"); read for every fact once per sheet.
func (sh *sheet) dayMasks(fi int) []uint8 {
	sh.masksOnce.Do(func() {
		sh.factMasks = make([][]uint8, len(sh.facts))
		for i := range sh.facts {
			if fold := sh.facts[i].fold; mayNameDay(fold) {
				sh.factMasks[i] = factDayMasks(fold)
			}
		}
	})
	return sh.factMasks[fi]
}

func factDayMasks(fold string) []uint8 {
	var masks []uint8
	var taken [][]int
	for _, m := range dayRangeRe.FindAllStringSubmatchIndex(fold, -1) {
		w1, w2 := dayIndex[fold[m[2]:m[3]]], dayIndex[fold[m[4]:m[5]]]
		var mask uint8
		for w := w1; ; w = (w + 1) % 7 {
			mask |= 1 << uint(w)
			if w == w2 {
				break
			}
		}
		masks = append(masks, mask)
		taken = append(taken, m[:2])
	}
	taken = append(taken, dayExceptRe.FindAllStringIndex(fold, -1)...)
	for _, m := range dayWordRe.FindAllStringSubmatchIndex(fold, -1) {
		inside := false
		for _, t := range taken {
			inside = inside || m[0] >= t[0] && m[1] <= t[1]
		}
		if !inside {
			masks = append(masks, 1<<uint(dayIndex[fold[m[2]:m[3]]]))
		}
	}
	return masks
}

// weekdayIndex: the weekday (Sunday 0) a folded English or French name
// gives, or -1.
func weekdayIndex(w string) int {
	for _, lang := range []string{"en", "fr"} {
		for i, n := range claims.WeekdayNames[lang] {
			if strings.EqualFold(n, w) {
				return i
			}
		}
	}
	return -1
}

// weekdayCount: "Eight Tuesday nights from Oct. 13" for a programme a fact
// holds on Tuesdays from October 13 to November 17: how many of a weekday a
// fact's dates hold, when that fact is about what the sentence is, is the
// count; the post's is contradicted. It reports whether c was flagged.
func (g *grounder) weekdayCount(c *claims.Claim) bool {
	w := -1
	for i, n := range claims.WeekdayNames["en"] {
		if n == c.Noun {
			w = i
		}
	}
	if w < 0 {
		return false
	}
	ctx := g.context(c, 10)
	best, bestOv := -1, 0
	atoms := g.sh.atoms[clsPlain]
	for i := range atoms {
		a := &atoms[i]
		if !a.derived || a.fact < 0 || a.noun != c.Noun {
			continue
		}
		if ov := g.overlap(ctx, a.fact); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	if best < 0 {
		return false
	}
	g.contradicted(c, atoms[best].fact, strconv.FormatFloat(atoms[best].value, 'f', -1, 64))
	return true
}

// gapWordsOfDates say that a length of time separates two moments.
var gapWordsOfDates = map[string]bool{"before": true, "after": true, "ahead": true, "earlier": true, "later": true, "avant": true, "apres": true}

// gapOfPostDates: "entries close on Sunday 4th April, two weeks before the
// big day" of 18 April: a count of days or weeks said to separate a date of
// its sentence from another moment is the gap between that date and
// another date of the post.
func (g *grounder) gapOfPostDates(c *claims.Claim) bool {
	days := 0.0
	switch c.Noun {
	case "day":
		days = 1
	case "week":
		days = 7
	default:
		return false
	}
	if k := c.Tok1 + 1; k >= len(g.doc.Tokens) || !gapWordsOfDates[claims.Fold(g.doc.Tokens[k].Low)] {
		return false
	}
	cs := g.doc.Claims
	for i := range cs {
		a := &cs[i]
		if a.Type != claims.Date || a.Sent != c.Sent {
			continue
		}
		ta := g.sh.date(a.Date)
		if ta.IsZero() {
			continue
		}
		for j := range cs {
			if b := &cs[j]; j != i && b.Type == claims.Date {
				if tb := g.sh.date(b.Date); !tb.IsZero() && math.Abs(tb.Sub(ta).Hours()/24) == c.Value*days {
					return true
				}
			}
		}
	}
	return false
}

// moneyLike writes v in the form of the money text t ("€500" gives "€400",
// "1 500 €" gives "1 200 €"): the figure replaced, the currency kept.
func moneyLike(t string, v float64, lang string) string {
	a := strings.IndexFunc(t, isDigitRune)
	b := strings.LastIndexFunc(t, isDigitRune)
	if a < 0 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	old := t[a : b+1]
	dec, th := ".", ","
	if lang == "fr" {
		dec, th = ",", " "
	}
	// the separators the text itself uses win
	if k := strings.LastIndexAny(old, ".,"); k >= 0 && len(old)-k-1 == 2 {
		dec = old[k : k+1]
	}
	for _, r := range old {
		if !isDigitRune(r) && string(r) != dec {
			th = string(r)
			break
		}
	}
	num := strconv.FormatFloat(math.Trunc(v), 'f', 0, 64)
	if v >= 1000 {
		var sb strings.Builder
		for i, r := range num {
			if i > 0 && (len(num)-i)%3 == 0 {
				sb.WriteString(th)
			}
			sb.WriteRune(r)
		}
		num = sb.String()
	}
	if frac := math.Round((v - math.Trunc(v)) * 100); frac > 0 {
		num += dec + fmt.Sprintf("%02d", int(frac))
	}
	return t[:a] + num + t[b+1:]
}

// wholeSeason: "l'offre blanchiment tout l'été" when the fact about the
// offer gives June only: a whole season said of what the closest fact holds
// for one month or a few weeks.
func (g *grounder) wholeSeason(c *claims.Claim) {
	ctx := g.context(c, 14)
	best, bestOv := -1, 0
	for fi := range g.sh.facts {
		ov := g.overlap(ctx, fi)
		if ov < 2 && !(ov == 1 && g.distinctive(ctx, fi)) {
			continue
		}
		// on a tie, the fact that gives a period is the one a season is
		// compared with
		if ov > bestOv || ov == bestOv && !g.hasPeriod(best) && g.hasPeriod(fi) {
			best, bestOv = fi, ov
		}
	}
	if best < 0 || strings.Contains(g.sh.facts[best].fold, " "+c.Words[1]+" ") {
		return
	}
	months := 0
	for _, o := range g.sh.facts[best].doc.Claims {
		if o.Type == claims.Month {
			months++
		}
	}
	// the fact's dates (a range, or its two ends given apart) span a few weeks
	var lo, hi time.Time
	n := 0
	for _, da := range g.sh.dates {
		if da.fact != best {
			continue
		}
		for _, t := range [2]time.Time{da.d, da.d2} {
			if t.IsZero() {
				continue
			}
			if n == 0 || t.Before(lo) {
				lo = t
			}
			if n == 0 || t.After(hi) {
				hi = t
			}
			n++
		}
	}
	if months == 1 && n == 0 || n >= 2 && hi.Sub(lo) < 45*24*time.Hour {
		g.contradicted(c, best, "")
	}
}

// hasPeriod: fact fi gives a date or a month.
func (g *grounder) hasPeriod(fi int) bool {
	if fi < 0 {
		return false
	}
	for _, da := range g.sh.dates {
		if da.fact == fi {
			return true
		}
	}
	for _, o := range g.sh.facts[fi].doc.Claims {
		if o.Type == claims.Month {
			return true
		}
	}
	return false
}

// excludedIn: the fact that names stem and says, just after it, that it is
// not included ("driver and passengers not included", "boissons non
// comprises"), or just before it that it is left out ("hors coffrets",
// "except gift sets"), or -1.
// onTopOf: the word at k follows "on top of" or "en plus de"/"en sus
// de" ("R60 on top of entry", "10 € en plus de l'entrée"): it is paid for
// apart, not included.
func onTopOf(d *claims.Doc, k int) bool {
	low := func(i int) string {
		if i < 0 {
			return ""
		}
		return d.Tokens[i].Low
	}
	j := k - 1
	switch low(j) {
	case "the", "your", "l'", "la", "le", "les", "votre", "vos":
		j--
	}
	switch low(j) {
	case "of":
		return low(j-1) == "top" && low(j-2) == "on"
	case "de", "d'", "du", "des":
		return (low(j-1) == "plus" || low(j-1) == "sus") && low(j-2) == "en"
	}
	return false
}

func (g *grounder) excludedIn(stem string) int {
	// the stem's places in the facts, from the sheet's index rather than a
	// walk of every fact token (freebie asks for each word of a gift)
	for _, at := range g.sh.stemPositions(stem) {
		if at.fi < 0 {
			continue
		}
		fi, k := at.fi, at.ti
		d := g.sh.facts[fi].doc
		// "25 % sur tout le site, hors coffrets", "except gift sets"
		for j := k - 1; j >= 0 && j >= k-2 && d.Tokens[j].Kind == claims.TWord; j-- {
			switch d.Tokens[j].Low {
			case "hors", "sauf", "excepte", "except", "excluding":
				return fi
			}
		}
		if leftOutList(d, k) || onTopOf(d, k) {
			return fi
		}
		for j := k + 1; j < len(d.Tokens) && j <= k+5 && d.Tokens[j].Sent == d.Tokens[k].Sent; j++ {
			switch d.Tokens[j].Low {
			case "included", "inclus", "incluse", "incluses", "compris", "comprise", "comprises":
				if d.Tokens[j-1].In(negationClass) || d.Tokens[j-1].Low == "non" {
					return fi
				}
			case "excluded", "exclu", "exclus", "exclue", "exclues", "extra", "supplement":
				return fi
			}
		}
	}
	return -1
}

// leftOutList: token k is an item of a list the fact leaves out ("covers
// full tuition, but not fees or books", "hors frais, livres et matériel",
// "ne couvre ni les frais ni les livres"): going back over the list's
// links and at most two other items, a word that excludes.
func leftOutList(d *claims.Doc, k int) bool {
	items := 0
	for j := k - 1; j >= 0 && j >= k-8 && d.Tokens[j].Sent == d.Tokens[k].Sent; j-- {
		t := &d.Tokens[j]
		l := t.Low
		switch {
		case l == "hors" || l == "sauf" || l == "excepte" || l == "except" || l == "excluding" || l == "ni":
			return true
		case l == "not" || l == "pas" || l == "non":
			p := prevLow(d.Tokens, j)
			return p == "but" || p == "and" || p == "mais" || p == "et"
		case t.Text == "," || exclusionListLinks[l]:
		case t.Kind == claims.TWord && !claims.IsStop(l) && items < 2:
			items++
		default:
			return false
		}
	}
	return false
}

// exclusionListLinks join the items of a list left out.
var exclusionListLinks = map[string]bool{
	"and": true, "or": true, "&": true, "et": true, "ou": true, "the": true, "any": true,
	"le": true, "la": true, "les": true, "l'": true, "des": true, "du": true, "de": true, "d'": true, "of": true,
}

// continuous: "ouverte du mardi au samedi de 9h à 18h sans interruption"
// when the fact about the branch gives two spans a day ("de 9h à 12h30 et
// de 14h à 18h"): the closest fact with hours decides.
func (g *grounder) continuous(c *claims.Claim) {
	ctx := g.context(c, 14)
	best, bestOv := -1, 0
	for fi := range g.sh.facts {
		if ov := g.overlap(ctx, fi); ov > bestOv && (ov >= 2 || g.distinctive(ctx, fi)) {
			n := 0
			for _, o := range g.sh.facts[fi].doc.Claims {
				if o.Type == claims.Time {
					n++
				}
			}
			if n >= 2 {
				best, bestOv = fi, ov
			}
		}
	}
	if best < 0 {
		return
	}
	var buf [6]daySpan
	spans := g.sh.daySpans(best, buf[:])
	if spans == nil {
		spans = append(buf[:0], daySpan{})
		for _, o := range g.sh.facts[best].doc.Claims {
			if o.Type == claims.Time && spans[0].n < len(spans[0].times) {
				spans[0].times[spans[0].n] = o.Value
				spans[0].n++
			}
		}
	}
	for _, sp := range spans {
		if sp.n >= 4 {
			g.contradicted(c, best, "")
			return
		}
	}
}

// unlimited: "Places illimitées" when the fact about the workshop says
// "limité à 20 participants": the closest fact sets a limit, and no fact
// says unlimited.
func (g *grounder) unlimited(c *claims.Claim) {
	if strings.Contains(g.sh.allFold, " illimit") || strings.Contains(g.sh.allFold, " unlimited ") {
		return
	}
	// a short sentence ("Places illimitées 🥕") is about the one before
	best := g.closestFact(c)
	if best < 0 && c.Sent > 0 {
		p := *c
		p.Sent = c.Sent - 1
		best = g.closestFact(&p)
	}
	if best < 0 {
		return
	}
	f := g.sh.facts[best].fold
	for _, w := range []string{" limite ", " limitee ", " limites ", " limitees ", " limited ", " maximum ", " max ", " places limitees ", " dans la limite "} {
		if strings.Contains(f, w) {
			g.contradicted(c, best, "")
			return
		}
	}
}

// closestFact: the fact sharing the most context words with c's sentence
// (at least two, or one no other fact has), or -1.
func (g *grounder) closestFact(c *claims.Claim) int {
	ctx := g.context(c, 14)
	best, bestOv := -1, 0
	for fi := range g.sh.facts {
		if ov := g.overlap(ctx, fi); ov > bestOv && (ov >= 2 || g.distinctive(ctx, fi)) {
			best, bestOv = fi, ov
		}
	}
	return best
}

// unitSaving: the fact's price a, in doc d, is a saving on each unit ("5 €
// de réduction sur chaque billet", "£5 off every ticket").
func (a *atom) unitSaving(d *claims.Doc) bool {
	if d == nil || a.tok < 0 || a.tok >= len(d.Tokens) {
		return false
	}
	save := false
	for k := a.tok + 1; k < len(d.Tokens) && k <= a.tok+6 && d.Tokens[k].Sent == d.Tokens[a.tok].Sent; k++ {
		save = save || saveWords[d.Tokens[k].Low]
		if save && eachWords[d.Tokens[k].Low] {
			return true
		}
	}
	return false
}

// conditionWords set a condition in a fact.
var conditionWords = []string{" a condition d", " a condition qu", " sous condition", " sous reserve", " provided ", " on condition ", " subject to ", " as long as ", " only if ", " seulement si ", " uniquement si "}

// unconditional: "touche 100 € sans condition" when the fact about the
// bonus says "à condition d'y domicilier leurs revenus".
func (g *grounder) unconditional(c *claims.Claim) {
	best := g.closestFact(c)
	if best < 0 && c.Sent > 0 {
		p := *c
		p.Sent = c.Sent - 1
		best = g.closestFact(&p)
	}
	if best < 0 {
		return
	}
	f := g.sh.facts[best].fold
	for _, w := range conditionWords {
		if strings.Contains(f, w) {
			g.contradicted(c, best, "")
			return
		}
	}
}

// dashPartIs: the stem st is one part of the dashed compound low ("free
// flu shots" when a fact offers "free flu-shot clinics").
func dashPartIs(low, st string) bool {
	if strings.IndexByte(low, '-') < 0 {
		return false
	}
	// the parts are cut in place, not split into a new slice: this runs
	// for every dashed fact word near a gift word, per word of the gift
	for rest := low; ; {
		p, after, more := strings.Cut(rest, "-")
		if len(p) > 2 && claims.Stem(p) == st {
			return true
		}
		if !more {
			return false
		}
		rest = after
	}
}

// postGivesTimeOf: the post states a clock time fact fi gives.
func (g *grounder) postGivesTimeOf(fi int) bool {
	for i := range g.doc.Claims {
		c := &g.doc.Claims[i]
		if c.Type != claims.Time {
			continue
		}
		for _, a := range g.sh.atoms[clsClock] {
			if a.fact == fi && !a.dur && !a.derived && claims.Eq(a.value, c.Value) {
				return true
			}
		}
	}
	return false
}

// ageWords before a figure make it an age ("aged 12 and over", "âgés de 10
// ans et plus"); ageAfter after it ("12-year-olds", "10 years old").
var (
	ageWords = map[string]bool{"aged": true, "age": true, "ages": true, "agee": true, "agees": true, "ageee": true}
	ageAfter = map[string]bool{"old": true, "older": true, "year-old": true, "year-olds": true, "years-old": true, "yo": true}
)

// ageAt: the figure at token k of d is an age: an age word stands up to
// four tokens before it in its sentence, or "old", "or older",
// "year-olds" up to three after, or it is what one must "be", "or over"
// (a figure of 120 or more is no age:
// "400 years old"). "players aged 10+" is a bound on an age, backed only by an
// age of the facts, not by any larger figure of a fact about the same
// thing (a 20 of its offer).
func ageAt(d *claims.Doc, k int) bool {
	if d == nil || k < 0 || k >= len(d.Tokens) {
		return false
	}
	s := d.Tokens[k].Sent
	for j := k - 1; j >= 0 && j >= k-4 && d.Tokens[j].Sent == s; j-- {
		if ageWords[claims.Fold(d.Tokens[j].Low)] {
			return true
		}
	}
	for j := k + 1; j < len(d.Tokens) && j <= k+3 && d.Tokens[j].Sent == s; j++ {
		if ageAfter[d.Tokens[j].Low] {
			return true
		}
	}
	// "must be 16 or over", "12 and above"
	if k+2 < len(d.Tokens) && (d.Tokens[k+1].Low == "or" || d.Tokens[k+1].Low == "and") {
		switch d.Tokens[k+2].Low {
		case "over", "above", "older", "up":
			return k > 0 && d.Tokens[k-1].Low == "be"
		}
	}
	return false
}

// statesAge: some figure of the facts is an age (ageAt).
func (sh *sheet) statesAge() bool {
	for _, a := range sh.atoms[clsPlain] {
		if !a.derived && a.fact >= 0 && a.tok >= 0 && ageAt(sh.facts[a.fact].doc, a.tok) {
			return true
		}
	}
	return false
}
