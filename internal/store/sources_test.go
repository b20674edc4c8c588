package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func TestRadarSources(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		rs, ok := s.(store.RadarSourceStore)
		if !ok {
			t.Fatalf("%T keeps no radar sources", s)
		}
		_, b := fixture(t, s)
		if _, err := rs.GetRadarSources(ctx, b.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("none yet: %v", err)
		}
		src := store.RadarSources{BrandID: b.ID, JetstreamOn: true, MastodonOn: true, MastodonURL: "https://mastodon.social",
			MastodonTags: []string{"lumiere", "pain"}, MastodonTokenSealed: "v1:abcDEF012_-="}
		if err := rs.SaveRadarSources(ctx, &src); err != nil {
			t.Fatal(err)
		}
		got, err := rs.GetRadarSources(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !got.JetstreamOn || got.JetstreamURL != "" || !got.MastodonOn || len(got.MastodonTags) != 2 || got.MastodonTags[1] != "pain" ||
			got.MastodonTokenSealed != src.MastodonTokenSealed || got.MastodonPublic || got.UpdatedBy != nil || got.UpdatedAt.IsZero() {
			t.Fatalf("got %+v", got)
		}
		// Saving again replaces.
		src.JetstreamOn, src.MastodonTags, src.MastodonPublic = false, nil, true
		if err := rs.SaveRadarSources(ctx, &src); err != nil {
			t.Fatal(err)
		}
		all, err := rs.ListRadarSources(ctx)
		if err != nil || len(all) != 1 || all[0].JetstreamOn || all[0].MastodonTags != nil || !all[0].MastodonPublic {
			t.Fatalf("list %+v %v", all, err)
		}
		for name, bad := range map[string]store.RadarSources{
			"plain token":   {BrandID: b.ID, MastodonTokenSealed: "hunter2 token"},
			"hash in tag":   {BrandID: b.ID, MastodonTags: []string{"#lumiere"}},
			"unknown brand": {BrandID: b.ID + 999},
		} {
			err := rs.SaveRadarSources(ctx, &bad)
			want := store.ErrInvalid
			if name == "unknown brand" {
				want = store.ErrNotFound
			}
			if !errors.Is(err, want) {
				t.Errorf("%s: %v", name, err)
			}
		}
		if got, _ := rs.GetRadarSources(ctx, b.ID); !got.MastodonPublic {
			t.Fatal("a refused save changed the stored row")
		}

		// Status: one row per source, replaced in place.
		at := time.Date(2026, 11, 29, 10, 0, 0, 123456000, time.UTC)
		st := store.RadarSourceStatus{BrandID: b.ID, Source: "jetstream", Connected: true, Events: 3, LastEventAt: &at, Cursor: 1732874400123456}
		if err := rs.SaveRadarSourceStatus(ctx, &st); err != nil {
			t.Fatal(err)
		}
		st.Connected, st.LastError, st.LastErrorAt = false, "live: jetstream read: EOF", &at
		if err := rs.SaveRadarSourceStatus(ctx, &st); err != nil {
			t.Fatal(err)
		}
		if err := rs.SaveRadarSourceStatus(ctx, &store.RadarSourceStatus{BrandID: b.ID, Source: "mastodon", Connected: true}); err != nil {
			t.Fatal(err)
		}
		sts, err := rs.ListRadarSourceStatus(ctx, b.ID)
		if err != nil || len(sts) != 2 {
			t.Fatalf("status %+v %v", sts, err)
		}
		j := sts[0]
		if j.Source != "jetstream" || j.Connected || j.Events != 3 || j.Cursor != 1732874400123456 || !j.LastEventAt.Equal(at) ||
			j.LastError != "live: jetstream read: EOF" || !j.LastErrorAt.Equal(at) || sts[1].LastEventAt != nil {
			t.Fatalf("status %+v", sts)
		}
		if all, _ := rs.ListRadarSourceStatus(ctx, 0); len(all) != 2 {
			t.Fatalf("all statuses %+v", all)
		}
		if err := rs.SaveRadarSourceStatus(ctx, &store.RadarSourceStatus{BrandID: b.ID}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("no source: %v", err)
		}
	})
}

