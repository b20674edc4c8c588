package moderate

import "strings"

// The general fallback (issue #6): every new template set missed a third
// of its hateful sentences because the rules knew the exact predicates
// they were written for. This reads the shape instead — a protected group
// is the topic of a clause (subject of a copula, object of a stance verb,
// the whole comment "X? …, all of them") and the clause evaluates it
// negatively (a broad evaluation vocabulary, a stance verb asked or
// negated, harm with an instrument, "nothing good … from X"). The words
// are Go maps, not lexicon entries, so the model's features do not move.

// negEval: a negative evaluation of people (EN and FR stems; see evalWord
// for the inflections read).
var negEval = map[string]bool{}

// fbFill: what may stand between a copula and its evaluation, or between
// a stance verb and its group, or in "nothing good … from X".
var fbFill = map[string]bool{}

// fbStance: verbs of putting up with a group.
var fbStance = map[string]bool{}

// fbLetAfter: what follows "let X" when it lets them be here.
var fbLetAfter = map[string]bool{}

// fbInstr: an instrument of harm; fbHarmCue: what makes its use wished.
var fbInstr, fbHarmCue, fbDefend = map[string]bool{}, map[string]bool{}, map[string]bool{}

// fbCopula: "is"/"est" too, for "every one of X is a thief".
var fbCopula = map[string]bool{"are": true, "re": true, "is": true, "were": true, "sont": true, "est": true, "etaient": true, "seront": true}

