package claims

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TokKind is the lexical class of a token.
type TokKind uint8

const (
	TWord    TokKind = iota // letters, with inner hyphens (Anne-Laure, week-end)
	TNum                    // a number written in digits, separators resolved
	TPunct                  // punctuation or a symbol (€, %, emoji, …)
	THashtag                // #Word
	TMention                // @handle
	TURL                    // domain.tld/path or http(s)://…
	TEmail                  // local@domain.tld
)

// Token is one lexical unit. Offsets are in Unicode code points into the
// analysed text, end exclusive, because every span Vigie reports is.
type Token struct {
	Kind       TokKind
	Start, End int
	Text       string // as written
	Low        string // lower case, accents removed: the form every rule compares
	Num        float64
	Frac       int    // digits after the decimal separator (1,30 → 2)
	Suf        string // letters glued after a number (h, pm, e, er, k, m, s, th…), folded
	Min        int    // minutes glued after "h" (18h30 → 30), -1 when absent
	Space      bool   // whitespace before the token
	Cap        bool   // first letter is upper case
	Upper      bool   // every letter is upper case (acronyms, shouting)
	Apos       bool   // an elided article or possessive: l', d', qu', 's
	SentStart  bool   // first word-like token of a sentence or after an emoji/quote/colon
	Boundary   bool   // a sentence boundary (. ! ? … newline, emoji)
	Sent       int    // sentence index
	Thousands  bool   // the digits had a thousands separator (1 500, 1,000)
	HasDigitSp bool   // digit groups separated by spaces (phones)
	lex        uint64
	folded     bool
	lowA, lowB int32
}

// fold lower-cases s and strips French/English diacritics so that Hélène,
// HELENE and helene compare equal.
func fold(s string) string {
	if !needsFold(s) {
		return s
	}
	// folded in a stack buffer, so the string is the only allocation
	var buf [64]byte
	return string(appendFold(buf[:0], s))
}

// Fold is the exported form of fold, for packages that match names and words.
func Fold(s string) string { return fold(s) }

// appendFoldRune appends the folded form of a non-ASCII rune. Accented
// Latin-1 letters, most of what French text holds, come from a table.
func appendFoldRune(b []byte, r rune) []byte {
	if r >= 0xC0 && r <= 0xFF {
		return append(b, latin1Fold[r-0xC0]...)
	}
	if f, ok := foldRune(r); ok {
		return append(b, f...)
	}
	// any other rune folds to its lower case, encoded in place rather than
	// through a string
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// latin1Fold holds the folded form of U+00C0 to U+00FF.
var latin1Fold = func() (t [0x40]string) {
	for r := rune(0xC0); r <= 0xFF; r++ {
		if f, ok := foldRune(r); ok {
			t[r-0xC0] = f
		} else {
			t[r-0xC0] = string(unicode.ToLower(r))
		}
	}
	return t
}()

// foldRune folds the runes French and English texts accent, join or
// quote, and Latin letters with other marks; ok is false for any other
// rune, which folds to its lower case.
func foldRune(r rune) (f string, ok bool) {
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å':
		return "a", true
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return "e", true
	case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì':
		return "i", true
	case 'ô', 'ö', 'ó', 'ò', 'õ', 'ø', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ', 'Ø':
		return "o", true
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
		return "u", true
	case 'ç', 'Ç':
		return "c", true
	case 'ñ', 'Ñ':
		return "n", true
	case 'ÿ', 'Ÿ', 'ý', 'Ý':
		return "y", true
	case 'œ', 'Œ':
		return "oe", true
	case 'æ', 'Æ':
		return "ae", true
	case '’', 'ʼ', '‘':
		return "'", true
	case '–', '—', '‑', '‐':
		return "-", true
	}
	if r >= 0x100 && r < 0x250 || r >= 0x1E00 && r < 0x1F00 {
		return latinBase(r), true
	}
	return "", false
}

