package store

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// RadarSources are a brand's live listening sources for the radar: the
// Bluesky Jetstream firehose and a Mastodon server's streaming API, both
// filtered by the brand's queries. The Mastodon token is kept sealed
// (internal/secret), like LLM keys; the store refuses a plain one.
type RadarSources struct {
	BrandID      int64
	JetstreamOn  bool
	JetstreamURL string // "" is Bluesky's public instance
	MastodonOn   bool
	MastodonURL  string
	// MastodonTags are hashtags without '#'; MastodonPublic follows the
	// public timeline as well.
	MastodonTags        []string
	MastodonPublic      bool
	MastodonTokenSealed string
	UpdatedAt           time.Time
	UpdatedBy           *int64
}

// RadarSourceStatus is what the worker last saw of one source of a brand
// ("jetstream", "mastodon"): the web processes show it, and Cursor lets
// Jetstream resume where it stopped after a restart.
type RadarSourceStatus struct {
	BrandID     int64
	Source      string
	Connected   bool
	Events      int64 // mentions kept since the worker started it
	LastEventAt *time.Time
	LastError   string
	LastErrorAt *time.Time
	Cursor      int64
	UpdatedAt   time.Time
}

// RadarSeriesDay is one UTC day of one radar series, encoded by
// radar.Series.MarshalDay. Day is the Unix day number (seconds / 86400).
type RadarSeriesDay struct {
	BrandID int64
	Series  string // "" for the brand's series, else the query's name
	Day     int64
	Data    []byte
}

// RadarSeriesCheckpoint is the position in the mentions stream that the
// stored series days include: Seq is the last message counted, StreamID
// identifies the stream (its creation time), so that a stream made again
// with sequences from 1 is not mistaken for the old one.
type RadarSeriesCheckpoint struct {
	Stream    string
	StreamID  string
	Seq       uint64
	UpdatedAt time.Time
}

// RadarSourceStore keeps the radar's live source settings, their status
// and the stored series. The SQL store implements it; callers reach it
// with a type assertion on Store, like RadarStore.
type RadarSourceStore interface {
	// GetRadarSources returns a brand's sources, or ErrNotFound.
	GetRadarSources(ctx context.Context, brandID int64) (RadarSources, error)
	// ListRadarSources returns every brand's (the worker starts them).
	ListRadarSources(ctx context.Context) ([]RadarSources, error)
	// SaveRadarSources creates or replaces a brand's sources; UpdatedAt is
	// set when zero.
	SaveRadarSources(ctx context.Context, s *RadarSources) error
	// ListRadarSourceStatus returns a brand's statuses (0: every brand's).
	ListRadarSourceStatus(ctx context.Context, brandID int64) ([]RadarSourceStatus, error)
	// SaveRadarSourceStatus creates or replaces one status.
	SaveRadarSourceStatus(ctx context.Context, st *RadarSourceStatus) error
	// SaveRadarSeries creates or replaces days of series and moves the
	// checkpoint, in one transaction. When the stored checkpoint of the
	// same stream is further on (another worker flushed later), nothing is
	// written and saved is false.
	SaveRadarSeries(ctx context.Context, cp RadarSeriesCheckpoint, days []RadarSeriesDay) (saved bool, err error)
	// GetRadarSeriesCheckpoint returns a stream's checkpoint, or ErrNotFound.
	GetRadarSeriesCheckpoint(ctx context.Context, stream string) (RadarSeriesCheckpoint, error)
	// GetRadarSeriesDay returns one stored day, or ErrNotFound.
	GetRadarSeriesDay(ctx context.Context, brandID int64, series string, day int64) ([]byte, error)
	// ListRadarSeriesDays returns every stored day from day `since` on,
	// ordered by brand, series and day (the worker loads them at start).
	ListRadarSeriesDays(ctx context.Context, since int64) ([]RadarSeriesDay, error)
}

var _ RadarSourceStore = (*sqlStore)(nil)

func (s *sqlStore) scanRadarSources(sc interface{ Scan(...any) error }) (RadarSources, error) {
	var r RadarSources
	var tags string
	var by sql.NullInt64
	err := sc.Scan(&r.BrandID, &r.JetstreamOn, &r.JetstreamURL, &r.MastodonOn, &r.MastodonURL, &tags, &r.MastodonPublic,
		&r.MastodonTokenSealed, timeScan{&r.UpdatedAt}, &by)
	if tags != "" {
		r.MastodonTags = strings.Fields(tags)
	}
	if by.Valid {
		r.UpdatedBy = &by.Int64
	}
	return r, err
}

