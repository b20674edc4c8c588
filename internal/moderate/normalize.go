package moderate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is, so that rules can tell a word from a
// mention, a link or a sentence boundary without re-reading the text.
type TokenKind uint8

const (
	KindWord     TokenKind = iota
	KindNumber             // digits only: "3", "2024"
	KindMention            // @someone
	KindURL                // http://…, www.…, bit.ly/…
	KindHashtag            // #something (Text is the tag without '#')
	KindEnd                // sentence end: . ! ;
	KindQuestion           // ?
	KindQuote              // « » " “ ”
	KindComma              // , : and dashes, clause boundaries
)

// Token is one normalised unit of a comment.
type Token struct {
	// Text is lower-cased, accent-free, with leetspeak digits and symbols
	// turned back into letters inside words ("c0nn@rd" → "connard").
	Text string
	Kind TokenKind
	// Glued is set when no space came before the token ("jui.fs").
	Glued bool
	// Gap is set when two or more spaces came before the token: in spaced
	// out writing ("s a l e   a r a b e") it is the word break.
	Gap bool
	// Leet is set when digits or symbols stood for letters ("nigg@rs").
	Leet bool
	// Masked is set when the word contained '*' ("f*ck", "n****r"); Text
	// keeps the '*' so the lexicon can match it as a wildcard.
	Masked bool
}

// fold maps a lower-case rune to its unaccented ASCII form, or returns it
// unchanged. Homoglyphs from Cyrillic and Greek that evaders use in place of
// Latin letters are folded too.
func fold(r rune) (rune, rune) {
	if r >= 'ａ' && r <= 'ｚ' { // fullwidth Latin, lower-cased already
		return r - 'ａ' + 'a', 0
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ą', 'а', 'α':
		return 'a', 0
	case 'ç', 'ć', 'č', 'с':
		return 'c', 0
	case 'è', 'é', 'ê', 'ë', 'ē', 'ę', 'ė', 'е', 'ε':
		return 'e', 0
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı', 'і', 'ι':
		return 'i', 0
	case 'ñ', 'ń':
		return 'n', 0
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'о', 'ο':
		return 'o', 0
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů':
		return 'u', 0
	case 'ý', 'ÿ', 'у':
		return 'y', 0
	case 'ś', 'š', 'ѕ':
		return 's', 0
	case 'ž', 'ź', 'ż':
		return 'z', 0
	case 'р', 'ρ':
		return 'p', 0
	case 'х', 'χ':
		return 'x', 0
	case 'к', 'κ':
		return 'k', 0
	case 'т', 'τ':
		return 't', 0
	case 'ν':
		return 'v', 0
	case 'œ':
		return 'o', 'e'
	case 'æ':
		return 'a', 'e'
	case 'ß':
		return 's', 's'
	}
	return r, 0
}

// leet maps a digit or symbol written in place of a letter. It is only
// applied inside a word that has at least one real letter, so "3 semaines"
// and "$100" are left alone.
func leet(r rune) rune {
	switch r {
	case '0':
		return 'o'
	case '1', '!', '|':
		return 'i'
	case '3', '€':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7', '+':
		return 't'
	case '6', '9':
		return 'g'
	case '8':
		return 'b'
	}
	return 0
}

// emojiWords turns the emoji that carry sentiment into words the lexicons
// list (emoheart, emoangry…), so "😡" counts like "furieux".
var emojiWords = map[rune]string{}

func init() {
	for word, runes := range map[string]string{
		"emoheart":      "❤♥💕💖💗💙💚💛💜🧡🤍😍🥰😘💘💝",
		"emosmile":      "😊😀😁😃😄🙂☺😉🤗😎",
		"emolaugh":      "😂🤣😆😹",
		"emothumbsup":   "👍👌💪🙏",
		"emoclap":       "👏🙌",
		"emofire":       "🔥✨⭐🌟🎉🥳💯",
		"emopride":      "🌈",
		"emoangry":      "😡😠🤬💢",
		"emothumbsdown": "👎",
		"emosad":        "😢😭😞😔😟☹🙁😩😫💔😕",
		"emodisgust":    "🤮🤢",
		"emoannoyed":    "🙄😒😤",
		"emoclown":      "🤡",
	} {
		for _, r := range runes {
			emojiWords[r] = word
		}
	}
}

func isQuote(r rune) bool {
	switch r {
	case '"', '«', '»', '“', '”', '„':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '`' || r == 'ʼ' }

// wordRune reports whether r can be part of a raw word: letters, digits and
// the symbols evaders put inside words.
func wordRune(r rune) bool {
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return true
	}
	switch r {
	case '@', '$', '€', '*', '!', '|', '+', '_', '#':
		return true
	}
	return false
}

