package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Comment is one comment, mention or DM in a brand's inbox.
type Comment struct {
	ID      int64
	BrandID int64
	Network string
	// ExternalID is the network's id; (BrandID, Network, ExternalID) is
	// unique so that a replayed import or webhook stores nothing new.
	ExternalID   string
	Author       string
	AuthorHandle string
	Text         string
	Lang         string
	Kind         string // comment, mention or dm
	ReceivedAt   time.Time
	// Label, Scores and Sentiment are the classifier's verdict at arrival.
	Label     string
	Scores    map[string]float64
	Sentiment string
	Hidden    bool
	// HiddenBy is "auto" for the brand's policy or a user id; it stays
	// set after an unhide so that the override can be read back.
	HiddenBy string
	// Action and Reason are the brand policy's decision at arrival
	// ("none", "flag" or "hide", and why), kept for the Inbox; a human
	// turns "flag" into "reviewed" (or flags a comment themselves).
	Action, Reason string
	Status         string // new, assigned, answered or closed
	Assignee       *int64
	AnsweredAt     *time.Time
	Reply          string
}

// CommentFilter narrows ListComments; zero fields match everything.
type CommentFilter struct {
	Label, Network, Status, Sentiment string
	// Unanswered keeps comments whose status is new or assigned.
	Unanswered bool
	// Hidden, when set, keeps hidden (true) or visible (false) comments.
	Hidden *bool
	// Author keeps one author's comments (handle, or name without a
	// handle: AuthorKey); Action keeps the policy's "flag" or "hide".
	Author, Action string
	// VIPFirst lists the comments of authors flagged vip first.
	VIPFirst bool
	// Limit defaults to 200 and is capped at 2000.
	Limit, Offset int
}

// CommentStore keeps the inbox. The SQL store implements it; callers
// reach it with a type assertion on Store, like RadarStore.
type CommentStore interface {
	// AddComment stores c and sets c.ID; it reports false, and changes
	// nothing, when the brand already has that network's external id (c.ID
	// is then the stored row's id).
	AddComment(ctx context.Context, c *Comment) (bool, error)
	// GetComment returns comment id of brand brandID, or ErrNotFound.
	GetComment(ctx context.Context, brandID, id int64) (Comment, error)
	// ListComments returns a brand's comments, newest first.
	ListComments(ctx context.Context, brandID int64, f CommentFilter) ([]Comment, error)
	// CountComments returns how many comments the filter keeps (ignoring
	// its Limit and Offset).
	CountComments(ctx context.Context, brandID int64, f CommentFilter) (int, error)
	// UpdateCommentState saves c's triage fields: Hidden, HiddenBy, Status,
	// Assignee, AnsweredAt, Reply and Action (a flag a human reviewed).
	UpdateCommentState(ctx context.Context, c *Comment) error
}

var _ CommentStore = (*sqlStore)(nil)

// Comment statuses and kinds, as the schema's CHECK constraints list them.
var (
	CommentStatuses = []string{"new", "assigned", "answered", "closed"}
	CommentKinds    = []string{"comment", "mention", "dm"}
	// CommentActions are the policy's decisions ("" for comments stored
	// before policies), and "reviewed": a flag a human has dealt with.
	CommentActions = []string{"", "none", "flag", "hide", "reviewed"}
)

func oneOf(v string, set []string) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}

// The comments' SQL is the same on both engines ($n placeholders, ON
// CONFLICT), so it lives here rather than in the per-engine files.
const (
	commentColumns = `id, brand_id, network, external_id, author, author_handle, text, lang, kind, received_at,
label, scores, sentiment, hidden, hidden_by, status, assignee, answered_at, reply, action, reason`
	commentInsert = `INSERT INTO comments (brand_id, network, external_id, author, author_handle, text, lang, kind, received_at,
label, scores, sentiment, hidden, hidden_by, status, assignee, answered_at, reply, action, reason)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
ON CONFLICT (brand_id, network, external_id) DO NOTHING RETURNING id`
	commentExisting = `SELECT id FROM comments WHERE brand_id = $1 AND network = $2 AND external_id = $3`
	commentGet      = `SELECT ` + commentColumns + ` FROM comments WHERE brand_id = $1 AND id = $2`
	commentUpdate   = `UPDATE comments SET hidden = $1, hidden_by = $2, status = $3, assignee = $4, answered_at = $5, reply = $6,
action = $7 WHERE brand_id = $8 AND id = $9`
)

