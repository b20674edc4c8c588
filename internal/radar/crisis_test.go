package radar

import (
	"fmt"
	"testing"
	"time"
)

func TestTopPostsAndClusters(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var ms []Mention
	var neg []bool
	add := func(text string, reach int64, n bool) {
		ms = append(ms, Mention{ID: fmt.Sprint(len(ms)), Text: text, Reach: reach, Time: t0.Add(time.Duration(len(ms)) * time.Minute)})
		neg = append(neg, n)
	}
	for i := range 12 {
		add(fmt.Sprintf("Farine contaminée chez Maison Fournil, rappel produit #RappelConso %d", i), int64(100*i), true)
	}
	for i := range 5 {
		add(fmt.Sprintf("Les croissants de Maison Fournil restent les meilleurs du quartier %d", i), 50, false)
	}
	add("Quelqu'un sait à quelle heure ouvre la boutique ?", 10000, false)
	top := TopPosts(ms, 2)
	if top[0].Reach != 10000 || top[1].Reach != 1100 {
		t.Fatalf("top %+v", top)
	}
	cs := Clusters(ms, neg, 0.4, 3)
	if len(cs) != 3 || cs[0].Size != 12 || cs[0].Negative != 12 || cs[1].Size != 5 || cs[1].Negative != 0 || cs[2].Size != 1 {
		t.Fatalf("clusters %+v", cs)
	}
	if cs[0].Example.Reach != 1100 {
		t.Errorf("example %+v", cs[0].Example)
	}
	found := false
	for _, term := range cs[0].Terms {
		found = found || term == "farine" || term == "#rappelconso" || term == "contaminee"
	}
	if !found {
		t.Errorf("terms %v", cs[0].Terms)
	}
}

func TestSummarise(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	at := func(i int) time.Time { return t0.Add(time.Duration(i) * time.Hour) }
	var pts []Point
	for i := range 48 {
		p := Point{Start: at(i), Volume: 20, Negative: 2}
		switch {
		case i == 30:
			p.Volume, p.Negative = 60, 30
		case i == 31:
			p.Volume, p.Negative = 300, 210
		case i == 32:
			p.Volume, p.Negative = 120, 60
		case i == 33:
			p.Volume, p.Negative = 40, 8
		}
		p.NegativeShare = float64(p.Negative) / float64(p.Volume)
		pts = append(pts, p)
	}
	e := Episode{Kind: BadBuzz, Start: at(30), AlertAt: at(31), Peak: at(31), PeakCount: 300, End: at(34), Volume: 520, Negative: 308, BaseShare: 0.1}
	pm := Summarise(e, pts)
	if pm.Multiple != 15 || pm.Lead != time.Hour || pm.Duration != 4*time.Hour || pm.WorstShare != 0.7 {
		t.Errorf("post-mortem %+v", pm)
	}
	if !pm.Recovered.Equal(at(34)) {
		t.Errorf("recovered at %s, want %s (share back to 10%%)", pm.Recovered, at(34))
	}
}
