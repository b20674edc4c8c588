// Package inbox is the Inbox's ingest shared by the page import, the
// signed webhook and the stream worker: classify each comment with the
// moderation engine under the brand's policy and its authors' history,
// store it idempotently, audit every automatic action. It also carries comments over the stream's
// "comments" purpose, so that network connectors can push there.
package inbox

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
)

// Comment is one incoming comment, as the stream carries it (one JSON
// object per line) and as the import and webhook parse it.
type Comment struct {
	BrandID    int64     `json:"brand_id"`
	ID         string    `json:"id"`
	Network    string    `json:"network,omitempty"`
	Author     string    `json:"author,omitempty"`
	Handle     string    `json:"author_handle,omitempty"`
	Lang       string    `json:"lang,omitempty"`
	Kind       string    `json:"kind,omitempty"`
	Text       string    `json:"text"`
	ReceivedAt time.Time `json:"received_at,omitzero"`
}

// AuditFunc records an automatic action on cm (already stored, cm.ID
// set) in tx: action is "comment.autohide", or "comment.autoflag" when the
// author's standing (VIP, repeat offender, blocked) changed the policy's
// decision; reason says which rule and which engine cue.
type AuditFunc func(tx store.Store, action string, cm store.Comment, reason string) error

// Result is what Store did.
type Result struct {
	Added, Duplicates int
	// Stored holds every comment of the batch as the store has it now
	// (new or already there), in input order, for the escalation.
	Stored []store.Comment
	// Escalate is the brand policy's switch: send the comments to the
	// radar or not.
	Escalate bool
}

// author is what Store knows of one author during a batch.
type author struct {
	flag   string
	hidden int // hidden comments now, all times (the stored count)
	// times are when their hidden comments were received, from the
	// earliest window of the batch on; loaded the first time needed.
	times  []time.Time
	loaded bool
}

// Store classifies rows for brandID under the brand's stored policy (the
// default when none) and each author's standing, and stores them in tx,
// which should be a transaction so that a comment, its author's history
// and its audit entry land together. Comments received without a time get
// now.
func Store(ctx context.Context, tx store.Store, cl *moderate.Classifier, brandID int64, rows []Comment, now time.Time, audit AuditFunc) (Result, error) {
	var out Result
	cs, ok := tx.(store.CommentStore)
	as, ok2 := tx.(store.AuthorStore)
	if !ok || !ok2 {
		return out, fmt.Errorf("inbox: store %T keeps no comments or authors", tx)
	}
	sp, _, err := LoadSettings(ctx, tx, brandID)
	if err != nil {
		return out, err
	}
	out.Escalate = sp.Escalate
	p := PolicyOf(sp)
	window := time.Duration(sp.RepeatDays) * 24 * time.Hour
	// The repeat window ends at each comment's own time (an old export
	// is judged as it happened); history is read from the earliest one.
	earliest := now
	for _, r := range rows {
		if !r.ReceivedAt.IsZero() && r.ReceivedAt.Before(earliest) {
			earliest = r.ReceivedAt
		}
	}
	since := earliest.Add(-window)
	authors, err := knownAuthors(ctx, as, brandID, rows)
	if err != nil {
		return out, err
	}
	for _, r := range rows {
		res := cl.Classify(r.Text, r.Lang)
		cm := store.Comment{BrandID: brandID, Network: r.Network, ExternalID: r.ID, Author: r.Author, AuthorHandle: r.Handle,
			Text: r.Text, Lang: res.Lang, Kind: r.Kind, ReceivedAt: r.ReceivedAt, Label: string(res.Label), Scores: res.ScoreMap(),
			Sentiment: string(res.Sentiment)}
		if cm.ReceivedAt.IsZero() {
			cm.ReceivedAt = now
		}
		ref := store.AuthorRef{Network: normNetwork(r.Network), Author: store.AuthorKey(cm)}
		a := authors[ref]
		var standing moderate.Standing
		if ref.Author != "" {
			standing, err = standingOf(ctx, as, brandID, ref, &a, sp, since, cm.ReceivedAt)
			if err != nil {
				return out, err
			}
			authors[ref] = a
		}
		dec, changed := p.DecideFor(res, standing)
		cm.Hidden, cm.Action, cm.Reason = dec.Hide, string(dec.Action), dec.Reason
		if dec.Hide {
			cm.HiddenBy = "auto"
		}
		isNew, err := cs.AddComment(ctx, &cm)
		if err != nil {
			return out, fmt.Errorf("inbox: comment %q of brand %d: %w", r.ID, brandID, err)
		}
		out.Stored = append(out.Stored, cm)
		if !isNew {
			out.Duplicates++
			continue
		}
		out.Added++
		if ref.Author != "" {
			hostile := res.Label == moderate.LabelHate || res.Label == moderate.LabelHarassment || res.Label == moderate.LabelToxic
			name := r.Author
			if len(name) > 200 {
				name = ""
			}
			if err := as.RecordAuthorComment(ctx, brandID, cm.Network, ref.Author, name, cm.ReceivedAt, cm.Hidden, hostile); err != nil {
				return out, fmt.Errorf("inbox: comment %q of brand %d: %w", r.ID, brandID, err)
			}
			if cm.Hidden {
				a.hidden++
				if a.loaded {
					a.times = append(a.times, cm.ReceivedAt)
				}
			}
			authors[ref] = a
		}
		if audit == nil || !(dec.Hide || changed) {
			continue
		}
		action := "comment.autohide"
		if !dec.Hide {
			action = "comment.autoflag"
		}
		if err := audit(tx, action, cm, dec.Reason+" — "+res.Reason); err != nil {
			return out, err
		}
	}
	return out, nil
}

