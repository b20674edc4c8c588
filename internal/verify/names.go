package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// withWords tie a person to the thing before them ("sessions with Niamh
// Keohane", "un atelier avec Léa Roy").
var withWords = map[string]bool{"with": true, "avec": true}

// doerVerbs give a thing to the person before them in a fact ("Conor
// Twomey … leads all headshot sessions", "Léa anime les ateliers").
var doerVerbs = map[string]bool{
	"lead": true, "leads": true, "run": true, "runs": true, "teach": true, "teaches": true, "host": true, "hosts": true, "give": true, "gives": true,
	"anime": true, "animent": true, "assure": true, "assurent": true, "donne": true, "donnent": true, "dirige": true, "fait": true, "font": true,
}

// activityOfAnother: "15-minute sessions with Niamh Keohane" when a fact
// says "Conor Twomey … leads all headshot sessions", "Olivier Gagnon y fera
// les démos de tournage" for "démonstrations de tournage par Camille
// Tremblay": a person the facts name, said to do a thing (the noun before
// "with"/"avec", or a noun a few words after the name when a verb follows
// it), is contradicted by the fact that gives that thing to another
// person ("par"/"by" after it, or a verb of doing before it) and never
// names this one. A clipped noun ("démos") is the start of its full form
// ("démonstrations"). The words that qualify the thing in that fact
// ("headshot" sessions, démonstrations "de tournage") must be in the
// post's sentence or the one before: "Christmas family sessions with
// Niamh" are no headshot sessions.
func (g *grounder) activityOfAnother(c *claims.Claim) {
	// (one finding on a name: an earlier check may have flagged it)
	if g.flagged(c.Start, c.End) {
		return
	}
	toks := g.doc.Tokens
	// a person: a first name and a last name at least ("Milwaukee players
	// to the board" is a place before a noun)
	if len(c.Words) < 2 {
		return
	}
	var nouns []string
	if c.Tok0 >= 2 && withWords[toks[c.Tok0-1].Low] && toks[c.Tok0-2].Kind == claims.TWord && !toks[c.Tok0-2].Cap && !toks[c.Tok0-2].Stop() {
		nouns = append(nouns, claims.Stem(toks[c.Tok0-2].Low))
	} else if c.Tok1 < len(toks) && toks[c.Tok1].Kind == claims.TWord && !toks[c.Tok1].Cap {
		// "Olivier Gagnon y fera les démos": the first content noun after a
		// verb, within four words, before a comma
		for j := c.Tok1; j < len(toks) && j < c.Tok1+5 && toks[j].Sent == toks[c.Tok0].Sent && toks[j].Kind == claims.TWord && !toks[j].Cap; j++ {
			if j > c.Tok1 && articles[toks[j-1].Low] && !toks[j].Stop() {
				nouns = append(nouns, claims.Stem(toks[j].Low))
				break
			}
		}
	}
	if len(nouns) == 0 || len(nouns[0]) < 4 {
		return
	}
	noun := nouns[0]
	who := strings.Join(c.Words, " ")
	found, other := -1, ""
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		ft := fd.doc.Tokens
		for k := range ft {
			if ft[k].Cap || ft[k].Kind != claims.TWord || !(fd.stems[k] == noun || len(noun) >= 4 && len(fd.stems[k]) > len(noun)+3 && strings.HasPrefix(fd.stems[k], noun)) {
				continue
			}
			agent, lo, hi := agentOf(fd.doc, k)
			if agent == "" || !g.wordsInSentence(fd, lo, hi, c.Sent) {
				continue
			}
			if strings.Contains(strings.ToLower(claims.Fold(agent)), who) || strings.Contains(fd.fold, " "+who+" ") {
				return
			}
			if found < 0 {
				found, other = fi, agent
			}
		}
	}
	if found >= 0 {
		g.contradicted(c, found, other)
	}
}

