package style

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
)

// token is a word of the text. Offsets are in code points so that findings
// follow the batch contract of DESIGN.md without a second pass.
type token struct {
	start, end int    // code points, end exclusive
	lower      string // lower-cased surface, apostrophes and hyphens split off
	folded     string // lower without diacritics, for prefix patterns
	sentStart  bool   // a sentence boundary (., !, ?, …, line break) precedes it
	hashtag    bool   // part of a #hashtag
	mention    bool   // part of an @mention
}

// isApostrophe covers the typographic variants that French text uses, so that
// "n’hésitez" and "n'hésitez" tokenise alike.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '\u00b4', '`':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into words. URLs are skipped entirely: their pieces are
// not prose and must never match a cliché or count as vocabulary.
func tokenize(text string) []token {
	runes := []rune(text)
	var toks []token
	sentBreak := true
	for i := 0; i < len(runes); {
		r := runes[i]
		if urlEnd := urlAt(runes, i); urlEnd > i {
			i = urlEnd
			continue
		}
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', '…', '\n', '\r', '¡', '¿':
				sentBreak = true
			}
			i++
			continue
		}
		j := i
		for j < len(runes) && isWordRune(runes[j]) {
			j++
		}
		tag, ment := false, false
		if i > 0 {
			// a hashtag or mention continues through its whole run of letters;
			// earlier tokens of the same tag keep the flag via the prefix check.
			k := i - 1
			for k >= 0 && (isWordRune(runes[k]) || runes[k] == '_') {
				k--
			}
			if k >= 0 && (runes[k] == '#' || runes[k] == '＃') {
				tag = true
			}
			if k >= 0 && runes[k] == '@' {
				ment = true
			}
		}
		lower := strings.ToLower(string(runes[i:j]))
		toks = append(toks, token{start: i, end: j, lower: lower, folded: fold(lower), sentStart: sentBreak, hashtag: tag, mention: ment})
		sentBreak = false
		i = j
	}
	return toks
}

// urlAt returns the end of a URL starting at i, or i when there is none. It
// recognises scheme URLs and "www." hosts, the forms every network links.
func urlAt(runes []rune, i int) int {
	if i > 0 && (isWordRune(runes[i-1]) || runes[i-1] == '.' || runes[i-1] == '/' || runes[i-1] == '@') {
		return i
	}
	rest := runes[i:]
	hasPrefix := func(p string) bool {
		pr := []rune(p)
		if len(rest) < len(pr) {
			return false
		}
		for k, c := range pr {
			if unicode.ToLower(rest[k]) != c {
				return false
			}
		}
		return true
	}
	start := 0
	switch {
	case hasPrefix("https://"):
		start = 8
	case hasPrefix("http://"):
		start = 7
	case hasPrefix("www."):
		start = 4
	default:
		return i
	}
	j := start
	for j < len(rest) && !unicode.IsSpace(rest[j]) && rest[j] != '<' && rest[j] != '>' && rest[j] != '"' {
		j++
	}
	if j == start {
		return i
	}
	// trailing punctuation belongs to the sentence, not the link
	for j > start && strings.ContainsRune(".,;:!?)]}'\"’»", rest[j-1]) {
		j--
	}
	return i + j
}

var foldTable = map[rune]string{
	'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a",
	'ç': "c", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'î': "i", 'ï': "i", 'í': "i", 'ì': "i",
	'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o",
	'ù': "u", 'û': "u", 'ü': "u", 'ú': "u",
	'ÿ': "y", 'ñ': "n", 'œ': "oe", 'æ': "ae", 'ß': "ss",
}

