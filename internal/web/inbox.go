package web

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/store"
)

// The inbox's first page: import a JSONL or CSV export of comments, see
// each one labelled by the moderation classifier under the default policy,
// filter by label, and hide or unhide comments, every action audited.
// Hateful text is blurred until a moderator chooses to read it. Comments
// are not stored yet (the store has no comment table): the page is a
// triage view of one import, and the audit log keeps what was done.
// POST /api/v1/moderate is the classifier over HTTP.

// inboxMax bounds one import: a page that stays readable and an audit
// burst that stays small.
const inboxMax = 2000

// InboxItem is one classified comment as the page shows it.
type InboxItem struct {
	ID        string
	Author    string
	Network   string
	Text      string
	Label     string
	Score     string
	Sentiment string
	Hidden    bool
	Auto      bool // hidden by the policy at import
	Blur      bool // hostile text, blurred until revealed
	Reason    string
}

// InboxCount is how many comments carry a label.
type InboxCount struct {
	Label string
	N     int
}

type inboxData struct {
	Items    []InboxItem
	Counts   []InboxCount
	Hidden   int
	Errors   []string
	Data     string
	Exposure int // hostile comments this moderator revealed in the last 7 days
}

// exposureWindow and exposureScan bound the well-being count: reveals in
// the last week, read from the newest audit entries of the workspace.
const (
	exposureWindow = 7 * 24 * time.Hour
	exposureScan   = 5000
)

// exposure counts the hostile comments the current user chose to read
// (comment.reveal entries) in the last week.
func (c *Ctx) exposure() (int, error) {
	if c.Workspace == nil || c.User == nil {
		return 0, nil
	}
	es, err := c.Store().ListAudit(c.R.Context(), c.Workspace.ID, exposureScan, 0)
	if err != nil {
		return 0, fmt.Errorf("web: inbox: exposure of user %d: %w", c.User.ID, err)
	}
	since := c.s.now().Add(-exposureWindow)
	n := 0
	for _, e := range es {
		if e.Action == "comment.reveal" && e.UserID != nil && *e.UserID == c.User.ID && e.At.After(since) {
			n++
		}
	}
	return n, nil
}