// Tokenize normalises text into tokens. It never fails: any input, valid
// UTF-8 or not, gives a (possibly empty) token list.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+4)
	var buf []byte
	singleOpen := false
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			i++
			continue
		}
		switch {
		case r == '\'' && (i == 0 || startsQuote(text, i)):
			// an opening single quote ('sale juif'), not an apostrophe
			toks = append(toks, Token{Text: "\"", Kind: KindQuote})
			singleOpen = true
			i += size
			continue
		case r == '\'' && singleOpen && endsQuote(text, i):
			toks = append(toks, Token{Text: "\"", Kind: KindQuote})
			singleOpen = false
			i += size
			continue
		case isQuote(r):
			toks = append(toks, Token{Text: "\"", Kind: KindQuote})
			i += size
			continue
		case r == '?' || r == '¿':
			toks = appendPunct(toks, "?", KindQuestion)
			i += size
			continue
		case r == '.' || r == ';' || r == '…' || r == '\n':
			n0 := len(toks)
			toks = appendPunct(toks, ".", KindEnd)
			if len(toks) > n0 && r == '.' && i > 0 && !isSpaceByte(text[i-1]) {
				toks[n0].Glued = true
			}
			i += size
			continue
		case r == ',' || r == ':' || r == '(' || r == ')' || r == '–' || r == '—':
			toks = appendPunct(toks, ",", KindComma)
			i += size
			continue
		}
		if r == '£' {
			toks = append(toks, Token{Text: "<money>", Kind: KindWord})
			i += size
			continue
		}
		if e, ok := emojiWords[r]; ok {
			toks = append(toks, Token{Text: e, Kind: KindWord})
			i += size
			continue
		}
		if !wordRune(r) {
			i += size
			continue
		}
		// A raw word runs until a rune that cannot be inside one. A '!' at
		// the end of a word is punctuation, not a leet 'i'.
		start := i
		for i < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[i:])
			if !wordRune(r2) {
				break
			}
			i += s2
		}
		gap := start >= 2 && text[start-1] == ' ' && text[start-2] == ' '
		raw := text[start:i]
		trail := len(raw)
		for trail > 0 && raw[trail-1] == '!' {
			trail--
		}
		raw = raw[:trail]
		if raw == "" {
			toks = appendPunct(toks, ".", KindEnd)
			continue
		}
		if isURLStart(text, start, i) {
			j := start
			for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
				j++
			}
			i = j
			toks = append(toks, Token{Text: "<url>", Kind: KindURL})
			continue
		}
		buf = buf[:0]
		nb := len(toks)
		toks = appendWord(toks, raw, &buf)
		if gap && len(toks) > nb {
			toks[nb].Gap = true
		}
		if start > 0 && !isSpaceByte(text[start-1]) && len(toks) > nb {
			toks[nb].Glued = true
		}
		if trail < i-start {
			toks = appendPunct(toks, ".", KindEnd)
		}
		// An apostrophe splits "l'arabe" into "l" "arabe" and turns
		// "don't" into "do" "not".
		if i < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[i:])
			if r2 == '\'' && singleOpen && endsQuote(text, i) {
				toks = append(toks, Token{Text: "\"", Kind: KindQuote})
				singleOpen = false
				i += s2
			} else if isApostrophe(r2) {
				i += s2
				if i < len(text) && (text[i] == 't' || text[i] == 'T') && (i+1 == len(text) || !wordRune(rune(text[i+1]))) {
					if n := len(toks); n > 0 && toks[n-1].Kind == KindWord && strings.HasSuffix(toks[n-1].Text, "n") {
						toks = append(toks, Token{Text: "not", Kind: KindWord})
						i++
					}
				}
			}
		}
	}
	return joinSpelled(toks)
}

// startsQuote: a ' after a space or an opening bracket, before a letter.
func startsQuote(text string, i int) bool {
	prev := text[i-1]
	if prev != ' ' && prev != '(' && prev != '\n' && prev != '\t' {
		return false
	}
	return i+1 < len(text) && text[i+1] != ' '
}

// endsQuote: a ' followed by a space, punctuation or the end.
func endsQuote(text string, i int) bool {
	if i+1 >= len(text) {
		return true
	}
	switch text[i+1] {
	case ' ', '.', ',', ';', ':', '!', '?', ')', '\n', '\t':
		return true
	}
	return false
}

func appendPunct(toks []Token, s string, k TokenKind) []Token {
	if n := len(toks); n > 0 && toks[n-1].Kind == k {
		return toks
	}
	return append(toks, Token{Text: s, Kind: k})
}

