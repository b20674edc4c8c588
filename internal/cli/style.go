package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/style"
)

func init() {
	register(newStyleCmd)
	registerBench(newBenchStyleCmd)
}

// styleInput is one line of `vigie style --jsonl`. The fields after history
// are optional additions to the DESIGN.md contract.
type styleInput struct {
	ID      json.RawMessage `json:"id"`
	Lang    string          `json:"lang"`
	Text    *string         `json:"text"`
	History []string        `json:"history"`
	Network string          `json:"network"`
	Images  []style.Image   `json:"images"`
	Avoid   []string        `json:"avoid"`
	Prefer  []string        `json:"prefer"`
}

type styleOutput struct {
	ID       json.RawMessage    `json:"id"`
	Findings []style.Finding    `json:"findings"`
	Scores   map[string]float64 `json:"scores"`
}

type styleError struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

type styleFlags struct {
	jsonl, asJSON bool
	lang, network string
	historyFile   string
	alts          []string
	noAlt         int
	avoid, prefer []string
	recent        int
	threshold     float64
	failOn        string
	report        bool
	window        int
	brandSlug     string
	wsSlug        string
}

func newStyleCmd() *cobra.Command {
	var f styleFlags
	cmd := &cobra.Command{
		Use:   "style [TEXT]",
		Short: "Style guard: clichés, repetition of the brand's history, network rules, readability",
		Long: "Checks one text (the argument, or stdin) or, with --jsonl, a batch of JSON Lines:\n" +
			"  in  {\"id\",\"lang\"?,\"text\",\"history\"?:[string],\"network\"?,\"images\"?:[{\"alt\"}],\"avoid\"?,\"prefer\"?}\n" +
			"  out {\"id\",\"findings\":[{\"kind\",\"start\",\"end\",\"text\",\"message\",\"severity\",\"suggestion\"?}],\"scores\":{...}}\n" +
			"Offsets are Unicode code points, end exclusive. A bad line gets {\"id\",\"error\"} and the\n" +
			"batch goes on (exit status 2 at the end). --history FILE (one post per line, oldest first,\n" +
			"or JSON lines with a \"text\" field) is indexed once and used for every text.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runStyle(cmd, args, f) },
	}
	fl := cmd.Flags()
	fl.BoolVar(&f.jsonl, "jsonl", false, "batch mode: JSON Lines on stdin, one result per line on stdout")
	fl.BoolVar(&f.asJSON, "json", false, "print the result of a single text as JSON")
	fl.StringVar(&f.lang, "lang", "", "language: fr or en (default: detected)")
	fl.StringVar(&f.network, "network", "", "apply this network's rules: x, bluesky, mastodon, threads, instagram, tiktok, linkedin, facebook, youtube")
	fl.StringVar(&f.historyFile, "history", "", "the brand's past posts, oldest first: one per line, or JSON lines with \"text\"")
	fl.StringArrayVar(&f.alts, "alt", nil, "alt text of an attached image (repeat per image)")
	fl.IntVar(&f.noAlt, "images-without-alt", 0, "number of attached images that have no alt text")
	fl.StringArrayVar(&f.avoid, "avoid", nil, "a workspace word or phrase to avoid, optionally \"word => preferred\" (repeatable)")
	fl.StringArrayVar(&f.prefer, "prefer", nil, "a workspace word or phrase the brand prefers: never reported (repeatable)")
	fl.IntVar(&f.recent, "recent", 50, "how many of the latest history posts the repetition checks look at")
	fl.Float64Var(&f.threshold, "near-duplicate", style.DefaultNearDuplicate, "similarity from which a past post is a near-duplicate")
	fl.StringVar(&f.brandSlug, "brand", "", "check against this brand's posts (its history, up to the latest 5,000) and its words to avoid and prefer, from the database")
	fl.StringVar(&f.wsSlug, "workspace", "", "workspace slug of --brand (needed when the database has several)")
	fl.BoolVar(&f.report, "report", false, "instead of checking a text, report on --history: vocabulary diversity over time and what the recent posts reuse")
	fl.IntVar(&f.window, "window", 20, "with --report: posts per diversity window")
	fl.StringVar(&f.failOn, "fail-on", "", "exit with status 1 when a finding of this severity or above is found: low, medium, high")
	return cmd
}

var severityRank = map[string]int{"low": 1, "medium": 2, "high": 3}

