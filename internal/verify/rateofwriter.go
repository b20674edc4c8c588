package verify

import (
	"math"
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// rateOfWriter: "2.9 million km over 1.2 million trips, roughly 2.4 km per
// trip", "2 350 pommiers sur 14 hectares ? Environ 168 arbres par hectare":
// a rate (its figure, its noun, then "per", "par", "a", "each" and a noun)
// that is the quotient of two figures of its sentence or the one before,
// the divisor counting the rate's noun ("trips" for "per trip"), one of the
// two backed, within the writer's rounding, is the writer's own division:
// not a count of its own, nor the year's figure of a fact ("last year …
// covered 2.9 million km"). At most eight figures are tried, so a long post
// stays linear.
func (g *grounder) rateOfWriter(c *claims.Claim) bool {
	if c.Value <= 0 || c.Bound != claims.Exact && c.Bound != claims.Approx {
		return false
	}
	toks := g.doc.Tokens
	per := ""
	for k := c.Tok1; k+1 < len(toks) && k <= c.Tok1+1 && toks[k].Sent == c.Sent; k++ {
		if rateWords[toks[k].Low] && toks[k].Low != "/" {
			if t := &toks[k+1]; t.Kind == claims.TWord && !t.Stop() && t.Sent == c.Sent {
				per = claims.Stem(t.Low)
			}
			break
		}
	}
	if per == "" {
		return false
	}
	// the precision the writer rounded to: half a unit of the last digit
	tol := 0.5
	if i := strings.LastIndexAny(c.Text, ".,"); i >= 0 {
		tol = 0.5 * math.Pow(10, -float64(len(c.Text)-i-1))
	}
	// the sentence before is the one before c's with a word ("… sur 14
	// hectares ? 🌳 Environ 168 arbres par hectare": not the emoji's)
	prev := c.Sent
	for k := c.Tok0 - 1; k >= 0; k-- {
		if toks[k].Sent != c.Sent && toks[k].Kind == claims.TWord {
			prev = toks[k].Sent
			break
		}
	}
	const maxNear = 8
	var near [maxNear]*claims.Claim
	n := 0
	for i := range g.doc.Claims {
		o := &g.doc.Claims[i]
		if o.Start == c.Start || o.Sent != c.Sent && o.Sent != prev || o.Value <= 0 || o.Type != claims.Count && o.Type != claims.Number {
			continue
		}
		if n == maxNear {
			break
		}
		near[n] = o
		n++
	}
	// the divisor counts what the rate is per: its noun, or one of the two
	// words after its figure ("1.2 million trips")
	counts := func(b *claims.Claim) bool {
		if b.Noun != "" && claims.Stem(b.Noun) == per {
			return true
		}
		for k := b.Tok1; k < len(toks) && k <= b.Tok1+1 && toks[k].Sent == b.Sent; k++ {
			if claims.Stem(toks[k].Low) == per {
				return true
			}
		}
		return false
	}
	for _, b := range near[:n] {
		if b.Start > c.Start || !counts(b) {
			continue
		}
		for _, a := range near[:n] {
			if a == b || a.Start > c.Start || math.Abs(a.Value/b.Value-c.Value) > tol+1e-9 {
				continue
			}
			if g.supported(a, clsPlain) || g.supported(b, clsPlain) {
				return true
			}
		}
	}
	return false
}
