package web

import (
	"fmt"
	"net/http"
	"unicode/utf8"

	"github.com/vigie-cm/vigie/internal/auth/password"
)

// minPassword is the shortest password accepted; length is what makes a
// password hard to guess, so nothing else is imposed.
const minPassword = 10

type accountData struct {
	Errors formErrors
}

func (c *Ctx) accountPage() error {
	return c.Render(http.StatusOK, "core/account", "account.title", accountData{})
}

// accountPassword changes the user's own password: the current one is
// required, every other session of the user ends, and this browser gets a
// new session.
func (c *Ctx) accountPassword() error {
	cur, pw, again := c.R.PostFormValue("current"), c.R.PostFormValue("new"), c.R.PostFormValue("confirm")
	errs := formErrors{}
	if password.Verify(cur, c.User.PasswordHash) != nil {
		errs.add("current", "account.err_current")
	}
	if utf8.RuneCountInString(pw) < minPassword {
		errs.add("new", "account.err_short")
	} else if pw != again {
		errs.add("confirm", "account.err_mismatch")
	}
	if !errs.ok() {
		return c.Render(http.StatusUnprocessableEntity, "core/account", "account.title", accountData{Errors: errs})
	}
	hash, err := password.Hash(pw)
	if err != nil {
		return fmt.Errorf("web: hashing a new password: %w", err)
	}
	u := *c.User
	u.PasswordHash = hash
	ctx := c.R.Context()
	if err := c.Store().UpdateUser(ctx, u); err != nil {
		return fmt.Errorf("web: saving the password of user %d: %w", u.ID, err)
	}
	if err := c.Store().DeleteUserSessions(ctx, u.ID); err != nil {
		return fmt.Errorf("web: ending the sessions of user %d: %w", u.ID, err)
	}
	tok, _, err := c.s.startSession(c, u)
	if err != nil {
		return err
	}
	if !c.bearer {
		http.SetCookie(c.W, c.s.cookie(sessionCookie, tok, int(c.s.ttl.Seconds())))
	}
	c.s.log.Info("web: password changed", "user", u.ID)
	return c.Redirect("/account", "account.changed")
}
