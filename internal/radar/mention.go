package radar

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Mention is one thing said somewhere about a brand, as the radar ingests it.
type Mention struct {
	ID      string    `json:"id"`
	Network string    `json:"network"`
	Author  string    `json:"author"`
	Text    string    `json:"text"`
	Time    time.Time `json:"timestamp"`
	URL     string    `json:"url,omitempty"`
	Reach   int64     `json:"reach,omitempty"`
	Lang    string    `json:"lang,omitempty"`
}

// Validate checks what every stage downstream relies on.
func (m *Mention) Validate() error {
	switch {
	case m.Text == "" && m.URL == "":
		return errors.New("mention has neither text nor url")
	case m.Time.IsZero():
		return errors.New("mention has no timestamp")
	case m.Reach < 0:
		return fmt.Errorf("reach %d is negative", m.Reach)
	case !utf8.ValidString(m.Text) || !utf8.ValidString(m.Author):
		return errors.New("text or author is not valid UTF-8")
	}
	return nil
}

// fillID gives a mention without an id a stable one derived from its
// content, so that importing the same export twice deduplicates.
func (m *Mention) fillID() {
	if m.ID != "" {
		return
	}
	h := sha256.New()
	for _, s := range []string{m.Network, m.Author, m.Time.UTC().Format(time.RFC3339Nano), m.URL, m.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	m.ID = "sha256:" + hex.EncodeToString(h.Sum(nil)[:12])
}

// Fields are the mention fields an import can map, in order.
var Fields = []string{"id", "network", "author", "text", "timestamp", "url", "reach", "lang"}

// aliases are column names common in listening-tool exports, tried when no
// explicit mapping names a field's column.
var aliases = map[string][]string{
	"id":        {"id", "mention_id", "post_id", "uri", "guid"},
	"network":   {"network", "source", "platform", "site", "page_type"},
	"author":    {"author", "username", "user", "handle", "screen_name", "account", "author.handle"},
	"text":      {"text", "content", "message", "body", "full_text", "snippet", "record.text"},
	"timestamp": {"timestamp", "date", "created_at", "published", "published_at", "time", "datetime", "createdAt", "record.createdAt"},
	"url":       {"url", "link", "permalink", "mention_url"},
	"reach":     {"reach", "followers", "impressions", "audience", "potential_reach", "followers_count"},
	"lang":      {"lang", "language"},
}

// ImportOptions say how to read an export.
type ImportOptions struct {
	// Format is "jsonl" or "csv"; empty guesses from the first byte.
	Format string
	// Mapping names, for a mention field, the column (CSV header) or key
	// (JSON, dotted for nested objects) holding it. Unmapped fields are
	// looked up under common names.
	Mapping map[string]string
	// Network fills mentions whose export has no network column.
	Network string
	// Location is the time zone of timestamps written without one (UTC if nil).
	Location *time.Location
}

// LineError is one rejected input line; the import goes on after it.
type LineError struct {
	Line int    `json:"line"`
	Err  string `json:"error"`
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Err) }

