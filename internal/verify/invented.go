package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// Invented perks: what a post says every member of a group gets ("every
// volunteer gets two free day passes", "un échantillon est glissé dans
// chaque commande", "cadeau surprise pour chaque invité") is a gift the
// facts must give. The marker-word freebie rules miss it when the gift
// word is a verb of giving ("gets", "comes with", "arrive avec") or when a
// loose word of the object is near some other gift of the facts.

// distributiveWords open a group of which each member gets something.
var distributiveWords = map[string]bool{"every": true, "each": true, "chaque": true}

// giveVerbs: a member of the group gets what follows ("every volunteer
// gets", "chaque commande arrive avec"); the value is how many tokens the
// cue takes.
var giveVerbs = map[string][]string{
	"gets": nil, "get": nil, "receives": nil, "receive": nil, "recoit": nil, "recoivent": nil,
	"comes": {"with"}, "come": {"with"}, "leaves": {"with"}, "leave": {"with"}, "arrive": {"avec"}, "arrivent": {"avec"},
	"repart": {"avec"}, "repartent": {"avec"}, "goes": {"home", "with"}, "go": {"home", "with"},
}

// givenCues: a gift said of the thing before "for every …", "dans chaque
// …" ("a free photo for every finisher", "cadeau pour chaque invité", "un
// échantillon glissé dans chaque commande").
var givenCues = map[string]bool{
	"free": true, "complimentary": true, "gift": true, "cadeau": true, "offert": true, "offerte": true, "offerts": true,
	"offertes": true, "gratuit": true, "gratuite": true, "gratuits": true, "gratuites": true, "glisse": true, "glissee": true,
	"glisses": true, "glissees": true,
}

// groupPreps stand before "every …" when a gift is given to or in each
// member of the group.
var groupPreps = map[string]bool{"for": true, "with": true, "in": true, "on": true, "to": true, "pour": true, "dans": true, "avec": true, "sur": true, "a": true}

// objectEnds close the name of a given thing in English, whose head is the
// last content word before them ("a free photo with Santa": photo).
var objectEnds = map[string]bool{"of": true, "on": true, "with": true, "for": true, "to": true, "at": true, "in": true, "from": true, "by": true}

// everyMemberWords: a fact that gives a thing to all the members of a group.
var everyMemberWords = map[string]bool{"every": true, "each": true, "all": true, "chaque": true, "tous": true, "toutes": true}

// giftCountWords count the things given and are no head of them.
var giftCountWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "deux": true, "trois": true, "quatre": true, "cinq": true}

// clauseEnd: a token that closes a clause (punctuation other than a dash
// or an apostrophe, or another sentence).
func clauseEnd(toks []claims.Token, k, sent int) bool {
	t := &toks[k]
	if t.Sent != sent {
		return true
	}
	if t.Kind != claims.TPunct {
		return false
	}
	switch t.Text {
	case "-", "‑", "'", "’", "&":
		return false
	}
	return true
}

// distributiveGifts flags what every member of a group is said to get when
// no fact gives it: the head noun of each thing given is looked for in the
// facts, in a sentence that names the group too or beside a gift word there.
func (g *grounder) distributiveGifts() {
	toks := g.doc.Tokens
	for d := 0; d+1 < len(toks); d++ {
		if !toks[d].In(distributiveClass) {
			continue
		}
		sent := toks[d].Sent
		// the group: the content words after "every", up to a verb of giving
		var group []string
		r := d + 1
		for ; r < len(toks) && r <= d+3 && toks[r].Kind == claims.TWord && toks[r].Sent == sent; r++ {
			if _, ok := giveVerbs[toks[r].Low]; ok || toks[r].Low == "is" || toks[r].Low == "est" {
				break
			}
			if !toks[r].Stop() {
				group = append(group, claims.Stem(toks[r].Low))
			}
		}
		if len(group) == 0 {
			continue
		}
		// [every R] gets / comes with [objects]
		if r < len(toks) && toks[r].Sent == sent {
			if rest, ok := giveVerbs[toks[r].Low]; ok {
				k := r + 1
				good := true
				for _, w := range rest {
					if k >= len(toks) || toks[k].Low != w {
						good = false
						break
					}
					k++
				}
				if good {
					g.givenObjects(k, sent, group)
					continue
				}
			}
		}
		// [object with a gift cue] for / dans [every R]
		p := d - 1
		if p < 1 || !groupPreps[toks[p].Low] || toks[p].Sent != sent {
			continue
		}
		lo := p
		for lo > 0 && !clauseEnd(toks, lo-1, sent) && !(toks[lo-1].Low == "and" || toks[lo-1].Low == "et") {
			lo--
		}
		cue := false
		for k := lo; k < p; k++ {
			if givenCues[toks[k].Low] {
				cue = true
			}
		}
		if !cue {
			continue
		}
		g.givenThing(lo, p, toks[r-1].End, group)
	}
}

