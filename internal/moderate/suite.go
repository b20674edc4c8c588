package moderate

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
)

//go:embed testdata/functional_fr.jsonl testdata/functional_en.jsonl
var suiteFS embed.FS

// Case is one sentence of the functional suite with what the classifier
// must (and must not) do with it.
type Case struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Category string   `json:"category"`
	Text     string   `json:"text"`
	Hide     bool     `json:"hide"`               // the default policy must hide it (or not)
	HideAny  bool     `json:"hide_any,omitempty"` // hiding is the policy's call (spam below 0.9 is only flagged)
	Not      []string `json:"not,omitempty"`      // labels it must not get
	Any      []string `json:"any,omitempty"`      // one of these labels is required
}

// TrapCategories are the categories a keyword filter fails; the floor
// (≥ 90 % each, per language) applies to them.
var TrapCategories = []string{"negated_hate", "counter_speech", "identity_neutral", "untargeted_profanity", "object_or_nonprotected", "reclaimed", "spelling_variants", "criticism"}

// BuiltinSuite returns the functional suite shipped with Vigie.
func BuiltinSuite() ([]Case, error) {
	var all []Case
	for _, name := range []string{"testdata/functional_fr.jsonl", "testdata/functional_en.jsonl"} {
		b, err := suiteFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("moderate: suite %s: %w", name, err)
		}
		cs, err := ReadSuite(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("moderate: suite %s: %w", name, err)
		}
		all = append(all, cs...)
	}
	return all, nil
}

// ReadSuite reads cases, one JSON object per line.
func ReadSuite(r io.Reader) ([]Case, error) {
	var out []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// Check says whether the result satisfies the case, and why not.
func (c Case) Check(r Result, hide bool) (bool, string) {
	if hide != c.Hide && !c.HideAny {
		return false, fmt.Sprintf("hide=%v, want %v (label %s: %s)", hide, c.Hide, r.Label, r.Reason)
	}
	if slices.Contains(c.Not, string(r.Label)) {
		return false, fmt.Sprintf("label %s not allowed (%s)", r.Label, r.Reason)
	}
	if len(c.Any) > 0 && !slices.Contains(c.Any, string(r.Label)) {
		return false, fmt.Sprintf("label %s, want one of %v (%s)", r.Label, c.Any, r.Reason)
	}
	return true, ""
}

// SuiteScore is the pass rate of one category in one language.
type SuiteScore struct {
	Lang, Category string
	Passed, Total  int
	Failures       []string
}

// Rate is the share of cases passed.
func (s SuiteScore) Rate() float64 {
	if s.Total == 0 {
		return 0
	}
	return float64(s.Passed) / float64(s.Total)
}

// RunSuite classifies every case under policy p and scores each
// (language, category).
func RunSuite(c *Classifier, p Policy, cases []Case) []SuiteScore {
	idx := map[[2]string]*SuiteScore{}
	for _, cs := range cases {
		k := [2]string{cs.Lang, cs.Category}
		s := idx[k]
		if s == nil {
			s = &SuiteScore{Lang: cs.Lang, Category: cs.Category}
			idx[k] = s
		}
		r := c.Classify(cs.Text, cs.Lang)
		d := p.Decide(r)
		s.Total++
		if ok, why := cs.Check(r, d.Hide); ok {
			s.Passed++
		} else {
			s.Failures = append(s.Failures, fmt.Sprintf("%s %q: %s", cs.ID, cs.Text, why))
		}
	}
	out := make([]SuiteScore, 0, len(idx))
	for _, s := range idx {
		out = append(out, *s)
	}
	order := map[string]int{}
	for i, c := range TrapCategories {
		order[c] = i
	}
	sort.Slice(out, func(i, j int) bool {
		oi, iok := order[out[i].Category]
		oj, jok := order[out[j].Category]
		if iok != jok {
			return iok
		}
		if oi != oj {
			return oi < oj
		}
		if out[i].Category != out[j].Category {
			return out[i].Category < out[j].Category
		}
		return out[i].Lang > out[j].Lang
	})
	return out
}
