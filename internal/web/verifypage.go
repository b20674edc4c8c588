package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/style"
	"github.com/vigie-cm/vigie/internal/verify"
)

// The Verify page and API: paste any text, pick a brand and a brief, and see
// each claim the fact sheet contradicts or does not support, with the fact
// and a suggested fix. Verifying stores nothing, so analysts may use it.

// vfChecker caches the brands' compiled fact sheets across requests; it is
// safe for concurrent use.
var vfChecker = verify.NewChecker()

type vfForm struct {
	BriefID int64
	Brief   string
	Lang    string
	Text    string
}

// vfSegment is a run of the text: plain, or the span of one finding or of
// one doubt (a finding the confidence model holds out of the verdict).
type vfSegment struct {
	Text    string
	Finding *verify.Finding
	N       int // 1-based number in its own list
	Doubt   bool
}

// Pct is the span's confidence as a whole percentage.
func (s vfSegment) Pct() int { return vfPct(s.Finding.Confidence) }

type vfFinding struct {
	verify.Finding
	N int
}

// Pct is the confidence as a whole percentage, as the page shows it.
func (f vfFinding) Pct() int { return vfPct(f.Confidence) }

func vfPct(c float64) int { return int(math.Round(c * 100)) }

type vfData struct {
	Briefs   []brand.Brief
	Form     vfForm
	Result   *verify.Result
	Findings []vfFinding
	Doubts   []vfFinding
	Segments []vfSegment
	Facts    int
	Error    string
	// Style is the style guard's second layer (clichés, the brand's words,
	// near-duplicates of its posts, readability), in its own colour.
	Style *StyleView
}

func (c *Ctx) verifyIndex() error {
	var bs []brand.Brand
	if c.Workspace != nil {
		var err error
		if bs, err = c.Store().ListBrands(c.R.Context(), c.Workspace.ID); err != nil {
			return fmt.Errorf("web: verify: brands of workspace %d: %w", c.Workspace.ID, err)
		}
	}
	return c.Render(http.StatusOK, "verify/index", "verify.title", bs)
}

func (c *Ctx) renderVerify(status int, d vfData) error {
	bs, err := c.Store().ListBriefs(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: verify: briefs of brand %d: %w", c.Brand.ID, err)
	}
	d.Briefs = bs
	if d.Form.Lang == "" && len(c.Brand.Languages) > 0 {
		d.Form.Lang = c.Brand.Languages[0]
	}
	if d.Facts == 0 {
		facts, err := c.vfFacts()
		if err != nil {
			return err
		}
		d.Facts = len(facts)
	}
	return c.Render(status, "verify/page", "verify.title", d)
}

func (c *Ctx) verifyPage() error { return c.renderVerify(http.StatusOK, vfData{}) }

// verifyRun checks the submitted text and shows it marked on the page; it
// works without JavaScript, which then takes over for live re-checking.
func (c *Ctx) verifyRun() error {
	f := vfForm{Text: strings.TrimSpace(c.R.PostFormValue("text")), Brief: c.field("brief"), Lang: c.field("lang")}
	f.BriefID, _ = strconv.ParseInt(c.field("brief_id"), 10, 64)
	d := vfData{Form: f}
	if f.Text == "" {
		d.Error = c.T("verify.err_empty")
		return c.renderVerify(http.StatusUnprocessableEntity, d)
	}
	res, n, err := c.vfCheck(f)
	if err != nil {
		var we *Error
		if errors.As(err, &we) && we.Status == http.StatusUnprocessableEntity {
			d.Error = c.T(we.Key, we.Args...)
			return c.renderVerify(we.Status, d)
		}
		return err
	}
	d.Result, d.Facts = &res, n
	d.Segments = vfSegments(f.Text, res.Findings, res.Doubts)
	if st, ok := c.vfStyle(f); ok {
		v := NewStyleView(f.Text, st)
		d.Style = &v
	}
	for i, x := range res.Findings {
		d.Findings = append(d.Findings, vfFinding{Finding: x, N: i + 1})
	}
	for i, x := range res.Doubts {
		d.Doubts = append(d.Doubts, vfFinding{Finding: x, N: i + 1})
	}
	return c.renderVerify(http.StatusOK, d)
}

