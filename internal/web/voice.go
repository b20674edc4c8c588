package web

import (
	"fmt"
	"math"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/style"
)

// The style guard in the web app: the brand's voice health page (vocabulary
// diversity over time as a server-rendered SVG chart, overused openings,
// closings and hashtags, near-duplicates among recent posts, a draft
// checker) and POST /api/v1/style, /api/v1/brands/{brand}/style.

// voiceHistoryMax bounds how many of the brand's latest posts are read:
// enough for a year of daily posting, cheap to index per request.
const voiceHistoryMax = 5000

// voiceRecent is how many latest posts the repetition lists look at.
const voiceRecent = 50

// voicePairsMax bounds the near-duplicates listed, newest first.
const voicePairsMax = 10

// brandPosts returns the brand's posts, oldest first.
func (c *Ctx) brandPosts() ([]brand.Post, error) {
	ps, err := c.Store().ListPosts(c.R.Context(), c.Brand.ID, voiceHistoryMax)
	if err != nil {
		return nil, fmt.Errorf("web: voice: listing posts of brand %d: %w", c.Brand.ID, err)
	}
	slices.Reverse(ps) // the store lists the most recent first
	return ps, nil
}

func postTexts(ps []brand.Post) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// StyleSegment is a piece of checked text, marked when a finding covers it.
type StyleSegment struct {
	Text     string
	Kind     string // "" for unmarked text
	Severity string
	Title    string
}

// StyleView is what the "stylefindings" partial renders: the text with its
// findings marked in the style layer's own colour, then the list. Other
// pages (Verify, Compose) build one with NewStyleView, put it in their data
// and call {{template "stylefindings" .D.Style}}; static/voice.css holds
// the colours.
type StyleView struct {
	Segments []StyleSegment
	Findings []style.Finding
	Scores   map[string]float64
}

// NewStyleView cuts text at the findings' code-point offsets. Findings that
// overlap one already marked, or cover the whole text (near-duplicates),
// are listed but not marked.
func NewStyleView(text string, res style.Result) StyleView {
	runes := []rune(text)
	v := StyleView{Findings: res.Findings, Scores: res.Scores}
	type span struct {
		s, e int
		f    style.Finding
	}
	var spans []span
	for _, f := range res.Findings {
		if f.End <= f.Start || f.End > len(runes) || f.Kind == style.KindNearDuplicate {
			continue
		}
		ok := true
		for _, s := range spans {
			if f.Start < s.e && s.s < f.End {
				ok = false
				break
			}
		}
		if ok {
			spans = append(spans, span{f.Start, f.End, f})
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.s - b.s })
	pos := 0
	for _, s := range spans {
		if s.s > pos {
			v.Segments = append(v.Segments, StyleSegment{Text: string(runes[pos:s.s])})
		}
		title := s.f.Message
		if s.f.Suggestion != "" {
			title += " → " + s.f.Suggestion
		}
		v.Segments = append(v.Segments, StyleSegment{Text: string(runes[s.s:s.e]), Kind: s.f.Kind, Severity: s.f.Severity, Title: title})
		pos = s.e
	}
	if pos < len(runes) {
		v.Segments = append(v.Segments, StyleSegment{Text: string(runes[pos:])})
	}
	return v
}

// chart is a line chart drawn by the template as SVG; every coordinate is
// computed here, so the template only places numbers and escaped labels.
type chart struct {
	ID, Title, Desc         string
	W, H                    int
	Left, Right, Top, Bot   float64
	Line                    string
	Dots                    []chartDot
	YTicks, XTicks          []chartTick
	Rows                    []chartRow // the same data as a table, for screen readers
	ValueLabel, WindowLabel string
}

// PlotW and PlotH are the plot area's size.
func (ch chart) PlotW() float64 { return ch.Right - ch.Left }

// PlotH is the plot area's height.
func (ch chart) PlotH() float64 { return ch.Bot - ch.Top }

type chartDot struct {
	X, Y  float64
	Label string
}

type chartTick struct {
	X, Y  float64
	Label string
}

type chartRow struct {
	Window, Value string
}

