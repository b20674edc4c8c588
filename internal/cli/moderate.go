package cli

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/moderate"
)

func init() {
	register(newModerateCmd)
	registerBench(newBenchModerateCmd)
}

func newModerateCmd() *cobra.Command {
	var jsonl bool
	var csvFile, lang, textCol, idCol string
	cmd := &cobra.Command{
		Use:   "moderate [--jsonl | --csv FILE | TEXT...]",
		Short: "Classify comments (hate, harassment, toxic, spam, scam, complaint, question, praise, other) and apply the default policy",
		Long: "With --jsonl, reads {\"id\",\"text\",\"lang\"?} lines on stdin and writes\n" +
			"{\"id\",\"label\",\"hide\",\"scores\",\"reason\",\"sentiment\",\"lang\",\"action\"} lines on stdout,\n" +
			"same order; a bad line gives {\"id\",\"error\"} and the batch goes on (exit status 2 at the end).\n" +
			"With --csv FILE (\"-\" for stdin), copies the CSV adding label, hide, action, sentiment,\n" +
			"score and reason columns. With TEXT arguments, classifies each and prints one JSON line.\n" +
			"The default policy hides hate, threats, scams and spam with p ≥ 0.9, and never hides\n" +
			"complaints or criticism of the brand.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if lang != "" && lang != "fr" && lang != "en" {
				return usageError("moderate: --lang must be fr or en, not %q", lang)
			}
			c, err := moderate.Default()
			if err != nil {
				return err
			}
			p := moderate.DefaultPolicy()
			switch {
			case jsonl && csvFile != "":
				return usageError("moderate: --jsonl and --csv are exclusive")
			case jsonl:
				if len(args) > 0 {
					return usageError("moderate: --jsonl reads stdin, it takes no TEXT")
				}
				return moderateJSONL(c, p, lang, cmd.InOrStdin(), cmd.OutOrStdout())
			case csvFile != "":
				in := cmd.InOrStdin()
				if csvFile != "-" {
					f, err := os.Open(csvFile)
					if err != nil {
						return usageError("moderate: %v", err)
					}
					defer f.Close()
					in = f
				}
				return moderateCSV(c, p, lang, textCol, idCol, in, cmd.OutOrStdout())
			case len(args) > 0:
				w := bufio.NewWriter(cmd.OutOrStdout())
				for i, t := range args {
					writeModerated(w, c, p, json.RawMessage(strconv.Itoa(i+1)), t, lang)
				}
				return w.Flush()
			}
			return usageError("moderate: give --jsonl, --csv FILE or TEXT")
		},
	}
	cmd.Flags().BoolVar(&jsonl, "jsonl", false, "batch mode: JSON Lines on stdin, one result per line on stdout")
	cmd.Flags().StringVar(&csvFile, "csv", "", "CSV file with a header row (- for stdin); adds result columns")
	cmd.Flags().StringVar(&lang, "lang", "", "language of every comment (fr or en); detected per comment when empty")
	cmd.Flags().StringVar(&textCol, "text-column", "text", "CSV column holding the comment")
	cmd.Flags().StringVar(&idCol, "id-column", "id", "CSV column holding the id (optional)")
	cmd.AddCommand(newModerateTrainCmd(), &cobra.Command{
		Use:   "model",
		Short: "Print the training report of the model built into this binary",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(cmd.OutOrStdout(), moderate.ModelReport)
			return err
		},
	})
	return cmd
}

type moderateIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Lang string          `json:"lang"`
}

type moderateOut struct {
	ID        json.RawMessage    `json:"id"`
	Label     string             `json:"label"`
	Hide      bool               `json:"hide"`
	Scores    map[string]float64 `json:"scores"`
	Reason    string             `json:"reason"`
	Sentiment string             `json:"sentiment"`
	Lang      string             `json:"lang"`
	Action    string             `json:"action"`
}

type moderateErr struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

func writeModerated(w *bufio.Writer, c *moderate.Classifier, p moderate.Policy, id json.RawMessage, text, lang string) {
	r := c.Classify(text, lang)
	d := p.Decide(r)
	reason := r.Reason
	if d.Reason != "" {
		reason = d.Reason + " — " + reason
	}
	b, _ := json.Marshal(moderateOut{ID: id, Label: string(r.Label), Hide: d.Hide, Scores: r.ScoreMap(),
		Reason: reason, Sentiment: string(r.Sentiment), Lang: r.Lang, Action: string(d.Action)})
	w.Write(b)
	w.WriteByte('\n')
}