func init() {
	set := func(m map[string]bool, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
	set(negEval, `waste drain burden problem calamity disaster plague curse menace blight stain failure mistake joke embarrassment
		nuisance liability leech thief thieves liar criminal crook worthless useless inferior pointless hopeless loser scum trash
		garbage cancer pest parasite freeloader fraud cheat cheater subhuman filth rot poison scrounger bum dirt leeche parasitic
		goodfornothing goodfornothings deadweight abomination disgrace shame
		perte gaspillage gachis fardeau boulet probleme calamite catastrophe desastre fleau plaie malediction menace poison honte tache
		erreur echec blague nuisance voleur voleuse menteur menteuse escroc criminel criminelle inutile nul nulle inferieur inferieure
		minable rate ratee parasite profiteur profiteuse assiste assistee racaille ordure dechet charge vaurien vaurienne incapable
		bonarien bonsarien bonnesarien`)
	set(fbFill, `a an the such so really just only all complete total absolute utter real huge massive big bunch of nothing but
		always truly pure mere simply basically literally fucking bloody
		un une le la les l des de d du tous toutes vraiment tellement si trop juste que qu toujours bande tas grosse gros
		veritable veritables vrai vraie vrais vraies pure pur complete complet totale total absolu absolue enorme`)
	set(fbStance, `tolerate tolerating put putting accept accepting allow allowing let letting
		tolere tolerer tolerons tolerez tolerent supporte supporter supportons supportez supportent accepte accepter acceptons
		acceptez acceptent laisse laisser laissons laissez laissent autorise autoriser autorisons`)
	set(fbLetAfter, `live stay in into among settle come here remain near around approach vivre rester entrer venir ici parmi installer approcher pres autour`)
	set(fbInstr, `bat bats crowbar knife knives gun guns machete hammer pipe brick bricks rope axe club stick belt whip chain chains
		torch torches pitchfork pitchforks shotgun rifle bullet bullets baton tire
		batte battes barre couteau couteaux fusil fusils machette marteau hache corde baton batons matraque pierres briques
		cailloux fouet chaine chaines torche torches fourche fourches balle balles flingue gourdin pioche`)
	set(fbHarmCue, `should needs need must ought lets gonna going will ll lesson teach someone somebody
		devrait devraient faudrait faut doit doivent va vais allons lecon quelqu`)
	set(fbDefend, `defend protect defence defense self themselves defendre proteger defense elles memes eux`)
}

// evalWord reports a negative evaluation, reading plurals and French
// inflections back to the stem.
func evalWord(w string) bool {
	if negEval[w] || basicClass(w)&(bwAttr|bwDehum) != 0 {
		return true
	}
	for _, suf := range [][2]string{{"s", ""}, {"es", ""}, {"x", ""}, {"euses", "eur"}, {"euse", "eur"}, {"ives", "if"}, {"ies", "y"}, {"ves", "f"}} {
		if s, ok := strings.CutSuffix(w, suf[0]); ok && negEval[s+suf[1]] {
			return true
		}
	}
	return false
}

// goodForNothing reads "good for nothing" / "bons à rien" at j as one
// evaluation and returns where it ends.
func goodForNothing(toks []Token, j, b int) int {
	if j+2 < b {
		w, x, y := toks[j].Text, toks[j+1].Text, toks[j+2].Text
		if (w == "good" && x == "for" && y == "nothing") || (strings.HasPrefix(w, "bon") && x == "a" && y == "rien") {
			return j + 3
		}
	}
	return -1
}

// fallbackFrames finds a group as the topic of a negative evaluation in
// clause cl.
func (fc *frameCtx) fallbackFrames(cl clause, out []frame) []frame {
	toks := fc.toks
	if fc.all&catBrand2 != 0 && fc.all&catComplaint != 0 {
		return out // the brand's staff and service, not a group
	}
	add := func(ownNeg bool, kind string, pos, end int, g string) []frame {
		return append(out, frame{ownNeg: ownNeg, kind: kind, pos: pos, word: spanText(toks, pos, min(end, cl.b)), g: g})
	}
	usable := func(g hit) bool {
		return g.cats&catGroup != 0 && fc.generic(g) && !namesThing(toks, g) && !(g.start > 0 && possessive[toks[g.start-1].Text])
	}
	neg := false
	for j := cl.a; j < cl.b; j++ {
		if basicNeg[toks[j].Text] {
			neg = true
		}
	}
	// "X? Worthless, the lot of them.": the previous sentence is only a
	// group, this one opens on an evaluation
	if cl.a > 0 && fc.all&catGroup != 0 && !cl.question {
		p := cl.a - 1
		for p >= 0 && (toks[p].Kind == KindQuestion || toks[p].Kind == KindEnd || toks[p].Kind == KindComma) {
			p--
		}
		for _, g := range fc.prev {
			if usable(g) && peopleAfter(toks, g) {
				g.end++
			}
			if !usable(g) || g.end != p+1 {
				continue
			}
			s := g.start - 1
			for s >= 0 && toks[s].Kind == KindWord && genericDet[toks[s].Text] {
				s--
			}
			if s >= 0 && toks[s].Kind != KindEnd && toks[s].Kind != KindQuestion {
				continue
			}
			for j := cl.a; j < min(cl.b, cl.a+4); j++ {
				if e := goodForNothing(toks, j, cl.b); e > 0 || evalWord(toks[j].Text) {
					out = add(false, "a group's whole comment evaluated as", j, max(e, j+1), spanText(toks, g.start, g.end))
					break
				}
				if !fbFill[toks[j].Text] {
					break
				}
			}
		}
	}
	for _, g := range cl.hits {
		if !usable(g) {
			continue
		}
		if peopleAfter(toks, g) {
			g.end++ // "gay men"
		}
		name := spanText(toks, g.start, g.end)
		// a copula after the group, then only fill words before the
		// evaluation: "X are a waste of air", "X sont une perte de temps";
		// or an exclamation after a comma: "les X, quel gâchis"
		for j := g.end; j < min(cl.b, g.end+3) && !aboutBefore(toks, cl, g); j++ {
			if !fbCopula[toks[j].Text] && !(j == g.end && toks[j].Kind == KindComma && j+1 < cl.b && exclaimWord[toks[j+1].Text]) {
				continue
			}
			for k := j + 1; k < min(cl.b, j+7); k++ {
				w := toks[k].Text
				if e := goodForNothing(toks, k, cl.b); e > 0 || (evalWord(w) && !(k+1 < cl.b && (toks[k+1].Text == "of" || toks[k+1].Text == "by") && victimOf(w))) {
					if negatedAfter(toks, cl, hit{start: k, end: k + 1}) {
						break // "a burden to no one"
					}
					// "ne sont que des problèmes", "nothing but trouble":
					// the restriction is the attack, not a negation
					out = add(restrictive(toks, j, k), "negative evaluation of", k, max(e, k+1), name)
					break
				}
				if !fbFill[w] && !basicNeg[w] && !exclaimWord[w] {
					break
				}
			}
			break
		}
		// a stance verb over the group, asked why/how or disbelieved:
		// "why do we still put up with X?", "pourquoi tolère-t-on les X ?"
		for v := max(cl.a, g.start-6); v < g.start; v++ {
			if !fbStance[toks[v].Text] {
				continue
			}
			between := true
			for k := v + 1; k < g.start; k++ {
				if w := toks[k].Text; !stanceFill[w] {
					between = false
				}
			}
			if !between {
				continue
			}
			letWord := strings.HasPrefix(toks[v].Text, "let") || strings.HasPrefix(toks[v].Text, "laiss") || strings.HasPrefix(toks[v].Text, "allow")
			if letWord && !(g.end < cl.b && fbLetAfter[toks[g.end].Text]) && !(cl.question && g.end == cl.b) {
				if !(g.end < cl.b && (toks[g.end].Text == "in" || toks[g.end].Text == "chez")) {
					continue
				}
			}
			asked := cl.question && !neg && fc.howWhy(cl)
			disbelief := fc.disbelief(cl, v)
			if asked || disbelief {
				out = add(true, "a group's presence put up with", v, g.end, name)
			}
		}
		// harm with an instrument, wished: "teach X a lesson with a bat"
		for k := cl.a; k < cl.b; k++ {
			if !fbInstr[toks[k].Text] {
				continue
			}
			with, take := false, false
			for j := max(cl.a, k-3); j < k; j++ {
				if w := toks[j].Text; w == "with" || w == "avec" || w == "coups" || w == "take" || w == "took" {
					with = true
					take = take || w == "take" || w == "took"
				}
			}
			// "take a bat to X" says its own use
			cue, defend := take && k+1 < cl.b && toks[k+1].Text == "to", false
			for j := cl.a; j < cl.b; j++ {
				if fbHarmCue[toks[j].Text] {
					cue = true
				}
				if fbDefend[toks[j].Text] {
					defend = true
				}
			}
			if with && cue && !defend {
				out = add(false, "harm with an instrument wished on", k, k+1, name)
				break
			}
		}
		// "nothing good ever comes from X", "rien de bon ne sort des X",
		// "X have never brought anything good"
		for k := cl.a; k+1 < cl.b; k++ {
			w, x := toks[k].Text, toks[k+1].Text
			good := (w == "nothing" && (x == "good" || x == "positive")) || (w == "anything" && (x == "good" || x == "positive"))
			if w == "rien" {
				// "rien de bon", "rien apporté de bon"
				for j := k + 1; j+1 < min(cl.b, k+5); j++ {
					if toks[j].Text == "de" && (toks[j+1].Text == "bon" || toks[j+1].Text == "positif") {
						good = true
					}
				}
			}
			if !good {
				continue
			}
			a, b := g.end, k
			if g.start > k {
				a, b = k+2, g.start
				if w == "rien" {
					a = k + 3
				}
			}
			clean := true
			for j := a; j < b; j++ {
				if !nothingFill[toks[j].Text] {
					clean = false
				}
			}
			if clean {
				out = add(true, "nothing good said to come from", k, k+3, name)
				break
			}
		}
		out = fc.fallback3Frames(cl, g, name, out)
	}
	return out
}

// aboutBefore: the group is what another noun is about ("comments about
// X are a disgrace"), not the subject of the copula after it.
func aboutBefore(toks []Token, cl clause, g hit) bool {
	for j := g.start - 1; j >= max(cl.a, g.start-3); j-- {
		switch toks[j].Text {
		case "about", "against", "towards", "toward", "on", "regarding", "sur", "contre", "envers", "concernant", "visant":
			return true
		}
	}
	return false
}

// exclaimWord opens an exclamation about what precedes the comma.
var exclaimWord = map[string]bool{"what": true, "such": true, "quel": true, "quelle": true, "quels": true, "quelles": true}

// victimOf: nouns that make the group a victim when followed by "of"/"by".
func victimOf(w string) bool {
	return w == "victims" || w == "victim" || w == "victimes" || w == "victime"
}

var stanceFill = map[string]bool{"t": true, "on": true, "encore": true, "still": true, "even": true, "we": true, "nous": true, "up": true,
	"with": true, "these": true, "those": true, "ces": true, "les": true, "des": true, "all": true, "tous": true, "toutes": true,
	"ever": true, "any": true, "more": true, "plus": true, "the": true, "de": true, "d": true}

var nothingFill = map[string]bool{"has": true, "have": true, "had": true, "ever": true, "come": true, "comes": true, "came": true, "out": true,
	"of": true, "from": true, "brought": true, "bring": true, "done": true, "given": true, "contributed": true, "produced": true,
	"never": true, "anything": true, "the": true, "these": true, "those": true, "all": true, "will": true, "can": true,
	"sort": true, "sortir": true, "sorti": true, "vient": true, "venu": true, "venir": true, "viendra": true, "jamais": true, "des": true,
	"de": true, "les": true, "ces": true, "ne": true, "n": true, "est": true, "a": true, "ont": true, "ete": true, "apporte": true,
	"apporter": true, "fait": true, "attendre": true, "esperer": true, "expect": true, "to": true, "il": true, "rien": true, "d": true, "du": true, "y": true, "eu": true, "sortira": true}

// howWhy: the question opens with why/how (a stance asked about is
// presumed: "why do we tolerate X?").
func (fc *frameCtx) howWhy(cl clause) bool {
	f := firstWord(fc.toks, cl.a, cl.b)
	if f < 0 {
		return false
	}
	w := fc.toks[f].Text
	return w == "why" || w == "how" || w == "pourquoi" || w == "comment"
}

// disbelief: "I can't believe we let X…", "je n'arrive pas à croire
// qu'on accepte X" before the stance verb at v.
func (fc *frameCtx) disbelief(cl clause, v int) bool {
	toks := fc.toks
	// "dire qu'on laisse encore les X…", "and we still let X…": the
	// indignation is the speaker's, unless negated ("we should still let")
	for j := max(cl.a, v-3); j < min(cl.b, v+3); j++ {
		if w := toks[j].Text; (w == "still" || w == "encore") && j != v && !strings.HasPrefix(toks[v].Text, "accept") && weBefore(toks, cl, v) {
			for k := cl.a; k < v; k++ {
				if modalWord[toks[k].Text] || basicNeg[toks[k].Text] {
					return false
				}
			}
			return true
		}
	}
	if f := firstWord(toks, cl.a, cl.b); f >= 0 && toks[f].Text == "dire" && f+1 < v && (toks[f+1].Text == "qu" || toks[f+1].Text == "que") {
		return true
	}
	for j := cl.a; j < v; j++ {
		if w := fc.toks[j].Text; w == "believe" || w == "croire" {
			for k := max(cl.a, j-4); k < j; k++ {
				if basicNeg[fc.toks[k].Text] || fc.toks[k].Text == "can" && k+1 < j && fc.toks[k+1].Text == "t" {
					return true
				}
			}
		}
	}
	return false
}

// sufferedCue: what makes a group the sufferer of the verb before it
// ("deported unfairly", "expulsés injustement").
var sufferedCue = map[string]bool{"unfairly": true, "unjustly": true, "wrongly": true, "illegally": true, "cruelly": true,
	"injustement": true, "illegalement": true, "abusivement": true, "cruellement": true, "tort": true, "victims": true,
	"victim": true, "victimes": true, "victime": true, "discriminated": true, "discrimines": true, "discriminees": true}

// saidOfOther reports a hostile word p in the clause of group g that is
// not said of the group: an adjective qualifying another noun (English
// before it, French after it) reached through something other than a
// copula ("X hate disgusting men", "X sont choqués par ces propos
// dégueulasses"), or a verb the group suffers unfairly ("X are being
// deported unfairly").
func saidOfOther(toks []Token, tcat []cat, cl clause, g, p hit) bool {
	if p.start < g.end {
		return false
	}
	for j := g.end; j < cl.b; j++ {
		if sufferedCue[toks[j].Text] && j != p.start {
			return true
		}
	}
	// "X don't deserve this hate": the hostile word is what the group
	// is said not to deserve
	for j := g.end; j < p.start; j++ {
		if fb3Deserve[toks[j].Text] {
			for k := g.end; k < j; k++ {
				if basicNeg[toks[k].Text] {
					return true
				}
			}
		}
	}
	// something other than a copula chain stands between the group and
	// the word: the word belongs to what follows
	direct := true
	for j := g.end; j < p.start; j++ {
		if w := toks[j].Text; !chainWord[w] && !adverb(w) && !peopleNoun[w] && !fbFill[w] && w != "most" && w != "least" {
			direct = false
		}
	}
	word := func(j int) bool {
		return j >= cl.a && j < cl.b && toks[j].Kind == KindWord && !chainWord[toks[j].Text] && !basicNeg[toks[j].Text] && tcat[j]&(catInsultA|catInsultN|catDehum) == 0
	}
	if direct && tcat[p.start]&catHateVerb != 0 {
		// the group is the subject of the feeling, and what it feels it
		// for is qualified as bad: "X hate disgusting men", "les X
		// détestent les hommes violents"
		for k := p.end; k < min(cl.b, p.end+4); k++ {
			if (tcat[k]&catInsultA != 0 || basicClass(toks[k].Text)&bwAttr != 0) && (word(k+1) || (k-1 >= p.end && word(k-1))) {
				return true
			}
		}
	}
	if direct || tcat[p.start]&catInsultA == 0 || p.end-p.start != 1 {
		return false // only an adjective qualifies a noun
	}
	// English: "disgusting men"; French: "propos dégueulasses"
	return word(p.end) || word(p.start-1)
}

// linksOrNeg: only links, determiners and negations between a stance
// verb and its group ("n'embaucherai jamais les X"), no other noun
// ("jamais tolérer les attaques contre X").
func linksOrNeg(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		if !onlyLinks(toks, k, k+1) && !basicNeg[toks[k].Text] && !adverb(toks[k].Text) {
			return false
		}
	}
	return true
}

// restrictive reports "ne … que" / "nothing but" between the copula at j
// and the evaluation at k.
func restrictive(toks []Token, j, k int) bool {
	for i := j + 1; i < k; i++ {
		if w := toks[i].Text; w == "que" || w == "qu" || w == "but" {
			return true
		}
	}
	return false
}

// weBefore: "we"/"on"/"they" as the subject of the verb at v (a
// community's tolerance, not the speaker's own "I still accept…").
func weBefore(toks []Token, cl clause, v int) bool {
	for j := max(cl.a, v-3); j < v; j++ {
		switch toks[j].Text {
		case "we", "on", "nous", "they", "ils":
			return true
		}
	}
	return false
}