// Import reads mentions from r and calls fn for each valid one. A bad line
// is reported in the returned list and skipped; an error from fn or from
// reading stops the import.
func Import(r io.Reader, opt ImportOptions, fn func(Mention) error) (int, []LineError, error) {
	for f := range opt.Mapping {
		if !isField(f) {
			return 0, nil, fmt.Errorf("radar import: mapping names unknown field %q (fields: %s)", f, strings.Join(Fields, ", "))
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	format := opt.Format
	if format == "" {
		head, _ := br.Peek(512)
		head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
		format = "csv"
		if len(head) > 0 && head[0] == '{' {
			format = "jsonl"
		}
	}
	switch format {
	case "jsonl":
		return importJSONL(br, opt, fn)
	case "csv":
		return importCSV(br, opt, fn)
	}
	return 0, nil, fmt.Errorf("radar import: unknown format %q (jsonl or csv)", format)
}

func isField(f string) bool {
	for _, x := range Fields {
		if x == f {
			return true
		}
	}
	return false
}

// fieldValue is a raw value of one field: text from CSV, or any JSON value.
type fieldValue struct {
	s   string
	num *float64
	ok  bool
}

func buildMention(get func(field string) fieldValue, opt ImportOptions) (Mention, error) {
	var m Mention
	str := func(f string) string { return strings.TrimSpace(get(f).s) }
	m.ID, m.Network, m.Author, m.Text, m.URL, m.Lang = str("id"), str("network"), str("author"), get("text").s, str("url"), strings.ToLower(str("lang"))
	if m.Network == "" {
		m.Network = opt.Network
	}
	m.Network = strings.ToLower(m.Network)
	ts := get("timestamp")
	if !ts.ok {
		return m, errors.New("no timestamp column/key (map one with timestamp=NAME)")
	}
	t, err := parseWhen(ts, opt.Location)
	if err != nil {
		return m, err
	}
	m.Time = t
	if rv := get("reach"); rv.ok && (rv.num != nil || strings.TrimSpace(rv.s) != "") {
		n, err := parseReach(rv)
		if err != nil {
			return m, err
		}
		m.Reach = n
	}
	if err := m.Validate(); err != nil {
		return m, err
	}
	m.fillID()
	return m, nil
}

var layouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05",
	"2006-01-02T15:04", "2006-01-02 15:04", "02/01/2006 15:04:05", "02/01/2006 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "Mon Jan 02 15:04:05 -0700 2006",
}

// parseWhen reads ISO 8601 and the usual export layouts (day first, as in
// French exports), or Unix seconds or milliseconds.
func parseWhen(v fieldValue, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	s := strings.TrimSpace(v.s)
	if v.num != nil {
		s = strconv.FormatFloat(*v.num, 'f', -1, 64)
	}
	if s == "" {
		return time.Time{}, errors.New("timestamp is empty")
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsNaN(f) && !math.IsInf(f, 0) {
		switch {
		case f > 1e11 && f < 1e14: // milliseconds
			return time.UnixMilli(int64(f)).UTC(), nil
		case f > 1e8 && f <= 1e11:
			sec, frac := math.Modf(f)
			return time.Unix(int64(sec), int64(frac*1e9)).UTC(), nil
		}
		return time.Time{}, fmt.Errorf("timestamp %q is a number but not Unix seconds or milliseconds", s)
	}
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("timestamp %q: not ISO 8601, dd/mm/yyyy hh:mm or Unix time", s)
}

// parseReach reads 1234, 1234.0, "1 234", "12,5k", "3.4M".
func parseReach(v fieldValue) (int64, error) {
	if v.num != nil {
		if *v.num < 0 || *v.num > 1e15 || math.IsNaN(*v.num) {
			return 0, fmt.Errorf("reach %v is out of range", *v.num)
		}
		return int64(*v.num), nil
	}
	s := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(v.s, "\u00a0", " ")), ""))
	mult := 1.0
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1e3, s[:len(s)-1]
	case strings.HasSuffix(s, "m"):
		mult, s = 1e6, s[:len(s)-1]
	case strings.HasSuffix(s, "b"):
		mult, s = 1e9, s[:len(s)-1]
	}
	s = strings.ReplaceAll(s, ",", ".")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || f*mult > 1e15 || math.IsNaN(f) {
		return 0, fmt.Errorf("reach %q is not a non-negative number", v.s)
	}
	return int64(math.Round(f * mult)), nil
}

func importJSONL(br *bufio.Reader, opt ImportOptions, fn func(Mention) error) (int, []LineError, error) {
	var bad []LineError
	n := 0
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff"))
		}
		if len(b) == 0 {
			continue
		}
		var obj map[string]any
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		if err := dec.Decode(&obj); err != nil || obj == nil {
			msg := "not a JSON object"
			if err != nil {
				msg = "invalid JSON: " + err.Error()
			}
			bad = append(bad, LineError{line, msg})
			continue
		}
		m, err := buildMention(func(f string) fieldValue { return jsonField(obj, f, opt.Mapping) }, opt)
		if err != nil {
			bad = append(bad, LineError{line, err.Error()})
			continue
		}
		if err := fn(m); err != nil {
			return n, bad, err
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return n, bad, fmt.Errorf("radar import: %w", err)
	}
	return n, bad, nil
}

