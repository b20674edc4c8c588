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
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/inbox"
	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/verify"
)

// The inbox: comments imported (JSONL/CSV) or pushed (signed webhook) are
// classified by the moderation engine under the brand's policy and stored,
// idempotently on their external id. The page lists them with filters,
// triage statuses, assignment, an SLA timer on unanswered comments and
// bulk actions; every automatic hide and every human change is audited in
// the same transaction as the change, so each one can be found and
// reversed. Hateful text is blurred until a moderator chooses to read it,
// and each reveal counts towards that person's exposure. A reply goes out
// only after the Verify engine has checked it against the brand's facts;
// a reply with findings needs an explicit, audited override.
// POST /api/v1/moderate is the classifier over HTTP.

// inboxMax bounds one import: an audit burst and a transaction that stay
// small.
const inboxMax = 2000

// inboxPageMax is how many comments the page lists at once.
const inboxPageMax = 300

// InboxItem is one stored comment as the page shows it.
type InboxItem struct {
	ID        int64
	Ext       string
	Author    string
	Network   string
	Kind      string
	Text      string
	Label     string
	Score     string
	Sentiment string
	Status    string
	Assignee  string
	Reply     string
	Hidden    bool
	Auto      bool // hidden by the policy
	Blur      bool // hostile text, blurred until revealed
	Waiting   bool // unanswered and visible: the SLA timer runs
	// Action and Reason are the policy's decision at arrival; Flagged is
	// a comment the policy put in front of a human.
	Action, Reason string
	Flagged        bool
	// AuthorKey is the author's handle (or name); Who the author's stored
	// history, nil when unknown.
	AuthorKey string
	Who       *inboxAuthor
	// Suggest is the reply draft ({author} left in, for the form), with
	// what Verify found in it once personalised; SuggestNone says the
	// label calls for no reply.
	Suggest     string
	SuggestKind string
	SuggestNone bool
	Findings    []verify.Finding
	Overdue     bool
	Age         string
	Received    string
}

// inboxAuthor is an author's badge and history on the page.
type inboxAuthor struct {
	store.CommentAuthor
	// Repeat marks a repeat offender: Recent hidden comments (-1 when not
	// counted) within the policy's Days, at its threshold.
	Repeat       bool
	Recent, Days int
	FlagBy       string // who set the flag, by name
	Filter       string // the page's URL for this author's comments
}

// InboxCount is how many stored comments carry a label.
type InboxCount struct {
	Label string
	N     int
}

// inboxFilter is the page's query string.
type inboxFilter struct {
	Label, Network, Status, Sentiment string
	Unanswered                        bool
	// Author keeps one author's comments (with Network, on one network);
	// Action the policy's "flag" or "hide" (query "policy", since the bulk
	// form's "action" is the action to run).
	Author, Action string
}

func (f inboxFilter) query() string {
	v := url.Values{}
	for k, x := range map[string]string{"label": f.Label, "network": f.Network, "status": f.Status, "sentiment": f.Sentiment,
		"author": f.Author, "policy": f.Action} {
		if x != "" {
			v.Set(k, x)
		}
	}
	if f.Unanswered {
		v.Set("unanswered", "1")
	}
	return v.Encode()
}

func (f inboxFilter) store() store.CommentFilter {
	return store.CommentFilter{Label: f.Label, Network: f.Network, Status: f.Status, Sentiment: f.Sentiment, Unanswered: f.Unanswered,
		Author: f.Author, Action: f.Action, VIPFirst: true, Limit: inboxPageMax}
}

// parseInboxFilter keeps only known values, so that the query string never
// reaches SQL or the page unchecked.
func parseInboxFilter(q url.Values) inboxFilter {
	var f inboxFilter
	for _, l := range moderate.Labels {
		if q.Get("label") == string(l) {
			f.Label = string(l)
		}
	}
	if s := q.Get("status"); oneOfStr(s, store.CommentStatuses) {
		f.Status = s
	}
	if s := q.Get("sentiment"); s == "positive" || s == "neutral" || s == "negative" {
		f.Sentiment = s
	}
	if n := strings.ToLower(strings.TrimSpace(q.Get("network"))); len(n) <= 40 {
		f.Network = n
	}
	f.Unanswered = q.Get("unanswered") == "1"
	if a := strings.TrimSpace(q.Get("author")); len(a) <= 200 {
		f.Author = a
	}
	if a := q.Get("policy"); a == "flag" || a == "hide" {
		f.Action = a
	}
	return f
}