func runStyle(cmd *cobra.Command, args []string, f styleFlags) error {
	if f.failOn != "" && severityRank[f.failOn] == 0 {
		return usageError("style: --fail-on %q: want low, medium or high", f.failOn)
	}
	if f.lang != "" && f.lang != "fr" && f.lang != "en" {
		return usageError("style: --lang %q: want fr or en", f.lang)
	}
	var hist *style.History
	var posts []string
	if f.brandSlug != "" {
		if f.historyFile != "" {
			return usageError("style: --brand and --history both name a history; give one")
		}
		b, ps, err := storedBrandPosts(cmd, f.wsSlug, f.brandSlug)
		if err != nil {
			return err
		}
		posts = ps
		hist = style.NewHistory(posts, f.lang)
		f.avoid = append(append([]string(nil), b.WordsAvoid...), f.avoid...)
		f.prefer = append(append([]string(nil), b.WordsUse...), f.prefer...)
	}
	if f.historyFile != "" {
		var err error
		posts, err = readHistoryFile(f.historyFile)
		if err != nil {
			return usageError("style: %v", err)
		}
		hist = style.NewHistory(posts, f.lang)
	}
	if f.report {
		if hist == nil || len(args) > 0 || f.jsonl {
			return usageError("style: --report reads --history FILE or --brand and takes no text")
		}
		if f.window < 2 {
			return usageError("style: --window must be at least 2")
		}
		return styleReport(cmd.OutOrStdout(), posts, f)
	}
	base := style.Options{Lang: f.lang, Network: f.network, History: hist, Avoid: f.avoid, Prefer: f.prefer,
		Recent: f.recent, NearDuplicate: f.threshold}
	for _, a := range f.alts {
		base.Images = append(base.Images, style.Image{Alt: a})
	}
	for range f.noAlt {
		base.Images = append(base.Images, style.Image{})
	}
	failed := func(fs []style.Finding) bool {
		if f.failOn == "" {
			return false
		}
		for _, x := range fs {
			if severityRank[x.Severity] >= severityRank[f.failOn] {
				return true
			}
		}
		return false
	}
	if f.jsonl {
		if len(args) > 0 {
			return usageError("style: --jsonl reads stdin; it takes no TEXT argument")
		}
		return styleBatch(cmd.InOrStdin(), cmd.OutOrStdout(), base, failed)
	}
	var text string
	if len(args) == 1 {
		text = args[0]
	} else {
		b, err := io.ReadAll(cmd.InOrStdin())
		if err != nil {
			return usageError("style: read stdin: %v", err)
		}
		text = strings.TrimRight(string(b), "\r\n")
	}
	res, err := style.Check(text, base)
	if err != nil {
		return usageError("%v", err)
	}
	w := cmd.OutOrStdout()
	if f.asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(styleOutput{ID: json.RawMessage(`null`), Findings: res.Findings, Scores: res.Scores}); err != nil {
			return err
		}
	} else {
		printStyle(w, res)
	}
	if failed(res.Findings) {
		return &ExitError{Code: 1}
	}
	return nil
}

func printStyle(w io.Writer, res style.Result) {
	if len(res.Findings) == 0 {
		fmt.Fprintln(w, "no findings")
	}
	for _, f := range res.Findings {
		loc := ""
		if f.End > f.Start {
			loc = fmt.Sprintf(" [%d:%d] «%s»", f.Start, f.End, f.Text)
		}
		fmt.Fprintf(w, "%-6s %-14s%s %s\n", f.Severity, f.Kind, loc, f.Message)
		if f.Suggestion != "" {
			fmt.Fprintf(w, "       → %s\n", f.Suggestion)
		}
	}
	keys := make([]string, 0, len(res.Scores))
	for k := range res.Scores {
		keys = append(keys, k)
	}
	sortStrings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%g", k, res.Scores[k])
	}
	fmt.Fprintln(w, "scores:", strings.Join(parts, " "))
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// styleBatch runs the JSON Lines contract: one output line per input line,
// in order, a bad line answered with {"id","error"} without stopping.
func styleBatch(in io.Reader, out io.Writer, base style.Options, failed func([]style.Finding) bool) error {
	bw := bufio.NewWriter(out)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line, bad, anyFail := 0, 0, false
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var inp styleInput
		res, err := func() (style.Result, error) {
			if err := json.Unmarshal([]byte(raw), &inp); err != nil {
				return style.Result{}, fmt.Errorf("line %d: invalid JSON: %v", line, err)
			}
			if inp.Text == nil {
				return style.Result{}, fmt.Errorf("line %d: missing \"text\"", line)
			}
			opt := base
			if inp.Lang != "" {
				opt.Lang = inp.Lang
			}
			if inp.Network != "" {
				opt.Network = inp.Network
			}
			if inp.Images != nil {
				opt.Images = inp.Images
			}
			opt.Avoid = append(append([]string(nil), base.Avoid...), inp.Avoid...)
			opt.Prefer = append(append([]string(nil), base.Prefer...), inp.Prefer...)
			if inp.History != nil {
				opt.History = style.NewHistory(inp.History, opt.Lang)
			}
			r, err := style.Check(*inp.Text, opt)
			if err != nil {
				return r, fmt.Errorf("line %d: %v", line, err)
			}
			return r, nil
		}()
		id := inp.ID
		if len(id) == 0 {
			id = json.RawMessage(`null`)
		}
		if err != nil {
			bad++
			if e := enc.Encode(styleError{ID: id, Error: err.Error()}); e != nil {
				return e
			}
			continue
		}
		if failed(res.Findings) {
			anyFail = true
		}
		if e := enc.Encode(styleOutput{ID: id, Findings: res.Findings, Scores: res.Scores}); e != nil {
			return e
		}
	}
	if err := sc.Err(); err != nil {
		bw.Flush()
		return &ExitError{Code: 2, Err: fmt.Errorf("style: read stdin at line %d: %w", line+1, err)}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return &ExitError{Code: 2, Err: fmt.Errorf("style: %d bad input line(s)", bad)}
	}
	if anyFail {
		return &ExitError{Code: 1}
	}
	return nil
}

