package radar

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

func TestTrendsRisingAndRelevant(t *testing.T) {
	tr := NewTrends()
	r := rand.New(rand.NewPCG(9, 9))
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	chatter := []string{"météo pluvieuse aujourd'hui", "match de football hier soir", "nouvelle série netflix", "embouteillages périphérique", "recette de gâteau chocolat facile"}
	// A day of ordinary chatter, including steady talk about bread.
	for i := range 24 * 60 {
		at := t0.Add(time.Duration(i) * time.Minute)
		tr.Observe(Mention{Text: chatter[r.IntN(len(chatter))], Time: at})
		if i%10 == 0 {
			tr.Observe(Mention{Text: "bonne baguette ce matin", Time: at})
		}
	}
	now := t0.Add(24 * time.Hour)
	// The last hour: a national bread day takes off, and so does an
	// unrelated celebrity story; football is as usual.
	for i := range 60 {
		at := now.Add(time.Duration(i-60) * time.Minute)
		tr.Observe(Mention{Text: "#JourneeDuPain on fête la baguette et les croissants", Time: at})
		tr.Observe(Mention{Text: "#JourneeDuPain c'est aujourd'hui", Time: at})
		tr.Observe(Mention{Text: "#StarGate2026 la rupture du siècle " + fmt.Sprint(i), Time: at})
		tr.Observe(Mention{Text: "#StarGate2026 incroyable", Time: at})
		tr.Observe(Mention{Text: chatter[r.IntN(len(chatter))], Time: at})
	}
	got := tr.Rising(now, []string{"boulangerie", "baguette", "croissants", "#pain"}, 5)
	if len(got) == 0 || got[0].Key != "#journeedupain" {
		t.Fatalf("for a bakery, want #journeedupain first: %+v", got)
	}
	for _, x := range got {
		if x.Key == "#stargate2026" {
			t.Errorf("an unrelated story is ranked for a bakery: %+v", got)
		}
		if x.Key == "football" || x.Key == "match" {
			t.Errorf("steady chatter is ranked as rising: %+v", x)
		}
	}
	all := tr.Rising(now, nil, 10)
	keys := map[string]bool{}
	for _, x := range all {
		keys[x.Key] = true
	}
	if !keys["#stargate2026"] || !keys["#journeedupain"] {
		t.Errorf("without topics both risers should appear: %+v", all)
	}
}