// givenObjects: the things after a verb of giving, to the end of the
// clause, cut at "and", "et", commas.
func (g *grounder) givenObjects(k, sent int, group []string) {
	toks := g.doc.Tokens
	for k < len(toks) && !clauseEnd(toks, k, sent) {
		e := k
		for e < len(toks) && !clauseEnd(toks, e, sent) && toks[e].Low != "and" && toks[e].Low != "et" {
			e++
		}
		if e > k {
			end := toks[e-1].End
			g.givenThing(k, e, end, group)
		}
		if e < len(toks) && (toks[e].Low == "and" || toks[e].Low == "et") {
			k = e + 1
			continue
		}
		break
	}
}

// givenThing checks the thing named by tokens [a, b) (the finding ends at
// end): its head noun must be in a fact sentence that names the group or
// has a gift word close to it.
func (g *grounder) givenThing(a, b, end int, group []string) {
	toks := g.doc.Tokens
	head := -1
	for k := a; k < b; k++ {
		t := &toks[k]
		if g.lang == "en" && objectEnds[t.Low] && head >= 0 {
			break
		}
		if t.Kind != claims.TWord || t.Stop() || len(t.Low) < 3 || givenCues[t.Low] || giftCountWords[t.Low] {
			continue
		}
		head = k
		if g.lang == "fr" {
			break
		}
	}
	if head < 0 {
		return
	}
	start := toks[a].Start
	for k := a; k < head && (toks[k].Kind != claims.TWord || toks[k].Stop() && !givenCues[toks[k].Low]); k++ {
		start = toks[k+1].Start
	}
	if g.flagged(start, end) {
		return
	}
	st := claims.Stem(toks[head].Low)
	for fi := -1; fi < len(g.sh.facts); fi++ {
		fd := g.fd(fi)
		if fd.doc == nil {
			continue
		}
		ft := fd.doc.Tokens
		for j := range ft {
			if fd.stems[j] != st && !sameRoot(ft[j].Low, toks[head].Low) {
				continue
			}
			s := ft[j].Sent
			for i := range ft {
				if ft[i].Sent != s || i == j {
					continue
				}
				for _, w := range group {
					if fd.stems[i] == w {
						return
					}
				}
				if i >= j-3 && i <= j+3 && ft[i].In(giftClass) && !negatedAt(fd.doc, i) {
					return
				}
				// "All hearing aids carry a 4-year warranty", "comes with
				// a warranty": the fact gives it to every member too
				if everyMemberWords[ft[i].Low] || i >= j-3 && i < j && (ft[i].Low == "with" || ft[i].Low == "avec") {
					return
				}
			}
		}
	}
	c := claims.Claim{Type: claims.Freebie, Start: start, End: end, Tok0: a, Tok1: b, Sent: toks[head].Sent}
	c.Text = g.doc.Slice(c.Start, c.End)
	g.flag(&c, Unsupported, -2, g.msg("freebie"), "")
}

