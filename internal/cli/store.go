package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/auth/password"
	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/brandfile"
	"github.com/vigie-cm/vigie/internal/config"
	"github.com/vigie-cm/vigie/internal/store"
)

func init() {
	register(newMigrateCmd)
	register(newUserCmd)
	register(newWorkspaceCmd)
}

// storeDSN is the database the configuration names: a postgres:// URL, or
// the SQLite file (in the data folder by default).
func storeDSN(c config.Config) string {
	if c.IsPostgres() {
		return c.DB
	}
	return c.SQLitePath()
}

// openStore opens (and migrates) the configured database.
func openStore(cmd *cobra.Command) (store.Store, error) {
	c, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	return store.Open(cmd.Context(), storeDSN(c))
}

// inputErr makes store errors caused by what the user typed (a taken slug,
// a missing brand, an invalid value) exit with status 2.
func inputErr(err error) error {
	if errors.Is(err, store.ErrConflict) || errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrInvalid) {
		return &ExitError{Code: 2, Err: err}
	}
	var el brandfile.ErrorList
	if errors.As(err, &el) {
		return &ExitError{Code: 2, Err: err}
	}
	return err
}

func newMigrateCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Create or upgrade the database schema (SQLite or PostgreSQL)",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "up",
		Short: "Apply every pending migration",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			applied, err := store.MigrateUp(cmd.Context(), storeDSN(c))
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if len(applied) == 0 {
				fmt.Fprintln(w, "schema is up to date")
				return nil
			}
			for _, m := range applied {
				fmt.Fprintf(w, "applied %05d %s (%s)\n", m.Version, m.Name, m.Duration.Round(time.Millisecond))
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "status",
		Short: "List migrations and whether each is applied",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			st, err := store.MigrationStatus(cmd.Context(), storeDSN(c))
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "VERSION\tNAME\tAPPLIED")
			for _, m := range st {
				at := "pending"
				if m.Applied {
					at = m.AppliedAt.UTC().Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%05d\t%s\t%s\n", m.Version, m.Name, at)
			}
			return tw.Flush()
		},
	})
	return cmd
}

// minPasswordLen follows NIST SP 800-63B's floor for user-chosen secrets.
const minPasswordLen = 8

