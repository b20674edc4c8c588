package claims

import (
	"strconv"
	"strings"
)

var superlativeWords = map[string]bool{
	"meilleur": true, "meilleure": true, "meilleurs": true, "meilleures": true, "pire": true, "pires": true,
	"best": true, "biggest": true, "largest": true, "greatest": true, "fastest": true, "cheapest": true,
	"finest": true, "tastiest": true, "freshest": true, "oldest": true, "newest": true, "highest": true,
	"lowest": true, "smallest": true, "strongest": true, "worst": true,
}

// English -est words that are not superlatives.
var notSuperlative = map[string]bool{
	"latest": true, "interest": true, "honest": true, "forest": true, "modest": true, "earnest": true,
	"contest": true, "protest": true, "request": true, "harvest": true, "suggest": true, "guest": true,
	"invest": true, "digest": true, "manifest": true, "arrest": true, "attest": true, "conquest": true,
}

var scopeNouns = map[string]bool{
	"monde": true, "world": true, "france": true, "pays": true, "country": true, "region": true, "ville": true,
	"city": true, "ete": true, "summer": true, "annee": true, "year": true, "history": true, "histoire": true,
	"planete": true, "planet": true, "marche": true, "market": true, "europe": true, "univers": true,
	"quartier": true, "town": true, "ever": true, "jamais": true, "temps": true, "time": true, "hexagone": true,
	"automne": true, "hiver": true, "printemps": true, "autumn": true, "winter": true, "spring": true, "rentree": true,
	"nation": true, "continent": true, "universe": true, "galaxy": true, "saison": true, "season": true,
}

var subjective = map[string]bool{"meilleur": true, "meilleure": true, "meilleurs": true, "meilleures": true, "best": true, "pire": true, "pires": true, "worst": true, "finest": true, "greatest": true}

var timeScope = map[string]bool{"automne": true, "hiver": true, "printemps": true, "autumn": true, "winter": true, "spring": true, "fall": true, "rentree": true, "ete": true, "summer": true, "annee": true, "year": true, "saison": true, "season": true, "temps": true, "time": true, "jamais": true, "ever": true, "history": true, "histoire": true}

// compoundSuperlative: best-rated, top-rated, highest-rated, best-selling,
// mieux-noté, fastest-growing, largest-ever: a superlative glued to what
// it ranks.
func compoundSuperlative(l string) bool {
	if len(l) < 7 {
		return false
	}
	h := strings.IndexByte(l, '-')
	if h < 3 || len(l)-h-1 < 3 {
		return false
	}
	switch p := l[:h]; p {
	case "best", "top", "highest", "most", "mieux":
		return true
	default:
		return superlativeWords[p] || len(p) >= 6 && strings.HasSuffix(p, "est") && !notSuperlative[p]
	}
}

// leaderOf: the word after a leader's adjective that opens its market.
func leaderOf(l string) bool {
	switch l {
	case "de", "du", "des", "d'", "en", "in", "of", "for":
		return true
	}
	return false
}

var firstWords = map[string]bool{"premier": true, "premiere": true, "first": true}

// calendarScope: a period of the calendar, unlike "ever" or "history",
// which make "first" a claim.
func calendarScope(w string) bool {
	switch w {
	case "jamais", "ever", "history", "histoire", "temps", "time":
		return false
	}
	return timeScope[w]
}

var phraseStop = map[string]bool{
	"et": true, "and": true, "qui": true, "que": true, "qu'": true, "that": true, "which": true, "who": true,
	"mais": true, "but": true, "pour": true, "avec": true, "with": true, "est": true, "is": true, "are": true,
	"sont": true, "was": true, "will": true, "va": true, "arrive": true, "returns": true, "revient": true,
}

// qualityLabels are certifications and product attributes that a post may
// not claim unless the facts do; each is a run of folded words.
var qualityLabels = [][]string{
	{"bio"}, {"biologique"}, {"biologiques"}, {"organic"}, {"vegan"}, {"vegane"}, {"vegetalien"}, {"vegetalienne"},
	{"sans", "gluten"}, {"gluten-free"}, {"fait", "maison"}, {"faits", "maison"}, {"faites", "maison"}, {"homemade"}, {"home-made"},
	{"made", "in", "france"}, {"fabrique", "en", "france"}, {"fabriques", "en", "france"}, {"fabriquee", "en", "france"}, {"fabriquees", "en", "france"}, {"aop"}, {"aoc"}, {"igp"},
	{"fair", "trade"}, {"commerce", "equitable"}, {"certifie"}, {"certifiee"}, {"certifies"}, {"certified"},
	{"zero", "dechet"}, {"zero", "waste"}, {"carbon", "neutral"}, {"carbon-neutral"}, {"neutre", "en", "carbone"},
	{"b", "corp"}, {"ecolabel"}, {"label", "rouge"}, {"plant-based"}, {"cruelty-free"},
	// made by hand
	{"fait", "main"}, {"faits", "main"}, {"faite", "main"}, {"faites", "main"}, {"fabrique", "a", "la", "main"},
	{"fabriques", "a", "la", "main"}, {"fabriquee", "a", "la", "main"}, {"fabriquees", "a", "la", "main"},
	{"handmade"}, {"hand-made"}, {"handcrafted"}, {"hand-crafted"}, {"made", "by", "hand"},
	// awards and titles
	{"award-winning"}, {"prize-winning"}, {"olympique"}, {"olympiques"}, {"olympic"},
	{"champion", "du", "monde"}, {"championne", "du", "monde"}, {"champions", "du", "monde"}, {"world", "champion"}, {"world", "champions"},
	{"lifetime"}, {"a", "vie"}, {"for", "life"},
}

// labelsByFirst lists the quality labels by their first word, in order:
// "a" and "for" start labels and are frequent words.
var labelsByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, l := range qualityLabels {
		m[l[0]] = append(m[l[0]], l)
	}
	return m
}()

// label recognises a quality label starting at token i.
func (x *extractor) label(i int) {
	if x.toks[i].lex&lxLabel == 0 {
		return
	}
	for _, l := range labelsByFirst[x.toks[i].Low] {
		if i+len(l) > len(x.toks) {
			continue
		}
		ok := true
		for k := 1; k < len(l); k++ {
			if x.toks[i+k].Low != l[k] {
				ok = false
				break
			}
		}
		// "bio" inside "100 % bio" is the same claim; "bio" as a name part
		// (Bio c'Bon) is left to names
		if ok && len(l) == 1 && l[0] == "bio" && x.profileBio(i) {
			return
		}
		if ok {
			x.add(Claim{Type: Label, Tok0: i, Tok1: i + len(l), Words: l}, false)
			return
		}
	}
}

// placeScopeAfter: within six tokens from i, "de", "du", "des" or "en"
// brings a capitalised place ("de l'Ouest", "de Bretagne") before any "chez",
// "au", figure or punctuation: "premier quotidien de Bretagne" is a rank,
// "Première visite chez Poil de Carotte", "Premier match de 2027 au
// Palais" are an order in time.
func (x *extractor) placeScopeAfter(i int) bool {
	s := x.toks[i].Sent
	for k := i; k < len(x.toks) && k < i+6 && x.toks[k].Sent == s; k++ {
		t := &x.toks[k]
		if t.Kind != TWord {
			return false
		}
		switch t.Low {
		case "chez", "au", "aux", "a", "at", "pour", "avec":
			return false
		case "de", "du", "des", "d'", "en":
			j := k + 1
			switch x.low(j) {
			case "la", "le", "les", "l'":
				j++
			}
			if j < len(x.toks) && x.toks[j].Kind == TWord && x.toks[j].Cap {
				return true
			}
		}
	}
	return false
}

// inclusiveDayWords after a month or a weekday close a span on that day.
var inclusiveDayWords = map[string]bool{"inclus": true, "incluse": true, "compris": true, "comprise": true, "included": true, "inclusive": true}