// drawFactWords: a fact or the brief that names a draw, a contest to win
// something or a prize to win backs the post's draw.
var drawFactWords = map[string]bool{
	"tirage": true, "tombola": true, "loterie": true, "gagner": true, "gagnez": true, "gagnant": true, "gagnants": true,
	"gagnante": true, "gagnantes": true, "jeu-concours": true, "draw": true, "drawn": true, "drawing": true, "raffle": true,
	"giveaway": true, "sweepstakes": true, "lottery": true, "win": true, "winner": true, "winners": true, "prize-draw": true,
}

// prizeArticles follow "win", "gagnez" when a prize is named ("win a
// cruise", "gagnez une galette"), not a score or points ("gagnez des
// points", "win the league").
var prizeArticles = map[string]bool{"a": true, "an": true, "one": true, "two": true, "un": true, "une": true, "deux": true}

// draws flags a prize draw or a prize to win ("every donor is entered into
// a drawing for a cruise", "Tirage au sort pour gagner un séjour", "gagnez
// une galette par mois") when no fact nor the brief names a draw or a
// prize to win: the finding runs from the cue to the end of its clause.
func (g *grounder) draws() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].In(drawCueClass) {
			continue
		}
		l := toks[k].Low
		ok := false
		switch l {
		case "tirage":
			// "Tirage d'un abonnement parmi les visiteurs": the draw of a
			// prize
			ok = k+2 < len(toks) && (toks[k+1].Low == "au" && toks[k+2].Low == "sort" || prizeDrawnAt(toks, k+1))
		case "tombola", "raffle", "giveaway", "sweepstakes":
			ok = true
		case "drawing", "draw":
			// "a drawing for", "entered into the draw", "prize draw": not a
			// drawing class
			ok = toks[k+1].Low == "for" || k > 0 && (toks[k-1].Low == "prize" || toks[k-1].Low == "into" || k > 1 && toks[k-2].Low == "into")
		case "win", "gagnez", "gagner", "remportez", "remporter":
			ok = prizeArticles[toks[k+1].Low]
		}
		if !ok {
			continue
		}
		for fi := -1; fi < len(g.sh.facts); fi++ {
			fd := g.fd(fi)
			if fd.doc == nil {
				continue
			}
			for j := range fd.doc.Tokens {
				if drawFactWords[fd.doc.Tokens[j].Low] {
					return
				}
			}
		}
		e := k + 1
		for e < len(toks) && !clauseEnd(toks, e, toks[k].Sent) {
			e++
		}
		if g.flagged(toks[k].Start, toks[e-1].End) {
			continue
		}
		c := claims.Claim{Type: claims.Freebie, Start: toks[k].Start, End: toks[e-1].End, Tok0: k, Tok1: e, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.flag(&c, Unsupported, -2, g.msg("freebie"), "")
		return
	}
}

// policyKinds: the words of a fact that say something of the policy a post
// states (a refund, how long a thing stays valid, a contract), by kind; a
// kind no fact names is an invented policy. ("No credit card needed" is
// left out: it goes without saying for what a fact says is free.)
var policyKinds = map[string][]string{
	"refund":   {"rembours", "refund"},
	"validity": {"expir", "valid", "valable", "lifetime", "perim"},
	"contract": {"contract", "contrat", "engagement", "commitment", "resili", "cancel"},
}