func (s *sqlStore) AddComment(ctx context.Context, c *Comment) (bool, error) {
	c.ExternalID = strings.TrimSpace(c.ExternalID)
	c.Network = strings.ToLower(strings.TrimSpace(c.Network))
	if c.ExternalID == "" || len(c.ExternalID) > 200 {
		return false, invalid("add comment to brand %d: external id empty or over 200 bytes", c.BrandID)
	}
	// A reason is the policy's and the classifier's explanation: long
	// ones are cut (at a rune boundary), never refused.
	for len(c.Reason) > 2000 {
		_, n := utf8.DecodeLastRuneInString(c.Reason)
		c.Reason = c.Reason[:len(c.Reason)-n]
	}
	if len(c.Network) > 40 || len(c.Author) > 200 || len(c.AuthorHandle) > 200 || len(c.Text) > 20000 {
		return false, invalid("add comment %q to brand %d: network, author or text too long", c.ExternalID, c.BrandID)
	}
	if !utf8.ValidString(c.Text) || !utf8.ValidString(c.Author) || !utf8.ValidString(c.AuthorHandle) {
		return false, invalid("add comment %q to brand %d: text or author is not UTF-8", c.ExternalID, c.BrandID)
	}
	if c.Kind == "" {
		c.Kind = "comment"
	}
	if c.Status == "" {
		c.Status = "new"
	}
	if !oneOf(c.Kind, CommentKinds) || !oneOf(c.Status, CommentStatuses) || !oneOf(c.Action, CommentActions) {
		return false, invalid("add comment %q to brand %d: kind %q, status %q or action %q unknown", c.ExternalID, c.BrandID, c.Kind, c.Status, c.Action)
	}
	if strings.TrimSpace(c.Label) == "" {
		return false, invalid("add comment %q to brand %d: label is required", c.ExternalID, c.BrandID)
	}
	if c.ReceivedAt.IsZero() {
		c.ReceivedAt = now()
	}
	scores, err := json.Marshal(c.Scores)
	if err != nil || c.Scores == nil {
		scores = []byte("{}")
	}
	err = s.q.QueryRowContext(ctx, commentInsert, c.BrandID, c.Network, c.ExternalID, c.Author, c.AuthorHandle, c.Text, c.Lang, c.Kind,
		s.ts(c.ReceivedAt), c.Label, string(scores), c.Sentiment, c.Hidden, c.HiddenBy, c.Status, nullInt(c.Assignee), s.tsp(c.AnsweredAt), c.Reply, c.Action, c.Reason).Scan(&c.ID)
	if errors.Is(err, sql.ErrNoRows) {
		err = s.q.QueryRowContext(ctx, commentExisting, c.BrandID, c.Network, c.ExternalID).Scan(&c.ID)
		return false, wrap(err, "add comment %q (%s) to brand %d: read the stored one", c.ExternalID, c.Network, c.BrandID)
	}
	return err == nil, wrap(err, "add comment %q (%s) to brand %d", c.ExternalID, c.Network, c.BrandID)
}