// strokeLetters: Latin letters whose mark Unicode does not split off.
var strokeLetters = map[rune]string{'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t"}

// latinBase: the other Latin letters lose their marks too (Rākau, Łódź,
// Việt Nam), as writers often leave them out.
func latinBase(r rune) string {
	if s, ok := strokeLetters[r]; ok {
		return s
	}
	var b []byte
	for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
		if !unicode.Is(unicode.Mn, d) {
			b = utf8.AppendRune(b, d)
		}
	}
	return string(b)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‑' || r == '‐' }
func isSpace(r rune) bool {
	// printable ASCII and most letters are not spaces: one comparison each
	if r > ' ' && r < 0xA0 {
		return false
	}
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007
}
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isLetter is asked of nearly every rune of a text: the ASCII test stays
// small enough to be inlined, the Unicode tables are a call away.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		// setting bit 0x20 lower-cases an ASCII capital and leaves
		// every other ASCII rune outside a-z
		r |= 0x20
		return r >= 'a' && r <= 'z'
	}
	return isLetterNonASCII(r)
}

// kept out of line so that isLetter itself can be inlined
//
//go:noinline
func isLetterNonASCII(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// thousand-separator spaces: plain, no-break and narrow no-break.
func isGroupSpace(r rune) bool { return r == ' ' || r == 0xA0 || r == 0x202F || r == 0x2009 }

var tlds = map[string]bool{
	"fr": true, "com": true, "ie": true, "org": true, "net": true, "io": true, "eu": true, "be": true,
	"ch": true, "ca": true, "uk": true, "co": true, "de": true, "app": true, "shop": true, "info": true,
	"paris": true, "bzh": true, "lu": true, "es": true, "it": true, "nl": true, "us": true, "ly": true,
	"gouv": true, "store": true, "online": true, "site": true, "art": true, "museum": true, "dev": true,
	"me": true, "tv": true, "fm": true, "gl": true, "to": true, "ai": true, "au": true, "nz": true,
	"za": true, "sg": true, "hk": true, "at": true, "se": true, "dk": true, "pl": true, "pt": true,
}

// secondLevel are the labels under which many countries register names
// (shop.com.au, shop.co.nz, shop.org.za): before a two-letter country code
// they make an address whatever that code.
var secondLevel = map[string]bool{"com": true, "co": true, "org": true, "net": true, "gov": true, "edu": true, "ac": true}

// tokenize splits text into tokens. lang decides what ',' and '.' mean
// between digits (decimal in French vs thousands in English).
func tokenize(text string, rs []rune, lang string, toks []Token, boff []int32, arena *[]byte) []Token {
	*arena = (*arena)[:0]
	n := len(rs)
	sent := 0
	sentStart := true
	space := true
	for i := 0; i < n; {
		r := rs[i]
		if isSpace(r) {
			if r == '\n' {
				sent++
				sentStart = true
			}
			space = true
			i++
			continue
		}
		start := i
		// the token is filled in place: copying a Token costs more than
		// scanning it
		toks = append(toks, Token{})
		t := &toks[len(toks)-1]
		// plain: the token is lower-case ASCII letters, its own folded form
		plain := false
		t.Space = space
		t.Min = -1
		space = false
		switch {
		case isDigit(r) && i+1 < n && (rs[i+1] == 0x20E3 || rs[i+1] == 0xFE0F && i+2 < n && rs[i+2] == 0x20E3):
			// a keycap emoji (1️⃣ 2️⃣ …) numbers the items of a list: a
			// pictograph, not a figure
			t.Kind = TPunct
			t.Boundary = true
			i += 2
			if rs[i-1] == 0xFE0F {
				i++
			}
		case isLetter(r) || isDigit(r):
			var j int
			if isDigit(r) {
				j = scanNumber(rs, i, lang, t)
			} else if e, low := dottedMeridiem(rs, i); e > 0 {
				// American "9 a.m.": one token read as "am", so that its dots
				// neither end the sentence nor start an address
				t.Kind, t.Low = TWord, low
				i = e
				// its last dot still ends the sentence when a capital follows
				t.Boundary = rs[e-1] == '.' && (e == n || e+1 < n && isSpace(rs[e]) && unicode.IsUpper(rs[e+1]))
				break
			} else {
				j, plain = scanWordTok(rs, i, t)
			}
			// only a run that goes on with '.', '@', ':' or more word
			// characters can be a URL or an email
			if j < n && j > i && (rs[j] == '.' || rs[j] == '@' || rs[j] == ':' || rs[j] == '_' || rs[j] == '+' || rs[j] == '-' || isLetter(rs[j]) || isDigit(rs[j])) && !t.Apos {
				k := j
				for k < n && (isLetter(rs[k]) || isDigit(rs[k]) || rs[k] == '-' || rs[k] == '_' || rs[k] == '+') {
					k++
				}
				if k < n && (rs[k] == '.' || rs[k] == '@' || rs[k] == ':') {
					if e, ok := scanEmail(rs, i); ok {
						*t = Token{Kind: TEmail, Space: t.Space, Min: -1}
						plain = false
						i = e
						break
					}
					if u, ok := scanURL(rs, i); ok {
						*t = Token{Kind: TURL, Space: t.Space, Min: -1}
						plain = false
						i = u
						break
					}
				}
			}
			i = j
		case r == '#' && i+1 < n && (isLetter(rs[i+1]) || isDigit(rs[i+1])):
			j := i + 1
			for j < n && (isLetter(rs[j]) || isDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			t.Kind = THashtag
			i = j
		case r == '@' && i+1 < n && (isLetter(rs[i+1]) || isDigit(rs[i+1]) || rs[i+1] == '_'):
			j := i + 1
			for j < n && (isLetter(rs[j]) || isDigit(rs[j]) || rs[j] == '_' || (rs[j] == '.' && j+1 < n && isLetter(rs[j+1]))) {
				j++
			}
			t.Kind = TMention
			i = j
		default:
			t.Kind = TPunct
			i++
			// keep a ZWJ emoji sequence or variation selectors in one token
			for i < n && (rs[i] == 0x200D || (rs[i] >= 0xFE00 && rs[i] <= 0xFE0F) || (rs[i] >= 0x1F3FB && rs[i] <= 0x1F3FF) || (i > start && rs[i-1] == 0x200D)) {
				i++
			}
			switch r {
			case '.', '!', '?', '…':
				// "CHF 18.–": the Swiss no-cents mark after a price ends nothing
				t.Boundary = !(r == '.' && start > 0 && isDigit(rs[start-1]) && i < n && isDash(rs[i]))
			case ':', '«', '»', '"', '“', '”', '(', ')':
				// a new capitalised word after these does not prove a proper noun
			default:
				if r > 0x2000 && !unicode.IsLetter(r) && r != '€' && r != '£' && r != '$' && r != '₹' && r != '%' && r != '‰' && !isDash(r) && r != '’' && r != '×' {
					t.Boundary = true // emoji and pictographs end a thought on social networks
				}
			}
		}
		t.Start, t.End = start, i
		t.Text = text[boff[start]:boff[i]]
		if t.Low == "" {
			if !plain && needsFold(t.Text) {
				// folded forms go to one buffer, turned into a single string
				// after the loop rather than one allocation per word
				t.lowA = int32(len(*arena))
				*arena = appendFold(*arena, t.Text)
				t.lowB = int32(len(*arena))
				t.folded = true
			} else {
				t.Low = t.Text
			}
		}
		if t.Kind == TWord {
			t.SentStart = sentStart
			sentStart = false
		} else if t.Kind != TPunct {
			sentStart = false
		}
		t.Sent = sent
		if t.Boundary {
			sent++
			sentStart = true
		} else if t.Kind == TPunct {
			switch r {
			case ':', '«', '"', '“', '(', '-', '–', '—', '/', '|', '•', '>':
				sentStart = true
			}
		}
	}
	all := string(*arena)
	for i := range toks {
		t := &toks[i]
		if t.folded {
			t.Low = all[t.lowA:t.lowB]
		}
		// every kind, so that Token.In(c) is exactly c.Has(t.Low)
		t.lex = lex.get(t.Low)
	}
	return toks
}

func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return true
		}
	}
	return false
}

