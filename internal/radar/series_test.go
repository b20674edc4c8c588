package radar

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

func TestSeriesMatchesNaiveCounts(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	s := NewSeries()
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var obs []Observation
	for range 20000 {
		o := Observation{
			Time:     t0.Add(time.Duration(r.Int64N(int64(3 * 24 * time.Hour)))),
			Author:   fmt.Sprintf("user%d", r.IntN(300)),
			Reach:    r.Int64N(5000),
			Negative: r.IntN(4) == 0,
		}
		obs = append(obs, o)
		s.Add(o)
	}
	for _, step := range []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, time.Hour, 6 * time.Hour, 24 * time.Hour} {
		from, to := t0.Add(7*time.Hour), t0.Add(55*time.Hour+30*time.Minute)
		pts, err := s.Query(from, to, step)
		if err != nil {
			t.Fatal(err)
		}
		start := pts[0].Start
		type agg struct {
			vol, neg, reach int64
			authors         map[string]bool
		}
		want := make([]agg, len(pts))
		for _, o := range obs {
			if o.Time.Before(start) || !o.Time.Before(start.Add(time.Duration(len(pts))*step)) {
				continue
			}
			k := int(o.Time.Sub(start) / step)
			a := &want[k]
			a.vol++
			a.reach += o.Reach
			if o.Negative {
				a.neg++
			}
			if a.authors == nil {
				a.authors = map[string]bool{}
			}
			a.authors[o.Author] = true
		}
		for k, p := range pts {
			w := want[k]
			if p.Volume != w.vol || p.Negative != w.neg || p.Reach != w.reach {
				t.Fatalf("step %s bucket %s: got %+v, want volume %d negative %d reach %d", step, p.Start, p, w.vol, w.neg, w.reach)
			}
			if d := math.Abs(float64(p.Authors-int64(len(w.authors)))) / math.Max(1, float64(len(w.authors))); d > 0.05 {
				t.Fatalf("step %s bucket %s: %d authors, want %d", step, p.Start, p.Authors, len(w.authors))
			}
			if p.Start.Sub(start) != time.Duration(k)*step {
				t.Fatalf("bucket %d starts at %s", k, p.Start)
			}
		}
	}
	if _, err := s.Query(t0, t0.Add(time.Hour), 90*time.Second); err == nil {
		t.Errorf("a 90 s step was accepted")
	}
	if _, err := s.Query(t0, t0, time.Minute); err == nil {
		t.Errorf("an empty range was accepted")
	}
}

func TestSketchAccuracy(t *testing.T) {
	for _, n := range []int{0, 1, 31, 500, 20000, 300000} {
		s := newSketch(14)
		for i := range n {
			s.add(hashString(fmt.Sprintf("author-%d", i)))
			s.add(hashString(fmt.Sprintf("author-%d", i/2))) // repeats do not count
		}
		got := s.estimate()
		if e := math.Abs(float64(got)-float64(n)) / math.Max(1, float64(n)); e > 0.03 {
			t.Errorf("%d distinct: estimate %d (%.1f%% off)", n, got, 100*e)
		}
	}
}

func hashString(s string) uint64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	// FNV alone clusters in the top bits the sketch indexes by; mix them.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// A day of a busy brand is read from pre-aggregated cells: the query does
// not depend on how many mentions the day had. The bar is 100 ms
// for a day of 5 million mentions; this fills 1 million (the cells are the
// same) and checks the query stays far below.
func TestSeriesDayQueryIsFast(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a million mentions")
	}
	s := NewSeries()
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 1_000_000 {
		s.Add(Observation{Time: t0.Add(time.Duration(i) * 86400 * time.Microsecond), Author: fmt.Sprintf("a%d", i%50000), Reach: 10, Negative: i%7 == 0})
	}
	for _, step := range []time.Duration{time.Minute, 5 * time.Minute, time.Hour} {
		start := time.Now()
		pts, err := s.Query(t0, t0.Add(24*time.Hour), step)
		took := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		var vol int64
		for _, p := range pts {
			vol += p.Volume
		}
		if vol != 1_000_000 {
			t.Fatalf("step %s: volume %d", step, vol)
		}
		t.Logf("day at %s: %d buckets in %s", step, len(pts), took)
		if took > 100*time.Millisecond && !raceEnabled {
			t.Errorf("day query at %s took %s, bar 100 ms", step, took)
		}
	}
}