func oneOfStr(v string, set []string) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}

// inboxMember is a workspace member a comment can be assigned to.
type inboxMember struct {
	ID   int64
	Name string
}

type inboxData struct {
	Items    []InboxItem
	Counts   []InboxCount
	Total    int
	Shown    int
	Hidden   int
	Overdue  int
	Errors   []string
	Data     string
	Exposure int // hostile comments this moderator revealed in the last 7 days
	Filter   inboxFilter
	Query    string
	Members  []inboxMember
	Labels   []string
	Statuses []string
	// Sentiments are the classifier's, for the filter.
	Sentiments []string
	// Imported and Duplicates summarise the import just made.
	Imported, Duplicates int
	DidImport            bool
	// Blocked lists replies refused by Verify, with their findings.
	Blocked []inboxBlocked
	Reply   string
	SLA     string
	// Phrase offers LLM phrasing of the suggestions (a provider is
	// configured and the user may answer).
	Phrase bool
}

// inboxBlocked is a reply Verify found problems in.
type inboxBlocked struct {
	Comment  string
	Reply    string
	Findings []verify.Finding
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

// comments is the store's inbox side.
func (c *Ctx) comments(st store.Store) (store.CommentStore, error) {
	cs, ok := st.(store.CommentStore)
	if !ok {
		return nil, fmt.Errorf("web: inbox: store %T keeps no comments", st)
	}
	return cs, nil
}

// inboxReveal records that the moderator read a blurred hostile comment,
// for the per-person exposure count, and returns the new count.
func (c *Ctx) inboxReveal() error {
	var in struct {
		ID    int64  `json:"id"`
		Label string `json:"label"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	cm, err := c.inboxComment(c.Store(), in.ID)
	if err != nil {
		return err
	}
	err = c.Tx(func(tx store.Store) error {
		return c.Audit(tx, "comment.reveal", "comment", cm.ID, nil, commentAudit{ID: cm.ExternalID, Brand: c.Brand.ID, Label: cm.Label})
	})
	if err != nil {
		return fmt.Errorf("web: inbox: reveal %d for brand %d: %w", in.ID, c.Brand.ID, err)
	}
	n, err := c.exposure()
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"id": in.ID, "exposure": n})
}

// inboxComment loads one of the brand's comments; another brand's id is
// not found.
func (c *Ctx) inboxComment(st store.Store, id int64) (store.Comment, error) {
	if id <= 0 {
		return store.Comment{}, &Error{Status: http.StatusBadRequest, Key: "inbox.bad_id"}
	}
	cs, err := c.comments(st)
	if err != nil {
		return store.Comment{}, err
	}
	cm, err := cs.GetComment(c.R.Context(), c.Brand.ID, id)
	if errors.Is(err, store.ErrNotFound) {
		return cm, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	if err != nil {
		return cm, fmt.Errorf("web: inbox: comment %d of brand %d: %w", id, c.Brand.ID, err)
	}
	return cm, nil
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
	d := inboxData{Filter: parseInboxFilter(c.R.URL.Query())}
	if err := c.inboxFill(&d); err != nil {
		return err
	}
	return c.Render(http.StatusOK, "inbox/page", "inbox.title", d)
}

// inboxFill loads the filtered list, the counts, the members and the
// exposure count into d.
func (c *Ctx) inboxFill(d *inboxData) error {
	ctx := c.R.Context()
	cs, err := c.comments(c.Store())
	if err != nil {
		return err
	}
	d.Query = d.Filter.query()
	d.Statuses = store.CommentStatuses
	d.Sentiments = []string{"negative", "neutral", "positive"}
	sp, _, err := inbox.LoadSettings(ctx, c.Store(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: inbox: %w", err)
	}
	sla := inbox.SLA(sp)
	d.SLA = formatAge(sla)
	for _, l := range moderate.Labels {
		d.Labels = append(d.Labels, string(l))
	}
	ms, err := c.Store().ListMembers(ctx, c.Workspace.ID)
	if err != nil {
		return fmt.Errorf("web: inbox: members of workspace %d: %w", c.Workspace.ID, err)
	}
	names := map[int64]string{}
	for _, m := range ms {
		n := m.User.Name
		if n == "" {
			n = m.User.Email
		}
		names[m.UserID] = n
		d.Members = append(d.Members, inboxMember{ID: m.UserID, Name: n})
	}
	sort.Slice(d.Members, func(i, j int) bool { return d.Members[i].Name < d.Members[j].Name })
	for _, l := range d.Labels {
		n, err := cs.CountComments(ctx, c.Brand.ID, store.CommentFilter{Label: l})
		if err != nil {
			return fmt.Errorf("web: inbox: %w", err)
		}
		if n > 0 {
			d.Counts = append(d.Counts, InboxCount{Label: l, N: n})
			d.Total += n
		}
	}
	yes := true
	if d.Hidden, err = cs.CountComments(ctx, c.Brand.ID, store.CommentFilter{Hidden: &yes}); err != nil {
		return fmt.Errorf("web: inbox: %w", err)
	}
	if d.Shown, err = cs.CountComments(ctx, c.Brand.ID, d.Filter.store()); err != nil {
		return fmt.Errorf("web: inbox: %w", err)
	}
	list, err := cs.ListComments(ctx, c.Brand.ID, d.Filter.store())
	if err != nil {
		return fmt.Errorf("web: inbox: %w", err)
	}
	now := c.s.now()
	sg, err := c.inboxSuggester()
	if err != nil {
		return err
	}
	who, err := c.inboxAuthors(list, sp, names)
	if err != nil {
		return err
	}
	for _, cm := range list {
		it := inboxItem(cm, now, sla)
		if it.AuthorKey != "" {
			it.Who = who[store.AuthorRef{Network: cm.Network, Author: it.AuthorKey}]
		}
		if it.Waiting {
			if err := sg.suggest(c, &it, cm); err != nil {
				return err
			}
		}
		if cm.Assignee != nil {
			it.Assignee = names[*cm.Assignee]
		}
		if it.Overdue {
			d.Overdue++
		}
		d.Items = append(d.Items, it)
	}
	if c.Can(string(brand.RoleEditor)) {
		cl, err := c.inboxLLM()
		if err != nil {
			return fmt.Errorf("web: inbox: AI provider of workspace %d: %w", c.workspaceID(), err)
		}
		d.Phrase = cl != nil
	}
	d.Exposure, err = c.exposure()
	return err
}

// inboxSuggester drafts verified replies from the brand's FAQ and facts.
type inboxSuggester struct {
	ix    *moderate.ReplyIndex
	facts []verify.Fact
}

func (c *Ctx) inboxSuggester() (*inboxSuggester, error) {
	facts, err := c.vfFacts()
	if err != nil {
		return nil, err
	}
	faq, err := c.Store().ListFAQ(c.R.Context(), c.Brand.ID)
	if err != nil {
		return nil, fmt.Errorf("web: inbox: FAQ of brand %d: %w", c.Brand.ID, err)
	}
	docs := make([]moderate.ReplyDoc, 0, len(faq)+len(facts))
	for _, e := range faq {
		docs = append(docs, moderate.ReplyDoc{ID: "faq:" + strconv.FormatInt(e.ID, 10), Question: e.Question, Answer: e.Answer, Lang: e.Lang})
	}
	for _, f := range facts {
		if f.Text != "" {
			docs = append(docs, moderate.ReplyDoc{ID: "fact:" + f.ID, Answer: f.Text})
		}
	}
	return &inboxSuggester{ix: moderate.NewReplyIndex(docs), facts: facts}, nil
}

// suggest fills it's reply draft and Verify's findings on it.
func (sg *inboxSuggester) suggest(c *Ctx, it *InboxItem, cm store.Comment) error {
	s := moderate.Suggest(sg.ix, moderate.Result{Label: moderate.Label(cm.Label), Lang: cm.Lang}, cm.Text)
	it.SuggestKind, it.SuggestNone = s.Kind, s.None
	if s.None {
		return nil
	}
	it.Suggest = s.Text
	reply, spans := personalise(s.Text, cm)
	res, err := verify.Check(c.R.Context(), verify.Input{Lang: cm.Lang, Facts: sg.facts, Post: reply, Now: c.s.now()})
	if err != nil && !errors.Is(err, verify.ErrTooLong) {
		return fmt.Errorf("web: inbox: verifying the suggestion for comment %d: %w", cm.ID, err)
	}
	it.Findings = replyFindings(res.Findings, spans)
	return nil
}

func inboxItem(cm store.Comment, now time.Time, sla time.Duration) InboxItem {
	l := moderate.Label(cm.Label)
	it := InboxItem{ID: cm.ID, Ext: cm.ExternalID, Author: cm.Author, Network: cm.Network, Kind: cm.Kind, Text: cm.Text, Label: cm.Label,
		Score: strconv.FormatFloat(cm.Scores[cm.Label], 'f', 2, 64), Sentiment: cm.Sentiment, Status: cm.Status, Reply: cm.Reply,
		Hidden: cm.Hidden, Auto: cm.Hidden && cm.HiddenBy == "auto", Received: cm.ReceivedAt.UTC().Format("2006-01-02 15:04"),
		Blur:   l == moderate.LabelHate || l == moderate.LabelHarassment || l == moderate.LabelToxic,
		Action: cm.Action, Reason: cm.Reason, Flagged: cm.Action == string(moderate.ActionFlag), AuthorKey: store.AuthorKey(cm)}
	if cm.Author == "" {
		it.Author = cm.AuthorHandle
	}
	if (cm.Status == "new" || cm.Status == "assigned") && !cm.Hidden {
		age := now.Sub(cm.ReceivedAt)
		it.Waiting, it.Overdue, it.Age = true, age > sla, formatAge(age)
	}
	return it
}

// formatAge is a short, language-neutral duration: "3 d 4 h", "2 h 05",
// "12 min".
func formatAge(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	m := int(d / time.Minute)
	switch {
	case m >= 24*60:
		return fmt.Sprintf("%d d %d h", m/(24*60), m%(24*60)/60)
	case m >= 60:
		return fmt.Sprintf("%d h %02d", m/60, m%60)
	}
	return fmt.Sprintf("%d min", m)
}

// inboxImport classifies an uploaded or pasted export under the brand's
// policy and stores it in one transaction; comments already stored (same
// network and external id) are left as they are, so an import can be
// replayed. Every automatic hide is audited with its reason.
func (c *Ctx) inboxImport() error {
	raw, err := c.inboxUpload()
	if err != nil {
		return err
	}
	rows, errs := parseComments(raw)
	d := inboxData{Errors: errs, DidImport: true}
	if len(rows) > inboxMax {
		d.Errors = append(d.Errors, c.T("inbox.too_many", inboxMax, len(rows)))
		rows = rows[:inboxMax]
	}
	if len(rows) == 0 && len(errs) == 0 {
		d.Errors = append(d.Errors, c.T("inbox.empty_import"))
	}
	rows, bad := checkImported(rows)
	d.Errors = append(d.Errors, bad...)
	added, dup, err := c.storeComments(rows)
	if err != nil {
		return err
	}
	d.Imported, d.Duplicates = added, dup
	if len(d.Errors) > 0 {
		d.Data = string(raw)
	}
	if err := c.inboxFill(&d); err != nil {
		return err
	}
	return c.Render(http.StatusOK, "inbox/page", "inbox.title", d)
}

// checkImported drops, with a message, the rows the store would refuse, so
// that one bad row does not cancel the whole import.
func checkImported(rows []importedComment) ([]importedComment, []string) {
	var ok []importedComment
	var bad []string
	for _, r := range rows {
		switch {
		case len(strings.TrimSpace(r.ID)) > 200:
			bad = append(bad, fmt.Sprintf("comment %.40q…: id over 200 bytes", r.ID))
		case len(r.Text) > 20000 || len(r.Author) > 200 || len(r.Handle) > 200 || len(strings.TrimSpace(r.Network)) > 40:
			bad = append(bad, fmt.Sprintf("comment %q: text over 20000 bytes, author over 200 or network over 40", r.ID))
		case !utf8.ValidString(r.Text) || !utf8.ValidString(r.Author) || !utf8.ValidString(r.Handle):
			bad = append(bad, fmt.Sprintf("comment %q: not UTF-8", r.ID))
		default:
			ok = append(ok, r)
		}
	}
	return ok, bad
}

// storeComments classifies rows and stores them for c.Brand in one
// transaction, auditing every automatic hide; it returns how many were new
// and how many were already there.
func (c *Ctx) storeComments(rows []importedComment) (added, dup int, err error) {
	if len(rows) == 0 {
		return 0, 0, nil
	}
	cl, err := moderate.Default()
	if err != nil {
		return 0, 0, fmt.Errorf("web: inbox: %w", err)
	}
	audit := func(tx store.Store, action string, cm store.Comment, reason string) error {
		return c.Audit(tx, action, "comment", cm.ID, nil,
			commentAudit{ID: cm.ExternalID, Brand: c.Brand.ID, Label: cm.Label, Hidden: cm.Hidden, HiddenBy: cm.HiddenBy, Action: cm.Action, Reason: reason})
	}
	var res inbox.Result
	err = c.Tx(func(tx store.Store) error {
		var err error
		res, err = inbox.Store(c.R.Context(), tx, cl, c.Brand.ID, incoming(c.Brand.ID, rows), c.s.now(), audit)
		return err
	})
	if err != nil {
		if errors.Is(err, store.ErrInvalid) {
			return 0, 0, &Error{Status: http.StatusUnprocessableEntity, Key: "inbox.bad_comment", Args: []any{err.Error()}}
		}
		return 0, 0, fmt.Errorf("web: inbox: storing %d comments for brand %d: %w", len(rows), c.Brand.ID, err)
	}
	if res.Escalate {
		c.escalateComments(res.Stored)
	}
	return res.Added, res.Duplicates, nil
}

// escalateComments hands the stored comments to the radar as mentions of
// the brand, as the stream worker does. The comments are stored already,
// so a failure is logged, not shown as a failed import; a process that
// runs no radar worker has nothing to hand them to. The hub skips a
// mention id it has seen, so a replayed import counts each comment once.
func (c *Ctx) escalateComments(cs []store.Comment) {
	ms := make([]radar.Mention, 0, len(cs))
	for _, cm := range cs {
		if strings.TrimSpace(cm.Text) != "" {
			ms = append(ms, inbox.Mention(cm))
		}
	}
	if len(ms) == 0 {
		return
	}
	err := radarHub().Publish(c.R.Context(), ms)
	if err != nil && !errors.Is(err, radarhub.ErrNoSink) && c.s.log != nil {
		c.s.log.Warn("web: inbox: escalating comments to the radar", "brand", c.Brand.ID, "count", len(ms), "err", err)
	}
}

// incoming converts parsed rows to the shared ingest's comments.
func incoming(brandID int64, rows []importedComment) []inbox.Comment {
	cs := make([]inbox.Comment, len(rows))
	for i, r := range rows {
		cs[i] = inbox.Comment{BrandID: brandID, ID: r.ID, Network: r.Network, Author: r.Author, Handle: r.Handle,
			Lang: r.Lang, Kind: r.Kind, Text: r.Text, ReceivedAt: r.At}
	}
	return cs
}

// commentAudit is what the audit log keeps about a comment's state.
type commentAudit struct {
	ID       string `json:"comment_id"`
	Brand    int64  `json:"brand_id"`
	Label    string `json:"label,omitempty"`
	Hidden   bool   `json:"hidden"`
	HiddenBy string `json:"hidden_by,omitempty"`
	Action   string `json:"action,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Status   string `json:"status,omitempty"`
	Assignee *int64 `json:"assignee,omitempty"`
	Reply    string `json:"reply,omitempty"`
	// Findings are Verify's messages on a reply sent by override.
	Findings []string `json:"findings,omitempty"`
}

func auditOf(cm store.Comment) commentAudit {
	return commentAudit{ID: cm.ExternalID, Brand: cm.BrandID, Label: cm.Label, Hidden: cm.Hidden, HiddenBy: cm.HiddenBy,
		Action: cm.Action, Status: cm.Status, Assignee: cm.Assignee, Reply: cm.Reply}
}

// inboxVisibility hides or unhides one comment for a human and audits it;
// unhiding what the policy hid is the override the log must show.
func (c *Ctx) inboxVisibility() error {
	var in struct {
		ID     int64 `json:"id"`
		Hidden bool  `json:"hidden"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	action := "unhide"
	if in.Hidden {
		action = "hide"
	}
	if _, err := c.inboxApply(action, []int64{in.ID}, inboxArgs{}); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"id": in.ID, "hidden": in.Hidden})
}

// inboxArgs are the bulk form's parameters beyond the action and ids.
type inboxArgs struct {
	Assignee *int64
	Reply    string
	Override bool
}

// inboxBulk applies one action to the selected comments: hide and unhide
// (reviewer+), flag for review and mark reviewed, assign, close and
// reopen (reviewer+), answer with a
// template (editor+, verified). All of it lands in one transaction.
func (c *Ctx) inboxBulk() error {
	if err := c.R.ParseForm(); err != nil {
		return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_upload"}
	}
	f := c.R.PostForm
	back := parseInboxFilter(f)
	var ids []int64
	for _, s := range f["id"] {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_id"}
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return &Error{Status: http.StatusBadRequest, Key: "inbox.none_selected"}
	}
	if len(ids) > inboxPageMax {
		return &Error{Status: http.StatusRequestEntityTooLarge, Key: "inbox.too_many", Args: []any{inboxPageMax, len(ids)}}
	}
	var a inboxArgs
	if s := f.Get("assignee"); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_assignee"}
		}
		a.Assignee = &id
	}
	a.Reply = strings.TrimSpace(f.Get("reply"))
	a.Override = f.Get("override") == "1"
	blocked, err := c.inboxApply(f.Get("action"), ids, a)
	if err != nil {
		return err
	}
	if len(blocked) > 0 {
		d := inboxData{Filter: back, Blocked: blocked, Reply: a.Reply}
		if err := c.inboxFill(&d); err != nil {
			return err
		}
		return c.Render(http.StatusUnprocessableEntity, "inbox/page", "inbox.title", d)
	}
	u := fmt.Sprintf("/brands/%d/inbox", c.Brand.ID)
	if q := back.query(); q != "" {
		u += "?" + q
	}
	return c.Redirect(u, "inbox.done")
}

// inboxApply runs action on the comments ids of c.Brand. An answer whose
// reply Verify finds problems in is not applied, unless a.Override: then
// the override is audited with the findings. It returns the blocked
// replies (and then changes nothing).
func (c *Ctx) inboxApply(action string, ids []int64, a inboxArgs) ([]inboxBlocked, error) {
	switch action {
	case "hide", "unhide", "assign", "close", "reopen", "flag", "dismiss":
		if !c.Can(string(brand.RoleReviewer)) {
			return nil, &Error{Status: http.StatusForbidden, Key: "error.forbidden"}
		}
	case "answer":
		if !c.Can(string(brand.RoleEditor)) {
			return nil, &Error{Status: http.StatusForbidden, Key: "error.forbidden"}
		}
		if a.Reply == "" {
			return nil, &Error{Status: http.StatusBadRequest, Key: "inbox.reply_required"}
		}
	default:
		return nil, &Error{Status: http.StatusBadRequest, Key: "inbox.bad_action"}
	}
	if action == "assign" && a.Assignee != nil {
		m, err := c.Store().GetMembership(c.R.Context(), c.Workspace.ID, *a.Assignee)
		if err != nil || m.UserID != *a.Assignee {
			return nil, &Error{Status: http.StatusBadRequest, Key: "inbox.bad_assignee"}
		}
	}
	var facts []verify.Fact
	if action == "answer" {
		var err error
		if facts, err = c.vfFacts(); err != nil {
			return nil, err
		}
	}
	var blocked []inboxBlocked
	now := c.s.now()
	who := strconv.FormatInt(c.User.ID, 10)
	err := c.Tx(func(tx store.Store) error {
		cs, err := c.comments(tx)
		if err != nil {
			return err
		}
		for _, id := range ids {
			cm, err := c.inboxComment(tx, id)
			if err != nil {
				return err
			}
			before := auditOf(cm)
			verb := "comment." + action
			var findings []string
			switch action {
			case "hide":
				if cm.Hidden {
					continue
				}
				cm.Hidden, cm.HiddenBy = true, who
			case "unhide":
				if !cm.Hidden {
					continue
				}
				// HiddenBy stays: the log and the row say who had hidden it.
				cm.Hidden = false
			case "assign":
				cm.Assignee = a.Assignee
				switch {
				case a.Assignee != nil && cm.Status == "new":
					cm.Status = "assigned"
				case a.Assignee == nil && cm.Status == "assigned":
					cm.Status = "new"
				}
			case "flag":
				// A human puts a comment in the review queue (?policy=flag).
				if cm.Action == "flag" {
					continue
				}
				cm.Action = "flag"
			case "dismiss":
				// The flag was dealt with; the audit entry keeps that it was
				// one, and "flag" puts it back.
				if cm.Action != "flag" {
					continue
				}
				cm.Action = "reviewed"
			case "close":
				cm.Status = "closed"
			case "reopen":
				cm.Status, cm.AnsweredAt = "new", nil
				if cm.Assignee != nil {
					cm.Status = "assigned"
				}
			case "answer":
				reply, spans := personalise(a.Reply, cm)
				res, err := verify.Check(c.R.Context(), verify.Input{Lang: cm.Lang, Facts: facts, Post: reply, Now: now})
				if errors.Is(err, verify.ErrTooLong) {
					return &Error{Status: http.StatusUnprocessableEntity, Key: "inbox.reply_long"}
				}
				if err != nil {
					return fmt.Errorf("verifying the reply to comment %d: %w", id, err)
				}
				if fs := replyFindings(res.Findings, spans); len(fs) > 0 {
					if !a.Override {
						blocked = append(blocked, inboxBlocked{Comment: cm.Text, Reply: reply, Findings: fs})
						continue
					}
					verb = "comment.answer_override"
					for _, fd := range fs {
						findings = append(findings, fd.Kind+": "+fd.Text+" — "+fd.Message)
					}
				}
				cm.Status, cm.Reply, cm.AnsweredAt = "answered", reply, &now
			}
			if err := cs.UpdateCommentState(c.R.Context(), &cm); err != nil {
				return err
			}
			if action == "hide" || action == "unhide" {
				if err := c.authorHidden(tx, cm, action == "hide"); err != nil {
					return err
				}
			}
			after := auditOf(cm)
			after.Findings = findings
			if err := c.Audit(tx, verb, "comment", cm.ID, before, after); err != nil {
				return err
			}
		}
		if len(blocked) > 0 {
			return errBlocked
		}
		return nil
	})
	if errors.Is(err, errBlocked) {
		return blocked, nil
	}
	var we *Error
	if errors.As(err, &we) {
		return nil, we
	}
	if err != nil {
		return nil, fmt.Errorf("web: inbox: %s on %d comments of brand %d: %w", action, len(ids), c.Brand.ID, err)
	}
	return nil, nil
}

// authorHidden keeps the author's hidden count in step with a human hide
// or unhide, so that repeat offenders are counted from what stays hidden.
func (c *Ctx) authorHidden(tx store.Store, cm store.Comment, hide bool) error {
	key := store.AuthorKey(cm)
	as, ok := tx.(store.AuthorStore)
	if key == "" || !ok {
		return nil
	}
	delta := -1
	if hide {
		delta = 1
	}
	err := as.AddAuthorHidden(c.R.Context(), c.Brand.ID, cm.Network, key, delta)
	if errors.Is(err, store.ErrNotFound) {
		// Stored before author history existed: nothing to keep in step.
		return nil
	}
	return err
}

// errBlocked rolls the bulk transaction back when a reply was refused, so
// that a bulk answer is all sent or not at all.
var errBlocked = errors.New("web: inbox: a reply has findings")

// personalise fills the template's {author} placeholders and returns the
// reply with the spans, in code points, where the author's name went.
func personalise(tpl string, cm store.Comment) (string, [][2]int) {
	who := cm.Author
	if who == "" {
		who = cm.AuthorHandle
	}
	tpl = strings.TrimSpace(tpl)
	var b strings.Builder
	var spans [][2]int
	n := 0
	for {
		i := strings.Index(tpl, "{author}")
		if i < 0 {
			b.WriteString(tpl)
			break
		}
		b.WriteString(tpl[:i])
		n += utf8.RuneCountInString(tpl[:i])
		b.WriteString(who)
		spans = append(spans, [2]int{n, n + utf8.RuneCountInString(who)})
		n += utf8.RuneCountInString(who)
		tpl = tpl[i+len("{author}"):]
	}
	return b.String(), spans
}

// replyFindings drops the findings that lie inside the author's name: the
// person being answered is known from the comment, not from the facts.
func replyFindings(fs []verify.Finding, spans [][2]int) []verify.Finding {
	var out []verify.Finding
next:
	for _, f := range fs {
		for _, sp := range spans {
			if f.Start >= sp[0] && f.End <= sp[1] {
				continue next
			}
		}
		out = append(out, f)
	}
	return out
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
	ID, Author, Handle, Network, Lang, Kind, Text string
	At                                            time.Time // zero when the export has none
}

// parseComments reads JSON Lines ({"id","text","lang"?,"author"?,
// "author_handle"?,"network"?,"kind"?,"received_at"?}) or, when the first character is not '{', a CSV with a
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
			Handle  string          `json:"author_handle"`
			Network string          `json:"network"`
			Kind    string          `json:"kind"`
			At      string          `json:"received_at"`
		}
		if err := json.Unmarshal(b, &m); err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		if m.Text == nil {
			errs = append(errs, fmt.Sprintf("line %d: missing \"text\"", line))
			continue
		}
		at, err := parseReceived(m.At)
		if err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		kind, err := parseKind(m.Kind)
		if err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		out = append(out, importedComment{ID: jsonID(m.ID, line), Author: m.Author, Handle: m.Handle, Network: m.Network, Kind: kind,
			Lang: langOrEmpty(m.Lang), Text: *m.Text, At: at})
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

// parseReceived reads an export's date: RFC 3339, or "2006-01-02 15:04:05"
// and "2006-01-02T15:04:05" taken as UTC; empty is the zero time (now).
func parseReceived(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("received_at %q is not a date (RFC 3339 or 2006-01-02 15:04:05)", s)
}

// parseKind checks a comment's kind; empty is a comment.
func parseKind(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "":
		return "comment", nil
	case "comment", "mention", "dm":
		return s, nil
	}
	return "", fmt.Errorf("kind %q is not comment, mention or dm", s)
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
	hi, ki, ri := pick("author_handle", "handle"), pick("kind", "type"), pick("received_at", "created_at", "date")
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
		at, err := parseReceived(get(rec, ri))
		if err != nil {
			errs = append(errs, fmt.Sprintf("CSV record %d: %v", n, err))
			continue
		}
		kind, err := parseKind(get(rec, ki))
		if err != nil {
			errs = append(errs, fmt.Sprintf("CSV record %d: %v", n, err))
			continue
		}
		out = append(out, importedComment{ID: id, Author: get(rec, ai), Handle: get(rec, hi), Network: get(rec, ni), Kind: kind,
			Lang: langOrEmpty(get(rec, li)), Text: rec[ti], At: at})
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
