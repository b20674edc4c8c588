package verify

import (
	"regexp"
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// siteNouns name the places a brand works from (singular and plural,
// folded).
var siteNouns = map[string]bool{
	"branch": true, "branches": true, "store": true, "stores": true, "shop": true, "shops": true,
	"location": true, "locations": true, "site": true, "sites": true, "venue": true, "venues": true,
	"outlet": true, "outlets": true, "library": true, "libraries": true, "studio": true, "studios": true,
	"agence": true, "agences": true, "magasin": true, "magasins": true, "boutique": true, "boutiques": true,
	"succursale": true, "succursales": true, "bibliotheque": true, "bibliotheques": true, "antenne": true, "antennes": true,
}

// siteOnlyRe: a fact that keeps a service to one place ("available at
// Banksia Central Library only", "uniquement à la médiathèque centrale").
var siteOnlyRe = regexp.MustCompile(`\b(?:at|in) [a-z0-9' -]{2,40} only\b|\bonly (?:at|in)\b|\b(?:uniquement|seulement|exclusivement) (?:a|au|aux|dans|en|sur)\b`)

// everySite: "3D printing is available in every branch", "dans toutes nos
// agences" when the fact about the same thing (two words in common with
// the sentence, or with it and the one before) keeps it to one place
// ("at Banksia Central Library only"): the scope is contradicted.
func (g *grounder) everySite() {
	toks := g.doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		a, n := k, -1
		switch toks[k].Low {
		case "every", "each", "chaque":
			n = k + 1
		case "all", "tous", "toutes":
			n = k + 1
			if n < len(toks) && (toks[n].Low == "our" || toks[n].Low == "the" || toks[n].Low == "nos" || toks[n].Low == "les") {
				n++
			}
		default:
			continue
		}
		if n >= len(toks) || !siteNouns[claims.Fold(toks[n].Low)] || toks[n].Sent != toks[k].Sent {
			continue
		}
		if a > 0 && toks[a-1].Sent == toks[k].Sent {
			switch toks[a-1].Low {
			case "in", "at", "dans", "en", "across":
				a--
			}
		}
		if g.flagged(toks[a].Start, toks[n].End) {
			continue
		}
		c := claims.Claim{Type: "condition", Start: toks[a].Start, End: toks[n].End, Tok0: a, Tok1: n + 1, Sent: toks[k].Sent}
		c.Text = g.doc.Slice(c.Start, c.End)
		fi := g.siteOnlyFact(g.context(&c, 12))
		if fi < 0 {
			fi = g.siteOnlyFact(g.contextWithPrev(&c))
		}
		if fi >= 0 {
			g.contradicted(&c, fi, "")
		}
		k = n
	}
}

// siteOnlyFact: the fact sharing most words (two at least) with ctx, when
// it keeps its service to one place (siteOnlyRe), or -1.
func (g *grounder) siteOnlyFact(ctx []string) int {
	best, bestOv := -1, 1
	for fi := range g.sh.facts {
		if ov := g.overlap(ctx, fi); ov > bestOv {
			best, bestOv = fi, ov
		}
	}
	if best < 0 || !siteOnlyRe.MatchString(strings.TrimSpace(g.sh.facts[best].fold)) {
		return -1
	}
	return best
}
