package verify

import "github.com/vigie-cm/vigie/internal/claims"

// restOfStatedPart: "36 concerts : 22 gratuits en plein air … et 14 sur
// billet" for a fact's "36 concerts …, dont 22 concerts gratuits": a count
// that is a stated total less a stated part of it, both written in its
// sentence and both given by one fact, is the rest of that total.
func (g *grounder) restOfStatedPart(c *claims.Claim, cl class) bool {
	if cl != clsPlain || c.Type != claims.Count && c.Type != claims.Number || c.Bound != claims.Exact || c.Value < 1 {
		return false
	}
	// (the claims are not in text order: the extractor adds them in
	// passes; a sentence's first twelve figures are enough)
	cs := g.doc.Claims
	var buf [12]float64
	vals := buf[:0]
	for i := range cs {
		if o := &cs[i]; o.Sent == c.Sent && o.Start != c.Start && (o.Type == claims.Count || o.Type == claims.Number) && o.Bound == claims.Exact && len(vals) < cap(buf) {
			vals = append(vals, o.Value)
		}
	}
	for _, total := range vals {
		part := total - c.Value
		if part < 1 || !containsValue(vals, part) {
			continue
		}
		for _, i := range g.sh.byValue[clsPlain][valueKey(total)] {
			at := &g.sh.atoms[clsPlain][i]
			if at.derived || at.fact < 0 {
				continue
			}
			for _, j := range g.sh.byValue[clsPlain][valueKey(part)] {
				if p := &g.sh.atoms[clsPlain][j]; !p.derived && p.fact == at.fact {
					return true
				}
			}
		}
	}
	return false
}

// containsValue: v is one of vs.
func containsValue(vs []float64, v float64) bool {
	for _, x := range vs {
		if claims.Eq(x, v) {
			return true
		}
	}
	return false
}

// countOfPricedSum: "le billet famille est à 22 €, soit 14 € de moins que 4
// billets plein tarif" (9 € each): a small count of a thing a fact prices,
// that many times that price being a price of its sentence or the sum of
// two of them, is the writer's supposed basket.
func (g *grounder) countOfPricedSum(c *claims.Claim, cl class) bool {
	if cl != clsPlain || c.Type != claims.Count || c.Bound != claims.Exact || c.Noun == "" || c.Value < 2 || c.Value > 20 {
		return false
	}
	var buf [8]float64
	money := buf[:0]
	for i := range g.doc.Claims {
		if o := &g.doc.Claims[i]; o.Type == claims.Money && o.Sent == c.Sent && o.Bound == claims.Exact && o.Value > 0 && len(money) < cap(buf) {
			money = append(money, o.Value)
		}
	}
	if len(money) == 0 {
		return false
	}
	for _, a := range g.sh.atoms[clsMoney] {
		if a.derived || a.fact < 0 || a.bound != claims.Exact || !g.sh.facts[a.fact].words[c.Noun] {
			continue
		}
		v := a.value * c.Value
		if containsValue(money, v) {
			return true
		}
		for i := range money {
			for j := i + 1; j < len(money); j++ {
				if claims.Eq(money[i]+money[j], v) {
					return true
				}
			}
		}
	}
	return false
}
