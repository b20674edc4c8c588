package radar

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/vigie-cm/vigie/internal/radar/nab"
)

// Grid is the parameter grid the detector's defaults are chosen from:
// every combination of its axes, the other fields as in Base. Baseline and
// Novelty windows are set together (Windows).
type Grid struct {
	Base       Params
	Windows    []int
	Scales     [][]int
	NoveltyQ   []float64
	Z0         []float64
	Refractory []int
	// Plateau chooses by the criterion averaged over a configuration and
	// its neighbours (one step on one axis) rather than by its own: the
	// middle of a plateau, not a lone peak next to a cliff.
	Plateau bool
}

// DefaultGrid is the grid of docs/radar.md: the neighbourhood the defaults
// were picked from, wide enough to contain its cliffs.
func DefaultGrid() Grid {
	return Grid{
		Base:       DefaultParams(),
		Windows:    []int{3000, 3500, 4000, 4500, 5000, 6000},
		Scales:     [][]int{{1, 3, 12}, {1, 3, 12, 36}},
		NoveltyQ:   []float64{0.995, 0.997, 0.998, 0.999},
		Z0:         []float64{4.5, 5, 5.5, 6},
		Refractory: []int{288, 400, 576},
		Plateau:    true,
	}
}

// neighbours lists, for each configuration in the order the groups give
// them, those one step away on one axis.
func (g Grid) neighbours() [][]int {
	dims := []int{len(g.Windows), len(g.Scales), len(g.NoveltyQ), len(g.Z0), len(g.Refractory)}
	out := make([][]int, g.Size())
	for i := range out {
		// Decompose i into its coordinates, last axis fastest.
		coord := make([]int, len(dims))
		rest := i
		for a := len(dims) - 1; a >= 0; a-- {
			coord[a] = rest % dims[a]
			rest /= dims[a]
		}
		for a := range dims {
			for _, d := range []int{-1, 1} {
				c := coord[a] + d
				if c < 0 || c >= dims[a] {
					continue
				}
				j := 0
				for b := range dims {
					v := coord[b]
					if b == a {
						v = c
					}
					j = j*dims[b] + v
				}
				out[i] = append(out[i], j)
			}
		}
	}
	return out
}

// Size is the number of configurations in g.
func (g Grid) Size() int {
	return len(g.Windows) * len(g.Scales) * len(g.NoveltyQ) * len(g.Z0) * len(g.Refractory)
}

// group is the configurations sharing a baseline (window and scales): one
// pass over a series serves all of them.
type group struct {
	base    Params
	qs, z0s []float64
	refr    []int
}

func (g Grid) groups() []group {
	var out []group
	for _, w := range g.Windows {
		for _, sc := range g.Scales {
			p := g.Base
			p.Baseline, p.Novelty, p.Scales = w, w, sc
			out = append(out, group{base: p, qs: g.NoveltyQ, z0s: g.Z0, refr: g.Refractory})
		}
	}
	return out
}

// params lists the group's configurations in the order scores returns them.
func (g group) params() []Params {
	var out []Params
	for _, q := range g.qs {
		for _, z0 := range g.z0s {
			for _, r := range g.refr {
				p := g.base
				p.NoveltyQ, p.Z0, p.Refractory = q, z0, r
				out = append(out, p)
			}
		}
	}
	return out
}

// scores runs the group over one series: what DetectSeries gives for each
// of params(), in one pass (TestGridMatchesDetector checks it).
func (g group) scores(values []float64) [][]float64 {
	nq, nz, nr := len(g.qs), len(g.z0s), len(g.refr)
	out := make([][]float64, nq*nz*nr)
	for i := range out {
		out[i] = make([]float64, len(values))
	}
	dampers := make([]damper, len(out))
	for i := range dampers {
		dampers[i] = newDamper(g.refr[i%nr], g.base.Damp)
	}
	c := newCore(g.base)
	z := make([]float64, len(g.base.Scales))
	ref := make([]float64, len(g.base.Scales)*nq)
	for row, v := range values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		live := c.step(v, g.qs, z, ref)
		for j := range g.qs {
			for k, z0 := range g.z0s {
				r := 0.0
				if live {
					r = ratio(z, ref, nq, j, z0)
				}
				s := r / (r + 1)
				for m := range g.refr {
					i := (j*nz+k)*nr + m
					o := dampers[i].apply(s)
					if c.n > g.base.Warmup && !math.IsNaN(o) {
						out[i][row] = o
					}
				}
			}
		}
	}
	return out
}