// vfSegments cuts text at the code-point offsets of the findings and the
// doubts. The two lists come from one run of the rules, so their spans should
// not overlap; if they ever do, the earlier span is kept (on a tie, the
// finding, being the one that counts).
func vfSegments(text string, fs, ds []verify.Finding) []vfSegment {
	spans := make([]vfSegment, 0, len(fs)+len(ds))
	for i := range fs {
		spans = append(spans, vfSegment{Finding: &fs[i], N: i + 1})
	}
	for i := range ds {
		spans = append(spans, vfSegment{Finding: &ds[i], N: i + 1, Doubt: true})
	}
	sort.SliceStable(spans, func(i, j int) bool {
		a, b := spans[i], spans[j]
		if a.Finding.Start != b.Finding.Start {
			return a.Finding.Start < b.Finding.Start
		}
		return !a.Doubt && b.Doubt
	})
	rs := []rune(text)
	var out []vfSegment
	pos := 0
	for _, sp := range spans {
		f := sp.Finding
		if f.Start < pos || f.End > len(rs) || f.Start >= f.End {
			continue
		}
		if f.Start > pos {
			out = append(out, vfSegment{Text: string(rs[pos:f.Start])})
		}
		sp.Text = string(rs[f.Start:f.End])
		out = append(out, sp)
		pos = f.End
	}
	if pos < len(rs) {
		out = append(out, vfSegment{Text: string(rs[pos:])})
	}
	return out
}

// vfFacts returns the brand's facts that hold now, as verify facts; the
// Verify page and the Inbox's reply check both use it.
func (c *Ctx) vfFacts() ([]verify.Fact, error) {
	facts, err := c.Store().ListFacts(c.R.Context(), c.Brand.ID, store.FactFilter{At: c.s.now()})
	if err != nil {
		return nil, fmt.Errorf("web: verify: facts of brand %d: %w", c.Brand.ID, err)
	}
	return verify.FromBrand(facts), nil
}

// vfBrief is the text of a stored brief of the brand plus free text.
func (c *Ctx) vfBrief(id int64, extra string) (string, error) {
	var parts []string
	if id != 0 {
		b, err := c.Store().GetBrief(c.R.Context(), id)
		if errors.Is(err, store.ErrNotFound) || (err == nil && b.BrandID != c.Brand.ID) {
			return "", &Error{Status: http.StatusNotFound, Key: "error.not_found"}
		}
		if err != nil {
			return "", fmt.Errorf("web: verify: brief %d: %w", id, err)
		}
		parts = append(parts, b.Title, b.Objective)
		parts = append(parts, b.KeyMessages...)
	}
	if s := strings.TrimSpace(extra); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, ". "), nil
}

func (c *Ctx) vfCheck(f vfForm) (verify.Result, int, error) {
	if f.Lang != "" && f.Lang != "fr" && f.Lang != "en" {
		return verify.Result{}, 0, &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"lang", "fr or en"}}
	}
	facts, err := c.vfFacts()
	if err != nil {
		return verify.Result{}, 0, err
	}
	brief, err := c.vfBrief(f.BriefID, f.Brief)
	if err != nil {
		return verify.Result{}, 0, err
	}
	res, err := vfChecker.Check(c.R.Context(), verify.Input{Lang: f.Lang, Facts: facts, Brief: brief, Post: f.Text, Now: c.s.now()})
	if errors.Is(err, verify.ErrTooLong) {
		return res, 0, &Error{Status: http.StatusUnprocessableEntity, Key: "verify.err_long", Args: []any{verify.MaxPostRunes}}
	}
	if err != nil {
		return res, 0, fmt.Errorf("web: verify: %w", err)
	}
	return res, len(facts), nil
}