// policyAt: the kind of policy a post states at token k and the token
// after it: "fully refundable", "remboursable", "never expire", "n'expire
// jamais", "valable à vie", "no contract", "sans contrat"; a denied one ("non
// remboursable") is none.
func policyAt(toks []claims.Token, k int) (string, int) {
	l := toks[k].Low
	prev := func(n int) string {
		if k-n < 0 || toks[k-n].Sent != toks[k].Sent {
			return ""
		}
		return toks[k-n].Low
	}
	next := func(n int) string {
		if k+n >= len(toks) || toks[k+n].Sent != toks[k].Sent {
			return ""
		}
		return toks[k+n].Low
	}
	denied := func() bool {
		for n := 1; n <= 2; n++ {
			switch prev(n) {
			case "non", "not", "no", "pas", "never", "jamais", "ni":
				return true
			}
		}
		return false
	}
	switch l {
	case "refundable", "remboursable", "remboursables":
		if !denied() && !strings.HasPrefix(toks[k].Text, "-") && prev(1) != "-" {
			return "refund", k + 1
		}
	case "expire", "expires", "expirent":
		if prev(1) == "never" || prev(1) == "n'" && next(1) == "jamais" || prev(1) == "ne" && next(1) == "jamais" {
			return "validity", k + 1
		}
	case "contract", "contrat":
		if p := prev(1); p == "no" || p == "sans" {
			return "contract", k + 1
		}
	case "vie":
		if prev(1) == "a" && (prev(2) == "valable" || prev(2) == "valables" || prev(2) == "valide" || prev(2) == "valides") {
			return "validity", k + 1
		}
	}
	return "", 0
}

