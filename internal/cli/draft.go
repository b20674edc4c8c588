package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/compose"
	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmstore"
	"github.com/vigie-cm/vigie/internal/store"
)

func init() {
	register(newDraftCmd)
	register(newTranslateCmd)
	register(newAdaptCmd)
}

// composerFlags are shared by draft, translate and adapt.
type composerFlags struct {
	offline   bool
	rounds    int
	workspace int64
	// done closes what newComposer opened (the database), if anything.
	done func()
}

// close releases what newComposer opened.
func (f *composerFlags) close() {
	if f.done != nil {
		f.done()
		f.done = nil
	}
}

func (f *composerFlags) add(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&f.offline, "offline", false, "use the offline composer even when an LLM provider is configured")
	cmd.Flags().IntVar(&f.rounds, "rounds", 2, "self-correction rounds at most (0 for none)")
	cmd.Flags().Int64Var(&f.workspace, "workspace", 1, "workspace: its provider (vigie llm set) and, with --brand, its brands")
}

// newComposer builds the composer with the workspace's provider, else
// VIGIE_LLM_* (offline when neither is set), and the Verify engine.
func (f *composerFlags) newComposer(cmd *cobra.Command) (*compose.Composer, *llm.Meter, error) {
	meter := llm.NewMeter()
	opts := compose.Options{Verifier: newVerifier(), MaxRounds: f.rounds}
	if f.rounds == 0 {
		opts.MaxRounds = -1
	}
	if f.rounds < 0 {
		return nil, nil, usageError("--rounds must be 0 or more")
	}
	if !f.offline {
		// The database is read only when it exists: a bare batch with
		// VIGIE_LLM_* must not create one as a side effect.
		settings, st, err := openLLMSettings(cmd, false)
		if err != nil {
			return nil, nil, err
		}
		if st != nil {
			f.done = func() { st.Close() }
		}
		cfg, from, err := settings.Resolve(cmd.Context(), f.workspace, nil)
		if err != nil {
			return nil, nil, usageError("%v", err)
		}
		if from != "" {
			o := llm.Options{Cache: llm.NewCache(0), Meter: meter}
			if st != nil {
				o.Recorder = &llmstore.Recorder{Store: st, Workspace: f.workspace}
			}
			c, err := llm.New(cfg, o)
			if err != nil {
				return nil, nil, usageError("%v", err)
			}
			opts.LLM = c
		}
	}
	c, err := compose.New(opts)
	return c, meter, err
}

// draftLine is one JSONL input of `vigie draft --jsonl`. Facts are strings
// (numbered F1, F2, …) or {"id","text"} objects.
type draftLine struct {
	ID       string            `json:"id"`
	Lang     string            `json:"lang"`
	Brand    string            `json:"brand"`
	Facts    []json.RawMessage `json:"facts"`
	Brief    string            `json:"brief"`
	Networks []string          `json:"networks"`
	Voice    string            `json:"voice"`
	Audience string            `json:"audience"`
	Variants int               `json:"variants"`
}

func decodeFacts(raw []json.RawMessage) ([]compose.Fact, error) {
	out := make([]compose.Fact, 0, len(raw))
	for i, r := range raw {
		var s string
		if err := json.Unmarshal(r, &s); err == nil {
			out = append(out, compose.Fact{ID: fmt.Sprintf("F%d", i+1), Text: s})
			continue
		}
		var f compose.Fact
		if err := json.Unmarshal(r, &f); err != nil || f.Text == "" {
			return nil, fmt.Errorf("facts[%d]: want a string or {\"id\",\"text\"}", i)
		}
		if f.ID == "" {
			f.ID = fmt.Sprintf("F%d", i+1)
		}
		out = append(out, f)
	}
	return out, nil
}

func (l draftLine) input() (compose.Input, error) {
	facts, err := decodeFacts(l.Facts)
	if err != nil {
		return compose.Input{}, err
	}
	return compose.Input{ID: l.ID, Lang: l.Lang, Brand: l.Brand, Facts: facts, Brief: l.Brief,
		Networks: l.Networks, Voice: l.Voice, Audience: l.Audience, Variants: l.Variants}, nil
}