// inboxReveal records that the moderator read a blurred hostile comment,
// for the per-person exposure count, and returns the new count.
func (c *Ctx) inboxReveal() error {
	var in struct {
		ID    string `json:"id"`
		Label string `json:"label"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	in.ID = strings.TrimSpace(in.ID)
	if in.ID == "" || len(in.ID) > 200 {
		return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_id"}
	}
	err := c.Tx(func(tx store.Store) error {
		return c.Audit(tx, "comment.reveal", "comment", 0, nil, commentAudit{ID: in.ID, Brand: c.Brand.ID, Label: in.Label})
	})
	if err != nil {
		return fmt.Errorf("web: inbox: reveal %q for brand %d: %w", in.ID, c.Brand.ID, err)
	}
	n, err := c.exposure()
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"id": in.ID, "exposure": n})
}

func (c *Ctx) inboxIndex() error {
	var bs []brand.Brand
	if c.Workspace != nil {
		var err error
		if bs, err = c.Store().ListBrands(c.R.Context(), c.Workspace.ID); err != nil {
			return fmt.Errorf("web: inbox: brands of workspace %d: %w", c.Workspace.ID, err)
		}
	}
	return c.Render(http.StatusOK, "inbox/index", "inbox.title", bs)
}

func (c *Ctx) inboxPage() error {
	n, err := c.exposure()
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "inbox/page", "inbox.title", inboxData{Exposure: n})
}

// inboxImport classifies an uploaded or pasted export and logs every
// automatic hide, so that each one can be found and reversed.
func (c *Ctx) inboxImport() error {
	raw, err := c.inboxUpload()
	if err != nil {
		return err
	}
	rows, errs := parseComments(raw)
	d := inboxData{Errors: errs, Data: string(raw)}
	if len(rows) > inboxMax {
		d.Errors = append(d.Errors, c.T("inbox.too_many", inboxMax, len(rows)))
		rows = rows[:inboxMax]
	}
	if len(rows) == 0 && len(errs) == 0 {
		d.Errors = append(d.Errors, c.T("inbox.empty_import"))
	}
	cl, err := moderate.Default()
	if err != nil {
		return fmt.Errorf("web: inbox: %w", err)
	}
	p := moderate.DefaultPolicy()
	counts := map[string]int{}
	for _, r := range rows {
		res := cl.Classify(r.Text, r.Lang)
		dec := p.Decide(res)
		it := InboxItem{ID: r.ID, Author: r.Author, Network: r.Network, Text: r.Text, Label: string(res.Label),
			Score: strconv.FormatFloat(res.Score(res.Label), 'f', 2, 64), Sentiment: string(res.Sentiment),
			Hidden: dec.Hide, Auto: dec.Hide, Reason: res.Reason,
			Blur: res.Label == moderate.LabelHate || res.Label == moderate.LabelHarassment || res.Label == moderate.LabelToxic}
		if dec.Reason != "" {
			it.Reason = dec.Reason + " — " + res.Reason
		}
		counts[it.Label]++
		if it.Hidden {
			d.Hidden++
		}
		d.Items = append(d.Items, it)
	}
	for _, l := range moderate.Labels {
		if n := counts[string(l)]; n > 0 {
			d.Counts = append(d.Counts, InboxCount{Label: string(l), N: n})
		}
	}
	if d.Hidden > 0 {
		err := c.Tx(func(tx store.Store) error {
			for _, it := range d.Items {
				if it.Auto {
					if err := c.Audit(tx, "comment.autohide", "comment", 0, nil, commentAudit{ID: it.ID, Brand: c.Brand.ID, Label: it.Label, Hidden: true, Reason: it.Reason}); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("web: inbox: auditing automatic hides for brand %d: %w", c.Brand.ID, err)
		}
	}
	if d.Exposure, err = c.exposure(); err != nil {
		return err
	}
	return c.Render(http.StatusOK, "inbox/page", "inbox.title", d)
}

// commentAudit is what the audit log keeps about a comment's visibility.
type commentAudit struct {
	ID     string `json:"comment_id"`
	Brand  int64  `json:"brand_id"`
	Label  string `json:"label,omitempty"`
	Hidden bool   `json:"hidden"`
	Reason string `json:"reason,omitempty"`
}

// inboxVisibility hides or unhides one comment for a human and audits it;
// unhiding what the policy hid is the override the log must show.
func (c *Ctx) inboxVisibility() error {
	var in struct {
		ID     string `json:"id"`
		Hidden bool   `json:"hidden"`
		Label  string `json:"label"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	in.ID = strings.TrimSpace(in.ID)
	if in.ID == "" || len(in.ID) > 200 {
		return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_id"}
	}
	action := "comment.unhide"
	if in.Hidden {
		action = "comment.hide"
	}
	err := c.Tx(func(tx store.Store) error {
		return c.Audit(tx, action, "comment", 0, commentAudit{ID: in.ID, Brand: c.Brand.ID, Label: in.Label, Hidden: !in.Hidden},
			commentAudit{ID: in.ID, Brand: c.Brand.ID, Label: in.Label, Hidden: in.Hidden})
	})
	if err != nil {
		return fmt.Errorf("web: inbox: %s %q for brand %d: %w", action, in.ID, c.Brand.ID, err)
	}
	return c.JSON(http.StatusOK, map[string]any{"id": in.ID, "hidden": in.Hidden})
}

// inboxUpload returns the import: the uploaded file if any, else the
// pasted text.
func (c *Ctx) inboxUpload() ([]byte, error) {
	if strings.HasPrefix(c.R.Header.Get("Content-Type"), "multipart/form-data") {
		if err := c.R.ParseMultipartForm(1 << 20); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return nil, &Error{Status: http.StatusRequestEntityTooLarge, Key: "error.too_large"}
			}
			return nil, &Error{Status: http.StatusBadRequest, Key: "inbox.bad_upload"}
		}
		if f, _, err := c.R.FormFile("file"); err == nil {
			defer f.Close()
			b, err := io.ReadAll(f)
			if err != nil {
				return nil, &Error{Status: http.StatusBadRequest, Key: "inbox.bad_upload"}
			}
			if len(bytes.TrimSpace(b)) > 0 {
				return b, nil
			}
		}
	}
	return []byte(c.R.PostFormValue("data")), nil
}

// importedComment is one comment of an export.
type importedComment struct {
	ID, Author, Network, Lang, Text string
}

// parseComments reads JSON Lines ({"id","text","lang"?,"author"?,
// "network"?}) or, when the first character is not '{', a CSV with a
// header naming a text column (text, message, comment, content or body).
// Bad lines are reported with their number and skipped.
func parseComments(raw []byte) ([]importedComment, []string) {
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 {
		return nil, nil
	}
	if trimmed[0] == '{' {
		return parseCommentsJSONL(raw)
	}
	return parseCommentsCSV(raw)
}

func parseCommentsJSONL(raw []byte) ([]importedComment, []string) {
	var out []importedComment
	var errs []string
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var m struct {
			ID      json.RawMessage `json:"id"`
			Text    *string         `json:"text"`
			Lang    string          `json:"lang"`
			Author  string          `json:"author"`
			Network string          `json:"network"`
		}
		if err := json.Unmarshal(b, &m); err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		if m.Text == nil {
			errs = append(errs, fmt.Sprintf("line %d: missing \"text\"", line))
			continue
		}
		out = append(out, importedComment{ID: jsonID(m.ID, line), Author: m.Author, Network: m.Network, Lang: langOrEmpty(m.Lang), Text: *m.Text})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Sprintf("line %d: %v", line+1, err))
	}
	return out, errs
}

