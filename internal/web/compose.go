package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/compose"
	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmstore"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/style"
)

// The Compose page and the drafting API. The model is the workspace's own
// (AI provider page, kept in the database), else VIGIE_LLM_* (read at each
// request, so a changed environment needs no restart); with neither, drafts
// come from the offline composer, which the page says.

// llmKeys holds where the sealed API keys' encryption key comes from (set
// by ConfigureLLM); each request binds it to its store.
var llmKeys atomic.Pointer[llmstore.Settings]

// ConfigureLLM tells the web app where the key that seals the workspaces'
// API keys comes from (secret_key, else the key file in the data folder),
// and moves the provider settings an earlier version kept in
// <data>/llm/*.json into the database, once. Without it, settings without
// an API key still work, and VIGIE_LLM_* applies.
func ConfigureLLM(ctx context.Context, st store.Store, dataDir, secretKey string) error {
	s := llmstore.New(st, dataDir, secretKey)
	llmKeys.Store(s)
	if _, err := s.MigrateFiles(ctx, dataDir); err != nil {
		return fmt.Errorf("web: AI provider settings: %w", err)
	}
	return nil
}

// llmSettings are the workspaces' provider settings over this request's
// store (a transaction inside c.Tx).
func (c *Ctx) llmSettings(st store.Store) *llmstore.Settings {
	if s := llmKeys.Load(); s != nil {
		return s.With(st)
	}
	return llmstore.New(st, "", "")
}

func (c *Ctx) workspaceID() int64 {
	if c.Workspace == nil {
		return 0
	}
	return c.Workspace.ID
}

// Shared by every request: the model's response cache and the Verify
// engine's fact-sheet cache. Usage goes to the database (llmstore.Recorder).
var composeShared struct {
	once   sync.Once
	cache  *llm.Cache
	engine *compose.Engine
}

func sharedCompose() *struct {
	once   sync.Once
	cache  *llm.Cache
	engine *compose.Engine
} {
	sh := &composeShared
	sh.once.Do(func() {
		sh.cache, sh.engine = llm.NewCache(0), compose.NewEngine()
	})
	return sh
}

// llmClientOptions are the options of every model call made for this
// request: the shared cache, and each call's usage recorded in the database
// under the workspace.
func (c *Ctx) llmClientOptions(o llm.Options) llm.Options {
	if o.Cache == nil {
		o.Cache = sharedCompose().cache
	}
	o.Recorder = &llmstore.Recorder{Store: c.s.store, Workspace: c.workspaceID(), Log: c.s.log}
	return o
}

func (c *Ctx) composer(rounds int) (*compose.Composer, error) {
	sh := sharedCompose()
	opts := compose.Options{Verifier: sh.engine, MaxRounds: rounds}
	cfg, from, err := c.llmSettings(c.Store()).Resolve(c.R.Context(), c.workspaceID(), nil)
	if err != nil {
		return nil, err
	}
	if from != "" {
		cl, err := llm.New(cfg, c.llmClientOptions(llm.Options{}))
		if err != nil {
			return nil, err
		}
		opts.LLM = cl
	}
	return compose.New(opts)
}

type composeForm struct {
	BriefID  int64
	Brief    string
	Networks []string
	Variants int
	Lang     string
	Rounds   int
}

type composeData struct {
	Briefs   []brand.Brief
	Networks []brand.Network
	Form     composeForm
	Drafts   []compose.Draft
	// Styles is the style guard's layer of each draft (same index), next
	// to its verification findings.
	Styles   []StyleView
	Provider string
	Offline  bool
	Error    string
	Input    *compose.Input
}

// StyleOf is draft i's style layer (nil when it could not be checked).
func (d composeData) StyleOf(i int) *StyleView {
	if i < 0 || i >= len(d.Styles) {
		return nil
	}
	return &d.Styles[i]
}

