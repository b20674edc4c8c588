package moderate

import "slices"

// Predicates said of a whole group that carry no hostile noun or
// adjective (issue #6, moderate3): damnation wished on it ("X can go to
// hell", "peuvent crever", "I'd happily see all X burn"), destruction
// attributed to it ("X ruin everything they touch", "détruisent tout"),
// "typical X" + a negative trait, and a group told it is not welcome,
// French agreement included ("ne sont pas les bienvenues"). Each needs the
// group as the subject of its own clause — "people who attack X can go to
// hell" damns the attackers — and no negation before the predicate.
// Kept in their own file, with their word classes, so that the lists of
// frames_basic.go stay as they are. This init runs after frames_basic.go's
// (files initialise in name order).

func init() {
	// "gay men", "Indian women", "trans girls": a group adjective before
	// a word for men or women names the whole group, like "people"
	for _, w := range []string{"men", "women", "guys", "boys", "girls", "couples", "hommes", "femmes", "garcons", "filles", "mecs"} {
		peopleNoun[w] = true
	}
	// one letter away from a hostile word but not one: "protéger les
	// femmes de la violence" (violent)
	for _, w := range []string{"violence", "violences"} {
		basicWords[w] = 0
	}
	// "X sont les pires…", "ne sont pas les bienvenus": the French
	// definite article between a group and what is said of it
	chainWord["les"] = true
	// superlatives: "les pires gens sur terre", "la pire engeance"
	for _, w := range []string{"pire", "pires"} {
		basicWords[w] |= bwAttr
	}
}

// damnWord: damnation wished on someone, with a modal or a wish ("X can
// rot", "X can go to hell"); "die" and "burn" are left out ("old people
// can die of flu", "can burn calories"): violence said of a group is
// frames_basic.go's.
var damnWord = map[string]bool{"hell": true, "enfer": true, "rot": true, "rotting": true, "pourrir": true, "pourrissent": true,
	"croupir": true, "crever": true, "crevent": true, "damned": true}

// damnModal: what lets a damnation word be wished ("can go to hell",
// "peuvent crever", "j'espère que … vont pourrir").
var damnModal = map[string]bool{"can": true, "could": true, "may": true, "should": true, "must": true, "will": true, "ought": true,
	"deserve": true, "peuvent": true, "pourraient": true, "doivent": true, "devraient": true, "vont": true, "aillent": true,
	"meritent": true, "aller": true, "hope": true, "espere": true, "souhaite": true, "wish": true}

// damnGap: words allowed between a group and its damnation.
var damnGap = map[string]bool{"can": true, "could": true, "may": true, "should": true, "must": true, "will": true, "ought": true,
	"deserve": true, "go": true, "to": true, "in": true, "and": true, "all": true, "just": true, "straight": true, "rot": true, "forever": true,
	"peuvent": true, "pourraient": true, "doivent": true, "devraient": true, "vont": true, "aillent": true, "meritent": true, "aller": true,
	"en": true, "tous": true, "toutes": true, "bien": true, "directement": true, "pourrir": true, "et": true, "a": true, "jamais": false}

// seeWord + a group + violence, after a wish: "I'd happily see all X burn".
var seeWord = map[string]bool{"see": true, "watch": true, "voir": true, "regarder": true}

var seeWish = map[string]bool{"love": true, "like": true, "happily": true, "gladly": true, "enjoy": true, "want": true, "wanna": true,
	"d": true, "would": true, "aimerais": true, "adorerais": true, "veux": true, "voudrais": true, "reve": true, "plaisir": true, "hate": false}

// ruinWord: destruction attributed to a group; it needs a wide object
// (ruinObject) so that "X's lives were ruined" stays a report.
var ruinWord = map[string]bool{"ruin": true, "ruins": true, "destroy": true, "destroys": true, "wreck": true, "wrecks": true, "spoil": true,
	"spoils": true, "poison": true, "poisons": true, "trash": true, "detruisent": true, "detruire": true, "ruinent": true, "ruiner": true,
	"gachent": true, "gacher": true, "saccagent": true, "abiment": true, "salissent": true, "pourrissent": true, "cassent": true}

var makeWord = map[string]bool{"make": true, "makes": true, "made": true, "rendent": true, "rendront": true}

var worseWord = map[string]bool{"worse": true, "pire": true, "pires": true}

var ruinObject = map[string]bool{"everything": true, "every": true, "all": true, "our": true, "this": true, "the": true, "everywhere": true,
	"anything": true, "tout": true, "tous": true, "toutes": true, "nos": true, "notre": true, "ce": true, "cette": true, "chaque": true,
	"le": true, "la": true, "les": true, "partout": true}

