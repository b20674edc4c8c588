package nab

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/testenv"
)

type published struct {
	score          float64
	tp, tn, fp, fn int
}

func readPublished(t *testing.T, path string) map[string]published {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	out := map[string]published{}
	for _, r := range recs[1:] {
		if r[col["File"]] == "" || r[col["Detector"]] == "Totals" {
			continue
		}
		s, err := strconv.ParseFloat(r[col["Score"]], 64)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		n := func(k string) int {
			v, err := strconv.ParseFloat(r[col[k]], 64)
			if err != nil {
				t.Fatalf("%s %s: %v", path, k, err)
			}
			return int(v)
		}
		out[r[col["File"]]] = published{score: s, tp: n("TP"), tn: n("TN"), fp: n("FP"), fn: n("FN")}
	}
	return out
}

// TestReproducesPublishedScores checks every per-file score NAB published
// for the four detectors shipped in the data, under the three profiles, at
// the thresholds of config/thresholds.json.
func TestReproducesPublishedScores(t *testing.T) {
	root := filepath.Join(testenv.SharedData(t), "radar", "NAB")
	windows, err := LoadWindows(filepath.Join(root, "labels", "combined_windows.json"))
	if err != nil {
		t.Fatal(err)
	}
	profiles, err := LoadProfiles(filepath.Join(root, "config", "profiles.json"))
	if err != nil {
		t.Fatal(err)
	}
	thresholds, err := LoadThresholds(filepath.Join(root, "config", "thresholds.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, det := range []string{"numenta", "ARTime", "twitterADVec", "null"} {
		files, err := LoadResults(root, det, windows)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range profiles {
			want := readPublished(t, filepath.Join(root, "results", det, det+"_"+p.Name+"_scores.csv"))
			res, err := Score(files, p, thresholds[det][p.Name])
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Files) != len(want) || len(want) < 50 {
				t.Errorf("%s %s: scored %d files, published %d", det, p.Name, len(res.Files), len(want))
			}
			for _, f := range res.Files {
				w, ok := want[f.Name]
				if !ok {
					t.Errorf("%s %s: %s not published", det, p.Name, f.Name)
					continue
				}
				if math.Abs(f.Score-w.score) > 1e-9 {
					t.Errorf("%s %s %s: score %.12f, published %.12f", det, p.Name, f.Name, f.Score, w.score)
				}
				if f.TP != w.tp || f.FP != w.fp || f.FN != w.fn || f.TN != w.tn {
					t.Errorf("%s %s %s: counts tp/tn/fp/fn %d/%d/%d/%d, published %d/%d/%d/%d",
						det, p.Name, f.Name, f.TP, f.TN, f.FP, f.FN, w.tp, w.tn, w.fp, w.fn)
				}
			}
		}
	}
}

func ts(i int) time.Time { return time.Date(2015, 1, 1, 0, 5*i, 0, 0, time.UTC) }

// A hand-worked file: 100 rows, probation 15, one window [40, 49].
func TestSweepByHand(t *testing.T) {
	n := 100
	times := make([]time.Time, n)
	scores := make([]float64, n)
	for i := range times {
		times[i] = ts(i)
	}
	w := []Window{{Start: ts(40), End: ts(49)}}
	c := Costs{TP: 1, FP: 0.11, FN: 1}

	// Nothing detected: one missed window.
	rows, err := Sweep(times, scores, w, c)
	if err != nil {
		t.Fatal(err)
	}
	if got := AtThreshold(ByThreshold(rows, 1, c), 0.5).Score; got != -1 {
		t.Fatalf("nothing detected: %v, want -1", got)
	}

	// A detection on the window's first row is worth exactly tpWeight.
	scores[40] = 0.9
	rows, _ = Sweep(times, scores, w, c)
	if got := AtThreshold(ByThreshold(rows, 1, c), 0.5).Score; math.Abs(got-1) > 1e-12 {
		t.Fatalf("first row of window: %v, want 1", got)
	}

	// A second, later detection in the same window adds nothing; one before
	// the window costs the full fpWeight; one in probation costs nothing.
	scores[45] = 0.9
	scores[20] = 0.9
	scores[3] = 0.9
	rows, _ = Sweep(times, scores, w, c)
	sweep := ByThreshold(rows, 1, c)
	at := AtThreshold(sweep, 0.5)
	if math.Abs(at.Score-(1-0.11)) > 1e-12 || at.TP != 2 || at.FP != 1 {
		t.Fatalf("got %+v, want score 0.89, 2 TP rows, 1 FP row", at)
	}

	// A false positive right after the window is nearly free, far after it
	// costs the full weight.
	scores = make([]float64, n)
	scores[50] = 0.9
	rows, _ = Sweep(times, scores, w, c)
	near := AtThreshold(ByThreshold(rows, 1, c), 0.5).Score
	wantNear := -1 + ScaledSigmoid(1.0/9.0)*0.11
	if math.Abs(near-wantNear) > 1e-12 {
		t.Fatalf("FP right after the window: %v, want %v", near, wantNear)
	}
	scores[50] = 0
	scores[99] = 0.9
	rows, _ = Sweep(times, scores, w, c)
	if far := AtThreshold(ByThreshold(rows, 1, c), 0.5).Score; math.Abs(far-(-1.11)) > 1e-12 {
		t.Fatalf("FP far after the window: %v, want -1.11", far)
	}
}

// Between two distinct scores, NAB uses the previous (higher) threshold's
// entry, that is the detections at scores ≥ the next higher score.
func TestAtThresholdBetweenScores(t *testing.T) {
	sweep := []Threshold{{Threshold: 1.1, Score: -1}, {Threshold: 0.8, Score: 0.5}, {Threshold: 0.3, Score: 0.2}}
	for _, c := range []struct {
		theta, want float64
	}{{0.8, 0.5}, {0.5, 0.5}, {0.3, 0.2}, {0.95, -1}, {0.1, 0.2}} {
		if got := AtThreshold(sweep, c.theta).Score; got != c.want {
			t.Errorf("theta %v: %v, want %v", c.theta, got, c.want)
		}
	}
}

func TestOptimizeFindsSeparatingThreshold(t *testing.T) {
	n := 200
	mk := func(peak int) File {
		f := File{Name: "x/f.csv", Windows: []Window{{Start: ts(100), End: ts(119)}}}
		for i := range n {
			f.Times = append(f.Times, ts(i))
			s := 0.1
			if i%17 == 0 {
				s = 0.4 // noise that should stay below the threshold
			}
			if i == peak {
				s = 0.7
			}
			f.Scores = append(f.Scores, s)
		}
		return f
	}
	files := []File{mk(101), mk(105)}
	best, err := Optimize(files, Profile{"standard", Costs{TP: 1, FP: 0.11, FN: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if best.Threshold != 0.7 || best.TP != 2 || best.FP != 0 {
		t.Fatalf("best %+v, want threshold 0.7 with 2 TP rows and no FP", best)
	}
}
