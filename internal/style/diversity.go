package style

// Vocabulary diversity: a brand whose posts are mass-produced slowly uses
// fewer distinct words and word pairs. distinct-n is the share of distinct
// n-grams among all n-grams; MTLD (McCarthy & Jarvis, 2010) is the mean
// length of the stretches of text whose type-token ratio stays above 0.72,
// which unlike a plain ratio does not fall just because a text is longer.

// Diversity measures a set of texts taken together.
type Diversity struct {
	Tokens    int     `json:"tokens"`
	Distinct1 float64 `json:"distinct1"`
	Distinct2 float64 `json:"distinct2"`
	MTLD      float64 `json:"mtld"`
}

// wordsOf returns the lower-cased words of the texts (hashtags and mentions
// out: they repeat by design).
func wordsOf(texts []string) []string {
	var out []string
	for _, t := range texts {
		for _, tok := range tokenize(t) {
			if tok.hashtag || tok.mention {
				continue
			}
			out = append(out, tok.lower)
		}
		out = append(out, "") // n-grams do not span two posts
	}
	return out
}

// MeasureDiversity computes distinct-1, distinct-2 and MTLD over texts.
func MeasureDiversity(texts []string) Diversity {
	return diversityOfWords(wordsOf(texts))
}

func diversityOfWords(ws []string) Diversity {
	var d Diversity
	uni := map[string]struct{}{}
	bi := map[[2]string]struct{}{}
	nbi := 0
	var flat []string
	for i, w := range ws {
		if w == "" {
			continue
		}
		flat = append(flat, w)
		uni[w] = struct{}{}
		if i+1 < len(ws) && ws[i+1] != "" {
			bi[[2]string{w, ws[i+1]}] = struct{}{}
			nbi++
		}
	}
	d.Tokens = len(flat)
	if d.Tokens == 0 {
		return d
	}
	d.Distinct1 = float64(len(uni)) / float64(d.Tokens)
	if nbi > 0 {
		d.Distinct2 = float64(len(bi)) / float64(nbi)
	}
	d.MTLD = mtld(flat)
	return d
}

const mtldThreshold = 0.72

func mtldPass(ws []string, reverse bool) float64 {
	factors := 0.0
	types := map[string]struct{}{}
	count := 0
	for k := range ws {
		w := ws[k]
		if reverse {
			w = ws[len(ws)-1-k]
		}
		count++
		types[w] = struct{}{}
		if ttr := float64(len(types)) / float64(count); ttr <= mtldThreshold {
			factors++
			clear(types)
			count = 0
		}
	}
	if count > 0 {
		ttr := float64(len(types)) / float64(count)
		factors += (1 - ttr) / (1 - mtldThreshold)
	}
	if factors == 0 {
		// the whole text never fell to the threshold: it is as diverse as
		// can be measured at its length
		return float64(len(ws))
	}
	return float64(len(ws)) / factors
}

func mtld(ws []string) float64 {
	if len(ws) == 0 {
		return 0
	}
	return (mtldPass(ws, false) + mtldPass(ws, true)) / 2
}

// DiversityPoint is the diversity of a window of consecutive posts.
type DiversityPoint struct {
	First int `json:"first"` // index of the window's first post
	Last  int `json:"last"`  // index of its last post
	Diversity
}

// DiversityOverTime slides a window of size posts over posts (oldest first)
// with the given step, for the voice health chart.
func DiversityOverTime(posts []string, size, step int) []DiversityPoint {
	if size <= 0 || step <= 0 || len(posts) == 0 {
		return nil
	}
	if size > len(posts) {
		size = len(posts)
	}
	var out []DiversityPoint
	for first := 0; first+size <= len(posts); first += step {
		out = append(out, DiversityPoint{First: first, Last: first + size - 1, Diversity: MeasureDiversity(posts[first : first+size])})
	}
	return out
}