func jsonField(obj map[string]any, field string, mapping map[string]string) fieldValue {
	keys := aliases[field]
	if k, ok := mapping[field]; ok {
		keys = []string{k}
	}
	for _, k := range keys {
		v, ok := lookup(obj, k)
		if !ok || v == nil {
			continue
		}
		switch x := v.(type) {
		case string:
			return fieldValue{s: x, ok: true}
		case json.Number:
			f, err := x.Float64()
			if err != nil {
				return fieldValue{s: x.String(), ok: true}
			}
			return fieldValue{s: x.String(), num: &f, ok: true}
		case bool:
			return fieldValue{s: strconv.FormatBool(x), ok: true}
		}
	}
	return fieldValue{}
}

// lookup finds key in obj, or a dotted path through nested objects.
func lookup(obj map[string]any, key string) (any, bool) {
	if v, ok := obj[key]; ok {
		return v, true
	}
	head, rest, found := strings.Cut(key, ".")
	if !found {
		return nil, false
	}
	sub, ok := obj[head].(map[string]any)
	if !ok {
		return nil, false
	}
	return lookup(sub, rest)
}

func importCSV(br *bufio.Reader, opt ImportOptions, fn func(Mention) error) (int, []LineError, error) {
	first, _ := br.Peek(4096)
	first = bytes.TrimPrefix(first, []byte("\ufeff"))
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	// Exports from French spreadsheets use semicolons; some tools tabs.
	delim := ','
	best := bytes.Count(first, []byte(","))
	for _, d := range []rune{';', '\t'} {
		if c := bytes.Count(first, []byte(string(d))); c > best {
			delim, best = d, c
		}
	}
	cr := csv.NewReader(br)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	head, err := cr.Read()
	if err != nil {
		return 0, nil, fmt.Errorf("radar import: csv header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
		if _, dup := col[strings.ToLower(h)]; !dup {
			col[strings.ToLower(h)] = i
		}
	}
	where := map[string]int{}
	for _, f := range Fields {
		if name, ok := opt.Mapping[f]; ok {
			i, found := col[name]
			if !found {
				return 0, nil, fmt.Errorf("radar import: mapping %s=%s: no such column in header %q", f, name, strings.Join(head, string(delim)))
			}
			where[f] = i
			continue
		}
		for _, a := range aliases[f] {
			if i, ok := col[a]; ok {
				where[f] = i
				break
			}
			if i, ok := col[strings.ToLower(a)]; ok {
				where[f] = i
				break
			}
		}
	}
	if _, ok := where["text"]; !ok {
		if _, ok := where["url"]; !ok {
			return 0, nil, fmt.Errorf("radar import: no text column in header %q (map one with text=NAME)", strings.Join(head, string(delim)))
		}
	}
	var bad []LineError
	n := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad = append(bad, LineError{pe.Line, pe.Err.Error()})
				continue
			}
			return n, bad, fmt.Errorf("radar import: %w", err)
		}
		line, _ := cr.FieldPos(0)
		m, err := buildMention(func(f string) fieldValue {
			i, ok := where[f]
			if !ok || i >= len(rec) {
				return fieldValue{}
			}
			return fieldValue{s: rec[i], ok: true}
		}, opt)
		if err != nil {
			bad = append(bad, LineError{line, err.Error()})
			continue
		}
		if err := fn(m); err != nil {
			return n, bad, err
		}
		n++
	}
	return n, bad, nil
}

// ParseMapping reads "text=content,timestamp=created_at" into a mapping.
func ParseMapping(s string) (map[string]string, error) {
	out := map[string]string{}
	if strings.TrimSpace(s) == "" {
		return out, nil
	}
	for _, part := range strings.Split(s, ",") {
		f, col, ok := strings.Cut(part, "=")
		f, col = strings.TrimSpace(f), strings.TrimSpace(col)
		if !ok || f == "" || col == "" {
			return nil, fmt.Errorf("radar import: mapping %q: want field=column", part)
		}
		if !isField(f) {
			return nil, fmt.Errorf("radar import: mapping names unknown field %q (fields: %s)", f, strings.Join(Fields, ", "))
		}
		out[f] = col
	}
	return out, nil
}
