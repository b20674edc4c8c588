package verify

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/claims"
)

var updateConfidence = flag.Bool("update-confidence", false, "retrain the confidence model and rewrite confidence_model.go")

// The confidence model learns from testdata/firstrun: the findings each
// labelled set got from the engine of its day, before any rule was fixed
// for it (README.md there says which engine). Those are the findings the
// rules raise on text they have never seen, which is what users write.

// example is one first-run finding, its features, and whether a gold span
// overlaps it.
type example struct {
	post int // index into its set's posts
	f    Finding
	x    confVec
	ok   bool
}

type confSet struct {
	name  string
	posts []Labelled
	ex    []example
}

func loadFirstRuns(t *testing.T) []*confSet {
	t.Helper()
	files, err := filepath.Glob("testdata/firstrun/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no first runs in testdata/firstrun: %v", err)
	}
	ck := NewRuleChecker()
	var sets []*confSet
	for _, fr := range files {
		name := strings.TrimSuffix(filepath.Base(fr), ".jsonl")
		f, err := os.Open(filepath.Join("testdata", name+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		posts, _, err := ReadLabelled(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		runs := readFirstRun(t, fr)
		s := &confSet{name: name, posts: posts}
		for pi := range posts {
			l := &posts[pi]
			fs, ok := runs[l.ID]
			if !ok {
				t.Fatalf("%s: no first run for %s", fr, l.ID)
			}
			lang := l.Lang
			if lang != "fr" && lang != "en" {
				lang = claims.GuessLang(l.Post)
			}
			sh := ck.sheetFor(lang, inputOf(lang, l.Facts, l.Brief, l.Post))
			doc := claims.Analyze(l.Post, lang)
			for _, fd := range fs {
				e := example{post: pi, f: fd, x: confFeatures(doc, sh, &fd, len(fs))}
				for _, g := range l.Labels {
					e.ok = e.ok || fd.Start < g.End && g.Start < fd.End
				}
				s.ex = append(s.ex, e)
			}
		}
		sets = append(sets, s)
	}
	return sets
}

func readFirstRun(t *testing.T, path string) map[string][]Finding {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]Finding{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var r struct {
			ID       string    `json:"id"`
			Findings []Finding `json:"findings"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out[r.ID] = r.Findings
	}
	return out
}

// trainConfidence fits a logistic model by Newton's method on the log-loss
// with an L2 penalty: deterministic, and a few iterations converge.
func trainConfidence(ex []example) confVec {
	const l2 = 1.0 // in units of examples: keeps rare feature weights small
	var w confVec
	for it := 0; it < 25; it++ {
		var g confVec
		var h [nConf][nConf]float64
		for i := range ex {
			x := &ex[i].x
			p := confidence(&w, x)
			y := 0.0
			if ex[i].ok {
				y = 1
			}
			for a := range x {
				if x[a] == 0 {
					continue
				}
				g[a] += (p - y) * x[a]
				for b := range x {
					h[a][b] += p * (1 - p) * x[a] * x[b]
				}
			}
		}
		for a := range w {
			g[a] += l2 * w[a]
			h[a][a] += l2
		}
		step := solve(h, g)
		maxStep := 0.0
		for a := range w {
			w[a] -= step[a]
			maxStep = max(maxStep, math.Abs(step[a]))
		}
		if maxStep < 1e-9 {
			break
		}
	}
	return w
}

// solve returns x with h·x = g by Gaussian elimination with partial
// pivoting (h is positive definite thanks to the penalty).
func solve(h [nConf][nConf]float64, g confVec) confVec {
	for c := 0; c < nConf; c++ {
		p := c
		for r := c + 1; r < nConf; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < nConf; r++ {
			k := h[r][c] / h[c][c]
			for j := c; j < nConf; j++ {
				h[r][j] -= k * h[c][j]
			}
			g[r] -= k * g[c]
		}
	}
	var x confVec
	for c := nConf - 1; c >= 0; c-- {
		v := g[c]
		for j := c + 1; j < nConf; j++ {
			v -= h[c][j] * x[j]
		}
		x[c] = v / h[c][c]
	}
	return x
}

// heldOut scores every set's findings with a model trained on the other
// sets only: what the model would say of a brand it never saw.
func heldOut(sets []*confSet) map[*confSet][]float64 {
	probs := map[*confSet][]float64{}
	for _, s := range sets {
		var train []example
		for _, o := range sets {
			if o != s {
				train = append(train, o.ex...)
			}
		}
		w := trainConfidence(train)
		for i := range s.ex {
			probs[s] = append(probs[s], confidence(&w, &s.ex[i].x))
		}
	}
	return probs
}

// scoreAt scores the sets keeping the findings whose probability is at
// least th.
func scoreAt(sets []*confSet, probs map[*confSet][]float64, th float64) Scores {
	var sc Scores
	for _, s := range sets {
		kept := make([][]Finding, len(s.posts))
		for i, e := range s.ex {
			if probs[s][i] >= th {
				kept[e.post] = append(kept[e.post], e.f)
			}
		}
		for pi := range s.posts {
			res := Result{Findings: kept[pi], Verdict: Pass}
			for _, f := range kept[pi] {
				if f.Kind == Contradicted {
					res.Verdict = Fail
					break
				}
				res.Verdict = Warn
			}
			sc.Add(&s.posts[pi], res)
		}
	}
	return sc
}

func auc(sets []*confSet, probs map[*confSet][]float64) float64 {
	type sp struct {
		p  float64
		ok bool
	}
	var all []sp
	pos := 0
	for _, s := range sets {
		for i, e := range s.ex {
			all = append(all, sp{probs[s][i], e.ok})
			if e.ok {
				pos++
			}
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].p < all[j].p })
	sum, neg := 0.0, 0
	for _, v := range all {
		if v.ok {
			sum += float64(neg)
		} else {
			neg++
		}
	}
	return sum / float64(pos*(len(all)-pos))
}

func fmtScores(sc Scores) string {
	return fmt.Sprintf("span P/R/F1 %.1f/%.1f/%.1f, post P/R/F1 %.1f/%.1f/%.1f, false alarms %d/%d = %.1f %%",
		100*sc.SpanP(), 100*sc.SpanR(), 100*sc.SpanF1(), 100*sc.PostP(), 100*sc.PostR(), 100*sc.PostF1(),
		sc.FalseAlarms, sc.Clean, 100*sc.FalseAlarmRate())
}

// TestConfidenceModel checks, set by set held out, that the model separates
// right findings from false alarms on brands it was not trained on and that
// dropping the unlikely ones helps; then that confidence_model.go holds the
// weights training on every set gives (-update-confidence rewrites it).
func TestConfidenceModel(t *testing.T) {
	sets := loadFirstRuns(t)
	n, right := 0, 0
	for _, s := range sets {
		for _, e := range s.ex {
			n++
			if e.ok {
				right++
			}
		}
	}
	t.Logf("%d sets, %d first-run findings, %d on a gold span", len(sets), n, right)
	probs := heldOut(sets)
	a := auc(sets, probs)
	raw := scoreAt(sets, probs, 0)
	// the threshold is the one that gives the best post-level F1 held out
	best, bestF1 := 0.0, -1.0
	for th := 0.30; th <= 0.801; th += 0.05 {
		if f := scoreAt(sets, probs, th).PostF1(); f > bestF1 {
			best, bestF1 = math.Round(th*100)/100, f
		}
	}
	cal := scoreAt(sets, probs, best)
	t.Logf("held out, AUC %.3f", a)
	t.Logf("held out, every finding:       %s", fmtScores(raw))
	t.Logf("held out, confidence >= %.2f: %s", best, fmtScores(cal))
	if a < 0.75 {
		t.Errorf("held-out AUC %.3f < 0.75: the features no longer tell right findings from false alarms", a)
	}
	if cal.PostF1() <= raw.PostF1() || cal.FalseAlarmRate() >= raw.FalseAlarmRate() {
		t.Errorf("the threshold does not help held out: %s vs %s", fmtScores(cal), fmtScores(raw))
	}
	var all []example
	for _, s := range sets {
		all = append(all, s.ex...)
	}
	w := trainConfidence(all)
	src := modelSource(w, best)
	if *updateConfidence {
		if err := os.WriteFile("confidence_model.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want := modelSource(confWeights, confThreshold); !bytes.Equal(src, want) {
		t.Errorf("confidence_model.go is not what training gives; run go test ./internal/verify -run TestConfidenceModel -update-confidence")
	}
}

func modelSource(w confVec, th float64) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./internal/verify -run TestConfidenceModel -update-confidence; DO NOT EDIT.\n\n")
	b.WriteString("package verify\n\n")
	fmt.Fprintf(&b, "// confThreshold is the confidence below which a finding is dropped: the\n// one that gave the best post-level F1 on sets held out of training.\nconst confThreshold = %.2f\n\n", th)
	b.WriteString("// confWeights are the logistic model's weights, by feature (confidence.go).\nvar confWeights = confVec{")
	for i, v := range w {
		if i%6 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%.3f, ", v)
	}
	b.WriteString("\n}\n")
	out, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return out
}
