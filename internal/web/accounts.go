package web

import (
	"fmt"
	"net/http"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

type accountsData struct {
	Accounts []brand.Account
	Form     brand.Account
	Errors   formErrors
}

func (c *Ctx) renderAccounts(status int, form brand.Account, errs formErrors) error {
	as, err := c.Store().ListAccounts(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: accounts of brand %d: %w", c.Brand.ID, err)
	}
	return c.Render(status, "core/accounts", "accounts.title", accountsData{Accounts: as, Form: form, Errors: errs})
}

func (c *Ctx) accountList() error { return c.renderAccounts(http.StatusOK, brand.Account{}, nil) }

func (c *Ctx) accountCreate() error {
	a := brand.Account{BrandID: c.Brand.ID, Network: brand.Network(c.field("network")), Handle: c.field("handle"), AudienceNotes: c.field("audience_notes")}
	errs := formErrors{}
	if !a.Network.Valid() {
		errs.add("network", "accounts.err_network")
	}
	if a.Handle == "" {
		errs.add("handle", "accounts.err_handle")
	}
	if !errs.ok() {
		return c.renderAccounts(http.StatusUnprocessableEntity, a, errs)
	}
	err := c.Tx(func(tx store.Store) error {
		if err := tx.CreateAccount(c.R.Context(), &a); err != nil {
			return err
		}
		return c.Audit(tx, "account.create", "account", a.ID, nil, a)
	})
	if err != nil {
		return fmt.Errorf("web: creating account for brand %d: %w", c.Brand.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/accounts", c.Brand.ID), "accounts.created")
}

func (c *Ctx) accountDelete() error {
	id, err := c.ID("account")
	if err != nil {
		return err
	}
	as, err := c.Store().ListAccounts(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: accounts of brand %d: %w", c.Brand.ID, err)
	}
	for _, a := range as {
		if a.ID != id {
			continue
		}
		err := c.Tx(func(tx store.Store) error {
			if err := tx.DeleteAccount(c.R.Context(), a.ID); err != nil {
				return err
			}
			return c.Audit(tx, "account.delete", "account", a.ID, a, nil)
		})
		if err != nil {
			return fmt.Errorf("web: deleting account %d: %w", a.ID, err)
		}
		return c.Redirect(fmt.Sprintf("/brands/%d/accounts", c.Brand.ID), "accounts.deleted")
	}
	return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
}