// spanEndBefore: a word that ends a span ("jusqu'au", "au", "until",
// "to") stands in the four tokens before i ("livraison le samedi incluse"
// has none: the Saturday delivery is what is included).
func (x *extractor) spanEndBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch x.low(k) {
		case "jusqu'au", "jusqu'à", "jusqu'a", "jusqu", "au", "until", "till", "to", "through", "-", "–":
			return true
		}
	}
	return false
}

// profileBio: "lien en bio", "link in bio", "check our bio", "dans la
// bio": the profile's bio where the link is, not the organic label
// ("passé en bio", "la bio" alone still are).
func (x *extractor) profileBio(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch x.low(k) {
		case "lien", "liens", "link", "links":
			return true
		case "ma", "notre", "my", "our", "the", "their":
			return k == i-1
		case "la":
			return k == i-1 && x.low(k-1) == "dans"
		}
	}
	return false
}

// phrase recognises word-level claims at token i: superlatives, freebies,
// guarantees, every-day and all-our absolutes, extensions.
func (x *extractor) phrase(i int) {
	t := &x.toks[i]
	if t.Kind != TWord {
		return
	}
	l := t.Low
	x.label(i)
	if t.lex&lxPhrase == 0 && !strings.HasPrefix(l, "prolonge") && !(len(l) >= 6 && strings.HasSuffix(l, "est")) && !compoundSuperlative(l) {
		return
	}
	switch {
	case superlativeWords[l] || (len(l) >= 6 && strings.HasSuffix(l, "est") && !notSuperlative[l] && (x.low(i-1) == "the" || x.possessor(i) >= 0)):
		x.superlative(i, i+1)
	case compoundSuperlative(l) && (x.low(i-1) == "the" || x.low(i-1) == "le" || x.low(i-1) == "la" || x.low(i-1) == "les" || x.possessor(i) >= 0):
		// "Leicester's best-rated garage", "the top-rated tour in Bath"; it
		// still needs a scope to be a claim
		x.superlative(i, i+1)
	case (l == "plus" || l == "moins") && x.kind(i+1) == TWord && !stopWords[x.low(i+1)] && x.low(i+1) != "d'":
		switch x.low(i - 1) {
		case "le", "la", "les", "l'":
			x.superlative(i, i+2)
		case ",":
			// "le Théâtre des Remparts, plus grande scène de Haute-Marne":
			// a superlative in apposition, without its article (only with
			// a place after it)
			if l == "plus" && x.placeScopeAfter(i+2) {
				x.superlative(i, i+2)
			}
		}
	case l == "most" && x.kind(i+1) == TWord && !stopWords[x.low(i+1)]:
		if x.low(i-1) == "the" || x.possessor(i) >= 0 {
			x.superlative(i, i+2)
		}
	case l == "leader" || l == "leaders":
		switch x.low(i + 1) {
		case "du", "de", "des", "en", "in", "of", "on", "sur", "mondial", "europeen", "francais", "national":
			x.rank(i)
		default:
			// "le leader belge de la calèche", "the UK leader in
			// karting": an adjective of place between the leader and
			// its market
			if x.low(i-1) == "market" || x.kind(i+1) == TWord && !stopWords[x.low(i+1)] && leaderOf(x.low(i+2)) && (x.low(i-1) == "le" || x.low(i-1) == "la" || x.low(i-1) == "l'" || x.low(i-1) == "the") {
				x.rank(i)
			}
		}
	case l == "leading":
		// "Canada's leading translation agency", "the leading agency in
		// Ontario" (still only with a scope); "a leading provider" is a
		// boast that names no rank
		if x.low(i-1) == "the" || x.possessor(i) >= 0 {
			x.superlative(i, i+1)
		}
	case l == "seul" || l == "seule" || l == "only" || l == "unique" || l == "premier" || l == "premiere" || l == "first":
		// "le seul … de France", "the only … in Ireland", "Bristol's first":
		// a rank claim
		if x.low(i-1) == "le" || x.low(i-1) == "la" || x.low(i-1) == "the" || x.low(i-1) == "l'" || x.possessor(i) >= 0 {
			x.superlative(i, i+1)
		} else if (l == "premier" || l == "premiere") && (i == 0 || t.SentStart || x.low(i-1) == "," || x.low(i-1) == ":") && x.kind(i+1) == TWord && !stopWords[x.low(i+1)] && x.placeScopeAfter(i+1) {
			// "Routalys, premier réseau d'autocars de l'Ouest", "Premier
			// réseau dentaire de Bretagne": a rank in apposition or as a
			// title, without its article (still only with a scope)
			x.superlative(i, i+1)
		}
	case isFreeAfter(l) && !(l == "compris" && x.low(i-1) == "y"):
		if l == "free" && x.low(i-1) == "feel" {
			return
		}
		// "a free 20-minute session", "our free app": after a determiner
		// "free" qualifies what follows, figures included
		if l == "free" && (x.kind(i+1) == TWord && !stopWords[x.low(i+1)] && !freeAdverbs[x.low(i+1)] || determiners[x.low(i-1)] && x.kind(i+1) == TNum) {
			x.freebieForward(i)
			return
		}
		// "it's free to attend": what is free is the doing
		if l == "free" && x.low(i+1) == "to" && freeToVerbs[x.low(i+2)] {
			x.add(Claim{Type: Freebie, Tok0: i, Tok1: i + 3, Words: []string{x.low(i + 2)}}, false)
			return
		}
		// "jusqu'au 30 mars inclus", "until Sunday inclusive": the last day
		// of a span is in it, nothing is given
		if i > 0 && inclusiveDayWords[l] && x.toks[i-1].lex&(lxMonth|lxWeekday) != 0 && x.spanEndBefore(i) {
			return
		}
		x.freebieBack(i, Freebie)
		if l == "free" && x.low(i+1) == "for" && len(x.d.Claims) > 0 {
			// "try us free for 7 days": what follows names the offer too
			last := &x.d.Claims[len(x.d.Claims)-1]
			if last.Type == Freebie && last.Tok1 == i+1 {
				for k := i + 2; k < len(x.toks) && k < i+5 && x.toks[k].Sent == t.Sent; k++ {
					if x.toks[k].Kind == TNum {
						last.Words = append(last.Words, numWord(x.toks[k].Num))
					} else if x.toks[k].Kind == TWord && !stopWords[x.toks[k].Low] {
						last.Words = append(last.Words, x.toks[k].Low)
					}
				}
			}
		}
	case (l == "us" || l == "house") && x.low(i-1) == "on" && (x.lexAt(i-2)&lxCopula != 0 || x.low(i-2) == "'s"):
		// "lunch is on us", "the first drink's on the house": given free
		x.freebieBack(i, Freebie)
	case l == "complimentary":
		x.freebieForward(i)
	case coverVerbs[l]:
		x.coverage(i)
	case l == "including" || (l == "compris" && x.low(i-1) == "y"):
		// "including dinner", "petit-déjeuner y compris": an inclusion
		x.freebieForward(i)
	case isReceive(l):
		// "l'équipe vous reçoit le jour même", "we receive you": a welcome,
		// not a gift
		switch x.low(i - 1) {
		case "vous", "te", "nous", "les":
			return
		}
		if x.low(i+1) == "you" {
			return
		}
		// "gagnez du temps", "gagnez en confort", "win time back": a
		// benefit, not a prize
		if gainedBenefit[x.low(i+1)] || (x.low(i+1) == "du" || x.low(i+1) == "de" || x.low(i+1) == "la") && gainedBenefit[x.low(i+2)] {
			return
		}
		if x.awardWon(i) {
			return
		}
		x.freebieForward(i)
	case (l == "get" || l == "gets") && x.quantifiedSubject(i):
		x.freebieForward(i)
	case l == "repartiront" || l == "repartent" || l == "repartira" || l == "repart":
		if x.low(i+1) == "avec" {
			x.freebieForward(i + 1)
		}
	case l == "satisfait" || l == "satisfaits" || l == "satisfaite":
		if x.low(i+1) == "ou" && strings.HasPrefix(x.low(i+2), "rembourse") {
			x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 3, Words: []string{"rembourse"}}, false)
		}
	case l == "money-back" || (l == "money" && x.low(i+1) == "back"):
		e := i + 1
		if l == "money" {
			e = i + 2
		}
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: e, Words: []string{"money-back", "refund", "rembourse"}}, false)
	case l == "guarantees" || l == "garantit" || l == "garantissons" || l == "garantissent":
		// "every tour guarantees a kiwi sighting": the verb promises what follows
		x.guaranteeForward(i)
	case l == "garanti" || l == "garantie" || l == "garantis" || l == "garanties" || l == "guaranteed" || l == "guarantee":
		x.freebieBack(i, Guarantee)
	case l == "refund" || l == "refunded" || l == "rembourse" || l == "remboursee" || l == "rembourses" || l == "remboursement":
		if x.low(i-1) == "ou" {
			return
		}
		x.freebieBack(i, Guarantee)
	// "sans rendez-vous", "no booking needed", "no need to book": no booking
	case l == "sans" && (x.low(i+1) == "rendez-vous" || x.low(i+1) == "reservation" || x.low(i+1) == "inscription"):
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 2, Words: []string{"booking"}}, false)
	// "no booking fees", "sans frais de réservation": a fee denied, checked
	// against a fact that sets it
	case (l == "no" || l == "zero") && bookingWords[x.low(i+1)] && feeWords[x.low(i+2)]:
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 3, Words: []string{"fee", x.low(i + 1)}}, false)
	case (l == "sans" || l == "aucun") && x.low(i+1) == "frais" && (x.low(i+2) == "de" || x.low(i+2) == "d'") && bookingWords[x.low(i+3)]:
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 2, Words: []string{"fee", x.low(i + 3)}}, false)
	// "no establishment fee", "sans frais de dossier": a named fee denied,
	// checked only against a fact that sets that fee
	case (l == "no" || l == "zero") && x.feeName(i+1) && feeWords[x.low(i+2)]:
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 3, Words: []string{"fee", x.low(i + 1), "named"}}, false)
	case (l == "sans" || l == "aucun") && x.low(i+1) == "frais" && (x.low(i+2) == "de" || x.low(i+2) == "d'") && x.feeName(i+3):
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 4, Words: []string{"fee", x.low(i + 3), "named"}}, false)
	case (l == "no" || l == "without") && bookingWords[x.low(i+1)] || l == "without" && x.low(i+1) == "a" && bookingWords[x.low(i+2)]:
		e := i + 2
		if l == "without" && x.low(i+1) == "a" {
			e++
		}
		if n := x.low(e); n == "needed" || n == "required" || n == "necessary" {
			e++
		}
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: e, Words: []string{"booking"}}, false)
	case l == "no" && x.low(i+1) == "need" && x.low(i+2) == "to" && (x.low(i+3) == "book" || x.low(i+3) == "reserve" || x.low(i+3) == "register"):
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 4, Words: []string{"booking"}}, false)
	// "inscription obligatoire", "réservation obligatoire", "booking
	// required": booking made a condition, checked against a fact that
	// waives it
	case requiredBooking[l] && (x.low(i+1) == "obligatoire" || x.low(i+1) == "requise" || x.low(i+1) == "obligatoires" || x.low(i+1) == "requises" || x.low(i+1) == "required" || x.low(i+1) == "essential" || x.low(i+1) == "compulsory"):
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 2, Words: []string{"booking-required"}}, false)
	// "pas besoin de réserver", "inutile de réserver", "pas besoin de
	// s'inscrire": no booking either
	case l == "besoin" && x.low(i-1) == "pas" && x.low(i+1) == "de" && x.bookingInfAt(i+2) > 0:
		x.add(Claim{Type: Guarantee, Tok0: i - 1, Tok1: x.bookingInfAt(i + 2), Words: []string{"booking"}}, false)
	case l == "inutile" && x.low(i+1) == "de" && x.bookingInfAt(i+2) > 0:
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: x.bookingInfAt(i + 2), Words: []string{"booking"}}, false)
	// "touche 100 € sans condition", "no conditions", "unconditionally": a
	// condition denied, checked against a fact that sets one
	case l == "sans" && (x.low(i+1) == "condition" || x.low(i+1) == "conditions") && x.low(i+2) != "de" && x.low(i+2) != "d'",
		l == "no" && (x.low(i+1) == "condition" || x.low(i+1) == "conditions"),
		l == "unconditional" || l == "unconditionally":
		e := i + 1
		if l == "sans" || l == "no" {
			e = i + 2
		}
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: e, Words: []string{"unconditional"}}, false)
	case l == "sans" && (x.low(i+1) == "engagement" || x.low(i+1) == "obligation" || x.low(i+1) == "frais" || x.low(i+1) == "minimum"):
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 2, Words: []string{x.low(i + 1)}}, false)
	case l == "no" && (x.low(i+1) == "commitment" || x.low(i+1) == "minimum" || x.low(i+1) == "strings"):
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 2, Words: []string{x.low(i + 1)}}, false)
	// "sans franchise", "no excess", "zero deposit": a charge denied,
	// checked against a fact that sets one
	case (l == "sans" || l == "no" || l == "zero" || l == "aucune") && chargeWords[x.low(i+1)]:
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: i + 2, Words: []string{x.low(i + 1)}}, false)
	// "ouverte toute l'année", "open all year round", "year-round": every
	// season, checked against a period the facts give
	case l == "toute" && x.low(i+1) == "l'" && x.low(i+2) == "annee":
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 3, Words: []string{"year"}}, false)
	case l == "all" && x.low(i+1) == "year":
		e := i + 2
		if x.low(e) == "round" || x.low(e) == "long" {
			e++
		}
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: e, Words: []string{"year"}}, false)
	// "tout l'été", "tout le printemps", "all summer long": a whole season,
	// checked against a shorter period the facts give
	case l == "tout" && (x.low(i+1) == "l'" || x.low(i+1) == "le") && seasonWords[x.low(i+2)]:
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 3, Words: []string{"season", x.low(i + 2)}}, false)
	case l == "all" && seasonWords[x.low(i+1)]:
		e := i + 2
		if x.low(e) == "long" {
			e++
		}
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: e, Words: []string{"season", x.low(i + 1)}}, false)
	// "ouvert de 9h à 18h sans interruption", "open non-stop": hours with no
	// break, checked against a fact that gives one
	case l == "sans" && x.low(i+1) == "interruption" || l == "non-stop" || l == "without" && x.low(i+1) == "a" && x.low(i+2) == "break":
		e := i + 1
		switch {
		case l == "sans":
			e = i + 2
		case l == "without":
			e = i + 3
		}
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: e, Words: []string{"continuous"}}, false)
	// "Places illimitées", "unlimited places": no limit, checked against a
	// fact that sets one
	case l == "illimite" || l == "illimitee" || l == "illimites" || l == "illimitees" || l == "unlimited":
		s, e := i, i+1
		if i > 0 && x.kind(i-1) == TWord && !stopWords[x.low(i-1)] && x.toks[i-1].Sent == t.Sent {
			s = i - 1 // "places illimitées"
		} else if l == "unlimited" && x.kind(i+1) == TWord && x.toks[i+1].Sent == t.Sent {
			e = i + 2 // "unlimited places"
		}
		x.add(Claim{Type: Everyday, Tok0: s, Tok1: e, Words: []string{"unlimited"}}, false)
	case l == "year-round":
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 1, Words: []string{"year"}}, false)
	// "tous les soirs", "chaque soir", "every night", "each evening": every
	// day's evening, checked as every day (not "chaque soir du festival",
	// "every night of the run": some days; "de juillet" keeps them all)
	case (l == "tous" && x.low(i+1) == "les" && (x.low(i+2) == "soirs" || x.low(i+2) == "nuits")) && x.allDaysAfter(i+3):
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 3, Except: x.except(i + 3)}, false)
	case (l == "chaque" && (x.low(i+1) == "soir" || x.low(i+1) == "nuit") || (l == "every" || l == "each") && (x.low(i+1) == "night" || x.low(i+1) == "evening")) && x.allDaysAfter(i+2):
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 2, Except: x.except(i + 2)}, false)
	// "any day of the week", "n'importe quel jour": every day offered (not
	// "any day now")
	case l == "any" && x.low(i+1) == "day" && x.low(i+2) != "now" && x.low(i+2) != "soon":
		e := i + 2
		if x.low(e) == "of" && x.low(e+1) == "the" && x.low(e+2) == "week" {
			e += 3
		}
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: e, Except: x.except(e)}, false)
	case l == "n'importe" && x.low(i+1) == "quel" && x.low(i+2) == "jour":
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 3, Except: x.except(i + 3)}, false)
	case l == "tous" && x.low(i+1) == "les" && x.low(i+2) == "jours":
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 3, Except: x.except(i + 3)}, false)
	case (l == "chaque" && x.low(i+1) == "jour" || l == "each" && x.low(i+1) == "day") && x.low(i+2) != "de" && x.low(i+2) != "du" && x.low(i+2) != "of" && x.low(i+2) != "d'":
		// "chaque jour à 15h", "each day at 3pm" (not "chaque jour de
		// marché", "each day of the festival": some days)
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 2, Except: x.except(i + 2)}, false)
	case (l == "every" && x.low(i+1) == "day") || (l == "daily" && (x.low(i-1) == "open" || x.low(i-1) == "opens")):
		e := i + 2
		if l == "daily" {
			e = i + 1
		}
		x.add(Claim{Type: Everyday, Tok0: i, Tok1: e, Except: x.except(e)}, false)
	case (l == "tous" || l == "toutes") && (x.low(i+1) == "nos" || x.low(i+1) == "les"):
		if noun := x.nounAfter(i + 2); noun != "" {
			x.add(Claim{Type: Universal, Tok0: i, Tok1: i + 3, Noun: noun}, false)
		}
	case (l == "all" || l == "tous" || l == "toutes") && (x.low(i+1) == "with" || x.low(i+1) == "avec") && x.low(i-1) == ",":
		// "50 rooms, all with a sea view": every one of the count before
		if prev := x.prevCount(i); prev != nil {
			end := i + 2
			for k := i + 2; k < len(x.toks) && k < i+6 && x.toks[k].Sent == t.Sent && x.toks[k].Kind == TWord; k++ {
				end = k + 1
			}
			x.add(Claim{Type: Universal, Tok0: i, Tok1: end, Noun: prev.Noun}, false)
		}
	case l == "all" && (x.low(i+1) == "our" || x.low(i+1) == "the" || x.low(i+1) == "of" && x.low(i+2) == "our"):
		k := i + 2
		if x.low(i+1) == "of" {
			k = i + 3
		}
		if noun := x.nounAfter(k); noun != "" {
			x.add(Claim{Type: Universal, Tok0: i, Tok1: k + 1, Noun: noun}, false)
		}
	case l == "every" && x.low(i+1) == "one" && x.low(i+2) == "of" && x.low(i+3) == "our":
		if noun := x.nounAfter(i + 4); noun != "" {
			x.add(Claim{Type: Universal, Tok0: i, Tok1: i + 5, Noun: noun}, false)
		}
	case strings.HasPrefix(l, "prolonge") || l == "prolongation" || l == "extended" || l == "extension" || l == "prolongement":
		s := i
		if i > 0 && x.kind(i-1) == TWord && !stopWords[x.low(i-1)] && x.toks[i-1].Sent == t.Sent {
			s = i - 1
		}
		x.add(Claim{Type: Extension, Tok0: s, Tok1: i + 1, Words: []string{"prolong", "extend"}}, false)
	}
}

