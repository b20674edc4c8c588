// Package ingest brings mentions into the radar: it routes each one to the
// brands and queries it matches, classifies it, and adds it to their
// series, in process or through the mentions stream.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/stream"
)

// Classification is what the radar needs to know about a mention's text.
type Classification struct {
	Negative bool
	Lang     string
}

// Classifier labels a mention's text; the server wires the moderation
// engine's sentiment here.
type Classifier func(text, lang string) Classification

// BrandQueries are one brand's listening queries.
type BrandQueries struct {
	Brand   string
	Queries map[string]*radar.Query // by query name
}

// Ingester classifies mentions and adds them to the series of every brand
// and query they match: series key "brand" and "brand/query". Brands and
// Agg must not change once Process has been called.
type Ingester struct {
	Classify Classifier
	Brands   []BrandQueries
	Agg      *radar.Aggregator

	processed atomic.Int64
	matched   atomic.Int64
	routes    []brandRoute
	// batchDone, when set, hears after each batch Consume processed.
	batchDone func()
}

// brandRoute is a brand's queries with their series resolved once: a
// lookup by key per mention and query was a tenth of the ingest's time.
type brandRoute struct {
	series  *radar.Series
	queries []queryRoute
}

type queryRoute struct {
	q      *radar.Query
	series *radar.Series
}

func (in *Ingester) resolve() {
	for _, b := range in.Brands {
		r := brandRoute{series: in.Agg.Series(b.Brand)}
		names := make([]string, 0, len(b.Queries))
		for name := range b.Queries {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			r.queries = append(r.queries, queryRoute{b.Queries[name], in.Agg.Series(b.Brand + "/" + name)})
		}
		in.routes = append(in.routes, r)
	}
}

// Process handles one mention.
func (in *Ingester) Process(m radar.Mention) {
	if in.routes == nil {
		in.resolve()
	}
	in.processed.Add(1)
	var doc *radar.Doc
	var cls *Classification
	for _, b := range in.routes {
		hit := false
		for _, qr := range b.queries {
			if doc == nil {
				doc = radar.NewDoc(m.Text)
			}
			if !qr.q.MatchDoc(doc) {
				continue
			}
			if cls == nil {
				// Classify only what some brand listens to.
				c := Classification{Lang: m.Lang}
				if in.Classify != nil {
					c = in.Classify(m.Text, m.Lang)
				}
				cls = &c
			}
			o := radar.Observation{Time: m.Time, Author: m.Author, Reach: m.Reach, Negative: cls.Negative}
			qr.series.Add(o)
			if !hit {
				b.series.Add(o)
				hit = true
			}
		}
		if hit {
			in.matched.Add(1)
		}
	}
}

// Counts returns how many mentions were processed and matched a brand.
func (in *Ingester) Counts() (processed, matched int64) {
	return in.processed.Load(), in.matched.Load()
}

// MentionsSubject is where batches of mentions are published, below the
// stream's "mentions" purpose.
const MentionsSubject = "batch"

// EncodeBatch writes mentions as JSON Lines, the stream's message format:
// one message carries many mentions, because a JetStream acknowledgement
// per mention would cost more than processing it.
func EncodeBatch(ms []radar.Mention) ([]byte, string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range ms {
		if err := enc.Encode(&ms[i]); err != nil {
			return nil, "", fmt.Errorf("radar ingest: encoding mention %s: %w", ms[i].ID, err)
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	return buf.Bytes(), hex.EncodeToString(sum[:16]), nil
}

// DecodeBatch calls fn for each mention of a batch; a line that is not a
// valid mention is skipped and counted.
func DecodeBatch(data []byte, fn func(radar.Mention)) (bad int) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for sc.Scan() {
		var m radar.Mention
		if !decodeFast(sc.Bytes(), &m) {
			m = radar.Mention{}
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				bad++
				continue
			}
		}
		if m.Validate() != nil {
			bad++
			continue
		}
		fn(m)
	}
	return bad
}

// PublishBatch publishes one batch on the mentions stream; the batch's
// content hash de-duplicates a retried publish.
func PublishBatch(ctx context.Context, st *stream.Stream, ms []radar.Mention) error {
	data, id, err := EncodeBatch(ms)
	if err != nil {
		return err
	}
	if _, err := st.Publish(ctx, st.Subject(stream.Mentions.Purpose, MentionsSubject), data, id); err != nil {
		return fmt.Errorf("radar ingest: %w", err)
	}
	return nil
}

// Consume runs the ingester on the mentions stream until the consumer is
// stopped. Mentions are processed one batch at a time, in order. The
// consumer acknowledges nothing (stream.ConsumerSpec.AckNone): a
// synchronous acknowledgement per batch cost more wall time than the
// batch itself on a loaded machine, and aggregates are rebuilt by reading
// the stream again, not by redelivery.
func (in *Ingester) Consume(ctx context.Context, st *stream.Stream, durable string) (*stream.Consumer, error) {
	var mu sync.Mutex
	return st.Consume(ctx, stream.ConsumerSpec{Purpose: stream.Mentions.Purpose, Durable: durable, Filter: MentionsSubject, AckNone: true},
		func(_ context.Context, msg stream.Msg) error {
			mu.Lock()
			defer mu.Unlock()
			DecodeBatch(msg.Data, in.Process)
			if in.batchDone != nil {
				in.batchDone()
			}
			return nil
		})
}
