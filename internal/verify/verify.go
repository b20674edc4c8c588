// Package verify checks a text claim by claim against a brand's fact sheet
// and brief, offline, in French and English.
//
// Use:
//
//	res, err := verify.Check(ctx, verify.Input{
//		Lang:  "fr",
//		Facts: []verify.Fact{{Text: "La baguette tradition est vendue 1,30 €."}},
//		Brief: "Promouvoir la baguette.",
//		Post:  "Notre baguette tradition à 1,20 € !",
//	})
//	// res.Verdict == "fail"; res.Findings[0] spans "1,20 €", Kind "contradicted",
//	// Suggestion "1,30 €".
//
// A Checker caches parsed fact sheets, so a batch or a self-correction loop
// that checks many drafts against the same sheet parses it once; Check uses
// a shared Checker and is safe for concurrent use.
//
// Each claim found by package claims gets a verdict: supported (a fact or the
// brief states it, in any surface form, as a true bound, or as an arithmetic
// consequence: a saving equal to the difference of two prices, a duration
// from a date range, how many Tuesdays a period has, a product such as
// 50 × 400), contradicted (a fact says otherwise; the finding names it and
// suggests the right value) or unsupported (nothing states it). Opinions,
// emotions, calls to action and generic hashtags are not claims.
//
// Verdict per text: "pass" (no finding), "warn" (only unsupported), "fail"
// (any contradicted). Offsets are Unicode code points, end exclusive.
package verify

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vigie-cm/vigie/internal/claims"
)

// MaxPostRunes is the longest text Check accepts, in code points. Social
// posts are far shorter (LinkedIn's limit is 3,000); the bound keeps the time
// spent on one hostile input small.
const MaxPostRunes = 10000

// MaxFacts bounds the fact sheet size for the same reason.
const MaxFacts = 1000

// ErrTooLong is returned for a post over MaxPostRunes.
var ErrTooLong = errors.New("verify: post too long")

// Fact is one entry of a fact sheet: free text, optionally with a structured
// kind (date, price, percent, count, place, person, url, hashtag, offer,
// other), value and unit, as stored by package brand.
type Fact struct {
	ID    string `json:"id,omitempty"`
	Key   string `json:"key,omitempty"`
	Text  string `json:"text"`
	Kind  string `json:"kind,omitempty"`
	Value string `json:"value,omitempty"`
	Unit  string `json:"unit,omitempty"`
}

// Input is one text to check.
type Input struct {
	Lang  string // "fr" or "en"; guessed from the post when empty
	Facts []Fact
	Brief string
	Post  string
	Now   time.Time // gives the year when neither facts nor brief do
	Year  int       // campaign year; overrides the one inferred from the facts
}

// Kinds of finding.
const (
	Contradicted = "contradicted"
	Unsupported  = "unsupported"
)

// Verdicts.
const (
	Pass = "pass"
	Warn = "warn"
	Fail = "fail"
)

// Finding is one flagged claim.
type Finding struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Text       string `json:"text"`
	Kind       string `json:"kind"`
	Claim      string `json:"claim"`
	Fact       string `json:"fact"`
	FactID     string `json:"fact_id,omitempty"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion,omitempty"`
	// Confidence is the probability, learnt from findings on posts the
	// rules had never seen, that a reviewer marks these words as wrong.
	Confidence float64 `json:"confidence"`
}

// Result is the outcome for one text.
type Result struct {
	Verdict  string    `json:"verdict"`
	Findings []Finding `json:"findings"`
	Lang     string    `json:"lang"`
	Claims   int       `json:"claims"` // how many claims were checked
	// Doubts are what the rules raised but the confidence model finds
	// more likely a false alarm than not: shown apart, never in the verdict.
	Doubts []Finding `json:"doubts,omitempty"`
}

