package radar

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Query is a parsed brand query such as
//
//	"Maison Fournil" OR #Fournil30ans -recrutement
//
// Words match whole words, "quoted phrases" consecutive words, #tags and
// @handles only hashtags and mentions, and word* any word with that prefix;
// all case- and accent-insensitively. Adjacent terms are ANDed; NOT binds
// tightest, then AND, then OR; parentheses group. A -term excludes texts
// from its whole group (the query, or the parentheses it is in), so
// "a OR b -c" means (a OR b) AND NOT c.
type Query struct {
	root node
	src  string
}

// Doc is a text prepared for matching many queries against it.
type Doc struct {
	words    []string
	tags     map[string]bool
	mentions map[string]bool
}

type node interface {
	match(d *Doc) bool
	str() string
}

type termKind int

const (
	kWord termKind = iota
	kPrefix
	kPhrase
	kTag
	kMention
)

type term struct {
	kind  termKind
	words []string // folded
}

type notNode struct{ x node }
type andNode struct{ xs []node }
type orNode struct{ xs []node }

func (t *term) match(d *Doc) bool {
	switch t.kind {
	case kTag:
		return d.tags[t.words[0]]
	case kMention:
		return d.mentions[t.words[0]]
	case kPrefix:
		for _, w := range d.words {
			if strings.HasPrefix(w, t.words[0]) {
				return true
			}
		}
		return false
	}
	n := len(t.words)
	for i := 0; i+n <= len(d.words); i++ {
		ok := true
		for j, w := range t.words {
			if d.words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func (t *term) str() string {
	switch t.kind {
	case kTag:
		return "#" + t.words[0]
	case kMention:
		return "@" + t.words[0]
	case kPrefix:
		return t.words[0] + "*"
	case kPhrase:
		return `"` + strings.Join(t.words, " ") + `"`
	}
	return t.words[0]
}

func (n *notNode) match(d *Doc) bool { return !n.x.match(d) }
func (n *notNode) str() string       { return "NOT " + wrap(n.x) }

func (n *andNode) match(d *Doc) bool {
	for _, x := range n.xs {
		if !x.match(d) {
			return false
		}
	}
	return true
}

func (n *andNode) str() string {
	parts := make([]string, len(n.xs))
	for i, x := range n.xs {
		parts[i] = wrap(x)
	}
	return strings.Join(parts, " AND ")
}

func (n *orNode) match(d *Doc) bool {
	for _, x := range n.xs {
		if x.match(d) {
			return true
		}
	}
	return false
}

func (n *orNode) str() string {
	parts := make([]string, len(n.xs))
	for i, x := range n.xs {
		parts[i] = wrap(x)
	}
	return strings.Join(parts, " OR ")
}

// wrap parenthesises compound operands so the canonical form parses back
// to the same tree.
func wrap(x node) string {
	switch x.(type) {
	case *andNode, *orNode:
		return "(" + x.str() + ")"
	}
	return x.str()
}

// Match reports whether the text satisfies the query.
func (q *Query) Match(text string) bool { return q.root.match(NewDoc(text)) }

// MatchDoc is Match on a prepared text.
func (q *Query) MatchDoc(d *Doc) bool { return q.root.match(d) }

// String is the query's canonical form: explicit operators, parentheses
// around compound operands; parsing it gives the same query.
func (q *Query) String() string { return q.root.str() }

// fold lowercases and strips diacritics, so "Élysée" matches "elysee".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	if f, ok := foldLatin(s); ok {
		return f
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// NewDoc splits text into folded words, hashtags and @mentions.
func NewDoc(text string) *Doc {
	d := &Doc{words: make([]string, 0, len(text)/6+1)}
	prevWord := false // the rune before i is a word rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '#' || r == '@' {
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if i+size < len(text) && isWordRune(next) && !prevWord {
				j := i + size
				for j < len(text) {
					c, n := utf8.DecodeRuneInString(text[j:])
					if isWordRune(c) || unicode.Is(unicode.Mn, c) {
						j += n
						continue
					}
					if c == '.' && r == '@' {
						if c2, _ := utf8.DecodeRuneInString(text[j+n:]); j+n < len(text) && isWordRune(c2) {
							j += n
							continue
						}
					}
					break
				}
				w := fold(text[i+size : j])
				if r == '#' {
					if d.tags == nil {
						d.tags = map[string]bool{}
					}
					d.tags[w] = true
				} else {
					if d.mentions == nil {
						d.mentions = map[string]bool{}
					}
					d.mentions[w] = true
				}
				// The tag's text is also a word, so "fournil" finds #Fournil.
				d.words = append(d.words, w)
				i, prevWord = j, true
				continue
			}
		}
		if isWordRune(r) {
			j := i + size
			for j < len(text) {
				c, n := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(c) && !unicode.Is(unicode.Mn, c) {
					break
				}
				j += n
			}
			d.words = append(d.words, fold(text[i:j]))
			i, prevWord = j, true
			continue
		}
		i += size
		prevWord = false
	}
	return d
}

// ParseQuery parses a brand query; errors give the byte offset.
func ParseQuery(src string) (*Query, error) {
	toks, err := lexQuery(src)
	if err != nil {
		return nil, err
	}
	p := &qparser{toks: toks, src: src}
	if len(toks) == 0 {
		return nil, fmt.Errorf("radar: query is empty")
	}
	root, err := p.group()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		return nil, fmt.Errorf("radar: query %q: unexpected %q at offset %d", src, t.text, t.pos)
	}
	return &Query{root: root, src: src}, nil
}

