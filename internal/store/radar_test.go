package store_test

import (
	"errors"
	"testing"

	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func TestRadarQueries(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		rs, ok := s.(store.RadarStore)
		if !ok {
			t.Fatalf("%T does not keep radar queries", s)
		}
		_, b := fixture(t, s)
		q := store.RadarQuery{BrandID: b.ID, Name: " marque ", Query: `"Boulangerie Lumière" OR #lumiere`}
		if err := rs.SaveRadarQuery(ctx, &q); err != nil {
			t.Fatal(err)
		}
		if q.ID == 0 || q.Name != "marque" {
			t.Fatalf("saved %+v", q)
		}
		// Saving the same name again replaces the text, keeps the row.
		q2 := store.RadarQuery{BrandID: b.ID, Name: "marque", Query: "lumiere -recrutement"}
		if err := rs.SaveRadarQuery(ctx, &q2); err != nil {
			t.Fatal(err)
		}
		if q2.ID != q.ID {
			t.Fatalf("upsert made a new row %d, want %d", q2.ID, q.ID)
		}
		other := store.RadarQuery{BrandID: b.ID, Name: "anniversaire", Query: "#lumiere10ans"}
		if err := rs.SaveRadarQuery(ctx, &other); err != nil {
			t.Fatal(err)
		}
		got, err := rs.ListRadarQueries(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Name != "anniversaire" || got[1].Query != "lumiere -recrutement" {
			t.Fatalf("list = %+v", got)
		}
		all, err := rs.ListRadarQueries(ctx, 0)
		if err != nil || len(all) != 2 {
			t.Fatalf("list all = %+v, %v", all, err)
		}
		if err := rs.SaveRadarQuery(ctx, &store.RadarQuery{BrandID: b.ID, Name: "", Query: "x"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("empty name: %v", err)
		}
		if err := rs.SaveRadarQuery(ctx, &store.RadarQuery{BrandID: b.ID + 1000, Name: "x", Query: "x"}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown brand: %v", err)
		}
		if err := rs.DeleteRadarQuery(ctx, b.ID+1, other.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("delete through another brand: %v", err)
		}
		if err := rs.DeleteRadarQuery(ctx, b.ID, other.ID); err != nil {
			t.Fatal(err)
		}
		if got, _ := rs.ListRadarQueries(ctx, b.ID); len(got) != 1 {
			t.Fatalf("after delete: %+v", got)
		}
		// Inside a transaction the same methods are there.
		err = s.InTx(ctx, func(tx store.Store) error {
			return tx.(store.RadarStore).SaveRadarQuery(ctx, &store.RadarQuery{BrandID: b.ID, Name: "tx", Query: "pain"})
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