// evalCorpus holds the NAB corpus ready for scoring many configurations:
// every file's rows, concatenated, with what each row is worth per profile.
type evalCorpus struct {
	names    []string
	series   []nab.Series
	windows  [][]nab.Window
	start    []int // first row of each file in the concatenation
	fileOf   []int32
	scorable []bool
	tweets   []int // indices of the realTweets files
	profiles []nab.Profile
	// per profile
	worth    [][]float64
	window   []int32 // corpus-wide window index or -1
	nWin     int
	winOf    []int32 // file of each window
	winStart []int   // first window of each file
	hasRow   []bool  // window has a scorable row
}

func loadEvalCorpus(root string, profileNames ...string) (*evalCorpus, error) {
	windows, err := nab.LoadWindows(filepath.Join(root, "labels", "combined_windows.json"))
	if err != nil {
		return nil, fmt.Errorf("radar loo: %w", err)
	}
	all, err := nab.LoadProfiles(filepath.Join(root, "config", "profiles.json"))
	if err != nil {
		all = nab.DefaultProfiles()
	}
	ec := &evalCorpus{}
	for _, n := range profileNames {
		for _, p := range all {
			if p.Name == n {
				ec.profiles = append(ec.profiles, p)
			}
		}
	}
	if len(ec.profiles) != len(profileNames) {
		return nil, fmt.Errorf("radar loo: profiles %v not all in %s", profileNames, root)
	}
	for name := range windows {
		ec.names = append(ec.names, name)
	}
	sort.Strings(ec.names)
	ec.worth = make([][]float64, len(ec.profiles))
	for f, name := range ec.names {
		s, err := nab.ReadCSVFile(filepath.Join(root, "data", filepath.FromSlash(name)))
		if err != nil {
			return nil, fmt.Errorf("radar loo: %w", err)
		}
		if strings.HasPrefix(name, "realTweets/") {
			ec.tweets = append(ec.tweets, f)
		}
		ec.series = append(ec.series, s)
		ec.windows = append(ec.windows, windows[name])
		ec.start = append(ec.start, len(ec.fileOf))
		for pi, p := range ec.profiles {
			rows, err := nab.Sweep(s.Times, make([]float64, len(s.Times)), windows[name], p.Costs)
			if err != nil {
				return nil, fmt.Errorf("radar loo: %s: %w", name, err)
			}
			for _, r := range rows {
				ec.worth[pi] = append(ec.worth[pi], r.Worth)
				if pi > 0 {
					continue
				}
				w := int32(-1)
				if r.Window != nab.NoWindow {
					w = int32(ec.nWin + r.Window)
				}
				ec.window = append(ec.window, w)
				ec.scorable = append(ec.scorable, !r.Probation)
				ec.fileOf = append(ec.fileOf, int32(f))
			}
		}
		ec.winStart = append(ec.winStart, ec.nWin)
		for range windows[name] {
			ec.winOf = append(ec.winOf, int32(f))
			ec.hasRow = append(ec.hasRow, false)
		}
		ec.nWin += len(windows[name])
	}
	for i, w := range ec.window {
		if w >= 0 && ec.scorable[i] {
			ec.hasRow[w] = true
		}
	}
	return ec, nil
}

// configEval is what leave-one-out needs of one configuration, per profile:
// the corpus-wide threshold with every file and with each tweets file left
// out, and each tweets file's raw score at each of those thresholds.
type configEval struct {
	Params Params `json:"params"`
	// Theta[p][0] is over the whole corpus, Theta[p][1+i] without tweets file i.
	Theta [][]float64 `json:"theta"`
	// CorpusRaw[p] is the corpus raw score at Theta[p][0].
	CorpusRaw []float64 `json:"corpus_raw"`
	// TweetRaw[p][e][i] is tweets file i's raw score at Theta[p][e].
	TweetRaw [][][]float64 `json:"tweet_raw"`
}