// Checker verifies texts and caches compiled fact sheets.
type Checker struct {
	// minConf is the bar a post's most likely finding must reach for the post
	// to be flagged, before it rises with the post's claims; 0 keeps every finding
	minConf float64
	mu      sync.Mutex
	seed    maphash.Seed
	cache   map[uint64]*sheet
	last    *sheet
}

// NewChecker returns a Checker with an empty cache.
func NewChecker() *Checker {
	return &Checker{cache: map[uint64]*sheet{}, seed: maphash.MakeSeed(), minConf: confThreshold}
}

// NewRuleChecker returns a Checker that keeps every finding its rules
// raise, whatever their confidence: what the rules' own tests and the
// confidence model's training look at.
func NewRuleChecker() *Checker {
	c := NewChecker()
	c.minConf = 0
	return c
}

var shared = NewChecker()

// docPool recycles the token and claim buffers of analysed posts; findings
// only keep substrings of the post and strings of the sheet, never a buffer.
var docPool sync.Pool

// scratch holds a check's reusable context, overlap and findings buffers.
type scratch struct {
	ctx      []string
	ov       []int
	about    []int
	findings []Finding
}

var scratchPool sync.Pool

// Check verifies in with a process-wide Checker.
func Check(ctx context.Context, in Input) (Result, error) { return shared.Check(ctx, in) }

const maxCache = 256

// Check verifies one text.
func (c *Checker) Check(ctx context.Context, in Input) (Result, error) {
	if ctx != nil {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("verify: %w", err)
		}
	}
	// a text has at most as many code points as bytes: only a long one is
	// counted
	if len(in.Post) > MaxPostRunes {
		if n := utf8.RuneCountInString(in.Post); n > MaxPostRunes {
			return Result{}, fmt.Errorf("%w: %d code points, limit %d", ErrTooLong, n, MaxPostRunes)
		}
	}
	if len(in.Facts) > MaxFacts {
		return Result{}, fmt.Errorf("verify: %d facts, limit %d", len(in.Facts), MaxFacts)
	}
	lang := in.Lang
	if lang != "fr" && lang != "en" {
		lang = claims.GuessLang(in.Post)
	}
	sh := c.sheetFor(lang, in)
	doc, _ := docPool.Get().(*claims.Doc)
	doc = claims.AnalyzeInto(doc, in.Post, lang)
	defer docPool.Put(doc)
	// context words and per-fact overlap counts reuse pooled buffers
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	g := grounder{sh: sh, doc: doc, lang: lang, ctxBuf: sc.ctx[:0], ovCounts: sc.ov[:0], aboutBuf: sc.about[:0], findings: sc.findings[:0]}
	g.run()
	// the findings are gathered in the pooled buffer and copied out once,
	// merged, at their final size
	merged := mergeFindings(g.findings)
	// a post is flagged by its most likely finding; once flagged, its
	// findings down to a lower confidence are shown too: the CM is reading
	// that post anyway, and a post with one sure error often has others.
	// The bar rises with the post's claims: each claim is one more chance
	// for a rule to misfire, and the most likely of many misfires is
	// likelier to pass a fixed bar
	var pbuf [16]float64
	var probs []float64
	if len(merged) <= len(pbuf) {
		probs = pbuf[:len(merged)]
	} else {
		probs = make([]float64, len(merged))
	}
	top := 0.0
	for i := range merged {
		x := confFeatures(doc, sh, merged, i)
		probs[i] = confFlat.confidence(&x)
		merged[i].Confidence = math.Round(100*probs[i]) / 100
		top = max(top, probs[i])
	}
	bar := c.minConf
	if bar > 0 {
		bar += confPerClaim * math.Log1p(float64(len(doc.Claims)))
	}
	keepFrom := bar
	if top >= bar {
		keepFrom = min(keepFrom, confKeepFlagged)
	}
	kept := merged[:0]
	var doubts []Finding
	for i := range merged {
		if probs[i] >= keepFrom {
			kept = append(kept, merged[i])
		} else {
			doubts = append(doubts, merged[i])
		}
	}
	res := Result{Lang: lang, Claims: len(doc.Claims), Findings: slices.Clone(kept), Doubts: doubts}
	clear(g.findings) // the pool must not keep the texts alive
	sc.ctx, sc.ov, sc.about, sc.findings = g.ctxBuf[:0], g.ovCounts[:0], g.aboutBuf[:0], g.findings[:0]
	scratchPool.Put(sc)
	res.Verdict = Pass
	for _, f := range res.Findings {
		if f.Kind == Contradicted {
			res.Verdict = Fail
			break
		}
		res.Verdict = Warn
	}
	if res.Findings == nil {
		res.Findings = []Finding{}
	}
	return res, nil
}