// agentOf: the name that does the thing at token k of a fact: the
// capitalised words after "par"/"by" within three words after it, or the
// name before a verb of doing within three words before it (the last name
// of the sentence before that verb); "" when none. [lo, hi) are the words
// that qualify the thing between it and the agent's link ("all headshot
// sessions", "démonstrations de tournage par").
func agentOf(d *claims.Doc, k int) (agent string, lo, hi int) {
	ft := d.Tokens
	for j := k + 1; j < len(ft) && j <= k+4 && ft[j].Sent == ft[k].Sent; j++ {
		if agentWords[ft[j].Low] {
			if j+1 < len(ft) && ft[j+1].Cap && ft[j+1].Sent == ft[k].Sent {
				return nameAt(d, j+1), k + 1, j
			}
			return "", 0, 0
		}
		if ft[j].Cap || ft[j].Text == "," || ft[j].Text == ";" {
			break
		}
	}
	for v := k - 1; v >= 0 && v >= k-3 && ft[v].Sent == ft[k].Sent; v-- {
		if !doerVerbs[ft[v].Low] {
			continue
		}
		for n := v - 1; n >= 0 && ft[n].Sent == ft[k].Sent && ft[n].Text != ";"; n-- {
			if ft[n].Cap && n > 0 && ft[n-1].Sent == ft[k].Sent && ft[n-1].Cap {
				a := n - 1
				for a > 0 && ft[a-1].Cap && ft[a-1].Sent == ft[k].Sent {
					a--
				}
				return nameAt(d, a), v + 1, k
			}
		}
		return "", 0, 0
	}
	return "", 0, 0
}

// nameAt: the run of capitalised words from token a.
func nameAt(d *claims.Doc, a int) string {
	ft := d.Tokens
	n := a
	for n < len(ft) && (ft[n].Cap || ft[n].Apos) && ft[n].Sent == ft[a].Sent {
		n++
	}
	return d.Slice(ft[a].Start, ft[n-1].End)
}

// scopeLinks stand between a title and the place it is given for ("Best
// Outdoor Track in the South West", "Meilleure boulangerie de Bretagne").
var scopeLinks = map[string]bool{"in": true, "the": true, "en": true, "de": true, "du": true, "des": true, "d'": true, "la": true, "le": true, "l'": true}

// titleAnchor: token k opens or closes the name of a title: "Best …",
// "Meilleur(e)(s) …", "… of the Year", "… de l'Année".
func titleAnchor(toks []claims.Token, k int) bool {
	t := &toks[k]
	if !t.Cap || t.Kind != claims.TWord {
		return false
	}
	switch t.Low {
	case "best", "meilleur", "meilleure", "meilleurs", "meilleures":
		return true
	case "year":
		return k >= 2 && toks[k-1].Low == "the" && toks[k-2].Low == "of"
	case "annee":
		return k >= 2 && toks[k-1].Low == "l'" && toks[k-2].Low == "de"
	}
	return false
}

// titleScope: the place a title is given for, beside its name [a, b): a
// possessive before it ("Australia's Training Centre of the Year"), the
// capitalised words after an article before it ("the Western Australian
// Training Centre of the Year"), or after it in brackets ("Best Lifestyle
// Village (North Island)") or after "in", "de" ("Best Outdoor Track in the
// UK"). It gives the tokens [s, e) of the place, or s < 0.
func titleScope(toks []claims.Token, a, b int) (s, e int) {
	sent := toks[a].Sent
	// a name's link words at its end belong to the scope ("… in the")
	for b-1 > a && scopeLinks[toks[b-1].Low] {
		b--
	}
	if b < len(toks) && toks[b].Sent == sent {
		j := b
		if toks[j].Text == "(" {
			j++
		} else {
			for j < len(toks) && j < b+3 && toks[j].Sent == sent && scopeLinks[toks[j].Low] {
				j++
			}
		}
		if j > b {
			e := j
			for e < len(toks) && toks[e].Sent == sent && toks[e].Kind == claims.TWord && toks[e].Cap {
				e++
			}
			if e > j && (toks[b].Text != "(" || e < len(toks) && toks[e].Text == ")") {
				return j, e
			}
		}
	}
	if a >= 3 && toks[a-1].Low == "s" && toks[a-2].Low == "'" && toks[a-3].Cap && toks[a-3].Kind == claims.TWord && toks[a-3].Sent == sent {
		return a - 3, a
	}
	s = a
	for s > 0 && toks[s-1].Sent == sent && toks[s-1].Kind == claims.TWord && toks[s-1].Cap {
		s--
	}
	if s < a && s > 0 && articles[toks[s-1].Low] {
		return s, a
	}
	return -1, -1
}

// scopeWords: the folded words of tokens [s, e) (none when s < 0).
func scopeWords(toks []claims.Token, s, e int) []string {
	var w []string
	for k := max(s, 0); k < e; k++ {
		if toks[k].Kind == claims.TWord && toks[k].Low != "s" {
			w = append(w, toks[k].Low)
		}
	}
	return w
}

