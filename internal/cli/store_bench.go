package cli

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/brandfile"
	"github.com/vigie-cm/vigie/internal/store"
)

func init() { registerBench(newBenchStoreCmd) }

func newBenchStoreCmd() *cobra.Command {
	var facts, searches int
	var seed uint64
	var pg string
	cmd := &cobra.Command{
		Use:   "store",
		Short: "Storage: import, re-import, export and fact search on a seeded synthetic fact sheet",
		Long: "Generates a fact sheet of --facts facts from a seeded generator, then measures parsing,\n" +
			"a transactional import, a re-import of the same file, an export, and indexed fact search,\n" +
			"each against a baseline measured in the same run (encoding/csv reading the same bytes;\n" +
			"for search, listing the sheet and filtering in Go). It runs on a throwaway SQLite file,\n" +
			"or with --postgres URL in a throwaway schema of that database (dropped afterwards).\n" +
			"The configured database is never touched.",
		Example: "  vigie bench store --facts 10000\n  vigie bench store --postgres postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if facts < 1 || searches < 0 {
				return usageError("bench store: --facts must be at least 1 and --searches not negative")
			}
			ctx := cmd.Context()
			dsn, cleanup, err := benchDSN(ctx, pg)
			if err != nil {
				return err
			}
			defer cleanup()
			st, err := store.Open(ctx, dsn)
			if err != nil {
				return err
			}
			defer st.Close()
			data := brandfile.SyntheticFactsCSV(facts, seed)
			rep, err := brandfile.RunBench(ctx, st, data, searches)
			if err != nil {
				return err
			}
			rep.Print(cmd.OutOrStdout(), fmt.Sprintf("synthetic fact sheet, seed %d", seed))
			return nil
		},
	}
	cmd.Flags().IntVar(&facts, "facts", 10000, "facts in the synthetic sheet")
	cmd.Flags().IntVar(&searches, "searches", 200, "one-word search queries to time")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "generator seed")
	cmd.Flags().StringVar(&pg, "postgres", "", "run on PostgreSQL at this URL (in a temporary schema) instead of a temporary SQLite file")
	return cmd
}

// benchDSN makes a throwaway database: a SQLite file in a temporary folder,
// or a new schema in the given PostgreSQL database.
func benchDSN(ctx context.Context, pg string) (string, func(), error) {
	if pg == "" {
		dir, err := os.MkdirTemp("", "vigie-bench-")
		if err != nil {
			return "", nil, fmt.Errorf("bench store: %w", err)
		}
		return filepath.Join(dir, "bench.db"), func() { os.RemoveAll(dir) }, nil
	}
	if !store.IsPostgresDSN(pg) {
		return "", nil, usageError("bench store: --postgres %q: want postgres://…", pg)
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", nil, err
	}
	schema := "vigie_bench_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", pg)
	if err != nil {
		return "", nil, fmt.Errorf("bench store: %w", err)
	}
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("bench store: create schema %s: %w", schema, err)
	}
	u, err := url.Parse(pg)
	if err != nil {
		db.Close()
		return "", nil, usageError("bench store: --postgres: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), func() {
		_, _ = db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		db.Close()
	}, nil
}