func (s *sqlStore) GetRadarSources(ctx context.Context, brandID int64) (RadarSources, error) {
	r, err := s.scanRadarSources(s.q.QueryRowContext(ctx, s.sql("radar.sources.get"), brandID))
	if err != nil {
		return RadarSources{}, wrap(err, "get radar sources of brand %d", brandID)
	}
	return r, nil
}

func (s *sqlStore) ListRadarSources(ctx context.Context) ([]RadarSources, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("radar.sources.list"))
	if err != nil {
		return nil, wrap(err, "list radar sources")
	}
	defer rows.Close()
	var out []RadarSources
	for rows.Next() {
		r, err := s.scanRadarSources(rows)
		if err != nil {
			return nil, wrap(err, "list radar sources")
		}
		out = append(out, r)
	}
	return out, wrap(rows.Err(), "list radar sources")
}

func (s *sqlStore) SaveRadarSources(ctx context.Context, r *RadarSources) error {
	if r.MastodonTokenSealed != "" && !sealedRE.MatchString(r.MastodonTokenSealed) {
		// A plain token must never reach the database by mistake.
		return invalid("save radar sources of brand %d: the Mastodon token is not sealed", r.BrandID)
	}
	for _, t := range r.MastodonTags {
		if t == "" || strings.ContainsAny(t, " \t\n#") {
			return invalid("save radar sources of brand %d: hashtag %q", r.BrandID, t)
		}
	}
	if len(r.JetstreamURL) > 500 || len(r.MastodonURL) > 500 || len(r.MastodonTags) > 20 {
		return invalid("save radar sources of brand %d: URL over 500 bytes or more than 20 hashtags", r.BrandID)
	}
	if r.UpdatedAt.IsZero() {
		r.UpdatedAt = now()
	}
	var by any
	if r.UpdatedBy != nil {
		by = *r.UpdatedBy
	}
	_, err := s.q.ExecContext(ctx, s.sql("radar.sources.save"), r.BrandID, r.JetstreamOn, r.JetstreamURL, r.MastodonOn, r.MastodonURL,
		strings.Join(r.MastodonTags, " "), r.MastodonPublic, r.MastodonTokenSealed, s.ts(r.UpdatedAt), by)
	return wrap(err, "save radar sources of brand %d", r.BrandID)
}

func (s *sqlStore) ListRadarSourceStatus(ctx context.Context, brandID int64) ([]RadarSourceStatus, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("radar.source_status.list"), brandID)
	if err != nil {
		return nil, wrap(err, "list radar source status of brand %d", brandID)
	}
	defer rows.Close()
	var out []RadarSourceStatus
	for rows.Next() {
		var st RadarSourceStatus
		if err := rows.Scan(&st.BrandID, &st.Source, &st.Connected, &st.Events, nullTimeScan{&st.LastEventAt}, &st.LastError,
			nullTimeScan{&st.LastErrorAt}, &st.Cursor, timeScan{&st.UpdatedAt}); err != nil {
			return nil, wrap(err, "list radar source status of brand %d", brandID)
		}
		out = append(out, st)
	}
	return out, wrap(rows.Err(), "list radar source status of brand %d", brandID)
}

func (s *sqlStore) SaveRadarSourceStatus(ctx context.Context, st *RadarSourceStatus) error {
	if st.Source == "" {
		return invalid("save radar source status of brand %d: no source", st.BrandID)
	}
	if st.UpdatedAt.IsZero() {
		st.UpdatedAt = now()
	}
	if len(st.LastError) > 1000 {
		st.LastError = st.LastError[:1000]
	}
	_, err := s.q.ExecContext(ctx, s.sql("radar.source_status.save"), st.BrandID, st.Source, st.Connected, st.Events,
		s.tsp(st.LastEventAt), st.LastError, s.tsp(st.LastErrorAt), st.Cursor, s.ts(st.UpdatedAt))
	return wrap(err, "save radar source status %s of brand %d", st.Source, st.BrandID)
}
