package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radar/ingest"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
)

// The radar worker carries mentions from the stream into the process's
// radar hub (internal/radarhub), which the Radar page reads: imports and
// webhooks publish to the mentions stream, this worker consumes it,
// classifies, aggregates and runs the detector.

func init() {
	RegisterWorker(Worker{Name: "radar", Run: radarWorker})
}

// Intervals of the radar worker: how often brands' queries are re-read
// from the store (edits made through another process), and how often the
// detector closes buckets of brands that receive nothing.
const (
	radarQueryRefresh = 15 * time.Second
	radarTick         = 10 * time.Second
)

func radarWorker(ctx context.Context, d Deps) error {
	return runRadar(ctx, d, radarhub.Default())
}

// SentimentClassifier wires the moderation engine's sentiment into the
// radar: a mention is negative when the engine says so.
func SentimentClassifier() (ingest.Classifier, error) {
	c, err := moderate.Default()
	if err != nil {
		return nil, fmt.Errorf("app: radar: sentiment model: %w", err)
	}
	return func(text, lang string) ingest.Classification {
		r := c.Classify(text, lang)
		if lang == "" {
			lang = r.Lang
		}
		return ingest.Classification{Negative: r.Sentiment == moderate.SentimentNegative, Lang: lang}
	}, nil
}

func runRadar(ctx context.Context, d Deps, hub *radarhub.Hub) error {
	cls, err := SentimentClassifier()
	if err != nil {
		return err
	}
	hub.Classify = cls
	rs, ok := d.Store.(store.RadarStore)
	if !ok {
		return fmt.Errorf("app: radar: store %T keeps no radar queries", d.Store)
	}
	seeded, err := seedRadarDemo(ctx, d.Store, rs)
	if err != nil {
		d.Logger.Warn("app: radar: demo mentions", "err", err)
	}
	// Queries first: the replay below routes mentions with them.
	if err := loadRadarQueries(ctx, rs, hub); err != nil {
		return err
	}
	series, err := loadRadarSeries(ctx, d, hub)
	if err != nil {
		return err
	}
	defer func() {
		// Runs after the consumer has stopped (deferred below): the last
		// days are complete.
		fctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if err := series.flush(fctx, hub); err != nil {
			d.Logger.Warn("app: radar: flushing series at shutdown", "err", err)
		}
	}()
	hub.SetSink(func(ctx context.Context, ms []radar.Mention) error { return ingest.PublishBatch(ctx, d.Stream, ms) })
	defer hub.SetSink(nil)

	// Each process keeps its own view of the radar in memory, so each one
	// reads the whole stream: a consumer of its own, which starts from the
	// first retained mention (30 days) and so rebuilds the view after a
	// restart. Mention ids make a redelivery harmless. The server deletes
	// the consumer of a process gone for an hour. Nothing is acknowledged
	// (AckNone): a consumer that starts over at every start has no use
	// for redelivery, and the round trip per message was a cost.
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	durable := "radar_" + hex.EncodeToString(rnd[:])
	cons, err := d.Stream.Consume(ctx, stream.ConsumerSpec{Purpose: stream.Mentions.Purpose, Durable: durable,
		Filter: ingest.MentionsSubject, InactiveThreshold: time.Hour, AckNone: true},
		func(_ context.Context, m stream.Msg) error {
			var ms []radar.Mention
			if bad := ingest.DecodeBatch(m.Data, func(x radar.Mention) { ms = append(ms, x) }); bad > 0 {
				d.Logger.Warn("app: radar: malformed mentions skipped", "count", bad, "seq", m.Sequence)
			}
			hub.ProcessSeq(m.Sequence, ms)
			return nil
		})
	if err != nil {
		return fmt.Errorf("app: radar: %w", err)
	}
	defer cons.Stop()
	if seeded != nil {
		if err := hub.Publish(ctx, seeded); err != nil {
			d.Logger.Warn("app: radar: publishing demo mentions", "err", err)
		} else {
			d.Logger.Info("app: radar: demo mentions published", "count", len(seeded))
		}
	}
	d.Logger.Info("app: radar: listening", "consumer", durable)

	refresh := time.NewTicker(radarQueryRefresh)
	defer refresh.Stop()
	tick := time.NewTicker(radarTick)
	defer tick.Stop()
	flush := time.NewTicker(radarFlushEvery)
	defer flush.Stop()
	for {
		select {
		case <-flush.C:
			if err := series.flush(ctx, hub); err != nil && ctx.Err() == nil {
				d.Logger.Warn("app: radar", "err", err)
			}
		case <-ctx.Done():
			return ctx.Err()
		case <-refresh.C:
			if err := loadRadarQueries(ctx, rs, hub); err != nil && ctx.Err() == nil {
				d.Logger.Warn("app: radar: reloading queries", "err", err)
			}
		case <-tick.C:
			hub.Advance()
		}
	}
}

