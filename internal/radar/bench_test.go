package radar

import (
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// The floors on NAB's realTweets, with the threshold chosen over the
// whole corpus (never over the tweets alone).
func TestNABFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the detector over the 53 NAB series")
	}
	root := filepath.Join(testenv.SharedData(t), "radar", "NAB")
	rep, err := RunNAB(root, DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	std, lowFP := rep.Profiles["standard"], rep.Profiles["reward_low_FP_rate"]
	t.Logf("realTweets standard %.1f, reward_low_FP_rate %.1f; corpus %.1f, %.1f",
		std.RealTweets.Normalized, lowFP.RealTweets.Normalized, std.Corpus.Normalized, lowFP.Corpus.Normalized)
	if std.RealTweets.Normalized < 80 {
		t.Errorf("realTweets standard %.1f, floor 80", std.RealTweets.Normalized)
	}
	if lowFP.RealTweets.Normalized < 70 {
		t.Errorf("realTweets reward_low_FP_rate %.1f, floor 70", lowFP.RealTweets.Normalized)
	}
	if std.Corpus.Files != 53 || std.Corpus.Windows != 99 || std.RealTweets.Windows != 16 {
		t.Errorf("scored %d files / %d windows (tweets %d), want 53 / 99 (16)", std.Corpus.Files, std.Corpus.Windows, std.RealTweets.Windows)
	}
	// Each series alone at the corpus threshold: the pooled score lies
	// between the worst and the best of them.
	lo, hi := 101.0, -1e9
	for _, name := range slices.Sorted(maps.Keys(std.RealTweets.PerSeries)) {
		v := std.RealTweets.PerSeries[name]
		t.Logf("%s alone: standard %.1f, reward_low_FP_rate %.1f", name, v, lowFP.RealTweets.PerSeries[name])
		lo, hi = min(lo, v), max(hi, v)
	}
	if len(std.RealTweets.PerSeries) != 5 || std.RealTweets.Normalized < lo-1e-9 || std.RealTweets.Normalized > hi+1e-9 {
		t.Errorf("realTweets %.2f, %d series from %.2f to %.2f", std.RealTweets.Normalized, len(std.RealTweets.PerSeries), lo, hi)
	}
	// The corpus-wide threshold is the best one for the corpus: the tweets'
	// own best can only be as good or better.
	if std.TweetsOwn+1e-9 < std.RealTweets.Normalized {
		t.Errorf("tweets at their own best threshold %.2f < at the corpus threshold %.2f", std.TweetsOwn, std.RealTweets.Normalized)
	}
}