// coverVerbs say what an offer extends to ("covers tuition, fees and
// books", "le code fonctionne aussi sur vos abonnements", "valable sur
// tout le site").
var coverVerbs = map[string]bool{
	"covers": true, "cover": true, "includes": true, "include": true, "applies": true, "apply": true, "valid": true, "works": true, "work": true,
	"couvre": true, "couvrent": true, "inclut": true, "incluent": true, "comprend": true, "comprennent": true, "applique": true, "appliquent": true,
	"valable": true, "valables": true, "fonctionne": true, "fonctionnent": true, "marche": true, "marchent": true,
}

// coverLinks come between such a verb and what it extends to.
var coverLinks = map[string]bool{
	"also": true, "even": true, "too": true, "to": true, "on": true, "for": true, "with": true,
	"aussi": true, "meme": true, "egalement": true, "sur": true, "a": true, "au": true, "aux": true, "pour": true, "avec": true,
}

// listLinks join the items of a list and the determiners before them.
var listLinks = map[string]bool{
	"and": true, "or": true, "&": true, "et": true, "ou": true, ",": true,
	"the": true, "your": true, "our": true, "all": true, "le": true, "la": true, "les": true, "l'": true, "vos": true, "nos": true, "tes": true, "votre": true, "notre": true, "tous": true, "toutes": true, "des": true, "du": true,
	"de": true, "d'": true, "of": true, // "frais d'inscription", "cost of books"
}