// apiBrandVerifyReq is the body of POST /api/v1/brands/{brand}/verify.
type apiBrandVerifyReq struct {
	Text    string `json:"text"`
	Lang    string `json:"lang"`
	BriefID int64  `json:"brief_id"`
	Brief   string `json:"brief"`
}

// apiBrandVerify checks a text against the brand's stored facts and,
// optionally, one of its briefs. The Verify page calls it as you type.
func (c *Ctx) apiBrandVerify() error {
	var in apiBrandVerifyReq
	if err := c.decode(&in); err != nil {
		return err
	}
	if strings.TrimSpace(in.Text) == "" {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"text", "empty"}}
	}
	f := vfForm{Text: in.Text, Lang: in.Lang, BriefID: in.BriefID, Brief: in.Brief}
	res, _, err := c.vfCheck(f)
	if err != nil {
		return err
	}
	out := apiBrandVerifyResp{Result: res}
	if st, ok := c.vfStyle(f); ok {
		if st.Findings == nil {
			st.Findings = []style.Finding{}
		}
		out.Style = &apiStyleResp{Findings: st.Findings, Scores: st.Scores}
	}
	return c.JSON(http.StatusOK, out)
}

// apiBrandVerifyResp is the verification, plus the style guard's layer
// (advice only: it never changes the verdict).
type apiBrandVerifyResp struct {
	verify.Result
	Style *apiStyleResp `json:"style,omitempty"`
}

// vfStyle runs the style guard on the text against the brand's posts and
// words, as the Compose page does for drafts. A failure leaves the page
// with its verification only, logged, since style is advice.
func (c *Ctx) vfStyle(f vfForm) (style.Result, bool) {
	check, err := c.draftStyler()
	if err != nil {
		c.s.log.Warn("web: verify: style layer", "brand", c.Brand.ID, "err", err)
		return style.Result{}, false
	}
	res, err := check(f.Text, "", f.Lang)
	if err != nil {
		c.s.log.Warn("web: verify: style layer", "brand", c.Brand.ID, "err", err)
		return style.Result{}, false
	}
	return res, true
}

// apiVerifyReq is the body of POST /api/v1/verify: the batch line of
// `vigie verify --jsonl`, facts given inline (strings or fact objects).
type apiVerifyReq struct {
	Lang  string            `json:"lang"`
	Facts []json.RawMessage `json:"facts"`
	Brief string            `json:"brief"`
	Post  string            `json:"post"`
	Year  int               `json:"year"`
}

// apiVerify checks a text against facts given in the request, for scripts
// and outside tools that keep their own fact sheets.
func (c *Ctx) apiVerify() error {
	var in apiVerifyReq
	if err := c.decode(&in); err != nil {
		return err
	}
	if in.Lang != "" && in.Lang != "fr" && in.Lang != "en" {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"lang", "fr or en"}}
	}
	facts := make([]verify.Fact, 0, len(in.Facts))
	for i, raw := range in.Facts {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			facts = append(facts, verify.Fact{Text: s})
			continue
		}
		var f verify.Fact
		if err := json.Unmarshal(raw, &f); err != nil {
			return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{fmt.Sprintf("facts[%d]", i), "a string or a fact object"}}
		}
		facts = append(facts, f)
	}
	res, err := vfChecker.Check(c.R.Context(), verify.Input{Lang: in.Lang, Facts: facts, Brief: in.Brief, Post: in.Post, Year: in.Year, Now: c.s.now()})
	if errors.Is(err, verify.ErrTooLong) {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "verify.err_long", Args: []any{verify.MaxPostRunes}}
	}
	if err != nil {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"facts", err.Error()}}
	}
	return c.JSON(http.StatusOK, res)
}
