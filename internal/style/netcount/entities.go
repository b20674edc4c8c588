package netcount

import (
	"strings"
	"unicode"
)

// Common top-level domains that networks link without a scheme. twitter-text
// knows every TLD; this list covers what brand posts use in practice, and a
// miss only means the bare domain counts at its written length.
var bareTLDs = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`com org net fr io co eu uk de be ch ca us app dev shop store info biz me tv ly gl
		it es nl pt pl se no dk fi at ie lu mc ma tn sn ci re nc pf gp mq yt pm bzh paris alsace corsica
		ai gg to fm ru jp cn in br mx au nz za xyz site online tech blog news media studio agency link page`) {
		bareTLDs[t] = true
	}
}

func isURLRune(r rune) bool {
	return !unicode.IsSpace(r) && r != '<' && r != '>' && r != '"' && r != '«' && r != '»'
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_'
}

// URLs finds the links in text, in code points. Scheme URLs (http, https)
// always count; with bare, so do "www." hosts and domain names with a known
// TLD, which X links too.
func URLs(text string, bare bool) []Span {
	runes := []rune(text)
	var out []Span
	for i := 0; i < len(runes); i++ {
		if i > 0 && (isWord(runes[i-1]) || runes[i-1] == '@' || runes[i-1] == '.' || runes[i-1] == '/' || runes[i-1] == '#' || runes[i-1] == '-') {
			continue
		}
		end := urlEnd(runes, i, bare)
		if end > i {
			out = append(out, Span{Start: i, End: end, Text: string(runes[i:end])})
			i = end - 1
		}
	}
	return out
}

func hasPrefixFold(runes []rune, p string) bool {
	if len(runes) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if unicode.ToLower(runes[k]) != rune(p[k]) {
			return false
		}
	}
	return true
}

func urlEnd(runes []rune, i int, bare bool) int {
	rest := runes[i:]
	var hostStart int
	switch {
	case hasPrefixFold(rest, "https://"):
		hostStart = 8
	case hasPrefixFold(rest, "http://"):
		hostStart = 7
	case bare && hasPrefixFold(rest, "www."):
		hostStart = 0
	case bare:
		hostStart = 0
	default:
		return i
	}
	// host: labels of letters, digits and hyphens separated by dots
	j := hostStart
	lastDot := -1
	for j < len(rest) && (isWord(rest[j]) && rest[j] != '_' || rest[j] == '-' || rest[j] == '.') {
		if rest[j] == '.' {
			if j == hostStart || rest[j-1] == '.' {
				break
			}
			lastDot = j
		}
		j++
	}
	hostEnd := j
	for hostEnd > hostStart && rest[hostEnd-1] == '.' {
		hostEnd--
	}
	if hostStart == 0 {
		// no scheme: needs a dot and a known TLD
		if lastDot < 0 || lastDot >= hostEnd-1 {
			return i
		}
		tld := strings.ToLower(string(rest[lastDot+1 : hostEnd]))
		if !bareTLDs[tld] {
			return i
		}
	} else if hostEnd == hostStart {
		return i
	}
	j = hostEnd
	if j < len(rest) && (rest[j] == '/' || rest[j] == ':' || rest[j] == '?' || rest[j] == '#') {
		for j < len(rest) && isURLRune(rest[j]) {
			j++
		}
	}
	// trailing punctuation belongs to the sentence; a closing parenthesis
	// stays when the URL opened one
	for j > hostEnd {
		c := rest[j-1]
		if strings.ContainsRune(".,;:!?'\"’…", c) {
			j--
			continue
		}
		if c == ')' && strings.Count(string(rest[:j]), "(") < strings.Count(string(rest[:j]), ")") {
			j--
			continue
		}
		break
	}
	return i + j
}

// Hashtags finds #tags in text, in code points, '#' included. A tag is made
// of letters, digits, marks and underscores and holds at least one letter
// (so "#1" is not a tag), as the networks parse them.
func Hashtags(text string) []Span {
	runes := []rune(text)
	var out []Span
	for i := 0; i < len(runes); i++ {
		if runes[i] != '#' && runes[i] != '＃' {
			continue
		}
		if i > 0 && (isWord(runes[i-1]) || runes[i-1] == '&' || runes[i-1] == '#' || runes[i-1] == '/') {
			continue
		}
		j := i + 1
		letter := false
		for j < len(runes) && (isWord(runes[j]) || runes[j] == 0x200D) {
			if unicode.IsLetter(runes[j]) {
				letter = true
			}
			j++
		}
		if j > i+1 && letter {
			out = append(out, Span{Start: i, End: j, Text: string(runes[i:j])})
		}
		i = j - 1
	}
	return out
}
