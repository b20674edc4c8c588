package moderate

import "strings"

// Frames of hate that need no hostile noun (issue #6): violence wished on
// a group, a crime stated as its habit, an order to go back to a place of
// origin, rights or service refused, "no X here" signs and quotas, what a
// group is said to lack or be unable to do, a generalisation after "je
// suis pas raciste mais", a world wished without a group, "they" + an
// insult after a clause naming one group, "a good X is a dead X", coded
// references. Each is a structure — a target and a predicate in a given
// order — over word classes (framewords.go, and the lexicon sections harm,
// habit, goback, place, coded, wink), so that new wordings of the same
// frame are caught without listing sentences; each has the guards that
// keep its look-alikes visible (victims, reports, the brand's staff,
// trips, things named after a people).

// frame is one hostile frame found in a clause.
type frame struct {
	// ownNeg: the frame carries its negation ("ne devraient pas avoir le
	// droit", "pas de Noirs ici", "n'ont aucune hygiène"), so a negation
	// near it does not undo it
	ownNeg bool
	kind   string // what the frame is, for the reason
	pos    int    // where its predicate starts (negation and quotes are read there)
	word   string // the predicate as written
	g      string // the group aimed at, empty for an order to leave
}

// namesThing reports a group word used as the adjective of a thing.
func namesThing(toks []Token, g hit) bool {
	return (g.end < len(toks) && thingNoun[toks[g.end].Text]) || (g.start > 0 && thingNoun[toks[g.start-1].Text])
}

// frameCtx is what findFrames needs from decide.
type frameCtx struct {
	toks    []Token
	tcat    []cat
	hits    []hit // the whole comment's hits, for a group a pronoun stands for
	prev    []hit // the previous clause's hits, for "they" opening this one
	all     cat   // every category of the comment
	generic func(hit) bool
}

// groupTarget reports whether g is a group a frame can aim at: a protected
// group, or a generalisation that is not a plain "those people".
func groupTarget(g hit) bool {
	return g.cats&catGroup != 0 || (g.cats&catProxy != 0 && g.group != "plain")
}

// segmentStart reports whether pos opens its clause or comma segment
// (an order: "repars dans ta brousse", "line them up").
func segmentStart(toks []Token, cl clause, pos int) bool {
	j := pos - 1
	for j >= cl.a && toks[j].Kind == KindMention {
		j--
	}
	return j < cl.a || toks[j].Kind == KindComma
}

// findFrames appends the frames of clause cl to out: those read from one
// word (a harm word, a go-back word), then, outside questions, those of
// the clause and those of each group in it.
func (fc *frameCtx) findFrames(cl clause, out []frame) []frame {
	out = fc.wordFrames(cl, out)
	out = fc.basicFrames(cl, out) // questions too: a hostile predicate asked about is still said
	out = fc.predicateFrames(cl, out)
	out = fc.fallbackFrames(cl, out)
	if cl.question {
		return out
	}
	out = fc.clauseFrames(cl, out)
	for _, g := range cl.hits {
		if groupTarget(g) && !namesThing(fc.toks, g) {
			out = fc.groupFrames(cl, g, out)
		}
	}
	return out
}

// wordFrames: violence wished on a group, an order to go back.
func (fc *frameCtx) wordFrames(cl clause, out []frame) []frame {
	toks := fc.toks
	nearGroup := func(pos int) (hit, bool) {
		for _, g := range cl.hits {
			if groupTarget(g) && fc.generic(g) && abs(g.start-pos) <= maxPairDistance && !namesThing(toks, g) &&
				!(g.start > 0 && possessive[toks[g.start-1].Text]) {
				return g, true
			}
		}
		return hit{}, false
	}
	groupInComment := func() (hit, bool) {
		for _, g := range fc.hits {
			if groupTarget(g) && fc.generic(g) && !namesThing(toks, g) {
				return g, true
			}
		}
		return hit{}, false
	}
	for _, h := range cl.hits {
		switch {
		case h.cats&catHarm != 0:
			if !fc.wished(cl, h) {
				continue
			}
			g, ok := nearGroup(h.start)
			if !ok && pronounNear(toks, cl, h) {
				g, ok = groupInComment()
			}
			if ok {
				out = append(out, frame{kind: "violence wished on", pos: h.start, word: spanText(toks, h.start, h.end), g: spanText(toks, g.start, g.end)})
			}
		case h.cats&catGoBack != 0:
			if !fc.order(cl, h) || fc.travel() {
				continue
			}
			placed := false
			for _, p := range cl.hits {
				if p.cats&catPlace != 0 && p.start >= h.end && p.start <= h.end+5 {
					out = append(out, frame{kind: "order to go back to a place of origin", pos: h.start, word: spanText(toks, h.start, p.end)})
					placed = true
					break
				}
			}
			// "rentrez tous chez vous" / "go home" is sent back to an
			// origin only when the comment names one (a group, "du bled")
			if !placed && fc.homeAfter(cl, h) && (fc.all&catPlace != 0 || fc.all&catGroup != 0) && !fc.travel() {
				out = append(out, frame{kind: "order to go back home, to an origin named", pos: h.start, word: spanText(toks, h.start, min(cl.b, h.end+3))})
			}
		}
	}
	return out
}

