package verify

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"
)

// Labelled is one line of a labelled verification set (the format of
// ../shared/data/verify/dev.jsonl): offsets in code points, end exclusive.
type Labelled struct {
	ID      string   `json:"id"`
	Brand   string   `json:"brand,omitempty"`
	Lang    string   `json:"lang"`
	Network string   `json:"network,omitempty"`
	Facts   []string `json:"facts"`
	Brief   string   `json:"brief"`
	Post    string   `json:"post"`
	Labels  []Label  `json:"labels"`
}

// Label is one gold span.
type Label struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text,omitempty"`
}

// ReadLabelled reads a labelled JSONL set and keeps each line's raw bytes,
// which the speed measurement decodes again.
func ReadLabelled(r io.Reader) ([]Labelled, [][]byte, error) {
	var out []Labelled
	var raw [][]byte
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(b) == 0 {
			continue
		}
		var l Labelled
		if err := json.Unmarshal(b, &l); err != nil {
			return nil, nil, fmt.Errorf("verify: labelled set line %d: %w", line, err)
		}
		out = append(out, l)
		raw = append(raw, append([]byte(nil), b...))
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("verify: labelled set: %w", err)
	}
	return out, raw, nil
}

// Scores are the quality figures of one slice of a set.
type Scores struct {
	Posts, Clean, Gold, Found int // Found: gold spans overlapped by a finding
	Findings, Correct         int // Correct: findings overlapping a gold span
	PostTP, PostFP, PostFN    int
	FalseAlarms               int // clean posts with a finding
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpanP is span precision: findings that overlap a gold span.
func (s Scores) SpanP() float64 { return ratio(s.Correct, s.Findings) }

// SpanR is span recall: gold spans overlapped by a finding.
func (s Scores) SpanR() float64 { return ratio(s.Found, s.Gold) }

// SpanF1 combines them.
func (s Scores) SpanF1() float64 { return f1(s.SpanP(), s.SpanR()) }

// PostP is post-level precision: a post is flagged when its verdict is not pass.
func (s Scores) PostP() float64 { return ratio(s.PostTP, s.PostTP+s.PostFP) }

// PostR is post-level recall.
func (s Scores) PostR() float64 { return ratio(s.PostTP, s.PostTP+s.PostFN) }

// PostF1 combines them.
func (s Scores) PostF1() float64 { return f1(s.PostP(), s.PostR()) }

// FalseAlarmRate is the share of clean posts that got a finding.
func (s Scores) FalseAlarmRate() float64 { return ratio(s.FalseAlarms, s.Clean) }

// Add counts one labelled post and the engine's result on it.
func (s *Scores) Add(l *Labelled, res Result) {
	s.Posts++
	s.Gold += len(l.Labels)
	s.Findings += len(res.Findings)
	for _, g := range l.Labels {
		for _, f := range res.Findings {
			if f.Start < g.End && g.Start < f.End {
				s.Found++
				break
			}
		}
	}
	for _, f := range res.Findings {
		for _, g := range l.Labels {
			if f.Start < g.End && g.Start < f.End {
				s.Correct++
				break
			}
		}
	}
	flagged := res.Verdict != Pass
	gold := len(l.Labels) > 0
	switch {
	case flagged && gold:
		s.PostTP++
	case flagged && !gold:
		s.PostFP++
	case !flagged && gold:
		s.PostFN++
	}
	if !gold {
		s.Clean++
		if flagged {
			s.FalseAlarms++
		}
	}
}

// Report is the outcome of a benchmark run.
type Report struct {
	All    Scores
	ByLang map[string]*Scores
	Posts  int
	Rounds int
	Verify time.Duration // decode + check + encode of every line, fastest round
	JSON   time.Duration // bare decode + encode of the same lines, fastest round
	Check  time.Duration // Check alone on already decoded lines, fastest round
	// First is a first check of each post by a new Checker, its sheet
	// compiled on the spot (the latency of one text against a fact sheet
	// never seen before), fastest round; FirstMax the slowest post of
	// that round.
	First, FirstMax time.Duration
	Results         []Result
}

// PostsPerSecond is the verification throughput, JSON included.
func (r Report) PostsPerSecond() float64 {
	if r.Verify <= 0 {
		return 0
	}
	return float64(r.Posts) / r.Verify.Seconds()
}

// Ratio is the verification time over the bare JSON time on the same input.
func (r Report) Ratio() float64 {
	if r.JSON <= 0 {
		return 0
	}
	return float64(r.Verify) / float64(r.JSON)
}

// batchIn is the input line of the `vigie verify --jsonl` contract: what
// the JSON floor decodes and encodes.
type batchIn struct {
	ID    json.RawMessage `json:"id"`
	Lang  string          `json:"lang,omitempty"`
	Facts []string        `json:"facts"`
	Brief string          `json:"brief"`
	Post  string          `json:"post"`
}

// Bench scores every labelled post and times the batch path against bare
// JSON decoding and encoding of the same lines, interleaving the two so both
// see the same machine load.
func Bench(ctx context.Context, set []Labelled, raw [][]byte, rounds int) (Report, error) {
	return NewChecker().Bench(ctx, set, raw, rounds)
}

// Bench is Bench with c's settings: NewRuleChecker's bench scores the rules
// alone.
func (c *Checker) Bench(ctx context.Context, set []Labelled, raw [][]byte, rounds int) (Report, error) {
	if rounds < 1 {
		rounds = 1
	}
	rep := Report{ByLang: map[string]*Scores{}, Posts: len(set), Rounds: rounds}
	ck := c
	for i := range set {
		l := &set[i]
		res, err := ck.Check(ctx, inputOf(l.Lang, l.Facts, l.Brief, l.Post))
		if err != nil {
			return rep, fmt.Errorf("verify: bench %s: %w", l.ID, err)
		}
		rep.Results = append(rep.Results, res)
		rep.All.Add(l, res)
		s := rep.ByLang[l.Lang]
		if s == nil {
			s = &Scores{}
			rep.ByLang[l.Lang] = s
		}
		s.Add(l, res)
	}
	enc := json.NewEncoder(io.Discard)
	enc.SetEscapeHTML(false)
	// each figure is the fastest round: on a shared machine the minimum is
	// the least disturbed measurement of both paths
	// the check alone is timed too, so that what the batch's JSON costs
	// and what the engine costs can be told apart
	inputs := make([]Input, len(set))
	for i := range set {
		inputs[i] = inputOf(set[i].Lang, set[i].Facts, set[i].Brief, set[i].Post)
	}
	rep.JSON, rep.Verify, rep.Check = time.Duration(math.MaxInt64), time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
	rep.First = time.Duration(math.MaxInt64)
	for r := 0; r < rounds; r++ {
		t0 := time.Now()
		for _, b := range raw {
			var in batchIn
			if err := json.Unmarshal(b, &in); err != nil {
				return rep, fmt.Errorf("verify: bench decode: %w", err)
			}
			if err := enc.Encode(&in); err != nil {
				return rep, err
			}
		}
		rep.JSON = min(rep.JSON, time.Since(t0))
		// the batch path of `vigie verify --jsonl`, a fresh batch each round
		t0 = time.Now()
		batch := ck.NewBatch()
		for i, b := range raw {
			out, err := batch.Line(ctx, b)
			if err != nil {
				return rep, fmt.Errorf("verify: bench line %d: %w", i+1, err)
			}
			if err := enc.Encode(&out); err != nil {
				return rep, err
			}
		}
		rep.Verify = min(rep.Verify, time.Since(t0))
		t0 = time.Now()
		for i := range inputs {
			if _, err := ck.Check(ctx, inputs[i]); err != nil {
				return rep, err
			}
		}
		rep.Check = min(rep.Check, time.Since(t0))
	}
	// first checks run apart, after the rounds: each compiles a sheet, and
	// the garbage of fifty sheets would be collected inside the timed
	// rounds of the batch and of the JSON floor
	for r := 0; r < rounds; r++ {
		var first, slowest time.Duration
		for i := range inputs {
			fresh := NewChecker()
			fresh.minConf = ck.minConf
			t0 := time.Now()
			if _, err := fresh.Check(ctx, inputs[i]); err != nil {
				return rep, err
			}
			d := time.Since(t0)
			first += d
			slowest = max(slowest, d)
		}
		if first < rep.First {
			rep.First, rep.FirstMax = first, slowest
		}
	}
	return rep, nil
}

func inputOf(lang string, facts []string, brief, post string) Input {
	in := Input{Lang: lang, Brief: brief, Post: post, Facts: make([]Fact, len(facts))}
	for i, f := range facts {
		in.Facts[i] = Fact{Text: f}
	}
	return in
}