func newChart(id, title, desc, valueLabel, windowLabel string, labels []string, values []float64, fixedMax float64, format string) chart {
	ch := chart{ID: id, Title: title, Desc: desc, W: 640, H: 220, Left: 48, Right: 624, Top: 16, Bot: 184, ValueLabel: valueLabel, WindowLabel: windowLabel}
	maxV := fixedMax
	if maxV <= 0 {
		for _, v := range values {
			maxV = math.Max(maxV, v)
		}
		maxV = niceCeil(maxV * 1.1)
	}
	if maxV <= 0 {
		maxV = 1
	}
	n := len(values)
	x := func(i int) float64 {
		if n <= 1 {
			return (ch.Left + ch.Right) / 2
		}
		return ch.Left + (ch.Right-ch.Left)*float64(i)/float64(n-1)
	}
	y := func(v float64) float64 { return ch.Bot - (ch.Bot-ch.Top)*v/maxV }
	var pts []string
	for i, v := range values {
		px, py := round1(x(i)), round1(y(v))
		pts = append(pts, fmt.Sprintf("%g,%g", px, py))
		val := fmt.Sprintf(format, v)
		ch.Dots = append(ch.Dots, chartDot{X: px, Y: py, Label: labels[i] + " : " + val})
		ch.Rows = append(ch.Rows, chartRow{Window: labels[i], Value: val})
	}
	ch.Line = strings.Join(pts, " ")
	for k := 0; k <= 4; k++ {
		v := maxV * float64(k) / 4
		ch.YTicks = append(ch.YTicks, chartTick{X: ch.Left - 6, Y: round1(y(v)), Label: fmt.Sprintf(format, v)})
	}
	if n > 0 {
		for _, i := range uniqueInts(0, n/2, n-1) {
			ch.XTicks = append(ch.XTicks, chartTick{X: round1(x(i)), Y: ch.Bot + 18, Label: labels[i]})
		}
	}
	return ch
}

func uniqueInts(xs ...int) []int {
	var out []int
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// niceCeil rounds up to 1, 2 or 5 times a power of ten, for axis labels.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

type voicePair struct {
	Post, Past string
	Similarity int // percent
}

type voiceData struct {
	Posts                 int
	Enough                bool
	Window                int
	MTLD, Distinct2       chart
	Trend                 int // percent change of MTLD, first window to last
	TrendAbs              int
	Recent                style.RecentStats
	Pairs                 []voicePair
	Form                  voiceForm
	Check                 *StyleView
	Networks              []brand.Network
	Error                 string
	WordsAvoid, WordsPref []string
}

type voiceForm struct {
	Text, Network, Lang string
}

// voiceMinPosts is the history below which diversity over time means
// nothing: two windows of five posts.
const voiceMinPosts = 10

func (c *Ctx) voiceData(ps []brand.Post, h *style.History) voiceData {
	texts := postTexts(ps)
	d := voiceData{Posts: len(ps), Networks: brand.Networks, WordsAvoid: c.Brand.WordsAvoid, WordsPref: c.Brand.WordsUse}
	d.Recent = style.TopRecent(texts, voiceRecent, 8)
	if len(ps) < voiceMinPosts {
		return d
	}
	d.Enough = true
	// windows of 20 posts (fewer for a short history), at most ~40 points
	w := min(20, len(ps)/2)
	step := max(1, (len(ps)-w)/40)
	pts := style.DiversityOverTime(texts, w, step)
	d.Window = w
	labels := make([]string, len(pts))
	mtld := make([]float64, len(pts))
	d2 := make([]float64, len(pts))
	for i, p := range pts {
		last := ps[p.Last]
		when := last.CreatedAt
		if last.PublishedAt != nil {
			when = *last.PublishedAt
		}
		labels[i] = fmt.Sprintf("#%d–%d", p.First+1, p.Last+1)
		if !when.IsZero() {
			labels[i] = when.Format("2006-01-02")
		}
		mtld[i] = p.MTLD
		d2[i] = p.Distinct2
	}
	d.MTLD = newChart("voice-mtld", c.T("voice.chart_mtld"), c.T("voice.chart_mtld_desc", w), "MTLD", c.T("voice.window_end"), labels, mtld, 0, "%.0f")
	d.Distinct2 = newChart("voice-d2", c.T("voice.chart_d2"), c.T("voice.chart_d2_desc", w), "distinct-2", c.T("voice.window_end"), labels, d2, 1, "%.2f")
	if len(mtld) > 1 && mtld[0] > 0 {
		d.Trend = int(math.Round(100 * (mtld[len(mtld)-1] - mtld[0]) / mtld[0]))
		d.TrendAbs = max(d.Trend, -d.Trend)
	}
	// near-duplicates among the recent posts, each against those before it
	from := max(0, len(texts)-voiceRecent)
	for i := len(texts) - 1; i >= from && len(d.Pairs) < voicePairsMax; i-- {
		for _, s := range h.NearDuplicates(texts[i], ps[i].Lang, style.DefaultNearDuplicate) {
			if s.Index < i {
				d.Pairs = append(d.Pairs, voicePair{Post: texts[i], Past: texts[s.Index], Similarity: int(math.Round(100 * s.Similarity))})
				break
			}
		}
	}
	return d
}

func (c *Ctx) voicePage() error {
	ps, err := c.brandPosts()
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "voice/page", "voice.title", c.voiceData(ps, style.NewHistory(postTexts(ps), "")))
}