// awardScope: "Best Outdoor Track in the UK" when the fact says "Best
// Outdoor Track in the South West", "Best Lifestyle Village (North
// Island)" for "(South Island)", "Australia's Training Centre of the Year"
// for "the Western Australian Training Centre of the Year": a title whose
// name the facts give (three words or more in a row, "Best …" or "… of the
// Year", "Meilleur …", "… de l'Année") is contradicted on its place when
// every fact naming it gives it for another place; the fact's place is
// suggested.
func (g *grounder) awardScope() {
	toks := g.doc.Tokens
	for k := range toks {
		if !titleAnchor(toks, k) {
			continue
		}
		found, sugg, backed := -1, "", false
		var ps, pe int
		for fi := range g.sh.facts {
			fd := &g.sh.facts[fi]
			ft := fd.doc.Tokens
			for m := range ft {
				if ft[m].Low != toks[k].Low || !titleAnchor(ft, m) {
					continue
				}
				a, fa := k, m
				for a > 0 && fa > 0 && toks[a-1].Sent == toks[k].Sent && ft[fa-1].Sent == ft[m].Sent && toks[a-1].Low == ft[fa-1].Low && toks[a-1].Kind == claims.TWord {
					a, fa = a-1, fa-1
				}
				b, fb := k+1, m+1
				for b < len(toks) && fb < len(ft) && toks[b].Sent == toks[k].Sent && ft[fb].Sent == ft[m].Sent && toks[b].Low == ft[fb].Low && toks[b].Kind == claims.TWord {
					b, fb = b+1, fb+1
				}
				caps := 0
				for j := a; j < b; j++ {
					if toks[j].Cap {
						caps++
					}
				}
				if b-a < 3 || caps < 1 {
					continue
				}
				s, e := titleScope(toks, a, b)
				if s < 0 {
					backed = true
					continue
				}
				fs, fe := titleScope(ft, fa, fb)
				fw := scopeWords(ft, fs, fe)
				if len(fw) == 0 {
					backed = true
					continue
				}
				other := false
				for _, w := range scopeWords(toks, s, e) {
					if !contains(fw, w) {
						other = true
					}
				}
				if !other {
					backed = true
					continue
				}
				if found < 0 {
					found, sugg, ps, pe = fi, fd.doc.Slice(ft[fs].Start, ft[fe-1].End), s, e
				}
			}
		}
		if backed || found < 0 || g.flagged(toks[ps].Start, toks[pe-1].End) {
			continue
		}
		c := claims.Claim{Type: claims.Name, Start: toks[ps].Start, End: toks[pe-1].End, Tok0: ps, Tok1: pe, Sent: toks[ps].Sent, Words: scopeWords(toks, ps, pe)}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, found, sugg)
	}
}

// ourWords set the brand's own thing before its name as an article does
// ("our York shop", "notre boutique de Lyon").
var ourWords = map[string]bool{"our": true, "your": true, "notre": true, "nos": true, "votre": true, "vos": true}

// ofWords join a site's noun to its name ("la scène des Chênes").
var ofWords = map[string]bool{"de": true, "des": true, "du": true, "d'": true, "of": true}

// siteHead: the stem of the noun that makes the name at tokens [a, b) a
// site: after it ("the Leeds shop", "our York shop") or before it with
// "de" ("la scène des Chênes", "au restaurant de Rennes"), an article or
// "our"/"notre" before the whole (in a fact, a comma or a colon will do);
// "" when none.
func siteHead(toks []claims.Token, stems []string, a, b int) string {
	// (a fact's programme may drop the article: "19h, scène du Cloître")
	det := func(k int) bool {
		return k >= 0 && (articles[toks[k].Low] || ourWords[toks[k].Low] || stems != nil && toks[k].Kind == claims.TPunct)
	}
	if det(a-1) && b < len(toks) && toks[b].Kind == claims.TWord && !toks[b].Cap && !toks[b].Stop() && toks[b].Sent == toks[a].Sent {
		if stems != nil {
			return stems[b]
		}
		return claims.Stem(toks[b].Low)
	}
	if a >= 3 && ofWords[toks[a-1].Low] && toks[a-2].Kind == claims.TWord && !toks[a-2].Cap && !toks[a-2].Stop() && det(a-3) {
		if stems != nil {
			return stems[a-2]
		}
		return claims.Stem(toks[a-2].Low)
	}
	return ""
}

