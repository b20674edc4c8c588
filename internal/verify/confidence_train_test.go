package verify

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/claims"
)

var (
	updateConfidence = flag.Bool("update-confidence", false, "retrain the confidence model and rewrite confidence_model.go")
	dumpConfidence   = flag.String("dump-confidence", "", "write every first-run finding with its held-out confidence to this TSV file, for reading where the model errs")
)

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
	keys []wordKey // distinct, for the word evidence
}

type confSet struct {
	name  string
	posts []Labelled
	ex    []example
	words wordCounts // how many of its right and wrong findings have each key
}

func loadFirstRuns(t testing.TB) []*confSet {
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
			for fi, fd := range fs {
				e := example{post: pi, f: fd, x: confFeatures(doc, sh, fs, fi)}
				for _, g := range l.Labels {
					e.ok = e.ok || fd.Start < g.End && g.Start < fd.End
				}
				if t0, t1 := spanTokens(doc, &fs[fi]); t0 >= 0 {
					wordKeys(doc, &fs[fi], t0, t1, func(k wordKey) {
						if !slices.Contains(e.keys, k) {
							e.keys = append(e.keys, k)
						}
					})
					// what Check computes is what training learnt from
					want := 0.0
					for _, k := range e.keys {
						want += confWords.weight(k)
					}
					if got := wordEvidence(&confWords, doc, &fs[fi], t0, t1); math.Abs(got-want) > 1e-9 {
						t.Errorf("%s %s %q: word evidence %g, its keys sum to %g", name, l.ID, fd.Text, got, want)
					}
				}
				s.words.add(&e)
				s.ex = append(s.ex, e)
			}
		}
		sets = append(sets, s)
	}
	return sets
}