// draftStyler checks drafts with the style guard against the brand's past
// posts (near-duplicates, reused openings and hashtags) and its words to
// avoid and prefer; the history is indexed once for all of a request's
// drafts.
func (c *Ctx) draftStyler() (func(text, network, lang string) (style.Result, error), error) {
	ps, err := c.brandPosts()
	if err != nil {
		return nil, err
	}
	base := c.brandStyleOptions(style.NewHistory(postTexts(ps), ""))
	return func(text, network, lang string) (style.Result, error) {
		opt := base
		opt.Network, opt.Lang = network, lang
		return style.Check(text, opt)
	}, nil
}

// draftStyles is the style layer of each draft.
func (c *Ctx) draftStyles(ds []compose.Draft) ([]StyleView, error) {
	if len(ds) == 0 {
		return nil, nil
	}
	check, err := c.draftStyler()
	if err != nil {
		return nil, err
	}
	out := make([]StyleView, len(ds))
	for i, d := range ds {
		res, err := check(d.Text, d.Network, d.Lang)
		if err != nil {
			// A network or language the style guard does not know: the
			// draft keeps its verification, without a style layer.
			c.s.log.Warn("web: compose: style check", "network", d.Network, "lang", d.Lang, "err", err)
			continue
		}
		out[i] = NewStyleView(d.Text, res)
	}
	return out, nil
}

func (f composeForm) Has(n brand.Network) bool {
	for _, x := range f.Networks {
		if x == string(n) {
			return true
		}
	}
	return false
}

// composeIndex lists the workspace's brands to compose for.
func (c *Ctx) composeIndex() error {
	var bs []brand.Brand
	if c.Workspace != nil {
		var err error
		if bs, err = c.Store().ListBrands(c.R.Context(), c.Workspace.ID); err != nil {
			return fmt.Errorf("web: compose: brands of workspace %d: %w", c.Workspace.ID, err)
		}
	}
	return c.Render(http.StatusOK, "compose/index", "compose.title", bs)
}

func (c *Ctx) renderCompose(status int, d composeData) error {
	bs, err := c.Store().ListBriefs(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: compose: briefs of brand %d: %w", c.Brand.ID, err)
	}
	d.Briefs, d.Networks = bs, brand.Networks
	comp, err := c.composer(2)
	if err != nil {
		d.Error = err.Error()
		d.Provider = "?"
	} else {
		d.Provider, d.Offline = comp.ProviderLabel(), comp.Offline()
	}
	if d.Form.Variants == 0 {
		d.Form.Variants = 1
	}
	if d.Form.Lang == "" && len(c.Brand.Languages) > 0 {
		d.Form.Lang = c.Brand.Languages[0]
	}
	if d.Styles == nil {
		if d.Styles, err = c.draftStyles(d.Drafts); err != nil {
			return err
		}
	}
	return c.Render(status, "compose/page", "compose.title", d)
}

func (c *Ctx) composePage() error {
	return c.renderCompose(http.StatusOK, composeData{Form: composeForm{Rounds: 2}})
}

// composeInput builds the input from the brand's records and a form.
func (c *Ctx) composeInput(f composeForm) (compose.Input, error) {
	ctx := c.R.Context()
	var br *brand.Brief
	if f.BriefID != 0 {
		b, err := c.Store().GetBrief(ctx, f.BriefID)
		if errors.Is(err, store.ErrNotFound) || (err == nil && b.BrandID != c.Brand.ID) {
			return compose.Input{}, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
		}
		if err != nil {
			return compose.Input{}, fmt.Errorf("web: compose: brief %d: %w", f.BriefID, err)
		}
		br = &b
	}
	facts, err := c.Store().ListFacts(ctx, c.Brand.ID, store.FactFilter{At: c.s.now()})
	if err != nil {
		return compose.Input{}, fmt.Errorf("web: compose: facts of brand %d: %w", c.Brand.ID, err)
	}
	faq, err := c.Store().ListFAQ(ctx, c.Brand.ID)
	if err != nil {
		return compose.Input{}, fmt.Errorf("web: compose: FAQ of brand %d: %w", c.Brand.ID, err)
	}
	in := compose.FromBrand(*c.Brand, facts, br, faq)
	if strings.TrimSpace(f.Brief) != "" {
		if in.Brief != "" {
			in.Brief += ". "
		}
		in.Brief += strings.TrimSpace(f.Brief)
	}
	if len(f.Networks) > 0 {
		in.Networks = f.Networks
	}
	if f.Lang != "" {
		in.Lang = f.Lang
	}
	in.Variants = f.Variants
	if c.Workspace != nil {
		in.Accounts = []string{llmstore.Scope(c.Workspace.ID)}
	}
	in.ID = newDraftID()
	return in, nil
}