// siteOfNamed: "Priya Shah will read from The Salt Orchard at our York
// shop" when the fact gives "The Salt Orchard at the Leeds shop", "Le
// Samuel Okafor Trio ouvre la soirée sur la scène des Chênes" when the
// programme says "Samuel Okafor Trio à 19h, scène du Cloître": a site of
// the facts (a name with its noun) said of the name before it in the
// sentence is contradicted when every fact sentence naming that name sets
// after it, first, another site of the same noun; that site is suggested.
func (g *grounder) siteOfNamed(c *claims.Claim) {
	// (one finding on a name: an earlier check may have flagged it)
	if g.flagged(c.Start, c.End) {
		return
	}
	toks := g.doc.Tokens
	head := siteHead(toks, nil, c.Tok0, c.Tok1)
	if head == "" {
		return
	}
	// the name the site is said of: the nearest stated name before it
	var anchor *claims.Claim
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Type == claims.Name && o.Sent == c.Sent && o.Tok1 <= c.Tok0 && !sharesWord(o.Words, c.Words) && g.sh.known(o.Words...) {
			anchor = o
		}
	}
	if anchor == nil {
		return
	}
	who := strings.Join(anchor.Words, " ")
	found, sugg := -1, ""
	for i := range g.sh.entities {
		ea := &g.sh.entities[i]
		if ea.fact < 0 || ea.fold != who && !strings.HasSuffix(ea.fold, " "+who) {
			continue
		}
		fd := &g.sh.facts[ea.fact]
		ft := fd.doc.Tokens
		// the first site of that noun after the name, in its sentence
		first := -1
		for j := range g.sh.entities {
			e := &g.sh.entities[j]
			if e.fact != ea.fact || e.tok <= ea.tok || ft[e.tok].Sent != ft[ea.tok].Sent || first >= 0 && e.tok >= g.sh.entities[first].tok {
				continue
			}
			if siteHead(ft, fd.stems, e.tok, e.tok+len(e.words)) == head {
				first = j
			}
		}
		if first < 0 {
			continue
		}
		e := &g.sh.entities[first]
		if sharesWord(e.words, c.Words) {
			return
		}
		// "clinics in the Columbus, Ohio area": the site named on the way
		// to the first one is the same place
		for j := range g.sh.entities {
			if o := &g.sh.entities[j]; o.fact == ea.fact && o.tok > ea.tok && o.tok < e.tok && sharesWord(o.words, c.Words) {
				return
			}
		}
		if found < 0 {
			found, sugg = ea.fact, e.text
		}
	}
	if found >= 0 {
		g.contradicted(c, found, sugg)
	}
}

// winCueClass: the words that say a prize or a title was won ("lauréat
// du …", "vainqueur du …", "winner of …", "won the …").
var winCueClass = claims.NewWordClass("laureat", "laureate", "laureats", "laureates", "vainqueur", "vainqueurs", "vainqueure", "gagnant", "gagnante", "winner", "winners", "won")

// lesserWords, before a prize's name in a fact, give less than the prize:
// a selection, a shortlist, a nomination, a stage of a race.
var lesserWords = map[string]bool{
	"selection": true, "selectionne": true, "selectionnee": true, "selectionnes": true, "finaliste": true, "finalistes": true, "nomine": true, "nominee": true, "nomination": true, "etape": true, "mention": true,
	"shortlist": true, "shortlisted": true, "finalist": true, "finalists": true, "nominated": true, "longlist": true, "longlisted": true,
}

// winLinks stand between a win word and the prize's name.
var winLinks = map[string]bool{"du": true, "de": true, "des": true, "d'": true, "la": true, "le": true, "l'": true, "of": true, "the": true, "a": true, "an": true}

