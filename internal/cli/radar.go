package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radar/ingest"
	"github.com/vigie-cm/vigie/internal/radar/live"
	"github.com/vigie-cm/vigie/internal/radar/nab"
)

func init() {
	register(newRadarCmd)
	registerBench(newBenchRadarCmd)
	registerBench(newBenchIngestCmd)
}

func newBenchIngestCmd() *cobra.Command {
	var n int
	var natsURL string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "ingest",
		Short: "Measure mention ingest (decode, query matching, sentiment, aggregation) on one core",
		Long: "Generates seeded synthetic mentions and measures mentions/s on one core for bare\n" +
			"JSON decoding (the baseline), the in-process pipeline, and the same through the\n" +
			"embedded JetStream and the NATS server at --nats; prints each as a ratio to the\n" +
			"baseline and per second of the process's own CPU time (the rate of a core of its\n" +
			"own, whatever else the machine runs), and the aggregates' memory per million mentions.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := moderate.Default()
			if err != nil {
				return fmt.Errorf("bench ingest: %w", err)
			}
			cls := func(text, lang string) ingest.Classification {
				r := c.Classify(text, lang)
				return ingest.Classification{Negative: r.Sentiment == moderate.SentimentNegative, Lang: r.Lang}
			}
			rep, err := ingest.RunBench(cmd.Context(), ingest.BenchConfig{Mentions: n, Seed: 1, Classify: cls, NATSURL: natsURL})
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			_, err = io.WriteString(cmd.OutOrStdout(), ingest.FormatBench(rep))
			return err
		},
	}
	cmd.Flags().IntVar(&n, "mentions", 200_000, "synthetic mentions to ingest")
	cmd.Flags().StringVar(&natsURL, "nats", "nats://127.0.0.1:4222", "external NATS JetStream server to measure too (empty: skip)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

func newRadarCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "radar",
		Short: "Buzz radar: surge detection on mention series, NAB scoring",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newRadarDetectCmd(), newRadarNABScoreCmd(), newRadarImportCmd(), newRadarMatchCmd(), newRadarListenCmd(), newRadarEpisodesCmd())
	return cmd
}

func newRadarDetectCmd() *cobra.Command {
	var nabFile string
	cmd := &cobra.Command{
		Use:   "detect --nab FILE.csv",
		Short: "Score a NAB-format series (timestamp,value): prints the rows with anomaly_score in [0,1]",
		Long: "Reads a CSV with timestamp and value columns (\"-\" for stdin) and prints\n" +
			"timestamp,value,anomaly_score. The detector is causal: a row's score uses\n" +
			"only that row and the rows before it.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if nabFile == "" {
				return usageError("radar detect: --nab FILE.csv is required")
			}
			var in io.Reader = cmd.InOrStdin()
			name := "stdin"
			if nabFile != "-" {
				f, err := os.Open(nabFile)
				if err != nil {
					return usageError("radar detect: %v", err)
				}
				defer f.Close()
				in, name = f, nabFile
			}
			s, err := nab.ReadCSV(in, name)
			if err != nil {
				return &ExitError{Code: 2, Err: fmt.Errorf("radar detect: %w", err)}
			}
			scores := radar.DetectSeries(radar.DefaultParams(), s.Times, s.Values)
			w := csv.NewWriter(cmd.OutOrStdout())
			if err := w.Write([]string{"timestamp", "value", "anomaly_score"}); err != nil {
				return err
			}
			for i, t := range s.Times {
				rec := []string{
					t.Format("2006-01-02 15:04:05"),
					strconv.FormatFloat(s.Values[i], 'g', -1, 64),
					strconv.FormatFloat(scores[i], 'g', -1, 64),
				}
				if err := w.Write(rec); err != nil {
					return err
				}
			}
			w.Flush()
			return w.Error()
		},
	}
	cmd.Flags().StringVar(&nabFile, "nab", "", "NAB-format CSV file (timestamp,value), - for stdin")
	return cmd
}

