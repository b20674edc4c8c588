package compose

import (
	"context"

	"github.com/vigie-cm/vigie/internal/verify"
)

// Engine is the Verify engine as a Verifier. It keeps its own checker, so
// the facts parsed for the first draft serve every later round.
type Engine struct{ c *verify.Checker }

// NewEngine returns the Verify engine with a fresh fact-sheet cache.
func NewEngine() *Engine { return &Engine{c: verify.NewChecker()} }

// Verify checks post against facts and brief in lang.
func (e *Engine) Verify(ctx context.Context, lang string, facts []Fact, brief, post string) (Check, error) {
	vf := make([]verify.Fact, len(facts))
	for i, f := range facts {
		vf[i] = verify.Fact{ID: f.ID, Text: f.Text}
	}
	res, err := e.c.Check(ctx, verify.Input{Lang: lang, Facts: vf, Brief: brief, Post: post})
	if err != nil {
		return Check{}, err
	}
	ch := Check{Verdict: res.Verdict, Findings: make([]Finding, 0, len(res.Findings))}
	for _, f := range res.Findings {
		ch.Findings = append(ch.Findings, Finding{Start: f.Start, End: f.End, Text: f.Text, Kind: f.Kind, Claim: f.Claim,
			Fact: f.Fact, FactID: f.FactID, Message: f.Message, Suggestion: f.Suggestion})
	}
	return ch, nil
}