// typicalWord before a group; traitWord after it: "Typical X, always lying".
var typicalWord = map[string]bool{"typical": true, "typique": true, "typiques": true, "typically": true}

var traitWord = map[string]bool{"lying": true, "lie": true, "lies": true, "liar": true, "liars": true, "stealing": true, "steal": true,
	"steals": true, "cheating": true, "cheat": true, "cheats": true, "scamming": true, "scrounging": true, "begging": true, "whining": true,
	"complaining": true, "moaning": true, "trouble": true, "mess": true, "mentir": true, "ment": true, "mentent": true, "menteurs": true,
	"menteuses": true, "voler": true, "volent": true, "voleurs": true, "voleuses": true, "tricher": true, "trichent": true, "arnaquer": true,
	"arnaquent": true, "magouiller": true, "profiter": true, "profitent": true, "raler": true, "ralent": true, "pleurnicher": true,
	"problemes": true, "emmerdes": true, "bordel": true, "complain": true, "plaindre": true, "plaignent": true, "pleurnichent": true,
	"geindre": true, "whine": true, "moan": true}

var ratherWord = map[string]bool{"rather": true, "prefer": true, "prefere": true, "prefererais": true, "preferais": true, "prefererait": true}

var contactWord = map[string]bool{"met": true, "meet": true, "meets": true, "see": true, "saw": true, "know": true, "knew": true, "marry": true,
	"married": true, "date": true, "dated": true, "hire": true, "hired": true, "befriend": true, "touch": true, "croisent": true, "croise": true,
	"rencontrent": true, "rencontre": true, "frequentent": true, "frequente": true, "epousent": true, "epouse": true, "embauche": true,
	"embaucher": true, "voient": true, "touchent": true}

var unwelcomeWord = map[string]bool{"unwelcome": true, "indesirable": true, "indesirables": true}

var unwelcomeLink = map[string]bool{"are": true, "re": true, "be": true, "is": true, "sont": true, "seront": true, "etre": true, "so": true, "si": true,
	"totally": true, "completely": true, "totalement": true, "vraiment": true, "tous": true, "toutes": true, "really": true}

var welcomeWord = map[string]bool{"welcome": true, "bienvenu": true, "bienvenus": true, "bienvenue": true, "bienvenues": true}

// otherActor: someone else in the clause before the group, whose act
// the predicate is about ("people who attack X", "ceux qui insultent les X").
var otherActor = map[string]bool{"who": true, "whom": true, "qui": true, "those": true, "ceux": true, "celles": true, "anyone": true,
	"whoever": true, "quiconque": true, "people": true, "gens": true, "on": false}

