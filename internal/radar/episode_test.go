package radar

import (
	"fmt"
	"testing"
	"time"
)

func TestEpisodeLifecycle(t *testing.T) {
	tr := NewEpisodes(DefaultEpisodeParams())
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	at := func(i int) time.Time { return t0.Add(time.Duration(i) * 5 * time.Minute) }
	var phases []string
	step := func(i int, vol, neg int64, score float64) {
		e, changed := tr.Step(Point{Start: at(i), Volume: vol, Negative: neg, Reach: vol * 10}, score)
		if changed {
			phases = append(phases, e.Kind+"/"+e.Phase)
		}
	}
	i := 0
	for ; i < 300; i++ {
		step(i, 20, 2, 0.1) // calm, 10% negative
	}
	step(i, 60, 30, 0.38) // early warning, half negative
	i++
	step(i, 400, 280, 0.7) // surge, mostly negative
	i++
	step(i, 900, 600, 0.6)
	i++
	for range 20 {
		step(i, 25, 3, 0.1)
		i++
	}
	want := []string{"bad_buzz/before", "bad_buzz/during", "bad_buzz/after"}
	if fmt.Sprint(phases) != fmt.Sprint(want) {
		t.Fatalf("phases %v, want %v", phases, want)
	}
	closed := tr.Closed()
	if len(closed) != 1 {
		t.Fatalf("%d closed episodes", len(closed))
	}
	e := closed[0]
	if !e.Start.Equal(at(300)) || !e.AlertAt.Equal(at(301)) || !e.Peak.Equal(at(302)) || e.PeakCount != 900 || !e.End.Equal(at(314)) {
		t.Errorf("episode %+v", e)
	}
	if e.BaseShare < 0.099 || e.BaseShare > 0.101 {
		t.Errorf("baseline negative share %.3f, want 0.10", e.BaseShare)
	}
	if tr.Current() != nil {
		t.Errorf("an episode is still open")
	}
}

// A warning that never becomes a surge closes without a post-mortem, and a
// positive surge stays a buzz.
func TestEpisodeWarningAndPositiveBuzz(t *testing.T) {
	tr := NewEpisodes(DefaultEpisodeParams())
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 40 {
		score := 0.1
		if i == 5 {
			score = 0.4
		}
		if i == 25 || i == 26 {
			score = 0.9
		}
		tr.Step(Point{Start: t0.Add(time.Duration(i) * time.Minute), Volume: 50, Negative: 5}, score)
	}
	if c := tr.Closed(); len(c) != 1 || c[0].Kind != Buzz || c[0].PeakScore != 0.9 {
		t.Fatalf("closed %+v", c)
	}
}

func TestDrivers(t *testing.T) {
	var base, recent []Mention
	for i := range 200 {
		base = append(base, Mention{Author: fmt.Sprintf("u%d", i%50), Text: "Très bon pain chez Maison Fournil, merci"})
	}
	for i := range 60 {
		txt := "Rappel produit : farine contaminée ? #RappelConso chez Maison Fournil"
		if i%3 == 0 {
			txt = "Scandale farine, boycott ! #RappelConso"
		}
		recent = append(recent, Mention{Author: fmt.Sprintf("u%d", i%50), Text: txt})
	}
	recent = append(recent, Mention{Author: "@Loud", Text: "farine farine"}, Mention{Author: "@Loud", Text: "encore la farine"})
	d := Drivers(recent, base, 3, 5)
	if len(d) == 0 || (d[0].Key != "#rappelconso" && d[0].Key != "farine") {
		t.Fatalf("drivers %+v", d)
	}
	for _, x := range d {
		if x.Key == "fournil" || x.Key == "maison" || x.Key == "chez" {
			t.Errorf("%s did not rise but is a driver: %+v", x.Key, d)
		}
	}
}
