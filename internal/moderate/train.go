package moderate

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// TrainConfig is what `vigie moderate train` runs with. The defaults are
// the shipped model's settings.
type TrainConfig struct {
	DataRoot string // the shared data folder (…/shared/data)
	Seed     uint64
	Epochs   int
	Rate     float64
	L2       float64
}

// DefaultTrainConfig returns the settings of the shipped model.
func DefaultTrainConfig(root string) TrainConfig {
	return TrainConfig{DataRoot: root, Seed: 20261129, Epochs: 6, Rate: 0.1, L2: 1e-6}
}

// HeadReport describes one trained head.
type HeadReport struct {
	Name        string
	Sources     []string
	Train, Cal  int // rows
	TrainPos    int
	CalPos      int
	PlattA      float64
	PlattB      float64
	CalF1       float64 // at p ≥ 0.5 on the calibration split
	CalBrier    float64
	CalECE      float64 // expected calibration error, 10 bins
	CalBrierRaw float64 // before Platt scaling
}

// TrainReport is the training report committed next to the model.
type TrainReport struct {
	Config TrainConfig
	Heads  []HeadReport
}

type labelled struct {
	set    DataSet
	rows   []Row
	weight float64
	pos    func(Row) bool
}

// Train fits the model's heads on the trainable sets only, calibrates each
// on its calibration split, and reports.
func Train(cfg TrainConfig) (*Model, *TrainReport, error) {
	load := func(d DataSet) ([]Row, error) {
		if !d.Trainable() {
			return nil, fmt.Errorf("moderate: train: %s is evaluation-only, its licence does not allow shipping a derived model", d)
		}
		return Load(cfg.DataRoot, d)
	}
	sets := map[DataSet][]Row{}
	for _, d := range []DataSet{SetMLMAFr, SetMLMAEn, SetYouTube, SetTweetActs} {
		rows, err := load(d)
		if err != nil {
			return nil, nil, err
		}
		sets[d] = rows
	}
	never := func(Row) bool { return false }
	hostile := func(r Row) bool { return r.Label == "hostile" }
	heads := []struct {
		name string
		srcs []labelled
	}{
		{"toxic", []labelled{
			{SetMLMAFr, sets[SetMLMAFr], 1, hostile},
			{SetMLMAEn, sets[SetMLMAEn], 1, hostile},
			// ordinary comments and tweets, none of them hostile, so the
			// head does not learn that any tweet is hostile
			{SetYouTube, sets[SetYouTube], 0.5, never},
			{SetTweetActs, filter(sets[SetTweetActs], func(r Row) bool { return r.Label != "THT" }), 0.5, never},
		}},
		{"spam", []labelled{
			{SetYouTube, sets[SetYouTube], 1, func(r Row) bool { return r.Label == "1" }},
			{SetTweetActs, sets[SetTweetActs], 0.5, never},
			{SetMLMAEn, sets[SetMLMAEn], 0.3, never},
			{SetMLMAFr, sets[SetMLMAFr], 0.3, never},
		}},
		{"question", []labelled{
			{SetTweetActs, sets[SetTweetActs], 1, func(r Row) bool { return r.Label == "QUE" }},
		}},
	}
	// features are computed once per row
	featCache := map[string][]uint32{}
	feats := func(r Row) []uint32 {
		k := r.Lang + "\x00" + r.Text
		if f, ok := featCache[k]; ok {
			return f
		}
		f, _ := Features(r.Text, r.Lang)
		featCache[k] = f
		return f
	}
	m := &Model{}
	rep := &TrainReport{Config: cfg}
	for _, hd := range heads {
		var train, cal []Example
		hr := HeadReport{Name: hd.name}
		for _, src := range hd.srcs {
			hr.Sources = append(hr.Sources, string(src.set))
			for _, r := range src.rows {
				ex := Example{Feats: feats(r), Y: src.pos(r), Weight: src.weight}
				switch r.Split {
				case SplitTrain:
					train = append(train, ex)
					if ex.Y {
						hr.TrainPos++
					}
				case SplitCalib:
					cal = append(cal, ex)
					if ex.Y {
						hr.CalPos++
					}
				}
			}
		}
		h := TrainHead(hd.name, train, TrainOptions{Epochs: cfg.Epochs, Rate: cfg.Rate, L2: cfg.L2, Seed: cfg.Seed})
		hr.CalBrierRaw = brier(h, cal)
		h.Calibrate(cal)
		hr.Train, hr.Cal = len(train), len(cal)
		hr.PlattA, hr.PlattB = h.PlattA, h.PlattB
		hr.CalBrier = brier(h, cal)
		hr.CalECE = ece(h, cal)
		hr.CalF1 = f1At(h, cal, 0.5)
		m.Heads = append(m.Heads, h)
		rep.Heads = append(rep.Heads, hr)
	}
	return m, rep, nil
}

