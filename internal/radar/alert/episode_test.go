package alert

import (
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
)

func TestFromEpisode(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	e := &radar.Episode{Kind: radar.BadBuzz, Phase: radar.PhaseDuring, Start: t0, AlertAt: t0.Add(5 * time.Minute), PeakCount: 300, Volume: 520, Negative: 364}
	a, ok := FromEpisode("fournil", e, []radar.Driver{{Key: "#rappelconso"}, {Key: "farine"}}, "https://vigie.example/radar/fournil", "fr")
	if !ok || !a.Urgent || !strings.HasPrefix(a.Title, "Bad buzz sur fournil") || !strings.Contains(a.Text, "70% négatives") || !strings.Contains(a.Text, "#rappelconso, farine") {
		t.Fatalf("%+v", a)
	}
	e.Phase = radar.PhaseAfter
	e.End = t0.Add(2 * time.Hour)
	b, ok := FromEpisode("fournil", e, nil, "", "en")
	if !ok || b.Urgent || b.Key == a.Key || !strings.Contains(b.Text, "2h0m0s") {
		t.Fatalf("%+v", b)
	}
	fizzled := &radar.Episode{Kind: radar.Buzz, Phase: radar.PhaseBefore, Start: t0, End: t0.Add(time.Hour)}
	if _, ok := FromEpisode("fournil", fizzled, nil, "", "en"); ok {
		t.Errorf("a fizzled warning alerted")
	}
}