// voiceCheck checks a draft against the brand's history, words and a
// network's rules, and shows it marked on the same page. It changes
// nothing, so analysts may use it.
func (c *Ctx) voiceCheck() error {
	ps, err := c.brandPosts()
	if err != nil {
		return err
	}
	h := style.NewHistory(postTexts(ps), "")
	d := c.voiceData(ps, h)
	d.Form = voiceForm{Text: strings.TrimSpace(c.R.PostFormValue("text")), Network: c.R.PostFormValue("network"), Lang: c.R.PostFormValue("lang")}
	status := http.StatusOK
	switch {
	case d.Form.Text == "":
		d.Error, status = c.T("voice.err_empty"), http.StatusUnprocessableEntity
	case utf8.RuneCountInString(d.Form.Text) > 100000:
		d.Error, status = c.T("voice.err_long"), http.StatusUnprocessableEntity
	default:
		opt := c.brandStyleOptions(h)
		opt.Network, opt.Lang = d.Form.Network, d.Form.Lang
		res, err := style.Check(d.Form.Text, opt)
		if err != nil {
			d.Error, status = c.T("voice.err_input", err.Error()), http.StatusUnprocessableEntity
		} else {
			v := NewStyleView(d.Form.Text, res)
			d.Check = &v
		}
	}
	return c.Render(status, "voice/page", "voice.title", d)
}

// brandStyleOptions checks against the brand's history and its words.
func (c *Ctx) brandStyleOptions(h *style.History) style.Options {
	return style.Options{History: h, Avoid: c.Brand.WordsAvoid, Prefer: c.Brand.WordsUse}
}

// apiStyleReq is the body of POST /api/v1/style: the line of the
// `vigie style --jsonl` contract, without the id.
type apiStyleReq struct {
	Lang    string        `json:"lang"`
	Text    *string       `json:"text"`
	History []string      `json:"history"`
	Network string        `json:"network"`
	Images  []style.Image `json:"images"`
	Avoid   []string      `json:"avoid"`
	Prefer  []string      `json:"prefer"`
}

type apiStyleResp struct {
	Findings []style.Finding    `json:"findings"`
	Scores   map[string]float64 `json:"scores"`
}

func (c *Ctx) apiStyleRun(base style.Options) error {
	var in apiStyleReq
	if err := c.decode(&in); err != nil {
		return err
	}
	if in.Text == nil {
		return &Error{Status: http.StatusBadRequest, Key: "voice.err_no_text"}
	}
	opt := base
	opt.Lang, opt.Network, opt.Images = in.Lang, in.Network, in.Images
	opt.Avoid = append(slices.Clone(base.Avoid), in.Avoid...)
	opt.Prefer = append(slices.Clone(base.Prefer), in.Prefer...)
	if in.History != nil {
		opt.History = style.NewHistory(in.History, in.Lang)
	}
	res, err := style.Check(*in.Text, opt)
	if err != nil {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "voice.err_input", Args: []any{err.Error()}}
	}
	return c.JSON(http.StatusOK, apiStyleResp{Findings: res.Findings, Scores: res.Scores})
}

// apiStyle checks a text with what the request gives (history, words).
func (c *Ctx) apiStyle() error { return c.apiStyleRun(style.Options{}) }

// apiBrandStyle checks a text against the brand's posts and words; a
// "history" in the request replaces the brand's posts.
func (c *Ctx) apiBrandStyle() error {
	ps, err := c.brandPosts()
	if err != nil {
		return err
	}
	return c.apiStyleRun(c.brandStyleOptions(style.NewHistory(postTexts(ps), "")))
}