// predicateFrames finds the predicates above in clause cl.
func (fc *frameCtx) predicateFrames(cl clause, out []frame) []frame {
	toks := fc.toks
	if fc.all&catGroup == 0 || (fc.all&catBrand2 != 0 && fc.all&catComplaint != 0) {
		return out
	}
	neg := func(a, b int) bool {
		for j := max(a, cl.a); j < min(b, cl.b); j++ {
			if basicNeg[toks[j].Text] {
				return true
			}
		}
		return false
	}
	for _, g := range cl.hits {
		if g.cats&catGroup == 0 || !fc.generic(g) || namesThing(toks, g) || (g.start > 0 && possessive[toks[g.start-1].Text]) {
			continue
		}
		b := g.end
		if peopleAfter(toks, g) {
			b++
		}
		name := spanText(toks, g.start, b)
		add := func(kind string, pos, end int) {
			out = append(out, frame{ownNeg: true, kind: kind, pos: pos, word: spanText(toks, pos, end), g: name})
		}
		other := objectOf(toks, cl, g.start)
		wishBefore := false
		for j := cl.a; j < g.start; j++ {
			w := toks[j].Text
			if otherActor[w] {
				other = true
			}
			if damnModal[w] || wishWord[w] {
				wishBefore = true
			}
		}
		// "I'd happily see all X burn", "j'aimerais voir les X brûler"
		s := g.start - 1
		for s >= cl.a && (genericDet[toks[s].Text] || toks[s].Text == "all") {
			s--
		}
		if s > cl.a && seeWord[toks[s].Text] && !neg(cl.a, s) {
			wish := false
			for j := max(cl.a, s-4); j < s; j++ {
				if seeWish[toks[j].Text] || wishWord[toks[j].Text] {
					wish = true
				}
			}
			for j := b; wish && j < min(cl.b, b+3); j++ {
				if c := basicClass(toks[j].Text); c&(bwViol|bwGone) != 0 || damnWord[toks[j].Text] {
					add("violence wished on", s, j+1)
					break
				}
			}
		}
		// "I'd rather my kids never met any X", "je préférerais que mes
		// enfants ne fréquentent jamais de X": contact with the group
		// wished away
		if k := g.start - 1; k > cl.a+1 && (toks[k].Text == "any" || toks[k].Text == "de" || toks[k].Text == "d") &&
			(contactWord[toks[k-1].Text] || (basicNeg[toks[k-1].Text] && contactWord[toks[k-2].Text])) {
			for j := cl.a; j < k-1; j++ {
				if ratherWord[toks[j].Text] && neg(j, k) {
					add("contact with a group wished away:", k-1, b)
					break
				}
			}
		}
		// "to hell with X", "au diable les X"
		if s >= cl.a+2 && toks[s].Text == "with" && toks[s-1].Text == "hell" && toks[s-2].Text == "to" ||
			s >= cl.a+1 && toks[s].Text == "diable" && toks[s-1].Text == "au" {
			add("damnation wished on", max(cl.a, s-2), s+1)
		}
		if other {
			continue
		}
		// typical X + a negative trait
		for j := max(cl.a, g.start-4); j < g.start; j++ {
			if !typicalWord[toks[j].Text] {
				continue
			}
			for k := b; k < cl.b; k++ {
				w := toks[k].Text
				if traitWord[w] || basicClass(w)&(bwAttr|bwDehum) != 0 {
					add("a negative trait called typical of", j, k+1)
					break
				}
			}
			break
		}
		// what follows the group as its subject
		modal := wishBefore
		for j := b; j < min(cl.b, b+8); j++ {
			w := toks[j].Text
			switch {
			case damnWord[w] && (modal || imperative(toks, cl, b)):
				// "Christians believe atheists go to hell" is a belief
				// reported, "X can go to hell" a wish
				if !neg(b, j) {
					add("damnation wished on", b, j+1)
				}
			case ruinWord[w]:
				if j+1 < cl.b && ruinObject[toks[j+1].Text] && !neg(b, j) {
					add("destruction attributed to", j, j+2)
				}
			case makeWord[w]:
				// "X make everything worse", "rendent tout pire"
				if j+2 < cl.b && ruinObject[toks[j+1].Text] && worseWord[toks[j+2].Text] && !neg(b, j) {
					add("destruction attributed to", j, j+3)
				}
			case welcomeWord[w]:
				if neg(b, j) && !onlyBetween(toks, b, j) { // "not only welcome"
					add("a group told it is not welcome:", j, j+1)
				}
			case unwelcomeWord[w]:
				// "X are unwelcome here", "sont indésirables"; "I don't want
				// X to feel unwelcome" protects them
				if j > b && unwelcomeLink[toks[j-1].Text] && !neg(cl.a, j) {
					add("a group told it is not welcome:", j, j+1)
				}
			case damnModal[w]:
				modal = true
				continue
			case damnGap[w] || chainWord[w] || habitGap[w] || toks[j].Kind == KindComma:
				continue
			}
			if !damnGap[w] && !chainWord[w] && !habitGap[w] {
				break
			}
		}
	}
	return out
}

// imperative: "X, go to hell", "les X, allez en enfer".
func imperative(toks []Token, cl clause, b int) bool {
	return b+1 < cl.b && toks[b].Kind == KindComma && (toks[b+1].Text == "go" || toks[b+1].Text == "allez")
}

// onlyBetween: "not only", "pas seulement" restrict, they do not deny.
func onlyBetween(toks []Token, a, b int) bool {
	for j := a; j < b; j++ {
		switch toks[j].Text {
		case "only", "just", "merely", "seulement", "simplement", "que", "qu":
			return true
		}
	}
	return false
}

// frPeopleNoun before a French group adjective ("les hommes noirs", "des
// couples gays") is part of the group: the rules read what stands before
// the group's first word.
var frPeopleNoun = map[string]bool{"hommes": true, "femmes": true, "couples": true, "personnes": true, "gens": true, "filles": true,
	"garcons": true, "mecs": true}

// widenGroups starts such a group hit at its people noun. The model's
// features keep the hits as matched: all is copied before any change when
// it shares the main hits' array.
func widenGroups(toks []Token, all []hit, s *scratch) []hit {
	copied := len(s.extra) > 0 // all is then s.all, the rules' own copy
	widened := false
	for i, h := range all {
		if h.cats&catGroup == 0 || h.start == 0 || !frPeopleNoun[toks[h.start-1].Text] {
			continue
		}
		if !copied {
			all = append(s.all[:0], all...)
			s.all = all
			copied = true
		}
		all[i].start--
		widened = true
	}
	if widened {
		slices.SortStableFunc(all, func(a, b hit) int { return a.start - b.start })
	}
	return all
}