func isURLStart(text string, i, end int) bool {
	rest := text[i:]
	if len(rest) > 8 {
		rest = rest[:8]
	}
	if c := rest[0] | 0x20; c == 'h' || c == 'w' {
		if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") {
			return true
		}
	}
	// bare domains such as bit.ly/xyz or example.com/abc: the word must be
	// followed by a dot
	if end >= len(text) || text[end] != '.' {
		return false
	}
	j := i
	for j < len(text) && j-i < 40 && text[j] != ' ' {
		if text[j] == '/' && j > i {
			seg := text[i:j]
			return strings.Contains(seg, ".") && !strings.ContainsAny(seg, "@")
		}
		j++
	}
	return false
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// plainLower reports whether s is only lower-case ASCII letters, the
// common case where the normalised word is the raw word itself.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// appendWord normalises one raw word and appends it (or its parts).
func appendWord(toks []Token, raw string, buf *[]byte) []Token {
	kind := KindWord
	if raw[0] == '@' && len(raw) > 1 {
		return append(toks, Token{Text: "@", Kind: KindMention})
	}
	if raw[0] == '#' && len(raw) > 1 {
		kind = KindHashtag
		raw = raw[1:]
	}
	if plainLower(raw) {
		return append(toks, Token{Text: raw, Kind: kind})
	}
	hasLetter, allDigits := false, true
	for _, r := range raw {
		if unicode.IsLetter(r) {
			hasLetter = true
		}
		if r < '0' || r > '9' {
			allDigits = false
		}
	}
	if allDigits {
		return append(toks, Token{Text: raw, Kind: KindNumber})
	}
	if !hasLetter && strings.ContainsAny(raw, "$€") {
		// "$100", "100$": an amount, not a leet 's'
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, raw)
		if digits != "" {
			toks = append(toks, Token{Text: digits, Kind: KindNumber})
		}
		return append(toks, Token{Text: "<money>", Kind: KindWord})
	}
	b := (*buf)[:0]
	masked, usedLeet := false, false
	for _, r := range raw {
		if unicode.Is(unicode.Mn, r) {
			continue // combining accents: "e\u0301" is "é"
		}
		r = unicode.ToLower(r)
		a, c := fold(r)
		if a >= 'a' && a <= 'z' {
			b = append(b, byte(a))
			if c != 0 {
				b = append(b, byte(c))
			}
			continue
		}
		if r == '*' {
			if hasLetter {
				masked = true
				b = append(b, '*')
			}
			continue
		}
		if r == '_' || r == '#' {
			if len(b) > 0 {
				toks = append(toks, Token{Text: string(b), Kind: kind, Masked: masked})
				b, masked = b[:0], false
			}
			continue
		}
		if hasLetter {
			if l := leet(r); l != 0 {
				b = append(b, byte(l))
				usedLeet = true
				continue
			}
		}
		if r >= '0' && r <= '9' {
			b = append(b, byte(r))
			continue
		}
		if unicode.IsLetter(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	*buf = b
	if len(b) == 0 {
		return toks
	}
	return append(toks, Token{Text: string(b), Kind: kind, Masked: masked, Leet: usedLeet})
}

// joinSpelled glues runs of three or more one-letter words back together,
// so that "c o n n a r d" and "c.o.n.n.a.r.d" read as "connard". French and
// English have few one-letter words and they never come three in a row in
// ordinary prose.
func joinSpelled(toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); {
		j := i
		// dotted writing ("c.o.n") marks the word break by a missing dot:
		// "s.a.l.e n.e.g.r.e" is two words
		dotted := i+2 < len(toks) && toks[i+1].Kind == KindEnd && isLetterTok(toks[i+2])
		// likewise hyphens ("s-a-l-e a-r-a-b-e"): letters glued to the
		// previous one, and a letter after a space starts a new word
		glued := !dotted && i+1 < len(toks) && isLetterTok(toks[i+1]) && toks[i+1].Glued
		for j < len(toks) && isLetterTok(toks[j]) && (j == i || !toks[j].Gap) && (j == i || !glued || toks[j].Glued) {
			j++
			if j+1 < len(toks) && toks[j].Kind == KindEnd && isLetterTok(toks[j+1]) {
				j++
			} else if dotted {
				break
			}
		}
		if n := countLetters(toks[i:j]); n >= 3 {
			var sb strings.Builder
			for _, t := range toks[i:j] {
				switch t.Kind {
				case KindWord:
					sb.WriteString(t.Text)
				case KindNumber:
					sb.WriteRune(leet(rune(t.Text[0])))
				}
			}
			// spelling a word out is itself obfuscation: let the lexicon
			// read it as leetspeak too ("k-y-k-e")
			out = append(out, Token{Text: sb.String(), Kind: KindWord, Leet: true})
			i = j
			continue
		}
		out = append(out, toks[i])
		i++
	}
	return out
}

func isLetterTok(t Token) bool {
	if t.Kind == KindNumber && len(t.Text) == 1 {
		// a leetspeak digit spelled out on its own: "n 1 g g 3 r"
		return leet(rune(t.Text[0])) != 0
	}
	return t.Kind == KindWord && len(t.Text) == 1 && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}

func countLetters(ts []Token) int {
	n, letters := 0, 0
	for _, t := range ts {
		if t.Kind == KindWord {
			n++
			letters++
		}
		if t.Kind == KindNumber {
			n++
		}
	}
	if letters == 0 {
		return 0 // "1 2 3" stays numbers
	}
	return n
}

// skeleton collapses runs of the same letter ("connnaaard" → "conard"), so
// that repeated and doubled letters all match one lexicon key. It appends to
// dst and returns it, to stay allocation-free in the hot path.
func skeleton(dst []byte, s string) []byte {
	var last byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == last {
			continue
		}
		dst = append(dst, c)
		last = c
	}
	return dst
}

// Normalize returns the normalised text: the tokens' words joined by spaces.
// It is what the lexicon and the model see.
func Normalize(text string) string {
	toks := Tokenize(text)
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text)
	}
	return sb.String()
}
