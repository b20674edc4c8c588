package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/verify"
)

func init() {
	register(newVerifyCmd)
	registerBench(newBenchVerifyCmd)
}

// verifyMaxLineBytes bounds one JSONL line of `vigie verify --jsonl`: a post of
// verify.MaxPostRunes code points and a large fact sheet fit well within it.
const verifyMaxLineBytes = 1 << 20

func newVerifyCmd() *cobra.Command {
	var (
		jsonl, noColor, all bool
		factsFile, brief    string
		lang, failOn, text  string
		brandSlug, briefKey string
		workspace           int64
		workers             int
	)
	cmd := &cobra.Command{
		Use:   "verify [TEXT]",
		Short: "Check a post claim by claim against a fact sheet and a brief",
		Long: `Check a text claim by claim against the brand's facts and the brief.

One text: pass it as an argument, or on stdin, with --facts FILE (one fact per
line, or a JSON/YAML export with a list of facts) and --brief. A readable
report shows each flagged claim; --fail-on warn|fail exits 1 when the verdict
is at least that.

Batch: --jsonl reads {"id","lang"?,"facts":[string],"brief","post"} lines on
stdin and writes {"id","verdict","findings":[{"start","end","text","kind",
"claim","fact","message","suggestion"?}]} lines, same order; a bad line gives
{"id","error"} and the batch goes on. Offsets are Unicode code points.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if failOn != "" && failOn != "warn" && failOn != "fail" {
				return usageError("verify: --fail-on must be warn or fail, not %q", failOn)
			}
			if lang != "" && lang != "fr" && lang != "en" {
				return usageError("verify: --lang must be fr or en, not %q", lang)
			}
			if jsonl {
				if len(args) > 0 || factsFile != "" || brandSlug != "" {
					return usageError("verify: --jsonl reads everything from stdin; no TEXT, --facts or --brand")
				}
				worst, bad, err := runVerifyBatch(cmd.Context(), verifyChecker(all), cmd.InOrStdin(), cmd.OutOrStdout(), workers)
				if err != nil {
					return err
				}
				if bad > 0 {
					// every line was answered; the exit status still says that
					// some input was bad
					return &ExitError{Code: 2, Err: fmt.Errorf("verify: %d bad input line(s), answered with an error object", bad)}
				}
				return verifyFailOnExit(failOn, worst)
			}
			if factsFile != "" && brandSlug != "" {
				return usageError("verify: give --facts FILE or --brand SLUG, not both")
			}
			if len(args) == 1 {
				text = args[0]
			} else {
				b, err := io.ReadAll(io.LimitReader(cmd.InOrStdin(), verifyMaxLineBytes+1))
				if err != nil {
					return fmt.Errorf("verify: reading stdin: %w", err)
				}
				if len(b) > verifyMaxLineBytes {
					return usageError("verify: text on stdin is over %d bytes", verifyMaxLineBytes)
				}
				text = string(b)
			}
			if strings.TrimSpace(text) == "" {
				return usageError("verify: no text to check (give it as an argument or on stdin)")
			}
			var facts []verify.Fact
			if factsFile != "" {
				var err error
				facts, err = verifyReadFacts(factsFile)
				if err != nil {
					return &ExitError{Code: 2, Err: err}
				}
			}
			if brandSlug != "" {
				var storedBrief string
				var err error
				facts, storedBrief, err = verifyFromStore(cmd, workspace, brandSlug, briefKey)
				if err != nil {
					return err
				}
				if brief == "" {
					brief = storedBrief
				} else if storedBrief != "" {
					brief = storedBrief + ". " + brief
				}
			}
			res, err := verifyChecker(all).Check(cmd.Context(), verify.Input{Lang: lang, Facts: facts, Brief: brief, Post: text})
			if err != nil {
				return &ExitError{Code: 2, Err: err}
			}
			color := !noColor && verifyIsTerminal(cmd.OutOrStdout())
			verifyWriteReport(cmd.OutOrStdout(), text, res, len(facts), color)
			return verifyFailOnExit(failOn, res.Verdict)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&jsonl, "jsonl", false, "batch mode: JSON Lines in on stdin, JSON Lines out")
	f.StringVar(&factsFile, "facts", "", "fact sheet: one fact per line, or a JSON/YAML brand export")
	f.StringVar(&brief, "brief", "", "the brief the text answers")
	f.StringVar(&lang, "lang", "", "language of the text: fr or en (guessed when empty)")
	f.StringVar(&failOn, "fail-on", "", "exit 1 when the verdict is at least warn or fail")
	f.BoolVar(&noColor, "no-color", false, "no ANSI colours in the report")
	f.BoolVar(&all, "all", false, "keep every finding the rules raise, even those the confidence model finds more likely a false alarm")
	f.StringVar(&brandSlug, "brand", "", "brand slug: check against its facts active now (and a brief) from the database")
	f.StringVar(&briefKey, "brief-key", "", "brief key with --brand (default: the latest brief)")
	f.Int64Var(&workspace, "workspace", 1, "workspace of --brand")
	f.IntVar(&workers, "workers", 0, "with --jsonl: lines checked at once, answered in their order (default: one per CPU)")
	return cmd
}

// verifyFromStore reads a brand's facts active now and the text of one of
// its briefs (the latest, or briefKey).
func verifyFromStore(cmd *cobra.Command, workspace int64, slug, briefKey string) ([]verify.Fact, string, error) {
	st, err := openStore(cmd)
	if err != nil {
		return nil, "", fmt.Errorf("verify: %w", err)
	}
	defer st.Close()
	ctx := cmd.Context()
	b, err := st.GetBrandBySlug(ctx, workspace, slug)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, "", usageError("verify: no brand %q in workspace %d", slug, workspace)
		}
		return nil, "", fmt.Errorf("verify: brand %q: %w", slug, err)
	}
	stored, err := st.ListFacts(ctx, b.ID, store.FactFilter{At: time.Now()})
	if err != nil {
		return nil, "", fmt.Errorf("verify: facts of brand %q: %w", slug, err)
	}
	facts := verify.FromBrand(stored)
	briefs, err := st.ListBriefs(ctx, b.ID)
	if err != nil {
		return nil, "", fmt.Errorf("verify: briefs of brand %q: %w", slug, err)
	}
	var br *brand.Brief
	for i := range briefs {
		if briefKey != "" && briefs[i].Key == briefKey {
			br = &briefs[i]
			break
		}
		if briefKey == "" && (br == nil || briefs[i].UpdatedAt.After(br.UpdatedAt)) {
			br = &briefs[i]
		}
	}
	if br == nil {
		if briefKey != "" {
			return nil, "", usageError("verify: brand %q has no brief %q", slug, briefKey)
		}
		return facts, "", nil
	}
	parts := append([]string{br.Title, br.Objective}, br.KeyMessages...)
	return facts, strings.Join(parts, ". "), nil
}

func verifyFailOnExit(failOn, verdict string) error {
	switch {
	case failOn == "warn" && (verdict == verify.Warn || verdict == verify.Fail):
		return &ExitError{Code: 1}
	case failOn == "fail" && verdict == verify.Fail:
		return &ExitError{Code: 1}
	}
	return nil
}

func verifyIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

type verifyErr struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

var verifyNullID = json.RawMessage("null")

// verifyChecker is the engine as shipped, or its rules alone with --all.
func verifyChecker(all bool) *verify.Checker {
	if all {
		return verify.NewRuleChecker()
	}
	return verify.NewChecker()
}

// verifyLooseID recovers the id of a line that does not decode, so that the error
// can still be matched to its input.
func verifyLooseID(b []byte) json.RawMessage {
	var probe struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(b, &probe) == nil && len(probe.ID) > 0 {
		return probe.ID
	}
	i := bytes.Index(b, []byte(`"id"`))
	if i < 0 {
		return verifyNullID
	}
	rest := bytes.TrimLeft(b[i+4:], " \t")
	if len(rest) == 0 || rest[0] != ':' {
		return verifyNullID
	}
	rest = bytes.TrimLeft(rest[1:], " \t")
	dec := json.NewDecoder(bytes.NewReader(rest))
	var v json.RawMessage
	if dec.Decode(&v) == nil {
		var s string
		var n json.Number
		if json.Unmarshal(v, &s) == nil || json.Unmarshal(v, &n) == nil {
			return v
		}
	}
	return verifyNullID
}

// verifyReadFacts reads one fact per line, or a JSON/YAML export: a list of
// strings or of fact objects, or an object with a "facts" list.
func verifyReadFacts(path string) ([]verify.Fact, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("verify: reading facts: %w", err)
	}
	trim := bytes.TrimSpace(b)
	ext := strings.ToLower(filepath.Ext(path))
	if len(trim) > 0 && (trim[0] == '[' || trim[0] == '{') || ext == ".json" {
		facts, err := verifyFactsJSON(trim)
		if err != nil {
			return nil, fmt.Errorf("verify: facts file %s: %w", path, err)
		}
		return facts, nil
	}
	if ext == ".yaml" || ext == ".yml" {
		facts, err := verifyFactsYAML(b)
		if err != nil {
			return nil, fmt.Errorf("verify: facts file %s: %w", path, err)
		}
		return facts, nil
	}
	var facts []verify.Fact
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "# ") { // "# " is a comment; "#Tag" is a fact
			continue
		}
		facts = append(facts, verify.Fact{Text: line})
	}
	return facts, nil
}

func verifyFactsJSON(b []byte) ([]verify.Fact, error) {
	var list []json.RawMessage
	if err := json.Unmarshal(b, &list); err != nil {
		var obj struct {
			Facts []json.RawMessage `json:"facts"`
			Brand *struct {
				Facts []json.RawMessage `json:"facts"`
			} `json:"brand"`
		}
		if err2 := json.Unmarshal(b, &obj); err2 != nil {
			return nil, err
		}
		list = obj.Facts
		if list == nil && obj.Brand != nil {
			list = obj.Brand.Facts
		}
	}
	var facts []verify.Fact
	for i, raw := range list {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			facts = append(facts, verify.Fact{Text: s})
			continue
		}
		var f struct {
			ID    json.RawMessage `json:"id"`
			Key   string          `json:"key"`
			Text  string          `json:"text"`
			Kind  string          `json:"kind"`
			Value json.RawMessage `json:"value"`
			Unit  string          `json:"unit"`
		}
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("facts[%d]: %w", i, err)
		}
		fact := verify.Fact{Key: f.Key, Text: f.Text, Kind: f.Kind, Unit: f.Unit}
		if len(f.ID) > 0 && string(f.ID) != "null" {
			fact.ID = strings.Trim(string(f.ID), `"`)
		}
		if len(f.Value) > 0 && string(f.Value) != "null" {
			var s string
			if json.Unmarshal(f.Value, &s) == nil {
				fact.Value = s
			} else {
				fact.Value = string(f.Value)
			}
		}
		facts = append(facts, fact)
	}
	return facts, nil
}