type qtokKind int

const (
	qTerm qtokKind = iota
	qAnd
	qOr
	qNot
	qMinus
	qOpen
	qClose
)

type qtok struct {
	kind qtokKind
	term *term
	text string
	pos  int
}

func lexQuery(src string) ([]qtok, error) {
	var out []qtok
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(':
			out = append(out, qtok{kind: qOpen, text: "(", pos: i})
			i++
		case c == ')':
			out = append(out, qtok{kind: qClose, text: ")", pos: i})
			i++
		case c == '-':
			out = append(out, qtok{kind: qMinus, text: "-", pos: i})
			i++
		case c == '"':
			end := strings.IndexByte(src[i+1:], '"')
			if end < 0 {
				return nil, fmt.Errorf("radar: query %q: unclosed quote at offset %d", src, i)
			}
			words := NewDoc(src[i+1 : i+1+end]).words
			if len(words) == 0 {
				return nil, fmt.Errorf("radar: query %q: empty phrase at offset %d", src, i)
			}
			kind := kPhrase
			if len(words) == 1 {
				kind = kWord
			}
			out = append(out, qtok{kind: qTerm, term: &term{kind: kind, words: words}, text: src[i : i+2+end], pos: i})
			i += end + 2
		default:
			j := i
			for j < len(src) && !strings.ContainsRune(" \t\n\r()\"", rune(src[j])) {
				j++
			}
			word := src[i:j]
			switch word {
			case "AND":
				out = append(out, qtok{kind: qAnd, text: word, pos: i})
			case "OR":
				out = append(out, qtok{kind: qOr, text: word, pos: i})
			case "NOT":
				out = append(out, qtok{kind: qNot, text: word, pos: i})
			default:
				t, err := parseTerm(word)
				if err != nil {
					return nil, fmt.Errorf("radar: query %q: %w at offset %d", src, err, i)
				}
				out = append(out, qtok{kind: qTerm, term: t, text: word, pos: i})
			}
			i = j
		}
	}
	return out, nil
}

func parseTerm(word string) (*term, error) {
	kind := kWord
	switch {
	case strings.HasPrefix(word, "#"):
		kind, word = kTag, word[1:]
	case strings.HasPrefix(word, "@"):
		kind, word = kMention, word[1:]
	case strings.HasSuffix(word, "*"):
		kind, word = kPrefix, strings.TrimRight(word, "*")
	}
	if kind == kMention || kind == kTag {
		w := fold(word)
		ok := w != "" && w[0] != '.' && w[len(w)-1] != '.'
		for _, r := range w {
			ok = ok && (isWordRune(r) || (r == '.' && kind == kMention))
		}
		if !ok {
			return nil, fmt.Errorf("%q is not a valid hashtag or handle", word)
		}
		return &term{kind: kind, words: []string{w}}, nil
	}
	words := NewDoc(word).words
	switch {
	case len(words) == 0:
		return nil, fmt.Errorf("term %q has no letters or digits", word)
	case len(words) > 1 && kind != kWord:
		return nil, fmt.Errorf("term %q must be a single word", word)
	case len(words) > 1:
		// "l'Oréal" or "co-working": the words must follow each other.
		return &term{kind: kPhrase, words: words}, nil
	}
	return &term{kind: kind, words: words}, nil
}

