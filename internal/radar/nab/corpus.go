package nab

import "sort"

// FileResult is one file's score at a given threshold.
type FileResult struct {
	Name string
	Threshold
}

// Result is a corpus score for one profile.
type Result struct {
	Profile    string
	Threshold  float64
	Raw        float64
	Normalized float64
	Windows    int
	Files      []FileResult
}

// Score scores every file at threshold theta the way NAB's scoring step
// does (sweeper.scoreDataSet per file, then the sum and the normalisation).
func Score(files []File, p Profile, theta float64) (Result, error) {
	res := Result{Profile: p.Name, Threshold: theta}
	for _, f := range files {
		rows, err := Sweep(f.Times, f.Scores, f.Windows, p.Costs)
		if err != nil {
			return Result{}, errorf("%s: %w", f.Name, err)
		}
		t := AtThreshold(ByThreshold(rows, len(f.Windows), p.Costs), theta)
		res.Files = append(res.Files, FileResult{Name: f.Name, Threshold: t})
		res.Raw += t.Score
		res.Windows += len(f.Windows)
	}
	res.Normalized = Normalized(res.Raw, res.Windows, p.Costs)
	return res, nil
}

// Optimize chooses the corpus-wide threshold as NAB's optimizer does: sweep
// all rows of all files together (each file's windows kept distinct) and
// take the threshold with the best total score.
func Optimize(files []File, p Profile) (Threshold, error) {
	var all []Row
	offset := 0
	for _, f := range files {
		rows, err := Sweep(f.Times, f.Scores, f.Windows, p.Costs)
		if err != nil {
			return Threshold{}, errorf("%s: %w", f.Name, err)
		}
		for i := range rows {
			if rows[i].Window != NoWindow {
				rows[i].Window += offset
			}
		}
		offset += len(f.Windows)
		all = append(all, rows...)
	}
	return Best(ByThreshold(all, offset, p.Costs)), nil
}

// Subset returns the files whose name starts with prefix (a category such
// as "realTweets/"), in order.
func Subset(files []File, prefix string) []File {
	var out []File
	for _, f := range files {
		if len(f.Name) >= len(prefix) && f.Name[:len(prefix)] == prefix {
			out = append(out, f)
		}
	}
	return out
}

// Names lists the files' names, sorted.
func Names(files []File) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Name
	}
	sort.Strings(out)
	return out
}