func nullInt(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

type commentRow interface{ Scan(...any) error }

func scanComment(r commentRow) (Comment, error) {
	var c Comment
	var scores string
	var assignee sql.NullInt64
	err := r.Scan(&c.ID, &c.BrandID, &c.Network, &c.ExternalID, &c.Author, &c.AuthorHandle, &c.Text, &c.Lang, &c.Kind,
		timeScan{&c.ReceivedAt}, &c.Label, &scores, &c.Sentiment, &c.Hidden, &c.HiddenBy, &c.Status, &assignee,
		nullTimeScan{&c.AnsweredAt}, &c.Reply, &c.Action, &c.Reason)
	if err != nil {
		return c, err
	}
	if assignee.Valid {
		c.Assignee = &assignee.Int64
	}
	if scores != "" && scores != "{}" {
		if err := json.Unmarshal([]byte(scores), &c.Scores); err != nil {
			return c, err
		}
	}
	return c, nil
}

func (s *sqlStore) GetComment(ctx context.Context, brandID, id int64) (Comment, error) {
	c, err := scanComment(s.q.QueryRowContext(ctx, commentGet, brandID, id))
	if err != nil {
		return Comment{}, wrap(err, "get comment %d of brand %d", id, brandID)
	}
	return c, nil
}

// commentWhere builds the filter's WHERE clause and arguments.
func commentWhere(brandID int64, f CommentFilter) (string, []any) {
	var b strings.Builder
	args := []any{brandID}
	b.WriteString(" WHERE brand_id = $1")
	add := func(col, v string) {
		if v != "" {
			args = append(args, v)
			b.WriteString(" AND " + col + " = $" + strconv.Itoa(len(args)))
		}
	}
	add("label", f.Label)
	add("network", strings.ToLower(f.Network))
	add("status", f.Status)
	add("sentiment", f.Sentiment)
	if f.Unanswered {
		b.WriteString(" AND status IN ('new', 'assigned')")
	}
	if f.Hidden != nil {
		args = append(args, *f.Hidden)
		b.WriteString(" AND hidden = $" + strconv.Itoa(len(args)))
	}
	add("action", f.Action)
	if f.Author != "" {
		args = append(args, f.Author)
		n := strconv.Itoa(len(args))
		b.WriteString(" AND (author_handle = $" + n + " OR (author_handle = '' AND author = $" + n + "))")
	}
	return b.String(), args
}

func (s *sqlStore) ListComments(ctx context.Context, brandID int64, f CommentFilter) ([]Comment, error) {
	where, args := commentWhere(brandID, f)
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	limit = min(limit, 2000)
	args = append(args, limit, max(f.Offset, 0))
	order := ` ORDER BY received_at DESC, id DESC`
	if f.VIPFirst {
		order = ` ORDER BY ` + vipFirst + ` DESC, received_at DESC, id DESC`
	}
	q := `SELECT ` + commentColumns + ` FROM comments` + where + order + ` LIMIT $` +
		strconv.Itoa(len(args)-1) + ` OFFSET $` + strconv.Itoa(len(args))
	rows, err := s.q.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, wrap(err, "list comments of brand %d", brandID)
	}
	defer rows.Close()
	var out []Comment
	for rows.Next() {
		c, err := scanComment(rows)
		if err != nil {
			return nil, wrap(err, "list comments of brand %d", brandID)
		}
		out = append(out, c)
	}
	return out, wrap(rows.Err(), "list comments of brand %d", brandID)
}

// vipFirst is true for a comment whose author is flagged vip.
const vipFirst = `EXISTS (SELECT 1 FROM comment_authors a WHERE a.brand_id = comments.brand_id AND a.network = comments.network
AND a.author = CASE WHEN comments.author_handle <> '' THEN comments.author_handle ELSE comments.author END AND a.flag = 'vip')`

func (s *sqlStore) CountComments(ctx context.Context, brandID int64, f CommentFilter) (int, error) {
	where, args := commentWhere(brandID, f)
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM comments`+where, args...).Scan(&n)
	return n, wrap(err, "count comments of brand %d", brandID)
}

func (s *sqlStore) UpdateCommentState(ctx context.Context, c *Comment) error {
	if !oneOf(c.Status, CommentStatuses) {
		return invalid("update comment %d of brand %d: status %q unknown", c.ID, c.BrandID, c.Status)
	}
	if len(c.Reply) > 20000 {
		return invalid("update comment %d of brand %d: reply over 20000 bytes", c.ID, c.BrandID)
	}
	if !oneOf(c.Action, CommentActions) {
		return invalid("update comment %d of brand %d: action %q unknown", c.ID, c.BrandID, c.Action)
	}
	res, err := s.q.ExecContext(ctx, commentUpdate, c.Hidden, c.HiddenBy, c.Status, nullInt(c.Assignee), s.tsp(c.AnsweredAt), c.Reply,
		c.Action, c.BrandID, c.ID)
	return affected(res, err, "update comment %d of brand %d", c.ID, c.BrandID)
}