func TestRadarSeriesDays(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		rs := s.(store.RadarSourceStore)
		_, b := fixture(t, s)
		if _, err := rs.GetRadarSeriesCheckpoint(ctx, "VIGIE_MENTIONS"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("no checkpoint yet: %v", err)
		}
		cp := store.RadarSeriesCheckpoint{Stream: "VIGIE_MENTIONS", StreamID: "2026-11-01T00:00:00Z", Seq: 10}
		days := []store.RadarSeriesDay{
			{BrandID: b.ID, Series: "", Day: 20000, Data: []byte("VRS1\x00a")},
			{BrandID: b.ID, Series: "", Day: 20001, Data: []byte("VRS1\x00b")},
			{BrandID: b.ID, Series: "marque", Day: 20001, Data: []byte{0, 1, 2, 255}},
		}
		if ok, err := rs.SaveRadarSeries(ctx, cp, days); err != nil || !ok {
			t.Fatal(ok, err)
		}
		// A day saved again is replaced, not duplicated; the checkpoint moves.
		days[1].Data = []byte("VRS1\x00c")
		cp.Seq = 12
		if ok, err := rs.SaveRadarSeries(ctx, cp, days[1:2]); err != nil || !ok {
			t.Fatal(ok, err)
		}
		got, err := rs.ListRadarSeriesDays(ctx, 20001)
		if err != nil || len(got) != 2 || string(got[0].Data) != "VRS1\x00c" || got[1].Series != "marque" || string(got[1].Data) != "\x00\x01\x02\xff" {
			t.Fatalf("list %+v %v", got, err)
		}
		if d, err := rs.GetRadarSeriesDay(ctx, b.ID, "", 20000); err != nil || string(d) != "VRS1\x00a" {
			t.Fatalf("get %q %v", d, err)
		}
		if _, err := rs.GetRadarSeriesDay(ctx, b.ID, "", 1); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("missing day: %v", err)
		}
		// A worker behind the stored checkpoint writes nothing.
		behind := cp
		behind.Seq = 11
		if ok, err := rs.SaveRadarSeries(ctx, behind, []store.RadarSeriesDay{{BrandID: b.ID, Day: 20000, Data: []byte("old")}}); err != nil || ok {
			t.Fatalf("behind: saved %v, %v", ok, err)
		}
		if d, _ := rs.GetRadarSeriesDay(ctx, b.ID, "", 20000); string(d) != "VRS1\x00a" {
			t.Fatalf("a flush behind the checkpoint overwrote a day: %q", d)
		}
		if got, err := rs.GetRadarSeriesCheckpoint(ctx, "VIGIE_MENTIONS"); err != nil || got.Seq != 12 || got.StreamID != cp.StreamID {
			t.Fatalf("checkpoint %+v %v", got, err)
		}
		// A stream made again starts its sequences over: accepted.
		reset := store.RadarSeriesCheckpoint{Stream: "VIGIE_MENTIONS", StreamID: "2026-11-20T00:00:00Z", Seq: 2}
		if ok, err := rs.SaveRadarSeries(ctx, reset, nil); err != nil || !ok {
			t.Fatalf("reset stream: %v %v", ok, err)
		}
		// One bad day refuses the whole batch: nothing half-written.
		reset.Seq = 3
		_, err = rs.SaveRadarSeries(ctx, reset, []store.RadarSeriesDay{{BrandID: b.ID, Day: 30000, Data: []byte("x")}, {BrandID: b.ID, Day: 30001}})
		if !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("empty data: %v", err)
		}
		if _, err := rs.GetRadarSeriesDay(ctx, b.ID, "", 30000); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("half a batch was written: %v", err)
		}
		_, err = rs.SaveRadarSeries(ctx, reset, []store.RadarSeriesDay{{BrandID: b.ID + 999, Day: 30000, Data: []byte("x")}})
		if !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown brand: %v", err)
		}
		if got, _ := rs.GetRadarSeriesCheckpoint(ctx, "VIGIE_MENTIONS"); got.Seq != 2 {
			t.Fatalf("a failed flush moved the checkpoint to %d", got.Seq)
		}
	})
}