// appendFoldRunes is appendFold for runes: it lets the tokeniser compare a
// folded piece of text without building a string for it.
func appendFoldRunes(b []byte, rs []rune) []byte {
	for _, r := range rs {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 32
			}
			b = append(b, byte(r))
			continue
		}
		b = appendFoldRune(b, r)
	}
	return b
}

// knownDomainEnd: the last label of a host, folded, is a known top-level
// domain, or a two-letter country code after a known second level (co.uk,
// com.au) in a host of three labels or more. It folds into stack buffers
// rather than strings, since every "word." of a text is tried as a host.
func knownDomainEnd(prev, last []rune, labels int) bool {
	var buf [16]byte
	l := appendFoldRunes(buf[:0], last)
	if tlds[string(l)] {
		return true
	}
	if labels < 3 || len(l) != 2 {
		return false
	}
	var pbuf [16]byte
	return secondLevel[string(appendFoldRunes(pbuf[:0], prev))]
}

// suffixes glued to numbers, shared instead of allocated per token.
var suffixes = func() map[string]string {
	m := map[string]string{}
	for _, set := range []map[string]bool{ordinalSuffix, {"am": true, "pm": true, "s": true, "x": true, "ans": true, "j": true, "km": true, "kg": true, "g": true, "l": true, "cl": true, "ml": true, "a": true}} {
		for w := range set {
			m[w] = w
		}
	}
	for w := range durationUnits {
		m[w] = w
	}
	for w := range scaleWords {
		m[w] = w
	}
	return m
}()

