package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/brandfile"
	"github.com/vigie-cm/vigie/internal/store"
)

func init() { register(newBrandCmd) }

// pickWorkspace resolves --workspace; when it is empty and the database
// has exactly one workspace, that one is meant.
func pickWorkspace(ctx context.Context, st store.Store, slug string) (brand.Workspace, error) {
	if slug != "" {
		w, err := st.GetWorkspaceBySlug(ctx, slug)
		if err != nil {
			return w, inputErr(fmt.Errorf("no workspace %q: %w", slug, err))
		}
		return w, nil
	}
	ws, err := st.ListWorkspaces(ctx)
	if err != nil {
		return brand.Workspace{}, err
	}
	switch len(ws) {
	case 0:
		return brand.Workspace{}, usageError("no workspace yet: create one with `vigie workspace create --name ...` (or load the demo with `vigie demo`)")
	case 1:
		return ws[0], nil
	}
	var slugs []string
	for _, w := range ws {
		slugs = append(slugs, w.Slug)
	}
	return brand.Workspace{}, usageError("several workspaces (%s): say which with --workspace", strings.Join(slugs, ", "))
}

func newBrandCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "brand", Short: "Import, export and list brands (voice, facts, briefs, FAQ)"}
	cmd.AddCommand(newBrandImportCmd(), newBrandExportCmd(), newBrandListCmd())
	return cmd
}

func newBrandImportCmd() *cobra.Command {
	var wsSlug, format, brandSlug string
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import a brand file (YAML or JSON) or a fact sheet (CSV) in one transaction",
		Long: `Import a brand file (YAML or JSON) or a fact sheet (CSV, which needs --brand).
Facts and briefs are matched by key: new keys are created, existing ones
replaced by the file's version; nothing is deleted. The whole file is
imported in one transaction: on any error nothing is stored, and every
problem is listed with its file, line and field. FILE "-" reads stdin
(then --format is required). See docs/storage.md.`,
		Example: `  vigie brand import lumiere.yaml --workspace maree-haute
  vigie brand import facts.csv --brand lumiere`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			file := args[0]
			var f brandfile.Format
			var err error
			switch {
			case format != "":
				f, err = brandfile.ParseFormat(format)
			case file == "-":
				err = fmt.Errorf("reading stdin: say --format yaml, json or csv")
			default:
				f, err = brandfile.FormatOf(file)
			}
			if err != nil {
				return usageError("brand import: %v", err)
			}
			if f == brandfile.CSV && brandSlug == "" {
				return usageError("brand import: a CSV fact sheet needs --brand SLUG (an existing brand)")
			}
			var data []byte
			if file == "-" {
				data, err = io.ReadAll(cmd.InOrStdin())
				file = "<stdin>"
			} else {
				data, err = os.ReadFile(file)
			}
			if err != nil {
				return usageError("brand import: %v", err)
			}
			doc, err := brandfile.Parse(file, data, f)
			if err != nil {
				return inputErr(err)
			}
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := cmd.Context()
			w, err := pickWorkspace(ctx, st, wsSlug)
			if err != nil {
				return err
			}
			res, err := brandfile.Import(ctx, st, doc, brandfile.Options{WorkspaceID: w.ID, BrandSlug: brandSlug, Actor: "cli", DryRun: dryRun})
			if err != nil {
				return inputErr(err)
			}
			out := cmd.OutOrStdout()
			state := "existing"
			switch {
			case res.BrandCreated:
				state = "created"
			case res.BrandUpdated:
				state = "updated"
			}
			if dryRun {
				fmt.Fprintln(out, "dry run: nothing was stored; this is what the import would do")
			}
			fmt.Fprintf(out, "brand %s (%s) in workspace %s: %s\n", res.Brand.Slug, res.Brand.Name, w.Slug, state)
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "\tCREATED\tUPDATED\tUNCHANGED")
			row := func(name string, get func(brandfile.Counts) int) {
				fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", name, get(res.Created), get(res.Updated), get(res.Unchanged))
			}
			row("facts", func(c brandfile.Counts) int { return c.Facts })
			row("briefs", func(c brandfile.Counts) int { return c.Briefs })
			row("faq", func(c brandfile.Counts) int { return c.FAQ })
			row("accounts", func(c brandfile.Counts) int { return c.Accounts })
			row("posts", func(c brandfile.Counts) int { return c.Posts })
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&wsSlug, "workspace", "", "workspace slug (default: the only workspace)")
	cmd.Flags().StringVar(&format, "format", "", "yaml, json or csv (default: from the file extension)")
	cmd.Flags().StringVar(&brandSlug, "brand", "", "brand slug to import into (overrides the file's; required for CSV)")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "check the file and report what would change, storing nothing")
	return cmd
}

func newBrandExportCmd() *cobra.Command {
	var wsSlug, format, outFile string
	cmd := &cobra.Command{
		Use:   "export SLUG",
		Short: "Export a brand as YAML or JSON (or its facts as CSV), ready to re-import",
		Example: `  vigie brand export lumiere > lumiere.yaml
  vigie brand export lumiere --format json -o lumiere.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f := brandfile.YAML
			var err error
			switch {
			case format != "":
				f, err = brandfile.ParseFormat(format)
			case outFile != "" && outFile != "-":
				f, err = brandfile.FormatOf(outFile)
			}
			if err != nil {
				return usageError("brand export: %v", err)
			}
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := cmd.Context()
			w, err := pickWorkspace(ctx, st, wsSlug)
			if err != nil {
				return err
			}
			doc, err := brandfile.Export(ctx, st, w.ID, args[0])
			if err != nil {
				return inputErr(err)
			}
			data, err := brandfile.Encode(doc, f)
			if err != nil {
				return err
			}
			if outFile == "" || outFile == "-" {
				_, err = cmd.OutOrStdout().Write(data)
				return err
			}
			if err := os.WriteFile(outFile, data, 0o644); err != nil {
				return fmt.Errorf("brand export: %w", err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s (%d facts, %d briefs, %d FAQ, %d posts)\n", outFile, len(doc.Facts), len(doc.Briefs), len(doc.FAQ), len(doc.Posts))
			return nil
		},
	}
	cmd.Flags().StringVar(&wsSlug, "workspace", "", "workspace slug (default: the only workspace)")
	cmd.Flags().StringVar(&format, "format", "", "yaml, json or csv (default: from -o's extension, else yaml)")
	cmd.Flags().StringVarP(&outFile, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func newBrandListCmd() *cobra.Command {
	var wsSlug string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the brands of a workspace with their fact counts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := cmd.Context()
			w, err := pickWorkspace(ctx, st, wsSlug)
			if err != nil {
				return err
			}
			bs, err := st.ListBrands(ctx, w.ID)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "SLUG\tNAME\tLANGUAGES\tFACTS\tEXPIRED")
			for _, b := range bs {
				all, err := st.ListFacts(ctx, b.ID, store.FactFilter{IncludeExpired: true})
				if err != nil {
					return err
				}
				live, err := st.ListFacts(ctx, b.ID, store.FactFilter{})
				if err != nil {
					return err
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\n", b.Slug, b.Name, strings.Join(b.Languages, ","), len(live), len(all)-len(live))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&wsSlug, "workspace", "", "workspace slug (default: the only workspace)")
	return cmd
}