// coverage: what an offer is said to extend to, as an inclusion claim
// (Prep "cover") checked only against a fact that leaves it out ("hors
// abonnements", "but not fees or books"); "ne fonctionne pas sur", "does
// not cover" say nothing of the kind.
func (x *extractor) coverage(i int) {
	s := x.toks[i].Sent
	for k := i - 1; k >= 0 && k >= i-3 && x.toks[k].Sent == s; k-- {
		switch x.low(k) {
		case "not", "doesn't", "don't", "never", "ne", "n'", "jamais", "t":
			return
		}
	}
	k := i + 1
	if x.low(k) == "pas" || x.low(k) == "plus" || x.low(k) == "jamais" || x.low(k) == "not" {
		return
	}
	for k < len(x.toks) && k < i+4 && x.toks[k].Sent == s && coverLinks[x.low(k)] {
		k++
	}
	var words []string
	end := 0
	for ; k < len(x.toks) && x.toks[k].Sent == s && len(words) < 5; k++ {
		t := &x.toks[k]
		if listLinks[t.Low] || t.Text == "," {
			continue
		}
		if t.Kind != TWord || t.lex&lxStop != 0 || len(t.Low) < 3 {
			break
		}
		words = append(words, t.Low)
		end = k + 1
	}
	if len(words) == 0 {
		return
	}
	x.add(Claim{Type: Freebie, Tok0: i, Tok1: end, Words: words, Prep: "cover"}, false)
}

// seasonWords name the four seasons.
var seasonWords = map[string]bool{"ete": true, "hiver": true, "printemps": true, "automne": true, "summer": true, "winter": true, "spring": true, "autumn": true}

func isFreeAfter(l string) bool {
	switch l {
	case "offert", "offerte", "offerts", "offertes", "gratuit", "gratuite", "gratuits", "gratuites", "gratuitement",
		"free", "included", "inclus", "incluse", "incluses", "compris", "comprise", "comprises",
		// "partitions fournies", "matériel fourni": supplied with the offer
		"fourni", "fournie", "fournis", "fournies":
		return true
	}
	return false
}

// gainedBenefit: what "gagner" gains that no one gives ("du temps", "de la
// place", "en confort").
var gainedBenefit = map[string]bool{"temps": true, "place": true, "en": true, "time": true, "hours": true, "minutes": true}