type nabProfileOut struct {
	Normalized float64            `json:"normalized"`
	Raw        float64            `json:"raw"`
	Threshold  float64            `json:"threshold"`
	Files      map[string]float64 `json:"files"`
}

func newRadarNABScoreCmd() *cobra.Command {
	var root, detector, only string
	var optimize bool
	cmd := &cobra.Command{
		Use:   "nab-score --root DIR --detector NAME",
		Short: "Score a detector's NAB results as NAB does (published thresholds, or --optimize)",
		Long: "Reads DIR/results/NAME/<category>/NAME_<file>.csv, DIR/labels/combined_windows.json,\n" +
			"DIR/config/profiles.json and DIR/config/thresholds.json and prints, per profile,\n" +
			"{\"normalized\",\"raw\",\"threshold\",\"files\":{\"<category>/<file>.csv\":score}}.\n" +
			"With --optimize the threshold is chosen over the corpus as NAB's optimiser does\n" +
			"instead of read from thresholds.json.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if root == "" || detector == "" {
				return usageError("radar nab-score: --root and --detector are required")
			}
			windows, err := nab.LoadWindows(filepath.Join(root, "labels", "combined_windows.json"))
			if err != nil {
				return &ExitError{Code: 2, Err: fmt.Errorf("radar nab-score: %w", err)}
			}
			profiles, err := nab.LoadProfiles(filepath.Join(root, "config", "profiles.json"))
			if err != nil {
				return &ExitError{Code: 2, Err: fmt.Errorf("radar nab-score: %w", err)}
			}
			var thresholds map[string]float64
			if !optimize {
				all, err := nab.LoadThresholds(filepath.Join(root, "config", "thresholds.json"))
				if err != nil {
					return &ExitError{Code: 2, Err: fmt.Errorf("radar nab-score: %w", err)}
				}
				var ok bool
				if thresholds, ok = all[detector]; !ok {
					return usageError("radar nab-score: no thresholds for detector %q in config/thresholds.json (use --optimize)", detector)
				}
			}
			files, err := nab.LoadResults(root, detector, windows)
			if err != nil {
				return &ExitError{Code: 2, Err: fmt.Errorf("radar nab-score: %w", err)}
			}
			corpus := files
			if only != "" {
				if files = nab.Subset(files, only); len(files) == 0 {
					return usageError("radar nab-score: no results file under %q", only)
				}
			}
			out := map[string]nabProfileOut{}
			for _, p := range profiles {
				theta, ok := thresholds[p.Name]
				if optimize {
					best, err := nab.Optimize(corpus, p)
					if err != nil {
						return &ExitError{Code: 2, Err: fmt.Errorf("radar nab-score: %w", err)}
					}
					theta, ok = best.Threshold, true
				}
				if !ok {
					return usageError("radar nab-score: no %s threshold for detector %q", p.Name, detector)
				}
				res, err := nab.Score(files, p, theta)
				if err != nil {
					return &ExitError{Code: 2, Err: fmt.Errorf("radar nab-score: %w", err)}
				}
				po := nabProfileOut{Normalized: res.Normalized, Raw: res.Raw, Threshold: theta, Files: map[string]float64{}}
				for _, f := range res.Files {
					po.Files[f.Name] = f.Score
				}
				out[p.Name] = po
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}
	cmd.Flags().StringVar(&root, "root", "", "NAB root folder (data, labels, config, results)")
	cmd.Flags().StringVar(&detector, "detector", "", "detector name (folder under results/)")
	cmd.Flags().StringVar(&only, "only", "", "score only files whose name starts with this (e.g. realTweets/); thresholds stay those of the whole corpus")
	cmd.Flags().BoolVar(&optimize, "optimize", false, "choose each profile's threshold over the corpus instead of reading thresholds.json")
	return cmd
}

