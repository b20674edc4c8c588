package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/inbox"
	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radar/ingest"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
)

// The inbox worker stores the comments that connectors, scripts and the
// webhook publish on the stream's comments purpose, classified and
// audited exactly as a page import, and escalates each one to the radar
// as a mention of its brand.

func init() {
	RegisterWorker(Worker{Name: "inbox", Run: inboxWorker})
}

// inboxDurable is shared by every process: the comments stream is a work
// queue, each batch is stored once by whichever worker takes it.
const inboxDurable = "inbox"

func inboxWorker(ctx context.Context, d Deps) error { return runInbox(ctx, d) }

func runInbox(ctx context.Context, d Deps) error {
	cl, err := moderate.Default()
	if err != nil {
		return fmt.Errorf("app: inbox: moderation model: %w", err)
	}
	cons, err := d.Stream.Consume(ctx, stream.ConsumerSpec{Purpose: stream.Comments.Purpose, Durable: inboxDurable,
		Filter: inbox.Subject, AckWait: 2 * time.Minute},
		func(ctx context.Context, m stream.Msg) error {
			by := map[int64][]inbox.Comment{}
			var order []int64
			if bad := inbox.Decode(m.Data, func(c inbox.Comment) {
				if by[c.BrandID] == nil {
					order = append(order, c.BrandID)
				}
				by[c.BrandID] = append(by[c.BrandID], c)
			}); bad > 0 {
				d.Logger.Warn("app: inbox: malformed comments skipped", "count", bad, "seq", m.Sequence)
			}
			for _, id := range order {
				if err := storeInbox(ctx, d, cl, id, by[id]); err != nil {
					return err
				}
			}
			return nil
		})
	if err != nil {
		return fmt.Errorf("app: inbox: %w", err)
	}
	defer cons.Stop()
	inbox.SetSink(func(ctx context.Context, cs []inbox.Comment) error { return inbox.Publish(ctx, d.Stream, cs) })
	defer inbox.SetSink(nil)
	d.Logger.Info("app: inbox: listening", "consumer", inboxDurable)
	<-ctx.Done()
	return ctx.Err()
}

// storeInbox stores one brand's comments of a batch, then, unless the
// brand's policy turns escalation off, publishes them all (new or already
// stored) as mentions: a redelivered batch whose
// escalation failed the first time is escalated then, and the radar hub
// skips a mention id it has seen.
func storeInbox(ctx context.Context, d Deps, cl *moderate.Classifier, brandID int64, cs []inbox.Comment) error {
	b, err := d.Store.GetBrand(ctx, brandID)
	if err != nil {
		// A comment for a brand that does not exist (deleted, or a wrong
		// id from a connector) can never be stored: drop it, loudly.
		d.Logger.Warn("app: inbox: comments for an unknown brand dropped", "brand", brandID, "count", len(cs), "err", err)
		return nil
	}
	audit := func(tx store.Store, action string, cm store.Comment, reason string) error {
		after, err := json.Marshal(struct {
			ID     string `json:"comment_id"`
			Brand  int64  `json:"brand_id"`
			Label  string `json:"label,omitempty"`
			Hidden bool   `json:"hidden"`
			Action string `json:"action,omitempty"`
			Reason string `json:"reason,omitempty"`
		}{cm.ExternalID, cm.BrandID, cm.Label, cm.Hidden, cm.Action, reason})
		if err != nil {
			return err
		}
		return tx.AppendAudit(ctx, &brand.AuditEntry{WorkspaceID: b.WorkspaceID, Actor: "system", Action: action,
			Entity: "comment", EntityID: cm.ID, After: string(after), At: time.Now().UTC()})
	}
	store1 := func(cs []inbox.Comment) (inbox.Result, error) {
		var res inbox.Result
		err := d.Store.InTx(ctx, func(tx store.Store) error {
			var err error
			res, err = inbox.Store(ctx, tx, cl, brandID, cs, time.Now().UTC(), audit)
			return err
		})
		return res, err
	}
	res, err := store1(cs)
	if errors.Is(err, store.ErrInvalid) {
		// One comment the store refuses would otherwise block the whole
		// batch on every redelivery: store them one by one, drop the bad.
		res = inbox.Result{}
		for _, c := range cs {
			r, err := store1([]inbox.Comment{c})
			if errors.Is(err, store.ErrInvalid) {
				d.Logger.Warn("app: inbox: comment refused by the store", "brand", brandID, "id", c.ID, "err", err)
				continue
			} else if err != nil {
				return fmt.Errorf("app: inbox: storing comment %q for brand %d: %w", c.ID, brandID, err)
			}
			res.Added += r.Added
			res.Duplicates += r.Duplicates
			res.Escalate = r.Escalate
			res.Stored = append(res.Stored, r.Stored...)
		}
	} else if err != nil {
		return fmt.Errorf("app: inbox: storing %d comments for brand %d: %w", len(cs), brandID, err)
	}
	if !res.Escalate {
		// The brand's policy keeps its comments out of the radar.
		return nil
	}
	ms := make([]radar.Mention, 0, len(res.Stored))
	for _, cm := range res.Stored {
		// An empty comment (a sticker, a bare reaction) is no mention.
		if strings.TrimSpace(cm.Text) != "" {
			ms = append(ms, inbox.Mention(cm))
		}
	}
	if len(ms) == 0 {
		return nil
	}
	if err := ingest.PublishBatch(ctx, d.Stream, ms); err != nil {
		return fmt.Errorf("app: inbox: escalating %d comments of brand %d to the radar: %w", len(ms), brandID, err)
	}
	d.Logger.Debug("app: inbox: stored", "brand", brandID, "added", res.Added, "duplicates", res.Duplicates)
	return nil
}
