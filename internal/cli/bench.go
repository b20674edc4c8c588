package cli

import "github.com/spf13/cobra"

// benchConstructors holds the `vigie bench` subcommands. Each engine's
// command file adds its own from init with registerBench, so that bench.go
// never needs editing when an engine gains a benchmark.
var benchConstructors []func() *cobra.Command

// registerBench adds a subcommand under `vigie bench`; call it from init.
func registerBench(newCmd func() *cobra.Command) {
	benchConstructors = append(benchConstructors, newCmd)
}

func init() { register(newBenchCmd) }

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure an engine's quality and speed on a labelled data set",
		Long: "Each subcommand runs one engine on labelled data, prints its quality figures\n" +
			"and the data set they were computed on, and reports speed as a ratio to a\n" +
			"baseline measured in the same run.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	for _, newSub := range benchConstructors {
		cmd.AddCommand(newSub())
	}
	return cmd
}
