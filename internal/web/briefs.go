package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

type briefsData struct {
	Briefs []brand.Brief
	Form   brand.Brief
	Errors formErrors
}

func (c *Ctx) renderBriefs(status int, form brand.Brief, errs formErrors) error {
	bs, err := c.Store().ListBriefs(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: briefs of brand %d: %w", c.Brand.ID, err)
	}
	return c.Render(status, "core/briefs", "briefs.title", briefsData{Briefs: bs, Form: form, Errors: errs})
}

func (c *Ctx) briefList() error { return c.renderBriefs(http.StatusOK, brand.Brief{}, nil) }

func (c *Ctx) readBrief(b *brand.Brief) formErrors {
	errs := formErrors{}
	b.Title = c.field("title")
	b.Key = slugify(c.field("key"))
	if b.Key == "" {
		b.Key = slugify(b.Title)
	}
	b.Objective = c.field("objective")
	b.KeyMessages = lines(c.R.PostFormValue("key_messages"))
	b.FactKeys = list(c.field("fact_keys"))
	b.Audience = c.field("audience")
	b.Networks = nil
	for _, n := range c.R.PostForm["networks"] {
		nw := brand.Network(n)
		if !nw.Valid() {
			errs.add("networks", "briefs.err_network")
			continue
		}
		b.Networks = append(b.Networks, nw)
	}
	var ok bool
	if b.StartsOn, ok = parseDate(c.field("starts_on")); !ok {
		errs.add("starts_on", "facts.err_date")
	}
	if b.EndsOn, ok = parseDate(c.field("ends_on")); !ok {
		errs.add("ends_on", "facts.err_date")
	}
	if b.StartsOn != nil && b.EndsOn != nil && b.EndsOn.Before(*b.StartsOn) {
		errs.add("ends_on", "facts.err_range")
	}
	if b.Title == "" || b.Key == "" {
		errs.add("title", "briefs.err_title")
	}
	return errs
}

func (c *Ctx) briefCreate() error {
	b := brand.Brief{BrandID: c.Brand.ID}
	errs := c.readBrief(&b)
	if !errs.ok() {
		return c.renderBriefs(http.StatusUnprocessableEntity, b, errs)
	}
	err := c.Tx(func(tx store.Store) error {
		if err := tx.CreateBrief(c.R.Context(), &b); err != nil {
			return err
		}
		return c.Audit(tx, "brief.create", "brief", b.ID, nil, b)
	})
	if errors.Is(err, store.ErrConflict) {
		errs.add("title", "briefs.err_key_taken")
		return c.renderBriefs(http.StatusConflict, b, errs)
	}
	if err != nil {
		return fmt.Errorf("web: creating brief for brand %d: %w", c.Brand.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/briefs", c.Brand.ID), "briefs.created")
}

func (c *Ctx) brief() (brand.Brief, error) {
	id, err := c.ID("brief")
	if err != nil {
		return brand.Brief{}, err
	}
	b, err := c.Store().GetBrief(c.R.Context(), id)
	if err != nil {
		return b, err
	}
	if b.BrandID != c.Brand.ID {
		return b, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	return b, nil
}

type briefEditData struct {
	Brief  brand.Brief
	Errors formErrors
}

func (c *Ctx) briefEdit() error {
	b, err := c.brief()
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "core/brief_edit", "briefs.edit", briefEditData{Brief: b})
}

func (c *Ctx) briefUpdate() error {
	before, err := c.brief()
	if err != nil {
		return err
	}
	b := before
	errs := c.readBrief(&b)
	if !errs.ok() {
		return c.Render(http.StatusUnprocessableEntity, "core/brief_edit", "briefs.edit", briefEditData{Brief: b, Errors: errs})
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.UpdateBrief(c.R.Context(), b); err != nil {
			return err
		}
		return c.Audit(tx, "brief.update", "brief", b.ID, before, b)
	})
	if errors.Is(err, store.ErrConflict) {
		errs.add("title", "briefs.err_key_taken")
		return c.Render(http.StatusConflict, "core/brief_edit", "briefs.edit", briefEditData{Brief: b, Errors: errs})
	}
	if err != nil {
		return fmt.Errorf("web: updating brief %d: %w", b.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/briefs", c.Brand.ID), "briefs.saved")
}

func (c *Ctx) briefDelete() error {
	b, err := c.brief()
	if err != nil {
		return err
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.DeleteBrief(c.R.Context(), b.ID); err != nil {
			return err
		}
		return c.Audit(tx, "brief.delete", "brief", b.ID, b, nil)
	})
	if err != nil {
		return fmt.Errorf("web: deleting brief %d: %w", b.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/briefs", c.Brand.ID), "briefs.deleted")
}
