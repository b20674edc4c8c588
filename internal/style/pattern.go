package style

import (
	"fmt"
	"strings"
)

// A pattern is a sequence of words compared by stem, so one lexicon line
// covers plural, gender, tense and capitalisation. Syntax:
//
//	word      a word, compared by its snowball stem (or function-word class)
//	word*     any word whose accent-folded form starts with "word"
//	(a|b c)   one of the alternatives, each a sequence
//	[a b]     an optional sequence
//	_         exactly one word
//	...       a gap of zero to six words inside the same sentence
//	^         the next word begins a sentence (or the text)
type elemKind int

const (
	elemLit elemKind = iota
	elemPrefix
	elemAlt
	elemGap
	elemAny
	elemSentStart
)

type elem struct {
	kind elemKind
	text string   // elemLit: normalised form; elemPrefix: folded prefix
	alts [][]elem // elemAlt; an empty alternative makes it optional
	max  int      // elemGap
}

const gapMax = 6

type patternParser struct {
	src  []rune
	pos  int
	lang string
}

func compilePattern(src, lang string) ([]elem, error) {
	p := &patternParser{src: []rune(src), lang: lang}
	seq, err := p.seq()
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.src) {
		return nil, fmt.Errorf("style: pattern %q: unexpected %q at %d", src, p.src[p.pos], p.pos)
	}
	if len(seq) == 0 {
		return nil, fmt.Errorf("style: pattern %q is empty", src)
	}
	if seq[0].kind == elemGap || seq[len(seq)-1].kind == elemGap {
		return nil, fmt.Errorf("style: pattern %q starts or ends with a gap", src)
	}
	return seq, nil
}

func (p *patternParser) seq() ([]elem, error) {
	var out []elem
	for p.pos < len(p.src) {
		r := p.src[p.pos]
		switch {
		case r == ')' || r == ']' || r == '|':
			return out, nil
		case r == '(' || r == '[':
			closer := ')'
			if r == '[' {
				closer = ']'
			}
			p.pos++
			var alts [][]elem
			for {
				s, err := p.seq()
				if err != nil {
					return nil, err
				}
				alts = append(alts, s)
				if p.pos >= len(p.src) {
					return nil, fmt.Errorf("style: pattern %q: missing %q", string(p.src), closer)
				}
				c := p.src[p.pos]
				p.pos++
				if c == '|' {
					continue
				}
				if c != closer {
					return nil, fmt.Errorf("style: pattern %q: %q closed by %q", string(p.src), r, c)
				}
				break
			}
			if r == '[' {
				alts = append(alts, nil)
			}
			out = append(out, elem{kind: elemAlt, alts: alts})
		case r == '…':
			p.pos++
			out = append(out, elem{kind: elemGap, max: gapMax})
		case r == '.' && p.pos+2 < len(p.src) && p.src[p.pos+1] == '.' && p.src[p.pos+2] == '.':
			p.pos += 3
			out = append(out, elem{kind: elemGap, max: gapMax})
		case r == '_':
			p.pos++
			out = append(out, elem{kind: elemAny})
		case r == '^':
			p.pos++
			out = append(out, elem{kind: elemSentStart})
		case isWordRune(r):
			j := p.pos
			for j < len(p.src) && isWordRune(p.src[j]) {
				j++
			}
			lower := strings.ToLower(string(p.src[p.pos:j]))
			p.pos = j
			if p.pos < len(p.src) && p.src[p.pos] == '*' {
				p.pos++
				out = append(out, elem{kind: elemPrefix, text: fold(lower)})
			} else {
				out = append(out, elem{kind: elemLit, text: normWord(lower, p.lang)})
			}
		case r == ' ' || r == '\t' || r == '-' || r == ',' || isApostrophe(r):
			// they separate words, as in tokenize
			p.pos++
		default:
			return nil, fmt.Errorf("style: pattern %q: unexpected %q at %d", string(p.src), r, p.pos)
		}
	}
	return out, nil
}

// matcher holds a tokenised text with its normal forms for one language.
type matcher struct {
	toks  []token
	norms []string
}

func newMatcher(toks []token, lang string) *matcher {
	m := &matcher{toks: toks, norms: make([]string, len(toks))}
	for i, t := range toks {
		m.norms[i] = normWord(t.lower, lang)
	}
	return m
}

// usable reports whether token i may be consumed by a match begun at start:
// hashtags and mentions are names, and a match never spans two sentences.
func (m *matcher) usable(i, start int) bool {
	if i >= len(m.toks) {
		return false
	}
	t := m.toks[i]
	if t.hashtag || t.mention {
		return false
	}
	return i == start || !t.sentStart
}

// match returns the end (exclusive token index) of the shortest match of seq
// at pos, or -1. k continues the match with what follows seq.
func (m *matcher) match(seq []elem, pos, start int, k func(int) int) int {
	if len(seq) == 0 {
		return k(pos)
	}
	e, rest := seq[0], seq[1:]
	next := func(p int) int { return m.match(rest, p, start, k) }
	switch e.kind {
	case elemLit:
		if m.usable(pos, start) && m.norms[pos] == e.text {
			return next(pos + 1)
		}
	case elemPrefix:
		if m.usable(pos, start) && strings.HasPrefix(m.toks[pos].folded, e.text) {
			return next(pos + 1)
		}
	case elemAny:
		if m.usable(pos, start) {
			return next(pos + 1)
		}
	case elemSentStart:
		if pos < len(m.toks) && m.toks[pos].sentStart {
			return next(pos)
		}
	case elemGap:
		for n := 0; n <= e.max; n++ {
			if end := next(pos + n); end >= 0 {
				return end
			}
			if !m.usable(pos+n, start) {
				break
			}
		}
	case elemAlt:
		for _, alt := range e.alts {
			if end := m.match(alt, pos, start, next); end >= 0 {
				return end
			}
		}
	}
	return -1
}

// matchAt returns the end token index of pattern seq starting at token i, or -1.
func (m *matcher) matchAt(seq []elem, i int) int {
	if !m.usable(i, i) {
		return -1
	}
	return m.match(seq, i, i, func(p int) int { return p })
}