// jsonID turns an id of any JSON type into text; a missing id becomes the
// line number, so every comment can still be hidden and audited.
func jsonID(raw json.RawMessage, line int) string {
	var s string
	if json.Unmarshal(raw, &s) == nil && s != "" {
		return s
	}
	if t := strings.TrimSpace(string(raw)); t != "" && t != "null" {
		return t
	}
	return "line-" + strconv.Itoa(line)
}

func langOrEmpty(l string) string {
	if l == "fr" || l == "en" {
		return l
	}
	return ""
}

func parseCommentsCSV(raw []byte) ([]importedComment, []string) {
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	head, err := cr.Read()
	if err != nil {
		return nil, []string{fmt.Sprintf("CSV header: %v", err)}
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	pick := func(names ...string) int {
		for _, n := range names {
			if i, ok := col[n]; ok {
				return i
			}
		}
		return -1
	}
	ti := pick("text", "message", "comment", "content", "body")
	if ti < 0 {
		names := append([]string(nil), head...)
		sort.Strings(names)
		return nil, []string{fmt.Sprintf("CSV: no text column (text, message, comment, content or body) among %s", strings.Join(names, ", "))}
	}
	ii, ai, ni, li := pick("id", "comment_id"), pick("author", "user", "username"), pick("network"), pick("lang", "language")
	get := func(rec []string, i int) string {
		if i >= 0 && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var out []importedComment
	var errs []string
	for n := 2; ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs = append(errs, fmt.Sprintf("CSV record %d: %v", n, err))
			break
		}
		if ti >= len(rec) {
			errs = append(errs, fmt.Sprintf("CSV record %d: no text field", n))
			continue
		}
		id := get(rec, ii)
		if id == "" {
			id = "row-" + strconv.Itoa(n)
		}
		out = append(out, importedComment{ID: id, Author: get(rec, ai), Network: get(rec, ni), Lang: langOrEmpty(get(rec, li)), Text: rec[ti]})
	}
	return out, errs
}

// apiModerate is the classifier over HTTP, with the batch contract of
// `vigie moderate --jsonl`: {"comments":[{"id","text","lang"?}]} in,
// {"results":[{"id","label","hide","scores","reason","sentiment","lang","action"}]}
// out; a comment without text gets {"id","error"}.
func (c *Ctx) apiModerate() error {
	var in struct {
		Comments []struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
			Lang string          `json:"lang"`
		} `json:"comments"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	if len(in.Comments) > inboxMax {
		return &Error{Status: http.StatusRequestEntityTooLarge, Key: "inbox.too_many", Args: []any{inboxMax, len(in.Comments)}}
	}
	cl, err := moderate.Default()
	if err != nil {
		return fmt.Errorf("web: moderate: %w", err)
	}
	p := moderate.DefaultPolicy()
	type result struct {
		ID        json.RawMessage    `json:"id"`
		Label     string             `json:"label,omitempty"`
		Hide      bool               `json:"hide"`
		Scores    map[string]float64 `json:"scores,omitempty"`
		Reason    string             `json:"reason,omitempty"`
		Sentiment string             `json:"sentiment,omitempty"`
		Lang      string             `json:"lang,omitempty"`
		Action    string             `json:"action,omitempty"`
		Error     string             `json:"error,omitempty"`
	}
	out := make([]result, 0, len(in.Comments))
	for i, cm := range in.Comments {
		id := cm.ID
		if len(id) == 0 {
			id = json.RawMessage("null")
		}
		if cm.Text == nil {
			out = append(out, result{ID: id, Error: fmt.Sprintf("comment %d: missing \"text\"", i+1)})
			continue
		}
		if cm.Lang != "" && cm.Lang != "fr" && cm.Lang != "en" {
			out = append(out, result{ID: id, Error: fmt.Sprintf("comment %d: lang must be fr or en, not %q", i+1, cm.Lang)})
			continue
		}
		r := cl.Classify(*cm.Text, cm.Lang)
		d := p.Decide(r)
		reason := r.Reason
		if d.Reason != "" {
			reason = d.Reason + " — " + reason
		}
		out = append(out, result{ID: id, Label: string(r.Label), Hide: d.Hide, Scores: r.ScoreMap(), Reason: reason,
			Sentiment: string(r.Sentiment), Lang: r.Lang, Action: string(d.Action)})
	}
	return c.JSON(http.StatusOK, map[string]any{"results": out})
}
