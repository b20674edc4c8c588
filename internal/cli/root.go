// Package cli is the vigie command line. Each capability keeps its commands in
// its own file here and registers them with register, so adding a command
// never means editing a shared list.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/config"
	"github.com/vigie-cm/vigie/internal/version"
)

// ExitError carries a process exit code: 1 when --fail-on found something,
// 2 for usage or input errors, as DESIGN.md's batch contract says.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

// usageError wraps err so that the process exits with status 2.
func usageError(format string, args ...any) error {
	return &ExitError{Code: 2, Err: fmt.Errorf(format, args...)}
}

var constructors []func() *cobra.Command

// register adds a top-level command; called from init in each command file.
func register(newCmd func() *cobra.Command) { constructors = append(constructors, newCmd) }

// NewRoot builds the command tree. Tests call it to run commands in-process.
func NewRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "vigie",
		Short:         "Vigie: the community manager's copilot. The AI drafts, the CM decides, nothing unverified goes out.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	config.AddFlags(root.PersistentFlags())
	root.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), "vigie", version.String())
			return err
		},
	})
	cfg := &cobra.Command{Use: "config", Short: "Inspect the configuration"}
	cfg.AddCommand(&cobra.Command{
		Use:   "dump",
		Short: "Print the effective configuration (defaults < file < env < flags), secrets masked",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if c.File != "" {
				fmt.Fprintf(w, "# from file %s\n", c.File)
			}
			for _, line := range c.Dump() {
				fmt.Fprintln(w, line)
			}
			return nil
		},
	})
	root.AddCommand(cfg)
	for _, newCmd := range constructors {
		root.AddCommand(newCmd())
	}
	return root
}

// loadConfig reads the effective configuration for cmd; a bad setting is a
// usage error.
func loadConfig(cmd *cobra.Command) (config.Config, error) {
	c, err := config.Load(cmd.Flags())
	if err != nil {
		return c, &ExitError{Code: 2, Err: err}
	}
	return c, nil
}

// Execute runs the CLI and returns the process exit code. SIGINT and SIGTERM
// cancel the command's context so servers and batches shut down cleanly.
func Execute(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, args, os.Stdin, os.Stdout, os.Stderr)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := NewRoot()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		if ee.Err != nil {
			fmt.Fprintln(stderr, "vigie:", ee.Err)
		}
		return ee.Code
	}
	fmt.Fprintln(stderr, "vigie:", err)
	// cobra's own flag and argument errors are usage errors too.
	return 2
}
