package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/mail"
	"strconv"
	"strings"

	"github.com/vigie-cm/vigie/internal/auth/password"
	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

type membersData struct {
	Members []brand.Membership
	Errors  formErrors
	Form    struct{ Email, Name, Role string }
	// NewPassword is shown once, when adding a person who had no account.
	NewPassword string
	NewEmail    string
}

func (c *Ctx) renderMembers(status int, d membersData) error {
	ms, err := c.Store().ListMembers(c.R.Context(), c.Workspace.ID)
	if err != nil {
		return fmt.Errorf("web: members of workspace %d: %w", c.Workspace.ID, err)
	}
	d.Members = ms
	return c.Render(status, "core/members", "nav.members", d)
}

func (c *Ctx) memberList() error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusNotFound, Key: "error.no_workspace"}
	}
	return c.renderMembers(http.StatusOK, membersData{})
}

// grantable: only an owner hands out or takes back ownership.
func (c *Ctx) grantable(r brand.Role) bool {
	return r.Valid() && (r != brand.RoleOwner || c.Role == brand.RoleOwner)
}

func (c *Ctx) memberAdd() error {
	var d membersData
	d.Errors = formErrors{}
	d.Form.Email = strings.ToLower(c.field("email"))
	d.Form.Name = c.field("name")
	d.Form.Role = c.field("role")
	role := brand.Role(d.Form.Role)
	if _, err := mail.ParseAddress(d.Form.Email); err != nil || !strings.Contains(d.Form.Email, "@") {
		d.Errors.add("email", "members.err_email")
	}
	if !c.grantable(role) {
		d.Errors.add("role", "members.err_role")
	}
	if !d.Errors.ok() {
		return c.renderMembers(http.StatusUnprocessableEntity, d)
	}
	ctx := c.R.Context()
	err := c.Tx(func(tx store.Store) error {
		u, err := tx.GetUserByEmail(ctx, d.Form.Email)
		if errors.Is(err, store.ErrNotFound) {
			pw := newToken()[:16]
			hash, herr := password.Hash(pw)
			if herr != nil {
				return herr
			}
			u = brand.User{Email: d.Form.Email, Name: d.Form.Name, PasswordHash: hash}
			if err := tx.CreateUser(ctx, &u); err != nil {
				return err
			}
			d.NewPassword, d.NewEmail = pw, u.Email
		} else if err != nil {
			return err
		}
		if _, err := tx.GetMembership(ctx, c.Workspace.ID, u.ID); err == nil {
			d.Errors.add("email", "members.err_exists")
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		m := brand.Membership{WorkspaceID: c.Workspace.ID, UserID: u.ID, Role: role}
		if err := tx.SetMembership(ctx, m); err != nil {
			return err
		}
		return c.Audit(tx, "member.add", "user", u.ID, nil, map[string]any{"email": u.Email, "role": role})
	})
	if err != nil {
		return fmt.Errorf("web: adding member to workspace %d: %w", c.Workspace.ID, err)
	}
	if !d.Errors.ok() {
		d.NewPassword = ""
		return c.renderMembers(http.StatusConflict, d)
	}
	if d.NewPassword != "" {
		// Shown once on this response, never stored in clear or logged.
		return c.renderMembers(http.StatusOK, d)
	}
	return c.Redirect("/members", "members.added")
}

// member loads {user}'s membership in the current workspace and refuses
// changes that would leave the workspace without an owner, or let a
// manager touch an owner.
func (c *Ctx) member() (brand.Membership, []brand.Membership, error) {
	id, err := strconv.ParseInt(c.R.PathValue("user"), 10, 64)
	if err != nil {
		return brand.Membership{}, nil, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	ms, err := c.Store().ListMembers(c.R.Context(), c.Workspace.ID)
	if err != nil {
		return brand.Membership{}, nil, fmt.Errorf("web: members of workspace %d: %w", c.Workspace.ID, err)
	}
	for _, m := range ms {
		if m.UserID == id {
			if m.Role == brand.RoleOwner && c.Role != brand.RoleOwner {
				return m, ms, &Error{Status: http.StatusForbidden, Key: "members.err_owner"}
			}
			return m, ms, nil
		}
	}
	return brand.Membership{}, ms, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
}

func lastOwner(m brand.Membership, ms []brand.Membership) bool {
	if m.Role != brand.RoleOwner {
		return false
	}
	owners := 0
	for _, x := range ms {
		if x.Role == brand.RoleOwner {
			owners++
		}
	}
	return owners <= 1
}

func (c *Ctx) memberSetRole() error {
	m, ms, err := c.member()
	if err != nil {
		return err
	}
	role := brand.Role(c.field("role"))
	if !c.grantable(role) {
		return &Error{Status: http.StatusForbidden, Key: "members.err_role"}
	}
	if role != brand.RoleOwner && lastOwner(m, ms) {
		return &Error{Status: http.StatusConflict, Key: "members.err_last_owner"}
	}
	before := m.Role
	m.Role = role
	m.User = brand.User{}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.SetMembership(c.R.Context(), m); err != nil {
			return err
		}
		return c.Audit(tx, "member.role", "user", m.UserID, map[string]any{"role": before}, map[string]any{"role": role})
	})
	if err != nil {
		return fmt.Errorf("web: setting role of user %d: %w", m.UserID, err)
	}
	return c.Redirect("/members", "members.saved")
}

func (c *Ctx) memberRemove() error {
	m, ms, err := c.member()
	if err != nil {
		return err
	}
	if lastOwner(m, ms) {
		return &Error{Status: http.StatusConflict, Key: "members.err_last_owner"}
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.RemoveMembership(c.R.Context(), c.Workspace.ID, m.UserID); err != nil {
			return err
		}
		return c.Audit(tx, "member.remove", "user", m.UserID, map[string]any{"email": m.User.Email, "role": m.Role}, nil)
	})
	if err != nil {
		return fmt.Errorf("web: removing user %d: %w", m.UserID, err)
	}
	return c.Redirect("/members", "members.removed")
}