// newDraftID names one generation, so that its model calls can be found
// in the usage record ("draft:c1a2b3c4d5e6:x:1").
func newDraftID() string {
	var b [6]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return "c" + hex.EncodeToString(b[:])
}

// readComposeForm reads the Compose page's generate form.
func (c *Ctx) readComposeForm() composeForm {
	f := composeForm{Brief: c.field("brief"), Networks: c.R.PostForm["networks"], Lang: c.field("lang"), Rounds: 2}
	f.BriefID, _ = strconv.ParseInt(c.field("brief_id"), 10, 64)
	f.Variants, _ = strconv.Atoi(c.field("variants"))
	if f.Variants < 1 || f.Variants > 5 {
		f.Variants = 1
	}
	if r, err := strconv.Atoi(c.field("rounds")); err == nil && r >= 0 && r <= 5 {
		f.Rounds = r
	}
	return f
}

// checkComposeInput returns the message key of what is missing, if any.
func checkComposeInput(in compose.Input) string {
	if len(in.Networks) == 0 {
		return "compose.err_networks"
	}
	if strings.TrimSpace(in.Brief) == "" && len(in.Facts) == 0 {
		return "compose.err_empty"
	}
	return ""
}

func (c *Ctx) composeRun() error {
	f := c.readComposeForm()
	d := composeData{Form: f}
	in, err := c.composeInput(f)
	if err != nil {
		return err
	}
	if key := checkComposeInput(in); key != "" {
		d.Error = c.T(key)
		return c.renderCompose(http.StatusUnprocessableEntity, d)
	}
	comp, err := c.composer(roundsOpt(f.Rounds))
	if err != nil {
		d.Error = err.Error()
		return c.renderCompose(http.StatusServiceUnavailable, d)
	}
	ds, err := comp.Draft(c.R.Context(), in)
	d.Drafts, d.Input = ds, &in
	if err != nil {
		// Provider errors are the user's to read (URL, model, key status);
		// they never contain the key.
		d.Error = err.Error()
		return c.renderCompose(http.StatusBadGateway, d)
	}
	return c.renderCompose(http.StatusOK, d)
}

// roundsOpt maps "0 rounds" to compose's "none".
func roundsOpt(r int) int {
	if r == 0 {
		return -1
	}
	return r
}

type verifyReq struct {
	Text    string `json:"text"`
	Network string `json:"network"`
	Lang    string `json:"lang"`
}

type verifyResp struct {
	Verdict  string            `json:"verdict"`
	State    string            `json:"state"`
	Findings []compose.Finding `json:"findings"`
	Length   int               `json:"length"`
	Limit    int               `json:"limit"`
	// Style is the style guard's layer (the brand's history and words,
	// the network's rules); it does not change the verdict or state.
	Style *apiStyleResp `json:"style,omitempty"`
}