// internSuffix returns the folded suffix b as a string, allocating only for
// one no list knows.
func internSuffix(b []byte) string {
	if s, ok := suffixes[string(b)]; ok {
		return s
	}
	return string(b)
}

func appendFold(b []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 32
			}
			b = append(b, byte(r))
			continue
		}
		b = appendFoldRune(b, r)
	}
	return b
}

// scanWordTok reads the word at i and returns its end; plain reports that
// the word is lower-case ASCII letters only, so that the tokeniser need
// not look it over again to know it folds to itself.
func scanWordTok(rs []rune, i int, t *Token) (end int, plain bool) {
	n := len(rs)
	j := i
	upper, lower, other := 0, 0, 0
	for j < n {
		r := rs[j]
		if r < utf8.RuneSelf {
			// ASCII first: most words are plain ASCII
			switch {
			case r >= 'a' && r <= 'z':
				lower++
				j++
				continue
			case r >= 'A' && r <= 'Z':
				upper++
				j++
				continue
			}
		} else if isLetter(r) {
			other++
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
			j++
			continue
		}
		if isDash(r) && j+1 < n && isLetter(rs[j+1]) && j > i && !weekdayPair(rs, i, j) {
			other++
			j++
			continue
		}
		break
	}
	t.Kind = TWord
	t.Cap = unicode.IsUpper(rs[i])
	t.Upper = upper > 0 && lower == 0
	// French elision (l', d', qu', jusqu') ends the token with its apostrophe;
	// the English possessive 's becomes its own token.
	if j < n && isApos(rs[j]) && j+1 < n && isLetter(rs[j+1]) {
		var buf [16]byte
		switch string(appendFoldRunes(buf[:0], rs[i:j])) {
		case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
			t.Apos = true
			return j + 1, false
		}
		// "Guivarc'h", "O'Brien": an apostrophe inside a name, unless it
		// starts an English ending (Arthur's, can't, we're)
		if t.Cap {
			k := j + 1
			for k < n && isLetter(rs[k]) {
				k++
			}
			switch string(appendFoldRunes(buf[:0], rs[j+1:k])) {
			case "s", "t", "re", "ve", "ll", "d", "m":
			default:
				return k, false
			}
		}
	}
	return j, upper == 0 && other == 0
}

