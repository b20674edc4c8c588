package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// bannedItem is a thing a fact forbids or leaves out: "Fireworks and sky
// lanterns are not permitted" (fireworks, lanterns), "Dogs are not allowed
// in the garden, except guide dogs" (dogs, but guide dogs), "passkeys are
// not yet supported on Linux" (Linux).
type bannedItem struct {
	stem   string
	fact   int
	except []string // stems of the fact's exception ("guide")
}

// banWords, after a negation, forbid the subject of their clause; the
// supported ones leave out the name after "on"/"sur" instead.
var banWords = map[string]bool{"permitted": true, "allowed": true, "admitted": true, "autorise": true, "autorises": true, "autorisee": true, "autorisees": true, "admis": true, "acceptes": true, "accepte": true}

var supportWords = map[string]bool{"supported": true, "available": true, "pris": true, "disponible": true, "disponibles": true}

// findBanned reads, once per sheet, the things its facts forbid. A thing
// also named in a fact that does not forbid it is left out: the sheet may
// allow it elsewhere.
func (sh *sheet) findBanned() {
	f := sh.allFold
	if !strings.Contains(f, " not ") && !strings.Contains(f, " pas ") && !strings.Contains(f, "interdit") {
		return
	}
	for fi := range sh.facts {
		fd := &sh.facts[fi]
		toks := fd.doc.Tokens
		for k := range toks {
			l := toks[k].Low
			neg := k > 0 && (toks[k-1].Low == "not" || toks[k-1].Low == "pas" || toks[k-1].Low == "yet" && k > 1 && toks[k-2].Low == "not")
			inter := strings.HasPrefix(l, "interdit")
			switch {
			case neg && banWords[l] || inter:
				sh.banSubject(fi, k)
			case neg && supportWords[l]:
				// "not yet supported on Linux": the name after on
				if k+2 < len(toks) && (toks[k+1].Low == "on" || toks[k+1].Low == "sur") && toks[k+2].Cap && toks[k+2].Sent == toks[k].Sent {
					sh.banned = append(sh.banned, bannedItem{stem: claims.Stem(toks[k+2].Low), fact: fi})
				}
			}
		}
	}
	// a thing another fact names is not forbidden outright
	kept := sh.banned[:0]
	for _, b := range sh.banned {
		only := true
		for _, fi := range sh.wordFacts[b.stem] {
			if fi != b.fact {
				only = false
			}
		}
		if only {
			kept = append(kept, b)
		}
	}
	sh.banned = kept
}

// banSubject: the heads of the subject of the clause whose verb is at k
// ("Fireworks and sky lanterns are not permitted": fireworks, lanterns),
// with the stems of an exception after it ("except guide dogs").
func (sh *sheet) banSubject(fi, k int) {
	fd := &sh.facts[fi]
	toks := fd.doc.Tokens
	var except []string
	for j := k + 1; j < len(toks) && toks[j].Sent == toks[k].Sent && toks[j].Text != ";"; j++ {
		if toks[j].Low == "except" || toks[j].Low == "sauf" || toks[j].Low == "hors" {
			for e := j + 1; e < len(toks) && e <= j+4 && toks[e].Kind == claims.TWord; e++ {
				if !toks[e].Stop() {
					except = append(except, fd.stems[e])
				}
			}
			break
		}
	}
	// back to the clause start; a head is the last content word before
	// "and", "et" or the verb
	start := k
	for start > 0 && toks[start-1].Sent == toks[k].Sent && toks[start-1].Text != ";" && toks[start-1].Text != ":" && toks[start-1].Text != "," {
		start--
	}
	prevContent := -1
	for j := start; j < k; j++ {
		t := &toks[j]
		head := t.Low == "and" || t.Low == "et" || t.Low == "ou" || t.Low == "or" || t.Low == "are" || t.Low == "is" || t.Low == "sont" || t.Low == "est" || t.Low == "not" || t.Low == "ne" || t.Low == "n'"
		if head {
			if prevContent >= 0 {
				sh.banned = append(sh.banned, bannedItem{stem: fd.stems[prevContent], fact: fi, except: except})
				prevContent = -1
			}
			continue
		}
		if t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 2 {
			prevContent = j
		}
	}
	// "Feux d'artifice interdits": the verb right after the subject
	if prevContent >= 0 && prevContent == k-1 {
		sh.banned = append(sh.banned, bannedItem{stem: fd.stems[prevContent], fact: fi, except: except})
	}
}

// bannedSaid: "the night ends with fireworks over the lawn" when a fact
// says fireworks are not permitted, "Dogs welcome on a leash" when dogs
// are not allowed, "passkeys on Windows and Linux" when Linux is not yet
// supported: a forbidden thing said in a sentence that neither denies nor
// restricts it is contradicted by the fact that forbids it.
func (g *grounder) bannedSaid() {
	toks := g.doc.Tokens
	for k := range toks {
		t := &toks[k]
		if t.Kind != claims.TWord || t.Stop() {
			continue
		}
		st := claims.Stem(t.Low)
		for _, b := range g.sh.banned {
			if b.stem != st || g.flagged(t.Start, t.End) || g.deniedIn(k, b) {
				continue
			}
			c := claims.Claim{Type: "banned", Start: t.Start, End: t.End, Tok0: k, Tok1: k + 1, Sent: t.Sent, Text: t.Text}
			g.contradicted(&c, b.fact, "")
			break
		}
	}
}

// deniedIn: the sentence of token k denies or restricts something ("no
// fireworks", "sans chiens", "except guide dogs") or names a word of the
// fact's exception.
func (g *grounder) deniedIn(k int, b bannedItem) bool {
	toks := g.doc.Tokens
	for j := range toks {
		t := &toks[j]
		if t.Sent != toks[k].Sent {
			continue
		}
		if t.In(negationClass) || t.Low == "n't" || t.Low == "except" || t.Low == "sauf" || t.Low == "only" || t.Low == "without" || t.Low == "ne" || t.Low == "interdit" || banWords[t.Low] || t.Low == "cannot" || strings.HasSuffix(t.Low, "n't") {
			return true
		}
		// ("guide dogs" names the exception by "guide", not by "dogs")
		if st := claims.Stem(t.Low); t.Kind == claims.TWord && st != b.stem && contains(b.except, st) {
			return true
		}
	}
	return false
}
