package radar

import (
	"flag"
	"math"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/radar/nab"
	"github.com/vigie-cm/vigie/internal/testenv"
)

var (
	looFlag  = flag.Bool("radar.loo", false, "run the leave-one-tweets-series-out estimate over the parameter grid (minutes)")
	looCache = flag.String("radar.cache", "", "directory keeping the grid's evaluations between runs")
	looBest  = flag.Bool("radar.best", false, "choose each fold's configuration by its own criterion, not its plateau's")
)

// The grid's one-pass scorer gives exactly what a Detector gives for each
// configuration, on counts and on a series that turns out not to be counts.
func TestGridMatchesDetector(t *testing.T) {
	times, counts := poissonSeries(3, 2500, func(i int) float64 {
		if i >= 2000 && i < 2010 {
			return 40
		}
		return 6 + 3*math.Sin(float64(i)/40)
	})
	raw := append([]float64(nil), counts...)
	raw[1500] = 2.5
	raw[1600] = math.NaN()
	g := group{base: DefaultParams(), qs: []float64{0.99, 0.998}, z0s: []float64{3, 5}, refr: []int{0, 50, 400}}
	g.base.Baseline, g.base.Novelty, g.base.Warmup = 700, 600, 100
	for _, tc := range []struct {
		g      group
		values []float64
	}{{g, counts}, {g, raw}} {
		got := tc.g.scores(tc.values)
		for i, p := range tc.g.params() {
			values := tc.values
			want := DetectSeries(p, times, values)
			for row := range want {
				if got[i][row] != want[row] {
					t.Fatalf("config %+v row %d: grid %v, detector %v", p, row, got[i][row], want[row])
				}
			}
		}
	}
}

// The leave-one-out's fast threshold search and per-file scores agree with
// the NAB scorer (nab.Optimize, nab.Score) on the real corpus.
func TestLOOEvaluationMatchesNAB(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the detector over the 53 NAB series")
	}
	root := filepath.Join(testenv.SharedData(t), "radar", "NAB")
	ec, err := loadEvalCorpus(root, "standard", "reward_low_FP_rate")
	if err != nil {
		t.Fatal(err)
	}
	p := DefaultParams()
	var files []nab.File
	var scores []float64
	for f, s := range ec.series {
		sc := DetectSeries(p, s.Times, s.Values)
		scores = append(scores, sc...)
		files = append(files, nab.File{Name: ec.names[f], Times: s.Times, Scores: sc, Windows: ec.windows[f]})
	}
	ev := ec.evaluate(p, scores)
	for pi, prof := range ec.profiles {
		for e := range ev.Theta[pi] {
			set := files
			if e > 0 {
				set = append(append([]nab.File(nil), files[:ec.tweets[e-1]]...), files[ec.tweets[e-1]+1:]...)
			}
			best, err := nab.Optimize(set, prof)
			if err != nil {
				t.Fatal(err)
			}
			if best.Threshold != ev.Theta[pi][e] {
				t.Errorf("%s, fold %d: threshold %v, nab.Optimize %v", prof.Name, e, ev.Theta[pi][e], best.Threshold)
			}
			if e == 0 && math.Abs(best.Score-ev.CorpusRaw[pi]) > 1e-9 {
				t.Errorf("%s: corpus raw %v, nab %v", prof.Name, ev.CorpusRaw[pi], best.Score)
			}
			for i, f := range ec.tweets {
				res, err := nab.Score(files[f:f+1], prof, ev.Theta[pi][e])
				if err != nil {
					t.Fatal(err)
				}
				if math.Abs(res.Raw-ev.TweetRaw[pi][e][i]) > 1e-9 {
					t.Errorf("%s, fold %d, %s: raw %v, nab.Score %v", prof.Name, e, ec.names[f], ev.TweetRaw[pi][e][i], res.Raw)
				}
			}
		}
	}
}