func moderateJSONL(c *moderate.Classifier, p moderate.Policy, lang string, in io.Reader, out io.Writer) error {
	w := bufio.NewWriterSize(out, 64*1024)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	bad := 0
	line := 0
	fail := func(id json.RawMessage, format string, args ...any) {
		bad++
		if len(id) == 0 {
			id = json.RawMessage("null")
		}
		b, _ := json.Marshal(moderateErr{ID: id, Error: fmt.Sprintf(format, args...)})
		w.Write(b)
		w.WriteByte('\n')
	}
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var m moderateIn
		if err := json.Unmarshal(raw, &m); err != nil {
			fail(nil, "line %d: not a JSON object: %v", line, err)
			continue
		}
		if len(m.ID) == 0 {
			m.ID = json.RawMessage("null")
		}
		if m.Text == nil {
			fail(m.ID, "line %d: missing \"text\"", line)
			continue
		}
		l := lang
		if m.Lang != "" {
			if m.Lang != "fr" && m.Lang != "en" {
				fail(m.ID, "line %d: lang must be fr or en, not %q", line, m.Lang)
				continue
			}
			l = m.Lang
		}
		writeModerated(w, c, p, m.ID, *m.Text, l)
	}
	if err := sc.Err(); err != nil {
		w.Flush()
		return &ExitError{Code: 2, Err: fmt.Errorf("moderate: reading line %d: %w", line+1, err)}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return &ExitError{Code: 2, Err: fmt.Errorf("moderate: %d bad input line(s), reported inline", bad)}
	}
	return nil
}

func moderateCSV(c *moderate.Classifier, p moderate.Policy, lang, textCol, idCol string, in io.Reader, out io.Writer) error {
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return usageError("moderate: CSV header: %v", err)
	}
	ti, li := -1, -1
	for i, h := range head {
		switch strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) {
		case textCol:
			ti = i
		case "lang":
			li = i
		}
	}
	if ti < 0 {
		return usageError("moderate: CSV has no %q column (use --text-column)", textCol)
	}
	cw := csv.NewWriter(out)
	if err := cw.Write(append(head, "label", "hide", "action", "sentiment", "score", "reason")); err != nil {
		return err
	}
	bad := 0
	for rec := 2; ; rec++ {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && pe.Err != csv.ErrFieldCount {
				cw.Flush()
				return &ExitError{Code: 2, Err: fmt.Errorf("moderate: CSV record %d: %w", rec, err)}
			}
		}
		if ti >= len(row) {
			bad++
			cw.Write(append(row, "", "", "", "", "", fmt.Sprintf("error: record %d has no %s field", rec, textCol)))
			continue
		}
		l := lang
		if li >= 0 && li < len(row) && (row[li] == "fr" || row[li] == "en") {
			l = row[li]
		}
		r := c.Classify(row[ti], l)
		d := p.Decide(r)
		if err := cw.Write(append(row, string(r.Label), strconv.FormatBool(d.Hide), string(d.Action), string(r.Sentiment),
			strconv.FormatFloat(r.Score(r.Label), 'f', 4, 64), r.Reason)); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	if bad > 0 {
		return &ExitError{Code: 2, Err: fmt.Errorf("moderate: %d bad CSV record(s), reported inline", bad)}
	}
	return nil
}

func newModerateTrainCmd() *cobra.Command {
	var data, out, report string
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Retrain the moderation model from ../shared/data/moderation (licensed-for-shipping sets only)",
		Long: "Trains the hashed logistic-regression heads (toxic, spam, question) on MLMA FR/EN,\n" +
			"the YouTube Spam Collection and Tweet Act Classification (70 % train split), fits\n" +
			"Platt scaling on the 10 % calibration split, and writes the model file and its\n" +
			"training report. The run is deterministic: the same data gives the same file.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root, err := findModerationData(data)
			if err != nil {
				return err
			}
			m, rep, err := moderate.Train(moderate.DefaultTrainConfig(root))
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := m.Encode(&buf); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("moderate train: %w", err)
			}
			var rb bytes.Buffer
			if err := rep.WriteMarkdown(&rb); err != nil {
				return err
			}
			if err := os.WriteFile(report, rb.Bytes(), 0o644); err != nil {
				return fmt.Errorf("moderate train: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "model: %s (%d bytes)\nreport: %s\n\n%s", out, buf.Len(), report, rb.String())
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default: ../shared/data found upward from here)")
	cmd.Flags().StringVar(&out, "out", "internal/moderate/model.bin.gz", "model file to write")
	cmd.Flags().StringVar(&report, "report", "internal/moderate/model_report.md", "training report to write")
	return cmd
}

