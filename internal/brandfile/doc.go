// Package brandfile reads and writes a brand as one document — voice,
// languages, words, network accounts, facts, briefs (referencing facts by
// key), FAQ and past posts — in YAML or JSON, and fact sheets from CSV. It
// imports a document into the store in one transaction and exports a stored
// brand back, so that a brand can be moved, versioned and reviewed as a file.
//
// Every error in a file names the file, the line and the field, and says
// what is wrong; nothing is stored unless the whole file is valid.
package brandfile

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
)

// Format is a file format.
type Format string

const (
	YAML Format = "yaml"
	JSON Format = "json"
	CSV  Format = "csv" // facts only
)

// FormatOf guesses the format from a file name's extension.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml":
		return YAML, nil
	case ".json":
		return JSON, nil
	case ".csv":
		return CSV, nil
	}
	return "", fmt.Errorf("brandfile: %s: cannot tell the format from the extension (want .yaml, .yml, .json or .csv)", name)
}

// ParseFormat checks a format name given on the command line.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case YAML, JSON, CSV:
		return f, nil
	case "yml":
		return YAML, nil
	}
	return "", fmt.Errorf("brandfile: unknown format %q (want yaml, json or csv)", s)
}

// Version is the document format version written by Export.
const Version = 1

// Doc is one brand as a file holds it. Only Brand's descriptive fields are
// used (name, slug, languages, voice, words); IDs and timestamps are the
// store's business and never travel in a file.
type Doc struct {
	Brand    brand.Brand
	Accounts []brand.Account
	Facts    []brand.Fact
	Briefs   []brand.Brief
	FAQ      []brand.FAQEntry
	Posts    []brand.Post

	// FactsOnly marks a CSV fact sheet: brand fields are absent, not empty.
	FactsOnly bool

	file  string
	lines map[string]int // field path ("briefs[1].facts[0]") → line, for import-time errors
}

func (d *Doc) at(path string) int { return d.lines[path] }

// Error is one problem in a file.
type Error struct {
	File  string
	Line  int    // 1-based, 0 when unknown
	Field string // e.g. facts[3].kind
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is every problem found in a file, in file order.
type ErrorList []*Error

// sorted orders problems by line, keeping the order of those on one line.
func (l ErrorList) sorted() ErrorList {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Line < l[j].Line })
	return l
}

// maxReported keeps a hopeless file from printing thousands of lines.
const maxReported = 20

func (l ErrorList) Error() string {
	var parts []string
	for i, e := range l {
		if i == maxReported {
			parts = append(parts, fmt.Sprintf("… and %d more problems", len(l)-maxReported))
			break
		}
		parts = append(parts, e.Error())
	}
	return strings.Join(parts, "\n")
}