// The honest estimate: go test -run TestNABLeaveOneTweetsOut -radar.loo -v ./internal/radar/
func TestNABLeaveOneTweetsOut(t *testing.T) {
	if !*looFlag {
		t.Skip("pass -radar.loo (a few minutes of CPU; -radar.cache DIR keeps the grid between runs)")
	}
	root := filepath.Join(testenv.SharedData(t), "radar", "NAB")
	start := time.Now()
	g := DefaultGrid()
	g.Plateau = !*looBest
	rep, err := LeaveOneTweetsOut(root, g, *looCache)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d configurations, %s", rep.Configs, time.Since(start).Round(time.Second))
	t.Logf("%-36s %8s %8s %8s %8s  %s", "held out", "std", "lowFP", "def std", "def lowFP", "chosen by the other four (window scales Q Z0 refractory)")
	for _, f := range rep.Folds {
		t.Logf("%-36s %8.1f %8.1f %8.1f %8.1f  %d %v %v %v %d", f.Series, f.Standard, f.LowFP, f.DefaultStandard, f.DefaultLowFP,
			f.Chosen.Baseline, f.Chosen.Scales, f.Chosen.NoveltyQ, f.Chosen.Z0, f.Chosen.Refractory)
	}
	t.Logf("leave-one-out: mean of series %.1f / %.1f, pooled %.1f / %.1f (standard / low FP)", rep.MeanStandard, rep.MeanLowFP, rep.PooledStandard, rep.PooledLowFP)
	t.Logf("in-sample choice %d %v %v %v %d: realTweets %.1f / %.1f, corpus %.1f; defaults %.1f / %.1f, corpus %.1f",
		rep.InSample.Baseline, rep.InSample.Scales, rep.InSample.NoveltyQ, rep.InSample.Z0, rep.InSample.Refractory,
		rep.InSampleStandard, rep.InSampleLowFP, rep.InSampleCorpus, rep.DefaultStandard, rep.DefaultLowFP, rep.DefaultCorpus)
	t.Logf("%-24s %8s %8s %8s %8s", "change", "std", "lowFP", "corpus", "corp lowFP")
	for _, r := range rep.Sensitivity {
		t.Logf("%-24s %8.1f %8.1f %8.1f %8.1f", r.Change, r.Standard, r.LowFP, r.Corpus, r.CorpusLowFP)
	}
	t.Logf("realTweets standard over the grid: min %.1f, median %.1f, max %.1f", rep.GridMinStandard, rep.GridMedianStandard, rep.GridMaxStandard)
	if len(rep.Folds) != 5 {
		t.Fatalf("%d folds, want one per realTweets series (5)", len(rep.Folds))
	}
	// The pooled estimate is the held-out series' raw scores over their
	// windows: it lies between the worst and the best series.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, f := range rep.Folds {
		lo, hi = min(lo, f.Standard), max(hi, f.Standard)
	}
	if rep.PooledStandard < lo-1e-9 || rep.PooledStandard > hi+1e-9 {
		t.Errorf("pooled standard %.2f outside the folds' range [%.2f, %.2f]", rep.PooledStandard, lo, hi)
	}
	// DefaultParams are what the documented rule picks on all five series.
	if g.Plateau && !sameParams(rep.InSample, DefaultParams()) {
		t.Errorf("the grid's plateau rule picks %+v, DefaultParams are %+v", rep.InSample, DefaultParams())
	}
	// The defaults are in the grid, so the in-sample choice does at least
	// as well by its own criterion.
	if rep.DefaultInGrid && rep.InSampleStandard+rep.InSampleLowFP+1e-9 < rep.DefaultStandard+rep.DefaultLowFP {
		t.Errorf("in-sample choice %.1f + %.1f below the defaults' %.1f + %.1f", rep.InSampleStandard, rep.InSampleLowFP, rep.DefaultStandard, rep.DefaultLowFP)
	}
}

// Neighbours are one step on one axis, both ways.
func TestGridNeighbours(t *testing.T) {
	g := DefaultGrid()
	nb := g.neighbours()
	ps := []Params{}
	for _, gr := range g.groups() {
		ps = append(ps, gr.params()...)
	}
	if len(ps) != g.Size() || len(nb) != g.Size() {
		t.Fatalf("%d configurations, %d neighbour lists, grid size %d", len(ps), len(nb), g.Size())
	}
	axes := func(p Params) []float64 {
		return []float64{float64(p.Baseline), float64(len(p.Scales)), p.NoveltyQ, p.Z0, float64(p.Refractory)}
	}
	for i, list := range nb {
		// The first configuration is a corner: one neighbour per axis.
		if i == 0 && len(list) != 5 {
			t.Errorf("corner has %d neighbours, want 5", len(list))
		}
		for _, j := range list {
			diff := 0
			a, b := axes(ps[i]), axes(ps[j])
			for k := range a {
				if a[k] != b[k] {
					diff++
				}
			}
			if diff != 1 || !slices.Contains(nb[j], i) {
				t.Fatalf("%+v and %+v: %d axes differ (symmetric: %v)", ps[i], ps[j], diff, slices.Contains(nb[j], i))
			}
		}
	}
}
