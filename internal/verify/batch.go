package verify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// BatchOut is one answered line of the `vigie verify --jsonl` contract
// (../shared/DESIGN.md): the line's id, verdict and findings.
type BatchOut struct {
	ID       json.RawMessage `json:"id"`
	Verdict  string          `json:"verdict"`
	Findings []Finding       `json:"findings"`
}

// batchLine is a line as read: facts stay raw until they differ from the
// previous line's.
type batchLine struct {
	ID    jsontext.Value `json:"id"`
	Lang  string         `json:"lang"`
	Facts jsontext.Value `json:"facts"`
	Brief string         `json:"brief"`
	Post  string         `json:"post"`
}

// lineOptions read a line with encoding/json/v2 (the go-json-experiment
// mirror, which aliases the standard library's from Go 1.27): one pass over
// the line where encoding/json validates it, then decodes it, then rescans
// the raw facts — about three times faster on a labelled line, whose
// labels and other fields are skipped. Invalid UTF-8 becomes U+FFFD as
// encoding/json did, so a stray byte in a post does not cost the line; a
// member named twice is an error rather than a silent last-one-wins.
var lineOptions = jsontext.AllowInvalidUTF8(true)

// factOptions read a fact object: its member names in any case, as
// encoding/json did ({"Text": …} is a fact's text).
var factOptions = jsonv2.JoinOptions(lineOptions, jsonv2.MatchCaseInsensitiveNames(true))

var nullID = json.RawMessage("null")

// Batch answers the lines of one batch in order. A batch is mostly runs of
// one brand's posts, so a line whose facts are byte for byte the previous
// line's reuses them undecoded; its checker then finds the compiled sheet
// at once. The batch CLI and Bench share it, so the benchmark times the
// path users run.
type Batch struct {
	ck       *Checker
	factsRaw []byte
	facts    []Fact
}

// NewBatch starts a batch checked by c.
func (c *Checker) NewBatch() *Batch { return &Batch{ck: c} }

// Line decodes and checks one JSON line. Its errors name the field at
// fault; the caller adds the line number and answers {"id","error"}.
func (b *Batch) Line(ctx context.Context, line []byte) (BatchOut, error) {
	var in batchLine
	if err := jsonv2.Unmarshal(line, &in, lineOptions); err != nil {
		return BatchOut{}, fmt.Errorf("invalid JSON: %w", err)
	}
	id := json.RawMessage(in.ID)
	if len(id) == 0 {
		id = nullID
	}
	if in.Lang != "" && in.Lang != "fr" && in.Lang != "en" {
		return BatchOut{ID: id}, fmt.Errorf("lang must be fr or en, not %q", in.Lang)
	}
	facts, err := b.factsOf(in.Facts)
	if err != nil {
		return BatchOut{ID: id}, err
	}
	res, err := b.ck.Check(ctx, Input{Lang: in.Lang, Facts: facts, Brief: in.Brief, Post: in.Post})
	if err != nil {
		return BatchOut{ID: id}, err
	}
	return BatchOut{ID: id, Verdict: res.Verdict, Findings: res.Findings}, nil
}

// factsOf decodes a line's facts: strings, or fact objects
// ({"text","kind","key","value","unit"}), or both mixed.
func (b *Batch) factsOf(raw []byte) ([]Fact, error) {
	if b.factsRaw != nil && bytes.Equal(raw, b.factsRaw) {
		return b.facts, nil
	}
	var facts []Fact
	var texts []string
	if err := jsonv2.Unmarshal(raw, &texts, lineOptions); err == nil {
		facts = make([]Fact, len(texts))
		for i, t := range texts {
			facts[i] = Fact{Text: t}
		}
	} else if len(raw) > 0 {
		var items []jsontext.Value
		if err := jsonv2.Unmarshal(raw, &items, lineOptions); err != nil {
			return nil, errors.New("facts must be a list of strings or fact objects")
		}
		facts = make([]Fact, 0, len(items))
		for i, it := range items {
			var f Fact
			var s string
			if err := jsonv2.Unmarshal(it, &s, lineOptions); err == nil {
				f.Text = s
			} else if err := jsonv2.Unmarshal(it, &f, factOptions); err != nil {
				return nil, fmt.Errorf("facts[%d] is neither a string nor a fact object", i)
			}
			facts = append(facts, f)
		}
	}
	b.factsRaw = append(b.factsRaw[:0], raw...)
	b.facts = facts
	return facts, nil
}
