// Package inbox is the Inbox's ingest shared by the page import, the
// signed webhook and the stream worker: classify each comment with the
// moderation engine and the default policy, store it idempotently, audit
// every automatic hide. It also carries comments over the stream's
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

// AuditFunc records the automatic hide of cm (already stored, cm.ID set)
// in tx; reason says which policy rule and which engine cue hid it.
type AuditFunc func(tx store.Store, cm store.Comment, reason string) error

// Result is what Store did.
type Result struct {
	Added, Duplicates int
	// Stored holds every comment of the batch as the store has it now
	// (new or already there), in input order, for the escalation.
	Stored []store.Comment
}

// Store classifies rows for brandID and stores them in tx, which should be
// a transaction so that a comment and its audit entry land together.
// Comments received without a time get now.
func Store(ctx context.Context, tx store.Store, cl *moderate.Classifier, brandID int64, rows []Comment, now time.Time, audit AuditFunc) (Result, error) {
	var out Result
	cs, ok := tx.(store.CommentStore)
	if !ok {
		return out, fmt.Errorf("inbox: store %T keeps no comments", tx)
	}
	p := moderate.DefaultPolicy()
	for _, r := range rows {
		res := cl.Classify(r.Text, r.Lang)
		dec := p.Decide(res)
		cm := store.Comment{BrandID: brandID, Network: r.Network, ExternalID: r.ID, Author: r.Author, AuthorHandle: r.Handle,
			Text: r.Text, Lang: res.Lang, Kind: r.Kind, ReceivedAt: r.ReceivedAt, Label: string(res.Label), Scores: res.ScoreMap(),
			Sentiment: string(res.Sentiment), Hidden: dec.Hide}
		if cm.ReceivedAt.IsZero() {
			cm.ReceivedAt = now
		}
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
		if dec.Hide && audit != nil {
			if err := audit(tx, cm, dec.Reason+" — "+res.Reason); err != nil {
				return out, err
			}
		}
	}
	return out, nil
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
