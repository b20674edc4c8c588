package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/vigie-cm/vigie/internal/demo"
	"github.com/vigie-cm/vigie/internal/store"
)

// demoSeed loads the demo workspace for serve --demo and says how to log
// in. The demo accounts' password is the demo's published one, not a secret.
func demoSeed(ctx context.Context, st store.Store) (string, error) {
	c, err := demo.Seed(ctx, st)
	if err != nil {
		return "", err
	}
	if !c.Seeded {
		return "Demo: " + c.Note + ".", nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Demo workspace %q loaded. Log in with %s / %s", c.Workspace, c.Email, c.Password)
	var others []string
	for _, u := range c.Users {
		if u.Email != c.Email {
			others = append(others, fmt.Sprintf("%s (%s)", u.Email, u.Role))
		}
	}
	if len(others) > 0 {
		fmt.Fprintf(&b, "\nOther demo accounts, same password: %s", strings.Join(others, ", "))
	}
	return b.String(), nil
}