func (c *Checker) sheetFor(lang string, in Input) *sheet {
	year := in.Year
	if year == 0 && !in.Now.IsZero() {
		year = -in.Now.Year() // a fallback year, not a campaign year
	}
	// the sheet of a batch line is usually the previous line's
	c.mu.Lock()
	last := c.last
	c.mu.Unlock()
	if last != nil && last.same(lang, year, in) {
		return last
	}
	// hash the inputs rather than building a key string
	var h maphash.Hash
	h.SetSeed(c.seed)
	h.WriteString(lang)
	fmt.Fprint(&h, year)
	h.WriteString(in.Brief)
	for _, f := range in.Facts {
		h.WriteByte(0)
		h.WriteString(f.ID)
		h.WriteByte(1)
		h.WriteString(f.Text)
		h.WriteByte(1)
		h.WriteString(f.Kind)
		h.WriteByte(1)
		h.WriteString(f.Key)
		h.WriteByte(1)
		h.WriteString(f.Value)
		h.WriteByte(1)
		h.WriteString(f.Unit)
	}
	key := h.Sum64()
	c.mu.Lock()
	sh, ok := c.cache[key]
	c.mu.Unlock()
	if ok && sh.same(lang, year, in) {
		c.mu.Lock()
		c.last = sh
		c.mu.Unlock()
		return sh
	}
	now := in.Now
	if now.IsZero() {
		now = time.Now()
	}
	sh = compile(lang, in.Facts, in.Brief, in.Year, now)
	sh.keyYear = year
	sh.inFacts = append([]Fact(nil), in.Facts...)
	sh.inBrief = in.Brief
	c.mu.Lock()
	if len(c.cache) >= maxCache {
		clear(c.cache)
	}
	c.cache[key] = sh
	c.last = sh
	c.mu.Unlock()
	return sh
}

func (sh *sheet) same(lang string, year int, in Input) bool {
	if sh.lang != lang || sh.keyYear != year || sh.inBrief != in.Brief || len(sh.inFacts) != len(in.Facts) {
		return false
	}
	for i := range in.Facts {
		if sh.inFacts[i] != in.Facts[i] {
			return false
		}
	}
	return true
}

// mergeFindings sorts findings and keeps one per overlapping group,
// preferring a contradiction (it carries a fact and a suggestion) and then
// the shorter, more precise span.
func mergeFindings(fs []Finding) []Finding {
	if len(fs) == 0 {
		return fs
	}
	// insertion sort: a post has a handful of findings
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && (fs[j].Start < fs[j-1].Start || fs[j].Start == fs[j-1].Start && fs[j].End < fs[j-1].End); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	// merged in place: out never overtakes the finding being read
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && f.Start < out[n-1].End {
			last := &out[n-1]
			if better(f, *last) {
				*last = f
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

func better(a, b Finding) bool {
	if (a.Kind == Contradicted) != (b.Kind == Contradicted) {
		return a.Kind == Contradicted
	}
	// a bare name inside a superlative or an offer says less than the phrase
	if (a.Claim == "name") != (b.Claim == "name") {
		return b.Claim == "name"
	}
	return a.End-a.Start < b.End-b.Start
}