// fold removes diacritics so that text typed without accents ("a l'ere du
// numerique") matches the lexicon.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Function-word classes: the lexicon should match "votre visibilité" and "ta
// visibilité", "a game changer" and "the game changer", so these words are
// compared by class, not by form.
var frClasses = map[string]string{
	"le": "le", "la": "le", "les": "le", "l": "le",
	"de": "de", "des": "de", "du": "de", "d": "de",
	"un": "un", "une": "un",
	"au": "au", "aux": "au",
	"ce": "ce", "cet": "ce", "cette": "ce", "ces": "ce",
	"mon": "§poss", "ma": "§poss", "mes": "§poss", "ton": "§poss", "ta": "§poss", "tes": "§poss",
	"son": "§poss", "sa": "§poss", "ses": "§poss", "notre": "§poss", "nos": "§poss",
	"votre": "§poss", "vos": "§poss", "leur": "§poss", "leurs": "§poss",
	"n": "ne", "ne": "ne", "qu": "que", "que": "que", "j": "je", "t": "te", "s": "se", "m": "me",
}

var enClasses = map[string]string{
	"a": "a", "an": "a", "the": "a",
	"your": "§poss", "my": "§poss", "our": "§poss", "their": "§poss", "his": "§poss", "her": "§poss", "its": "§poss",
	"re": "are", "are": "are", "ve": "have", "have": "have", "ll": "will", "will": "will", "m": "am", "am": "am",
	"is": "is", "s": "is", "was": "is", "were": "are",
}

type stemCache struct {
	mu sync.RWMutex
	m  map[string]string
}

var stemFR, stemEN = &stemCache{m: map[string]string{}}, &stemCache{m: map[string]string{}}

// stem caches snowball stems: word frequencies are Zipfian, so a cache turns
// the stemmer from the slowest step of indexing a million posts into a map
// lookup. The cache is bounded so that hostile input cannot grow it forever.
func (c *stemCache) stem(word string, lang string) string {
	c.mu.RLock()
	s, ok := c.m[word]
	c.mu.RUnlock()
	if ok {
		return s
	}
	if lang == "fr" {
		s = french.Stem(word, true)
	} else {
		s = english.Stem(word, true)
	}
	s = fold(s)
	c.mu.Lock()
	if len(c.m) > 200000 {
		c.m = map[string]string{}
	}
	c.m[word] = s
	c.mu.Unlock()
	return s
}

// normWord maps a lower-cased word to the form the lexicon and the shingles
// compare: its function-word class, or its accent-folded snowball stem.
func normWord(lower, lang string) string {
	if lang == "fr" {
		if c, ok := frClasses[lower]; ok {
			return c
		}
		return stemFR.stem(lower, "fr")
	}
	if c, ok := enClasses[lower]; ok {
		return c
	}
	return stemEN.stem(lower, "en")
}

var frStop = map[string]bool{}
var enStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`le la les l un une des de du d au aux et ou mais donc or ni car
		à a en dans sur sous pour par avec sans chez ce cet cette ces c ça cela qui que qu quoi dont où
		je j tu il elle on nous vous ils elles me m te t se s lui leur leurs y mon ma mes ton ta tes son sa ses
		notre nos votre vos est sont être été suis es sommes êtes était ont avez avons ai as a fait
		ne n pas plus très tout tous toute toutes si aussi comme bien`) {
		frStop[w] = true
	}
	for _, w := range strings.Fields(`a an the and or but so of to in on at for with without by from into about as
		is are was were be been being am i you he she it we they me him her us them my your his its our their
		this that these those there here what which who whom whose not no do does did have has had will would
		can could should just very all any some more most s t re ve ll m d`) {
		enStop[w] = true
	}
}

func isStop(lower, lang string) bool {
	if lang == "fr" {
		return frStop[lower]
	}
	return enStop[lower]
}

// DetectLang tells French from English with function-word counts; a small
// scorer is enough for the two languages Vigie supports (DESIGN.md).
func DetectLang(text string) string {
	fr, en := 0, 0
	for _, t := range tokenize(text) {
		if frStop[t.lower] {
			fr++
		}
		if enStop[t.lower] {
			en++
		}
		if strings.ContainsAny(t.lower, "éèêàçùœ") {
			fr++
		}
	}
	if en > fr {
		return "en"
	}
	return "fr"
}
