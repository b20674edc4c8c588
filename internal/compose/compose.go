// Package compose turns a brief and a brand's fact sheet into social posts,
// one or more per network, each within that network's rules, and never
// lets a draft out unverified: every draft goes through the Verify engine,
// and a model-written draft with findings is sent back to the model with its
// own findings and the relevant facts, for at most N rounds. The end state
// is "pass", or "needs_human" with the findings still open.
//
// With no model configured, the offline composer writes the drafts from the
// facts alone (see offline.go), so it cannot invent anything; its drafts
// say plainly where they come from.
//
// The package also translates a post (FR↔EN and any language the model
// handles), verifying the facts in the target language, and adapts a post
// from one network to another.
package compose

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/vigie-cm/vigie/internal/llm"
)

// Fact is one line of the fact sheet, with the id prompts cite it by.
type Fact struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// FAQEntry is background for the model, never quoted by the offline composer.
type FAQEntry struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Input is what a draft is made from.
type Input struct {
	ID         string     `json:"id,omitempty"`
	Lang       string     `json:"lang"`
	Brand      string     `json:"brand,omitempty"`
	Facts      []Fact     `json:"facts"`
	Brief      string     `json:"brief"`
	Voice      string     `json:"voice,omitempty"`
	Audience   string     `json:"audience,omitempty"`
	FAQ        []FAQEntry `json:"faq,omitempty"`
	WordsUse   []string   `json:"words_use,omitempty"`
	WordsAvoid []string   `json:"words_avoid,omitempty"`
	Networks   []string   `json:"networks"`
	// Variants per network (default 1).
	Variants int `json:"variants,omitempty"`
	// Focus lists the ids of the facts the brief relies on; the offline
	// composer leads with them.
	Focus []string `json:"focus,omitempty"`
	// Accounts are charged for the model's tokens, e.g. "workspace:3".
	Accounts []string `json:"-"`
}

// FactsFromStrings numbers plain fact sentences F1, F2, …
func FactsFromStrings(ss []string) []Fact {
	out := make([]Fact, 0, len(ss))
	for i, s := range ss {
		out = append(out, Fact{ID: fmt.Sprintf("F%d", i+1), Text: s})
	}
	return out
}

// Finding is a problem in a draft: a claim the Verify engine flagged
// (contradicted, unsupported) or a network rule broken (length). Offsets
// are code points into the draft's text, end exclusive.
type Finding struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Claim   string `json:"claim,omitempty"`
	Fact    string `json:"fact,omitempty"`
	FactID  string `json:"fact_id,omitempty"`
	Message string `json:"message,omitempty"`
	// Suggestion is the value the fact gives, for a contradicted claim.
	Suggestion string `json:"suggestion,omitempty"`
}

// KindLength is the finding kind for a draft over the network's limit.
const KindLength = "length"

// Check is the Verify engine's answer for a text.
type Check struct {
	Verdict  string    `json:"verdict"` // pass, warn, fail
	Findings []Finding `json:"findings"`
}

// Verifier checks a post against facts and a brief. Engine is the Verify
// engine's; the interface lets the web app share one cached checker.
type Verifier interface {
	Verify(ctx context.Context, lang string, facts []Fact, brief, post string) (Check, error)
}

// End states of a draft.
const (
	StatePass       = "pass"
	StateNeedsHuman = "needs_human"
)

// Composer names.
const (
	ComposerLLM     = "llm"
	ComposerOffline = "offline"
)

// Round is one pass of the self-correction loop: round 0 is the first
// draft, later rounds are corrections.
type Round struct {
	N             int       `json:"n"`
	Prompt        string    `json:"prompt"` // prompt name: draft, correct, translate, adapt, offline
	PromptVersion string    `json:"prompt_version,omitempty"`
	PromptHash    string    `json:"prompt_hash,omitempty"`
	Text          string    `json:"text"`
	Findings      []Finding `json:"findings"`
	// Diff shows what the round changed from the previous text, as a word
	// diff: [-removed-]{+added+}.
	Diff   string    `json:"diff,omitempty"`
	Tokens llm.Usage `json:"tokens"`
	Cached bool      `json:"cached,omitempty"`
	// JSONReply is false when the model answered in plain text and its
	// whole content was taken as the draft.
	JSONReply bool `json:"json_reply"`
}

