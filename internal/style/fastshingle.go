package style

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordScanner yields the lower-cased words of a text exactly as tokenize
// does (same word runs, URLs skipped, mentions marked), without building
// tokens: indexing a million posts spends most of its time here.
type wordScanner struct {
	buf []byte
}

// scan calls fn for each word (lower-cased bytes, valid until fn returns).
func (ws *wordScanner) scan(text string, fn func(word []byte, mention bool)) {
	prev := rune(-1)  // previous rune, -1 at the start
	marker := rune(0) // '@' or '#' run we are in, 0 for none
	for i := 0; i < len(text); {
		if prev < 0 || !(isWordRune(prev) || prev == '.' || prev == '/' || prev == '@') {
			if end := urlEndString(text, i); end > i {
				// the URL's last rune becomes prev, as in tokenize
				r, _ := utf8.DecodeLastRuneInString(text[:end])
				prev = r
				marker = 0
				i = end
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch {
			case r == '@':
				marker = '@'
			case r == '#' || r == '＃':
				marker = '#'
			case r == '_' && marker != 0:
			default:
				marker = 0
			}
			prev = r
			i += size
			continue
		}
		ws.buf = ws.buf[:0]
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			if r < utf8.RuneSelf {
				c := byte(r)
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				ws.buf = append(ws.buf, c)
			} else {
				ws.buf = utf8.AppendRune(ws.buf, unicode.ToLower(r))
			}
			prev = r
			j += size
		}
		fn(ws.buf, marker == '@')
		i = j
	}
}

// urlEndString is urlAt on a string with byte offsets.
func urlEndString(text string, i int) int {
	rest := text[i:]
	start := 0
	switch {
	case hasPrefixFoldASCII(rest, "https://"):
		start = 8
	case hasPrefixFoldASCII(rest, "http://"):
		start = 7
	case hasPrefixFoldASCII(rest, "www."):
		start = 4
	default:
		return i
	}
	j := start
	for j < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[j:])
		if unicode.IsSpace(r) || r == '<' || r == '>' || r == '"' {
			break
		}
		j += size
	}
	if j == start {
		return i
	}
	for j > start {
		r, size := utf8.DecodeLastRuneInString(rest[:j])
		if !strings.ContainsRune(".,;:!?)]}'\"’»", r) {
			break
		}
		j -= size
	}
	return i + j
}

func hasPrefixFoldASCII(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// shingleCache maps a lower-cased word to its shingle hash (0 for a stop
// word) per language; one History build owns it, so it needs no lock.
type shingleCache struct {
	m map[string]uint64
}

func (c *shingleCache) hash(word []byte, lang string) uint64 {
	if h, ok := c.m[string(word)]; ok {
		return h
	}
	w := string(word)
	var h uint64
	if !isStop(w, lang) {
		h = fnv(normWord(w, lang), 0)
		if h == 0 {
			h = 1
		}
	}
	if len(c.m) < 1<<21 {
		c.m[w] = h
	}
	return h
}

// fastShingles returns the same shingles as shingles(tokenize(text), lang),
// detecting the language as langOfTokens does when lang is "".
func fastShingles(ws *wordScanner, text, lang string, caches map[string]*shingleCache, dst []uint64) []uint64 {
	if lang == "" {
		fr, en := 0, 0
		ws.scan(text, func(w []byte, _ bool) {
			if frStop[string(w)] {
				fr++
			}
			if enStop[string(w)] {
				en++
			}
			if hasFrenchLetter(w) {
				fr++
			}
		})
		lang = "fr"
		if en > fr {
			lang = "en"
		}
	}
	c := caches[lang]
	dst = dst[:0]
	ws.scan(text, func(w []byte, mention bool) {
		if mention {
			return
		}
		if h := c.hash(w, lang); h != 0 {
			dst = append(dst, h)
		}
	})
	return dst
}

func hasFrenchLetter(w []byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ContainsAny(string(w), "éèêàçùœ")
		}
	}
	return false
}
