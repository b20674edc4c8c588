package verify

import (
	"regexp"

	"github.com/vigie-cm/vigie/internal/claims"
)

// boundedValidityRe: a fact that puts an end to a validity ("valid for 12
// months", "valable un an", "valables 6 mois", "expires after 2 years",
// "expirent au bout d'un an").
var boundedValidityRe = regexp.MustCompile(`\b(?:valid|valable|valables|valide|valides)(?: for| pendant| durant)? (?:\d+|a|one|two|three|six|twelve|un|une|deux|trois|six|douze) (?:full )?(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|annees?)\b|\bexpir(?:e|es|ent) (?:after|within|au bout d)\b`)

// validityBounded: "never expire", "valable à vie" (tokens [a, e)) when a
// fact bounds the validity: contradicted by the fact about the same thing
// that does, the one of most words in common with the post's sentence (or
// the only one).
func (g *grounder) validityBounded(a, e int) {
	toks := g.doc.Tokens
	c := claims.Claim{Type: claims.Guarantee, Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: toks[a].Sent}
	ctx := g.context(&c, 12)
	best, bestOv, n := -1, -1, 0
	for fi := range g.sh.facts {
		if !boundedValidityRe.MatchString(g.sh.facts[fi].fold) {
			continue
		}
		n++
		if ov := g.overlap(ctx, fi); ov > bestOv {
			best, bestOv = fi, ov
		}
	}
	if best < 0 || bestOv == 0 && n > 1 {
		return
	}
	c.Text = g.doc.Slice(c.Start, c.End)
	g.contradicted(&c, best, "")
}
