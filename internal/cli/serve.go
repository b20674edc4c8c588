package cli

import (
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/app"
)

func init() { register(newServeCmd) }

func newServeCmd() *cobra.Command {
	var role string
	var demo bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the web app, the API and the workers",
		Long: `Run Vigie: the web app and JSON API on --addr, the workers, an embedded
NATS JetStream server (unless --nats names an external one) and the SQLite
database in --data (unless --db names PostgreSQL).

  vigie serve --demo                  first start: loads the demo workspace and prints its login
  vigie serve --role web --db postgres://… --nats nats://…     scale-out: web only
  vigie serve --role worker --db postgres://… --nats nats://…  scale-out: workers only

GET /healthz answers {"status":"ok","version":…,"db":…,"stream":…} (503 when a
dependency is down). SIGINT or SIGTERM shut it down gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			switch role {
			case app.RoleAll, app.RoleWeb, app.RoleWorker:
			default:
				return usageError("serve: --role %q: want all, web or worker", role)
			}
			var level slog.Level
			if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
				return usageError("serve: log level %q: %v", cfg.LogLevel, err)
			}
			logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))
			return app.Run(cmd.Context(), app.Options{
				Config: cfg,
				Role:   role,
				Demo:   demo,
				Seed:   demoSeed,
				Out:    cmd.OutOrStdout(),
				Logger: logger,
			})
		},
	}
	cmd.Flags().StringVar(&role, "role", envOr("VIGIE_ROLE", app.RoleAll), "what this process runs: all, web or worker (env VIGIE_ROLE)")
	cmd.Flags().BoolVar(&demo, "demo", false, "load the demo workspace when the database is empty, and print its login")
	return cmd
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