// loadRadarQueries gives the hub every brand's queries from the store; a
// brand whose queries were all deleted is emptied too.
func loadRadarQueries(ctx context.Context, rs store.RadarStore, hub *radarhub.Hub) error {
	qs, err := rs.ListRadarQueries(ctx, 0)
	if err != nil {
		return fmt.Errorf("app: radar: %w", err)
	}
	by := map[int64]map[string]string{}
	for _, q := range qs {
		if by[q.BrandID] == nil {
			by[q.BrandID] = map[string]string{}
		}
		by[q.BrandID][q.Name] = q.Query
	}
	for _, id := range hub.Brands() {
		if by[id] == nil {
			by[id] = map[string]string{}
		}
	}
	var errs []error
	for id, m := range by {
		if err := hub.SetQueries(id, m); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// demoBrands are the demo workspace's brands (internal/demo) and what the
// radar's demo says about them: Lumière had a bad buzz yesterday.
var demoBrands = map[string]radarhub.DemoBrand{
	"lumiere":   {Name: "Boulangerie Lumière", Tag: "#Lumiere", Lang: "fr"},
	"northwind": {Name: "Northwind Coffee", Tag: "#Northwind", Lang: "en"},
	"velo-vert": {Name: "Vélo Vert", Tag: "#VeloVert", Lang: "fr"},
}

// seedRadarDemo gives the demo workspace's brands a listening query and six
// days of generated mentions, once: only when the demo workspace exists
// and no brand has any radar query yet. It returns the mentions to publish.
func seedRadarDemo(ctx context.Context, st store.Store, rs store.RadarStore) ([]radar.Mention, error) {
	w, err := st.GetWorkspaceBySlug(ctx, "maree-haute")
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("app: radar demo: %w", err)
	}
	if qs, err := rs.ListRadarQueries(ctx, 0); err != nil || len(qs) > 0 {
		return nil, err
	}
	bs, err := st.ListBrands(ctx, w.ID)
	if err != nil {
		return nil, fmt.Errorf("app: radar demo: %w", err)
	}
	now := time.Now().UTC()
	var demo []radarhub.DemoBrand
	err = st.InTx(ctx, func(tx store.Store) error {
		for _, b := range bs {
			db, ok := demoBrands[b.Slug]
			if !ok {
				continue
			}
			if b.Slug == "lumiere" {
				db.BadBuzz = now.Add(-30 * time.Hour).Truncate(time.Hour)
			}
			q := store.RadarQuery{BrandID: b.ID, Name: "marque", Query: radarhub.DemoQuery(db)}
			if err := tx.(store.RadarStore).SaveRadarQuery(ctx, &q); err != nil {
				return err
			}
			demo = append(demo, db)
		}
		return nil
	})
	if err != nil || len(demo) == 0 {
		return nil, err
	}
	return radarhub.DemoMentions(uint64(now.Unix()/86400), demo, now, 6), nil
}
