package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmstore"
	"github.com/vigie-cm/vigie/internal/store"
)

func init() { register(newLLMCmd) }

// openLLMSettings opens the database and the workspaces' provider settings
// in it, moving an earlier version's <data>/llm/*.json files in first. When
// create is false and the SQLite file does not exist, it returns nil
// settings (the environment alone applies) and no store. The caller closes
// the store.
func openLLMSettings(cmd *cobra.Command, create bool) (*llmstore.Settings, store.Store, error) {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return nil, nil, err
	}
	if !create && !cfg.IsPostgres() {
		if _, err := os.Stat(cfg.SQLitePath()); errors.Is(err, fs.ErrNotExist) {
			return nil, nil, nil
		}
	}
	st, err := store.Open(cmd.Context(), storeDSN(cfg))
	if err != nil {
		return nil, nil, err
	}
	s := llmstore.New(st, cfg.Data, cfg.SecretKey)
	if n, err := s.MigrateFiles(cmd.Context(), cfg.Data); err != nil {
		fmt.Fprintf(cmd.ErrOrStderr(), "vigie: %v\n", err)
	} else if n > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "vigie: moved the AI provider settings of %d workspace(s) from %s into the database\n", n, filepath.Join(cfg.Data, "llm"))
	}
	return s, st, nil
}

func newLLMCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "llm",
		Short: "Configure the AI provider per workspace (API key encrypted at rest), and test it",
		Long: `Each workspace can have its own provider; without one, VIGIE_LLM_PROVIDER,
VIGIE_LLM_BASE_URL, VIGIE_LLM_MODEL and VIGIE_LLM_API_KEY apply, and without
those the offline composer drafts. Settings live in the database (--db), the
API key sealed with AES-256-GCM (key: secret_key, or <data>/secret.key).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var ws int64
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the provider that applies to a workspace (never the key)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, st, err := openLLMSettings(cmd, true)
			if err != nil {
				return err
			}
			defer st.Close()
			c, from, err := s.Resolve(cmd.Context(), ws, nil)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if from == "" {
				fmt.Fprintln(w, "no provider: drafts come from the offline composer")
				return nil
			}
			fmt.Fprintf(w, "from: %s\n%s\n", from, c.String())
			return nil
		},
	}
	show.Flags().Int64Var(&ws, "workspace", 1, "workspace id")

	var set llm.Config
	var keyStdin bool
	var timeout float64
	setCmd := &cobra.Command{
		Use:   "set --workspace N --provider openai|anthropic [--base-url URL] --model M [--api-key-stdin]",
		Short: "Store a workspace's provider; the API key is read from stdin, never from a flag",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, st, err := openLLMSettings(cmd, true)
			if err != nil {
				return err
			}
			defer st.Close()
			if keyStdin {
				line, err := bufio.NewReader(cmd.InOrStdin()).ReadString('\n')
				if err != nil && line == "" {
					return usageError("llm set: --api-key-stdin: no key on stdin")
				}
				set.APIKey = strings.TrimSpace(line)
			}
			if timeout > 0 {
				set.Timeout = llm.Seconds(timeout)
			}
			if err := s.Save(cmd.Context(), ws, set, nil); err != nil {
				return usageError("%v", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "saved for workspace %d: %s\n", ws, set.String())
			return nil
		},
	}
	f := setCmd.Flags()
	f.Int64Var(&ws, "workspace", 1, "workspace id")
	f.StringVar(&set.Provider, "provider", "openai", "openai (any OpenAI-compatible server) or anthropic")
	f.StringVar(&set.BaseURL, "base-url", "", "API root, e.g. http://127.0.0.1:11434/v1")
	f.StringVar(&set.Model, "model", "", "model name")
	f.BoolVar(&keyStdin, "api-key-stdin", false, "read the API key from the first line of stdin")
	f.Float64Var(&timeout, "timeout", 0, "seconds per attempt (default 120)")

	unset := &cobra.Command{
		Use:   "unset --workspace N",
		Short: "Remove a workspace's provider (the environment then applies)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, st, err := openLLMSettings(cmd, true)
			if err != nil {
				return err
			}
			defer st.Close()
			return s.Delete(cmd.Context(), ws)
		},
	}
	unset.Flags().Int64Var(&ws, "workspace", 1, "workspace id")

	test := &cobra.Command{
		Use:   "test [--workspace N]",
		Short: "Send one short request to the provider and report the answer, tokens and latency",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, st, err := openLLMSettings(cmd, true)
			if err != nil {
				return err
			}
			defer st.Close()
			c, from, err := s.Resolve(cmd.Context(), ws, nil)
			if err != nil {
				return err
			}
			if from == "" {
				return usageError("llm test: no provider configured for workspace %d nor in VIGIE_LLM_*", ws)
			}
			client, err := llm.New(c, llm.Options{MaxRetries: -1, Recorder: &llmstore.Recorder{Store: st, Workspace: ws}})
			if err != nil {
				return usageError("%v", err)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 2*time.Minute)
			defer cancel()
			t0 := time.Now()
			r, err := client.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "Reply with the single word OK."}}, MaxTokens: 16, NoCache: true, Purpose: "test"})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s (%s) answered %q in %s; %d tokens in, %d out\n", client.Label(), from, strings.TrimSpace(r.Text), time.Since(t0).Round(time.Millisecond), r.Usage.InputTokens, r.Usage.OutputTokens)
			return nil
		},
	}
	test.Flags().Int64Var(&ws, "workspace", 1, "workspace id")

	var months int
	usage := &cobra.Command{
		Use:   "usage [--workspace N] [--months 12]",
		Short: "Print a workspace's model calls, tokens and cost per month (UTC), from the database",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if months < 1 {
				return usageError("llm usage: --months must be 1 or more")
			}
			_, st, err := openLLMSettings(cmd, true)
			if err != nil {
				return err
			}
			defer st.Close()
			ls, ok := st.(store.LLMStore)
			if !ok {
				return fmt.Errorf("llm usage: %T keeps no LLM usage", st)
			}
			n := time.Now().UTC()
			since := time.Date(n.Year(), n.Month()-time.Month(months)+1, 1, 0, 0, 0, 0, time.UTC)
			rows, err := ls.LLMUsageByMonth(cmd.Context(), ws, since)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(w, "MONTH\tPROVIDER:MODEL\tCALLS\tCACHED\tTOKENS IN\tTOKENS OUT\tCOST USD")
			var t store.LLMUsageMonth
			for _, m := range rows {
				fmt.Fprintf(w, "%s\t%s:%s\t%d\t%d\t%d\t%d\t%.4f\n", m.Month, m.Provider, m.Model, m.Calls, m.CacheHits, m.PromptTokens, m.CompletionTokens, m.CostUSD)
				t.Calls, t.CacheHits, t.PromptTokens, t.CompletionTokens, t.CostUSD = t.Calls+m.Calls, t.CacheHits+m.CacheHits, t.PromptTokens+m.PromptTokens, t.CompletionTokens+m.CompletionTokens, t.CostUSD+m.CostUSD
			}
			fmt.Fprintf(w, "total since %s\t\t%d\t%d\t%d\t%d\t%.4f\n", since.Format("2006-01"), t.Calls, t.CacheHits, t.PromptTokens, t.CompletionTokens, t.CostUSD)
			return w.Flush()
		},
	}
	usage.Flags().Int64Var(&ws, "workspace", 1, "workspace id")
	usage.Flags().IntVar(&months, "months", 12, "how many months back, this one included")
	cmd.AddCommand(show, setCmd, unset, test, usage)
	return cmd
}