// findModerationData returns the shared data folder: the flag, else
// VIGIE_SHARED_DATA, else ../shared/data upward from the working directory.
func findModerationData(flag string) (string, error) {
	if flag == "" {
		flag = os.Getenv("VIGIE_SHARED_DATA")
	}
	if flag != "" {
		if st, err := os.Stat(filepath.Join(flag, "moderation")); err != nil || !st.IsDir() {
			return "", usageError("moderate: %s has no moderation/ folder", flag)
		}
		return flag, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for range 8 {
		cand := filepath.Join(dir, "..", "shared", "data")
		if st, err := os.Stat(filepath.Join(cand, "moderation")); err == nil && st.IsDir() {
			return filepath.Clean(cand), nil
		}
		dir = filepath.Dir(dir)
	}
	return "", usageError("moderate: shared data not found; pass --data ../shared/data")
}

func newBenchModerateCmd() *cobra.Command {
	var data string
	var showFailures bool
	cmd := &cobra.Command{
		Use:   "moderate",
		Short: "Moderation quality on held-out splits of ../shared/data/moderation, the functional suite, and throughput",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root, err := findModerationData(data)
			if err != nil {
				return err
			}
			c, err := moderate.Default()
			if err != nil {
				return err
			}
			rep, err := moderate.Bench(c, moderate.DefaultPolicy(), root)
			if err != nil {
				return err
			}
			printModerateBench(cmd.OutOrStdout(), root, rep, showFailures)
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "shared data folder (default: ../shared/data found upward from here)")
	cmd.Flags().BoolVar(&showFailures, "failures", false, "list the functional-suite cases that fail")
	return cmd
}

func printModerateBench(w io.Writer, root string, r *moderate.BenchReport, failures bool) {
	pct := func(x float64) string { return fmt.Sprintf("%.1f %%", 100*x) }
	fmt.Fprintf(w, "data: %s/moderation (test split = 20 %% by hash of the text, never trained on; evaluation-only sets in full)\n\n", root)
	fmt.Fprintf(w, "%-58s %8s %7s\n", "task (data set)", "figure", "rows")
	bin := func(name string, b moderate.BinaryScore, macro bool) {
		v := b.F1()
		if macro {
			v = b.MacroF1()
		}
		fmt.Fprintf(w, "%-58s %8.3f %7d   (P %.3f R %.3f)\n", name, v, b.N(), b.Precision(), b.Recall())
	}
	bin("hate/toxicity macro-F1, hostile vs normal (MLMA FR test)", r.MLMAFr, true)
	bin("hate/toxicity macro-F1, hostile vs normal (MLMA EN test)", r.MLMAEn, true)
	bin("spam F1 (YouTube Spam Collection test)", r.Spam, false)
	bin("question F1 (Tweet Act Classification test, QUE)", r.Question, false)
	bin("complaint F1 (complaints-twitter, all rows)", r.Complaint, false)
	fmt.Fprintf(w, "%-58s %8.3f %7d\n", "sentiment macro-F1 (UMSAB FR test)", r.SentFr.MacroF1(), r.SentFr.N)
	fmt.Fprintf(w, "%-58s %8.3f %7d\n", "sentiment macro-F1 (airline tweets, all rows)", r.SentEn.MacroF1(), r.SentEn.N)
	fmt.Fprintf(w, "\nauto-hidden by the default policy (must stay ≤ 1 %%):\n")
	share := func(name string, s moderate.Share) {
		fmt.Fprintf(w, "  %-56s %8s  (%d of %d)\n", name, pct(s.Rate()), s.Hit, s.Total)
	}
	share("complaints (complaints-twitter, label 1)", r.HiddenComplaint)
	share("negative airline tweets", r.HiddenAirNeg)
	share("negative French tweets (UMSAB test)", r.HiddenFrNeg)
	share("criticism cases of the functional suite", r.HiddenSuiteCrit)
	fmt.Fprintf(w, "\nfunctional suite (internal/moderate/testdata; floor 90 %% per trap category and language):\n")
	for _, s := range r.Suite {
		mark := ""
		for _, c := range moderate.TrapCategories {
			if c == s.Category && s.Rate() < 0.9 {
				mark = "  BELOW FLOOR"
			}
		}
		fmt.Fprintf(w, "  %-24s %s %3d/%-3d %6s%s\n", s.Category, s.Lang, s.Passed, s.Total, pct(s.Rate()), mark)
		if failures {
			for _, f := range s.Failures {
				fmt.Fprintf(w, "      %s\n", f)
			}
		}
	}
	t := r.Throughput
	unit := "CPU second of one thread (one core)"
	if !t.CPUTime {
		unit = "wall second (thread CPU time unavailable)"
	}
	fmt.Fprintf(w, "\nthroughput over %d test comments, one goroutine locked to one thread, per %s:\n", t.Comments, unit)
	fmt.Fprintf(w, "  bare JSON decode              %10.0f lines/s\n", t.DecodePerS)
	fmt.Fprintf(w, "  decode + classify + policy    %10.0f comments/s  (%.3f× the speed of bare decode; floor 50000/s)\n", t.ClassifyPerS, t.Ratio)
	fmt.Fprintf(w, "  same, per wall second         %10.0f comments/s  (shared machine: depends on load)\n", t.WallPerS)
}