// wonLesser: "déjà lauréat du prix Horizon" when the fact says the novel is
// "dans la première sélection du prix Horizon", "vainqueur du Critérium du
// Dauphiné" for "vainqueur d'une étape du Critérium du Dauphiné", "winner
// of the Booker Prize" for "shortlisted for the Booker Prize": a prize said
// won whose name every fact naming it follows a selection, a shortlist, a
// nomination or a stage is contradicted; the fact's words suggested.
func (g *grounder) wonLesser() {
	toks := g.doc.Tokens
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].In(winCueClass) {
			continue
		}
		n := k + 1
		for n < len(toks) && n < k+4 && winLinks[toks[n].Low] {
			n++
		}
		if n >= len(toks) || n == k+1 && toks[k].Low != "won" {
			continue
		}
		words, end := awardName(toks, n)
		if len(words) < 2 || g.flagged(toks[k].Start, toks[end-1].End) {
			continue
		}
		stems := make([]string, len(words))
		for i, w := range words {
			stems[i] = claims.Stem(w)
		}
		found, sugg, backed := -1, "", false
		for fi := range g.sh.facts {
			fd := &g.sh.facts[fi]
			ft := fd.doc.Tokens
			for i := range ft {
				e := runAt(fd, i, stems)
				if e < 0 {
					continue
				}
				lesser := -1
				for j := i - 1; j >= 0 && j >= i-4 && ft[j].Sent == ft[i].Sent; j-- {
					if lesserWords[ft[j].Low] {
						lesser = j
						break
					}
					if ft[j].In(winCueClass) {
						break
					}
				}
				if lesser < 0 {
					backed = true
					continue
				}
				if found < 0 {
					// "vainqueur d'une étape du …": the fact's own win word
					// opens the suggestion
					from := lesser
					for j := lesser - 1; j >= 0 && j >= lesser-3 && ft[j].Sent == ft[i].Sent; j-- {
						if ft[j].In(winCueClass) {
							from = j
						}
					}
					found, sugg = fi, fd.doc.Slice(ft[from].Start, ft[e-1].End)
				}
			}
		}
		if backed || found < 0 {
			continue
		}
		c := claims.Claim{Type: claims.Superlative, Start: toks[k].Start, End: toks[end-1].End, Tok0: k, Tok1: end, Sent: toks[k].Sent, Words: words}
		c.Text = g.doc.Slice(c.Start, c.End)
		g.contradicted(&c, found, sugg)
	}
}

// runAt: the content words of stems in a row from token i of a fact (link
// and stop words between them skipped); the token after the last, or -1.
func runAt(fd *factDoc, i int, stems []string) int {
	ft := fd.doc.Tokens
	if fd.stems[i] != stems[0] || ft[i].Kind != claims.TWord {
		return -1
	}
	j, m := i+1, 1
	for m < len(stems) && j < len(ft) && ft[j].Sent == ft[i].Sent {
		switch {
		case ft[j].Kind == claims.TWord && fd.stems[j] == stems[m]:
			m++
		case ft[j].Kind == claims.TWord && (ft[j].Stop() || awardLinks[ft[j].Low]) || ft[j].Text == "'" || ft[j].Text == "-":
		default:
			return -1
		}
		j++
	}
	if m < len(stems) {
		return -1
	}
	return j
}

// placeOfNamed: "chef Kavitha Naidoo from Spice Quay in Cape Town" when
// the fact says "the Durban restaurant Spice Quay": a place the facts name,
// set right after a stated name with "in"/"à", is contradicted when every
// fact naming that name gives it another place (a place before a noun
// before the name, or after "in"/"à" right after it).
func (g *grounder) placeOfNamed(c *claims.Claim) {
	// (one finding on a name: an earlier check may have flagged it)
	if g.flagged(c.Start, c.End) {
		return
	}
	toks := g.doc.Tokens
	if c.Tok0 < 2 || !placeOfPreps[toks[c.Tok0-1].Low] || toks[c.Tok0-1].Low == "de" || toks[c.Tok0-1].Low == "from" {
		return
	}
	var anchor *claims.Claim
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Name && o.Tok1 == c.Tok0-1 && len(o.Words) >= 2 && g.sh.known(o.Words...) {
			anchor = o
		}
	}
	if anchor == nil {
		return
	}
	who := strings.Join(anchor.Words, " ")
	found, sugg := -1, ""
	for i := range g.sh.entities {
		ea := &g.sh.entities[i]
		if ea.fact < 0 || ea.fold != who {
			continue
		}
		ft := g.sh.facts[ea.fact].doc.Tokens
		place := -1
		for j := range g.sh.entities {
			e := &g.sh.entities[j]
			if e.fact != ea.fact || j == i {
				continue
			}
			end := e.tok + len(e.words)
			// "the Durban restaurant Spice Quay"
			if end+1 == ea.tok && ft[end].Kind == claims.TWord && !ft[end].Cap && e.tok > 0 && articles[ft[e.tok-1].Low] {
				place = j
			}
			// "Spice Quay in Durban"
			if a := ea.tok + len(ea.words); e.tok == a+1 && placeOfPreps[ft[a].Low] {
				place = j
			}
		}
		if place < 0 {
			continue
		}
		if e := &g.sh.entities[place]; sharesWord(e.words, c.Words) {
			return
		} else if found < 0 {
			found, sugg = ea.fact, e.text
		}
	}
	if found >= 0 {
		g.contradicted(c, found, sugg)
	}
}