// Draft is one post with its verification record.
type Draft struct {
	Network  string    `json:"network"`
	Lang     string    `json:"lang"`
	Variant  int       `json:"variant"`
	Text     string    `json:"text"`
	Verdict  string    `json:"verdict"` // the Verify engine's verdict on Text
	State    string    `json:"state"`   // pass or needs_human
	Findings []Finding `json:"findings"`
	Rounds   []Round   `json:"rounds"`
	Composer string    `json:"composer"` // llm or offline
	Provider string    `json:"provider"` // "openai:model", or "offline composer"
	// Notice is shown with the draft; the offline composer says it is one.
	Notice  string    `json:"notice,omitempty"`
	Tokens  llm.Usage `json:"tokens"`
	Calls   int       `json:"calls"` // calls made to the model (cache hits excluded)
	CostUSD float64   `json:"cost_usd,omitempty"`
	Length  int       `json:"length"`
	Limit   int       `json:"limit"`
	FactIDs []string  `json:"fact_ids,omitempty"`
	Error   string    `json:"error,omitempty"`
	// Overheads are Vigie's own time around each model call (request
	// building, encoding, decoding, cache, accounting), provider excluded;
	// ProviderTime is the time spent in HTTP exchanges. For benchmarks.
	Overheads    []time.Duration `json:"-"`
	ProviderTime time.Duration   `json:"-"`
}

// Options configure a Composer.
type Options struct {
	// LLM is the model client; nil means the offline composer.
	LLM *llm.Client
	// Verifier checks every draft. Required.
	Verifier Verifier
	// MaxRounds of self-correction after the first draft (default 2;
	// negative means none).
	MaxRounds int
	// Seed varies the offline composer's choices (0 derives it from the
	// input, so the same brief gives the same drafts).
	Seed uint64
	// Parallel is how many networks are drafted at once with a model
	// (default 3; 1 for one at a time, e.g. a small local server).
	Parallel int
	// Progress, when set, hears each step as it happens (for a progress
	// display); it must return quickly and be safe for concurrent calls.
	Progress func(Progress)
}

// Progress is one step of drafting.
type Progress struct {
	Network  string `json:"network"`
	Variant  int    `json:"variant"`
	Round    int    `json:"round"`
	Step     string `json:"step"` // drafting, verified, correcting, done
	Findings int    `json:"findings"`
	State    string `json:"state,omitempty"` // with step done
}

func (c *Composer) progress(p Progress) {
	if c.opts.Progress != nil {
		c.opts.Progress(p)
	}
}

// WithProgress returns a Composer like c that reports its steps to fn.
func (c *Composer) WithProgress(fn func(Progress)) *Composer {
	o := c.opts
	o.Progress = fn
	return &Composer{opts: o}
}

// Composer drafts, corrects, translates and adapts posts.
type Composer struct {
	opts Options
}

// ErrNeedsModel is returned for what only a model can do offline
// (translation).
var ErrNeedsModel = errors.New("compose: this needs an LLM provider (set VIGIE_LLM_PROVIDER, VIGIE_LLM_BASE_URL, VIGIE_LLM_MODEL)")

// New builds a Composer.
func New(opts Options) (*Composer, error) {
	if opts.Verifier == nil {
		return nil, errors.New("compose: a Verifier is required: no draft leaves unverified")
	}
	if opts.MaxRounds == 0 {
		opts.MaxRounds = 2
	} else if opts.MaxRounds < 0 {
		opts.MaxRounds = 0
	}
	if opts.Parallel <= 0 {
		opts.Parallel = 3
	}
	return &Composer{opts: opts}, nil
}

