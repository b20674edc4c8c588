package radarhub

import (
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/radar/ingest"
)

// negativeWords stands in for the sentiment classifier in these tests: the
// hub only needs a yes/no, and the moderation engine is tested on its own.
func negativeWords(text, lang string) ingest.Classification {
	for _, w := range []string{"Scandale", "Honteux", "dégoûtant", "inadmissible", "Boycott", "Déçu", "oubliée"} {
		if containsFold(text, w) {
			return ingest.Classification{Negative: true, Lang: lang}
		}
	}
	return ingest.Classification{Lang: lang}
}

func TestDemoBadBuzzIsFound(t *testing.T) {
	end := time.Date(2026, 3, 10, 16, 0, 0, 0, time.UTC)
	buzz := end.Add(-30 * time.Hour)
	brands := []DemoBrand{{Name: "Boulangerie Lumière", Tag: "#Lumiere", Lang: "fr", BadBuzz: buzz},
		{Name: "Northwind Coffee", Tag: "#Northwind", Lang: "en"}}
	ms := DemoMentions(7, brands, end, 6)
	h := New()
	h.Now = func() time.Time { return end }
	h.Classify = negativeWords
	for i, b := range brands {
		if err := h.SetQueries(int64(i+1), map[string]string{"marque": DemoQuery(b)}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < len(ms); i += 500 {
		h.Process(ms[i:min(i+500, len(ms))])
	}
	h.Advance()
	st := h.Status(1)
	t.Logf("brand 1: %d mentions, current %+v, closed %+v", st.Mentions, st.Current, st.Closed)
	if len(st.Closed) != 1 || st.Current != nil {
		t.Fatalf("want exactly one closed episode for the bad buzz, got current %v closed %v", st.Current, st.Closed)
	}
	e := st.Closed[0]
	if e.Kind != "bad_buzz" || e.AlertAt.Before(buzz) || e.AlertAt.After(buzz.Add(time.Hour)) {
		t.Fatalf("episode %+v: want a bad buzz alerted within the hour after %s", e, buzz)
	}
	st2 := h.Status(2)
	if len(st2.Closed) != 0 || st2.Current != nil {
		t.Fatalf("calm brand got episodes: %+v %+v", st2.Current, st2.Closed)
	}
	tr := h.Trends(1, 5)
	if len(tr) == 0 || tr[0].Key != "#fetedupain" {
		t.Fatalf("trends = %+v, want #fetedupain first", tr)
	}
}

func containsFold(s, sub string) bool {
	return len(sub) > 0 && (len(s) >= len(sub)) && (indexFold(s, sub) >= 0)
}

func indexFold(s, sub string) int {
	ls, lsub := []rune(s), []rune(sub)
	for i := 0; i+len(lsub) <= len(ls); i++ {
		ok := true
		for j := range lsub {
			if toLower(ls[i+j]) != toLower(lsub[j]) {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

func toLower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

// BenchmarkHubProcess measures the hub's own work per mention (routing
// through 3 brands' queries, aggregation, trends, crisis-room memory,
// detector), without sentiment, on the demo's six days.
func BenchmarkHubProcess(b *testing.B) {
	end := time.Date(2026, 3, 10, 16, 0, 0, 0, time.UTC)
	brands := []DemoBrand{{Name: "Boulangerie Lumière", Tag: "#Lumiere", Lang: "fr", BadBuzz: end.Add(-30 * time.Hour)},
		{Name: "Northwind Coffee", Tag: "#Northwind", Lang: "en"}, {Name: "Vélo Vert", Tag: "#VeloVert", Lang: "fr"}}
	ms := DemoMentions(1, brands, end, 6)
	b.ResetTimer()
	for range b.N {
		h := New()
		h.Now = func() time.Time { return end }
		for i, br := range brands {
			if err := h.SetQueries(int64(i+1), map[string]string{"marque": DemoQuery(br)}); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; i < len(ms); i += 500 {
			h.Process(ms[i:min(i+500, len(ms))])
		}
		h.Advance()
	}
	b.ReportMetric(float64(len(ms))*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
	b.ReportMetric(float64(len(ms)), "mentions")
}
