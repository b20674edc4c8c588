package app

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radar/ingest"
	"github.com/vigie-cm/vigie/internal/radar/live"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

// The live worker follows each brand's live sources (radar_sources, edited
// on the brand's Radar sources page): a Bluesky Jetstream connection and a
// Mastodon streaming connection per hashtag (and the public timeline if
// asked), each filtered by the brand's queries, publishing what it keeps
// on the mentions stream like an import. It re-reads the settings and the
// queries every liveRefresh, restarts a client whose settings changed,
// and writes each source's status (connected, last event, last error,
// Jetstream cursor) so that every web process can show it and a restart
// resumes where the stream stopped.

func init() {
	RegisterWorker(Worker{Name: "radar-live", Run: liveWorker})
}

// Intervals of the live worker (tests shorten them).
var (
	liveRefresh     = 5 * time.Second
	liveStatusEvery = 2 * time.Second
	// liveRetry is the pause before a client stopped by a publish failure
	// is started again; the clients' own reconnections back off from
	// liveMinBackoff to a minute.
	liveRetry      = 5 * time.Second
	liveMinBackoff = time.Second
)

// Source names, as stored in radar_source_status.
const (
	sourceJetstream = "jetstream"
	sourceMastodon  = "mastodon"
)

func liveWorker(ctx context.Context, d Deps) error {
	ss, ok := d.Store.(store.RadarSourceStore)
	if !ok {
		return fmt.Errorf("app: radar live: store %T keeps no radar sources", d.Store)
	}
	rq, ok := d.Store.(store.RadarStore)
	if !ok {
		return fmt.Errorf("app: radar live: store %T keeps no radar queries", d.Store)
	}
	m := &liveManager{d: d, ss: ss, rq: rq, clients: map[string]*liveClient{}, status: map[statusKey]*liveStatus{}}
	m.queries.Store(&map[int64][]*radar.Query{})
	stored, err := ss.ListRadarSourceStatus(ctx, 0)
	if err != nil {
		return fmt.Errorf("app: radar live: %w", err)
	}
	for _, st := range stored {
		// Only the cursor carries over: what was connected is not any more.
		m.statusOf(st.BrandID, st.Source).row.Cursor = st.Cursor
	}
	defer m.shutdown()
	refresh := time.NewTicker(liveRefresh)
	defer refresh.Stop()
	flush := time.NewTicker(liveStatusEvery)
	defer flush.Stop()
	apply := func() {
		if err := m.apply(ctx); err != nil && ctx.Err() == nil {
			d.Logger.Warn("app: radar live", "err", err)
		}
	}
	apply()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-refresh.C:
			apply()
		case <-flush.C:
			m.flushStatus(ctx)
		}
	}
}

type statusKey struct {
	brandID int64
	source  string
}

// liveStatus is one source of one brand as the page shows it. A Mastodon
// source runs a connection per hashtag: it is connected while any is.
type liveStatus struct {
	mu    sync.Mutex
	row   store.RadarSourceStatus
	open  int
	dirty bool
	jet   *live.Jetstream // the cursor's source, for Jetstream
}

func (s *liveStatus) update(fn func(r *store.RadarSourceStatus)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fn(&s.row)
	s.dirty = true
}

func (s *liveStatus) connected() {
	s.update(func(r *store.RadarSourceStatus) { s.open++; r.Connected = true })
}

func (s *liveStatus) disconnected(err error) {
	s.update(func(r *store.RadarSourceStatus) {
		s.open = max(s.open-1, 0)
		r.Connected = s.open > 0
	})
	if err != nil {
		s.failed(err)
	}
}

func (s *liveStatus) failed(err error) {
	now := time.Now().UTC()
	s.update(func(r *store.RadarSourceStatus) { r.LastError, r.LastErrorAt = err.Error(), &now })
}

func (s *liveStatus) event() {
	now := time.Now().UTC()
	s.update(func(r *store.RadarSourceStatus) { r.Events++; r.LastEventAt = &now })
}

// liveClient is one running connection.
type liveClient struct {
	fingerprint string
	cancel      context.CancelFunc
	done        chan struct{}
}

type liveManager struct {
	d       Deps
	ss      store.RadarSourceStore
	rq      store.RadarStore
	queries atomic.Pointer[map[int64][]*radar.Query]
	box     *secret.Box
	boxErr  error
	boxOnce sync.Once

	clients map[string]*liveClient // by brand/source/stream
	statMu  sync.Mutex
	status  map[statusKey]*liveStatus
}

func (m *liveManager) statusOf(brandID int64, source string) *liveStatus {
	m.statMu.Lock()
	defer m.statMu.Unlock()
	k := statusKey{brandID, source}
	s := m.status[k]
	if s == nil {
		s = &liveStatus{row: store.RadarSourceStatus{BrandID: brandID, Source: source}}
		m.status[k] = s
	}
	return s
}