func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func newUserCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "user", Short: "Manage user accounts"}
	var email, name, pw, wsSlug, role, lang string
	var pwStdin bool
	create := &cobra.Command{
		Use:   "create",
		Short: "Create a user (argon2id password hash), optionally a member of a workspace",
		Example: `  printf '%s\n' "$PASSWORD" | vigie user create --email lea@example.fr --name "Léa Moreau" --password-stdin --workspace agence --role manager
  vigie user create --email sam@example.com --name Sam --password 'correct horse battery'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if email == "" || name == "" {
				return usageError("user create: --email and --name are required")
			}
			if pwStdin == (pw != "") {
				return usageError("user create: give exactly one of --password or --password-stdin")
			}
			if pwStdin {
				var err error
				if pw, err = readPassword(cmd.InOrStdin()); err != nil {
					return fmt.Errorf("user create: reading the password from stdin: %w", err)
				}
			}
			if len([]rune(pw)) < minPasswordLen {
				return usageError("user create: the password must have at least %d characters", minPasswordLen)
			}
			var r brand.Role
			if wsSlug != "" {
				var err error
				if r, err = brand.ParseRole(role); err != nil {
					return usageError("user create: --role: %v", err)
				}
			}
			if lang != "" && lang != "fr" && lang != "en" {
				return usageError("user create: --lang %q: want fr or en", lang)
			}
			hash, err := password.Hash(pw)
			if err != nil {
				return err
			}
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := cmd.Context()
			u := brand.User{Email: email, Name: name, PasswordHash: hash, Lang: lang}
			err = st.InTx(ctx, func(tx store.Store) error {
				if err := tx.CreateUser(ctx, &u); err != nil {
					return err
				}
				if wsSlug == "" {
					return nil
				}
				w, err := tx.GetWorkspaceBySlug(ctx, wsSlug)
				if err != nil {
					return err
				}
				if err := tx.SetMembership(ctx, brand.Membership{WorkspaceID: w.ID, UserID: u.ID, Role: r}); err != nil {
					return err
				}
				return tx.AppendAudit(ctx, &brand.AuditEntry{WorkspaceID: w.ID, Actor: "cli", Action: "member.add", Entity: "user", EntityID: u.ID,
					After: fmt.Sprintf(`{"email":%q,"role":%q}`, u.Email, r)})
			})
			if err != nil {
				return inputErr(fmt.Errorf("user create: %w", err))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "created user %d <%s>", u.ID, u.Email)
			if wsSlug != "" {
				fmt.Fprintf(cmd.OutOrStdout(), ", %s of workspace %s", r, wsSlug)
			}
			fmt.Fprintln(cmd.OutOrStdout())
			return nil
		},
	}
	f := create.Flags()
	f.StringVar(&email, "email", "", "login e-mail address")
	f.StringVar(&name, "name", "", "display name")
	f.StringVar(&pw, "password", "", "password (visible to other local users in the process list: prefer --password-stdin)")
	f.BoolVar(&pwStdin, "password-stdin", false, "read the password from the first line of standard input")
	f.StringVar(&wsSlug, "workspace", "", "make the user a member of this workspace (slug)")
	f.StringVar(&role, "role", string(brand.RoleEditor), "role in --workspace: owner, manager, editor, reviewer or analyst")
	f.StringVar(&lang, "lang", "", "interface language: fr or en (empty: from the browser)")
	cmd.AddCommand(create, newUserPasswdCmd(), newUserListCmd())
	return cmd
}

func newUserPasswdCmd() *cobra.Command {
	var email string
	cmd := &cobra.Command{
		Use:     "passwd",
		Short:   "Set a user's password (read from stdin) and log them out everywhere",
		Example: `  printf '%s\n' "$NEW_PASSWORD" | vigie user passwd --email lea@example.fr`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if email == "" {
				return usageError("user passwd: --email is required")
			}
			pw, err := readPassword(cmd.InOrStdin())
			if err != nil {
				return fmt.Errorf("user passwd: reading the password from stdin: %w", err)
			}
			if len([]rune(pw)) < minPasswordLen {
				return usageError("user passwd: the password must have at least %d characters", minPasswordLen)
			}
			hash, err := password.Hash(pw)
			if err != nil {
				return err
			}
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := cmd.Context()
			err = st.InTx(ctx, func(tx store.Store) error {
				u, err := tx.GetUserByEmail(ctx, email)
				if err != nil {
					return err
				}
				u.PasswordHash = hash
				if err := tx.UpdateUser(ctx, u); err != nil {
					return err
				}
				return tx.DeleteUserSessions(ctx, u.ID)
			})
			if err != nil {
				return inputErr(fmt.Errorf("user passwd: %w", err))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "password of %s changed; their sessions are closed\n", strings.ToLower(strings.TrimSpace(email)))
			return nil
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the user's login e-mail")
	return cmd
}

func newUserListCmd() *cobra.Command {
	var wsSlug string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the members of a workspace and their roles",
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
			ms, err := st.ListMembers(ctx, w.ID)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tEMAIL\tNAME\tROLE")
			for _, m := range ms {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", m.UserID, m.User.Email, m.User.Name, m.Role)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&wsSlug, "workspace", "", "workspace slug (default: the only workspace)")
	return cmd
}

func newWorkspaceCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "workspace", Short: "Manage workspaces (an agency or a team, holding brands)"}
	var name, slug string
	create := &cobra.Command{
		Use:     "create",
		Short:   "Create a workspace",
		Example: `  vigie workspace create --name "Agence Marée Haute" --slug maree-haute`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if strings.TrimSpace(name) == "" {
				return usageError("workspace create: --name is required")
			}
			if slug == "" {
				slug = brandfile.Slugify(name)
			}
			if slug == "" || slug != brandfile.Slugify(slug) {
				return usageError("workspace create: --slug %q: use lowercase letters, digits and single hyphens", slug)
			}
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			w := brand.Workspace{Name: name, Slug: slug}
			if err := st.CreateWorkspace(cmd.Context(), &w); err != nil {
				return inputErr(fmt.Errorf("workspace create: %w", err))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "created workspace %d %s (%s)\n", w.ID, w.Slug, w.Name)
			return nil
		},
	}
	create.Flags().StringVar(&name, "name", "", "display name")
	create.Flags().StringVar(&slug, "slug", "", "short identifier used in URLs and commands (default: derived from the name)")
	cmd.AddCommand(create)
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List workspaces",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ws, err := st.ListWorkspaces(cmd.Context())
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSLUG\tNAME")
			for _, w := range ws {
				fmt.Fprintf(tw, "%d\t%s\t%s\n", w.ID, w.Slug, w.Name)
			}
			return tw.Flush()
		},
	})
	return cmd
}
