package brandfile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
)

// CSVColumns are the columns a fact sheet CSV may have, in the order
// ExportCSV writes them. key and text are required.
var CSVColumns = []string{"key", "text", "lang", "kind", "value", "unit", "source", "valid_from", "valid_until", "tags", "expired_at"}

// ParseFactsCSV reads a fact sheet: a header row naming columns from
// CSVColumns (any order, any subset that has key and text), then one fact
// per row. Commas or semicolons (French spreadsheets) separate cells; tags
// are separated by "|", ";" or "," inside their cell. A UTF-8 byte-order
// mark is ignored.
func ParseFactsCSV(file string, data []byte) (*Doc, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	w := &walker{file: file, doc: &Doc{file: file, FactsOnly: true, lines: map[string]int{}}}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sniffDelimiter(data)
	r.ReuseRecord = false
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, ErrorList{{File: file, Line: 1, Msg: "empty file: want a header row (" + strings.Join(CSVColumns, ",") + ")"}}
		}
		return nil, ErrorList{csvError(file, err)}
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		known := false
		for _, c := range CSVColumns {
			known = known || c == h
		}
		switch {
		case !known:
			w.errs = append(w.errs, &Error{File: file, Line: 1, Field: fmt.Sprintf("column %d", i+1), Msg: fmt.Sprintf("unknown column %q (known: %s)", h, strings.Join(CSVColumns, ", "))})
		case col[h] != 0:
			w.errs = append(w.errs, &Error{File: file, Line: 1, Field: fmt.Sprintf("column %d", i+1), Msg: fmt.Sprintf("column %q appears twice", h)})
		default:
			col[h] = i + 1 // 0 means absent
		}
	}
	for _, req := range []string{"key", "text"} {
		if col[req] == 0 {
			w.errs = append(w.errs, &Error{File: file, Line: 1, Msg: fmt.Sprintf("missing column %q (the header must name key and text)", req)})
		}
	}
	if len(w.errs) > 0 {
		return nil, w.errs
	}
	r.FieldsPerRecord = len(header)
	seen := map[string]int{}
	for row := 0; ; row++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			w.errs = append(w.errs, csvError(file, err))
			var pe *csv.ParseError
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
				continue // the next rows may still be read
			}
			break
		}
		line, _ := r.FieldPos(0)
		it := &node{kind: kindMap, line: line}
		at := map[string]*node{}
		get := func(name string) *node {
			i := col[name]
			if i == 0 {
				return nil
			}
			l, _ := r.FieldPos(i - 1)
			n := &node{kind: kindScalar, str: rec[i-1], line: l}
			if strings.TrimSpace(rec[i-1]) == "" {
				n.kind = kindNull
			}
			at[name] = n
			return n
		}
		path := fmt.Sprintf("row %d", row+1)
		cell := func(name string) string { return strings.TrimSpace(w.str(get(name), join(path, name))) }
		f := brand.Fact{
			Key:        cell("key"),
			Text:       cell("text"),
			Lang:       w.lang(get("lang"), join(path, "lang")),
			Kind:       brand.FactKind(strings.ToLower(cell("kind"))),
			Value:      cell("value"),
			Unit:       cell("unit"),
			Source:     cell("source"),
			ValidFrom:  w.when(get("valid_from"), join(path, "valid_from"), false),
			ValidUntil: w.when(get("valid_until"), join(path, "valid_until"), true),
			Tags:       splitTags(cell("tags")),
			ExpiredAt:  w.when(get("expired_at"), join(path, "expired_at"), false),
		}
		w.fact(f, it, path, at, seen)
	}
	if len(w.errs) > 0 {
		return nil, w.errs.sorted()
	}
	return w.doc, nil
}

func csvError(file string, err error) *Error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			return &Error{File: file, Line: pe.Line, Msg: "CSV: wrong number of cells for the header (a stray separator, or one inside a cell that is not quoted?)"}
		}
		return &Error{File: file, Line: pe.Line, Field: fmt.Sprintf("column %d", pe.Column), Msg: "CSV: " + pe.Err.Error()}
	}
	return &Error{File: file, Msg: "CSV: " + err.Error()}
}

// sniffDelimiter picks ';' when the header row has more semicolons than
// commas (spreadsheets in French locales write that), else ','.
func sniffDelimiter(data []byte) rune {
	first := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		first = data[:i]
	}
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		return ';'
	}
	return ','
}

func splitTags(s string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ';' || r == ',' }) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}
