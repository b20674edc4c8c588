package radar

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/radar/nab"
)

// DetectSeries runs a fresh detector over a whole series.
func DetectSeries(p Params, times []time.Time, values []float64) []float64 {
	d := NewDetector(p)
	out := make([]float64, len(values))
	for i := range values {
		out[i] = d.Push(times[i], values[i])
	}
	return out
}

// ProfileReport is one profile's outcome on the corpus and on realTweets,
// both at the corpus-wide threshold.
type ProfileReport struct {
	Threshold  float64 `json:"threshold"`
	Corpus     Figures `json:"corpus"`
	RealTweets Figures `json:"realTweets"`
	// TweetsOwn is realTweets' score at the threshold best for realTweets
	// alone: the ceiling the corpus-wide threshold is measured against.
	TweetsOwnThreshold float64 `json:"tweets_own_threshold"`
	TweetsOwn          float64 `json:"tweets_own_normalized"`
}

// Figures summarise detections on a set of files at one threshold.
type Figures struct {
	Files      int     `json:"files"`
	Normalized float64 `json:"normalized"`
	Raw        float64 `json:"raw"`
	Windows    int     `json:"windows"`
	Found      int     `json:"windows_found"`
	// MedianDelayMinutes is the median, over found windows, of the first
	// alert's time minus the labelled anomaly's time (negative: early).
	MedianDelayMinutes float64 `json:"median_delay_minutes"`
	// FalseAlarmEpisodes counts runs of alerts outside every window (after
	// probation), alerts less than an hour apart making one run.
	FalseAlarmEpisodes int `json:"false_alarm_episodes"`
	FalseAlarmRows     int `json:"false_alarm_rows"`
	// PerSeries is each file's own normalised score at the same threshold
	// (its windows only): how evenly the set is served.
	PerSeries map[string]float64 `json:"per_series"`
}

// BenchReport is what `vigie bench radar` prints.
type BenchReport struct {
	Data     string                   `json:"data"`
	Detector Params                   `json:"params"`
	Profiles map[string]ProfileReport `json:"profiles"`
}

// RunNAB runs the detector over every series of root/data, chooses each
// profile's threshold over the whole corpus as NAB's optimiser does, and
// scores the corpus and realTweets at that threshold.
func RunNAB(root string, p Params) (BenchReport, error) {
	windows, err := nab.LoadWindows(filepath.Join(root, "labels", "combined_windows.json"))
	if err != nil {
		return BenchReport{}, fmt.Errorf("radar bench: %w", err)
	}
	labels, err := loadLabels(filepath.Join(root, "labels", "combined_labels.json"))
	if err != nil {
		return BenchReport{}, err
	}
	profiles, err := nab.LoadProfiles(filepath.Join(root, "config", "profiles.json"))
	if err != nil {
		profiles = nab.DefaultProfiles()
	}
	names := make([]string, 0, len(windows))
	for name := range windows {
		names = append(names, name)
	}
	sort.Strings(names)
	files := make([]nab.File, len(names))
	errs := make([]error, len(names))
	done := make(chan int)
	sem := make(chan struct{}, 2)
	for i, name := range names {
		go func() {
			sem <- struct{}{}
			defer func() { <-sem; done <- i }()
			s, err := nab.ReadCSVFile(filepath.Join(root, "data", filepath.FromSlash(name)))
			if err != nil {
				errs[i] = err
				return
			}
			files[i] = nab.File{Name: name, Times: s.Times, Scores: DetectSeries(p, s.Times, s.Values), Windows: windows[name]}
		}()
	}
	for range names {
		<-done
	}
	for _, err := range errs {
		if err != nil {
			return BenchReport{}, fmt.Errorf("radar bench: %w", err)
		}
	}
	rep := BenchReport{Data: root, Detector: p, Profiles: map[string]ProfileReport{}}
	tweets := nab.Subset(files, "realTweets/")
	for _, prof := range profiles {
		best, err := nab.Optimize(files, prof)
		if err != nil {
			return BenchReport{}, fmt.Errorf("radar bench: %w", err)
		}
		pr := ProfileReport{Threshold: best.Threshold}
		if pr.Corpus, err = figures(files, prof, best.Threshold, labels); err != nil {
			return BenchReport{}, err
		}
		if pr.RealTweets, err = figures(tweets, prof, best.Threshold, labels); err != nil {
			return BenchReport{}, err
		}
		if tb, err := nab.Optimize(tweets, prof); err == nil {
			if r, err := nab.Score(tweets, prof, tb.Threshold); err == nil {
				pr.TweetsOwnThreshold, pr.TweetsOwn = tb.Threshold, r.Normalized
			}
		}
		rep.Profiles[prof.Name] = pr
	}
	return rep, nil
}

func figures(files []nab.File, prof nab.Profile, theta float64, labels map[string][]time.Time) (Figures, error) {
	res, err := nab.Score(files, prof, theta)
	if err != nil {
		return Figures{}, fmt.Errorf("radar bench: %w", err)
	}
	f := Figures{Files: len(files), Normalized: res.Normalized, Raw: res.Raw, Windows: res.Windows, PerSeries: map[string]float64{}}
	for i, fr := range res.Files {
		f.PerSeries[fr.Name] = nab.Normalized(fr.Score, len(files[i].Windows), prof.Costs)
	}
	var delays []float64
	for _, file := range files {
		probation := nab.ProbationLength(len(file.Times))
		inWindow := make([]int, len(file.Times))
		for i := range inWindow {
			inWindow[i] = -1
		}
		for k, w := range file.Windows {
			for i, t := range file.Times {
				if !t.Before(w.Start) && !t.After(w.End) {
					inWindow[i] = k
				}
			}
		}
		first := make([]int, len(file.Windows))
		for k := range first {
			first[k] = -1
		}
		var lastFP time.Time
		for i := probation; i < len(file.Times); i++ {
			if file.Scores[i] < theta {
				continue
			}
			if k := inWindow[i]; k >= 0 {
				if first[k] < 0 {
					first[k] = i
				}
				continue
			}
			f.FalseAlarmRows++
			if lastFP.IsZero() || file.Times[i].Sub(lastFP) > time.Hour {
				f.FalseAlarmEpisodes++
			}
			lastFP = file.Times[i]
		}
		for k, w := range file.Windows {
			if first[k] < 0 {
				continue
			}
			f.Found++
			for _, l := range labels[file.Name] {
				if !l.Before(w.Start) && !l.After(w.End) {
					delays = append(delays, file.Times[first[k]].Sub(l).Minutes())
					break
				}
			}
		}
	}
	if len(delays) > 0 {
		sort.Float64s(delays)
		m := len(delays) / 2
		f.MedianDelayMinutes = delays[m]
		if len(delays)%2 == 0 {
			f.MedianDelayMinutes = (delays[m-1] + delays[m]) / 2
		}
	}
	return f, nil
}

func loadLabels(path string) (map[string][]time.Time, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("radar bench: labels: %w", err)
	}
	var raw map[string][]string
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("radar bench: labels %s: %w", path, err)
	}
	out := make(map[string][]time.Time, len(raw))
	for name, ls := range raw {
		for _, s := range ls {
			t, err := nab.ParseTime(strings.TrimSpace(s))
			if err != nil {
				return nil, fmt.Errorf("radar bench: labels %s: %s: %w", path, name, err)
			}
			out[name] = append(out[name], t)
		}
	}
	return out, nil
}