type draftResult struct {
	ID     string          `json:"id"`
	Drafts []compose.Draft `json:"drafts,omitempty"`
	Error  string          `json:"error,omitempty"`
}

func newDraftCmd() *cobra.Command {
	var (
		cf                              composerFlags
		jsonl, asJSON                   bool
		briefFile, factsFile, brandSlug string
		briefKey, lang, failOn          string
		networks                        []string
		variants                        int
	)
	cmd := &cobra.Command{
		Use:   "draft (--brief FILE [--facts FILE] | --brand SLUG) --network x,linkedin | --jsonl",
		Short: "Draft posts from a brief and the facts, verified claim by claim and self-corrected",
		Long: `Drafts posts for each network, within its rules, from a brief and a fact sheet.
Every draft is verified against the facts; with a model, a draft with findings
is sent back with its findings for at most --rounds corrections. The end state
is "pass" or "needs_human" with the findings left open.

The model comes from VIGIE_LLM_PROVIDER (openai|anthropic), VIGIE_LLM_BASE_URL,
VIGIE_LLM_MODEL and VIGIE_LLM_API_KEY. With none set (or --offline), the offline
composer writes from the facts only, and says so.

--brief FILE is a JSON object like a --jsonl line, or a plain-text brief with
--facts FILE (one fact per line). --brand SLUG reads the brand, its active
facts and a brief (--brief-key, default the latest) from the database.

--jsonl reads {"id","lang","facts":[...],"brief","networks":[...],"voice"?,
"variants"?} per line on stdin and prints {"id","drafts":[{"network","text",
"verdict","state","findings","rounds","provider","tokens",...}]} per line.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if failOn != "" && failOn != compose.StateNeedsHuman {
				return usageError("draft: --fail-on %q: expected needs_human", failOn)
			}
			comp, meter, err := cf.newComposer(cmd)
			if err != nil {
				return err
			}
			defer cf.close()
			if jsonl {
				return draftJSONL(cmd.Context(), comp, cmd.InOrStdin(), cmd.OutOrStdout(), failOn)
			}
			var in compose.Input
			switch {
			case brandSlug != "":
				in, err = inputFromStore(cmd, cf.workspace, brandSlug, briefKey)
			case briefFile != "":
				in, err = inputFromFiles(briefFile, factsFile)
			default:
				return usageError("draft: give --brief FILE, --brand SLUG or --jsonl")
			}
			if err != nil {
				return err
			}
			if len(networks) > 0 {
				in.Networks = splitList(networks)
			}
			if lang != "" {
				in.Lang = lang
			}
			if variants > 0 {
				in.Variants = variants
			}
			if err := in.Validate(); err != nil {
				return usageError("draft: %v", err)
			}
			ds, err := comp.Draft(cmd.Context(), in)
			if err != nil {
				return fmt.Errorf("draft: %w", err)
			}
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				if err := enc.Encode(draftResult{ID: in.ID, Drafts: ds}); err != nil {
					return err
				}
			} else {
				printDrafts(w, ds, meter)
			}
			if failOn != "" {
				for _, d := range ds {
					if d.State == compose.StateNeedsHuman {
						return &ExitError{Code: 1}
					}
				}
			}
			return nil
		},
	}
	cf.add(cmd)
	f := cmd.Flags()
	f.BoolVar(&jsonl, "jsonl", false, "batch mode: JSON Lines on stdin and stdout")
	f.BoolVar(&asJSON, "json", false, "print the drafts as JSON")
	f.StringVar(&briefFile, "brief", "", "brief file: a JSON object (as a --jsonl line) or plain text")
	f.StringVar(&factsFile, "facts", "", "facts file: one fact per line, or a JSON array of strings")
	f.StringVar(&brandSlug, "brand", "", "brand slug: read the brand, its facts and a brief from the database")
	f.StringVar(&briefKey, "brief-key", "", "brief key with --brand (default: the latest brief)")
	f.StringSliceVar(&networks, "network", nil, "networks, comma-separated: x, bluesky, mastodon, threads, instagram, linkedin, facebook, tiktok, youtube")
	f.IntVar(&variants, "variants", 0, "variants per network (default 1)")
	f.StringVar(&lang, "lang", "", "language of the drafts (default: the brief's, else en)")
	f.StringVar(&failOn, "fail-on", "", "exit 1 when a draft ends in this state (needs_human)")
	return cmd
}

func splitList(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func inputFromFiles(briefFile, factsFile string) (compose.Input, error) {
	b, err := os.ReadFile(briefFile)
	if err != nil {
		return compose.Input{}, usageError("draft: %v", err)
	}
	var in compose.Input
	if t := strings.TrimSpace(string(b)); strings.HasPrefix(t, "{") {
		var l draftLine
		if err := json.Unmarshal(b, &l); err != nil {
			return in, usageError("draft: %s: %v", briefFile, err)
		}
		if in, err = l.input(); err != nil {
			return in, usageError("draft: %s: %v", briefFile, err)
		}
	} else {
		in.Brief = t
	}
	if factsFile != "" {
		fb, err := os.ReadFile(factsFile)
		if err != nil {
			return in, usageError("draft: %v", err)
		}
		if t := strings.TrimSpace(string(fb)); strings.HasPrefix(t, "[") {
			var ss []string
			if err := json.Unmarshal(fb, &ss); err != nil {
				return in, usageError("draft: %s: want a JSON array of strings: %v", factsFile, err)
			}
			in.Facts = append(in.Facts, compose.FactsFromStrings(ss)...)
		} else {
			var ss []string
			for _, line := range strings.Split(t, "\n") {
				if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
					ss = append(ss, line)
				}
			}
			for _, s := range ss {
				in.Facts = append(in.Facts, compose.Fact{ID: fmt.Sprintf("F%d", len(in.Facts)+1), Text: s})
			}
		}
	}
	return in, nil
}

// inputFromStore reads a brand, its facts active now, its FAQ and a brief.
func inputFromStore(cmd *cobra.Command, workspace int64, slug, briefKey string) (compose.Input, error) {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return compose.Input{}, err
	}
	dsn := cfg.DB
	if !cfg.IsPostgres() {
		dsn = cfg.SQLitePath()
	}
	ctx := cmd.Context()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return compose.Input{}, fmt.Errorf("draft: %w", err)
	}
	defer st.Close()
	b, err := st.GetBrandBySlug(ctx, workspace, slug)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return compose.Input{}, usageError("draft: no brand %q in workspace %d", slug, workspace)
		}
		return compose.Input{}, fmt.Errorf("draft: %w", err)
	}
	facts, err := st.ListFacts(ctx, b.ID, store.FactFilter{At: time.Now()})
	if err != nil {
		return compose.Input{}, fmt.Errorf("draft: %w", err)
	}
	briefs, err := st.ListBriefs(ctx, b.ID)
	if err != nil {
		return compose.Input{}, fmt.Errorf("draft: %w", err)
	}
	faq, err := st.ListFAQ(ctx, b.ID)
	if err != nil {
		return compose.Input{}, fmt.Errorf("draft: %w", err)
	}
	return brandInput(b, facts, briefs, faq, briefKey)
}

// brandInput picks the brief (the latest, or briefKey) and builds the input.
func brandInput(b brand.Brand, facts []brand.Fact, briefs []brand.Brief, faq []brand.FAQEntry, briefKey string) (compose.Input, error) {
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
	if br == nil && briefKey != "" {
		return compose.Input{}, usageError("draft: brand %q has no brief %q", b.Slug, briefKey)
	}
	return compose.FromBrand(b, facts, br, faq), nil
}

func draftJSONL(ctx context.Context, comp *compose.Composer, r io.Reader, w io.Writer, failOn string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	needsHuman, bad := false, false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var l draftLine
		res := draftResult{}
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			res.ID, res.Error, bad = fmt.Sprintf("line %d", n), fmt.Sprintf("line %d: invalid JSON: %v", n, err), true
		} else if in, err := l.input(); err != nil {
			res.ID, res.Error, bad = l.ID, fmt.Sprintf("line %d: %v", n, err), true
		} else {
			res.ID = l.ID
			ds, err := comp.Draft(ctx, in)
			res.Drafts = ds
			if err != nil {
				res.Error = fmt.Sprintf("line %d: %v", n, err)
				if ctx.Err() != nil {
					_ = enc.Encode(res)
					return ctx.Err()
				}
			}
			for _, d := range ds {
				needsHuman = needsHuman || d.State == compose.StateNeedsHuman
			}
		}
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return &ExitError{Code: 2, Err: fmt.Errorf("draft: reading input: %w", err)}
	}
	if bad {
		return &ExitError{Code: 2}
	}
	if failOn != "" && needsHuman {
		return &ExitError{Code: 1}
	}
	return nil
}

func printDrafts(w io.Writer, ds []compose.Draft, meter *llm.Meter) {
	for _, d := range ds {
		state := "✔ pass"
		if d.State != compose.StatePass {
			state = "✖ needs a human"
		}
		fmt.Fprintf(w, "── %s · variant %d · %s · %s · %d/%d\n", d.Network, d.Variant, state, d.Provider, d.Length, d.Limit)
		if d.Notice != "" {
			fmt.Fprintf(w, "   (%s)\n", d.Notice)
		}
		fmt.Fprintln(w, d.Text)
		for _, r := range d.Rounds {
			label := fmt.Sprintf("round %d (%s", r.N, r.Prompt)
			if r.PromptHash != "" {
				label += " " + r.PromptVersion + " #" + r.PromptHash
			}
			label += ")"
			if len(r.Findings) == 0 {
				fmt.Fprintf(w, "   %s: no finding\n", label)
			} else {
				fmt.Fprintf(w, "   %s: %d finding(s)\n", label, len(r.Findings))
			}
			if r.Diff != "" {
				fmt.Fprintf(w, "     diff: %s\n", r.Diff)
			}
		}
		for _, f := range d.Findings {
			fmt.Fprintf(w, "   open: %s %q", f.Kind, f.Text)
			if f.Message != "" {
				fmt.Fprintf(w, " — %s", f.Message)
			}
			if f.Fact != "" {
				fmt.Fprintf(w, " (fact: %s)", f.Fact)
			}
			fmt.Fprintln(w)
		}
		if d.Composer == compose.ComposerLLM {
			fmt.Fprintf(w, "   %d call(s), %d tokens in, %d out", d.Calls, d.Tokens.InputTokens, d.Tokens.OutputTokens)
			if d.CostUSD > 0 {
				fmt.Fprintf(w, ", $%.4f", d.CostUSD)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
	if t := meter.Totals(""); t.Calls+t.CacheHits > 0 {
		fmt.Fprintf(w, "total: %d call(s), %d cache hit(s), %d tokens in, %d out\n", t.Calls, t.CacheHits, t.Usage.InputTokens, t.Usage.OutputTokens)
	}
}

func readText(cmd *cobra.Command, args []string) (string, error) {
	if len(args) > 0 && args[0] != "-" {
		return strings.Join(args, " "), nil
	}
	b, err := io.ReadAll(cmd.InOrStdin())
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}

func readFactsFile(path string) ([]compose.Fact, error) {
	if path == "" {
		return nil, nil
	}
	in, err := inputFromFiles(os.DevNull, path)
	return in.Facts, err
}

func newTranslateCmd() *cobra.Command {
	var (
		cf                           composerFlags
		from, to, network, factsFile string
		brief                        string
		asJSON, jsonl                bool
	)
	cmd := &cobra.Command{
		Use:   "translate --to en [--from fr] [--facts FILE] [TEXT|-]",
		Short: "Translate a post with the model, then verify its facts in the target language",
		Long: `Translates a post (FR↔EN, or any language the model handles), verifies the
translation against the facts in the target language and corrects it like a
draft. Needs an LLM provider (VIGIE_LLM_*).

--jsonl reads {"id","text","from","to","network"?,"facts":[...],"brief"?} per
line and prints {"id","draft":{...}} per line.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			comp, meter, err := cf.newComposer(cmd)
			if err != nil {
				return err
			}
			defer cf.close()
			if comp.Offline() {
				return usageError("translate: %v", compose.ErrNeedsModel)
			}
			if jsonl {
				return translateJSONL(cmd.Context(), comp, cmd.InOrStdin(), cmd.OutOrStdout())
			}
			if to == "" {
				return usageError("translate: --to LANG is required")
			}
			text, err := readText(cmd, args)
			if err != nil || text == "" {
				return usageError("translate: no text given (argument or stdin)")
			}
			facts, err := readFactsFile(factsFile)
			if err != nil {
				return err
			}
			d, err := comp.Translate(cmd.Context(), compose.TranslateInput{Text: text, From: from, To: to, Network: network, Facts: facts, Brief: brief})
			if err != nil {
				return fmt.Errorf("translate: %w", err)
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(d)
			}
			printDrafts(cmd.OutOrStdout(), []compose.Draft{d}, meter)
			return nil
		},
	}
	cf.add(cmd)
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "source language (fr, en, …)")
	f.StringVar(&to, "to", "", "target language")
	f.StringVar(&network, "network", "facebook", "network the post is for")
	f.StringVar(&factsFile, "facts", "", "facts file: one fact per line, or a JSON array of strings")
	f.StringVar(&brief, "brief", "", "the brief, as text")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	f.BoolVar(&jsonl, "jsonl", false, "batch mode: JSON Lines on stdin and stdout")
	return cmd
}

