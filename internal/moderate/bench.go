package moderate

import (
	"encoding/json"
	"fmt"
	"runtime"
	"time"
)

// BinaryScore is precision, recall and F1 of a yes/no task, plus macro-F1
// over the two classes.
type BinaryScore struct {
	TP, FP, FN, TN int
}

func (b *BinaryScore) Add(pred, gold bool) {
	switch {
	case pred && gold:
		b.TP++
	case pred && !gold:
		b.FP++
	case !pred && gold:
		b.FN++
	default:
		b.TN++
	}
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

// F1 of the positive class.
func (b BinaryScore) F1() float64 { return f1(b.TP, b.FP, b.FN) }

// MacroF1 averages the F1 of the positive and the negative class.
func (b BinaryScore) MacroF1() float64 { return (f1(b.TP, b.FP, b.FN) + f1(b.TN, b.FN, b.FP)) / 2 }

// N is the number of rows scored.
func (b BinaryScore) N() int { return b.TP + b.FP + b.FN + b.TN }

// Precision of the positive class.
func (b BinaryScore) Precision() float64 {
	if b.TP+b.FP == 0 {
		return 0
	}
	return float64(b.TP) / float64(b.TP+b.FP)
}

// Recall of the positive class.
func (b BinaryScore) Recall() float64 {
	if b.TP+b.FN == 0 {
		return 0
	}
	return float64(b.TP) / float64(b.TP+b.FN)
}

// MultiScore is a confusion count over named classes.
type MultiScore struct {
	Classes []string
	Conf    map[[2]string]int // [gold, pred]
	N       int
}

func newMulti(classes ...string) *MultiScore {
	return &MultiScore{Classes: classes, Conf: map[[2]string]int{}}
}

func (m *MultiScore) Add(gold, pred string) { m.Conf[[2]string{gold, pred}]++; m.N++ }

// MacroF1 averages the per-class F1.
func (m *MultiScore) MacroF1() float64 {
	var s float64
	for _, c := range m.Classes {
		tp := m.Conf[[2]string{c, c}]
		fp, fn := 0, 0
		for _, o := range m.Classes {
			if o != c {
				fp += m.Conf[[2]string{o, c}]
				fn += m.Conf[[2]string{c, o}]
			}
		}
		s += f1(tp, fp, fn)
	}
	return s / float64(len(m.Classes))
}

// Share is a count out of a total.
type Share struct{ Hit, Total int }

// Rate is Hit/Total.
func (s Share) Rate() float64 {
	if s.Total == 0 {
		return 0
	}
	return float64(s.Hit) / float64(s.Total)
}

// BenchReport is everything `vigie bench moderate` prints.
type BenchReport struct {
	MLMAFr, MLMAEn  BinaryScore // hostile vs normal, test split
	Spam            BinaryScore // YouTube test split
	Question        BinaryScore // tweet acts test split, QUE
	Complaint       BinaryScore // complaints set, all rows (evaluation-only set)
	SentFr, SentEn  *MultiScore // UMSAB FR test; airline, all rows
	HiddenComplaint Share       // complaints (label 1) auto-hidden
	HiddenAirNeg    Share       // negative airline tweets auto-hidden
	HiddenFrNeg     Share       // negative UMSAB tweets auto-hidden
	HiddenSuiteCrit Share       // criticism cases of the suite auto-hidden
	Suite           []SuiteScore
	Throughput      Throughput
}

// Throughput compares classification with bare JSON decoding of the same
// lines, in the same run, on one goroutine locked to one OS thread. Rates
// are per second of that thread's CPU time (one core), which stays honest
// on a shared machine; wall-clock rates are given too.
type Throughput struct {
	Comments     int
	ClassifyPerS float64 // decode + classify + policy, per CPU second
	DecodePerS   float64 // json.Unmarshal alone, per CPU second
	Ratio        float64 // ClassifyPerS / DecodePerS
	WallPerS     float64 // decode + classify + policy, per wall second
	CPUTime      bool    // false when thread CPU time was unavailable (wall time used)
}

// Bench runs every benchmark on the shared data at root.
func Bench(c *Classifier, p Policy, root string) (*BenchReport, error) {
	rep := &BenchReport{}
	hostile := func(r Result) bool {
		return r.Label == LabelHate || r.Label == LabelHarassment || r.Label == LabelToxic
	}
	for _, d := range []DataSet{SetMLMAFr, SetMLMAEn} {
		rows, err := Load(root, d)
		if err != nil {
			return nil, err
		}
		sc := &rep.MLMAFr
		if d == SetMLMAEn {
			sc = &rep.MLMAEn
		}
		for _, r := range rows {
			if r.Split != SplitTest {
				continue
			}
			sc.Add(hostile(c.Classify(r.Text, r.Lang)), r.Label == "hostile")
		}
	}
	yt, err := Load(root, SetYouTube)
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, r := range yt {
		if r.Split != SplitTest {
			continue
		}
		res := c.Classify(r.Text, r.Lang)
		rep.Spam.Add(res.Label == LabelSpam || res.Label == LabelScam, r.Label == "1")
		texts = append(texts, r.Text)
	}
	ta, err := Load(root, SetTweetActs)
	if err != nil {
		return nil, err
	}
	for _, r := range ta {
		if r.Split != SplitTest {
			continue
		}
		res := c.Classify(r.Text, r.Lang)
		rep.Question.Add(res.Score(LabelQuestion) >= 0.5, r.Label == "QUE")
		texts = append(texts, r.Text)
	}
	cp, err := Load(root, SetComplaints)
	if err != nil {
		return nil, err
	}
	for _, r := range cp {
		res := c.Classify(r.Text, r.Lang)
		rep.Complaint.Add(res.Score(LabelComplaint) >= 0.5, r.Label == "1")
		if r.Label == "1" {
			rep.HiddenComplaint.Total++
			if p.Decide(res).Hide {
				rep.HiddenComplaint.Hit++
			}
		}
	}
	sentOf := func(r Result) string { return string(r.Sentiment) }
	air, err := Load(root, SetAirline)
	if err != nil {
		return nil, err
	}
	rep.SentEn = newMulti("negative", "neutral", "positive")
	for _, r := range air {
		res := c.Classify(r.Text, r.Lang)
		rep.SentEn.Add(r.Label, sentOf(res))
		if r.Label == "negative" {
			rep.HiddenAirNeg.Total++
			if p.Decide(res).Hide {
				rep.HiddenAirNeg.Hit++
			}
		}
	}
	fr, err := Load(root, SetUMSABFr)
	if err != nil {
		return nil, err
	}
	rep.SentFr = newMulti("negative", "neutral", "positive")
	for _, r := range fr {
		res := c.Classify(r.Text, r.Lang)
		rep.SentFr.Add(r.Label, sentOf(res))
		texts = append(texts, r.Text)
		if r.Label == "negative" {
			rep.HiddenFrNeg.Total++
			if p.Decide(res).Hide {
				rep.HiddenFrNeg.Hit++
			}
		}
	}
	cases, err := BuiltinSuite()
	if err != nil {
		return nil, err
	}
	rep.Suite = RunSuite(c, p, cases)
	for _, cs := range cases {
		if cs.Category == "criticism" {
			rep.HiddenSuiteCrit.Total++
			if p.Decide(c.Classify(cs.Text, cs.Lang)).Hide {
				rep.HiddenSuiteCrit.Hit++
			}
		}
	}
	rep.Throughput = MeasureThroughput(c, p, texts, 2*time.Second)
	return rep, nil
}

type benchIn struct {
	ID   json.RawMessage `json:"id"`
	Text string          `json:"text"`
	Lang string          `json:"lang"`
}

// MeasureThroughput times, on one locked OS thread, JSON decoding of the
// texts as batch lines and then decoding plus classification and policy,
// repeating each for about d of CPU time.
func MeasureThroughput(c *Classifier, p Policy, texts []string, d time.Duration) Throughput {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	lines := make([][]byte, len(texts))
	for i, t := range texts {
		lines[i], _ = json.Marshal(benchIn{ID: json.RawMessage(fmt.Sprint(i)), Text: t})
	}
	_, hasCPU := threadCPU()
	clock := func() time.Duration {
		if hasCPU {
			t, _ := threadCPU()
			return t
		}
		return time.Duration(time.Now().UnixNano())
	}
	// run returns the rate per CPU (or wall) second and per wall second.
	run := func(work func(line []byte)) (float64, float64) {
		n := 0
		c0, w0 := clock(), time.Now()
		for clock()-c0 < d {
			for _, l := range lines {
				work(l)
			}
			n += len(lines)
		}
		return float64(n) / (clock() - c0).Seconds(), float64(n) / time.Since(w0).Seconds()
	}
	var sink int
	decode := func(l []byte) {
		var in benchIn
		if json.Unmarshal(l, &in) == nil {
			sink += len(in.Text)
		}
	}
	full := func(l []byte) {
		var in benchIn
		if json.Unmarshal(l, &in) == nil {
			r := c.Classify(in.Text, in.Lang)
			if p.Decide(r).Hide {
				sink++
			}
		}
	}
	for _, l := range lines { // warm up pools and caches
		full(l)
	}
	t := Throughput{Comments: len(lines), CPUTime: hasCPU}
	t.DecodePerS, _ = run(decode)
	t.ClassifyPerS, t.WallPerS = run(full)
	if t.DecodePerS > 0 {
		t.Ratio = t.ClassifyPerS / t.DecodePerS
	}
	_ = sink
	return t
}