// verifyText checks an edited draft against the brand's active facts.
func (c *Ctx) verifyText(in verifyReq) (verifyResp, error) {
	net, err := compose.RuleFor(in.Network)
	if err != nil {
		return verifyResp{}, &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"network", err.Error()}}
	}
	ci, err := c.composeInput(composeForm{})
	if err != nil {
		return verifyResp{}, err
	}
	comp, err := c.composer(-1)
	if err != nil {
		return verifyResp{}, err
	}
	lang := in.Lang
	if lang == "" {
		lang = ci.Lang
	}
	d, err := comp.Check(c.R.Context(), lang, net.Name, ci.Facts, ci.Brief, in.Text)
	if err != nil {
		return verifyResp{}, fmt.Errorf("web: compose: verifying: %w", err)
	}
	return verifyResp{Verdict: d.Verdict, State: d.State, Findings: d.Findings, Length: d.Length, Limit: d.Limit}, nil
}

// apiDraftVerify is the live re-verification of the Compose page's editor.
func (c *Ctx) apiDraftVerify() error {
	var in verifyReq
	if err := c.decode(&in); err != nil {
		return err
	}
	out, err := c.verifyText(in)
	if err != nil {
		return err
	}
	check, err := c.draftStyler()
	if err != nil {
		return err
	}
	if res, err := check(in.Text, in.Network, in.Lang); err == nil {
		if res.Findings == nil {
			res.Findings = []style.Finding{}
		}
		out.Style = &apiStyleResp{Findings: res.Findings, Scores: res.Scores}
	}
	return c.JSON(http.StatusOK, out)
}

// composeAccept stores an (edited) draft as a planned post of the brand,
// verified once more; the audit entry records its verdict and open
// findings, so accepting a draft that needs a human is visible.
func (c *Ctx) composeAccept() error {
	in := verifyReq{Text: strings.TrimSpace(c.R.PostFormValue("text")), Network: c.field("network"), Lang: c.field("lang")}
	if in.Text == "" || !brand.Network(in.Network).Valid() {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "compose.err_accept"}
	}
	v, err := c.verifyText(in)
	if err != nil {
		return err
	}
	p := brand.Post{BrandID: c.Brand.ID, Network: brand.Network(in.Network), Lang: in.Lang, Text: in.Text}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.CreatePost(c.R.Context(), &p); err != nil {
			return err
		}
		return c.Audit(tx, "post.draft", "post", p.ID, nil, map[string]any{"post": p, "verdict": v.Verdict, "state": v.State, "findings": v.Findings})
	})
	if err != nil {
		return fmt.Errorf("web: compose: accepting draft: %w", err)
	}
	flash := "compose.accepted"
	if v.State != compose.StatePass {
		flash = "compose.accepted_findings"
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/compose", c.Brand.ID), flash)
}

// apiDraftsReq is the body of POST /api/v1/brands/{brand}/drafts.
type apiDraftsReq struct {
	BriefID  int64    `json:"brief_id"`
	Brief    string   `json:"brief"`
	Networks []string `json:"networks"`
	Variants int      `json:"variants"`
	Lang     string   `json:"lang"`
	Rounds   *int     `json:"rounds"`
}

// apiBrandDrafts drafts from the brand's stored facts and a brief.
func (c *Ctx) apiBrandDrafts() error {
	var in apiDraftsReq
	if err := c.decode(&in); err != nil {
		return err
	}
	rounds := 2
	if in.Rounds != nil {
		rounds = *in.Rounds
	}
	ci, err := c.composeInput(composeForm{BriefID: in.BriefID, Brief: in.Brief, Networks: in.Networks, Variants: in.Variants, Lang: in.Lang})
	if err != nil {
		return err
	}
	return c.runDrafts(ci, rounds)
}

