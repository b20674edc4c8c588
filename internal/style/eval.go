package style

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"io"
)

// The labelled sets ship in the binary so that `vigie bench style` runs
// anywhere; they are the files in testdata/.
//
//go:embed testdata/*.jsonl
var labelledFS embed.FS

// LabelledSet opens a labelled set by file name: cliches.jsonl,
// cliches_holdout.jsonl, cliches_holdout2.jsonl or neardup.jsonl.
func LabelledSet(name string) (io.ReadCloser, error) {
	f, err := labelledFS.Open("testdata/" + name)
	if err != nil {
		return nil, fmt.Errorf("style: labelled set %s: %w", name, err)
	}
	return f, nil
}

// LabelledPost is a line of a cliché test set: a post and whether a careful
// editor would say it contains a cliché or a tell of generated writing.
type LabelledPost struct {
	ID     string `json:"id"`
	Lang   string `json:"lang"`
	Text   string `json:"text"`
	Cliche bool   `json:"cliche"`
}

// ClicheReport is the result of EvalCliches.
type ClicheReport struct {
	Positives, Found   int      // posts with a cliché, and those flagged
	Negatives, Flagged int      // clean posts, and those wrongly flagged
	Missed, FalseFlags []string // ids
}

// Recall is the share of posts with a cliché that were flagged.
func (r ClicheReport) Recall() float64 { return ratio(r.Found, r.Positives) }

// CleanFlagRate is the share of clean posts that were flagged.
func (r ClicheReport) CleanFlagRate() float64 { return ratio(r.Flagged, r.Negatives) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// readJSONL decodes one value per non-empty line into fn.
func readJSONL(r io.Reader, fn func(line int, raw []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := fn(n, sc.Bytes()); err != nil {
			return err
		}
	}
	return sc.Err()
}

// EvalCliches checks every post of a labelled set (JSON Lines of
// LabelledPost) and counts a post as flagged when it gets any cliché finding.
func EvalCliches(r io.Reader) (ClicheReport, error) {
	var rep ClicheReport
	err := readJSONL(r, func(line int, raw []byte) error {
		var p LabelledPost
		if err := json.Unmarshal(raw, &p); err != nil {
			return fmt.Errorf("style: cliché set line %d: %w", line, err)
		}
		res, err := Check(p.Text, Options{Lang: p.Lang})
		if err != nil {
			return fmt.Errorf("style: cliché set line %d (%s): %w", line, p.ID, err)
		}
		flagged := false
		for _, f := range res.Findings {
			if f.Kind == KindCliche {
				flagged = true
			}
		}
		switch {
		case p.Cliche:
			rep.Positives++
			if flagged {
				rep.Found++
			} else {
				rep.Missed = append(rep.Missed, p.ID)
			}
		default:
			rep.Negatives++
			if flagged {
				rep.Flagged++
				rep.FalseFlags = append(rep.FalseFlags, p.ID)
			}
		}
		return nil
	})
	return rep, err
}

// LabelledPair is a line of a near-duplicate test set: a past post, a new
// post, and whether the new one repeats the past one (a paraphrase) or only
// shares its topic.
type LabelledPair struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	Past      string `json:"past"`
	New       string `json:"new"`
	Duplicate bool   `json:"duplicate"`
}

// PairReport is the result of EvalNearDuplicates.
type PairReport struct {
	Duplicates, Found  int
	Distinct, Wrong    int
	Missed, FalseFlags []string
	Similarities       map[string]float64
}

// EvalNearDuplicates puts each pair's past post in a history with the other
// pairs' past posts (so a wrong match to another pair counts against it) and
// checks whether the new post is reported as a duplicate of its own past post.
func EvalNearDuplicates(r io.Reader, threshold float64) (PairReport, error) {
	var pairs []LabelledPair
	err := readJSONL(r, func(line int, raw []byte) error {
		var p LabelledPair
		if err := json.Unmarshal(raw, &p); err != nil {
			return fmt.Errorf("style: pair set line %d: %w", line, err)
		}
		pairs = append(pairs, p)
		return nil
	})
	if err != nil {
		return PairReport{}, err
	}
	past := make([]string, len(pairs))
	for i, p := range pairs {
		past[i] = p.Past
	}
	h := NewHistory(past, "")
	rep := PairReport{Similarities: map[string]float64{}}
	for i, p := range pairs {
		sims := h.NearDuplicates(p.New, p.Lang, threshold)
		hit, wrong := false, false
		for _, s := range sims {
			if pairs[s.Index].Past == p.Past {
				hit = true
			} else if pairs[s.Index].Lang == p.Lang {
				wrong = true
			}
		}
		all := h.BruteForceNearDuplicates(p.New, p.Lang, 0)
		for _, s := range all {
			if s.Index == i {
				rep.Similarities[p.ID] = s.Similarity
			}
		}
		if p.Duplicate {
			rep.Duplicates++
			if hit && !wrong {
				rep.Found++
			} else {
				rep.Missed = append(rep.Missed, p.ID)
			}
		} else {
			rep.Distinct++
			if hit || wrong {
				rep.Wrong++
				rep.FalseFlags = append(rep.FalseFlags, p.ID)
			}
		}
	}
	return rep, nil
}
