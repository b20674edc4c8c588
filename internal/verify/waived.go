package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// Waived requirements: a post that says a condition is not needed ("no
// swimming skills needed", "no spay/neuter requirement", "l'admission se
// fait sans test", "ouverte à tous, sans adhésion", "même sans savoir
// nager", "pas besoin de savoir nager") is contradicted by a fact that
// requires it ("participants must be able to swim 50 metres", "les enfants
// doivent … savoir nager", "il faut … réussir un test", "l'adhésion … est
// obligatoire"). Booking is left to noBooking.

// waiveEnds close "no X …": the condition is said not to be needed.
var waiveEnds = map[string]bool{
	"needed": true, "required": true, "necessary": true, "requirement": true, "requirements": true,
	"requis": true, "requise": true, "requises": true, "necessaire": true, "necessaires": true, "exige": true, "exigee": true,
}

// waiveSkip: words of "no X needed" that name no condition of their own
// ("no swimming skills needed": swimming).
var waiveSkip = map[string]bool{
	"skill": true, "skills": true, "prior": true, "previous": true, "special": true, "particular": true, "ability": true,
	"abilities": true, "knowledge": true, "savoir": true, "avoir": true, "competence": true, "competences": true,
	"prealable": true, "particuliere": true, "particulier": true, "de": true, "d'": true, "to": true, "how": true, "know": true,
}

// waivedBooking: the conditions noBooking reads.
var waivedBooking = map[string]bool{
	"booking": true, "bookings": true, "appointment": true, "appointments": true, "reservation": true, "reservations": true,
	"inscription": true, "rendez-vous": true, "registration": true, "reserver": true, "book": true, "inscrire": true,
}

// mustCues require what follows them in a fact ("must be able to swim",
// "doivent … savoir nager", "il faut … réussir un test").
var mustCues = map[string]bool{
	"must": true, "doit": true, "doivent": true, "faut": true, "requires": true, "require": true, "exige": true, "exigent": true,
}

// requiredCues require what comes before them ("a swim test is
// required", "l'adhésion est obligatoire").
var requiredCues = map[string]bool{
	"required": true, "mandatory": true, "compulsory": true, "essential": true, "obligatoire": true, "obligatoires": true,
	"requis": true, "requise": true, "requises": true, "exigee": true, "exigees": true, "indispensable": true, "indispensables": true,
}

// waivedRequirements flags a condition said to be waived that a fact
// requires.
func (g *grounder) waivedRequirements() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].In(waiveCueClass) {
			continue
		}
		sent := toks[k].Sent
		start, end := k, -1
		var keys []int
		switch toks[k].Low {
		case "no":
			// no need to (know how to) X, no need for X
			if toks[k+1].Low == "need" && k+2 < len(toks) && (toks[k+2].Low == "to" || toks[k+2].Low == "for") {
				for e := k + 3; e < len(toks) && e <= k+7 && !clauseEnd(toks, e, sent); e++ {
					if !toks[e].Stop() && !waiveSkip[toks[e].Low] {
						keys = append(keys, e)
						end = e + 1
						break
					}
				}
				break
			}
			// no X (X X) needed / requirement
			for e := k + 1; e < len(toks) && e <= k+5 && toks[e].Sent == sent; e++ {
				t := &toks[e]
				if waiveEnds[t.Low] {
					end = e + 1
					break
				}
				if t.Kind == claims.TPunct && t.Text == "/" {
					continue
				}
				if t.Kind != claims.TWord {
					break
				}
				if !t.Stop() && !waiveSkip[t.Low] {
					keys = append(keys, e)
				}
			}
		case "sans", "besoin", "inutile":
			// sans (savoir) X, pas besoin de (savoir) X, inutile de X
			e := k + 1
			if toks[k].Low != "sans" {
				if toks[k].Low == "besoin" && (k == 0 || toks[k-1].Low != "pas") || e >= len(toks) || toks[e].Low != "de" && toks[e].Low != "d'" {
					continue
				}
				if toks[k].Low == "besoin" {
					start = k - 1
				}
				e++
			}
			if e < len(toks) && (toks[e].Low == "savoir" || toks[e].Low == "avoir") {
				e++
			}
			if e < len(toks) && toks[e].Sent == sent && toks[e].Kind == claims.TWord && !toks[e].Stop() && len(toks[e].Low) > 3 {
				keys = append(keys, e)
				end = e + 1
			}
		}
		if end < 0 || len(keys) == 0 {
			continue
		}
		booking := false
		for _, x := range keys {
			booking = booking || waivedBooking[toks[x].Low]
		}
		if booking {
			continue
		}
		if start > 0 && (toks[start-1].Low == "meme" || toks[start-1].Low == "even") {
			start--
		}
		fi := g.requiringFact(keys)
		if fi < 0 {
			continue
		}
		a, b := toks[start].Start, toks[end-1].End
		if g.flagged(a, b) {
			continue
		}
		c := claims.Claim{Type: claims.Guarantee, Start: a, End: b, Tok0: start, Tok1: end, Sent: sent}
		c.Text = g.doc.Slice(a, b)
		g.contradicted(&c, fi, "")
	}
}

// keyWord: fact word w names the post's condition word p ("swim" for
// "swimming", "spayed" for "spay").
func keyWord(p, w string) bool {
	if p == w || claims.Stem(p) == claims.Stem(w) || sameRoot(p, w) {
		return true
	}
	short, long := p, w
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short) >= 4 && len(long)-len(short) <= 4 && strings.HasPrefix(long, short)
}

// requiringFact: the fact that requires one of the post's condition words
// (keys), not negated, with no fact that waives it; -1 for none.
func (g *grounder) requiringFact(keys []int) int {
	toks := g.doc.Tokens
	found := -1
	for fi := range g.sh.facts {
		fd := g.fd(fi)
		if fd.doc == nil {
			continue
		}
		ft := fd.doc.Tokens
		for j := range ft {
			if ft[j].Kind != claims.TWord {
				continue
			}
			match := false
			for _, x := range keys {
				if keyWord(toks[x].Low, ft[j].Low) {
					match = true
					break
				}
			}
			if !match {
				continue
			}
			// a fact that waives it too ("no swimming skills needed")
			if negatedAt(fd.doc, j) {
				return -1
			}
			if found < 0 && requiredAt(ft, j) {
				found = fi
			}
		}
	}
	return found
}

// requiredAt: fact word j is required by a cue before it in its clause
// ("must be able to swim", "doivent avoir au moins 7 ans et savoir
// nager") or after it ("a swim test is required", "l'adhésion … ; elle
// est obligatoire"), no negation between.
func requiredAt(ft []claims.Token, j int) bool {
	s := ft[j].Sent
	for i := j - 1; i >= 0 && i >= j-8 && ft[i].Sent == s && ft[i].Text != ";"; i-- {
		if ft[i].In(negationClass) {
			return false
		}
		if mustCues[ft[i].Low] {
			return i+1 >= len(ft) || !ft[i+1].In(negationClass)
		}
	}
	for i := j + 1; i < len(ft) && ft[i].Sent == s; i++ {
		if ft[i].In(negationClass) {
			return false
		}
		if requiredCues[ft[i].Low] {
			if i <= j+4 {
				return true
			}
			// "elle est obligatoire": a pronoun for the thing named
			for p := i - 1; p >= i-3 && p > j; p-- {
				if subjectPronouns[ft[p].Low] {
					return true
				}
			}
			return false
		}
	}
	return false
}
