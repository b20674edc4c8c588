package radarhub

import (
	"fmt"
	"testing"
	"time"
)

// A hub that stores its days and restarts: the days come back from the
// store, the stream's replay rebuilds the crisis room without counting
// anything twice, the detector finds the same episode, and messages past
// the stored position count as usual.
func TestSnapshotLoadAndReplay(t *testing.T) {
	end := time.Date(2026, 3, 10, 16, 0, 0, 0, time.UTC)
	brands := []DemoBrand{{Name: "Boulangerie Lumière", Tag: "#Lumiere", Lang: "fr", BadBuzz: end.Add(-30 * time.Hour)}}
	ms := DemoMentions(7, brands, end, 6)
	newHub := func() *Hub {
		h := New()
		h.Now = func() time.Time { return end }
		h.Classify = negativeWords
		if err := h.SetQueries(1, map[string]string{"marque": DemoQuery(brands[0]), "tag": brands[0].Tag}); err != nil {
			t.Fatal(err)
		}
		return h
	}
	var msgs [][]int // mention index ranges per stream message
	for i := 0; i < len(ms); i += 500 {
		msgs = append(msgs, []int{i, min(i+500, len(ms))})
	}
	cut := len(msgs) * 2 / 3 // the store holds the first two thirds

	a := newHub()
	var stored []Day
	var storedSeq uint64
	for k, r := range msgs {
		a.ProcessSeq(uint64(k+1), ms[r[0]:r[1]])
		if k+1 == cut || k+1 == cut/2 {
			days, seq, _ := a.Snapshot()
			stored = append(stored, days...)
			storedSeq = seq
		}
	}
	if storedSeq != uint64(cut) || len(stored) == 0 {
		t.Fatalf("snapshot at seq %d with %d days", storedSeq, len(stored))
	}
	// Only changed days come back in a later snapshot.
	if days, _, _ := a.Snapshot(); len(days) == 0 || len(days) >= len(stored) {
		t.Fatalf("third snapshot: %d days, the first two %d", len(days), len(stored))
	}
	a.Advance()

	b := newHub()
	// Later snapshots of the same day replace earlier ones, as in the store.
	latest := map[string]Day{}
	for _, d := range stored {
		latest[fmt.Sprint(d.BrandID, d.Query, d.Day)] = d
	}
	var load []Day
	for _, d := range latest {
		load = append(load, d)
	}
	if err := b.Load(load, storedSeq); err != nil {
		t.Fatal(err)
	}
	for k, r := range msgs {
		b.ProcessSeq(uint64(k+1), ms[r[0]:r[1]])
	}
	b.Advance()
	for _, q := range []string{"", "marque", "tag"} {
		pa, _ := a.Series(1, q, end.Add(-7*24*time.Hour), end, time.Hour)
		pb, _ := b.Series(1, q, end.Add(-7*24*time.Hour), end, time.Hour)
		if fmt.Sprint(pa) != fmt.Sprint(pb) {
			t.Fatalf("query %q: the reloaded hub's series differ", q)
		}
	}
	sa, sb := a.Status(1), b.Status(1)
	if sa.Mentions != sb.Mentions || len(sb.Closed) != 1 || fmt.Sprint(sa.Closed) != fmt.Sprint(sb.Closed) {
		t.Fatalf("reloaded: %d mentions, episodes %+v; want %d, %+v", sb.Mentions, sb.Closed, sa.Mentions, sa.Closed)
	}

	// Without the stream (retention passed), the loaded days alone give
	// the history up to the stored position.
	c := newHub()
	if err := c.Load(load, storedSeq); err != nil {
		t.Fatal(err)
	}
	pc, _ := c.Series(1, "", end.Add(-7*24*time.Hour), end, 24*time.Hour)
	var got, want int64
	for _, p := range pc {
		got += p.Volume
	}
	pa, _ := a.Series(1, "", end.Add(-7*24*time.Hour), end, 24*time.Hour)
	for _, p := range pa {
		want += p.Volume
	}
	if got == 0 || got >= want {
		t.Fatalf("loaded alone: %d mentions, the whole stream %d", got, want)
	}

	// A corrupt stored day is reported, the others load.
	bad := append([]Day{{BrandID: 1, Day: 1, Data: []byte("garbage")}}, load...)
	if err := newHub().Load(bad, 1); err == nil {
		t.Fatal("a corrupt day loaded without error")
	}
}

func TestSnapshotPutBack(t *testing.T) {
	h := New()
	if err := h.SetQueries(4, map[string]string{"q": "velo"}); err != nil {
		t.Fatal(err)
	}
	h.ProcessSeq(9, DemoMentions(1, []DemoBrand{{Name: "velo", Tag: "#velo", Lang: "fr"}}, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), 1))
	days, seq, putBack := h.Snapshot()
	if len(days) == 0 || seq != 9 || days[0].BrandID != 4 {
		t.Fatalf("snapshot %d days at %d", len(days), seq)
	}
	if again, _, _ := h.Snapshot(); len(again) != 0 {
		t.Fatalf("unchanged days snapshotted again: %d", len(again))
	}
	putBack()
	if again, _, _ := h.Snapshot(); len(again) != len(days) {
		t.Fatalf("after putBack: %d days, want %d", len(again), len(days))
	}
}