// awardWon: "honoured to win the Smart Mobility Award", "our Best
// Subscription Service win at the 2027 SA eCommerce Awards": an award the
// brand won, not a prize it gives ("win a voucher at our awards night" is
// one, "a" opening it).
func (x *extractor) awardWon(i int) bool {
	switch x.low(i + 1) {
	case "a", "an", "un", "une", "free", "one", "your":
		return false
	}
	s := x.toks[i].Sent
	for k := i + 1; k < len(x.toks) && k <= i+8 && x.toks[k].Sent == s; k++ {
		switch x.low(k) {
		case "award", "awards", "trophy", "trophee", "trophees", "medal", "medaille":
			return true
		}
	}
	return false
}

func isReceive(l string) bool {
	switch l {
	case "receive", "receives", "recoit", "recoivent", "recevra", "recevront", "recevez", "recevrez", "gagne", "gagnez", "win", "wins":
		return true
	}
	return false
}

// quantifiedSubject: "every donor gets", "the first 100 buyers get".
func (x *extractor) quantifiedSubject(i int) bool {
	s := x.toks[i].Sent
	for k := i - 1; k >= 0 && k >= i-6 && x.toks[k].Sent == s; k-- {
		switch x.low(k) {
		case "every", "each", "first", "all", "premiers", "premieres", "chaque", "tous", "toutes":
			return true
		}
	}
	return false
}

func (x *extractor) superlative(i, after int) {
	s := x.toks[i].Sent
	start := i
	scoped := false
	switch x.low(i - 1) {
	case "le", "la", "les", "l'", "the", "du", "des", "au":
		start = i - 1
	case "s", "'s":
		// Ireland's biggest: the possessor is the scope
		if p := x.possessor(i); p >= 0 {
			start = p
			scoped = true
		}
	}
	// "Élu meilleur sérum bio de l'année", "voted best pub in town": an
	// award is a claim whatever its scope
	if AwardVerbs[x.low(i-1)] || x.kind(i-1) == TPunct && AwardVerbs[x.low(i-2)] {
		scoped = true
	}
	end := after
	for k := after; k < len(x.toks) && k < after+8; k++ {
		t := &x.toks[k]
		if t.Sent != s || t.Boundary || (t.Kind == TPunct && t.Text != "'" && t.Text != "-") || phraseStop[t.Low] {
			break
		}
		if t.Kind == TWord || t.Kind == TNum {
			end = k + 1
		}
		switch t.Low {
		case "de", "du", "des", "d'", "en", "in", "of", "au", "aux", "on", "across", "dans", "a", "à":
			if k+1 < len(x.toks) && x.toks[k+1].Sent == s {
				j := k + 1
				switch x.toks[j].Low {
				case "la", "le", "les", "l'", "the", "tout", "toute", "all":
					j++
				}
				if j < len(x.toks) && x.toks[j].Sent == s && x.toks[j].Kind == TWord && (x.toks[j].Cap || scopeNouns[x.toks[j].Low]) {
					// "le meilleur moment de l'année" is an opinion; "best" needs a
					// place or a market to be a claim, "most visited" does not
					// and "la première descente de la saison", "the first
					// snow of the year" are an order in time, not a rank
					if !(subjective[x.toks[i].Low] && timeScope[x.toks[j].Low]) && !(firstWords[x.toks[i].Low] && calendarScope(x.toks[j].Low)) {
						scoped = true
					}
				}
			}
		case "ever", "jamais":
			scoped = true
		}
	}
	if !scoped {
		return
	}
	words := x.d.ContentWords(i, end)
	x.add(Claim{Type: Superlative, Tok0: start, Tok1: end, Words: words, Scoped: true}, false)
}

// AwardVerbs say a superlative was awarded ("élue meilleure foire aux
// vins", "voted best café").
var AwardVerbs = map[string]bool{"elu": true, "elue": true, "elus": true, "elues": true, "voted": true, "named": true, "sacre": true, "sacree": true, "sacres": true, "sacrees": true}

// possessor returns the index of X in "X's <token i>", or -1.
func (x *extractor) possessor(i int) int {
	if x.low(i-1) == "s" && i >= 3 && isApos([]rune(x.toks[i-2].Text)[0]) && x.glued(i-1) && x.toks[i-3].Kind == TWord && x.toks[i-3].Cap {
		return i - 3
	}
	return -1
}

func isAposText(s string) bool { return s == "'" || s == "’" || s == "ʼ" }