// policies flags a refund, a validity without end or a contract not needed that no fact (nor the brief) says anything of.
func (g *grounder) policies() {
	toks := g.doc.Tokens
	for k := range toks {
		if toks[k].Kind != claims.TWord || !toks[k].In(policyCueClass) {
			continue
		}
		kind, e := policyAt(toks, k)
		if kind == "" {
			continue
		}
		a := k
		// the whole phrase: "fully refundable", "never expire", "no
		// contract"
		for a > 0 && toks[a-1].Sent == toks[k].Sent && toks[a-1].Kind == claims.TWord && (toks[a-1].Low == "fully" || toks[a-1].Low == "never" || toks[a-1].Low == "no" || toks[a-1].Low == "sans" || toks[a-1].Low == "entierement" || toks[a-1].Low == "100") {
			a--
		}
		if g.flagged(toks[a].Start, toks[e-1].End) || g.sh.empty {
			continue
		}
		// (each fact's fold opens and closes with a space: a word found in
		// the sheet's folds end to end is in one of them)
		known := false
		for _, w := range policyKinds[kind] {
			known = known || strings.Contains(g.sh.allFold, " "+w)
		}
		if known {
			if kind == "validity" {
				g.validityBounded(a, e)
			}
			continue
		}
		c := claims.Claim{Type: claims.Guarantee, Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.unsupported(&c)
	}
}

// propertyWords: a property of a product said in one word ("compostable",
// "human-grade", "lave-vaisselle"): the value is the key a fact must have
// (folded, looked for at a word start).
var propertyWords = map[string]string{
	"compostable": "compost", "compostables": "compost", "home-compostable": "compost", "biodegradable": "biodegrad", "biodegradables": "biodegrad",
	"dishwasher-safe": "dishwasher", "microwave-safe": "microwave", "lave-vaisselle": "lave-vaisselle", "micro-ondes": "micro-ondes",
	"hypoallergenic": "hypoallerg", "hypoallergenique": "hypoallerg", "hypoallergeniques": "hypoallerg",
	"preservative-free": "preservative", "labellise": "label", "labellisee": "label", "labellises": "label", "labellisees": "label",
}

// freeOfWords follow "sans" or come before "-free" in a property ("sans
// conservateur", "sans additif", "preservative-free"); a fact that names
// the thing ("aucun conservateur") states the property.
var freeOfWords = map[string]bool{"conservateur": true, "conservateurs": true, "additif": true, "additifs": true, "colorant": true, "colorants": true, "preservative": true, "preservatives": true, "additive": true, "additives": true}

// properties flags a property of a product or a label ("home-compostable",
// "human-grade", "sans conservateur", "passe au lave-vaisselle",
// "labellisé « … »") whose key word no fact nor the brief has.
func (g *grounder) properties() {
	toks := g.doc.Tokens
	for k := range toks {
		t := &toks[k]
		if t.Kind != claims.TWord {
			continue
		}
		key, a, e := "", k, k+1
		switch {
		case t.In(propertyClass):
			key = propertyWords[t.Low]
		case strings.HasSuffix(t.Low, "-grade") && len(t.Low) > 7:
			// "human-grade", "food-grade": the whole compound
			key = strings.TrimSuffix(t.Low, "-grade")
		case t.In(freeOfClass) && k > 0 && (toks[k-1].Low == "sans" || toks[k-1].Low == "no"):
			key, a = claims.Stem(t.Low), k-1
		}
		if key == "" {
			continue
		}
		// a denied property ("pas compostable", "not dishwasher-safe")
		if p := a - 1; p >= 0 && (toks[p].Low == "pas" || toks[p].Low == "not" || toks[p].Low == "non" || toks[p].Low == "jamais" || toks[p].Low == "never") {
			continue
		}
		if g.flagged(toks[a].Start, toks[e-1].End) || g.sh.empty {
			continue
		}
		if strings.Contains(g.sh.allFold, " "+key) || strings.Contains(g.sh.allFold, "-"+key) {
			continue
		}
		c := claims.Claim{Type: claims.Label, Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: t.Sent, Words: []string{t.Low}}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.flag(&c, Unsupported, -2, g.msg("label"), "")
	}
}

// awardLinks may stand inside the name of an award or a title ("Prix des
// libraires du Québec", "Library of the Year").
var awardLinks = map[string]bool{"of": true, "the": true, "for": true, "and": true, "de": true, "des": true, "du": true, "la": true, "le": true, "l'": true, "d'": true, "et": true, "en": true, "&": true}

// awardName: the content words of the name that starts at token k, and
// the token after it: the words up to its last capitalised one, within
// eight tokens and one clause ("Prix des libraires du Québec", "Ontario
// Library of the Year").
func awardName(toks []claims.Token, k int) ([]string, int) {
	end := k
	for j := k; j < len(toks) && j < k+8 && toks[j].Sent == toks[k].Sent; j++ {
		t := &toks[j]
		if t.Kind == claims.TWord || t.Kind == claims.TNum || t.Text == "-" || t.Text == "'" || t.Text == "’" {
			if t.Kind == claims.TWord && t.Cap && !awardLinks[t.Low] {
				end = j + 1
			}
			continue
		}
		break
	}
	var words []string
	for j := k; j < end; j++ {
		if t := &toks[j]; t.Kind == claims.TWord && !t.Stop() && !awardLinks[t.Low] && !giftCountWords[t.Low] {
			words = append(words, t.Low)
		}
	}
	return words, end
}

// awards flags an award or a title said to be won ("lauréate du Prix des
// libraires du Québec", "earning it the title of Ontario Library of the
// Year", "winner of the …") whose name no fact gives in a row, and a
// record held ("holds the Queensland record for …", "détient le record")
// when no fact names a record.
func (g *grounder) awards() {
	toks := g.doc.Tokens
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].In(awardCueClass) {
			continue
		}
		l := toks[k].Low
		n := -1 // first token of the name
		switch l {
		case "laureat", "laureate", "laureats", "laureates":
			if toks[k+1].Low == "du" || toks[k+1].Low == "des" || toks[k+1].Low == "de" {
				n = k + 2
				if toks[n].Low == "la" || toks[n].Low == "l'" {
					n++
				}
			}
		case "title", "winner", "winners", "recipient":
			if toks[k+1].Low == "of" {
				n = k + 2
				if toks[n].Low == "the" {
					n++
				}
			}
		case "holds", "hold", "detient", "detiennent":
			if toks[k+1].Low == "the" || toks[k+1].Low == "le" {
				for j := k + 2; j < len(toks) && j <= k+5 && toks[j].Sent == toks[k].Sent; j++ {
					if toks[j].Low == "record" {
						g.recordHeld(k, j)
						break
					}
				}
			}
			continue
		}
		if n < 0 || n >= len(toks) {
			continue
		}
		words, end := awardName(toks, n)
		if len(words) < 2 || g.flagged(toks[k].Start, toks[end-1].End) || g.sh.empty || g.sequenceInFacts(words) {
			continue
		}
		c := claims.Claim{Type: claims.Superlative, Start: toks[k].Start, End: toks[end-1].End, Tok0: k, Tok1: end, Sent: toks[k].Sent, Words: words}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.unsupported(&c)
	}
}