type translateLine struct {
	ID      string            `json:"id"`
	Text    string            `json:"text"`
	From    string            `json:"from"`
	To      string            `json:"to"`
	Network string            `json:"network"`
	Facts   []json.RawMessage `json:"facts"`
	Brief   string            `json:"brief"`
}

type singleResult struct {
	ID    string         `json:"id"`
	Draft *compose.Draft `json:"draft,omitempty"`
	Error string         `json:"error,omitempty"`
}

func translateJSONL(ctx context.Context, comp *compose.Composer, r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	bad := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var l translateLine
		res := singleResult{}
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			res.ID, res.Error, bad = fmt.Sprintf("line %d", n), fmt.Sprintf("line %d: invalid JSON: %v", n, err), true
		} else if facts, err := decodeFacts(l.Facts); err != nil {
			res.ID, res.Error, bad = l.ID, fmt.Sprintf("line %d: %v", n, err), true
		} else {
			res.ID = l.ID
			d, err := comp.Translate(ctx, compose.TranslateInput{ID: l.ID, Text: l.Text, From: l.From, To: l.To, Network: l.Network, Facts: facts, Brief: l.Brief})
			if err != nil {
				res.Error = fmt.Sprintf("line %d: %v", n, err)
			} else {
				res.Draft = &d
			}
		}
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return &ExitError{Code: 2, Err: fmt.Errorf("translate: reading input: %w", err)}
	}
	if bad {
		return &ExitError{Code: 2}
	}
	return nil
}

