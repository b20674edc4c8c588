package brandfile

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/vigie-cm/vigie/internal/brand"
)

// Parse reads a brand document in YAML or JSON. file is only used in
// error messages. The returned error, if any, is an ErrorList.
func Parse(file string, data []byte, format Format) (*Doc, error) {
	var root *node
	var perr *Error
	// Editors on Windows save UTF-8 with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch format {
	case YAML:
		root, perr = fromYAML(data)
	case JSON:
		root, perr = fromJSON(data)
	case CSV:
		return ParseFactsCSV(file, data)
	default:
		return nil, ErrorList{{File: file, Msg: fmt.Sprintf("unknown format %q", format)}}
	}
	if perr != nil {
		perr.File = file
		return nil, ErrorList{perr}
	}
	w := &walker{file: file, doc: &Doc{file: file, lines: map[string]int{}}}
	w.document(root)
	if len(w.errs) > 0 {
		return nil, w.errs.sorted()
	}
	return w.doc, nil
}

type walker struct {
	file string
	doc  *Doc
	errs ErrorList
}

func (w *walker) fail(n *node, field, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.line
	}
	w.errs = append(w.errs, &Error{File: w.file, Line: line, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// fields checks a mapping's keys against the known ones and returns its
// values by key.
func (w *walker) fields(n *node, path string, known ...string) map[string]*node {
	if n.kind != kindMap {
		w.fail(n, path, "want a mapping of fields, got %s", n.kind)
		return nil
	}
	out := map[string]*node{}
	for i, k := range n.keys {
		ok := false
		for _, x := range known {
			if k == x {
				ok = true
				break
			}
		}
		if !ok {
			w.fail(n.vals[i], join(path, k), "unknown field (known: %s)", strings.Join(known, ", "))
			continue
		}
		out[k] = n.vals[i]
	}
	return out
}

func join(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

func (w *walker) str(n *node, path string) string {
	if n == nil || n.kind == kindNull {
		return ""
	}
	if n.kind != kindScalar {
		w.fail(n, path, "want text, got %s", n.kind)
		return ""
	}
	return n.str
}

// list reads a list of texts; a single text is taken as a list of one so
// that `languages: fr` means what it says.
func (w *walker) list(n *node, path string) []string {
	if n == nil || n.kind == kindNull {
		return nil
	}
	if n.kind == kindScalar {
		if s := strings.TrimSpace(n.str); s != "" {
			return []string{s}
		}
		return nil
	}
	if n.kind != kindSeq {
		w.fail(n, path, "want a list, got %s", n.kind)
		return nil
	}
	var out []string
	for i, it := range n.items {
		s := strings.TrimSpace(w.str(it, fmt.Sprintf("%s[%d]", path, i)))
		if s == "" {
			w.fail(it, fmt.Sprintf("%s[%d]", path, i), "empty item")
			continue
		}
		out = append(out, s)
	}
	return out
}

func (w *walker) items(n *node, path string) []*node {
	if n == nil || n.kind == kindNull {
		return nil
	}
	if n.kind != kindSeq {
		w.fail(n, path, "want a list, got %s", n.kind)
		return nil
	}
	return n.items
}

// when reads an optional date or time. endOfDay makes a bare date mean the
// last second of that day, so "valid_until: 2026-09-12" includes the 12th.
func (w *walker) when(n *node, path string, endOfDay bool) *time.Time {
	s := strings.TrimSpace(w.str(n, path))
	if s == "" {
		return nil
	}
	t, err := ParseTime(s, endOfDay)
	if err != nil {
		w.fail(n, path, "%v", err)
		return nil
	}
	return &t
}

// ParseTime reads YYYY-MM-DD (midnight UTC, or 23:59:59 UTC when
// endOfDay) or an RFC 3339 time.
func ParseTime(s string, endOfDay bool) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		if endOfDay {
			t = t.Add(24*time.Hour - time.Second)
		}
		return t, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD or an RFC 3339 time such as 2026-09-12T18:00:00+02:00", s)
	}
	return t.UTC().Truncate(time.Microsecond), nil
}

var (
	slugRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	keyRe  = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$`)
	langRe = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`)
	tagRe  = regexp.MustCompile(`^#[\p{L}\p{N}_]+$`)
)

const maxKeyLen = 100

