package verify

import (
	"math"
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// containersOfTotal: "56 six-bedroom cluster flats, home to 336 en-suite
// rooms", "à partir de 12 bouteilles, c'est-à-dire dès 2 cartons" for "par
// carton de 6 bouteilles": a count of containers that is a backed count of
// its sentence divided by the size of one container, the size said with
// the count ("six-bedroom flats") or given by a fact ("carton de 6
// bouteilles", "boxes of 12"), is that division; another count of them is
// still checked.
func (g *grounder) containersOfTotal(c *claims.Claim) bool {
	if c.Type != claims.Count || c.Bound != claims.Exact && c.Bound != claims.From && c.Bound != claims.AtLeast || c.Value < 2 || c.Value != math.Trunc(c.Value) || c.Noun == "" {
		return false
	}
	var buf [4]float64
	sizes := buf[:0]
	// the size said with the count: "56 six-bedroom cluster flats", "12
	// 4-seat tables", a figure dashed to the counted noun
	if a, b, ok := strings.Cut(c.Noun, "-"); ok && a != "" && b != "" {
		if v := firstFigure(a+" "+b+"s", g.lang); v >= 2 && v == math.Trunc(v) {
			sizes = append(sizes, v)
		}
	}
	// or a figure just after the count ("12 4-seat tables"), read from its
	// token rather than from every claim of the post
	if k := c.Tok1; k < len(g.doc.Tokens) && g.doc.Tokens[k].Kind == claims.TNum && g.doc.Tokens[k].Num >= 2 && k+1 < len(g.doc.Tokens) && g.doc.Tokens[k+1].Text == "-" {
		sizes = append(sizes, g.doc.Tokens[k].Num)
	}
	// the size a fact gives: "carton de 6 bouteilles", "boxes of 12"
	noun := claims.Stem(c.Noun)
	for _, a := range g.sh.atoms[clsPlain] {
		if a.derived || a.fact < 0 || a.tok < 2 || a.value < 2 || len(sizes) == cap(sizes) {
			continue
		}
		d := g.factDoc(a.fact)
		if d == nil || a.tok >= len(d.Tokens) {
			continue
		}
		if l := d.Tokens[a.tok-1].Low; (l == "de" || l == "of") && claims.Stem(d.Tokens[a.tok-2].Low) == noun {
			sizes = append(sizes, a.value)
		}
	}
	if len(sizes) == 0 {
		return false
	}
	for i := range g.doc.Claims {
		m := &g.doc.Claims[i]
		if m.Start == c.Start || m.Sent != c.Sent || m.Type != claims.Count || m.Bound != claims.Exact && m.Bound != claims.From || m.Value <= c.Value {
			continue
		}
		for _, k := range sizes {
			if claims.Eq(m.Value/k, c.Value) && g.supported(m, clsPlain) {
				return true
			}
		}
	}
	return false
}