func filter(rows []Row, keep func(Row) bool) []Row {
	var out []Row
	for _, r := range rows {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

func brier(h *Head, xs []Example) float64 {
	var s float64
	for _, ex := range xs {
		y := 0.0
		if ex.Y {
			y = 1
		}
		d := h.Prob(ex.Feats) - y
		s += d * d
	}
	return s / math.Max(1, float64(len(xs)))
}

func ece(h *Head, xs []Example) float64 {
	var cnt, conf, acc [10]float64
	for _, ex := range xs {
		p := h.Prob(ex.Feats)
		b := min(int(p*10), 9)
		cnt[b]++
		conf[b] += p
		if ex.Y {
			acc[b]++
		}
	}
	var e float64
	for b := range cnt {
		if cnt[b] > 0 {
			e += math.Abs(conf[b]-acc[b]) / math.Max(1, float64(len(xs)))
		}
	}
	return e
}

func f1At(h *Head, xs []Example, th float64) float64 {
	var tp, fp, fn float64
	for _, ex := range xs {
		p := h.Prob(ex.Feats) >= th
		switch {
		case p && ex.Y:
			tp++
		case p && !ex.Y:
			fp++
		case !p && ex.Y:
			fn++
		}
	}
	if tp == 0 {
		return 0
	}
	return 2 * tp / (2*tp + fp + fn)
}

// WriteMarkdown writes the report as the committed model_report.md.
func (r *TrainReport) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Moderation model: training report\n\n")
	fmt.Fprintf(&b, "Written by `vigie moderate train`. Hashed logistic regression, 2^%d buckets, word unigrams+bigrams, character 3–5-grams, lexicon categories.\n\n", hashBits)
	fmt.Fprintf(&b, "Settings: seed %d, %d epochs, AdaGrad rate %g, L2 %g. Split by FNV-1a of the normalised text: 70 %% train, 10 %% calibration (Platt), 20 %% test (never used here).\n\n",
		r.Config.Seed, r.Config.Epochs, r.Config.Rate, r.Config.L2)
	fmt.Fprintf(&b, "Training sets and licences: MLMA FR/EN (MIT, Ousidhoum et al. 2019), YouTube Spam Collection (UCI, Alberto et al. 2015), Tweet Act Classification (BSD-2, Saha et al. 2019). Evaluation-only sets are refused by the trainer.\n\n")
	fmt.Fprintf(&b, "| head | sources | train rows (pos) | calib rows (pos) | Platt A | Platt B | calib F1@0.5 | Brier raw → calibrated | ECE |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, h := range r.Heads {
		srcs := append([]string(nil), h.Sources...)
		sort.Strings(srcs)
		fmt.Fprintf(&b, "| %s | %s | %d (%d) | %d (%d) | %.3f | %.3f | %.3f | %.4f → %.4f | %.4f |\n",
			h.Name, strings.Join(srcs, ", "), h.Train, h.TrainPos, h.Cal, h.CalPos, h.PlattA, h.PlattB, h.CalF1, h.CalBrierRaw, h.CalBrier, h.CalECE)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
