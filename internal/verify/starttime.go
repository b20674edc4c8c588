package verify

import (
	"math"

	"github.com/vigie-cm/vigie/internal/claims"
)

// startAtAnEnd: "Concert dès 19h" when the facts give 19h only as the end
// of a range ("les concerts gratuits ont lieu de 13h à 19h") and the
// concerts of the main stage "commencent à 20h": a time said as a start
// ("dès", "à partir de", "from") that the facts give only as an end is
// contradicted by the nearest start or single time of the fact with such
// times most about the sentence. It flags c and reports whether it did.
func (g *grounder) startAtAnEnd(c *claims.Claim) bool {
	if c.Type != claims.Time || c.Bound != claims.From {
		return false
	}
	asEnd := false
	for r := range g.sh.timeRanges {
		if claims.Eq(r.end.Value, c.Value) {
			asEnd = true
		}
	}
	if !asEnd {
		return false
	}
	// the time stated otherwise than as an end backs it
	for fi := range g.sh.facts {
		d := g.sh.facts[fi].doc
		for i := range d.Claims {
			if o := &d.Claims[i]; o.Type == claims.Time && claims.Eq(o.Value, c.Value) && timeBefore(d, o) == nil {
				return false
			}
		}
	}
	// the fact with a start or single time that shares the most words
	// with the sentence, and its time nearest the post's
	fi, bestOv := -1, 0
	var best *claims.Claim
	for f := range g.sh.facts {
		d := g.sh.facts[f].doc
		var near *claims.Claim
		for i := range d.Claims {
			o := &d.Claims[i]
			if o.Type == claims.Time && timeBefore(d, o) == nil && (near == nil || math.Abs(o.Value-c.Value) < math.Abs(near.Value-c.Value)) {
				near = o
			}
		}
		if near == nil {
			continue
		}
		if ov := g.sharedWords(c.Sent, c.Tok0, c.Tok1, f, 99); ov > bestOv {
			fi, bestOv, best = f, ov, near
		}
	}
	if best == nil {
		return false
	}
	g.contradicted(c, fi, best.Text)
	return true
}
