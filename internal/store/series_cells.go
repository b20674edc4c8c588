package store

import (
	"context"
	"errors"
	"math"
)

// errBehind rolls back a flush that another worker has overtaken.
var errBehind = errors.New("store: radar series checkpoint is behind the stored one")

func (s *sqlStore) SaveRadarSeries(ctx context.Context, cp RadarSeriesCheckpoint, days []RadarSeriesDay) (bool, error) {
	if cp.Stream == "" || cp.StreamID == "" || cp.Seq > math.MaxInt64 {
		return false, invalid("save radar series: checkpoint %+v", cp)
	}
	for _, d := range days {
		if len(d.Data) == 0 {
			return false, invalid("save radar series %q of brand %d, day %d: no data", d.Series, d.BrandID, d.Day)
		}
	}
	err := s.InTx(ctx, func(tx Store) error {
		t := tx.(*sqlStore)
		at := t.ts(now())
		res, err := t.q.ExecContext(ctx, t.sql("radar.series_checkpoint.save"), cp.Stream, cp.StreamID, int64(cp.Seq), at)
		if err != nil {
			return wrap(err, "save radar series checkpoint of %s", cp.Stream)
		}
		if n, err := res.RowsAffected(); err != nil {
			return wrap(err, "save radar series checkpoint of %s", cp.Stream)
		} else if n == 0 {
			return errBehind
		}
		for _, d := range days {
			if _, err := t.q.ExecContext(ctx, t.sql("radar.series_day.save"), d.BrandID, d.Series, d.Day, d.Data, at); err != nil {
				return wrap(err, "save radar series %q of brand %d, day %d", d.Series, d.BrandID, d.Day)
			}
		}
		return nil
	})
	if errors.Is(err, errBehind) {
		return false, nil
	}
	return err == nil, err
}

func (s *sqlStore) GetRadarSeriesCheckpoint(ctx context.Context, stream string) (RadarSeriesCheckpoint, error) {
	var cp RadarSeriesCheckpoint
	var seq int64
	err := s.q.QueryRowContext(ctx, s.sql("radar.series_checkpoint.get"), stream).Scan(&cp.Stream, &cp.StreamID, &seq, timeScan{&cp.UpdatedAt})
	if err != nil {
		return RadarSeriesCheckpoint{}, wrap(err, "get radar series checkpoint of %s", stream)
	}
	cp.Seq = uint64(seq)
	return cp, nil
}

func (s *sqlStore) GetRadarSeriesDay(ctx context.Context, brandID int64, series string, day int64) ([]byte, error) {
	var data []byte
	err := s.q.QueryRowContext(ctx, s.sql("radar.series_day.get"), brandID, series, day).Scan(&data)
	return data, wrap(err, "get radar series %q of brand %d, day %d", series, brandID, day)
}

func (s *sqlStore) ListRadarSeriesDays(ctx context.Context, since int64) ([]RadarSeriesDay, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("radar.series_day.list"), since)
	if err != nil {
		return nil, wrap(err, "list radar series days")
	}
	defer rows.Close()
	var out []RadarSeriesDay
	for rows.Next() {
		var d RadarSeriesDay
		if err := rows.Scan(&d.BrandID, &d.Series, &d.Day, &d.Data); err != nil {
			return nil, wrap(err, "list radar series days")
		}
		out = append(out, d)
	}
	return out, wrap(rows.Err(), "list radar series days")
}