// normNetwork is the store's form of a network name.
func normNetwork(n string) string { return strings.ToLower(strings.TrimSpace(n)) }

// knownAuthors loads, in a few queries, the stored history of the batch's
// authors.
func knownAuthors(ctx context.Context, as store.AuthorStore, brandID int64, rows []Comment) (map[store.AuthorRef]author, error) {
	seen := map[store.AuthorRef]bool{}
	var refs []store.AuthorRef
	for _, r := range rows {
		ref := store.AuthorRef{Network: normNetwork(r.Network), Author: store.AuthorKey(store.Comment{Author: r.Author, AuthorHandle: r.Handle})}
		if ref.Author != "" && len(ref.Author) <= 200 && !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	known, err := as.AuthorsOf(ctx, brandID, refs)
	if err != nil {
		return nil, fmt.Errorf("inbox: authors of brand %d: %w", brandID, err)
	}
	out := make(map[store.AuthorRef]author, len(refs))
	for _, ref := range refs {
		k := known[ref]
		out[ref] = author{flag: k.Flag, hidden: k.Hidden}
	}
	return out, nil
}

// standingOf works out an author's standing under the policy for a
// comment received at: their hidden comments received in the window
// ending then. The history is read once per author, and only for authors
// who could be repeat offenders (enough hidden comments in all).
func standingOf(ctx context.Context, as store.AuthorStore, brandID int64, ref store.AuthorRef, a *author, sp store.ModerationPolicy, since, at time.Time) (moderate.Standing, error) {
	s := moderate.Standing{VIP: a.flag == "vip", Blocked: a.flag == "blocked", Days: sp.RepeatDays}
	if sp.RepeatHidden <= 0 || a.hidden < sp.RepeatHidden {
		return s, nil
	}
	if !a.loaded {
		ts, err := as.AuthorHiddenTimes(ctx, brandID, ref.Network, ref.Author, since)
		if err != nil {
			return s, fmt.Errorf("inbox: history of author %q: %w", ref.Author, err)
		}
		a.times, a.loaded = ts, true
	}
	from := at.Add(-time.Duration(sp.RepeatDays) * 24 * time.Hour)
	for _, t := range a.times {
		if !t.Before(from) && !t.After(at) {
			s.Recent++
		}
	}
	s.Repeat = s.Recent >= sp.RepeatHidden
	return s, nil
}

// Subject is where batches of comments are published, below the stream's
// "comments" purpose.
const Subject = "batch"

// Encode writes comments as JSON Lines, the stream's message format, and
// returns a message id derived from the content, so that the same batch
// published twice within the stream's window is stored once.
func Encode(cs []Comment) ([]byte, string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range cs {
		if err := enc.Encode(&cs[i]); err != nil {
			return nil, "", fmt.Errorf("inbox: encoding comment %q: %w", cs[i].ID, err)
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	return buf.Bytes(), "comments-" + hex.EncodeToString(sum[:12]), nil
}

// Decode reads a message of the stream, calling fn for each comment and
// counting the lines that are not a comment (no brand or no id; an empty
// text is a comment, as in an import).
func Decode(data []byte, fn func(Comment)) (bad int) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var c Comment
		if err := json.Unmarshal(line, &c); err != nil || c.BrandID <= 0 || c.ID == "" {
			bad++
			continue
		}
		fn(c)
	}
	if sc.Err() != nil {
		bad++
	}
	return bad
}

// Publish puts comments on the stream's comments purpose for the inbox
// worker.
func Publish(ctx context.Context, st *stream.Stream, cs []Comment) error {
	if len(cs) == 0 {
		return nil
	}
	data, id, err := Encode(cs)
	if err != nil {
		return err
	}
	if _, err := st.Publish(ctx, st.Subject(stream.Comments.Purpose, Subject), data, id); err != nil {
		return fmt.Errorf("inbox: publishing %d comments: %w", len(cs), err)
	}
	return nil
}

// The sink lets the web process publish to the stream without holding it:
// the inbox worker of the same process sets it while it runs, as the
// radar's hub does for mentions. Without a worker the web stores directly.
var (
	sinkMu sync.RWMutex
	sink   func(ctx context.Context, cs []Comment) error
)

// SetSink installs (or, with nil, removes) the process's comment sink.
func SetSink(fn func(ctx context.Context, cs []Comment) error) {
	sinkMu.Lock()
	sink = fn
	sinkMu.Unlock()
}

// ErrNoSink is returned by Send when no worker of this process consumes
// the stream: the caller stores the comments itself.
var ErrNoSink = errors.New("inbox: no stream sink in this process")

// Send hands comments to the process's sink.
func Send(ctx context.Context, cs []Comment) error {
	sinkMu.RLock()
	fn := sink
	sinkMu.RUnlock()
	if fn == nil {
		return ErrNoSink
	}
	return fn(ctx, cs)
}

// Mention turns a stored comment into a radar mention, so that comments
// also count in the brand's radar series (a flood of hostile comments is
// a bad buzz too). The id is stable: the radar hub skips a mention it has
// already seen, so escalating a comment twice counts it once.
func Mention(cm store.Comment) radar.Mention {
	author := cm.AuthorHandle
	if author == "" {
		author = cm.Author
	}
	return radar.Mention{
		ID:      "comment:" + strconv.FormatInt(cm.BrandID, 10) + ":" + cm.Network + ":" + cm.ExternalID,
		Network: cm.Network,
		Author:  author,
		Text:    cm.Text,
		Time:    cm.ReceivedAt,
		Lang:    cm.Lang,
	}
}
