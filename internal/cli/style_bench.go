package cli

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/style"
)

func newBenchStyleCmd() *cobra.Command {
	var posts, history, queries int
	var seed uint64
	var dir string
	cmd := &cobra.Command{
		Use:   "style",
		Short: "Style guard: cliché recall and clean-post flag rate, near-duplicate pairs, index scale",
		Long: "Prints cliché recall and the share of clean posts flagged on the labelled FR/EN sets\n" +
			"(internal/style/testdata, built in; --data DIR reads them from a folder), near-duplicate\n" +
			"results on paraphrase and same-topic pairs, then the scale figures on posts from a seeded\n" +
			"generator: index build on one core, a post checked against the history, and the LSH search\n" +
			"against a brute-force comparison of every signature in the same run.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			open := func(name string) (io.ReadCloser, string, error) {
				if dir != "" {
					f, err := os.Open(dir + "/" + name)
					return f, dir + "/" + name, err
				}
				f, err := style.LabelledSet(name)
				return f, "internal/style/testdata/" + name + " (built in)", err
			}
			for _, name := range []string{"cliches.jsonl", "cliches_holdout.jsonl", "cliches_holdout2.jsonl"} {
				f, src, err := open(name)
				if err != nil {
					return usageError("bench style: %v", err)
				}
				rep, err := style.EvalCliches(f)
				f.Close()
				if err != nil {
					return &ExitError{Code: 2, Err: fmt.Errorf("bench style: %w", err)}
				}
				fmt.Fprintf(w, "clichés on %s\n", src)
				fmt.Fprintf(w, "  recall             %5.1f %%  (%d/%d posts with a cliché flagged; floor 80 %%)\n", 100*rep.Recall(), rep.Found, rep.Positives)
				fmt.Fprintf(w, "  clean posts flagged %4.1f %%  (%d/%d; ceiling 10 %%)\n", 100*rep.CleanFlagRate(), rep.Flagged, rep.Negatives)
				if len(rep.Missed) > 0 {
					fmt.Fprintf(w, "  missed: %v\n", rep.Missed)
				}
				if len(rep.FalseFlags) > 0 {
					fmt.Fprintf(w, "  wrongly flagged: %v\n", rep.FalseFlags)
				}
			}
			f, src, err := open("neardup.jsonl")
			if err != nil {
				return usageError("bench style: %v", err)
			}
			pr, err := style.EvalNearDuplicates(f, style.DefaultNearDuplicate)
			f.Close()
			if err != nil {
				return &ExitError{Code: 2, Err: fmt.Errorf("bench style: %w", err)}
			}
			fmt.Fprintf(w, "near-duplicates on %s (threshold %.2f)\n", src, style.DefaultNearDuplicate)
			fmt.Fprintf(w, "  paraphrases found        %d/%d\n", pr.Found, pr.Duplicates)
			fmt.Fprintf(w, "  same-topic posts flagged %d/%d\n", pr.Wrong, pr.Distinct)

			fmt.Fprintf(w, "scale on generated posts (seed %d, %d-word Zipf vocabulary, half FR half EN)\n", seed, 50000)
			if history < 1 || queries < 2 || posts < 0 {
				return usageError("bench style: --history must be at least 1, --queries at least 2, --posts at least 0")
			}
			rep := style.RunScale(seed, posts, history, queries)
			ms := func(d time.Duration) string { return fmt.Sprintf("%.3f ms", float64(d.Microseconds())/1000) }
			if rep.IndexPosts > 0 {
				fmt.Fprintf(w, "  index build, %d posts, one core (GOMAXPROCS=1): %.1f s wall, %.1f s CPU (goal < 60 s)\n", rep.IndexPosts, rep.IndexBuild.Seconds(), rep.IndexBuildCPU.Seconds())
			}
			fmt.Fprintf(w, "  full check of a post against %d posts: median %s, p99 %s wall clock (goal < 10 ms)\n", rep.HistoryPosts, ms(rep.CheckMedian), ms(rep.CheckP99))
			if rep.CheckCPUMedian > 0 {
				fmt.Fprintf(w, "    CPU time of the checking thread: median %s, p99 %s\n", ms(rep.CheckCPUMedian), ms(rep.CheckCPUP99))
			}
			fmt.Fprintf(w, "  near-duplicate search: LSH %s per post, brute force %s per post: LSH is %.0f× faster\n",
				ms(rep.LSHPerQuery), ms(rep.BrutePerQuery), float64(rep.BrutePerQuery)/float64(max(rep.LSHPerQuery, 1)))
			fmt.Fprintf(w, "  LSH candidates per post %.0f of %d; LSH found %d of the %d brute-force matches\n", rep.AvgCandidates, rep.HistoryPosts, rep.LSHAgreement, rep.BruteMatches)
			fmt.Fprintf(w, "  planted paraphrases found %d/%d; new posts flagged %d/%d\n", rep.PlantedFound, rep.Planted, rep.FreshFlagged, rep.Fresh)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&posts, "posts", 1000000, "posts in the index-build measurement")
	fl.IntVar(&history, "history", 100000, "posts in the history that queries are checked against")
	fl.IntVar(&queries, "queries", 1000, "posts checked against the history (half paraphrases of history posts)")
	fl.Uint64Var(&seed, "seed", 1, "generator seed")
	fl.StringVar(&dir, "data", "", "read the labelled sets from this folder instead of the built-in copies")
	return cmd
}