// verifyFactsYAML reads the simple YAML of a brand export: a "facts:" list of
// "- text" items or of "- text: …" mappings with kind/value/unit/key.
func verifyFactsYAML(b []byte) ([]verify.Fact, error) {
	var facts []verify.Fact
	inFacts := false
	var cur *verify.Fact
	for _, raw := range strings.Split(string(b), "\n") {
		line := strings.TrimRight(raw, " \r")
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if indent == 0 && !strings.HasPrefix(t, "-") {
			inFacts = strings.HasPrefix(t, "facts:")
			continue
		}
		if !inFacts && indent == 0 {
			inFacts = true
		}
		if !inFacts {
			continue
		}
		if strings.HasPrefix(t, "- ") {
			item := strings.TrimSpace(t[2:])
			facts = append(facts, verify.Fact{})
			cur = &facts[len(facts)-1]
			if k, v, ok := verifyYAMLKV(item); ok {
				verifySetFactField(cur, k, v)
			} else {
				cur.Text = verifyYAMLScalar(item)
			}
			continue
		}
		if cur != nil {
			if k, v, ok := verifyYAMLKV(t); ok {
				verifySetFactField(cur, k, v)
			}
		}
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Text != "" || f.Value != "" {
			out = append(out, f)
		}
	}
	return out, nil
}

