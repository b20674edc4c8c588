package style

import "testing"

func TestRunScaleSmall(t *testing.T) {
	rep := RunScale(7, 2000, 2000, 100)
	t.Logf("%+v", rep)
	if rep.PlantedFound < rep.Planted*9/10 {
		t.Errorf("planted paraphrases found %d/%d", rep.PlantedFound, rep.Planted)
	}
	if rep.FreshFlagged > rep.Fresh/10 {
		t.Errorf("fresh posts flagged %d/%d", rep.FreshFlagged, rep.Fresh)
	}
	if rep.LSHAgreement < rep.BruteMatches*9/10 {
		t.Errorf("LSH found %d of the %d brute-force matches", rep.LSHAgreement, rep.BruteMatches)
	}
}

func BenchmarkNewHistory50k(b *testing.B) {
	g := NewGenerator(1, 50000)
	texts, _ := g.posts(50000)
	b.ResetTimer()
	for range b.N {
		NewHistory(texts, "")
	}
}
