package store

import (
	"context"
	"strings"
)

// RadarQuery is one of a brand's listening queries for the buzz radar.
type RadarQuery struct {
	ID      int64
	BrandID int64
	// Name is short and unique within the brand ("marque", "anniversaire").
	Name string
	// Query is in the radar's query language; the caller validates it
	// (radar.ParseQuery), the store keeps the text.
	Query string
}

// RadarStore keeps the radar's listening queries. The SQL store
// implements it; callers reach it with a type assertion on Store, so the
// Store interface stays as it is.
type RadarStore interface {
	// SaveRadarQuery creates the brand's query of that name or replaces its
	// text, and sets q.ID.
	SaveRadarQuery(ctx context.Context, q *RadarQuery) error
	// ListRadarQueries returns a brand's queries by name; brandID 0 lists
	// every brand's (the ingest worker routes mentions to all of them).
	ListRadarQueries(ctx context.Context, brandID int64) ([]RadarQuery, error)
	// DeleteRadarQuery removes query id of brand brandID (ErrNotFound if
	// the brand has no such query).
	DeleteRadarQuery(ctx context.Context, brandID, id int64) error
}

// The radar's SQL is the same on both engines ($n placeholders, ON
// CONFLICT upsert), so it lives here rather than in the per-engine files.
const (
	radarQuerySave = `INSERT INTO radar_queries (brand_id, name, query) VALUES ($1, $2, $3)
ON CONFLICT (brand_id, name) DO UPDATE SET query = excluded.query RETURNING id`
	radarQueryList    = `SELECT id, brand_id, name, query FROM radar_queries WHERE brand_id = $1 ORDER BY name`
	radarQueryListAll = `SELECT id, brand_id, name, query FROM radar_queries ORDER BY brand_id, name`
	radarQueryDelete  = `DELETE FROM radar_queries WHERE id = $1 AND brand_id = $2`
)

var _ RadarStore = (*sqlStore)(nil)

func (s *sqlStore) SaveRadarQuery(ctx context.Context, q *RadarQuery) error {
	q.Name = strings.TrimSpace(q.Name)
	q.Query = strings.TrimSpace(q.Query)
	if q.Name == "" || q.Query == "" {
		return invalid("save radar query of brand %d: name and query are required", q.BrandID)
	}
	if len(q.Name) > 64 || len(q.Query) > 2000 {
		return invalid("save radar query %q of brand %d: name over 64 bytes or query over 2000", q.Name, q.BrandID)
	}
	err := s.q.QueryRowContext(ctx, radarQuerySave, q.BrandID, q.Name, q.Query).Scan(&q.ID)
	return wrap(err, "save radar query %q of brand %d", q.Name, q.BrandID)
}

func (s *sqlStore) ListRadarQueries(ctx context.Context, brandID int64) ([]RadarQuery, error) {
	query, args := radarQueryList, []any{brandID}
	if brandID == 0 {
		query, args = radarQueryListAll, nil
	}
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, wrap(err, "list radar queries of brand %d", brandID)
	}
	defer rows.Close()
	var out []RadarQuery
	for rows.Next() {
		var q RadarQuery
		if err := rows.Scan(&q.ID, &q.BrandID, &q.Name, &q.Query); err != nil {
			return nil, wrap(err, "list radar queries of brand %d", brandID)
		}
		out = append(out, q)
	}
	return out, wrap(rows.Err(), "list radar queries of brand %d", brandID)
}

func (s *sqlStore) DeleteRadarQuery(ctx context.Context, brandID, id int64) error {
	res, err := s.q.ExecContext(ctx, radarQueryDelete, id, brandID)
	return affected(res, err, "delete radar query %d of brand %d", id, brandID)
}
