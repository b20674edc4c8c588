package nab

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

func errorf(format string, args ...any) error {
	return fmt.Errorf("nab: "+format, args...)
}

// ParseTime reads NAB's timestamps ("2015-02-26 21:42:53", with or without
// fractional seconds, which Go's parser accepts after the seconds field).
func ParseTime(s string) (time.Time, error) {
	return time.Parse(time.DateTime, strings.TrimSpace(s))
}

// Series is a file's rows: timestamps, values and, for results files, the
// detector's anomaly scores.
type Series struct {
	Times  []time.Time
	Values []float64
	Scores []float64
}

// ReadCSV reads a NAB data or results file. Columns are found by name:
// timestamp and value are required, anomaly_score is read when present.
func ReadCSV(r io.Reader, name string) (Series, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return Series{}, errorf("%s: header: %w", name, err)
	}
	ti, vi, si := -1, -1, -1
	for i, h := range head {
		switch strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) {
		case "timestamp":
			ti = i
		case "value":
			vi = i
		case "anomaly_score":
			si = i
		}
	}
	if ti < 0 || vi < 0 {
		return Series{}, errorf("%s: header %q lacks timestamp and value columns", name, strings.Join(head, ","))
	}
	var s Series
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Series{}, errorf("%s: %w", name, err)
		}
		t, err := ParseTime(rec[ti])
		if err != nil {
			return Series{}, errorf("%s line %d: timestamp %q: %w", name, line, rec[ti], err)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(rec[vi]), 64)
		if err != nil {
			return Series{}, errorf("%s line %d: value %q: %w", name, line, rec[vi], err)
		}
		s.Times = append(s.Times, t)
		s.Values = append(s.Values, v)
		if si >= 0 {
			a, err := strconv.ParseFloat(strings.TrimSpace(rec[si]), 64)
			if err != nil || a != a {
				return Series{}, errorf("%s line %d: anomaly_score %q is not a number", name, line, rec[si])
			}
			s.Scores = append(s.Scores, a)
		}
	}
	if si < 0 {
		s.Scores = nil
	}
	return s, nil
}

// ReadCSVFile is ReadCSV on a path.
func ReadCSVFile(path string) (Series, error) {
	f, err := os.Open(path)
	if err != nil {
		return Series{}, errorf("%w", err)
	}
	defer f.Close()
	return ReadCSV(f, path)
}

// LoadWindows reads labels/combined_windows.json: "<category>/<file>.csv"
// to a sorted list of windows.
func LoadWindows(path string) (map[string][]Window, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errorf("windows: %w", err)
	}
	var raw map[string][][]string
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, errorf("windows %s: %w", path, err)
	}
	out := make(map[string][]Window, len(raw))
	for file, ws := range raw {
		list := make([]Window, 0, len(ws))
		for k, w := range ws {
			if len(w) != 2 {
				return nil, errorf("windows %s: %s window %d has %d limits, want 2", path, file, k, len(w))
			}
			a, err := ParseTime(w[0])
			if err != nil {
				return nil, errorf("windows %s: %s window %d: %w", path, file, k, err)
			}
			b, err := ParseTime(w[1])
			if err != nil {
				return nil, errorf("windows %s: %s window %d: %w", path, file, k, err)
			}
			list = append(list, Window{Start: a, End: b})
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].Start.Before(list[j].Start) })
		out[file] = list
	}
	return out, nil
}

// Profile is a named cost matrix.
type Profile struct {
	Name string
	Costs
}

// LoadProfiles reads config/profiles.json, sorted by name.
func LoadProfiles(path string) ([]Profile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errorf("profiles: %w", err)
	}
	var raw map[string]struct {
		CostMatrix Costs
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, errorf("profiles %s: %w", path, err)
	}
	var out []Profile
	for name, p := range raw {
		out = append(out, Profile{Name: name, Costs: p.CostMatrix})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// DefaultProfiles are NAB's three profiles, for callers without a
// config/profiles.json at hand.
func DefaultProfiles() []Profile {
	return []Profile{
		{"reward_low_FN_rate", Costs{TP: 1, FP: 0.11, FN: 2}},
		{"reward_low_FP_rate", Costs{TP: 1, FP: 0.22, FN: 1}},
		{"standard", Costs{TP: 1, FP: 0.11, FN: 1}},
	}
}

// LoadThresholds reads config/thresholds.json: detector → profile → threshold.
func LoadThresholds(path string) (map[string]map[string]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errorf("thresholds: %w", err)
	}
	var raw map[string]map[string]struct {
		Threshold float64 `json:"threshold"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, errorf("thresholds %s: %w", path, err)
	}
	out := make(map[string]map[string]float64, len(raw))
	for d, ps := range raw {
		out[d] = make(map[string]float64, len(ps))
		for p, v := range ps {
			out[d][p] = v.Threshold
		}
	}
	return out, nil
}

// File is one scored series of a corpus.
type File struct {
	Name    string // "<category>/<file>.csv"
	Times   []time.Time
	Scores  []float64
	Windows []Window
}

// LoadResults reads every DIR/results/NAME/<category>/NAME_<file>.csv that
// has labels, sorted by name.
func LoadResults(root, detector string, windows map[string][]Window) ([]File, error) {
	dir := filepath.Join(root, "results", detector)
	cats, err := os.ReadDir(dir)
	if err != nil {
		return nil, errorf("results: %w", err)
	}
	var out []File
	for _, cat := range cats {
		if !cat.IsDir() {
			continue
		}
		entries, err := os.ReadDir(filepath.Join(dir, cat.Name()))
		if err != nil {
			return nil, errorf("results: %w", err)
		}
		for _, e := range entries {
			base, ok := strings.CutPrefix(e.Name(), detector+"_")
			if e.IsDir() || !ok || !strings.HasSuffix(base, ".csv") {
				continue
			}
			name := cat.Name() + "/" + base
			ws, labelled := windows[name]
			if !labelled {
				continue
			}
			s, err := ReadCSVFile(filepath.Join(dir, cat.Name(), e.Name()))
			if err != nil {
				return nil, err
			}
			if s.Scores == nil {
				return nil, errorf("results %s has no anomaly_score column", name)
			}
			out = append(out, File{Name: name, Times: s.Times, Scores: s.Scores, Windows: ws})
		}
	}
	if len(out) == 0 {
		return nil, errorf("no labelled results files under %s", dir)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
