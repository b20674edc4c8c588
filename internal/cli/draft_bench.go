package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/compose"
	"github.com/vigie-cm/vigie/internal/verify"
)

func init() { registerBench(newBenchDraftCmd) }

func newBenchDraftCmd() *cobra.Command {
	var data string
	var rounds int
	cmd := &cobra.Command{
		Use:   "draft",
		Short: "Model calls and tokens per verified draft on a scripted scenario; Vigie's overhead per model call",
		Long: `Runs the self-correction loop on every post of the labelled verify set, with a
scripted OpenAI-compatible server on loopback standing in for the model: its
first draft is the labelled post (hallucinations included), and it applies the
findings it is sent literally (a contradicted value becomes the value the facts
give, an unsupported claim's sentence is dropped). Prints the drafts that end
in pass, the model calls and tokens per verified draft (tokens as the scripted
server counts them: one per word), and Vigie's own time per model call with the
provider excluded, against a bare HTTP round trip to the same server. Then runs
the offline composer over each fact sheet, every network, three variants.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := os.Open(data)
			if err != nil {
				return usageError("bench draft: %v", err)
			}
			defer f.Close()
			set, _, err := verify.ReadLabelled(f)
			if err != nil {
				return &ExitError{Code: 2, Err: err}
			}
			if len(set) == 0 {
				return usageError("bench draft: %s holds no labelled post", data)
			}
			posts := make([]compose.BenchPost, len(set))
			for i, l := range set {
				posts[i] = compose.BenchPost{ID: l.ID, Lang: l.Lang, Network: l.Network, Brief: l.Brief, Post: l.Post, Facts: l.Facts, Hallucinated: len(l.Labels) > 0}
			}
			rep, err := compose.Bench(cmd.Context(), posts, rounds)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			abs, _ := filepath.Abs(data)
			fmt.Fprintf(w, "data: %s (%d posts, %d with labelled hallucinations)\n", abs, rep.Drafts, rep.Hallucinated)
			fmt.Fprintf(w, "scripted model: literal corrector; self-correction rounds at most %d\n", rounds)
			fmt.Fprintf(w, "drafts ending in pass: %d/%d (%.1f %%), needs a human: %d\n", rep.Passed, rep.Drafts, pct(rep.Passed, rep.Drafts), rep.NeedsHuman)
			var rs []int
			for r := range rep.RoundsHist {
				rs = append(rs, r)
			}
			sort.Ints(rs)
			fmt.Fprint(w, "correction rounds used:")
			for _, r := range rs {
				fmt.Fprintf(w, " %d→%d", r, rep.RoundsHist[r])
			}
			fmt.Fprintln(w)
			fmt.Fprintf(w, "model calls: %d total, %.2f per draft, %.2f per verified draft\n", rep.Calls, float64(rep.Calls)/float64(rep.Drafts), rep.CallsPerVerified())
			fmt.Fprintf(w, "tokens: %d in + %d out, %.0f per verified draft\n", rep.Tokens.InputTokens, rep.Tokens.OutputTokens, rep.TokensPerVerified())
			fmt.Fprintf(w, "Vigie overhead per model call (provider excluded): mean %s, p50 %s, p95 %s over %d calls\n",
				ms(rep.OverheadMean()), ms(rep.OverheadQuantile(0.5)), ms(rep.OverheadQuantile(0.95)), len(rep.Overheads))
			if rep.BaselineRoundTrip > 0 {
				fmt.Fprintf(w, "baseline: bare HTTP POST + JSON decode to the same server %s; overhead = %.2f× the baseline\n",
					ms(rep.BaselineRoundTrip), float64(rep.OverheadMean())/float64(rep.BaselineRoundTrip))
			}
			if rep.PairedN > 0 {
				fmt.Fprintf(w, "paired measurement (%d draft requests, alternating): median Vigie overhead %s vs median bare round trip %s = %.2f× the baseline\n",
					rep.PairedN, ms(rep.PairedOverhead), ms(rep.PairedBare), float64(rep.PairedOverhead)/float64(rep.PairedBare))
			}
			fmt.Fprintf(w, "whole loop (drafting, verification, corrections) %s per draft, of which provider %s\n",
				ms(rep.Wall/time.Duration(rep.Drafts)), ms(rep.ProviderTime/time.Duration(rep.Drafts)))
			fmt.Fprintf(w, "offline composer: %d/%d drafts pass (%.1f %%) over %d fact sheets × 8 networks × 3 variants, %s per draft\n",
				rep.Offline.Passed, rep.Offline.Drafts, pct(rep.Offline.Passed, rep.Offline.Drafts), rep.Offline.Sheets,
				ms(rep.Offline.Wall/time.Duration(max(rep.Offline.Drafts, 1))))
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "verify", "dev.jsonl"), "labelled verify set (JSONL)")
	cmd.Flags().IntVar(&rounds, "rounds", 2, "self-correction rounds at most")
	return cmd
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.3f ms", float64(d)/1e6) }