// weekdayPair: the letters rs[i:j] and those after the dash at j are two
// weekdays written out ("Monday–Thursday", "lundi-vendredi"): a range of
// days, three tokens, not a compound word. (Abbreviated, "Mon–Thu" stays
// one token, read as a range by the grounder.)
func weekdayPair(rs []rune, i, j int) bool {
	k := j + 1
	for k < len(rs) && isLetter(rs[k]) {
		k++
	}
	if k < len(rs) && isDash(rs[k]) {
		return false
	}
	var buf [16]byte
	isDay := func(w []rune) bool {
		if len(w) > 12 {
			return false
		}
		_, full := weekdayWords[string(appendFoldRunes(buf[:0], w))]
		return full
	}
	return isDay(rs[i:j]) && isDay(rs[j+1:k])
}

func scanNumber(rs []rune, i int, lang string, t *Token) int {
	n := len(rs)
	j := i
	var intPart float64
	digits := 0
	groupLen := 0
	for j < n && isDigit(rs[j]) {
		intPart = intPart*10 + float64(rs[j]-'0')
		digits++
		groupLen++
		j++
	}
	frac := 0
	var fracVal float64
	if v, k := indianGroups(rs, j, intPart, digits); k > j {
		intPart, j, groupLen = v, k, 4
		t.Thousands = true
	}
	// thousands groups: "1 500", "1 500", "1,000", "1.500" (French)
	for j < n && groupLen <= 3 {
		sep := rs[j]
		if !(isGroupSpace(sep) || sep == ',' || sep == '.' || sep == '\'') {
			break
		}
		if j+3 >= n || !isDigit(rs[j+1]) || !isDigit(rs[j+2]) || !isDigit(rs[j+3]) || (j+4 < n && isDigit(rs[j+4])) {
			break
		}
		isThousands := false
		switch {
		case isGroupSpace(sep):
			// "04 76 123 456" style phone groups are not thousands; a lone
			// three-digit group after a short number is.
			isThousands = true
		case sep == ',':
			isThousands = lang != "fr"
		case sep == '.':
			isThousands = lang == "fr"
		case sep == '\'':
			isThousands = true
		}
		if !isThousands {
			break
		}
		for k := 1; k <= 3; k++ {
			intPart = intPart*10 + float64(rs[j+k]-'0')
		}
		t.Thousands = true
		groupLen = 3
		j += 4
	}
	// decimal part
	if j+1 < n && (rs[j] == ',' || rs[j] == '.') && isDigit(rs[j+1]) {
		k := j + 1
		scale := 0.1
		for k < n && isDigit(rs[k]) {
			fracVal += float64(rs[k]-'0') * scale
			scale /= 10
			frac++
			k++
		}
		j = k
	}
	t.Kind = TNum
	t.Num = intPart + fracVal
	t.Frac = frac
	// glued suffix: 18h30, 6pm, 43e, 1er, 2nd, 1.5k, 12s, 70min
	if j < n && isLetter(rs[j]) {
		k := j
		for k < n && isLetter(rs[k]) {
			k++
		}
		var buf [16]byte
		suf := internSuffix(appendFoldRunes(buf[:0], rs[j:k]))
		if suf == "h" && k < n && isDigit(rs[k]) {
			m := 0
			kk := k
			for kk < n && isDigit(rs[kk]) && kk-k < 2 {
				m = m*10 + int(rs[kk]-'0')
				kk++
			}
			t.Min = m
			k = kk
		}
		t.Suf = suf
		j = k
	} else if j+2 < n && rs[j] == ':' && isDigit(rs[j+1]) && isDigit(rs[j+2]) && digits <= 2 {
		// 18:00
		t.Suf = "h"
		t.Min = int(rs[j+1]-'0')*10 + int(rs[j+2]-'0')
		j += 3
	}
	_ = digits
	return j
}