type qparser struct {
	toks []qtok
	i    int
	src  string
	excl [][]node // per open group, its -exclusions
}

func negate(x node) node {
	if n, ok := x.(*notNode); ok {
		return n.x
	}
	return &notNode{x: x}
}

func (p *qparser) peek() *qtok {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

// group parses an OR expression and applies the -exclusions found in it
// (outside nested parentheses) to the whole group.
func (p *qparser) group() (node, error) {
	p.excl = append(p.excl, nil)
	x, err := p.or()
	ex := p.excl[len(p.excl)-1]
	p.excl = p.excl[:len(p.excl)-1]
	if err != nil {
		return nil, err
	}
	var xs []node
	if x != nil {
		xs = append(xs, x)
	}
	xs = append(xs, ex...)
	switch len(xs) {
	case 0:
		return nil, fmt.Errorf("radar: query %q: nothing to match", p.src)
	case 1:
		return xs[0], nil
	}
	return &andNode{xs: flatten(xs, false)}, nil
}

func (p *qparser) or() (node, error) {
	var xs []node
	for {
		x, err := p.and()
		if err != nil {
			return nil, err
		}
		if x != nil {
			xs = append(xs, x)
		}
		t := p.peek()
		if t == nil || t.kind != qOr {
			break
		}
		p.i++
	}
	switch len(xs) {
	case 0:
		return nil, nil
	case 1:
		return xs[0], nil
	}
	return &orNode{xs: flatten(xs, true)}, nil
}

func (p *qparser) and() (node, error) {
	var xs []node
	for first := true; ; first = false {
		t := p.peek()
		if !first && (t == nil || t.kind == qOr || t.kind == qClose) {
			break
		}
		if !first && t.kind == qAnd {
			p.i++
		}
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if x != nil {
			xs = append(xs, x)
		}
	}
	switch len(xs) {
	case 0:
		return nil, nil
	case 1:
		return xs[0], nil
	}
	return &andNode{xs: flatten(xs, false)}, nil
}

// flatten merges nested operands of the same operator, so that the
// canonical form does not depend on how the user grouped them.
func flatten(xs []node, or bool) []node {
	var out []node
	for _, x := range xs {
		if or {
			if o, ok := x.(*orNode); ok {
				out = append(out, o.xs...)
				continue
			}
		} else if a, ok := x.(*andNode); ok {
			out = append(out, a.xs...)
			continue
		}
		out = append(out, x)
	}
	return out
}

func (p *qparser) unary() (node, error) {
	t := p.peek()
	if t == nil {
		return nil, fmt.Errorf("radar: query %q: ends where a term is expected", p.src)
	}
	switch t.kind {
	case qMinus:
		// -term excludes from the whole enclosing group, as listening
		// tools do: "a OR b -c" drops every text with c.
		p.i++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, fmt.Errorf("radar: query %q: nothing to exclude after - at offset %d", p.src, t.pos)
		}
		p.excl[len(p.excl)-1] = append(p.excl[len(p.excl)-1], negate(x))
		return nil, nil
	case qNot:
		p.i++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, fmt.Errorf("radar: query %q: nothing to negate after NOT at offset %d", p.src, t.pos)
		}
		return negate(x), nil
	case qOpen:
		p.i++
		x, err := p.group()
		if err != nil {
			return nil, err
		}
		if c := p.peek(); c == nil || c.kind != qClose {
			return nil, fmt.Errorf("radar: query %q: parenthesis opened at offset %d is not closed", p.src, t.pos)
		}
		p.i++
		return x, nil
	case qTerm:
		p.i++
		return t.term, nil
	}
	return nil, fmt.Errorf("radar: query %q: unexpected %q at offset %d", p.src, t.text, t.pos)
}

// latinFold maps the accented letters of French and its neighbours to
// their base letter, the common case, without Unicode normalisation.
var latinFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåÀÁÂÃÄÅ", 'c': "çÇ", 'e': "èéêëÈÉÊË", 'i': "ìíîïÌÍÎÏ", 'n': "ñÑ",
		'o': "òóôõöÒÓÔÕÖ", 'u': "ùúûüÙÚÛÜ", 'y': "ýÿÝŸ",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// foldLatin folds s when every non-ASCII rune is in latinFold.
func foldLatin(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		default:
			f, ok := latinFold[r]
			if !ok {
				return "", false
			}
			b = append(b, byte(f))
		}
	}
	return string(b), true
}