func (m *liveManager) openBox() (*secret.Box, error) {
	m.boxOnce.Do(func() {
		if m.d.Config.SecretKey == "" && m.d.Config.Data == "" {
			m.boxErr = errors.New("app: radar live: no secret key or data folder to open tokens with")
			return
		}
		m.box, m.boxErr = secret.Open(m.d.Config.SecretKey, m.d.Config.Data)
	})
	return m.box, m.boxErr
}

// matching lists the brands among ids whose current queries match the
// mention: a client's filter, and whom its status credits.
func (m *liveManager) matching(ids []int64, x radar.Mention) []int64 {
	all := *m.queries.Load()
	var doc *radar.Doc
	var out []int64
	for _, id := range ids {
		for _, q := range all[id] {
			if doc == nil {
				doc = radar.NewDoc(x.Text)
			}
			if q.MatchDoc(doc) {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

// keep is the filter of a brand's clients: the brand's current queries.
func (m *liveManager) keep(brandID int64) func(radar.Mention) bool {
	ids := []int64{brandID}
	return func(x radar.Mention) bool { return len(m.matching(ids, x)) > 0 }
}

// sink publishes a kept mention on the mentions stream, as an import
// does; the radar worker routes it to every brand whose queries match.
func (m *liveManager) sink(st *liveStatus) func(context.Context, radar.Mention) error {
	return func(ctx context.Context, x radar.Mention) error {
		if err := ingest.PublishBatch(ctx, m.d.Stream, []radar.Mention{x}); err != nil {
			return err
		}
		st.event()
		return nil
	}
}

// apply reads the settings and queries and makes the running clients
// match them.
func (m *liveManager) apply(ctx context.Context) error {
	qrows, err := m.rq.ListRadarQueries(ctx, 0)
	if err != nil {
		return fmt.Errorf("app: radar live: %w", err)
	}
	qs := map[int64][]*radar.Query{}
	for _, r := range qrows {
		q, err := radar.ParseQuery(r.Query)
		if err != nil {
			continue // the page refuses these; an old row must not stop the others
		}
		qs[r.BrandID] = append(qs[r.BrandID], q)
	}
	m.queries.Store(&qs)
	rows, err := m.ss.ListRadarSources(ctx)
	if err != nil {
		return fmt.Errorf("app: radar live: %w", err)
	}
	want := map[string]func(context.Context) error{}
	prints := map[string]string{}
	active := map[statusKey]bool{}
	jet := map[string][]int64{} // brands by Jetstream endpoint
	for _, r := range rows {
		if r.JetstreamOn {
			jet[r.JetstreamURL] = append(jet[r.JetstreamURL], r.BrandID)
			active[statusKey{r.BrandID, sourceJetstream}] = true
		}
		for key, run := range m.plan(r) {
			want[key] = run.run
			prints[key] = run.fingerprint
			active[statusKey{r.BrandID, sourceMastodon}] = true
		}
	}
	// One connection per Jetstream endpoint, whatever the number of brands
	// on it: the firehose is read and decoded once, and each brand's
	// queries pick their posts from it.
	for url, ids := range jet {
		key := sourceJetstream + "|" + url
		want[key] = m.jetstream(url, ids)
		prints[key] = fmt.Sprint(ids)
	}
	for key, c := range m.clients {
		if fp, ok := prints[key]; !ok || fp != c.fingerprint {
			c.cancel()
			<-c.done
			delete(m.clients, key)
		}
	}
	keys := make([]string, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		if m.clients[key] != nil {
			continue
		}
		cctx, cancel := context.WithCancel(ctx)
		c := &liveClient{fingerprint: prints[key], cancel: cancel, done: make(chan struct{})}
		m.clients[key] = c
		run := want[key]
		go func() {
			defer close(c.done)
			m.d.Logger.Info("app: radar live: source started", "source", key)
			for {
				err := run(cctx)
				if cctx.Err() != nil {
					return
				}
				if err != nil {
					m.d.Logger.Warn("app: radar live: source stopped, restarting", "source", key, "err", err)
				}
				select {
				case <-cctx.Done():
					return
				case <-time.After(liveRetry):
				}
			}
		}()
	}
	// A source turned off is no longer connected.
	m.statMu.Lock()
	for k, st := range m.status {
		if active[k] {
			continue
		}
		st.mu.Lock()
		if st.row.Connected || st.open > 0 {
			st.row.Connected, st.open, st.dirty = false, 0, true
		}
		st.jet = nil
		st.mu.Unlock()
	}
	m.statMu.Unlock()
	return nil
}

type plannedClient struct {
	fingerprint string
	run         func(context.Context) error
}

// jetstream runs one Jetstream connection for the brands ids (sorted by
// the caller's row order: by brand id). It resumes from the earliest
// cursor the brands have stored (repeats are dropped downstream by id), and
// reports to every brand's status; a post counts for the brands it matches.
func (m *liveManager) jetstream(url string, ids []int64) func(context.Context) error {
	sts := make([]*liveStatus, len(ids))
	for i, id := range ids {
		sts[i] = m.statusOf(id, sourceJetstream)
	}
	byID := map[int64]*liveStatus{}
	for i, id := range ids {
		byID[id] = sts[i]
	}
	return func(ctx context.Context) error {
		var cursor int64
		for _, st := range sts {
			st.mu.Lock()
			if c := st.row.Cursor; c > 0 && (cursor == 0 || c < cursor) {
				cursor = c
			}
			st.mu.Unlock()
		}
		j := &live.Jetstream{URL: url, Cursor: cursor, MinBackoff: liveMinBackoff,
			Keep: func(x radar.Mention) bool { return len(m.matching(ids, x)) > 0 },
			Sink: func(ctx context.Context, x radar.Mention) error {
				if err := ingest.PublishBatch(ctx, m.d.Stream, []radar.Mention{x}); err != nil {
					return err
				}
				for _, id := range m.matching(ids, x) {
					byID[id].event()
				}
				return nil
			},
			OnConnect: func() {
				for _, st := range sts {
					st.connected()
				}
			},
			OnDisconnect: func(err error) {
				for _, st := range sts {
					st.disconnected(err)
				}
			},
			OnError: func(err error) {
				for _, st := range sts {
					st.failed(err)
				}
			},
		}
		for _, st := range sts {
			st.mu.Lock()
			st.jet = j
			st.mu.Unlock()
		}
		return j.Run(ctx)
	}
}

// plan lists the Mastodon clients a brand's settings ask for, by key
// (Jetstream connections are per endpoint, see jetstream).
func (m *liveManager) plan(r store.RadarSources) map[string]plannedClient {
	out := map[string]plannedClient{}
	if r.MastodonOn {
		st := m.statusOf(r.BrandID, sourceMastodon)
		fp := r.MastodonURL + " " + r.MastodonTokenSealed
		token := ""
		if r.MastodonTokenSealed != "" {
			box, err := m.openBox()
			if err == nil {
				token, err = box.Open(r.MastodonTokenSealed, live.TokenPurpose(r.BrandID))
			}
			if err != nil {
				st.failed(fmt.Errorf("app: radar live: the Mastodon token of brand %d does not open (secret key changed?): %w", r.BrandID, err))
				return out
			}
		}
		streams := append([]string(nil), r.MastodonTags...)
		if r.MastodonPublic {
			streams = append(streams, "") // the public timeline
		}
		for _, tag := range streams {
			name := "public"
			if tag != "" {
				name = "#" + tag
			}
			out[fmt.Sprintf("%d/%s/%s", r.BrandID, sourceMastodon, name)] = plannedClient{fingerprint: fp, run: func(ctx context.Context) error {
				c := &live.Mastodon{Server: r.MastodonURL, Hashtag: tag, Token: token, Keep: m.keep(r.BrandID), Sink: m.sink(st),
					MinBackoff: liveMinBackoff, OnConnect: st.connected, OnDisconnect: st.disconnected,
					OnError: func(err error) {
						if !strings.Contains(err.Error(), "stream ended") {
							st.failed(err)
						}
					}}
				return c.Run(ctx)
			}}
		}
	}
	return out
}

// flushStatus writes the statuses that changed (and the Jetstream cursor).
func (m *liveManager) flushStatus(ctx context.Context) {
	m.statMu.Lock()
	all := make([]*liveStatus, 0, len(m.status))
	for _, s := range m.status {
		all = append(all, s)
	}
	m.statMu.Unlock()
	for _, s := range all {
		s.mu.Lock()
		if s.jet != nil {
			if pos := s.jet.Position(); pos != s.row.Cursor {
				s.row.Cursor, s.dirty = pos, true
			}
		}
		if !s.dirty {
			s.mu.Unlock()
			continue
		}
		row := s.row
		row.UpdatedAt = time.Time{}
		s.dirty = false
		s.mu.Unlock()
		if err := m.ss.SaveRadarSourceStatus(ctx, &row); err != nil {
			s.mu.Lock()
			s.dirty = true
			s.mu.Unlock()
			if ctx.Err() == nil {
				m.d.Logger.Warn("app: radar live: saving status", "err", err)
			}
		}
	}
}

// shutdown stops every client and writes the last statuses.
func (m *liveManager) shutdown() {
	for key, c := range m.clients {
		c.cancel()
		<-c.done
		delete(m.clients, key)
	}
	m.statMu.Lock()
	for _, s := range m.status {
		s.mu.Lock()
		if s.row.Connected {
			s.row.Connected, s.open, s.dirty = false, 0, true
		}
		s.mu.Unlock()
	}
	m.statMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	m.flushStatus(ctx)
}