// Offline reports whether the Composer has no model.
func (c *Composer) Offline() bool { return c.opts.LLM == nil }

// ProviderLabel names what writes the drafts.
func (c *Composer) ProviderLabel() string {
	if c.opts.LLM == nil {
		return "offline composer"
	}
	return c.opts.LLM.Label()
}

func normLang(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	if l == "" {
		return "en"
	}
	return l
}

// Validate checks an input and fills defaults.
func (in *Input) Validate() error {
	in.Lang = normLang(in.Lang)
	if strings.TrimSpace(in.Brief) == "" && len(in.Facts) == 0 {
		return errors.New("compose: empty input: give a brief or facts")
	}
	if len(in.Networks) == 0 {
		return errors.New("compose: no network given")
	}
	for i, n := range in.Networks {
		n = strings.ToLower(strings.TrimSpace(n))
		if _, err := RuleFor(n); err != nil {
			return err
		}
		in.Networks[i] = n
	}
	if in.Variants <= 0 {
		in.Variants = 1
	}
	if in.Variants > 10 {
		return fmt.Errorf("compose: %d variants asked, at most 10", in.Variants)
	}
	for i := range in.Facts {
		if in.Facts[i].ID == "" {
			in.Facts[i].ID = fmt.Sprintf("F%d", i+1)
		}
	}
	return nil
}

// Draft writes in.Variants drafts for each network of in, each verified
// (and, with a model, self-corrected). A provider failure stops and is
// returned with the drafts done so far; the caller shows it to the user.
func (c *Composer) Draft(ctx context.Context, in Input) ([]Draft, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	var prep *offlinePrep
	if c.opts.LLM == nil {
		var err error
		if prep, err = c.prepareOffline(ctx, in); err != nil {
			return nil, err
		}
	}
	// Networks are drafted side by side (a model call takes seconds);
	// the variants of one network stay in order, each seeing the earlier
	// ones.
	type result struct {
		drafts []Draft
		err    error
	}
	results := make([]result, len(in.Networks))
	par := c.opts.Parallel
	if c.opts.LLM == nil {
		par = 1 // the offline composer takes well under a millisecond
	}
	sem := make(chan struct{}, par)
	var wg sync.WaitGroup
	for i, n := range in.Networks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var previous []string
			for v := 1; v <= in.Variants; v++ {
				var d Draft
				var err error
				if c.opts.LLM == nil {
					d, err = c.offlineDraft(ctx, in, prep, n, v, previous)
				} else {
					d, err = c.llmDraft(ctx, in, n, v, previous)
				}
				if err != nil {
					results[i].err = err
					return
				}
				c.progress(Progress{Network: n, Variant: v, Round: len(d.Rounds) - 1, Step: "done", Findings: len(d.Findings), State: d.State})
				previous = append(previous, d.Text)
				results[i].drafts = append(results[i].drafts, d)
			}
		}()
	}
	wg.Wait()
	var out []Draft
	var firstErr error
	for _, r := range results {
		out = append(out, r.drafts...)
		if r.err != nil && firstErr == nil {
			firstErr = r.err
		}
	}
	return out, firstErr
}

// Check verifies a text written or edited by hand for a network: the Verify
// engine's findings plus the network's length rule, as a one-round Draft.
func (c *Composer) Check(ctx context.Context, lang, network string, facts []Fact, brief, text string) (Draft, error) {
	net, err := RuleFor(network)
	if err != nil {
		return Draft{}, err
	}
	lang = normLang(lang)
	j := job{lang: lang, net: net, variant: 1, brief: brief, facts: facts}
	ch, err := c.check(ctx, j, text)
	if err != nil {
		return Draft{}, err
	}
	d := Draft{Network: net.Name, Lang: lang, Variant: 1, Text: text, Limit: net.Limit, Composer: "human", Provider: "human",
		Rounds: []Round{{N: 0, Prompt: "edit", Text: text, Findings: ch.Findings}}}
	d.finish(ch, net)
	return d, nil
}
