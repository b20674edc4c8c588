package verify

import "github.com/vigie-cm/vigie/internal/claims"

// Everyone, for what a fact keeps to a group: "our 24/7 on-call line is
// open to anyone who needs advice", "parking is free for everyone", "ouvert
// à tous" said of the thing a fact keeps to some ("a 24/7 on-call line is
// available to existing clients", "Members get … free parking", "la vente
// est réservée aux adhérents").

// audienceCues keep what their clause named before them to a group
// ("available to", "reserved for", "réservée aux", "limited to").
var audienceCues = map[string]bool{
	"available": true, "reserved": true, "limited": true, "restricted": true, "reserve": true, "reservee": true,
	"reserves": true, "reservees": true, "limite": true, "limitee": true, "limites": true, "limitees": true,
}

// audienceGroups name a group a fact gives something to ("Members get …").
var audienceGroups = map[string]bool{
	"members": true, "subscribers": true, "residents": true, "clients": true, "customers": true, "holders": true,
	"membres": true, "adherents": true, "abonnes": true,
}

// groupGets: the verbs by which a group gets what follows.
var groupGets = map[string]bool{"get": true, "receive": true, "enjoy": true, "ont": true, "beneficient": true, "recoivent": true}

// universalAudience flags "open to anyone", "for everyone", "à tous" said of
// a thing that the closest fact keeps to a group.
func (g *grounder) universalAudience() {
	toks := g.doc.Tokens
	for k := 1; k < len(toks); k++ {
		if !toks[k].In(everyoneClass) {
			continue
		}
		e := universalAt(toks, k)
		if e == k {
			l := toks[k].Low
			switch {
			// "open to anyone who needs advice": still everyone
			case (l == "anyone" || l == "everyone") && k+1 < len(toks) && toks[k+1].Low == "who":
			// "ouverte à tous", "open to all" at the end of a clause
			case (l == "tous" || l == "toutes" || l == "all") && (toks[k-1].Low == "a" || toks[k-1].Low == "to") &&
				(k+1 >= len(toks) || toks[k+1].Sent != toks[k].Sent || toks[k+1].Kind == claims.TPunct):
			default:
				continue
			}
			e = k + 1
		}
		sent := toks[k].Sent
		// "open to", "free for", "ouvert à", "gratuit pour"
		p := k - 1
		if toks[k].Low == "all" || toks[k].Low == "tous" || toks[k].Low == "toutes" || toks[k].Low == "tout" {
			p = k - 2
		} else if p >= 0 && (toks[p].Low == "to" || toks[p].Low == "for" || toks[p].Low == "a") {
			p--
		}
		if p < 1 {
			continue
		}
		// the thing: content words of the clause before, eight at most
		var stems []string
		a := p
		for j := p; j >= 0 && j >= p-8 && toks[j].Sent == sent && toks[j].Kind != claims.TPunct; j-- {
			if toks[j].Kind == claims.TWord && !toks[j].Stop() && len(toks[j].Low) > 3 && !toks[j].In(giftClass) {
				stems = append(stems, claims.Stem(toks[j].Low))
			}
			a = j
		}
		if len(stems) == 0 || g.flagged(toks[a].Start, toks[e-1].End) {
			continue
		}
		if fi := g.keptToGroup(stems); fi >= 0 {
			c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: sent}
			c.Text = g.doc.Slice(c.Start, c.End)
			g.contradicted(&c, fi, "")
		}
	}
}

// keptToGroup: the fact with a clause that names a stem of the thing and
// keeps it to a group (a cue after it, or "Members get" before it), when no
// fact gives a thing of those stems to everyone; or -1.
func (g *grounder) keptToGroup(stems []string) int {
	found := -1
	for fi := range g.sh.facts {
		fd := &g.sh.facts[fi]
		if !fd.hasAny(stems) {
			continue
		}
		ft := fd.doc.Tokens
		for j := range ft {
			if !contains(stems, fd.stems[j]) {
				continue
			}
			for k := j + 1; k < len(ft) && k <= j+8 && ft[k].Sent == ft[j].Sent && ft[k].Low != ";"; k++ {
				if universalAt(ft, k) > k {
					return -1
				}
				if audienceCues[ft[k].Low] && k+1 < len(ft) && (ft[k+1].Low == "to" || ft[k+1].Low == "for" || ft[k+1].Low == "aux" || ft[k+1].Low == "a") && !negatedAt(fd.doc, k) && found < 0 {
					found = fi
				}
			}
			for k := j - 1; k >= 1 && k >= j-15 && ft[k].Sent == ft[j].Sent && ft[k].Low != ";"; k-- {
				if groupGets[ft[k].Low] && audienceGroups[ft[k-1].Low] && found < 0 {
					found = fi
				}
			}
		}
	}
	return found
}