// apiDrafts drafts from facts and a brief given inline, in the shape of a
// `vigie draft --jsonl` line.
func (c *Ctx) apiDrafts() error {
	var in struct {
		ID       string             `json:"id"`
		Lang     string             `json:"lang"`
		Brand    string             `json:"brand"`
		Facts    []compose.Fact     `json:"-"`
		RawFacts []any              `json:"facts"`
		Brief    string             `json:"brief"`
		Networks []string           `json:"networks"`
		Voice    string             `json:"voice"`
		Audience string             `json:"audience"`
		Variants int                `json:"variants"`
		Rounds   *int               `json:"rounds"`
		FAQ      []compose.FAQEntry `json:"faq"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	for i, f := range in.RawFacts {
		switch v := f.(type) {
		case string:
			in.Facts = append(in.Facts, compose.Fact{ID: fmt.Sprintf("F%d", i+1), Text: v})
		case map[string]any:
			t, _ := v["text"].(string)
			id, _ := v["id"].(string)
			if id == "" {
				id = fmt.Sprintf("F%d", i+1)
			}
			in.Facts = append(in.Facts, compose.Fact{ID: id, Text: t})
		default:
			return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{fmt.Sprintf("facts[%d]", i), "string or {\"id\",\"text\"}"}}
		}
	}
	rounds := 2
	if in.Rounds != nil {
		rounds = *in.Rounds
	}
	ci := compose.Input{ID: in.ID, Lang: in.Lang, Brand: in.Brand, Facts: in.Facts, Brief: in.Brief, Networks: in.Networks,
		Voice: in.Voice, Audience: in.Audience, Variants: in.Variants, FAQ: in.FAQ}
	if c.Workspace != nil {
		ci.Accounts = []string{llmstore.Scope(c.Workspace.ID)}
	}
	if ci.ID == "" {
		ci.ID = newDraftID()
	}
	return c.runDrafts(ci, rounds)
}

func (c *Ctx) runDrafts(ci compose.Input, rounds int) error {
	if rounds < 0 || rounds > 5 {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"rounds", "0 to 5"}}
	}
	if err := ci.Validate(); err != nil {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"input", err.Error()}}
	}
	comp, err := c.composer(roundsOpt(rounds))
	if err != nil {
		return &Error{Status: http.StatusServiceUnavailable, Key: "compose.err_provider", Args: []any{err.Error()}}
	}
	ds, err := comp.Draft(c.R.Context(), ci)
	if ds == nil {
		ds = []compose.Draft{}
	}
	if err != nil {
		return c.JSON(http.StatusBadGateway, map[string]any{"id": ci.ID, "drafts": ds, "error": err.Error()})
	}
	return c.JSON(http.StatusOK, map[string]any{"id": ci.ID, "drafts": ds})
}

type transformReq struct {
	Op        string `json:"op"` // translate or adapt
	Text      string `json:"text"`
	Lang      string `json:"lang"`
	Network   string `json:"network"`
	ToLang    string `json:"to_lang"`
	ToNetwork string `json:"to_network"`
	Brief     string `json:"brief"`
	Rounds    *int   `json:"rounds"`
}

// transform translates (op "translate": Lang → ToLang, same network) or
// adapts (op "adapt": Network → ToNetwork) a post against the brand's
// active facts, through the same verify-and-correct loop.
func (c *Ctx) transform(in transformReq) (compose.Draft, error) {
	rounds := 2
	if in.Rounds != nil {
		rounds = *in.Rounds
	}
	if rounds < 0 || rounds > 5 {
		return compose.Draft{}, &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"rounds", "0 to 5"}}
	}
	if strings.TrimSpace(in.Text) == "" {
		return compose.Draft{}, &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"text", "empty"}}
	}
	ci, err := c.composeInput(composeForm{Brief: in.Brief})
	if err != nil {
		return compose.Draft{}, err
	}
	if in.Lang == "" {
		in.Lang = ci.Lang
	}
	comp, err := c.composer(roundsOpt(rounds))
	if err != nil {
		return compose.Draft{}, &Error{Status: http.StatusServiceUnavailable, Key: "compose.err_provider", Args: []any{err.Error()}}
	}
	var d compose.Draft
	switch in.Op {
	case "translate":
		if in.ToLang == "" {
			return d, &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"to_lang", "required"}}
		}
		d, err = comp.Translate(c.R.Context(), compose.TranslateInput{ID: ci.ID, Text: in.Text, From: in.Lang, To: in.ToLang, Network: in.Network,
			Brand: c.Brand.Name, Brief: ci.Brief, Facts: ci.Facts, Accounts: ci.Accounts})
		if errors.Is(err, compose.ErrNeedsModel) {
			return d, &Error{Status: http.StatusUnprocessableEntity, Key: "compose.err_needs_model"}
		}
	case "adapt":
		d, err = comp.Adapt(c.R.Context(), compose.AdaptInput{ID: ci.ID, Text: in.Text, Lang: in.Lang, From: in.Network, To: in.ToNetwork,
			Brand: c.Brand.Name, Brief: ci.Brief, Facts: ci.Facts, Accounts: ci.Accounts})
	default:
		return d, &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"op", "translate or adapt"}}
	}
	if err != nil && !errors.Is(err, compose.ErrNeedsModel) {
		var le *llm.Error
		if errors.As(err, &le) {
			return d, &Error{Status: http.StatusBadGateway, Key: "compose.err_provider", Args: []any{err.Error()}}
		}
		return d, &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"input", err.Error()}}
	}
	return d, nil
}

func (c *Ctx) apiDraftTransform() error {
	var in transformReq
	if err := c.decode(&in); err != nil {
		return err
	}
	d, err := c.transform(in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, d)
}

// composeTransform is the page's "translate / adapt" form on a draft: the
// result is shown as a new draft below the form.
func (c *Ctx) composeTransform() error {
	in := transformReq{Op: c.field("op"), Text: strings.TrimSpace(c.R.PostFormValue("text")), Lang: c.field("lang"), Network: c.field("network"),
		ToLang: c.field("to_lang"), ToNetwork: c.field("to_network")}
	d, err := c.transform(in)
	data := composeData{Form: composeForm{Rounds: 2}}
	if err != nil {
		var we *Error
		if errors.As(err, &we) {
			data.Error = c.T(we.Key, we.Args...)
			return c.renderCompose(we.Status, data)
		}
		return err
	}
	data.Drafts = []compose.Draft{d}
	return c.renderCompose(http.StatusOK, data)
}

// composeStream is composeRun for the page's script: the same form, answered
// as a stream of server-sent events — "progress" for each step, then
// "result" with the drafts' HTML (rendered by the same partial as the page)
// or "failure" with a message — so the user sees drafting, verification and
// each correction round as they happen.
func (c *Ctx) composeStream() error {
	f := c.readComposeForm()
	in, err := c.composeInput(f)
	if err != nil {
		return err
	}
	if key := checkComposeInput(in); key != "" {
		return &Error{Status: http.StatusUnprocessableEntity, Key: key}
	}
	comp, err := c.composer(roundsOpt(f.Rounds))
	if err != nil {
		return &Error{Status: http.StatusServiceUnavailable, Key: "compose.err_provider", Args: []any{err.Error()}}
	}
	rc := http.NewResponseController(c.W)
	h := c.W.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	c.W.WriteHeader(http.StatusOK)
	var mu sync.Mutex
	send := func(event string, v any) {
		b, _ := json.Marshal(v)
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(c.W, "event: %s\ndata: %s\n\n", event, b)
		_ = rc.Flush()
	}
	ds, err := comp.WithProgress(func(p compose.Progress) { send("progress", p) }).Draft(c.R.Context(), in)
	if err != nil {
		send("failure", map[string]string{"error": err.Error()})
	}
	if len(ds) > 0 {
		var buf bytes.Buffer
		data := composeData{Drafts: ds, Networks: brand.Networks, Form: f}
		if data.Styles, err = c.draftStyles(ds); err != nil {
			return err
		}
		t := c.s.views.pages["compose/page"]
		if t == nil {
			return fmt.Errorf("web: compose: no page template")
		}
		if err := t.ExecuteTemplate(&buf, "composedrafts", Page{C: c, D: data}); err != nil {
			return fmt.Errorf("web: compose: rendering drafts: %w", err)
		}
		send("result", map[string]string{"html": buf.String()})
	}
	return nil
}