// wordsInSentence: every content word of fact tokens [lo, hi) is a word of
// the post's sentence sent or the one before ("Headshot Day is Thursday 14
// October 📸 15-minute sessions with …").
func (g *grounder) wordsInSentence(fd *factDoc, lo, hi, sent int) bool {
	toks := g.doc.Tokens
	s0, s1 := g.doc.Sentence(sent)
	if sent > 0 {
		s0, _ = g.doc.Sentence(sent - 1)
	}
	for j := lo; j < hi; j++ {
		t := &fd.doc.Tokens[j]
		if t.Kind != claims.TWord || t.Stop() || t.Cap || len(t.Low) <= 2 {
			continue
		}
		in := false
		for k := s0; k < s1; k++ {
			if toks[k].Kind == claims.TWord && claims.Stem(toks[k].Low) == fd.stems[j] {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// meetWords say a person appears in person or live ("a meet & greet
// with", "rencontre avec", "en direct avec", "a Q&A with", "dédicace").
// ("direct" only in "en direct")
var meetWords = map[string]bool{"meet": true, "greet": true, "live": true, "q&a": true, "signing": true, "rencontre": true, "rencontrer": true, "direct": true, "dedicace": true, "dedicaces": true}

// withPerson: "a meet & greet with The Dustbowl Saints" added to a pass
// whose fact gives none, "JPO en ligne … avec la directrice Nathalie
// Esquirol en direct" when the fact about the online open day names no
// one: a person or act the facts name elsewhere (two words at least), said
// to appear ("meet", "live", "en direct", "rencontre") "with"/"avec" the
// thing the sentence is about, is unsupported when the fact that sentence
// and the one before share most words with (three at least, no tie) does
// not name them and no fact naming them shares two words with them. A thing
// of theirs ("with Hana Sato's soundtrack") is no appearance.
func (g *grounder) withPerson(c *claims.Claim) {
	// (one finding on a name: an earlier check may have flagged it)
	if g.flagged(c.Start, c.End) {
		return
	}
	toks := g.doc.Tokens
	if len(c.Words) < 2 || c.Tok0 < 1 || c.Tok1 < len(toks) && (toks[c.Tok1].Text == "'" || toks[c.Tok1].Text == "’") {
		return
	}
	// "avec la directrice Nathalie Esquirol", "with The Dustbowl Saints"
	w := c.Tok0 - 1
	for w > 0 && w >= c.Tok0-4 && toks[w].Kind == claims.TWord && (!toks[w].Cap || articles[toks[w].Low]) && !withWords[toks[w].Low] {
		w--
	}
	if !withWords[toks[w].Low] {
		return
	}
	// the appearance cue, within four words either side in the sentence
	cue := false
	for j := max(w-4, 0); j < len(toks) && j < c.Tok1+4; j++ {
		if toks[j].Sent == c.Sent && meetWords[toks[j].Low] && (toks[j].Low != "direct" || j > 0 && toks[j-1].Low == "en") {
			cue = true
		}
	}
	if !cue {
		return
	}
	score := func(fi int) int {
		n := g.sharedWords(c.Sent, c.Tok0, c.Tok1, fi, 99)
		if c.Sent > 0 {
			n += g.sharedWords(c.Sent-1, -1, -1, fi, 99)
		}
		return n
	}
	best, bestN, tie := -1, 2, false
	for fi := range g.sh.facts {
		if n := score(fi); n > bestN {
			best, bestN, tie = fi, n, false
		} else if n == bestN {
			tie = true
		}
	}
	if best < 0 || tie {
		return
	}
	who := " " + strings.Join(c.Words, " ") + " "
	for fi := range g.sh.facts {
		if !strings.Contains(g.sh.facts[fi].fold, who) {
			continue
		}
		if fi == best || g.sharedWords(c.Sent, c.Tok0, c.Tok1, fi, 99) >= 2 {
			return
		}
	}
	if g.flagged(toks[w].Start, c.End) {
		return
	}
	u := claims.Claim{Type: claims.Name, Start: toks[w].Start, End: c.End, Tok0: w, Tok1: c.Tok1, Sent: c.Sent, Words: c.Words}
	u.Text = g.doc.Slice(u.Start, u.End)
	g.unsupported(&u)
}