// clauseFrames: a dislike with a way out, death preferred to contact, a
// generalisation after a disclaimer, a service refused, a contrast that
// excludes, a world wished without a group, "they" + an insult.
func (fc *frameCtx) clauseFrames(cl clause, out []frame) []frame {
	toks, tcat := fc.toks, fc.tcat
	// "vous n'êtes pas d'ici, alors repartez", "you're not from here, so
	// leave": othering, then an order to leave
	if fc.all&catNeg != 0 && notFromHere(toks, tcat, cl) {
		for j := cl.a; j < cl.b; j++ {
			if tcat[j]&catGoBack != 0 || leaveWord[toks[j].Text] {
				out = append(out, frame{kind: "told to leave as not from here", pos: j, word: toks[j].Text})
				break
			}
		}
	}
	// every other clause frame needs a group or a place named in the
	// comment: most comments name neither, and skip the scans below
	if fc.all&(catGroup|catProxy|catPlace) == 0 {
		return out
	}
	// "if you don't like America, there's a flight to Mogadishu", "si la
	// France te plaît pas, l'avion pour Alger": a dislike, then a way out
	// towards a place of origin
	if fc.dislike(cl) {
		for _, p := range cl.hits {
			if p.cats&catPlace == 0 {
				continue
			}
			for j := max(cl.a, p.start-4); j < p.start; j++ {
				if departWord[toks[j].Text] || tcat[j]&catGoBack != 0 {
					out = append(out, frame{ownNeg: true, kind: "way out to a place of origin offered", pos: j, word: spanText(toks, j, p.end)})
					break
				}
			}
		}
	}
	// "I'd rather die than be treated by a Black doctor", "je préfère
	// encore mourir que d'être soigné par un médecin noir"
	for j := cl.a; j+2 < cl.b; j++ {
		w := toks[j].Text
		if w != "rather" && w != "plutot" && w != "prefere" && w != "prefererais" {
			continue
		}
		for k := j + 1; k < cl.b && k <= j+3; k++ {
			if v := toks[k].Text; v != "die" && v != "mourir" && v != "crever" && v != "starve" {
				continue
			}
			for _, g := range cl.hits {
				if g.cats&catGroup != 0 && g.start > k && g.start <= k+10 && !namesThing(toks, g) {
					out = append(out, frame{kind: "death preferred to contact with", pos: k, word: spanText(toks, j, k+1), g: spanText(toks, g.start, g.end)})
					break
				}
			}
			break
		}
	}
	// "je suis pas raciste mais les Gitans c'est…": after a disclaimer,
	// a negative word said of a group is the generalisation it announced
	if fc.all&catDisclaimer != 0 && fc.disclaimerBefore(cl) {
		for _, g := range cl.hits {
			if !groupTarget(g) || !fc.generic(g) || namesThing(toks, g) {
				continue
			}
			for _, p := range cl.hits {
				if p.start >= g.end && p.start <= g.end+6 && p.cats&(catNegative|catInsultA|catInsultN|catDehum) != 0 && p.cats&catGroup == 0 {
					out = append(out, frame{kind: "generalisation after a disclaimer about", pos: p.start, word: spanText(toks, p.start, p.end), g: spanText(toks, g.start, g.end)})
					break
				}
			}
			break
		}
	}
	// a refusal told by the speaker: "j'ai refusé un Arabe à l'embauche",
	// "I turned down an Arab for the job"
	for j := cl.a; j < cl.b; j++ {
		// "refuse" is also the normalised "refusé"; an infinitive after it
		// ("I refuse to believe…") is no refusal of a person
		if !refuseWord[toks[j].Text] || (j+1 < cl.b && (toks[j+1].Text == "to" || toks[j+1].Text == "de" || toks[j+1].Text == "d")) {
			continue
		}
		own := false
		for k := max(cl.a, j-3); k < j; k++ {
			if speakerSubject[toks[k].Text] {
				own = true
			}
		}
		if !own {
			continue
		}
		for _, g := range cl.hits {
			if g.cats&catGroup != 0 && g.start > j && g.start <= j+4 && !namesThing(toks, g) {
				out = append(out, frame{kind: "service refused to", pos: j, word: toks[j].Text, g: spanText(toks, g.start, g.end)})
				break
			}
		}
		break
	}
	// a service refused to a group: "je loue pas mon appart aux Arabes",
	// "we don't hire Muslims", "I won't serve gays"
	for j := cl.a; j < cl.b; j++ {
		if !serviceVerb[toks[j].Text] {
			continue
		}
		neg := false
		for k := max(cl.a, j-3); k < min(cl.b, j+2); k++ {
			if tcat[k]&catNeg != 0 {
				neg = true
			}
		}
		// the speaker's own refusal: "landlords won't rent to Black
		// people" reports discrimination, it does not commit it
		own := false
		for k := max(cl.a, j-4); k < j; k++ {
			if speakerSubject[toks[k].Text] || toks[k].Text == "moi" {
				own = true
			}
		}
		if !neg || !own {
			continue
		}
		for _, g := range cl.hits {
			if g.cats&catGroup != 0 && g.start > j && g.start <= j+5 && fc.generic(g) && !namesThing(toks, g) {
				if p := toks[g.start-1].Text; p == "aux" || p == "to" || g.start == j+1 || (p == "les" && g.start == j+2) {
					out = append(out, frame{ownNeg: true, kind: "service refused to", pos: j, word: toks[j].Text, g: spanText(toks, g.start, g.end)})
				}
				break
			}
		}
	}
	// "je veux des vendeurs français de souche, pas des immigrés", "I
	// want native-born staff, not immigrants" (but "not just white
	// people" asks for more, not fewer)
	for j := cl.a; j < cl.b; j++ {
		if !wantWord[toks[j].Text] {
			continue
		}
		for _, g := range cl.hits {
			if g.cats&catGroup == 0 || g.start <= j || !fc.generic(g) {
				continue
			}
			k := g.start - 1
			if k > j && (toks[k].Text == "des" || toks[k].Text == "de" || toks[k].Text == "d" || toks[k].Text == "any" ||
				toks[k].Text == "aux" || toks[k].Text == "to" || toks[k].Text == "for") {
				k--
			}
			if k > j && (toks[k].Text == "pas" || toks[k].Text == "not" || toks[k].Text == "no") && toks[k-1].Kind == KindComma {
				out = append(out, frame{ownNeg: true, kind: "exclusion wished against", pos: k, word: spanText(toks, k, g.end), g: spanText(toks, g.start, g.end)})
			}
		}
		break
	}
	// "je ne veux pas qu'ils vivent dans ma rue", "I don't want them
	// living on my street": a group (or "they" for the one the comment
	// names) not wanted in the speaker's place
	for j := cl.a; j < cl.b; j++ {
		if !wantWord[toks[j].Text] || !negBefore(tcat, cl, j) {
			continue
		}
		target := ""
		for k := j + 1; k < cl.b && k <= j+4; k++ {
			if objectPronoun[toks[k].Text] || subjectThey[toks[k].Text] {
				if g, ok := fc.groupNamed(); ok {
					target = spanText(toks, g.start, g.end)
				}
			}
			for _, g := range cl.hits {
				if g.start == k && g.cats&catGroup != 0 && fc.generic(g) {
					target = spanText(toks, g.start, g.end)
				}
			}
		}
		if target == "" {
			continue
		}
		for k := j + 1; k < cl.b && k <= j+9; k++ {
			if sympathyWord[toks[k].Text] {
				break // "I don't want them to feel unwelcome in our town"
			}
			if unwantedPlace[toks[k].Text] {
				out = append(out, frame{ownNeg: true, kind: "exclusion wished against", pos: j, word: spanText(toks, j, k+1), g: target})
				break
			}
		}
		break
	}
	// "Muslims out of the civil service", "Arabs out!": a group opening
	// its segment, then "out"
	for _, g := range cl.hits {
		if g.cats&catGroup != 0 && fc.generic(g) && segmentStart(toks, cl, g.start-boolInt(g.start > cl.a && genericDet[toks[g.start-1].Text])) &&
			g.end < cl.b && toks[g.end].Text == "out" && outOfPlace(toks, cl, g.end) {
			out = append(out, frame{kind: "exclusion wished against", pos: g.end, word: spanText(toks, g.start, g.end+1), g: spanText(toks, g.start, g.end)})
		}
	}
	// "un pays sans immigrés, voilà ce qu'il nous faut", "a country
	// without immigrants is exactly what we need"
	for _, g := range cl.hits {
		if !groupTarget(g) || !fc.generic(g) {
			continue
		}
		b := g.start - 1
		if b > cl.a && (toks[b].Text == "les" || toks[b].Text == "the" || toks[b].Text == "any") {
			b--
		}
		if b < cl.a || (toks[b].Text != "sans" && toks[b].Text != "without") {
			continue
		}
		for j := cl.a; j < cl.b; j++ {
			if needWord[toks[j].Text] && (j < b || j >= g.end) {
				out = append(out, frame{kind: "a world wished without", pos: b, word: spanText(toks, b, g.end), g: spanText(toks, g.start, g.end)})
				break
			}
		}
	}
	// "Who even hires disabled people? They're useless.", "Les Roms ?
	// Ils sont tous des voleurs": a clause opening on "they" + a copula
	// says its insult of the group the clause before named
	if f := firstWord(toks, cl.a, cl.b); f >= 0 && f+2 < cl.b && theyWord[toks[f].Text] && copula[toks[f+1].Text] {
		if g, ok := fc.antecedent(cl); ok {
			for k := f + 2; k < cl.b && k <= f+5; k++ {
				if tcat[k]&(catInsultA|catInsultN|catDehum) != 0 {
					out = append(out, frame{kind: "insult of the group named before:", pos: k, word: toks[k].Text, g: spanText(toks, g.start, g.end)})
					break
				}
				if !copulaFill[toks[k].Text] {
					break
				}
			}
		}
	}
	return out
}