// recordHeld flags "holds the … record" (tokens k to j) when no fact names
// a record.
func (g *grounder) recordHeld(k, j int) {
	toks := g.doc.Tokens
	if g.sh.empty || g.flagged(toks[k].Start, toks[j].End) {
		return
	}
	for fi := -1; fi < len(g.sh.facts); fi++ {
		fd := g.fd(fi)
		if fd.doc == nil {
			continue
		}
		for _, t := range fd.doc.Tokens {
			if t.Low == "record" || t.Low == "records" {
				return
			}
		}
	}
	c := claims.Claim{Type: claims.Superlative, Start: toks[k].Start, End: toks[j].End, Tok0: k, Tok1: j + 1, Sent: toks[k].Sent}
	c.Text = g.doc.Slice(c.Start, c.End)
	g.unsupported(&c)
}

// rankCues: a rank or a people's preference said of the brand by a scope
// ("America's favorite …", "Canada's #1 …", "préférée des Français").
// The value groups the spellings of one cue.
var rankCues = map[string]string{"favorite": "fav", "favourite": "fav", "#1": "1", "no.1": "1", "leading": "lead", "best-loved": "loved", "most-loved": "loved",
	"prefere": "pref", "preferee": "pref", "preferes": "pref", "preferees": "pref"}

// rankedByScope flags "America's favorite fresh dog food", "Canada's #1
// carrier", "la marque préférée des Français": a rank or a preference
// given by a named scope (a place or a people, capitalised) is backed only
// by a fact with the same cue word (or a rank of 1) within four words of
// the same scope word.
func (g *grounder) rankedByScope() {
	toks := g.doc.Tokens
	for k := 2; k < len(toks); k++ {
		if !toks[k].In(rankCueClass) {
			continue
		}
		scope, a, e := -1, k, k+1
		if g.lang == "en" && toks[k-1].Low == "s" && toks[k-2].Text == "'" || g.lang == "en" && toks[k-1].Low == "s" && toks[k-2].Text == "’" {
			if k >= 3 && toks[k-3].Kind == claims.TWord && toks[k-3].Cap {
				scope, a = k-3, k-3
			}
			// the thing ranked: its words to the end of the noun phrase
			for e < len(toks) && e < k+4 && toks[e].Sent == toks[k].Sent && toks[e].Kind == claims.TWord && !toks[e].Stop() {
				e++
			}
		} else if g.lang == "fr" && k+2 < len(toks) && (toks[k+1].Low == "des" || toks[k+1].Low == "de") && toks[k+2].Kind == claims.TWord && toks[k+2].Cap {
			scope, e = k+2, k+3
		}
		if scope < 0 || g.sh.empty || g.flagged(toks[a].Start, toks[e-1].End) {
			continue
		}
		sst, cue := claims.Stem(toks[scope].Low), rankCues[toks[k].Low]
		known := false
		for fi := -1; fi < len(g.sh.facts) && !known; fi++ {
			fd := g.fd(fi)
			if fd.doc == nil {
				continue
			}
			ft := fd.doc.Tokens
			for j := range ft {
				if !ft[j].In(rankCueClass) || rankCues[ft[j].Low] != cue {
					continue
				}
				for i := max(j-4, 0); i < len(ft) && i <= j+4; i++ {
					if fd.stems[i] == sst && ft[i].Sent == ft[j].Sent {
						known = true
					}
				}
			}
		}
		if known {
			continue
		}
		c := claims.Claim{Type: claims.Superlative, Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: toks[k].Sent, Scoped: true}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.flag(&c, Unsupported, -2, g.msg("superlative"), "")
	}
}
