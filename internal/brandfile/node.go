package brandfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// node is a parsed YAML or JSON value with the line it starts on, so that
// one validator serves both formats and every error can point at a line.
type node struct {
	kind  nodeKind
	str   string // scalar text (numbers and booleans as written)
	line  int
	keys  []string // map keys, in file order
	vals  []*node  // map values, same order
	items []*node  // sequence items
}

type nodeKind int

const (
	kindNull nodeKind = iota
	kindScalar
	kindSeq
	kindMap
)

func (k nodeKind) String() string {
	switch k {
	case kindNull:
		return "null"
	case kindScalar:
		return "a scalar"
	case kindSeq:
		return "a list"
	}
	return "a mapping"
}

// maxNodes bounds the work a hostile file can cause (YAML aliases can
// expand exponentially).
const maxNodes = 2_000_000

// fromYAML parses one YAML document.
func fromYAML(data []byte) (*node, *Error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{Line: 1, Msg: "empty file"}
		}
		return nil, yamlError(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &Error{Line: extra.Line, Msg: "more than one YAML document (---); a brand file holds one"}
	}
	budget := maxNodes
	return convertYAML(&doc, &budget, 0)
}

// yamlError turns "yaml: line 12: did not find expected key" into a
// positioned error.
func yamlError(err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ":"); i > 0 {
			if _, e := fmt.Sscanf(rest[:i], "%d", &line); e == nil {
				msg = strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return &Error{Line: line, Msg: "YAML syntax: " + msg}
}

func convertYAML(y *yaml.Node, budget *int, depth int) (*node, *Error) {
	*budget--
	if *budget < 0 {
		return nil, &Error{Line: y.Line, Msg: "document too large (alias expansion?)"}
	}
	if depth > 64 {
		return nil, &Error{Line: y.Line, Msg: "nested too deeply"}
	}
	switch y.Kind {
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return nil, &Error{Line: y.Line, Msg: "empty document"}
		}
		return convertYAML(y.Content[0], budget, depth+1)
	case yaml.AliasNode:
		if y.Alias == nil {
			return nil, &Error{Line: y.Line, Msg: "unknown alias"}
		}
		n, err := convertYAML(y.Alias, budget, depth+1)
		if err != nil {
			return nil, err
		}
		c := *n
		c.line = y.Line
		return &c, nil
	case yaml.ScalarNode:
		if y.Tag == "!!null" {
			return &node{kind: kindNull, line: y.Line}, nil
		}
		return &node{kind: kindScalar, str: y.Value, line: y.Line}, nil
	case yaml.SequenceNode:
		n := &node{kind: kindSeq, line: y.Line}
		for _, c := range y.Content {
			cn, err := convertYAML(c, budget, depth+1)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, cn)
		}
		return n, nil
	case yaml.MappingNode:
		n := &node{kind: kindMap, line: y.Line}
		seen := map[string]int{}
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				if k.Kind == yaml.AliasNode || k.Tag == "!!merge" || k.Value == "<<" {
					return nil, &Error{Line: k.Line, Msg: "merge keys and non-scalar keys are not supported"}
				}
				return nil, &Error{Line: k.Line, Msg: "a mapping key must be a plain word"}
			}
			if first, dup := seen[k.Value]; dup {
				return nil, &Error{Line: k.Line, Msg: fmt.Sprintf("field %q appears twice (first at line %d)", k.Value, first)}
			}
			seen[k.Value] = k.Line
			vn, err := convertYAML(v, budget, depth+1)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, k.Value)
			n.vals = append(n.vals, vn)
		}
		return n, nil
	}
	return nil, &Error{Line: y.Line, Msg: "unsupported YAML node"}
}

// fromJSON parses one JSON value with encoding/json's tokenizer, noting the
// line each value starts on (from the byte offset).
func fromJSON(data []byte) (*node, *Error) {
	lines := newLineIndex(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := &jsonParser{dec: dec, data: data, lines: lines, budget: maxNodes}
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if _, e := dec.Token(); !errors.Is(e, io.EOF) {
		return nil, &Error{Line: lines.line(p.start()), Msg: "JSON: data after the top-level value"}
	}
	return n, nil
}

type jsonParser struct {
	dec    *json.Decoder
	data   []byte
	lines  lineIndex
	budget int
}

// start is the offset where the next token begins: after the previous one,
// past blanks and the ',' or ':' separators.
func (p *jsonParser) start() int64 {
	off := p.dec.InputOffset()
	for off < int64(len(p.data)) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

func (p *jsonParser) err(off int64, e error) *Error {
	var se *json.SyntaxError
	if errors.As(e, &se) {
		off = se.Offset
	}
	msg := e.Error()
	if errors.Is(e, io.EOF) || errors.Is(e, io.ErrUnexpectedEOF) {
		msg = "unexpected end of file"
		off = int64(len(p.data))
	}
	return &Error{Line: p.lines.line(off), Msg: "JSON syntax: " + msg}
}

func (p *jsonParser) value(depth int) (*node, *Error) {
	p.budget--
	off := p.start()
	line := p.lines.line(off)
	if p.budget < 0 || depth > 64 {
		return nil, &Error{Line: line, Msg: "document too large or nested too deeply"}
	}
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.err(off, err)
	}
	switch t := tok.(type) {
	case nil:
		return &node{kind: kindNull, line: line}, nil
	case string:
		return &node{kind: kindScalar, str: t, line: line}, nil
	case json.Number:
		return &node{kind: kindScalar, str: t.String(), line: line}, nil
	case bool:
		return &node{kind: kindScalar, str: fmt.Sprint(t), line: line}, nil
	case json.Delim:
		switch t {
		case '[':
			n := &node{kind: kindSeq, line: line}
			for p.dec.More() {
				c, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.items = append(n.items, c)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.err(p.start(), err)
			}
			return n, nil
		case '{':
			n := &node{kind: kindMap, line: line}
			seen := map[string]int{}
			for p.dec.More() {
				koff := p.start()
				kt, err := p.dec.Token()
				if err != nil {
					return nil, p.err(koff, err)
				}
				k, _ := kt.(string) // the decoder only yields string keys inside objects
				kl := p.lines.line(koff)
				if first, dup := seen[k]; dup {
					return nil, &Error{Line: kl, Msg: fmt.Sprintf("field %q appears twice (first at line %d)", k, first)}
				}
				seen[k] = kl
				v, verr := p.value(depth + 1)
				if verr != nil {
					return nil, verr
				}
				n.keys = append(n.keys, k)
				n.vals = append(n.vals, v)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.err(p.start(), err)
			}
			return n, nil
		}
	}
	return nil, &Error{Line: line, Msg: fmt.Sprintf("JSON: unexpected token %v", tok)}
}

// lineIndex maps byte offsets to 1-based line numbers.
type lineIndex []int64

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, b := range data {
		if b == '\n' {
			idx = append(idx, int64(i+1))
		}
	}
	return idx
}

func (l lineIndex) line(off int64) int {
	lo, hi := 0, len(l)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if l[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}
