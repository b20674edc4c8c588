package moderate

import (
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Split is where a labelled row goes. The split depends only on the
// normalised text, so duplicates never straddle train and test, and the
// same row lands in the same split on every machine.
type Split uint8

const (
	SplitTrain Split = iota // 70 %
	SplitCalib              // 10 %: Platt scaling and threshold choice
	SplitTest               // 20 %: benchmarks only, never seen in training
)

func (s Split) String() string {
	return [...]string{"train", "calib", "test"}[s]
}

// SplitOf assigns a text to a split.
func SplitOf(text string) Split {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	switch v := h.Sum32() % 10; {
	case v < 2:
		return SplitTest
	case v < 3:
		return SplitCalib
	}
	return SplitTrain
}

// Row is a labelled comment from a shared data set.
type Row struct {
	Text  string
	Lang  string
	Label string // the set's own label, as a string
	Split Split
}

// DataSet names the labelled sets under ../shared/data/moderation. Only
// the first three may train the shipped model (their licences allow it);
// the others are evaluation only.
type DataSet string

const (
	SetMLMAFr     DataSet = "mlma-fr"    // MIT
	SetMLMAEn     DataSet = "mlma-en"    // MIT
	SetYouTube    DataSet = "youtube"    // UCI, cite Alberto et al. 2015
	SetTweetActs  DataSet = "tweet-acts" // BSD-2
	SetComplaints DataSet = "complaints" // no licence stated: evaluation only
	SetAirline    DataSet = "airline"    // CC BY-NC-SA: evaluation only
	SetUMSABFr    DataSet = "umsab-fr"   // evaluation only
)

// Trainable reports whether a set's licence allows shipping a model derived
// from it.
func (d DataSet) Trainable() bool {
	switch d {
	case SetMLMAFr, SetMLMAEn, SetYouTube, SetTweetActs:
		return true
	}
	return false
}

// Load reads one data set from root (the shared data folder).
func Load(root string, d DataSet) ([]Row, error) {
	dir := filepath.Join(root, "moderation")
	switch d {
	case SetMLMAFr:
		return loadMLMA(filepath.Join(dir, "mlma", "fr_dataset.csv"), "fr")
	case SetMLMAEn:
		return loadMLMA(filepath.Join(dir, "mlma", "en_dataset_with_stop_words.csv"), "en")
	case SetYouTube:
		return loadYouTube(filepath.Join(dir, "youtube-spam-collection"))
	case SetTweetActs:
		return loadCSV(filepath.Join(dir, "tweet-act-classification", "TWEET_DATA.csv"), false, func(rec []string) (Row, bool) {
			if len(rec) < 2 {
				return Row{}, false
			}
			return Row{Text: rec[0], Lang: "en", Label: rec[1]}, true
		})
	case SetComplaints:
		return loadCSV(filepath.Join(dir, "complaints-twitter", "complaints-data.csv"), false, func(rec []string) (Row, bool) {
			if len(rec) < 3 {
				return Row{}, false
			}
			return Row{Text: rec[1], Lang: "en", Label: rec[2]}, true
		})
	case SetAirline:
		return loadCSV(filepath.Join(dir, "twitter-airline-sentiment", "Tweets.csv"), true, func(rec []string) (Row, bool) {
			if len(rec) < 11 {
				return Row{}, false
			}
			return Row{Text: rec[10], Lang: "en", Label: rec[1]}, true
		})
	case SetUMSABFr:
		return loadUMSAB(filepath.Join(dir, "umsab-french-sentiment"))
	}
	return nil, fmt.Errorf("moderate: unknown data set %q", d)
}

func loadCSV(path string, header bool, conv func([]string) (Row, bool)) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("moderate: data: %w", err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var out []Row
	line := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			return nil, fmt.Errorf("moderate: data %s record %d: %w", path, line, err)
		}
		if header && line == 1 {
			continue
		}
		if r, ok := conv(rec); ok && strings.TrimSpace(r.Text) != "" {
			r.Split = SplitOf(r.Text)
			out = append(out, r)
		}
	}
	return out, nil
}

// loadMLMA reads an MLMA file; Label is "normal" for single-label normal
// tweets and "hostile" for everything else, as the MLMA authors do for
// their binary experiments.
func loadMLMA(path, lang string) ([]Row, error) {
	return loadCSV(path, true, func(rec []string) (Row, bool) {
		if len(rec) < 3 {
			return Row{}, false
		}
		l := "hostile"
		if rec[2] == "normal" {
			l = "normal"
		}
		return Row{Text: rec[1], Lang: lang, Label: l}, true
	})
}

func loadYouTube(dir string) ([]Row, error) {
	files, err := filepath.Glob(filepath.Join(dir, "Youtube0*.csv"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("moderate: data: no YouTube files in %s", dir)
	}
	var out []Row
	for _, f := range files {
		rows, err := loadCSV(f, true, func(rec []string) (Row, bool) {
			if len(rec) < 5 {
				return Row{}, false
			}
			return Row{Text: rec[3], Lang: "en", Label: rec[4]}, true
		})
		if err != nil {
			return nil, err
		}
		out = append(out, rows...)
	}
	return out, nil
}

// loadUMSAB reads the French UMSAB test split (its own held-out split);
// labels 0, 1, 2 become negative, neutral, positive.
func loadUMSAB(dir string) ([]Row, error) {
	texts, err := os.ReadFile(filepath.Join(dir, "test_text.txt"))
	if err != nil {
		return nil, fmt.Errorf("moderate: data: %w", err)
	}
	labels, err := os.ReadFile(filepath.Join(dir, "test_labels.txt"))
	if err != nil {
		return nil, fmt.Errorf("moderate: data: %w", err)
	}
	ts := strings.Split(strings.TrimRight(string(texts), "\n"), "\n")
	ls := strings.Split(strings.TrimRight(string(labels), "\n"), "\n")
	if len(ts) != len(ls) {
		return nil, fmt.Errorf("moderate: data %s: %d texts but %d labels", dir, len(ts), len(ls))
	}
	names := map[string]string{"0": "negative", "1": "neutral", "2": "positive"}
	out := make([]Row, 0, len(ts))
	for i := range ts {
		l, ok := names[strings.TrimSpace(ls[i])]
		if !ok {
			return nil, fmt.Errorf("moderate: data %s line %d: label %q", dir, i+1, ls[i])
		}
		out = append(out, Row{Text: ts[i], Lang: "fr", Label: l, Split: SplitTest})
	}
	return out, nil
}
