package verify

import "github.com/vigie-cm/vigie/internal/claims"

// askedFigure: "Feeling sick at 2 a.m.?", "Want 10?": a clock time or a
// small bare number inside a question asks, it does not state; when no
// fact gives another value for it (a contradiction is still flagged) it is
// not an invented figure, as small counts in questions are not ("Deux
// enfants inscrits ?").
func (g *grounder) askedFigure(c *claims.Claim) bool {
	if c.Type != claims.Time && !(c.Type == claims.Number && c.Value <= 10) {
		return false
	}
	return g.question(c.Sent)
}