func numWord(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func (x *extractor) rank(i int) {
	end := i + 1
	s := x.toks[i].Sent
	for k := i + 1; k < len(x.toks) && k < i+5; k++ {
		if x.toks[k].Sent != s || x.toks[k].Kind == TPunct {
			break
		}
		end = k + 1
	}
	start := i
	if x.low(i-1) == "le" || x.low(i-1) == "the" || x.low(i-1) == "market" {
		start = i - 1
	}
	x.add(Claim{Type: Superlative, Tok0: start, Tok1: end, Words: x.d.ContentWords(i, end), Scoped: true}, false)
}

var copulas = map[string]bool{
	"est": true, "sont": true, "is": true, "are": true, "sera": true, "seront": true, "be": true, "will": true,
	"go": true, "goes": true, "get": true, "gets": true, "in": true, "come": true, "comes": true, "reste": true,
	"restent": true, "c'": true, "for": true, "totally": true, "entierement": true, "completement": true,
	"totalement": true, "100": true, "%": true, "always": true, "toujours": true, "completely": true, "entirely": true,
	"absolutely": true, "fully": true, "absolument": true,
}

// freeAdverbs follow "free" without naming what is free ("it ships free
// too", "entry is free again"): the object is before the marker.
var freeAdverbs = map[string]bool{"too": true, "also": true, "again": true, "today": true, "tonight": true, "now": true, "forever": true, "online": true,
	// "shipping is free anywhere in …": where it is free, not what
	"anywhere": true, "everywhere": true, "nationwide": true, "worldwide": true}

// determiners before "free" make it an adjective of the words after it.
var determiners = map[string]bool{"a": true, "an": true, "our": true, "your": true, "their": true, "the": true, "this": true, "my": true}

// freeToVerbs: "free to attend", "free to join" offer the doing itself.
var freeToVerbs = map[string]bool{"attend": true, "enter": true, "join": true, "visit": true, "use": true, "participate": true, "play": true, "watch": true}

// freebieBack: the object comes before the marker ("livraison offerte",
// "camping is included", "L'entrée … est gratuite").
func (x *extractor) freebieBack(i int, typ Type) {
	s := x.toks[i].Sent
	var words []string
	nearest := i
	inQuote := false
	sawCopula := false
	// "38 € la journée, et gratuit pour …": nothing names what is free
	// between the marker and the clause before, so the sentence's subject is
	// what is offered
	if p := x.low(i - 1); p == "et" || p == "and" || p == "," {
		if p2 := x.low(i - 2); p == "," || p2 == "," {
			var words []string
			start := -1
			// "(6 € par adulte, gratuit pour …)": inside brackets the
			// clause opens at the bracket
			for k := i - 1; k >= 0 && x.toks[k].Sent == s && x.toks[k].Text != "("; k-- {
				start = k
			}
			priced, audience := false, false
			for k := start; k >= 0 && k < i && len(words) < 3; k++ {
				t := &x.toks[k]
				if _, cur := symbolCurrency(t.Text); cur || t.lex&lxCurrency != 0 {
					priced = true
				}
				// "6 € par adulte, gratuit pour les moins de 12 ans": who
				// pays the price is not what is free
				if priced && (t.Low == "par" || t.Low == "pour" || t.Low == "per" || t.Low == "for") {
					audience = true
					continue
				}
				if audience && (t.lex&lxStop != 0 || t.Kind == TWord && (t.Low == "les" || t.Low == "the")) {
					continue
				}
				if audience && t.Kind == TWord {
					audience = false
					continue
				}
				if t.Kind == TWord && !t.Apos && t.lex&lxStop == 0 && len(t.Low) > 1 {
					words = append(words, t.Low)
				}
			}
			// "dégustation de six vins (15 €, offerte dès …)": the
			// bracket's own clause names only a price, so what is offered
			// is what the bracket follows
			if b := start - 1; len(words) == 0 && priced && b > 0 && x.toks[b].Text == "(" {
				a := b
				for a > 0 && x.toks[a-1].Sent == s && !(x.toks[a-1].Kind == TPunct && x.toks[a-1].Text != "'" && x.toks[a-1].Text != "’" && x.toks[a-1].Text != "-") {
					a--
				}
				for k := a; k < b && len(words) < 3; k++ {
					if t := &x.toks[k]; t.Kind == TWord && !t.Apos && t.lex&lxStop == 0 && len(t.Low) > 1 {
						words = append(words, t.Low)
					}
				}
			}
			if len(words) > 0 || priced {
				x.add(Claim{Type: typ, Tok0: i, Tok1: i + 1, Words: words}, false)
				return
			}
		}
	}
	for k := i - 1; k >= 0 && x.toks[k].Sent == s && len(words) < 6; k-- {
		t := &x.toks[k]
		if t.Kind == TPunct {
			switch t.Text {
			case "»", "”":
				inQuote = true
				continue
			case "«", "“":
				inQuote = false
				continue
			case "'", "-", "’":
				continue
			}
			if len(words) > 0 {
				break
			}
			continue
		}
		if inQuote {
			continue
		}
		if t.lex&lxCopula != 0 && len(words) == 0 {
			sawCopula = true
			continue
		}
		// "… moins de 16 ans et un sachet de graines offert": the object
		// ends at a conjunction; a subject before "est gratuite" may be
		// coordinated ("l'entrée au musée et à l'exposition est gratuite")
		if len(words) > 0 && !sawCopula && (t.Low == "et" || t.Low == "and" || t.Low == "ou" || t.Low == "or" || t.Low == "avec" || t.Low == "with" || t.Low == "plus") {
			break
		}
		if t.Kind == TNum {
			words = append(words, numWord(t.Num))
			if len(words) <= 2 {
				nearest = k
			}
			continue
		}
		if t.Kind == TWord && !t.Apos && t.lex&lxStop == 0 && len(t.Low) > 1 {
			words = append(words, t.Low)
			if len(words) <= 2 {
				nearest = k
			}
		}
	}
	if len(words) == 0 {
		return
	}
	// "Sundays included", "week-end compris": days, not a gift
	allDays := true
	for _, w := range words {
		if weekdayWords[w] == 0 && w != "dimanche" && w != "sunday" && w != "sundays" && w != "dimanches" && w != "week-end" && w != "weekend" && w != "weekends" && w != "feries" && w != "holidays" {
			allDays = false
		}
	}
	if allDays {
		return
	}
	// "venez tester gratuitement un cours de 45 min": after the adverb,
	// a determiner opens the verb's object, which is what is free
	end := i + 1
	if x.low(i) == "gratuitement" && freeObjectDets[x.low(i+1)] {
		for k := i + 2; k < len(x.toks) && k < i+4 && x.toks[k].Sent == s; k++ {
			t := &x.toks[k]
			if t.Kind != TWord || t.Apos || t.lex&lxStop != 0 || len(t.Low) < 2 {
				break
			}
			words = append([]string{t.Low}, words...)
			end = k + 1
		}
	}
	// the span runs from the nearest object words to the marker
	start := nearest
	if start > 0 && (x.low(start-1) == "une" || x.low(start-1) == "un" || x.low(start-1) == "la" || x.low(start-1) == "le" || x.low(start-1) == "a" || x.low(start-1) == "an" || x.low(start-1) == "l'") && x.toks[start-1].Sent == s {
		start--
	}
	x.add(Claim{Type: typ, Tok0: start, Tok1: end, Words: words}, false)
}

// freeObjectDets open the object of a verb said "gratuitement".
var freeObjectDets = map[string]bool{"un": true, "une": true, "le": true, "la": true, "les": true, "des": true, "nos": true, "notre": true, "votre": true, "vos": true, "ton": true, "ta": true, "tes": true}

// chargeWords name a charge an offer may be said to come without.
var chargeWords = map[string]bool{"franchise": true, "excess": true, "deductible": true, "caution": true, "deposit": true}

// freebieForward: the object follows ("free shuttle", "receives a photo of
// the borehole", "get a meet & greet").
// guaranteeForward: the object follows a verb of guarantee ("guarantees a
// kiwi sighting", "garantit une place assise"), up to three content words.
func (x *extractor) guaranteeForward(i int) {
	switch x.low(i - 1) {
	case "ne", "n'", "not", "never", "jamais":
		return
	}
	s := x.toks[i].Sent
	var words []string
	end := i + 1
	for k := i + 1; k < len(x.toks) && x.toks[k].Sent == s && len(words) < 3; k++ {
		t := &x.toks[k]
		// the object's noun phrase ends at the first small word after it
		if t.Kind == TPunct || t.Kind == TNum || t.Low == "pas" || t.lex&lxStop != 0 && len(words) > 0 {
			break
		}
		if t.Kind == TWord && !t.Apos && t.lex&lxStop == 0 && len(t.Low) > 1 {
			words = append(words, t.Low)
			end = k + 1
		}
	}
	if len(words) > 0 {
		x.add(Claim{Type: Guarantee, Tok0: i, Tok1: end, Words: words}, false)
	}
}

func (x *extractor) freebieForward(i int) {
	s := x.toks[i].Sent
	var words []string
	end := i + 1
	// "a free 23-litre outdoor caddy": a measure glued to its unit by a
	// dash qualifies the object and does not count among its three words
	measure := 0
	for k := i + 1; k < len(x.toks) && x.toks[k].Sent == s && len(words)-measure < 3; k++ {
		t := &x.toks[k]
		if t.Kind == TPunct && t.Text != "&" && t.Text != "-" {
			break
		}
		if (t.Kind == TWord && !t.Apos && t.lex&lxStop == 0 && len(t.Low) > 1) || t.Kind == TNum {
			words = append(words, t.Low)
			end = k + 1
			if t.Kind == TNum && k+2 < len(x.toks) && x.toks[k+1].Text == "-" && x.glued(k+1) && x.glued(k+2) && x.kind(k+2) == TWord {
				measure += 2
			}
		}
	}
	if len(words) == 0 {
		return
	}
	start := i
	if x.low(i) == "avec" {
		start = i - 1
	}
	x.add(Claim{Type: Freebie, Tok0: start, Tok1: end, Words: words}, false)
}

var nameStop = map[string]bool{
	"pov": true, "dm": true, "faq": true, "ok": true, "ps": true, "rt": true, "tbt": true, "lol": true, "omg": true,
	"wow": true, "new": true, "live": true, "info": true, "infos": true, "breaking": true, "yes": true, "go": true,
	"top": true, "bravo": true, "merci": true, "hello": true, "bonjour": true, "salut": true, "hey": true, "hi": true,
	"ht": true, "ttc": true, "tva": true, "vat": true, "am": true, "pm": true, "j": true, "h": true, "n": true,
	"instagram": true, "facebook": true, "tiktok": true, "linkedin": true, "youtube": true, "threads": true,
	"bluesky": true, "mastodon": true, "x": true, "twitter": true, "whatsapp": true, "snapchat": true,
	"noel": true, "paques": true, "halloween": true, "christmas": true, "easter": true, "nouvel": true,
	"st": true, "ste": true, "mr": true, "mrs": true, "ms": true, "dr": true, "dre": true, "mme": true, "mlle": true, "m": true,
	"i": true, "a": true, "le": true, "la": true, "les": true, "the": true, "l'": true,
	"etat": true, "state": true, "internet": true, "web": true,
	"ko": true, "ft": true, // kick-off, full time
	// everyday abbreviations: PMR (reduced mobility), RIB, SMS, PDF, RGPD
	"pmr": true, "rib": true, "sms": true, "pdf": true, "rgpd": true, "gdpr": true, "cb": true, "wc": true, "qr": true, "cv": true,
	// RDV (rendez-vous), ZA / ZI / ZAC (zone d'activités, industrielle), RSVP, ASAP, FYI, TBC, BYOB
	"rdv": true, "za": true, "zi": true, "zac": true, "svp": true, "rsvp": true, "asap": true, "fyi": true,
	"tbc": true, "tba": true, "byob": true, "diy": true, "appt": true,
	// BBQ (barbecue), PB (a runner's personal best)
	"bbq": true, "pb": true,
}

var roleWords = map[string]bool{
	"ceo": true, "pdg": true, "dg": true, "cto": true, "cfo": true, "coo": true, "directeur": true, "directrice": true,
	"president": true, "presidente": true, "fondateur": true, "fondatrice": true, "founder": true, "director": true,
	"chef": true, "cheffe": true, "dr": true, "dre": true, "prof": true, "professeur": true, "maire": true, "mayor": true,
	"commissaire": true, "curator": true, "manager": true, "coach": true, "capitaine": true, "captain": true,
}

var nameConnectors = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "la": true, "le": true, "of": true, "&": true, "von": true, "van": true, "y": true}

