package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vigie-cm/vigie/internal/demo"
)

func init() { register(newDemoCmd) }

func newDemoCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Load the demo workspace into the configured database (only when it is empty)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			cred, err := demo.Seed(cmd.Context(), st)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintln(out, cred.Note)
			if !cred.Seeded {
				return nil
			}
			fmt.Fprintf(out, "log in as %s with password %s\n", cred.Email, cred.Password)
			fmt.Fprintln(out, "other demo accounts (same password):")
			for _, u := range cred.Users {
				if u.Email != cred.Email {
					fmt.Fprintf(out, "  %-22s %s\n", u.Email, u.Role)
				}
			}
			return nil
		},
	}
}
