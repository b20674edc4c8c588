package style

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed lexicons/*.txt
var lexiconFS embed.FS

// Entry is one line of a lexicon: a pattern with its severity and advice.
type Entry struct {
	Lang       string // "fr" or "en"
	Severity   string // "low", "medium" or "high"
	Pattern    string
	Suggestion string
	Source     string // "fr.txt:12" for built-in lines, "workspace" for brand words
	elems      []elem
}

// Lexicon is a compiled set of entries for both languages.
type Lexicon struct {
	entries []Entry
}

// Severities, weakest first.
var severities = map[string]int{"low": 1, "medium": 2, "high": 3}

// ParseLexicon reads lines of the form
//
//	severity :: pattern :: suggestion
//
// ignoring blank lines and lines starting with '#'.
func ParseLexicon(name, lang, src string) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "::")
		if len(parts) < 2 || len(parts) > 3 {
			return nil, fmt.Errorf("style: lexicon %s:%d: want \"severity :: pattern :: suggestion\"", name, n)
		}
		sev := strings.TrimSpace(parts[0])
		if severities[sev] == 0 {
			return nil, fmt.Errorf("style: lexicon %s:%d: unknown severity %q", name, n, sev)
		}
		e := Entry{Lang: lang, Severity: sev, Pattern: strings.TrimSpace(parts[1]), Source: fmt.Sprintf("%s:%d", name, n)}
		if len(parts) == 3 {
			e.Suggestion = strings.TrimSpace(parts[2])
		}
		elems, err := compilePattern(e.Pattern, lang)
		if err != nil {
			return nil, fmt.Errorf("style: lexicon %s:%d: %w", name, n, err)
		}
		e.elems = elems
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("style: lexicon %s: line %d: %w", name, n+1, err)
	}
	return out, nil
}

var builtin *Lexicon

func init() {
	lx, err := loadBuiltin()
	if err != nil {
		panic(err) // the embedded lexicons are part of the binary; a bad line is a build bug
	}
	builtin = lx
}

func loadBuiltin() (*Lexicon, error) {
	lx := &Lexicon{}
	for _, lang := range []string{"fr", "en"} {
		name := "lexicons/" + lang + ".txt"
		b, err := lexiconFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("style: read %s: %w", name, err)
		}
		es, err := ParseLexicon(lang+".txt", lang, string(b))
		if err != nil {
			return nil, err
		}
		lx.entries = append(lx.entries, es...)
	}
	return lx, nil
}

// Builtin returns the entries of the built-in FR and EN lexicons.
func Builtin() []Entry { return append([]Entry(nil), builtin.entries...) }

// wordEntries compiles a workspace's words to avoid ("word" or
// "word => preferred"), or to prefer, in lang.
func wordEntries(words []string, lang, severity string) ([]Entry, error) {
	var out []Entry
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		pat, sugg, _ := strings.Cut(w, "=>")
		pat = strings.TrimSpace(pat)
		// brand words are plain words: anything but letters, digits,
		// apostrophes and hyphens separates them, pattern syntax included
		pat = strings.Map(func(r rune) rune {
			if isWordRune(r) || isApostrophe(r) || r == '-' {
				return r
			}
			return ' '
		}, pat)
		if strings.TrimSpace(strings.Map(func(r rune) rune {
			if isWordRune(r) {
				return r
			}
			return -1
		}, pat)) == "" {
			continue // nothing to match
		}
		elems, err := compilePattern(pat, lang)
		if err != nil {
			return nil, fmt.Errorf("style: workspace word %q: %w", w, err)
		}
		out = append(out, Entry{Lang: lang, Severity: severity, Pattern: strings.TrimSpace(pat), Suggestion: strings.TrimSpace(sugg), Source: "workspace", elems: elems})
	}
	return out, nil
}

type lexMatch struct {
	entry      *Entry
	start, end int // token indexes, end exclusive
}

// findMatches returns the non-overlapping matches of entries in the text,
// preferring the longer and then the more severe match where two overlap.
func findMatches(toks []token, entries []Entry) []lexMatch {
	if len(toks) == 0 || len(entries) == 0 {
		return nil
	}
	ms := map[string]*matcher{}
	var all []lexMatch
	for k := range entries {
		e := &entries[k]
		m := ms[e.Lang]
		if m == nil {
			m = newMatcher(toks, e.Lang)
			ms[e.Lang] = m
		}
		for i := range toks {
			if end := m.matchAt(e.elems, i); end > i {
				all = append(all, lexMatch{entry: e, start: i, end: end})
			}
		}
	}
	sort.Slice(all, func(a, b int) bool {
		la, lb := all[a].end-all[a].start, all[b].end-all[b].start
		if la != lb {
			return la > lb
		}
		sa, sb := severities[all[a].entry.Severity], severities[all[b].entry.Severity]
		if sa != sb {
			return sa > sb
		}
		return all[a].start < all[b].start
	})
	used := make([]bool, len(toks))
	var out []lexMatch
	for _, m := range all {
		free := true
		for i := m.start; i < m.end; i++ {
			if used[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := m.start; i < m.end; i++ {
			used[i] = true
		}
		out = append(out, m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}
