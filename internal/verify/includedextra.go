package verify

import "github.com/vigie-cm/vigie/internal/claims"

// Included, but extra: "cuissons incluses", "la protection valeur à neuf est
// incluse gratuitement", "firings included" said of the thing whose fact
// charges it apart ("… cuissons en sus", "la protection valeur à neuf est
// offerte en option à 89 $", "… firings at extra cost"), when that fact is
// closer to the post's sentence than any fact that includes it (the same
// thing included in another offer: "la session … ; les cuissons sont
// compris"). The reverse of extras.

// includedWords say a thing comes in the price.
var includedWords = map[string]bool{
	"inclus": true, "incluse": true, "incluses": true, "compris": true, "comprise": true, "comprises": true, "included": true,
}

// extraAt: fact token j opens a charge apart ("en sus", "en supplément",
// "en option", "extra", "not included", "non compris", "payant").
func extraAt(ft []claims.Token, j int) bool {
	next := ""
	if j+1 < len(ft) && ft[j+1].Sent == ft[j].Sent {
		next = ft[j+1].Low
	}
	switch ft[j].Low {
	case "extra", "payant", "payante", "payants", "payantes":
		return true
	case "en":
		return next == "sus" || next == "supplement" || next == "option"
	case "not", "non":
		return includedWords[next]
	}
	return false
}

// includedExtra flags a thing said included that the closest fact charges
// apart.
func (g *grounder) includedExtra() {
	toks := g.doc.Tokens
	for i := 1; i < len(toks); i++ {
		if !toks[i].In(includedClass) {
			continue
		}
		// "not included", "non compris": said extra, extras reads it
		if toks[i-1].Low == "not" || toks[i-1].Low == "non" {
			continue
		}
		// the thing: the content words of the clause before, five at most
		sent := toks[i].Sent
		var stems []string
		a := i
		for k := i - 1; k >= 0 && k >= i-6 && toks[k].Sent == sent && toks[k].Kind == claims.TWord; k-- {
			if !toks[k].Stop() && len(toks[k].Low) > 3 {
				stems = append(stems, claims.Stem(toks[k].Low))
				a = k
			}
		}
		if len(stems) == 0 {
			continue
		}
		e := i + 1
		if e < len(toks) && toks[e].Sent == sent && (toks[e].Low == "gratuitement" || toks[e].Low == "free") {
			e++
		}
		if g.flagged(toks[a].Start, toks[e-1].End) {
			continue
		}
		c := claims.Claim{Type: claims.Freebie, Start: toks[a].Start, End: toks[e-1].End, Tok0: a, Tok1: e, Sent: sent}
		ctx := g.context(&c, 20)
		extra, extraOv, incOv := -1, 0, -1
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
				for k := j + 1; k < len(ft) && k <= j+12 && ft[k].Sent == ft[j].Sent && ft[k].Low != ";"; k++ {
					// "offerte en option": a charge apart too
					if extraAt(ft, k) || ft[k].In(giftClass) && k+1 < len(ft) && extraAt(ft, k+1) {
						if ov := thingScore(fd, j, k, stems) + g.overlap(ctx, fi); ov > extraOv {
							extra, extraOv = fi, ov
						}
						break
					}
					if ft[k].In(giftClass) && !negatedAt(fd.doc, k) {
						incOv = max(incOv, thingScore(fd, j, k, stems)+g.overlap(ctx, fi))
						break
					}
				}
			}
		}
		if extra >= 0 && extraOv > incOv {
			c.Text = g.doc.Slice(c.Start, c.End)
			g.contradicted(&c, extra, "")
		}
	}
}

// thingScore: how many of the thing's stems fact fd names from token j to
// its cue k, weighed above any count of context words in common.
func thingScore(fd *factDoc, j, k int, stems []string) int {
	n := 0
	for i, st := range stems {
		if !seenBefore(stems, i) && contains(fd.stems[j:k], st) {
			n++
		}
	}
	return 100 * n
}