func newAdaptCmd() *cobra.Command {
	var (
		cf                        composerFlags
		from, to, lang, factsFile string
		brief                     string
		asJSON                    bool
	)
	cmd := &cobra.Command{
		Use:   "adapt --from instagram --to x [--lang fr] [--facts FILE] [TEXT|-]",
		Short: "Adapt a post from one network to another, verified",
		Long: `Rewrites a post for another network's length and habits. With a model, it goes
through the verify-and-correct loop; offline, the post's own sentences are kept
in order while they fit, so nothing is added.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if from == "" || to == "" {
				return usageError("adapt: --from and --to networks are required")
			}
			comp, meter, err := cf.newComposer(cmd)
			if err != nil {
				return err
			}
			defer cf.close()
			text, err := readText(cmd, args)
			if err != nil || text == "" {
				return usageError("adapt: no text given (argument or stdin)")
			}
			facts, err := readFactsFile(factsFile)
			if err != nil {
				return err
			}
			d, err := comp.Adapt(cmd.Context(), compose.AdaptInput{Text: text, Lang: lang, From: from, To: to, Facts: facts, Brief: brief})
			if err != nil {
				return fmt.Errorf("adapt: %w", err)
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(d)
			}
			printDrafts(cmd.OutOrStdout(), []compose.Draft{d}, meter)
			return nil
		},
	}
	cf.add(cmd)
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "network the post was written for")
	f.StringVar(&to, "to", "", "network to adapt it to")
	f.StringVar(&lang, "lang", "", "language of the post")
	f.StringVar(&factsFile, "facts", "", "facts file: one fact per line, or a JSON array of strings")
	f.StringVar(&brief, "brief", "", "the brief, as text")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	return cmd
}

// newVerifier is the Verify engine every draft goes through.
func newVerifier() compose.Verifier { return compose.NewEngine() }