func verifyYAMLKV(s string) (string, string, bool) {
	i := strings.Index(s, ": ")
	if i <= 0 || strings.ContainsAny(s[:i], " \"'") {
		if strings.HasSuffix(s, ":") && !strings.ContainsAny(s, " ") {
			return s[:len(s)-1], "", true
		}
		return "", "", false
	}
	return s[:i], verifyYAMLScalar(strings.TrimSpace(s[i+2:])), true
}

func verifyYAMLScalar(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"') {
		var out string
		if json.Unmarshal([]byte(s), &out) == nil {
			return out
		}
	}
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}

func verifySetFactField(f *verify.Fact, k, v string) {
	switch k {
	case "text":
		f.Text = v
	case "kind":
		f.Kind = v
	case "value":
		f.Value = v
	case "unit":
		f.Unit = v
	case "key":
		f.Key = v
	case "id":
		f.ID = v
	}
}

const (
	verifyAnsiRed    = "\x1b[1;31m"
	verifyAnsiYellow = "\x1b[1;33m"
	verifyAnsiReset  = "\x1b[0m"
)

// verifyWriteReport prints the text with flagged spans marked, then one entry per
// finding. Without colour, contradicted spans are [[…]] and unsupported ones
// {{…}}.
func verifyWriteReport(w io.Writer, text string, res verify.Result, nFacts int, color bool) {
	rs := []rune(text)
	var b strings.Builder
	pos := 0
	fs := append([]verify.Finding(nil), res.Findings...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	for _, f := range fs {
		if f.Start < pos || f.End > len(rs) {
			continue
		}
		b.WriteString(string(rs[pos:f.Start]))
		open, close := "{{", "}}"
		if f.Kind == verify.Contradicted {
			open, close = "[[", "]]"
		}
		if color {
			open, close = verifyAnsiYellow, verifyAnsiReset
			if f.Kind == verify.Contradicted {
				open = verifyAnsiRed
			}
		}
		b.WriteString(open)
		b.WriteString(string(rs[f.Start:f.End]))
		b.WriteString(close)
		pos = f.End
	}
	b.WriteString(string(rs[pos:]))
	fmt.Fprintf(w, "verdict: %s (%d claims checked against %d facts, %d findings)\n\n", res.Verdict, res.Claims, nFacts, len(res.Findings))
	fmt.Fprintln(w, b.String())
	if len(fs) > 0 {
		fmt.Fprintln(w)
	}
	for i, f := range fs {
		fmt.Fprintf(w, "%d. %s %s %q [%d:%d] confidence %.2f\n", i+1, f.Kind, f.Claim, f.Text, f.Start, f.End, f.Confidence)
		fmt.Fprintf(w, "   %s\n", f.Message)
		if f.Suggestion != "" {
			fmt.Fprintf(w, "   suggestion: %s\n", f.Suggestion)
		}
	}
	if len(res.Doubts) > 0 {
		// shown, not counted: the reviewer may still know better than the model
		fmt.Fprintf(w, "\ndoubted (more likely false alarms; not in the verdict, --all counts them):\n")
		for _, f := range res.Doubts {
			fmt.Fprintf(w, "-  %s %s %q [%d:%d] confidence %.2f\n   %s\n", f.Kind, f.Claim, f.Text, f.Start, f.End, f.Confidence, f.Message)
		}
	}
	if !color {
		fmt.Fprintln(w, "\nlegend: [[contradicted]] {{unsupported}}")
	}
}

func newBenchVerifyCmd() *cobra.Command {
	var data []string
	var rounds int
	var verbose, all bool
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Span and post precision/recall/F1, false alarms and speed of vigie verify",
		Long: `Scores vigie verify on labelled sets (the format of ../shared/data/verify/dev.jsonl)
and times it against bare JSON decode+encode of the same lines.

Several sets (--data a.jsonl --data b.jsonl, or --data 'dir/*.jsonl') are scored one by one,
then pooled: the pooled table and the speed are over every post of every set.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			files, err := benchFiles(data)
			if err != nil {
				return err
			}
			var set []verify.Labelled
			var raw [][]byte
			sizes := make([]int, len(files))
			for i, name := range files {
				s, r, err := readLabelledSet(name)
				if err != nil {
					return err
				}
				set, raw = append(set, s...), append(raw, r...)
				sizes[i] = len(s)
			}
			rep, err := verifyChecker(all).Bench(cmd.Context(), set, raw, rounds)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if verbose {
				for i, l := range set {
					res := rep.Results[i]
					fmt.Fprintf(w, "%s %s gold=%d", l.ID, res.Verdict, len(l.Labels))
					for _, g := range l.Labels {
						fmt.Fprintf(w, " G[%s %q]", g.Type, g.Text)
					}
					for _, x := range res.Findings {
						fmt.Fprintf(w, " F[%s/%s %q]", x.Kind, x.Claim, x.Text)
					}
					fmt.Fprintln(w)
				}
			}
			header := func() {
				fmt.Fprintf(w, "%-5s %6s %6s %6s %6s | %6s %6s %6s | %s\n", "lang", "posts", "spanP", "spanR", "spanF1", "postP", "postR", "postF1", "false alarms on clean posts")
			}
			row := func(name string, s verify.Scores) {
				fmt.Fprintf(w, "%-5s %6d %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f | %d/%d = %.1f %%\n", name, s.Posts,
					100*s.SpanP(), 100*s.SpanR(), 100*s.SpanF1(), 100*s.PostP(), 100*s.PostR(), 100*s.PostF1(),
					s.FalseAlarms, s.Clean, 100*s.FalseAlarmRate())
			}
			if len(files) > 1 {
				// each set on its own first: a pooled figure can hide one
				// set that does much worse than the others
				at := 0
				for i, name := range files {
					var s verify.Scores
					for j := at; j < at+sizes[i]; j++ {
						s.Add(&set[j], rep.Results[j])
					}
					at += sizes[i]
					fmt.Fprintf(w, "data: %s (%d posts)\n", name, sizes[i])
					header()
					row("all", s)
					fmt.Fprintln(w)
				}
				fmt.Fprintf(w, "pooled: %d sets (%d posts)\n", len(files), len(set))
			} else {
				fmt.Fprintf(w, "data: %s (%d posts)\n", files[0], len(set))
			}
			header()
			langs := make([]string, 0, len(rep.ByLang))
			for l := range rep.ByLang {
				langs = append(langs, l)
			}
			sort.Strings(langs)
			for _, l := range langs {
				row(l, *rep.ByLang[l])
			}
			row("all", rep.All)
			fmt.Fprintf(w, "speed: %.0f posts/s (JSON decode+check+encode, fastest of %d rounds); %.2f× the time of bare JSON decode+encode of the same lines (%.1f µs vs %.1f µs per post)\n",
				rep.PostsPerSecond(), rep.Rounds, rep.Ratio(),
				float64(rep.Verify.Nanoseconds())/1e3/float64(rep.Posts),
				float64(rep.JSON.Nanoseconds())/1e3/float64(rep.Posts))
			fmt.Fprintf(w, "the check alone, lines already decoded: %.1f µs per post (%.2f× the bare JSON time)\n",
				float64(rep.Check.Nanoseconds())/1e3/float64(rep.Posts), float64(rep.Check)/float64(rep.JSON))
			fmt.Fprintf(w, "a first check against a fact sheet never seen (compiled on the spot): %.0f µs per post, slowest %.0f µs\n",
				float64(rep.First.Nanoseconds())/1e3/float64(rep.Posts), float64(rep.FirstMax.Nanoseconds())/1e3)
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&data, "data", []string{"../shared/data/verify/dev.jsonl"}, "labelled JSONL set (id, lang, facts, brief, post, labels); repeat it or give a glob for several")
	cmd.Flags().IntVar(&rounds, "rounds", 20, "timing rounds over the whole set")
	cmd.Flags().BoolVar(&all, "all", false, "score every finding the rules raise, without the confidence model")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "print each post's gold spans and findings")
	return cmd
}

// benchFiles expands the --data values: a value with glob characters
// names every file it matches, and a glob that matches nothing is an error
// rather than a silently smaller benchmark.
func benchFiles(values []string) ([]string, error) {
	var files []string
	for _, v := range values {
		if !strings.ContainsAny(v, "*?[") {
			files = append(files, v)
			continue
		}
		m, err := filepath.Glob(v)
		if err != nil {
			return nil, usageError("bench verify: --data %q: %v", v, err)
		}
		if len(m) == 0 {
			return nil, usageError("bench verify: --data %q matches no file", v)
		}
		files = append(files, m...)
	}
	return files, nil
}

// readLabelledSet reads one labelled set, naming the file in every error.
func readLabelledSet(name string) ([]verify.Labelled, [][]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, usageError("bench verify: %v", err)
	}
	defer f.Close()
	set, raw, err := verify.ReadLabelled(f)
	if err != nil {
		return nil, nil, &ExitError{Code: 2, Err: fmt.Errorf("%s: %w", name, err)}
	}
	if len(set) == 0 {
		return nil, nil, usageError("bench verify: %s holds no labelled post", name)
	}
	return set, raw, nil
}