// groupFrames: what is claimed of group g — inability, lack, a crime as
// habit — or done to it: rights denied, a sign or quota against it, "a
// good X is a dead X".
func (fc *frameCtx) groupFrames(cl clause, g hit, out []frame) []frame {
	toks, tcat := fc.toks, fc.tcat
	gw := spanText(toks, g.start, g.end)
	// what the group is said to be unable to do: a negation then an
	// ability verb ("can't think", "savent pas conduire", "une femme
	// ça réfléchit pas")
	if fc.generic(g) || (g.start > cl.a && (toks[g.start-1].Text == "un" || toks[g.start-1].Text == "une")) {
		for k := g.end; k < cl.b && k <= g.end+4; k++ {
			if !abilityVerb[toks[k].Text] {
				continue
			}
			if d := toks[k-1].Text; d == "the" || d == "a" || d == "an" || d == "la" || d == "le" || d == "l" || d == "une" || d == "un" {
				break // a noun: "X are not the reason for our problems"
			}
			negated, unable := false, false
			for j := max(g.end, k-3); j < min(cl.b, k+2); j++ {
				negated = negated || tcat[j]&catNeg != 0
				unable = unable || unableWord[toks[j].Text]
			}
			// "ne savent pas conduire", "incapable of thinking"; "not
			// incapable of thinking" affirms the ability
			if negated != unable {
				out = append(out, frame{ownNeg: true, kind: "inability claimed of", pos: k, word: toks[k].Text, g: gw})
			}
			break
		}
	}
	// what the group is said to lack: "n'ont aucune hygiène", "have
	// no morals" (possession, so "get no respect" is not one)
	if fc.generic(g) {
	lack:
		for k := g.end; k < cl.b && k <= g.end+4; k++ {
			if tcat[k]&catNeg == 0 && toks[k].Text != "zero" {
				continue
			}
			have := false
			for j := max(g.end, k-2); j < k; j++ {
				if haveWord[toks[j].Text] {
					have = true
				}
			}
			if !have {
				continue // "n'" before "ont", or "get no respect"
			}
			for q := k + 1; q < cl.b && q <= k+3; q++ {
				if lackQuality[toks[q].Text] {
					out = append(out, frame{ownNeg: true, kind: "lack claimed of", pos: k, word: spanText(toks, k, q+1), g: gw})
					break lack
				}
			}
		}
	}
	quantified := false // "aucun musulman", "not one more migrant", "zéro Arabe"
	for j := max(cl.a, g.start-3); j < g.start; j++ {
		switch toks[j].Text {
		case "aucun", "aucune", "no", "zero":
			quantified = true
		case "one":
			quantified = quantified || (j > cl.a && toks[j-1].Text == "not")
		}
	}
	// a crime as the group's habit, the group its subject
	if fc.generic(g) && !(g.start > 0 && partialDet[toks[g.start-1].Text]) {
		j := g.end
		for j < cl.b && j < g.end+3 && habitGap[toks[j].Text] && tcat[j]&catHabit == 0 {
			j++
		}
		qualified := g.end < cl.b && proxyQualifier[toks[g.end].Text] // "les femmes du SAV"
		if j < cl.b && tcat[j]&catHabit != 0 && !qualified {
			out = append(out, frame{kind: "crime stated as the habit of", pos: j, word: toks[j].Text, g: gw})
		}
	}
	// rights denied: a modal, a negation and a right within four words
	if fc.generic(g) || quantified {
		for m := g.end; m < cl.b && m <= g.end+4; m++ {
			if !modalWord[toks[m].Text] {
				continue
			}
			neg := quantified
			for r := m + 1; r < cl.b && r <= m+4; r++ {
				if tcat[r]&catNeg != 0 {
					neg = true
				}
				if rightWord[toks[r].Text] && neg {
					out = append(out, frame{ownNeg: true, kind: "rights denied to", pos: m, word: spanText(toks, m, r+1), g: gw})
					break
				}
			}
			break
		}
	}
	// "pas de Noirs ici", "no gays allowed": a sign, at the start of
	// its segment, about the speaker's own place
	if s := g.start - 1; s >= cl.a && (fc.generic(g) || singleBefore(toks, cl, g)) {
		if toks[s].Text == "de" || toks[s].Text == "d" {
			s--
		}
		// "plus un seul Africain…", "not a single African…"
		if s-1 >= cl.a && (toks[s].Text == "seul" || toks[s].Text == "single") {
			s -= 2
		}
		wished := false // "there should be zero Arabs in the police", "faudrait zéro Arabe"
		for j := max(cl.a, s-4); j >= 0 && j < s; j++ {
			if wishWord[toks[j].Text] {
				wished = true
			}
		}
		placed := false // "zero Arabs in the police", not "no Muslims left hungry"
		for k := g.end; k < cl.b && k <= g.end+2; k++ {
			if signPlace[toks[k].Text] || placePrep[toks[k].Text] {
				placed = true
			}
		}
		if wished && placed && s >= cl.a && (toks[s].Text == "zero" || toks[s].Text == "no") {
			out = append(out, frame{ownNeg: true, kind: "exclusion wished against", pos: s, word: spanText(toks, s, g.end), g: gw})
		} else if s >= cl.a && signWord[toks[s].Text] && segmentStart(toks, cl, s) && (toks[s].Text != "pas" || s+1 < g.start) {
			for k := g.end; k < cl.b && k <= g.end+4; k++ {
				if tcat[k]&catBrand2 != 0 {
					break
				}
				w := toks[k].Text
				if signPlace[w] || ((w == "dans" || w == "in" || w == "chez") && k+1 < cl.b && ownPlace[toks[k+1].Text]) {
					out = append(out, frame{ownNeg: true, kind: "exclusion sign against", pos: s, word: spanText(toks, s, k+1), g: gw})
					break
				}
			}
		}
	}
	// "un bon juif est un juif mort", "the only good X is a dead X"
	if g.start-2 >= cl.a && (goodWord[toks[g.start-1].Text] || goodWord[toks[g.start-2].Text]) {
		for _, g2 := range cl.hits {
			if g2.start <= g.end || g2.cats&catGroup == 0 {
				continue
			}
			if deadWord[toks[g2.start-1].Text] || (g2.end < cl.b && deadWord[toks[g2.end].Text]) {
				out = append(out, frame{kind: "death wished on", pos: g2.start, word: "dead " + spanText(toks, g2.start, g2.end), g: gw})
				break
			}
		}
	}
	return out
}

