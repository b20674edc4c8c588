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
// ("démonstrations").
func (g *grounder) activityOfAnother(c *claims.Claim) {
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
			agent := agentOf(fd.doc, k)
			if agent == "" {
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
// of the sentence before that verb); "" when none.
func agentOf(d *claims.Doc, k int) string {
	ft := d.Tokens
	for j := k + 1; j < len(ft) && j <= k+4 && ft[j].Sent == ft[k].Sent; j++ {
		if agentWords[ft[j].Low] {
			if j+1 < len(ft) && ft[j+1].Cap && ft[j+1].Sent == ft[k].Sent {
				return nameAt(d, j+1)
			}
			return ""
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
				return nameAt(d, a)
			}
		}
		return ""
	}
	return ""
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