func (x *extractor) capWord(i int) bool {
	if i < 0 || i >= len(x.toks) || x.used[i] {
		return false
	}
	t := &x.toks[i]
	if t.Kind != TWord || !t.Cap {
		return false
	}
	if t.lex&(lxMonth|lxWeekday|lxStop) != 0 {
		return false
	}
	return t.lex&lxNameStop == 0
}

// shoutedBefore: the word before token i is a capitalised word of more than
// one letter in the same sentence, left out of the name (NEW, TOP, LIVE).
func (x *extractor) shoutedBefore(i int) bool {
	if i < 1 {
		return false
	}
	t := &x.toks[i-1]
	return t.Kind == TWord && t.Upper && len(t.Low) >= 2 && t.Sent == x.toks[i].Sent
}

// shoutedRun counts the words of the run of all-capital words, small ones
// included, that holds tokens i to k-1, within one sentence.
func (x *extractor) shoutedRun(i, k int) int {
	n := k - i
	for j := i - 1; j >= 0 && x.shoutWord(j, i); j-- {
		n++
	}
	for j := k; j < len(x.toks) && x.shoutWord(j, i); j++ {
		n++
	}
	return n
}

func (x *extractor) shoutWord(j, i int) bool {
	t := &x.toks[j]
	return t.Kind == TWord && t.Upper && t.Sent == x.toks[i].Sent
}

// predicateCopulas: the verbs after which a word in capitals closing the
// sentence is what the subject is, not who ("is BACK!", "c'est PARTI !");
// "re" and "s" count after an apostrophe (we're, it's).
var predicateCopulas = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "re": true, "s": true,
	"est": true, "sont": true, "sera": true, "seront": true, "etait": true,
}

// shoutedPredicate: the word in capitals from i to k ends its sentence
// right after a copula, small words in capitals ("est DE RETOUR") or an
// adverb in -ly or -ment ("is finally BACK") between: a shouted predicate.
func (x *extractor) shoutedPredicate(i, k int) bool {
	if k < len(x.toks) && !x.toks[k].Boundary && x.toks[k].Sent == x.toks[i].Sent {
		return false
	}
	// initials without a vowel (WWF, RSPB) are a name, not a word shouted
	if !strings.ContainsAny(x.toks[i].Low, "aeiouy") {
		return false
	}
	j := i - 1
	for j >= 0 && x.toks[j].Kind == TWord && x.toks[j].Upper && x.toks[j].Sent == x.toks[i].Sent {
		j--
	}
	if j >= 0 && x.toks[j].Kind == TWord && !x.toks[j].Cap && (strings.HasSuffix(x.toks[j].Low, "ly") || strings.HasSuffix(x.toks[j].Low, "ment")) {
		j--
	}
	if j < 0 || x.toks[j].Kind != TWord || x.toks[j].Cap || !predicateCopulas[x.toks[j].Low] {
		return false
	}
	if l := x.toks[j].Low; l == "re" || l == "s" {
		return j > 0 && isAposText(x.toks[j-1].Text)
	}
	return true
}

// contractionEnds: what English glues after an apostrophe to a pronoun or a
// verb (we're, it's, we'll, they've, I'd, I'm, can't).
var contractionEnds = map[string]bool{"re": true, "s": true, "ll": true, "ve": true, "d": true, "m": true, "t": true}

// contractionEnd: token i, in capitals, ends a contraction glued to a word
// in capitals before it: the RE of "WE'RE", the S of "IT'S".
func (x *extractor) contractionEnd(i int) bool {
	t := &x.toks[i]
	if !t.Upper || !contractionEnds[t.Low] || i < 2 || !x.glued(i) || !x.glued(i-1) || !isAposText(x.toks[i-1].Text) {
		return false
	}
	b := &x.toks[i-2]
	return b.Kind == TWord && b.Upper
}

// name finds proper names: runs of capitalised words, joined by de, d', of,
// &, as in "Musée d'Orsay", "Coq & Braise", "Anne-Laure Perrin".
func (x *extractor) name(i int) int {
	if !x.capWord(i) {
		return i
	}
	k := i + 1
	for k < len(x.toks) {
		if x.capWord(k) && x.toks[k].Sent == x.toks[i].Sent {
			k++
			continue
		}
		if x.lexAt(k)&lxNameConn != 0 && !x.toks[k].Cap && x.capWord(k+1) && x.toks[k+1].Sent == x.toks[i].Sent {
			k += 2
			continue
		}
		// possessive inside a name: Arthur's Quay, Children's Hospital
		if k+2 < len(x.toks) && x.toks[k].Kind == TPunct && isAposText(x.toks[k].Text) && x.glued(k) && x.low(k+1) == "s" && x.glued(k+1) && x.capWord(k+2) {
			k += 3
			continue
		}
		// and a plural one: Readers' Choice Awards, Farmers' Market
		if k+1 < len(x.toks) && x.toks[k].Kind == TPunct && isAposText(x.toks[k].Text) && x.glued(k) && strings.HasSuffix(x.low(k-1), "s") && !x.glued(k+1) && x.capWord(k+1) && x.toks[k+1].Sent == x.toks[i].Sent {
			k += 2
			continue
		}
		break
	}
	// the letters of a model code glued to its figure (R5, GT3) are no name
	if t := &x.toks[k-1]; t.Kind == TWord && len(t.Low) <= 3 && x.isNum(k) && x.glued(k) {
		if k-1 == i {
			return k
		}
		k--
	}
	count := 0
	allUpper := true
	for j := i; j < k; j++ {
		if x.toks[j].Kind == TWord && x.toks[j].lex&lxNameConn == 0 {
			count++
			if !x.toks[j].Upper {
				allUpper = false
			}
		}
	}
	if count > 0 && x.contractionEnd(i) {
		// "WE'RE COMING", "IT'S BACK": the end of a contraction in capitals
		// starts a shouted line, not a name; before a name in capitals
		// ("IT'S Anna Rossi") it is only dropped
		if allUpper || i+1 >= k {
			return k
		}
		i++
		count--
	}
	first := &x.toks[i]
	switch {
	case count == 0:
		return k
	case allUpper && (count >= 3 || x.shoutedRun(i, k) >= 3):
		// shouting, not a name, even when a small word (IS, DE) cuts the
		// run: "DERBY DAY IS COMING"
		return k
	case allUpper && count == 2 && x.shoutedBefore(i):
		return k // "NEW ROUTE ALERT": the headline goes on from a word no name takes
	case count == 1 && first.SentStart:
		return k // a capital at the start of a sentence proves nothing
	case count == 1 && first.Upper && len(first.Low) > 6:
		return k
	case count == 1 && k == i+1 && len(first.Low) == 1:
		return k // a lone letter ("culture G", "plan B", "vitamin C") names nothing
	case count == 1 && first.Upper && x.shoutedPredicate(i, k):
		return k
	}
	// a title before the name is not part of it: CEO Aoife Brennan
	for x.toks[i].lex&lxRole != 0 && count > 1 && i+1 < k {
		i++
		count--
	}
	c := Claim{Type: Name, Tok0: i, Tok1: k, Prep: x.low(i - 1), Words: make([]string, 0, k-i)}
	for j := i; j < k; j++ {
		switch {
		case x.toks[j].Kind == TWord || x.toks[j].Text == "&":
			c.Words = append(c.Words, x.toks[j].Low)
		case isAposText(x.toks[j].Text) && len(c.Words) > 0:
			// the folded fact text writes the possessive as "arthur' s"
			c.Words[len(c.Words)-1] += "'"
		}
	}
	x.add(c, true)
	return k
}