// readHistoryFile reads past posts: one per line, or a JSON object with a
// "text" field per line (for posts that span several lines).
func readHistoryFile(path string) ([]string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var posts []string
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "{") {
			var p struct {
				Text *string `json:"text"`
			}
			if err := json.Unmarshal([]byte(line), &p); err != nil || p.Text == nil {
				if err == nil {
					err = errors.New("no \"text\" field")
				}
				return nil, fmt.Errorf("history %s line %d: %v", path, n, err)
			}
			posts = append(posts, *p.Text)
			continue
		}
		posts = append(posts, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("history %s: %w", path, err)
	}
	return posts, nil
}

type styleReportOut struct {
	Posts     int                    `json:"posts"`
	Window    int                    `json:"window"`
	Diversity []style.DiversityPoint `json:"diversity"`
	Recent    style.RecentStats      `json:"recent"`
}

// styleReport prints the voice health of a history: diversity per window of
// posts (oldest first) and the openings, closings and hashtags reused by the
// last --recent posts.
func styleReport(w io.Writer, posts []string, f styleFlags) error {
	step := max(1, f.window/2)
	out := styleReportOut{Posts: len(posts), Window: f.window,
		Diversity: style.DiversityOverTime(posts, f.window, step), Recent: style.TopRecent(posts, f.recent, 10)}
	if out.Diversity == nil {
		out.Diversity = []style.DiversityPoint{}
	}
	if f.asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	fmt.Fprintf(w, "%d posts; diversity per window of %d posts (oldest first)\n", len(posts), min(f.window, len(posts)))
	fmt.Fprintf(w, "%-13s %8s %9s %9s\n", "posts", "MTLD", "distinct1", "distinct2")
	for _, p := range out.Diversity {
		fmt.Fprintf(w, "%-13s %8.1f %9.3f %9.3f\n", fmt.Sprintf("%d-%d", p.First+1, p.Last+1), p.MTLD, p.Distinct1, p.Distinct2)
	}
	list := func(name string, cs []style.Count) {
		fmt.Fprintf(w, "%s reused in the last %d posts:", name, out.Recent.Posts)
		if len(cs) == 0 {
			fmt.Fprint(w, " none")
		}
		fmt.Fprintln(w)
		for _, c := range cs {
			fmt.Fprintf(w, "  %3d  %s\n", c.Posts, c.Text)
		}
	}
	list("openings", out.Recent.Openings)
	list("closings", out.Recent.Closings)
	list("hashtags", out.Recent.Hashtags)
	return nil
}

// storedBrandPosts reads a brand and its posts, oldest first, from the
// configured database.
func storedBrandPosts(cmd *cobra.Command, wsSlug, brandSlug string) (brand.Brand, []string, error) {
	st, err := openStore(cmd)
	if err != nil {
		return brand.Brand{}, nil, err
	}
	defer st.Close()
	ctx := cmd.Context()
	ws, err := pickWorkspace(ctx, st, wsSlug)
	if err != nil {
		return brand.Brand{}, nil, err
	}
	b, err := st.GetBrandBySlug(ctx, ws.ID, brandSlug)
	if err != nil {
		return b, nil, inputErr(fmt.Errorf("style: no brand %q in workspace %q: %w", brandSlug, ws.Slug, err))
	}
	ps, err := st.ListPosts(ctx, b.ID, 5000)
	if err != nil {
		return b, nil, fmt.Errorf("style: posts of brand %q: %w", brandSlug, err)
	}
	posts := make([]string, len(ps))
	for i, p := range ps {
		posts[len(ps)-1-i] = p.Text // the store lists the most recent first
	}
	return b, posts, nil
}