// indianGroups reads the Indian grouping of a number of one or two digits
// v (digits of them) ending at j: "1,45,000" is 145,000 and "12,34,56,789"
// 123,456,789 (groups of two digits, then a last group of three). It
// returns the whole value and the end, or j when rs[j:] is no such grouping.
func indianGroups(rs []rune, j int, v float64, digits int) (float64, int) {
	n := len(rs)
	if digits > 2 {
		return v, j
	}
	k, pairs := j, 0
	for k+3 < n && rs[k] == ',' && isDigit(rs[k+1]) && isDigit(rs[k+2]) && rs[k+3] == ',' {
		v = v*100 + float64(rs[k+1]-'0')*10 + float64(rs[k+2]-'0')
		k += 3
		pairs++
	}
	if pairs == 0 || k+3 >= n || rs[k] != ',' || !isDigit(rs[k+1]) || !isDigit(rs[k+2]) || !isDigit(rs[k+3]) || k+4 < n && isDigit(rs[k+4]) {
		return v, j
	}
	return v*1000 + float64(rs[k+1]-'0')*100 + float64(rs[k+2]-'0')*10 + float64(rs[k+3]-'0'), k + 4
}

// scanURL recognises domain.tld[/path] and http(s)://… starting at i.
func scanURL(rs []rune, i int) (int, bool) {
	n := len(rs)
	j := i
	if hasPrefixFold(rs, i, "http://") {
		j = i + 7
	} else if hasPrefixFold(rs, i, "https://") {
		j = i + 8
	}
	scheme := j > i
	// host
	labels := 0
	prevA, prevB, lastA, lastB := j, j, j, j
	for {
		k := j
		for k < n && (isLetter(rs[k]) || isDigit(rs[k]) || rs[k] == '-') {
			k++
		}
		if k == j {
			break
		}
		prevA, prevB, lastA, lastB = lastA, lastB, j, k
		labels++
		j = k
		if j+1 < n && rs[j] == '.' && (isLetter(rs[j+1]) || isDigit(rs[j+1])) {
			j++
			continue
		}
		break
	}
	if labels < 2 || (!scheme && !knownDomainEnd(rs[prevA:prevB], rs[lastA:lastB], labels)) {
		return i, false
	}
	// path
	if j < n && rs[j] == '/' {
		for j < n && !isSpace(rs[j]) && rs[j] != ')' && rs[j] != '»' && rs[j] != '"' && rs[j] != '”' && rs[j] < 0x2000 {
			j++
		}
		// trailing punctuation belongs to the sentence
		for j > i && (rs[j-1] == '.' || rs[j-1] == ',' || rs[j-1] == '!' || rs[j-1] == '?' || rs[j-1] == ':' || rs[j-1] == ';') {
			j--
		}
	}
	return j, true
}

func scanEmail(rs []rune, i int) (int, bool) {
	n := len(rs)
	j := i
	for j < n && (isLetter(rs[j]) || isDigit(rs[j]) || rs[j] == '.' || rs[j] == '_' || rs[j] == '-' || rs[j] == '+') {
		j++
	}
	if j >= n || rs[j] != '@' || j == i {
		return i, false
	}
	k, ok := scanURL(rs, j+1)
	if !ok {
		return i, false
	}
	return k, true
}

func hasPrefixFold(rs []rune, i int, p string) bool {
	if i+len(p) > len(rs) {
		return false
	}
	for k := 0; k < len(p); k++ {
		r := rs[i+k]
		if r >= 'A' && r <= 'Z' {
			r += 32
		}
		if r != rune(p[k]) {
			return false
		}
	}
	return true
}

// dottedMeridiem returns the end of "a.m." / "p.m." (the last dot optional)
// at i and its folded form, or 0 when there is none.
func dottedMeridiem(rs []rune, i int) (int, string) {
	n := len(rs)
	if i+2 >= n || rs[i+1] != '.' || (rs[i+2] != 'm' && rs[i+2] != 'M') || (i > 0 && isLetter(rs[i-1])) {
		return 0, ""
	}
	e := i + 3
	if e < n && (isLetter(rs[e]) || isDigit(rs[e])) {
		return 0, ""
	}
	if e < n && rs[e] == '.' {
		e++
	}
	switch rs[i] {
	case 'a', 'A':
		return e, "am"
	case 'p', 'P':
		return e, "pm"
	}
	return 0, ""
}
