package verify

import "github.com/vigie-cm/vigie/internal/claims"

// seeVerbs: seeing or visiting something.
var seeVerbs = map[string]bool{
	"voir": true, "visiter": true, "decouvrir": true, "admirer": true, "revoir": true,
	"see": true, "visit": true, "discover": true, "explore": true,
}

// seesNamedThing: "cinq occasions de voir « Meuse de fer » gratuitement",
// "chances to see Iron Meuse for free": a gift of seeing or visiting a
// thing the facts name (the exhibition, the museum) is free entry to it.
func (g *grounder) seesNamedThing(c *claims.Claim) bool {
	see := false
	for _, w := range c.Words {
		if seeVerbs[claims.Fold(w)] {
			see = true
		}
	}
	if !see {
		return false
	}
	// (a capital inside the span, after a quotation mark too, is a name)
	for k := c.Tok0; k < c.Tok1 && k < len(g.doc.Tokens); k++ {
		if t := &g.doc.Tokens[k]; t.Cap && (!t.SentStart || k > c.Tok0) && t.Kind == claims.TWord && len(t.Low) > 3 && g.sh.known(claims.Fold(t.Low)) {
			return true
		}
	}
	return false
}