// wished reports whether harm word h is wished or ordered: a wish word a
// few words before it with no relative clause or prevention between, or
// the harm word opening its segment as an order ("noyez-les", "line them
// up against a wall" is caught by its phrase, "gas them all").
func (fc *frameCtx) wished(cl clause, h hit) bool {
	toks := fc.toks
	// "on tuerait pour une tarte comme ça", "I'd die for this": a
	// craving, not a wish of harm ("a bullet for every…" is a noun)
	if h.end-h.start == 1 && h.end < cl.b && (toks[h.end].Text == "pour" || toks[h.end].Text == "for") {
		return false
	}
	// a harm noun ("une bombe", "a bullet") is no order by itself: it is
	// read below, as a verbless wish, only when aimed
	if segmentStart(toks, cl, h.start) && !nominalLead[toks[h.start].Text] {
		return true
	}
	if j := h.start - 1; j >= cl.a && (toks[j].Text == "just" || toks[j].Text == "juste") && segmentStart(toks, cl, j) && !nominalLead[toks[h.start].Text] {
		return true // "just shoot into the crowd"
	}
	if f := firstWord(toks, cl.a, cl.b); f >= 0 && f < h.start && orderVerb[toks[f].Text] && h.start-f <= 4 {
		return true
	}
	// an optative opening the clause: "que la mer les avale", "may the
	// sea swallow them"
	if f := firstWord(toks, cl.a, cl.b); f >= 0 && f < h.start && (toks[f].Text == "que" || toks[f].Text == "may") {
		return true
	}
	// a sentence with no verb, only the blow: "un bon coup de batte sur
	// chaque trans", "one bomb on that mosque"
	nominal := true
	for j := cl.a; j < h.start; j++ {
		if !nominalLead[toks[j].Text] {
			nominal = false
			break
		}
	}
	if nominal {
		// aimed: "… sur chaque trans", "… on that mosque" ("une bombe,
		// ce parfum" is praise)
		for j := h.end; j < cl.b && j <= h.end+1; j++ {
			if aimPrep[toks[j].Text] {
				return true
			}
		}
	}
	// the speaker's conditional: "si ça ne tenait qu'à moi, on
	// pendrait…", "if it were up to me, we'd hang…", "I would shoot…"
	for j := max(cl.a, h.start-3); j < h.start; j++ {
		if w := toks[j].Text; (w == "d" || w == "would") && j > cl.a && speakerSubject[toks[j-1].Text] {
			return true
		}
	}
	if w := toks[h.start].Text; strings.HasSuffix(w, "rait") || strings.HasSuffix(w, "rais") || strings.HasSuffix(w, "rions") {
		for j := max(cl.a, h.start-2); j < h.start; j++ {
			if speakerSubject[toks[j].Text] {
				return true
			}
		}
	}
	for j := h.start - 1; j >= cl.a && j >= h.start-8; j-- {
		w := toks[j].Text
		if preventWord[w] || relativeWord[w] || toks[j].Kind == KindComma {
			return false
		}
		if w == "qu" && j+1 < h.start && (toks[j+1].Text == "on" || toks[j+1].Text == "ils" || toks[j+1].Text == "elles") && segmentStart(toks, cl, j) {
			return true // "qu'on les noie", "qu'ils crèvent"
		}
		if wishWord[w] {
			// the wish of someone described ("people who wish…") is
			// not the speaker's
			for k := max(cl.a, j-2); k < j; k++ {
				if relativeWord[toks[k].Text] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// order reports whether a go-back word is an order: opening its segment
// ("repars dans ta brousse"), a subjunctive ("qu'ils retournent"), with a
// pronoun for the group ("renvoyez-les", "send them back"), or wished
// ("they should go back").
func (fc *frameCtx) order(cl clause, h hit) bool {
	toks := fc.toks
	// a thing sent back ("renvoyez ce produit en Chine"), unless a
	// group follows the determiner ("renvoyez ces migrants…")
	if h.end-h.start == 1 && h.end+1 < cl.b && thingDet[toks[h.end].Text] && fc.tcat[h.end+1]&catPlace == 0 {
		person := false
		for _, g := range cl.hits {
			if groupTarget(g) && g.start > h.end && g.start <= h.end+3 {
				person = true
			}
		}
		if !person {
			return false
		}
	}
	if h.start >= cl.a+2 && toks[h.start-1].Text == "a" && toks[h.start-2].Text == "qu" {
		return true // "t'as qu'à retourner dans ton pays"
	}
	if infinitiveGoBack[toks[h.start].Text] {
		// "ils n'ont qu'à rentrer dans leur pays", "les migrants
		// devraient retourner…": an infinitive is an order only with
		// them as its subject ("il faut retourner en Chine pour le Nouvel
		// An" is advice)
		for j := max(cl.a, h.start-5); j < h.start; j++ {
			if subjectThey[toks[j].Text] || groupBetween(cl, j, j+1) {
				return true
			}
		}
		return false
	}
	if segmentStart(toks, cl, h.start) || toks[h.start].Text == "qu" {
		return true
	}
	// "just go back…", "allez, rentre…", "all of you go home"
	j := h.start - 1
	for j >= cl.a && orderFiller[toks[j].Text] {
		j--
	}
	if j < h.start-1 && (j < cl.a || toks[j].Kind == KindComma) {
		return true
	}
	// "pack your bags and go back to India": a second order, as long
	// as no subject came before it in the segment
	if p := h.start - 1; p >= cl.a && (toks[p].Text == "and" || toks[p].Text == "et") {
		subj := false
		for j := p - 1; j >= cl.a && toks[j].Kind != KindComma; j-- {
			if subjectPronoun[toks[j].Text] || personSubject[toks[j].Text] {
				subj = true
			}
		}
		if !subj {
			return true
		}
	}
	for j := max(cl.a, h.start-5); j < h.start; j++ {
		if expelVerb[toks[j].Text] {
			// "send this junk back to China": a thing, not a person —
			// but one deports only people
			return deportVerb[toks[j].Text] || !(j+1 < h.start && thingDet[toks[j+1].Text] && !groupBetween(cl, j+1, h.start))
		}
	}
	for j := h.start; j < h.end; j++ {
		if objectPronoun[toks[j].Text] {
			return true
		}
	}
	if h.end < cl.b && objectPronoun[toks[h.end].Text] {
		return true
	}
	for j := max(cl.a, h.start-3); j < h.start; j++ {
		// "they should go back", "ils n'ont qu'à rentrer", "they can leave
		// and go back"
		if wishWord[toks[j].Text] || toks[j].Text == "can" || (toks[j].Text == "a" && j > cl.a && toks[j-1].Text == "qu") {
			return true
		}
	}
	return false
}

// travel reports a comment about a trip, or a warm one (an unnegated
// positive word): a destination
// there is somewhere to go, not where someone is sent.
func (fc *frameCtx) travel() bool {
	for i, t := range fc.toks {
		if travelWord[t.Text] {
			return true
		}
		if fc.tcat[i]&catPositive == 0 {
			continue
		}
		negated := false // "si t'es pas content, retourne au Maroc", "si t'aimes pas la France"
		for j := max(0, i-3); j < min(len(fc.toks), i+3); j++ {
			if fc.tcat[j]&catNeg != 0 && (j < i || fc.toks[j].Text == "pas" || fc.toks[j].Text == "jamais") {
				negated = true
			}
		}
		if !negated {
			return true
		}
	}
	return false
}

// antecedent is the group a "they" opening clause cl stands for: the
// one protected group of the previous clause (or of this clause's first
// segment), generic, not qualified as staff, not a thing.
func (fc *frameCtx) antecedent(cl clause) (hit, bool) {
	var found []hit
	for _, g := range fc.prev {
		if g.cats&catGroup != 0 && fc.generic(g) && !namesThing(fc.toks, g) &&
			!(g.end < len(fc.toks) && proxyQualifier[fc.toks[g.end].Text]) && !(g.start > 0 && possessive[fc.toks[g.start-1].Text]) {
			if len(found) == 0 || found[len(found)-1].group != g.group {
				found = append(found, g)
			}
		}
	}
	if len(found) != 1 {
		return hit{}, false // none, or two groups: "they" is ambiguous
	}
	return found[0], true
}

// singleBefore reports "un seul"/"a single" right before group g.
func singleBefore(toks []Token, cl clause, g hit) bool {
	return g.start-2 >= cl.a && (toks[g.start-1].Text == "seul" || toks[g.start-1].Text == "single")
}

// homeAfter reports "home", "chez vous", "chez toi" or "chez eux" within
// three words after a go-back word.
func (fc *frameCtx) homeAfter(cl clause, h hit) bool {
	toks := fc.toks
	for j := h.start + 1; j < cl.b && j <= h.end+2; j++ {
		w := toks[j].Text
		if w == "home" || (w == "chez" && j+1 < cl.b && (toks[j+1].Text == "vous" || toks[j+1].Text == "toi" || toks[j+1].Text == "eux")) {
			return true
		}
	}
	return false
}

// dislike reports "if/si" followed by a negated liking verb in the
// clause, or "if you hate it".
func (fc *frameCtx) dislike(cl clause) bool {
	toks, tcat := fc.toks, fc.tcat
	for j := cl.a; j < cl.b; j++ {
		if toks[j].Text != "if" && toks[j].Text != "si" {
			continue
		}
		neg := false
		for k := j + 1; k < cl.b && k <= j+7; k++ {
			if tcat[k]&catNeg != 0 {
				neg = true
			}
			if likeVerb[toks[k].Text] && (neg || (k+1 < cl.b && toks[k+1].Text == "pas")) {
				return true
			}
			if toks[k].Text == "hate" {
				return true
			}
		}
	}
	return false
}

// disclaimerBefore reports a disclaimer ending before the clause or
// inside it before its first group.
func (fc *frameCtx) disclaimerBefore(cl clause) bool {
	first := cl.b
	for _, g := range cl.hits {
		if g.cats&catGroup != 0 {
			first = g.start
			break
		}
	}
	for _, h := range fc.hits {
		if h.cats&catDisclaimer != 0 && h.start < first {
			return true
		}
	}
	return false
}

// groupBetween reports a group word starting in [a, b).
func groupBetween(cl clause, a, b int) bool {
	for _, g := range cl.hits {
		if groupTarget(g) && g.start >= a && g.start < b {
			return true
		}
	}
	return false
}

// pronounNear: an object pronoun within three words of the harm word.
func pronounNear(toks []Token, cl clause, h hit) bool {
	for j := max(cl.a, h.start-3); j < min(cl.b, h.end+3); j++ {
		if objectPronoun[toks[j].Text] || subjectThey[toks[j].Text] {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// codedReference finds a euphemism that is quoted (scare quotes: "un
// « jeune »", "'diverse'") or is a phrase of its own ("chance pour la
// France"), in a comment that also winks or names a crime. A bare word
// ("les jeunes du quartier", "diversity") needs the quotes.
func codedReference(toks []Token, hits []hit, quote []bool) (string, bool) {
	// an unquoted phrase said warmly is meant ("le vivre-ensemble, c'est
	// beau"); thanks do not count, they are the sarcasm ("merci le
	// vivre-ensemble")
	warm := false
	for _, h := range hits {
		if h.cats&catPositive != 0 && !politeness[toks[h.start].Text] {
			warm = true
		}
	}
	for _, h := range hits {
		if h.cats&catCoded == 0 {
			continue
		}
		quoted := quote[h.start] && h.start > 0 && toks[h.start-1].Kind == KindQuote
		if quoted || (h.end-h.start > 1 && !warm) {
			return spanText(toks, h.start, h.end), true
		}
	}
	return "", false
}

// negBefore reports a negation in the three words before pos.
func negBefore(tcat []cat, cl clause, pos int) bool {
	for j := max(cl.a, pos-3); j < pos; j++ {
		if tcat[j]&catNeg != 0 {
			return true
		}
	}
	return false
}

// groupNamed returns the comment's first generic protected group.
func (fc *frameCtx) groupNamed() (hit, bool) {
	for _, g := range fc.hits {
		if g.cats&catGroup != 0 && fc.generic(g) && !namesThing(fc.toks, g) {
			return g, true
		}
	}
	return hit{}, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// outOfPlace: "out" ends the clause ("Arabs out!") or is "out of" a place
// of ours or an institution ("out of our schools", "out of the civil
// service"), not "out of danger".
func outOfPlace(toks []Token, cl clause, out int) bool {
	k := out + 1
	if k >= cl.b || toks[k].Kind == KindComma {
		return true
	}
	if toks[k].Text != "of" {
		return false
	}
	for j := k + 1; j < cl.b && j <= k+3; j++ {
		if ownPlace[toks[j].Text] || unwantedPlace[toks[j].Text] || institution[toks[j].Text] {
			return true
		}
	}
	return false
}

// notFromHere finds "pas d'ici" / "not from here" said in the clause.
func notFromHere(toks []Token, tcat []cat, cl clause) bool {
	for j := cl.a + 1; j+1 < cl.b; j++ {
		w, n := toks[j].Text, toks[j+1].Text
		if (w == "d" || w == "de" || w == "from") && (n == "ici" || n == "here") && tcat[j-1]&catNeg != 0 {
			return true
		}
	}
	return false
}