func readFirstRun(t testing.TB, path string) map[string][]Finding {
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

// Training: gradient boosting of depth-2 regression trees on the log-loss,
// Newton leaves with an L2 penalty, shrinkage confEta. Deterministic.
const (
	confRounds  = 150
	confDepth   = 2
	confEta     = 0.2
	confLambda  = 5.0 // in units of examples: keeps leaves of few findings small
	confMinLeaf = 5
)

func trainConfidence(ex []example) *confForest {
	pos := 0.0
	for _, e := range ex {
		if e.ok {
			pos++
		}
	}
	p0 := (pos + 1) / (float64(len(ex)) + 2)
	m := &confForest{Base: math.Log(p0 / (1 - p0))}
	// every feature's order, sorted once; a node walks it with a mask
	order := make([][]int, nConf)
	for f := range order {
		o := make([]int, len(ex))
		for i := range o {
			o[i] = i
		}
		sort.SliceStable(o, func(a, b int) bool { return ex[o[a]].x[f] < ex[o[b]].x[f] })
		order[f] = o
	}
	z := make([]float64, len(ex))
	g, h := make([]float64, len(ex)), make([]float64, len(ex))
	in := make([]bool, len(ex))
	for i := range z {
		z[i] = m.Base
	}
	for r := 0; r < confRounds; r++ {
		for i, e := range ex {
			p := 1 / (1 + math.Exp(-z[i]))
			y := 0.0
			if e.ok {
				y = 1
			}
			g[i], h[i] = p-y, p*(1-p)
		}
		all := make([]int, len(ex))
		for i := range all {
			all[i] = i
		}
		var t []confNode
		growNode(&t, ex, order, in, all, g, h, confDepth)
		m.Trees = append(m.Trees, t)
		for i := range ex {
			z[i] += leafOf(t, &ex[i].x)
		}
	}
	return m
}

// growNode appends the subtree for examples idx to t and returns its index.
func growNode(t *[]confNode, ex []example, order [][]int, in []bool, idx []int, g, h []float64, depth int) int16 {
	gs, hs := 0.0, 0.0
	for _, i := range idx {
		gs += g[i]
		hs += h[i]
	}
	me := int16(len(*t))
	*t = append(*t, confNode{F: -1, Leaf: confEta * -gs / (hs + confLambda)})
	if depth == 0 || len(idx) < 2*confMinLeaf {
		return me
	}
	for _, i := range idx {
		in[i] = true
	}
	best, bf, bt := 1e-9, -1, 0.0
	base := gs * gs / (hs + confLambda)
	for f := 0; f < nConf; f++ {
		gl, hl, nl := 0.0, 0.0, 0
		prev := -1
		for _, i := range order[f] {
			if !in[i] {
				continue
			}
			if prev >= 0 && ex[i].x[f] != ex[prev].x[f] && nl >= confMinLeaf && len(idx)-nl >= confMinLeaf {
				gr, hr := gs-gl, hs-hl
				if gain := gl*gl/(hl+confLambda) + gr*gr/(hr+confLambda) - base; gain > best {
					best, bf, bt = gain, f, (ex[prev].x[f]+ex[i].x[f])/2
				}
			}
			gl += g[i]
			hl += h[i]
			nl++
			prev = i
		}
	}
	for _, i := range idx {
		in[i] = false
	}
	if bf < 0 {
		return me
	}
	var li, ri []int
	for _, i := range idx {
		if ex[i].x[bf] <= bt {
			li = append(li, i)
		} else {
			ri = append(ri, i)
		}
	}
	l := growNode(t, ex, order, in, li, g, h, depth-1)
	r := growNode(t, ex, order, in, ri, g, h, depth-1)
	(*t)[me] = confNode{F: int8(bf), Thr: bt, Left: l, Right: r}
	return me
}

// chooseCut gives the cut with the best span F1 plus post F1 held out among
// those that flag at most confMaxFA of the clean posts and keep English and
// French span F1 within confMaxLangGap: the issue bounds both, and a CM
// shown wolves that are not there stops reading.
// Ties go to the higher bar, the one that cries wolf less.
func chooseCut(sets []*confSet, probs map[*confSet][]float64) confCut {
	best, bestF1s := confCut{th: 0.99, keep: 0.99}, -1.0
	// try scores the bar th + pc × ln(1 + claims) with keep from th down by
	// step, and keeps the best cut
	try := func(th, pc, step float64) {
		// keep moves neither post F1 nor false alarms: the flagged posts are
		// th's and pc's
		flag := scoreLangAt(sets, probs, confCut{th: th, perClaim: pc, keep: th}, "")
		if flag.FalseAlarmRate() > confMaxFA || flag.PostF1()+1 < bestF1s {
			return
		}
		for k := th; k >= 0.099; k -= step {
			cut := confCut{math.Round(th*100) / 100, math.Round(pc*100) / 100, math.Round(k*100) / 100}
			all, en, fr := scoreLangs(sets, probs, cut)
			if math.Abs(en.SpanF1()-fr.SpanF1()) > confMaxLangGap {
				continue
			}
			if f := all.SpanF1() + flag.PostF1(); f > bestF1s+1e-9 ||
				f >= bestF1s-1e-9 && cut.th+cut.perClaim > best.th+best.perClaim {
				best, bestF1s = cut, f
			}
		}
	}
	// keep by twentieths first, then by hundredths for the best bar
	for pc := 0.0; pc <= confMaxPerClaim+1e-9; pc += 0.02 {
		for th := 0.30; th <= 0.951; th += 0.01 {
			try(th, pc, 0.05)
		}
	}
	try(best.th, best.perClaim, 0.01)
	return best
}

// confMaxFA is the most false alarms (clean posts flagged) a cut may raise
// held out, and confMaxLangGap the most English and French span F1 may lie
// apart: the floors.
const (
	confMaxFA      = 0.05
	confMaxLangGap = 0.05
)

// confMaxPerClaim bounds how fast the bar rises with the post's claims.
// It rises because a post of many claims gives the rules many chances to
// misfire: per finding, precision falls from 0.87 on posts of 3–5 claims to
// 0.08 on posts of 15 or more, and a post's most likely finding is the
// best of many draws.
const confMaxPerClaim = 0.14

// confFolds is how many groups of sets are held out in turn: each set is
// scored by a model that never saw it (nor a few others).
const confFolds = 8

// heldOut scores every set's findings with a model trained without it:
// what the model would say of brands it never saw.
func heldOut(sets []*confSet) map[*confSet][]float64 {
	probs := map[*confSet][]float64{}
	ws := newWordScorer(sets)
	for k := 0; k < confFolds; k++ {
		var trainSets, fold []*confSet
		for i, o := range sets {
			if i%confFolds != k {
				trainSets = append(trainSets, o)
			} else {
				fold = append(fold, o)
			}
		}
		m := trainConfidence(trainingRows(ws, trainSets, fold...))
		for _, s := range fold {
			for j := range s.ex {
				x := s.ex[j].x
				x[fWords] = ws.score(s.ex[j].keys, fold...)
				probs[s] = append(probs[s], m.confidence(&x))
			}
		}
	}
	return probs
}

// confCut is where Check cuts: a post is flagged when its most likely
// finding reaches th plus perClaim times the log of one plus its number of
// claims, and a flagged post shows its findings from keep up.
type confCut struct{ th, perClaim, keep float64 }

// every keeps every finding.
var every = confCut{}

// scoreLangAt scores the posts in lang ("" for all) as Check keeps
// findings under cut.
func scoreLangAt(sets []*confSet, probs map[*confSet][]float64, cut confCut, lang string) Scores {
	all, en, fr := scoreLangs(sets, probs, cut)
	switch lang {
	case "en":
		return en
	case "fr":
		return fr
	}
	return all
}

// scoreLangs scores the posts as Check keeps findings under cut: all of
// them, the English ones and the French ones.
func scoreLangs(sets []*confSet, probs map[*confSet][]float64, cut confCut) (all, en, fr Scores) {
	for _, s := range sets {
		kept := make([][]Finding, len(s.posts))
		top := make([]float64, len(s.posts))
		for i, e := range s.ex {
			top[e.post] = max(top[e.post], probs[s][i])
		}
		for i, e := range s.ex {
			// fClaims is the log of one plus the post's claims
			if top[e.post] >= cut.th+cut.perClaim*e.x[fClaims] && probs[s][i] >= cut.keep {
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
			all.Add(&s.posts[pi], res)
			switch s.posts[pi].Lang {
			case "en":
				en.Add(&s.posts[pi], res)
			case "fr":
				fr.Add(&s.posts[pi], res)
			}
		}
	}
	return all, en, fr
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
	raw := scoreLangAt(sets, probs, every, "")
	cut := chooseCut(sets, probs)
	cal := scoreLangAt(sets, probs, cut, "")
	if *dumpConfidence != "" {
		writeConfidenceDump(t, *dumpConfidence, sets, probs)
	}
	t.Logf("held out, AUC %.3f", a)
	t.Logf("held out, every finding:       %s", fmtScores(raw))
	t.Logf("held out, flagged from %.2f + %.2f × ln(1 + claims), >= %.2f in a flagged post: %s", cut.th, cut.perClaim, cut.keep, fmtScores(cal))
	for _, lang := range []string{"en", "fr"} {
		t.Logf("held out, %s: every finding %s; kept %s", lang, fmtScores(scoreLangAt(sets, probs, every, lang)), fmtScores(scoreLangAt(sets, probs, cut, lang)))
	}
	if a < 0.75 {
		t.Errorf("held-out AUC %.3f < 0.75: the features no longer tell right findings from false alarms", a)
	}
	if cal.PostF1() <= raw.PostF1() || cal.FalseAlarmRate() >= raw.FalseAlarmRate() {
		t.Errorf("the threshold does not help held out: %s vs %s", fmtScores(cal), fmtScores(raw))
	}
	ws := newWordScorer(sets)
	m := trainConfidence(trainingRows(ws, sets))
	src := modelSource(m, cut, ws.table())
	if *updateConfidence {
		if err := os.WriteFile("confidence_model.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want := modelSource(&confModel, confCut{confThreshold, confPerClaim, confKeepFlagged}, &confWords); !bytes.Equal(src, want) {
		t.Errorf("confidence_model.go is not what training gives; run go test ./internal/verify -run TestConfidenceModel -update-confidence")
	}
}

func modelSource(m *confForest, cut confCut, words *wordTable) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./internal/verify -run TestConfidenceModel -update-confidence; DO NOT EDIT.\n\n")
	b.WriteString("package verify\n\n")
	fmt.Fprintf(&b, "// A post is flagged when its most likely finding reaches confThreshold +\n// confPerClaim × ln(1 + its claims); a flagged post shows its findings from\n// confKeepFlagged up. The three are the ones with the best span F1 plus post\n// F1 on sets held out of training whose false alarms stay at 5 %% or under\n// and whose English and French span F1 lie within 5 points.\nconst (\n\tconfThreshold = %.2f\n\tconfPerClaim = %.2f\n\tconfKeepFlagged = %.2f\n)\n\n", cut.th, cut.perClaim, cut.keep)
	fmt.Fprintf(&b, "// confModel is the boosted trees' model (confidence.go, confidence_train_test.go).\nvar confModel = confForest{Base: %s, Trees: [][]confNode{\n", strconv.FormatFloat(m.Base, 'g', -1, 64))
	for _, t := range m.Trees {
		b.WriteString("{")
		for _, n := range t {
			if n.F < 0 {
				fmt.Fprintf(&b, "{F: -1, Leaf: %s}, ", strconv.FormatFloat(n.Leaf, 'g', -1, 64))
			} else {
				fmt.Fprintf(&b, "{F: %d, Thr: %s, Left: %d, Right: %d}, ", n.F, strconv.FormatFloat(n.Thr, 'g', -1, 64), n.Left, n.Right)
			}
		}
		b.WriteString("},\n")
	}
	b.WriteString("}}\n")
	wordTableSource(&b, words)
	out, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return out
}

// writeConfidenceDump writes one line per first-run finding: set, post id,
// language, kind, claim, held-out confidence, whether a gold span overlaps
// it, and its text.
func writeConfidenceDump(t *testing.T, path string, sets []*confSet, probs map[*confSet][]float64) {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("set\tid\tlang\tkind\tclaim\tconfidence\tgold\tclaims\ttext\n")
	for _, s := range sets {
		for i, e := range s.ex {
			l := &s.posts[e.post]
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%.3f\t%t\t%.0f\t%s\n", s.name, l.ID, l.Lang, e.f.Kind, e.f.Claim, probs[s][i], e.ok, math.Expm1(e.x[fClaims]), strings.ReplaceAll(e.f.Text, "\t", " "))
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Word evidence (confWords) is learnt like a naive Bayes classifier: for
// each key, how many right and how many wrong findings have it. A finding's
// evidence must never come from counts that include its own set, or the
// trees would learn to trust a feature that has seen the answer: so the
// evidence of a training finding is computed without its set, and that of a
// held-out finding without its fold.

// confWordMin is how many findings must have a key for it to count.
const confWordMin = 3

type wordCounts struct {
	n   [2]int // wrong, right findings
	key map[wordKey][2]int
}

func (w *wordCounts) add(e *example) {
	if w.key == nil {
		w.key = map[wordKey][2]int{}
	}
	y := 0
	if e.ok {
		y = 1
	}
	w.n[y]++
	for _, k := range e.keys {
		c := w.key[k]
		c[y]++
		w.key[k] = c
	}
}

// wordPrior is the pseudo-count each side gets: a key seen only with right
// findings a few times is evidence, not certainty.
const wordPrior = 1.0

// wordWeight is a key's log-odds from its counts c among n findings.
func wordWeight(c, n [2]int) float64 {
	return math.Log((float64(c[1])+wordPrior)/(float64(n[1])+2*wordPrior)) -
		math.Log((float64(c[0])+wordPrior)/(float64(n[0])+2*wordPrior))
}

// wordScorer scores keys with the counts of every set but some.
type wordScorer struct {
	total *wordCounts
	sets  []*confSet
}

func newWordScorer(sets []*confSet) *wordScorer {
	total := &wordCounts{key: map[wordKey][2]int{}}
	for _, s := range sets {
		total.n[0] += s.words.n[0]
		total.n[1] += s.words.n[1]
		for k, c := range s.words.key {
			t := total.key[k]
			t[0] += c[0]
			t[1] += c[1]
			total.key[k] = t
		}
	}
	return &wordScorer{total: total, sets: sets}
}

// score is the evidence of keys from every set not in without.
func (ws *wordScorer) score(keys []wordKey, without ...*confSet) float64 {
	n := ws.total.n
	for _, s := range without {
		n[0] -= s.words.n[0]
		n[1] -= s.words.n[1]
	}
	sum := 0.0
	for _, k := range keys {
		c := ws.total.key[k]
		for _, s := range without {
			o := s.words.key[k]
			c[0] -= o[0]
			c[1] -= o[1]
		}
		if c[0]+c[1] >= confWordMin {
			sum += wordWeight(c, n)
		}
	}
	return sum
}

// table is the shipped confWords: every key of every set seen often
// enough, its weight rounded to four decimals (as written in the source).
func (ws *wordScorer) table() *wordTable {
	t := &wordTable{words: map[string][nearSpan + 1]float64{}, kinds: map[string]float64{}}
	for k, c := range ws.total.key {
		if c[0]+c[1] < confWordMin {
			continue
		}
		w := math.Round(wordWeight(c, ws.total.n)*1e4) / 1e4
		if k.place == kindClaim {
			t.kinds[k.word] = w
			continue
		}
		v := t.words[k.word]
		v[k.place] = w
		t.words[k.word] = v
	}
	return t
}

// trainingRows copies the examples of sets with each one's evidence
// computed without its own set and without the sets in without.
func trainingRows(ws *wordScorer, sets []*confSet, without ...*confSet) []example {
	var rows []example
	for _, s := range sets {
		ex := append([]example(nil), s.ex...)
		for i := range ex {
			ex[i].x[fWords] = ws.score(ex[i].keys, append(without, s)...)
		}
		rows = append(rows, ex...)
	}
	return rows
}

func wordTableSource(b *bytes.Buffer, t *wordTable) {
	b.WriteString("\n// confWords is the word evidence (confidence.go: wordEvidence): a word's\n// weights in the span, before it, after it and anywhere near it.\nvar confWords = wordTable{\nwords: map[string][nearSpan + 1]float64{\n")
	for _, w := range slices.Sorted(maps.Keys(t.words)) {
		v := t.words[w]
		fmt.Fprintf(b, "%q: {%s, %s, %s, %s},\n", w, fmtW(v[0]), fmtW(v[1]), fmtW(v[2]), fmtW(v[3]))
	}
	b.WriteString("},\nkinds: map[string]float64{\n")
	for _, k := range slices.Sorted(maps.Keys(t.kinds)) {
		fmt.Fprintf(b, "%q: %s,\n", k, fmtW(t.kinds[k]))
	}
	b.WriteString("},\n}\n")
}

func fmtW(w float64) string { return strconv.FormatFloat(w, 'g', -1, 64) }
