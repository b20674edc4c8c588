// Package nab scores anomaly detectors the way the Numenta Anomaly Benchmark
// does (nab/sweeper.py, nab/optimizer.py and nab/runner.py of numenta/NAB):
// per-row sweep scores, one score per threshold, the published per-file
// scores for a given threshold, and the corpus-wide threshold optimisation.
//
// Fidelity matters more than elegance here: the tests reproduce NAB's
// published per-file scores, so the order of operations follows the Python
// reference, including its tie handling and its "previous, higher threshold"
// rule when a threshold falls between two distinct scores.
package nab

import (
	"math"
	"sort"
	"time"
)

// Costs is one scoring profile's cost matrix (config/profiles.json).
type Costs struct {
	TP float64 `json:"tpWeight"`
	FP float64 `json:"fpWeight"`
	FN float64 `json:"fnWeight"`
}

// Window is a labelled anomaly window, both ends inclusive.
type Window struct {
	Start, End time.Time
}

// ProbationPercent is NAB's share of each file left unscored while a
// detector learns.
const ProbationPercent = 0.15

// ProbationLength is the number of leading rows NAB leaves unscored:
// min(floor(0.15·n), 0.15·5000).
func ProbationLength(n int) int {
	return int(math.Min(math.Floor(ProbationPercent*float64(n)), ProbationPercent*5000))
}

// ScaledSigmoid is NAB's σs: 2/(1+e^{5x})−1, and −1 from x ≥ 3 on.
func ScaledSigmoid(x float64) float64 {
	if x >= 3.0 {
		return -1.0
	}
	return 2*(1/(1+math.Exp(5*x))) - 1.0
}

// Row is one data row after the sweep: its detector score, what a detection
// there would be worth, and which window it belongs to.
type Row struct {
	Score float64
	// Worth is the weighted sweep score: a true-positive value inside a
	// window, a (negative) false-positive cost outside.
	Worth float64
	// Window is the index of the row's window in the file (or corpus once
	// offset), or NoWindow.
	Window int
	// Probation marks rows NAB does not score.
	Probation bool
}

// NoWindow marks a row outside every window.
const NoWindow = -1

// Sweep computes each row's worth for one file, as calcSweepScore does.
// windows must be sorted and their ends must be timestamps of the file.
func Sweep(ts []time.Time, scores []float64, windows []Window, c Costs) ([]Row, error) {
	if len(ts) != len(scores) {
		return nil, errorf("sweep: %d timestamps but %d scores", len(ts), len(scores))
	}
	index := make(map[int64]int, len(ts))
	for i, t := range ts {
		if _, dup := index[t.UnixNano()]; !dup {
			index[t.UnixNano()] = i
		}
	}
	for k, w := range windows {
		if _, ok := index[w.Start.UnixNano()]; !ok {
			return nil, errorf("sweep: window %d starts at %s, which is not a row of the file", k, w.Start.Format(time.DateTime))
		}
		if _, ok := index[w.End.UnixNano()]; !ok {
			return nil, errorf("sweep: window %d ends at %s, which is not a row of the file", k, w.End.Format(time.DateTime))
		}
	}
	maxTP := ScaledSigmoid(-1.0)
	probation := ProbationLength(len(ts))
	rows := make([]Row, len(ts))
	next := 0
	cur := NoWindow
	var curRight int
	var curWidth float64
	prevRight, prevWidth := -1, 0.0
	for i, t := range ts {
		if next < len(windows) && t.Equal(windows[next].Start) {
			cur = next
			curRight = index[windows[next].End.UnixNano()]
			curWidth = float64(curRight - index[windows[next].Start.UnixNano()] + 1)
			next++
		}
		var worth float64
		if cur != NoWindow {
			pos := -float64(curRight-i+1) / curWidth
			worth = ScaledSigmoid(pos) * c.TP / maxTP
		} else {
			pos := 3.0
			if prevRight >= 0 {
				pos = math.Abs(float64(prevRight-i)) / (prevWidth - 1)
			}
			worth = ScaledSigmoid(pos) * c.FP
		}
		rows[i] = Row{Score: scores[i], Worth: worth, Window: cur, Probation: i < probation}
		if cur != NoWindow && t.Equal(windows[cur].End) {
			prevRight, prevWidth = i, curWidth
			cur = NoWindow
		}
	}
	return rows, nil
}

// Threshold is the outcome of detecting every scorable row whose score is
// at least Threshold.
type Threshold struct {
	Threshold      float64
	Score          float64
	TP, TN, FP, FN int
}

// ByThreshold returns one entry per distinct score, highest first, preceded
// by the "nothing detected" entry at 1.1, as calcScoreByThreshold does.
// nWindows is the number of window indices used by rows (windows are
// numbered 0..nWindows-1); only windows with a scorable row count.
func ByThreshold(rows []Row, nWindows int, c Costs) []Threshold {
	scorable := make([]Row, 0, len(rows))
	for _, r := range rows {
		if !r.Probation {
			scorable = append(scorable, r)
		}
	}
	sort.SliceStable(scorable, func(a, b int) bool { return scorable[a].Score > scorable[b].Score })

	// A window with no scorable row is not part of the score at all, like a
	// key never added to NAB's scoreParts.
	parts := make([]float64, nWindows)
	active := make([]bool, nWindows)
	var tn, fn int
	for _, r := range scorable {
		if r.Window == NoWindow {
			tn++
			continue
		}
		fn++
		if !active[r.Window] {
			active[r.Window] = true
			parts[r.Window] = -c.FN
		}
	}
	fp := 0.0
	total := func() float64 {
		s := fp
		for w, on := range active {
			if on {
				s += parts[w]
			}
		}
		return s
	}
	var out []Threshold
	cur := 1.1
	tp, fpn := 0, 0
	for _, r := range scorable {
		if r.Score != cur {
			out = append(out, Threshold{Threshold: cur, Score: total(), TP: tp, TN: tn, FP: fpn, FN: fn})
			cur = r.Score
		}
		if r.Window == NoWindow {
			fpn++
			tn--
			fp += r.Worth
		} else {
			tp++
			fn--
			parts[r.Window] = math.Max(parts[r.Window], r.Worth)
		}
	}
	out = append(out, Threshold{Threshold: cur, Score: total(), TP: tp, TN: tn, FP: fpn, FN: fn})
	return out
}

// AtThreshold picks the entry NAB reports for threshold theta: the one whose
// threshold equals theta, else the previous (higher) one. When theta is
// below every score NAB finds no row; everything detected is the only
// sensible reading, so the last entry is returned.
func AtThreshold(sweep []Threshold, theta float64) Threshold {
	var prev *Threshold
	for i := range sweep {
		t := &sweep[i]
		if t.Threshold == theta {
			return *t
		}
		if t.Threshold < theta {
			if prev == nil {
				return *t
			}
			return *prev
		}
		prev = t
	}
	return sweep[len(sweep)-1]
}

// Best returns the entry with the highest score; on ties the first (highest
// threshold) wins, as Python's stable sort in optimizeThreshold does.
func Best(sweep []Threshold) Threshold {
	best := sweep[0]
	for _, t := range sweep[1:] {
		if t.Score > best.Score {
			best = t
		}
	}
	return best
}

// Normalized is NAB's normalised score: 100·(raw−null)/(perfect−null), with
// null = −windows·fnWeight and perfect = windows·tpWeight.
func Normalized(raw float64, windows int, c Costs) float64 {
	null := -float64(windows) * c.FN
	perfect := float64(windows) * c.TP
	if perfect == null {
		return 0
	}
	return 100 * (raw - null) / (perfect - null)
}