// bookingWords name a reservation a post may say is not needed.
// bookingInf: what "pas besoin de", "inutile de" deny (to book, a booking).
// requiredBooking: the nouns of a booking that a word after them makes a
// condition ("inscription obligatoire", "booking required").
var requiredBooking = map[string]bool{"inscription": true, "reservation": true, "booking": true, "registration": true,
	"inscriptions": true, "reservations": true, "bookings": true, "registrations": true}

var bookingInf = map[string]bool{"reserver": true, "reservation": true, "rendez-vous": true, "inscrire": true}

// bookingInfAt: the end of a booking infinitive at token k, a reflexive
// pronoun allowed before it ("réserver", "s'inscrire", "vous inscrire"),
// or 0.
func (x *extractor) bookingInfAt(k int) int {
	switch x.low(k) {
	case "s'", "vous", "t'", "te", "nous", "se":
		if x.low(k+1) == "inscrire" || x.low(k+1) == "reserver" {
			return k + 2
		}
		return 0
	}
	if bookingInf[x.low(k)] && x.low(k) != "inscrire" {
		return k + 1
	}
	return 0
}

var bookingWords = map[string]bool{"booking": true, "bookings": true, "appointment": true, "appointments": true, "reservation": true, "reservations": true, "inscription": true}

// feeName: token k names a kind of fee ("establishment", "dossier"): a
// lower-case word, not a stop word.
func (x *extractor) feeName(k int) bool {
	if k >= len(x.toks) {
		return false
	}
	t := &x.toks[k]
	// an acronym names a fee too ("zero COD charges", "no ATM fees")
	acronym := t.Upper && len(t.Low) >= 2 && len(t.Low) <= 5
	return t.Kind == TWord && (!t.Cap && len(t.Low) > 3 || acronym) && !t.Stop() && !bookingWords[t.Low]
}

// feeWords name a charge.
var feeWords = map[string]bool{"fee": true, "fees": true, "charge": true, "charges": true}

// holidays: the name of a public holiday or a calendar event ("New Year's
// Day", "Black Friday", "le jour de l'An", "la Fête des Mères") is a moment
// of the calendar everyone shares, and a figure of its folklore ("le Père
// Noël", "Father Christmas") common knowledge: neither is a name or a
// weekday the facts must state. Keyed by the first folded word; apostrophe tokens are skipped.
var holidays = func() map[string][][]string {
	m := map[string][][]string{}
	for _, h := range []string{
		"christmas day", "christmas eve", "boxing day", "new year s day", "new year s eve", "new years day",
		"new years eve", "new year", "valentine s day", "mother s day", "mothers day", "father s day",
		"fathers day", "st patrick s day", "saint patrick s day", "bastille day", "black friday",
		"cyber monday", "good friday", "easter sunday", "easter monday", "labor day", "labour day",
		"independence day", "memorial day", "thanksgiving", "bank holiday", "earth day", "halloween",
		"jour de l an", "nouvel an", "saint-sylvestre", "saint sylvestre", "saint-valentin", "saint valentin",
		"fete des meres", "fete des peres", "fete des grands-meres", "fete de la musique", "toussaint",
		"pentecote", "chandeleur", "epiphanie", "fete nationale", "journee du patrimoine",
		"journees du patrimoine", "nuit des musees",
		// "Joyeuses Fêtes", "les Fêtes de fin d'année", "Happy Holidays":
		// the year-end season
		"joyeuses fetes", "fetes de fin d annee", "happy holidays", "season s greetings", "seasons greetings",
	} {
		w := strings.Fields(h)
		m[w[0]] = append(m[w[0]], w)
	}
	for _, h := range folklore {
		m[h[0]] = append(m[h[0]], h)
	}
	return m
}()

// folklore: the figures of the calendar's folklore.
var folklore = [][]string{{"pere", "noel"}, {"papa", "noel"}, {"father", "christmas"}, {"santa", "claus"}, {"easter", "bunny"}}

// guestCues before a folklore figure make it a guest the post announces
// ("une visite du Père Noël", "photos with Santa Claus"): an event the
// facts must state, checked as a name.
var guestCues = map[string]bool{
	"from": true, "with": true, "meet": true, "visit": true, "visits": true, "photo": true, "photos": true,
	"avec": true, "visite": true, "rencontre": true, "rencontrer": true, "rencontrez": true,
}

// guestAt: the folklore figure at token i follows a guest cue, articles
// between skipped.
func (x *extractor) guestAt(i int) bool {
	k := i - 1
	for k >= 0 && (nameConnectors[x.toks[k].Low] || x.toks[k].Low == "the") {
		k--
	}
	return k >= 0 && guestCues[x.toks[k].Low]
}

// holiday returns the token after a holiday name starting at i, marking its
// tokens used, or i.
func (x *extractor) holiday(i int) int {
	// Quebec's "le temps des Fêtes", "joyeuses Fêtes": the year-end season
	if x.toks[i].Low == "fetes" && (x.low(i-1) == "des" && x.low(i-2) == "temps" || x.low(i-1) == "joyeuses") {
		x.used[i] = true
		return i + 1
	}
	if x.toks[i].lex&lxHoliday == 0 {
		return i
	}
	for _, h := range holidays[x.toks[i].Low] {
		k, ok := i, true
		for _, w := range h {
			for k < len(x.toks) && x.toks[k].Kind == TPunct && isAposText(x.toks[k].Text) {
				k++
			}
			if k >= len(x.toks) || x.toks[k].Low != w && x.toks[k].Low != w+"'" {
				ok = false
				break
			}
			k++
		}
		if ok && len(h) == 2 && x.guestAt(i) && isFolklore(h) {
			return i
		}
		if ok {
			for j := i; j < k; j++ {
				x.used[j] = true
			}
			return k
		}
	}
	return i
}

func isFolklore(h []string) bool {
	for _, f := range folklore {
		if f[0] == h[0] && f[1] == h[1] {
			return true
		}
	}
	return false
}

// allDaysAfter: what follows an every-evening phrase at token i leaves all
// days in: nothing, or a month ("tous les soirs de juillet"), not a part of
// something ("chaque soir du festival", "every night of the run").
func (x *extractor) allDaysAfter(i int) bool {
	switch x.low(i) {
	case "de", "d'", "of", "in", "en":
		// "de juillet", "in July", a clock time "de 19 h 30 à 22 h"
		_, month := monthWords[x.low(i+1)]
		return month || x.low(i) == "in" || x.low(i) == "en" || x.kind(i+1) == TNum
	case "du", "des":
		return false
	}
	return true
}
