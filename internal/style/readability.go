package style

import (
	"strings"
	"unicode"
)

// Readability scores, computed on the prose words of a text (URLs, hashtags
// and mentions left out).
type Readability struct {
	Words, Sentences, Syllables int
	// Score is Kandel–Moles for French (207 − 1.015·words/sentence −
	// 73.6·syllables/word) and Flesch reading ease for English (206.835 −
	// 1.015·words/sentence − 84.6·syllables/word): higher is easier, 60–70 is
	// plain language, under 30 is hard.
	Score              float64
	AvgSentenceWords   float64
	LongestSentence    int // words
	longestStart, lEnd int // code points of the longest sentence
}

type sentence struct {
	first, last int // token indexes
}

func sentencesOf(toks []token) []sentence {
	var out []sentence
	for i, t := range toks {
		if t.hashtag || t.mention {
			continue
		}
		if len(out) == 0 || t.sentStart {
			out = append(out, sentence{first: i, last: i})
			continue
		}
		out[len(out)-1].last = i
	}
	return out
}

func readability(toks []token, lang string) Readability {
	var r Readability
	sents := sentencesOf(toks)
	for _, s := range sents {
		n := 0
		for i := s.first; i <= s.last; i++ {
			t := toks[i]
			if t.hashtag || t.mention {
				continue
			}
			n++
			r.Syllables += syllables(t.lower, lang)
		}
		if n == 0 {
			continue
		}
		r.Words += n
		r.Sentences++
		if n > r.LongestSentence {
			r.LongestSentence = n
			r.longestStart, r.lEnd = toks[s.first].start, toks[s.last].end
		}
	}
	if r.Words == 0 {
		return r
	}
	r.AvgSentenceWords = float64(r.Words) / float64(r.Sentences)
	spw := float64(r.Syllables) / float64(r.Words)
	if lang == "fr" {
		r.Score = 207 - 1.015*r.AvgSentenceWords - 73.6*spw
	} else {
		r.Score = 206.835 - 1.015*r.AvgSentenceWords - 84.6*spw
	}
	return r
}

func isVowel(r rune, lang string) bool {
	if strings.ContainsRune("aeiouy", r) {
		return true
	}
	return lang == "fr" && strings.ContainsRune("àâäéèêëîïôöûùüÿœæ", r)
}

// syllables counts vowel groups. French counts written syllables, as the
// hyphenation-based counters used with Kandel–Moles do ("ta-ble",
// "man-gent"); English drops the silent final -e (but not -le) and -ed/-es
// after most consonants.
func syllables(w, lang string) int {
	rs := []rune(w)
	if len(rs) == 0 {
		return 0
	}
	if unicode.IsDigit(rs[0]) {
		return 1 + len(rs)/2 // a number is read aloud; roughly a syllable per two digits
	}
	n := 0
	prev := false
	for _, r := range rs {
		v := isVowel(r, lang)
		if v && !prev {
			n++
		}
		prev = v
	}
	if n <= 1 {
		return max(n, 1)
	}
	l := len(rs)
	consonantBefore := func(k int) bool { return k >= 0 && !isVowel(rs[k], lang) }
	if lang != "fr" {
		switch {
		case strings.HasSuffix(w, "le") && l > 2 && consonantBefore(l-3):
		case strings.HasSuffix(w, "e") && consonantBefore(l-2):
			n--
		case (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")) && l > 3 && consonantBefore(l-3) &&
			!strings.ContainsRune("tdscxzgh", rs[l-3]):
			n--
		}
	}
	return max(n, 1)
}