// evaluate scores one configuration's concatenated scores.
func (ec *evalCorpus) evaluate(p Params, scores []float64) configEval {
	order := make([]int32, 0, len(scores))
	for i, ok := range ec.scorable {
		if ok {
			order = append(order, int32(i))
		}
	}
	// Highest first, ties in file order, as NAB's stable sort.
	slices.SortStableFunc(order, func(a, b int32) int {
		sa, sb := scores[a], scores[b]
		switch {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return 0
	})
	ce := configEval{Params: p}
	parts := make([]float64, ec.nWin)
	for pi, prof := range ec.profiles {
		thetas := make([]float64, 1+len(ec.tweets))
		for e := range thetas {
			skip := int32(-1)
			if e > 0 {
				skip = int32(ec.tweets[e-1])
			}
			th, raw := ec.best(order, scores, ec.worth[pi], prof.Costs, skip, parts)
			thetas[e] = th
			if e == 0 {
				ce.CorpusRaw = append(ce.CorpusRaw, raw)
			}
		}
		ce.Theta = append(ce.Theta, thetas)
		per := make([][]float64, len(thetas))
		for e, th := range thetas {
			for _, f := range ec.tweets {
				per[e] = append(per[e], ec.fileRaw(f, scores, ec.worth[pi], prof.Costs, th))
			}
		}
		ce.TweetRaw = append(ce.TweetRaw, per)
	}
	return ce
}

// best is nab.Optimize over every file but skip, on rows already sorted:
// the threshold with the highest total (the highest such threshold on
// ties) and that total.
func (ec *evalCorpus) best(order []int32, scores, worth []float64, c nab.Costs, skip int32, parts []float64) (float64, float64) {
	sumParts := 0.0
	for w := range parts {
		parts[w] = -c.FN
		if ec.hasRow[w] && ec.winOf[w] != skip {
			sumParts -= c.FN
		}
	}
	fp := 0.0
	cur, bestTh, bestScore := 1.1, 1.1, sumParts
	for _, i := range order {
		if ec.fileOf[i] == skip {
			continue
		}
		if s := scores[i]; s != cur {
			if t := fp + sumParts; t > bestScore {
				bestTh, bestScore = cur, t
			}
			cur = s
		}
		if w := ec.window[i]; w < 0 {
			fp += worth[i]
		} else if worth[i] > parts[w] {
			sumParts += worth[i] - parts[w]
			parts[w] = worth[i]
		}
	}
	if t := fp + sumParts; t > bestScore {
		bestTh, bestScore = cur, t
	}
	return bestTh, bestScore
}

// fileRaw is file f's raw NAB score when every row scoring at least theta
// is a detection.
func (ec *evalCorpus) fileRaw(f int, scores, worth []float64, c nab.Costs, theta float64) float64 {
	end := len(scores)
	if f+1 < len(ec.start) {
		end = ec.start[f+1]
	}
	w0 := ec.winStart[f]
	parts := make([]float64, len(ec.windows[f]))
	for k := range parts {
		parts[k] = -c.FN
	}
	raw := 0.0
	for i := ec.start[f]; i < end; i++ {
		if !ec.scorable[i] || scores[i] < theta {
			continue
		}
		if w := ec.window[i]; w < 0 {
			raw += worth[i]
		} else {
			parts[int(w)-w0] = max(parts[int(w)-w0], worth[i])
		}
	}
	for k, part := range parts {
		if ec.hasRow[w0+k] {
			raw += part
		}
	}
	return raw
}

// LOOFold is one realTweets series held out.
type LOOFold struct {
	Series string `json:"series"`
	// Chosen is the configuration the other four tweets series (with the
	// rest of the corpus) pick.
	Chosen Params `json:"chosen"`
	// Standard and LowFP are the held-out series alone, scored with the
	// chosen configuration at its corpus-wide threshold.
	Standard float64 `json:"standard"`
	LowFP    float64 `json:"reward_low_FP_rate"`
	// DefaultStandard and DefaultLowFP are the same for DefaultParams.
	DefaultStandard float64 `json:"default_standard"`
	DefaultLowFP    float64 `json:"default_reward_low_FP_rate"`
}

// LOOReport is the leave-one-tweets-series-out estimate.
type LOOReport struct {
	Configs int       `json:"configs"`
	Folds   []LOOFold `json:"folds"`
	// Mean of the held-out series' scores, and the pooled score (the
	// held-out series' raw scores summed, normalised over their windows,
	// comparable with the realTweets figure of the bench).
	MeanStandard   float64 `json:"mean_standard"`
	MeanLowFP      float64 `json:"mean_reward_low_FP_rate"`
	PooledStandard float64 `json:"pooled_standard"`
	PooledLowFP    float64 `json:"pooled_reward_low_FP_rate"`
	// InSample is the configuration all five tweets series pick, and its
	// realTweets scores: what choosing on the tweets themselves promises.
	InSample         Params  `json:"in_sample"`
	InSampleStandard float64 `json:"in_sample_standard"`
	InSampleLowFP    float64 `json:"in_sample_reward_low_FP_rate"`
	// InSampleCorpus and DefaultCorpus are the corpus standard scores.
	InSampleCorpus float64 `json:"in_sample_corpus_standard"`
	DefaultCorpus  float64 `json:"default_corpus_standard"`
	// Default is DefaultParams' realTweets scores; DefaultInGrid tells
	// whether the grid holds them.
	DefaultInGrid   bool    `json:"default_in_grid"`
	DefaultStandard float64 `json:"default_standard"`
	DefaultLowFP    float64 `json:"default_reward_low_FP_rate"`
	// Sensitivity is the defaults and every configuration of the grid that
	// differs from them on one axis only.
	Sensitivity []SensitivityRow `json:"sensitivity"`
	// Spread of the realTweets standard score over the whole grid.
	GridMinStandard, GridMedianStandard, GridMaxStandard float64
}

// SensitivityRow is one configuration's realTweets and corpus scores, each
// at its own corpus-wide threshold.
type SensitivityRow struct {
	Change   string  `json:"change"`
	Standard float64 `json:"standard"`
	LowFP    float64 `json:"reward_low_FP_rate"`
	Corpus   float64 `json:"corpus_standard"`
	// CorpusLowFP is the corpus reward_low_FP_rate score.
	CorpusLowFP float64 `json:"corpus_reward_low_FP_rate"`
}

// change describes how p differs from def on one axis ("" if it is def,
// "-" if it differs on more than one).
func change(p, def Params) string {
	var d []string
	if p.Baseline != def.Baseline {
		d = append(d, fmt.Sprintf("window %d", p.Baseline))
	}
	if !slices.Equal(p.Scales, def.Scales) {
		d = append(d, fmt.Sprintf("scales %v", p.Scales))
	}
	if p.NoveltyQ != def.NoveltyQ {
		d = append(d, fmt.Sprintf("NoveltyQ %v", p.NoveltyQ))
	}
	if p.Z0 != def.Z0 {
		d = append(d, fmt.Sprintf("Z0 %v", p.Z0))
	}
	if p.Refractory != def.Refractory {
		d = append(d, fmt.Sprintf("refractory %d", p.Refractory))
	}
	switch len(d) {
	case 0:
		return ""
	case 1:
		return d[0]
	}
	return "-"
}

// LeaveOneTweetsOut estimates how the detector does on a tweets series it
// was not tuned on. For each realTweets series: the configuration of grid
// with the best realTweets score (standard plus reward_low_FP_rate, on the
// other four series, at the threshold chosen over the corpus without the
// held-out series; ties to the better corpus standard score) is run over
// the corpus as NAB would, threshold chosen over the whole corpus, and the
// held-out series is scored at it. cacheDir, when not empty, keeps each
// baseline group's evaluation between runs.
func LeaveOneTweetsOut(root string, grid Grid, cacheDir string) (LOOReport, error) {
	ec, err := loadEvalCorpus(root, "standard", "reward_low_FP_rate")
	if err != nil {
		return LOOReport{}, err
	}
	if len(ec.tweets) < 2 {
		return LOOReport{}, fmt.Errorf("radar loo: %d realTweets series in %s, need at least 2", len(ec.tweets), root)
	}
	var evals []configEval
	for _, g := range grid.groups() {
		ev, err := ec.evalGroup(g, cacheDir)
		if err != nil {
			return LOOReport{}, err
		}
		evals = append(evals, ev...)
	}
	def := DefaultParams()
	defEval := -1
	for i, ev := range evals {
		if sameParams(ev.Params, def) {
			defEval = i
		}
	}
	if defEval < 0 {
		ev, err := ec.evalGroup(group{base: def, qs: []float64{def.NoveltyQ}, z0s: []float64{def.Z0}, refr: []int{def.Refractory}}, cacheDir)
		if err != nil {
			return LOOReport{}, err
		}
		evals = append(evals, ev...)
		defEval = len(evals) - 1
	}
	rep := LOOReport{Configs: grid.Size(), DefaultInGrid: defEval < grid.Size()}
	tweetWin := make([]int, len(ec.tweets))
	for i, f := range ec.tweets {
		tweetWin[i] = len(ec.windows[f])
	}
	// norm is the tweets files in set (by position in ec.tweets), scored
	// at Theta[p][e].
	norm := func(ev configEval, p, e int, set []int) float64 {
		raw, w := 0.0, 0
		for _, i := range set {
			raw += ev.TweetRaw[p][e][i]
			w += tweetWin[i]
		}
		return nab.Normalized(raw, w, ec.profiles[p].Costs)
	}
	corpusNorm := func(ev configEval) float64 {
		return nab.Normalized(ev.CorpusRaw[0], ec.nWin, ec.profiles[0].Costs)
	}
	neighbours := grid.neighbours()
	choose := func(e int, set []int) int {
		crits := make([]float64, grid.Size())
		for i, ev := range evals[:grid.Size()] {
			crits[i] = norm(ev, 0, e, set) + norm(ev, 1, e, set)
		}
		best, bestCrit, bestCorpus := -1, math.Inf(-1), math.Inf(-1)
		for i, ev := range evals[:grid.Size()] {
			crit := crits[i]
			if grid.Plateau {
				for _, n := range neighbours[i] {
					crit += crits[n]
				}
				crit /= float64(1 + len(neighbours[i]))
			}
			if c := corpusNorm(ev); crit > bestCrit+1e-9 || (math.Abs(crit-bestCrit) <= 1e-9 && c > bestCorpus) {
				best, bestCrit, bestCorpus = i, crit, c
			}
		}
		return best
	}
	all := make([]int, len(ec.tweets))
	for i := range all {
		all[i] = i
	}
	var pooled [2]float64
	held := 0
	for h := range ec.tweets {
		var others []int
		for _, i := range all {
			if i != h {
				others = append(others, i)
			}
		}
		c := evals[choose(1+h, others)]
		fold := LOOFold{Series: ec.names[ec.tweets[h]], Chosen: c.Params,
			Standard: norm(c, 0, 0, []int{h}), LowFP: norm(c, 1, 0, []int{h}),
			DefaultStandard: norm(evals[defEval], 0, 0, []int{h}), DefaultLowFP: norm(evals[defEval], 1, 0, []int{h})}
		rep.Folds = append(rep.Folds, fold)
		rep.MeanStandard += fold.Standard / float64(len(ec.tweets))
		rep.MeanLowFP += fold.LowFP / float64(len(ec.tweets))
		pooled[0] += c.TweetRaw[0][0][h]
		pooled[1] += c.TweetRaw[1][0][h]
		held += tweetWin[h]
	}
	rep.PooledStandard = nab.Normalized(pooled[0], held, ec.profiles[0].Costs)
	rep.PooledLowFP = nab.Normalized(pooled[1], held, ec.profiles[1].Costs)
	in := evals[choose(0, all)]
	rep.InSample, rep.InSampleStandard, rep.InSampleLowFP = in.Params, norm(in, 0, 0, all), norm(in, 1, 0, all)
	rep.DefaultStandard, rep.DefaultLowFP = norm(evals[defEval], 0, 0, all), norm(evals[defEval], 1, 0, all)
	rep.InSampleCorpus, rep.DefaultCorpus = corpusNorm(in), corpusNorm(evals[defEval])
	for _, ev := range evals[:grid.Size()] {
		if c := change(ev.Params, def); c != "-" && sameParams(withAxes(ev.Params, def), def) {
			if c == "" {
				c = "defaults"
			}
			rep.Sensitivity = append(rep.Sensitivity, SensitivityRow{Change: c, Standard: norm(ev, 0, 0, all), LowFP: norm(ev, 1, 0, all),
				Corpus: corpusNorm(ev), CorpusLowFP: nab.Normalized(ev.CorpusRaw[1], ec.nWin, ec.profiles[1].Costs)})
		}
	}
	var spread []float64
	for _, ev := range evals[:grid.Size()] {
		spread = append(spread, norm(ev, 0, 0, all))
	}
	sort.Float64s(spread)
	rep.GridMinStandard, rep.GridMedianStandard, rep.GridMaxStandard = spread[0], spread[len(spread)/2], spread[len(spread)-1]
	return rep, nil
}

// withAxes is p with the grid's axes taken from def: equal to def when p
// differs from it only on the grid's axes.
func withAxes(p, def Params) Params {
	p.Baseline, p.Novelty, p.Scales, p.NoveltyQ, p.Z0, p.Refractory = def.Baseline, def.Novelty, def.Scales, def.NoveltyQ, def.Z0, def.Refractory
	return p
}

func sameParams(a, b Params) bool {
	return a.Baseline == b.Baseline && a.Warmup == b.Warmup && slices.Equal(a.Scales, b.Scales) &&
		a.Novelty == b.Novelty && a.NoveltyQ == b.NoveltyQ && a.Z0 == b.Z0 && a.Refractory == b.Refractory && a.Damp == b.Damp
}

// evalGroup runs one baseline group over the corpus and evaluates each of
// its configurations, from the cache when it has them.
func (ec *evalCorpus) evalGroup(g group, cacheDir string) ([]configEval, error) {
	var cacheFile string
	if cacheDir != "" {
		key := fmt.Sprintf("%s %d", detectorVersion, len(ec.names))
		for _, p := range g.params() {
			key += fmt.Sprintf(" %d/%d/%v/%d/%v/%v/%d/%v", p.Baseline, p.Warmup, p.Scales, p.Novelty, p.NoveltyQ, p.Z0, p.Refractory, p.Damp)
		}
		cacheFile = filepath.Join(cacheDir, fmt.Sprintf("loo-%016x.json", fnv64([]byte(key))))
		if b, err := os.ReadFile(cacheFile); err == nil {
			var out []configEval
			if json.Unmarshal(b, &out) == nil && len(out) == len(g.params()) {
				return out, nil
			}
		}
	}
	ps := g.params()
	all := make([][]float64, len(ps))
	for i := range all {
		all[i] = make([]float64, 0, len(ec.fileOf))
	}
	for _, s := range ec.series {
		for i, sc := range g.scores(s.Values) {
			all[i] = append(all[i], sc...)
		}
	}
	out := make([]configEval, len(ps))
	for i, p := range ps {
		out[i] = ec.evaluate(p, all[i])
	}
	if cacheFile != "" {
		if b, err := json.Marshal(out); err == nil {
			if err := os.MkdirAll(cacheDir, 0o755); err == nil {
				_ = os.WriteFile(cacheFile, b, 0o644)
			}
		}
	}
	return out, nil
}

// detectorVersion names the scoring code in the cache key: change it when
// the detector's arithmetic changes.
const detectorVersion = "v1"

func fnv64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