func newBenchRadarCmd() *cobra.Command {
	var root, cache string
	var asJSON, loo bool
	cmd := &cobra.Command{
		Use:   "radar",
		Short: "Run Vigie's surge detector over the NAB corpus and score it as NAB does",
		Long: "Runs the detector over every series of DIR/data, chooses each profile's threshold\n" +
			"over the whole corpus as NAB's optimiser does, and prints normalised NAB scores for\n" +
			"the corpus and for realTweets at that threshold, windows found, the median delay of\n" +
			"the first alert against the labelled anomaly, and false-alarm episodes.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if root == "" {
				root = findNABRoot()
			}
			if root == "" {
				return usageError("bench radar: NAB data not found; pass --root ../shared/data/radar/NAB")
			}
			w := cmd.OutOrStdout()
			if loo {
				return benchRadarLOO(cmd, root, cache, asJSON)
			}
			rep, err := radar.RunNAB(root, radar.DefaultParams())
			if err != nil {
				return &ExitError{Code: 2, Err: err}
			}
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			fmt.Fprintf(w, "data: %s (threshold chosen over the whole corpus per profile)\n", rep.Data)
			fmt.Fprintf(w, "%-20s %9s %8s %8s %7s %9s %9s %9s %11s\n", "profile", "threshold", "set", "NAB", "files", "windows", "found", "delay_min", "false_alarm")
			for _, name := range []string{"standard", "reward_low_FP_rate", "reward_low_FN_rate"} {
				pr, ok := rep.Profiles[name]
				if !ok {
					continue
				}
				for _, set := range []struct {
					label string
					f     radar.Figures
				}{{"corpus", pr.Corpus}, {"tweets", pr.RealTweets}} {
					fmt.Fprintf(w, "%-20s %9.4f %8s %8.1f %7d %9d %9d %9.0f %11d\n", name, pr.Threshold, set.label,
						set.f.Normalized, set.f.Files, set.f.Windows, set.f.Found, set.f.MedianDelayMinutes, set.f.FalseAlarmEpisodes)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&root, "root", "", "NAB root folder (default: ../shared/data/radar/NAB found upward from here)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the full report as JSON")
	cmd.Flags().BoolVar(&loo, "loo", false, "estimate an unseen tweets series' score instead: leave each realTweets series out, choose the parameters on the rest (5–10 min on one core)")
	cmd.Flags().StringVar(&cache, "cache", "", "with --loo: folder keeping each setting's scores, so a second run takes seconds")
	return cmd
}

// benchRadarLOO prints the leave-one-tweets-series-out estimate: what a
// realTweets series the parameters were not chosen on scores.
func benchRadarLOO(cmd *cobra.Command, root, cache string, asJSON bool) error {
	grid := radar.DefaultGrid()
	fmt.Fprintf(cmd.ErrOrStderr(), "bench radar --loo: %d settings over %s; this takes minutes without --cache\n", grid.Size(), root)
	rep, err := radar.LeaveOneTweetsOut(root, grid, cache)
	if err != nil {
		return &ExitError{Code: 2, Err: err}
	}
	w := cmd.OutOrStdout()
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(w, "leave-one-tweets-series-out over %d settings (threshold chosen over the corpus without the held-out series)\n", rep.Configs)
	fmt.Fprintf(w, "%-36s %9s %9s %17s %15s\n", "held out", "standard", "low_FP", "defaults standard", "defaults low_FP")
	for _, f := range rep.Folds {
		fmt.Fprintf(w, "%-36s %9.1f %9.1f %17.1f %15.1f\n", f.Series, f.Standard, f.LowFP, f.DefaultStandard, f.DefaultLowFP)
	}
	fmt.Fprintf(w, "%-36s %9.1f %9.1f\n", "mean", rep.MeanStandard, rep.MeanLowFP)
	fmt.Fprintf(w, "%-36s %9.1f %9.1f\n", "pooled (as realTweets)", rep.PooledStandard, rep.PooledLowFP)
	fmt.Fprintf(w, "%-36s %9.1f %9.1f   (corpus standard %.1f)\n", "in-sample choice", rep.InSampleStandard, rep.InSampleLowFP, rep.InSampleCorpus)
	fmt.Fprintf(w, "%-36s %9.1f %9.1f   (corpus standard %.1f)\n", "DefaultParams", rep.DefaultStandard, rep.DefaultLowFP, rep.DefaultCorpus)
	return nil
}

// findNABRoot looks for ../shared/data/radar/NAB upward from the working
// directory, where the repository's benchmarks expect the shared data.
func findNABRoot() string {
	if p := os.Getenv("VIGIE_SHARED_DATA"); p != "" {
		return filepath.Join(p, "radar", "NAB")
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for range 8 {
		cand := filepath.Join(dir, "..", "shared", "data", "radar", "NAB")
		if st, err := os.Stat(cand); err == nil && st.IsDir() {
			return cand
		}
		dir = filepath.Join(dir, "..")
	}
	return ""
}

func newRadarImportCmd() *cobra.Command {
	var format, mapping, network string
	cmd := &cobra.Command{
		Use:   "import [FILE]",
		Short: "Normalise a JSONL or CSV export of mentions to Vigie's mention JSON Lines",
		Long: "Reads a listening-tool export (JSONL or CSV, guessed from the first byte unless\n" +
			"--format says) from FILE or stdin and prints one mention per line:\n" +
			"{\"id\",\"network\",\"author\",\"text\",\"timestamp\",\"url\",\"reach\",\"lang\"}.\n" +
			"Columns are found under common names (content, created_at, username, followers...)\n" +
			"or named with --map text=Contenu,timestamp=Date. Rejected lines are printed to\n" +
			"stderr as {\"line\",\"error\"} and do not stop the import; the exit status is 1\n" +
			"when any line was rejected.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, err := radar.ParseMapping(mapping)
			if err != nil {
				return usageError("%v", err)
			}
			var in io.Reader = cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return usageError("radar import: %v", err)
				}
				defer f.Close()
				in = f
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			_, bad, err := radar.Import(in, radar.ImportOptions{Format: format, Mapping: m, Network: network}, func(x radar.Mention) error {
				return enc.Encode(x)
			})
			errEnc := json.NewEncoder(cmd.ErrOrStderr())
			for _, b := range bad {
				_ = errEnc.Encode(b)
			}
			if err != nil {
				return &ExitError{Code: 2, Err: err}
			}
			if len(bad) > 0 {
				return &ExitError{Code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "jsonl or csv (default: guessed)")
	cmd.Flags().StringVar(&mapping, "map", "", "field=column pairs, comma-separated (fields: id, network, author, text, timestamp, url, reach, lang)")
	cmd.Flags().StringVar(&network, "network", "", "network of mentions whose export names none")
	return cmd
}

func newRadarMatchCmd() *cobra.Command {
	var query string
	cmd := &cobra.Command{
		Use:   "match --query Q",
		Short: "Test a brand query: JSON Lines {id,text} in, {id,match} out",
		Long: "Parses the brand query (\"Maison Fournil\" OR #Fournil30ans -recrutement) and, for each\n" +
			"input line {\"id\",\"text\"}, prints {\"id\",\"match\"}. A bad line prints {\"id\",\"error\"}\n" +
			"and the batch goes on. The canonical form of the query goes to stderr.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q, err := radar.ParseQuery(query)
			if err != nil {
				return usageError("%v", err)
			}
			fmt.Fprintln(cmd.ErrOrStderr(), "query:", q.String())
			sc := bufio.NewScanner(cmd.InOrStdin())
			sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
			enc := json.NewEncoder(cmd.OutOrStdout())
			for sc.Scan() {
				line := bytes.TrimSpace(sc.Bytes())
				if len(line) == 0 {
					continue
				}
				var in struct {
					ID   json.RawMessage `json:"id"`
					Text *string         `json:"text"`
				}
				if err := json.Unmarshal(line, &in); err != nil || in.Text == nil {
					msg := "want {\"id\",\"text\"}"
					if err != nil {
						msg = "invalid JSON: " + err.Error()
					}
					if err := enc.Encode(map[string]any{"id": in.ID, "error": msg}); err != nil {
						return err
					}
					continue
				}
				if err := enc.Encode(map[string]any{"id": in.ID, "match": q.Match(*in.Text)}); err != nil {
					return err
				}
			}
			if err := sc.Err(); err != nil {
				return &ExitError{Code: 2, Err: fmt.Errorf("radar match: %w", err)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&query, "query", "", "brand query")
	return cmd
}

func newRadarListenCmd() *cobra.Command {
	var query, jetURL, mastoServer, tag, token string
	var limit int
	cmd := &cobra.Command{
		Use:   "listen --query Q (--bluesky | --mastodon URL [--tag T])",
		Short: "Print live mentions matching a brand query, as mention JSON Lines",
		Long: "Follows Bluesky through Jetstream (--bluesky, or --jetstream URL) or a Mastodon\n" +
			"instance's streaming API (--mastodon URL, a hashtag with --tag, else the public\n" +
			"timeline; --token if the instance wants one), keeps what matches --query and prints\n" +
			"each mention as a JSON line until interrupted or --limit mentions.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q, err := radar.ParseQuery(query)
			if err != nil {
				return usageError("%v", err)
			}
			bluesky, _ := cmd.Flags().GetBool("bluesky")
			if bluesky && jetURL == "" {
				jetURL = live.DefaultJetstream
			}
			if (jetURL == "") == (mastoServer == "") {
				return usageError("radar listen: give one source: --bluesky (or --jetstream URL) or --mastodon URL")
			}
			ctx, cancel := context.WithCancel(cmd.Context())
			defer cancel()
			enc := json.NewEncoder(cmd.OutOrStdout())
			n := 0
			sink := func(_ context.Context, m radar.Mention) error {
				if err := enc.Encode(m); err != nil {
					return err
				}
				if n++; limit > 0 && n >= limit {
					cancel()
				}
				return nil
			}
			keep := func(m radar.Mention) bool { return q.Match(m.Text) }
			warn := func(err error) { fmt.Fprintln(cmd.ErrOrStderr(), "vigie:", err) }
			if jetURL != "" {
				return (&live.Jetstream{URL: jetURL, Keep: keep, Sink: sink, OnError: warn}).Run(ctx)
			}
			return (&live.Mastodon{Server: mastoServer, Hashtag: tag, Token: token, Keep: keep, Sink: sink, OnError: warn}).Run(ctx)
		},
	}
	cmd.Flags().StringVar(&query, "query", "", "brand query the mentions must match")
	cmd.Flags().Bool("bluesky", false, "follow Bluesky through the public Jetstream")
	cmd.Flags().StringVar(&jetURL, "jetstream", "", "Jetstream subscribe URL")
	cmd.Flags().StringVar(&mastoServer, "mastodon", "", "Mastodon instance URL")
	cmd.Flags().StringVar(&tag, "tag", "", "Mastodon hashtag to follow")
	cmd.Flags().StringVar(&token, "token", "", "Mastodon access token")
	cmd.Flags().IntVar(&limit, "limit", 0, "stop after this many mentions (0: never)")
	return cmd
}

type episodeOut struct {
	radar.Episode
	NegativeShare float64         `json:"negative_share"`
	Multiple      float64         `json:"peak_multiple"`
	WorstShare    float64         `json:"worst_negative_share"`
	Recovered     time.Time       `json:"recovered,omitzero"`
	Drivers       []radar.Driver  `json:"drivers"`
	TopPosts      []radar.Mention `json:"top_posts"`
	Clusters      []radar.Cluster `json:"clusters"`
}

func newRadarEpisodesCmd() *cobra.Command {
	var format, mapping, network, query string
	var step time.Duration
	cmd := &cobra.Command{
		Use:   "episodes [FILE] --query Q",
		Short: "Replay an export of mentions through the radar and print its buzz / bad buzz episodes",
		Long: "Imports mentions (JSONL or CSV, as `radar import`), keeps those matching --query,\n" +
			"classifies their sentiment with the moderation engine, aggregates them in buckets of\n" +
			"--step, runs the detector and the episode tracker over the buckets, and prints each\n" +
			"episode that reached a surge as a JSON line: kind, phases' times, peak, volume,\n" +
			"negative share, recovery, the terms/hashtags/authors driving it, top posts and clusters.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := radar.ParseQuery(query)
			if err != nil {
				return usageError("%v", err)
			}
			m, err := radar.ParseMapping(mapping)
			if err != nil {
				return usageError("%v", err)
			}
			var in io.Reader = cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return usageError("radar episodes: %v", err)
				}
				defer f.Close()
				in = f
			}
			c, err := moderate.Default()
			if err != nil {
				return fmt.Errorf("radar episodes: %w", err)
			}
			series := radar.NewSeries()
			var ms []radar.Mention
			var neg []bool
			_, bad, err := radar.Import(in, radar.ImportOptions{Format: format, Mapping: m, Network: network}, func(x radar.Mention) error {
				if !q.Match(x.Text) {
					return nil
				}
				r := c.Classify(x.Text, x.Lang)
				n := r.Sentiment == moderate.SentimentNegative
				series.Add(radar.Observation{Time: x.Time, Author: x.Author, Reach: x.Reach, Negative: n})
				ms = append(ms, x)
				neg = append(neg, n)
				return nil
			})
			errEnc := json.NewEncoder(cmd.ErrOrStderr())
			for _, b := range bad {
				_ = errEnc.Encode(b)
			}
			if err != nil {
				return &ExitError{Code: 2, Err: err}
			}
			days := series.Days()
			if len(days) == 0 {
				return nil
			}
			from, to := days[0], days[len(days)-1].Add(24*time.Hour)
			mon, err := radar.NewMonitor(series, step, from, radar.DefaultParams(), radar.DefaultEpisodeParams())
			if err != nil {
				return usageError("%v", err)
			}
			if _, err := mon.Advance(to); err != nil {
				return err
			}
			pts, err := series.Query(from, to, step)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			for _, e := range mon.Closed() {
				var during, before []radar.Mention
				var dneg []bool
				for i, x := range ms {
					switch {
					case !x.Time.Before(e.Start) && x.Time.Before(e.End):
						during = append(during, x)
						dneg = append(dneg, neg[i])
					case x.Time.Before(e.Start) && x.Time.After(e.Start.Add(-7*24*time.Hour)):
						before = append(before, x)
					}
				}
				pm := radar.Summarise(e, pts)
				out := episodeOut{Episode: e, NegativeShare: e.NegativeShare(), Multiple: pm.Multiple, WorstShare: pm.WorstShare, Recovered: pm.Recovered,
					Drivers: radar.Drivers(during, before, 3, 5), TopPosts: radar.TopPosts(during, 3), Clusters: radar.Clusters(during, dneg, 0.4, 3)}
				if err := enc.Encode(out); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&query, "query", "", "brand query selecting the mentions")
	cmd.Flags().StringVar(&format, "format", "", "jsonl or csv (default: guessed)")
	cmd.Flags().StringVar(&mapping, "map", "", "field=column pairs, as for radar import")
	cmd.Flags().StringVar(&network, "network", "", "network of mentions whose export names none")
	cmd.Flags().DurationVar(&step, "step", 5*time.Minute, "bucket length")
	return cmd
}
