package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/llm"
)

func init() { register(newLLMCmd) }

// llmSettings opens the per-workspace provider settings of the data folder.
func llmSettings(cmd *cobra.Command) (*llm.Settings, error) {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	return llm.OpenSettings(cfg.Data, cfg.SecretKey), nil
}

func scopeOf(ws int64) string { return fmt.Sprintf("workspace:%d", ws) }

func newLLMCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "llm",
		Short: "Configure the AI provider per workspace (API key encrypted at rest), and test it",
		Long: `Each workspace can have its own provider; without one, VIGIE_LLM_PROVIDER,
VIGIE_LLM_BASE_URL, VIGIE_LLM_MODEL and VIGIE_LLM_API_KEY apply, and without
those the offline composer drafts. Settings live in <data>/llm/, the API key
sealed with AES-256-GCM (key: secret_key, or <data>/secret.key).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var ws int64
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the provider that applies to a workspace (never the key)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := llmSettings(cmd)
			if err != nil {
				return err
			}
			c, from, err := s.Resolve(scopeOf(ws), nil)
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
			s, err := llmSettings(cmd)
			if err != nil {
				return err
			}
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
			if err := s.Save(scopeOf(ws), set); err != nil {
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
			s, err := llmSettings(cmd)
			if err != nil {
				return err
			}
			return s.Delete(scopeOf(ws))
		},
	}
	unset.Flags().Int64Var(&ws, "workspace", 1, "workspace id")

	test := &cobra.Command{
		Use:   "test [--workspace N]",
		Short: "Send one short request to the provider and report the answer, tokens and latency",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := llmSettings(cmd)
			if err != nil {
				return err
			}
			c, from, err := s.Resolve(scopeOf(ws), nil)
			if err != nil {
				return err
			}
			if from == "" {
				return usageError("llm test: no provider configured for workspace %d nor in VIGIE_LLM_*", ws)
			}
			client, err := llm.New(c, llm.Options{MaxRetries: -1})
			if err != nil {
				return usageError("%v", err)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 2*time.Minute)
			defer cancel()
			t0 := time.Now()
			r, err := client.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "Reply with the single word OK."}}, MaxTokens: 16, NoCache: true})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s (%s) answered %q in %s; %d tokens in, %d out\n", client.Label(), from, strings.TrimSpace(r.Text), time.Since(t0).Round(time.Millisecond), r.Usage.InputTokens, r.Usage.OutputTokens)
			return nil
		},
	}
	test.Flags().Int64Var(&ws, "workspace", 1, "workspace id")
	cmd.AddCommand(show, setCmd, unset, test)
	return cmd
}
