package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/vigie-cm/vigie/internal/inbox"
	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/verify"
)

// LLM phrasing of a reply suggestion, on request: the draft retrieved from
// the FAQ and facts is given to the workspace's model with the comment and
// the facts, and the phrased reply comes back checked by the Verify
// engine. Nothing is sent from here: "Use this reply" puts it in the
// answer form, which verifies it again before it can be marked answered.
// The page asks only when a person clicks, so a page of 300 comments costs
// no call.

// inboxLLM returns the workspace's model client, or nil when no provider
// is configured.
func (c *Ctx) inboxLLM() (*llm.Client, error) {
	cfg, from, err := c.llmSettings(c.Store()).Resolve(c.R.Context(), c.workspaceID(), nil)
	if err != nil || from == "" {
		return nil, err
	}
	return llm.New(cfg, c.llmClientOptions(llm.Options{}))
}

func (c *Ctx) inboxPhrase() error {
	var in struct {
		ID int64 `json:"id"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	cm, err := c.inboxComment(c.Store(), in.ID)
	if err != nil {
		return err
	}
	cl, err := c.inboxLLM()
	if err != nil {
		return fmt.Errorf("web: inbox: AI provider of workspace %d: %w", c.workspaceID(), err)
	}
	if cl == nil {
		return &Error{Status: http.StatusConflict, Key: "inbox.no_llm"}
	}
	sg, err := c.inboxSuggester()
	if err != nil {
		return err
	}
	s := moderate.Suggest(sg.ix, moderate.Result{Label: moderate.Label(cm.Label), Lang: cm.Lang}, cm.Text)
	if s.None {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "inbox.no_reply"}
	}
	facts := make([]string, 0, len(sg.facts))
	for _, f := range sg.facts {
		if f.Text != "" {
			facts = append(facts, f.Text)
		}
	}
	text, _, err := inbox.Phrase(c.R.Context(), cl, inbox.PhraseInput{Brand: c.Brand.Name, Voice: c.Brand.Voice, Lang: cm.Lang,
		Label: cm.Label, Comment: cm.Text, Draft: s.Text, Facts: facts,
		Accounts: []string{"workspace:" + strconv.FormatInt(c.workspaceID(), 10), "draft:comment:" + strconv.FormatInt(cm.ID, 10)}})
	if err != nil {
		if c.s.log != nil {
			c.s.log.Warn("web: inbox: phrasing a reply", "comment", cm.ID, "err", err)
		}
		return &Error{Status: http.StatusBadGateway, Key: "inbox.llm_failed"}
	}
	reply, spans := personalise(text, cm)
	res, err := verify.Check(c.R.Context(), verify.Input{Lang: cm.Lang, Facts: sg.facts, Post: reply, Now: c.s.now()})
	if err != nil && !errors.Is(err, verify.ErrTooLong) {
		return fmt.Errorf("web: inbox: verifying the phrased reply to comment %d: %w", cm.ID, err)
	}
	findings := replyFindings(res.Findings, spans)
	if errors.Is(err, verify.ErrTooLong) {
		findings = append(findings, verify.Finding{Kind: "too_long", Text: "", Message: c.T("inbox.reply_long")})
	}
	if findings == nil {
		findings = []verify.Finding{}
	}
	return c.JSON(http.StatusOK, map[string]any{"id": cm.ID, "text": text, "findings": findings, "provider": cl.Label()})
}