func checkKey(k string) string {
	switch {
	case k == "":
		return "missing (every fact and brief needs a key, e.g. opening-date)"
	case len(k) > maxKeyLen:
		return fmt.Sprintf("key longer than %d bytes", maxKeyLen)
	case !keyRe.MatchString(k):
		return fmt.Sprintf("key %q: use letters, digits and . _ : / - only, starting with a letter or digit (no spaces)", k)
	}
	return ""
}

func (w *walker) lang(n *node, path string) string {
	l := strings.TrimSpace(w.str(n, path))
	if l != "" && !langRe.MatchString(l) {
		w.fail(n, path, "language %q: want a code such as fr, en or pt-BR", l)
	}
	return l
}

func (w *walker) network(n *node, path string) brand.Network {
	s := strings.ToLower(strings.TrimSpace(w.str(n, path)))
	nw := brand.Network(s)
	if s != "" && !nw.Valid() {
		w.fail(n, path, "unknown network %q (want one of %s)", s, networkNames())
	}
	return nw
}

func networkNames() string {
	var ns []string
	for _, n := range brand.Networks {
		ns = append(ns, string(n))
	}
	return strings.Join(ns, ", ")
}

func kindNames() string {
	var ks []string
	for _, k := range brand.FactKinds {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

var topFields = []string{"version", "name", "slug", "languages", "voice", "words_use", "words_avoid", "accounts", "facts", "briefs", "faq", "posts"}

func (w *walker) document(root *node) {
	f := w.fields(root, "", topFields...)
	if f == nil {
		return
	}
	if v := f["version"]; v != nil {
		if s := w.str(v, "version"); s != strconv.Itoa(Version) {
			w.fail(v, "version", "unsupported version %q (this Vigie reads version %d)", s, Version)
		}
	}
	b := &w.doc.Brand
	b.Name = strings.TrimSpace(w.str(f["name"], "name"))
	b.Slug = strings.TrimSpace(w.str(f["slug"], "slug"))
	if b.Name == "" {
		w.fail(root, "name", "missing: the brand's name is required")
	}
	if b.Slug != "" && !slugRe.MatchString(b.Slug) {
		w.fail(f["slug"], "slug", "slug %q: use lowercase letters, digits and single hyphens (e.g. boulangerie-lumiere)", b.Slug)
	}
	b.Languages = w.list(f["languages"], "languages")
	for i, l := range b.Languages {
		if !langRe.MatchString(l) {
			w.fail(f["languages"], fmt.Sprintf("languages[%d]", i), "language %q: want a code such as fr, en or pt-BR", l)
		}
	}
	b.Voice = w.str(f["voice"], "voice")
	b.WordsUse = w.list(f["words_use"], "words_use")
	b.WordsAvoid = w.list(f["words_avoid"], "words_avoid")

	seenAcc := map[string]int{}
	for i, it := range w.items(f["accounts"], "accounts") {
		w.account(it, fmt.Sprintf("accounts[%d]", i), seenAcc)
	}
	seenFact := map[string]int{}
	for i, it := range w.items(f["facts"], "facts") {
		path := fmt.Sprintf("facts[%d]", i)
		af := w.fields(it, path, "key", "text", "lang", "kind", "value", "unit", "source", "valid_from", "valid_until", "tags", "expired_at")
		if af == nil {
			continue
		}
		fact := brand.Fact{
			Key:        strings.TrimSpace(w.str(af["key"], join(path, "key"))),
			Text:       strings.TrimSpace(w.str(af["text"], join(path, "text"))),
			Lang:       w.lang(af["lang"], join(path, "lang")),
			Kind:       brand.FactKind(strings.ToLower(strings.TrimSpace(w.str(af["kind"], join(path, "kind"))))),
			Value:      strings.TrimSpace(w.str(af["value"], join(path, "value"))),
			Unit:       strings.TrimSpace(w.str(af["unit"], join(path, "unit"))),
			Source:     strings.TrimSpace(w.str(af["source"], join(path, "source"))),
			ValidFrom:  w.when(af["valid_from"], join(path, "valid_from"), false),
			ValidUntil: w.when(af["valid_until"], join(path, "valid_until"), true),
			Tags:       w.list(af["tags"], join(path, "tags")),
			ExpiredAt:  w.when(af["expired_at"], join(path, "expired_at"), false),
		}
		w.fact(fact, it, path, af, seenFact)
	}
	seenBrief := map[string]int{}
	for i, it := range w.items(f["briefs"], "briefs") {
		w.brief(it, fmt.Sprintf("briefs[%d]", i), seenBrief)
	}
	seenQ := map[string]int{}
	for i, it := range w.items(f["faq"], "faq") {
		path := fmt.Sprintf("faq[%d]", i)
		af := w.fields(it, path, "question", "answer", "lang")
		if af == nil {
			continue
		}
		e := brand.FAQEntry{
			Question: strings.TrimSpace(w.str(af["question"], join(path, "question"))),
			Answer:   strings.TrimSpace(w.str(af["answer"], join(path, "answer"))),
			Lang:     w.lang(af["lang"], join(path, "lang")),
		}
		if e.Question == "" {
			w.fail(it, join(path, "question"), "missing")
		}
		if e.Answer == "" {
			w.fail(it, join(path, "answer"), "missing")
		}
		id := e.Lang + "\x00" + e.Question
		if first, dup := seenQ[id]; dup {
			w.fail(it, join(path, "question"), "the same question appears twice (first at line %d)", first)
		}
		seenQ[id] = it.line
		w.doc.FAQ = append(w.doc.FAQ, e)
	}
	for i, it := range w.items(f["posts"], "posts") {
		path := fmt.Sprintf("posts[%d]", i)
		af := w.fields(it, path, "network", "lang", "text", "published_at")
		if af == nil {
			continue
		}
		p := brand.Post{
			Network:     w.network(af["network"], join(path, "network")),
			Lang:        w.lang(af["lang"], join(path, "lang")),
			Text:        strings.TrimSpace(w.str(af["text"], join(path, "text"))),
			PublishedAt: w.when(af["published_at"], join(path, "published_at"), false),
		}
		if p.Text == "" {
			w.fail(it, join(path, "text"), "missing")
		}
		w.doc.Posts = append(w.doc.Posts, p)
	}
}

func (w *walker) account(it *node, path string, seen map[string]int) {
	af := w.fields(it, path, "network", "handle", "audience_notes")
	if af == nil {
		return
	}
	a := brand.Account{
		Network:       w.network(af["network"], join(path, "network")),
		Handle:        strings.TrimSpace(w.str(af["handle"], join(path, "handle"))),
		AudienceNotes: strings.TrimSpace(w.str(af["audience_notes"], join(path, "audience_notes"))),
	}
	if a.Network == "" {
		w.fail(it, join(path, "network"), "missing (want one of %s)", networkNames())
	}
	if a.Handle == "" {
		w.fail(it, join(path, "handle"), "missing")
	}
	id := string(a.Network) + "\x00" + a.Handle
	if first, dup := seen[id]; dup {
		w.fail(it, path, "account %s %q appears twice (first at line %d)", a.Network, a.Handle, first)
	}
	seen[id] = it.line
	w.doc.Accounts = append(w.doc.Accounts, a)
}

// fact validates one fact and appends it. at gives the node of each field
// for line numbers (YAML/JSON); CSV passes its own map.
func (w *walker) fact(f brand.Fact, it *node, path string, at map[string]*node, seen map[string]int) {
	lineOf := func(field string) *node {
		if n := at[field]; n != nil {
			return n
		}
		return it
	}
	if msg := checkKey(f.Key); msg != "" {
		w.fail(lineOf("key"), join(path, "key"), "%s", msg)
	} else if first, dup := seen[f.Key]; dup {
		w.fail(lineOf("key"), join(path, "key"), "duplicate key %q (first at line %d)", f.Key, first)
	} else {
		seen[f.Key] = it.line
	}
	if f.Text == "" {
		w.fail(lineOf("text"), join(path, "text"), "missing: a fact needs its sentence")
	}
	if !f.Kind.Valid() {
		w.fail(lineOf("kind"), join(path, "kind"), "unknown kind %q (want one of %s, or leave empty)", f.Kind, kindNames())
	} else if msg := checkValue(f.Kind, f.Value); msg != "" {
		w.fail(lineOf("value"), join(path, "value"), "%s", msg)
	}
	if f.ValidFrom != nil && f.ValidUntil != nil && f.ValidUntil.Before(*f.ValidFrom) {
		w.fail(lineOf("valid_until"), join(path, "valid_until"), "ends (%s) before valid_from (%s)", f.ValidUntil.Format(time.RFC3339), f.ValidFrom.Format(time.RFC3339))
	}
	w.doc.lines[path] = it.line
	w.doc.Facts = append(w.doc.Facts, f)
}

// checkValue checks that a structured value fits its kind, so a typo in a
// price is caught at import and not at verification time.
func checkValue(k brand.FactKind, v string) string {
	if v == "" {
		return ""
	}
	switch k {
	case brand.KindPrice, brand.KindPercent, brand.KindCount:
		if _, ok := ParseNumber(v); !ok {
			return fmt.Sprintf("%q is not a number (kind %s); write e.g. 12.90 and put the currency or unit in unit", v, k)
		}
	case brand.KindDate:
		if _, err := ParseTime(v, false); err != nil {
			return fmt.Sprintf("%v (kind date)", err)
		}
	case brand.KindURL:
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Sprintf("%q is not an http(s) URL (kind url)", v)
		}
	case brand.KindHashtag:
		if !tagRe.MatchString(v) {
			return fmt.Sprintf("%q is not a hashtag (kind hashtag): want # followed by letters, digits or _", v)
		}
	}
	return ""
}

// ParseNumber reads a decimal number as people type it: 12.90, 12,90,
// 27 400, 1,234.5.
func ParseNumber(v string) (float64, bool) {
	s := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '\u202f' || r == '_' {
			return -1
		}
		return r
	}, v)
	if strings.Count(s, ",") > 0 && strings.Contains(s, ".") {
		s = strings.ReplaceAll(s, ",", "") // 1,234.5
	} else if strings.Count(s, ",") == 1 {
		s = strings.Replace(s, ",", ".", 1) // 12,90
	}
	if s == "" || strings.ContainsAny(s, "xXpPiInN") { // no hex, infinities or NaN
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

func (w *walker) brief(it *node, path string, seen map[string]int) {
	af := w.fields(it, path, "key", "title", "objective", "key_messages", "facts", "audience", "networks", "starts_on", "ends_on")
	if af == nil {
		return
	}
	b := brand.Brief{
		Key:         strings.TrimSpace(w.str(af["key"], join(path, "key"))),
		Title:       strings.TrimSpace(w.str(af["title"], join(path, "title"))),
		Objective:   strings.TrimSpace(w.str(af["objective"], join(path, "objective"))),
		KeyMessages: w.list(af["key_messages"], join(path, "key_messages")),
		Audience:    strings.TrimSpace(w.str(af["audience"], join(path, "audience"))),
		StartsOn:    w.when(af["starts_on"], join(path, "starts_on"), false),
		EndsOn:      w.when(af["ends_on"], join(path, "ends_on"), true),
	}
	if msg := checkKey(b.Key); msg != "" {
		w.fail(it, join(path, "key"), "%s", msg)
	} else if first, dup := seen[b.Key]; dup {
		w.fail(af["key"], join(path, "key"), "duplicate brief key %q (first at line %d)", b.Key, first)
	} else {
		seen[b.Key] = it.line
	}
	if b.Title == "" {
		w.fail(it, join(path, "title"), "missing")
	}
	if b.StartsOn != nil && b.EndsOn != nil && b.EndsOn.Before(*b.StartsOn) {
		w.fail(af["ends_on"], join(path, "ends_on"), "ends before starts_on")
	}
	refs := af["facts"]
	b.FactKeys = w.list(refs, join(path, "facts"))
	for i := range b.FactKeys {
		line := it.line
		if refs != nil && refs.kind == kindSeq && i < len(refs.items) {
			line = refs.items[i].line
		}
		w.doc.lines[fmt.Sprintf("%s.facts[%d]", path, i)] = line
	}
	for i, it := range w.items(af["networks"], join(path, "networks")) {
		if n := w.network(it, fmt.Sprintf("%s.networks[%d]", path, i)); n != "" {
			b.Networks = append(b.Networks, n)
		}
	}
	w.doc.lines[path] = it.line
	w.doc.Briefs = append(w.doc.Briefs, b)
}

// Slugify derives a slug from a brand name: "Boulangerie Lumière" →
// "boulangerie-lumiere".
func Slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'œ':
			b.WriteString("oe")
			dash = false
		case r == 'æ':
			b.WriteString("ae")
			dash = false
		case r == 'ß':
			b.WriteString("ss")
			dash = false
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
