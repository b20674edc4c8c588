package radar

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// Three weeks of a brand's mentions with a daily rhythm, then a bad buzz:
// the monitor, fed bucket by bucket as time passes, raises one episode, at
// the surge, and calls it a bad buzz.
func TestMonitorFindsTheBadBuzz(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	s := NewSeries()
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	surge := t0.Add(20*24*time.Hour + 14*time.Hour)
	end := t0.Add(21 * 24 * time.Hour)
	n := 0
	for at := t0; at.Before(end); at = at.Add(5 * time.Minute) {
		rate := 6 + 4*math.Sin(2*math.Pi*float64(at.Hour())/24)
		negP := 0.1
		if !at.Before(surge) && at.Before(surge.Add(90*time.Minute)) {
			rate *= 15
			negP = 0.7
		}
		k := 0
		for l, p := math.Exp(-rate), 1.0; ; k++ {
			if p *= r.Float64(); p <= l {
				break
			}
		}
		for range k {
			s.Add(Observation{Time: at.Add(time.Duration(r.IntN(300)) * time.Second), Author: fmt.Sprintf("u%d", r.IntN(500)), Negative: r.Float64() < negP})
			n++
		}
	}
	m, err := NewMonitor(s, 5*time.Minute, t0, DefaultParams(), DefaultEpisodeParams())
	if err != nil {
		t.Fatal(err)
	}
	var changes []Change
	for now := t0; !now.After(end); now = now.Add(time.Hour) {
		c, err := m.Advance(now)
		if err != nil {
			t.Fatal(err)
		}
		changes = append(changes, c...)
	}
	closed := m.Closed()
	if len(closed) != 1 {
		for _, c := range changes {
			t.Logf("%s %s/%s score %.2f vol %d", c.Bucket.Start, c.Episode.Kind, c.Episode.Phase, c.Score, c.Bucket.Volume)
		}
		t.Fatalf("%d episodes over %d mentions, want the one surge", len(closed), n)
	}
	e := closed[0]
	if e.Kind != BadBuzz || e.AlertAt.Before(surge.Add(-time.Hour)) || e.AlertAt.After(surge.Add(30*time.Minute)) {
		t.Fatalf("episode %+v (surge at %s)", e, surge)
	}
}

func TestMonitorRejectsOddStep(t *testing.T) {
	if _, err := NewMonitor(NewSeries(), 90*time.Second, time.Now(), DefaultParams(), DefaultEpisodeParams()); err == nil {
		t.Fatal("90 s step accepted")
	}
}