func BenchmarkSeriesAdd(b *testing.B) {
	s := NewSeries()
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	authors := make([]string, 10000)
	for i := range authors {
		authors[i] = fmt.Sprintf("author%d", i)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s.Add(Observation{Time: t0.Add(time.Duration(i) * 17 * time.Millisecond), Author: authors[i%len(authors)], Reach: 100, Negative: i%5 == 0})
	}
}

func TestSeriesDayRoundTrip(t *testing.T) {
	s := NewSeries()
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 50000 {
		s.Add(Observation{Time: t0.Add(time.Duration(r.Int64N(int64(48 * time.Hour)))), Author: fmt.Sprintf("a%d", r.IntN(3000)), Reach: int64(i % 100), Negative: i%3 == 0})
	}
	days := s.Days()
	if len(days) != 2 || !days[0].Equal(t0) {
		t.Fatalf("days %v", days)
	}
	back := NewSeries()
	total := 0
	for _, d := range days {
		b, err := s.MarshalDay(d)
		if err != nil {
			t.Fatal(err)
		}
		total += len(b)
		if err := back.UnmarshalDay(b); err != nil {
			t.Fatal(err)
		}
	}
	for _, step := range []time.Duration{time.Minute, 5 * time.Minute, time.Hour, 24 * time.Hour} {
		a, _ := s.Query(t0, t0.Add(48*time.Hour), step)
		b, _ := back.Query(t0, t0.Add(48*time.Hour), step)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("step %s differs after a round trip", step)
		}
	}
	t.Logf("2 days, 50,000 mentions: %d bytes encoded", total)
	if _, err := s.MarshalDay(t0.AddDate(0, 0, 5)); err == nil {
		t.Errorf("an empty day was encoded")
	}
}

// Encoded days come back from storage: corrupt bytes are an error, never a
// panic or a half-loaded day.
func FuzzUnmarshalDay(f *testing.F) {
	s := NewSeries()
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 300 {
		s.Add(Observation{Time: t0.Add(time.Duration(i) * 7 * time.Minute), Author: fmt.Sprintf("a%d", i%40), Reach: 5})
	}
	b, _ := s.MarshalDay(t0)
	f.Add(b)
	f.Add([]byte("VRS1\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x := NewSeries()
		if err := x.UnmarshalDay(data); err != nil {
			if len(x.Days()) != 0 {
				t.Fatalf("a failed decode left data behind")
			}
			return
		}
		for _, d := range x.Days() {
			if _, err := x.Query(d, d.Add(24*time.Hour), time.Minute); err != nil {
				t.Fatal(err)
			}
			if _, err := x.MarshalDay(d); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// A day stored, loaded back (a restart) and then counted further must
// not count an author seen before and after twice: the author hash is the
// same in every process.
func TestSeriesAuthorsAcrossReload(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, authors := range []int{20, 5000} { // exact lists, then registers
		whole, before := NewSeries(), NewSeries()
		obs := func(i int) Observation {
			return Observation{Time: t0.Add(time.Duration(i%1440) * time.Minute / 10), Author: fmt.Sprintf("a%d", i%authors)}
		}
		for i := range 4 * authors {
			whole.Add(obs(i))
			if i < 2*authors {
				before.Add(obs(i))
			}
		}
		b, err := before.MarshalDay(t0)
		if err != nil {
			t.Fatal(err)
		}
		after := NewSeries()
		if err := after.UnmarshalDay(b); err != nil {
			t.Fatal(err)
		}
		if d := after.TakeDirty(); len(d) != 0 {
			t.Fatalf("a loaded day is dirty: %v", d)
		}
		for i := 2 * authors; i < 4*authors; i++ {
			after.Add(obs(i))
		}
		if d := after.TakeDirty(); len(d) != 1 || !d[0].Equal(t0) {
			t.Fatalf("dirty after adds: %v", d)
		}
		if d := after.TakeDirty(); len(d) != 0 {
			t.Fatalf("dirty twice: %v", d)
		}
		after.MarkDirty(t0, t0.AddDate(0, 0, 3))
		if d := after.TakeDirty(); len(d) != 1 {
			t.Fatalf("MarkDirty of a day without data: %v", d)
		}
		w, _ := whole.Query(t0, t0.Add(24*time.Hour), 24*time.Hour)
		a, _ := after.Query(t0, t0.Add(24*time.Hour), 24*time.Hour)
		if w[0].Authors != a[0].Authors || w[0].Volume != a[0].Volume {
			t.Fatalf("%d authors: whole %+v, reloaded %+v", authors, w[0], a[0])
		}
		if got := float64(a[0].Authors); got < 0.97*float64(authors) || got > 1.03*float64(authors) {
			t.Fatalf("%d authors estimated as %v", authors, got)
		}
	}
}
