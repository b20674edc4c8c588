package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

type dashboardData struct {
	Brands []brandSummary
	Recent []brand.AuditEntry
}

type brandSummary struct {
	Brand  brand.Brand
	Facts  int
	Briefs int
}

func (c *Ctx) dashboard() error {
	var d dashboardData
	if c.Workspace != nil {
		bs, err := c.Store().ListBrands(c.R.Context(), c.Workspace.ID)
		if err != nil {
			return fmt.Errorf("web: brands of workspace %d: %w", c.Workspace.ID, err)
		}
		for _, b := range bs {
			facts, err := c.Store().ListFacts(c.R.Context(), b.ID, store.FactFilter{At: c.s.now()})
			if err != nil {
				return fmt.Errorf("web: facts of brand %d: %w", b.ID, err)
			}
			briefs, err := c.Store().ListBriefs(c.R.Context(), b.ID)
			if err != nil {
				return fmt.Errorf("web: briefs of brand %d: %w", b.ID, err)
			}
			d.Brands = append(d.Brands, brandSummary{Brand: b, Facts: len(facts), Briefs: len(briefs)})
		}
		recent, err := c.Store().ListAudit(c.R.Context(), c.Workspace.ID, 8, 0)
		if err != nil {
			return fmt.Errorf("web: recent changes of workspace %d: %w", c.Workspace.ID, err)
		}
		d.Recent = recent
	}
	return c.Render(http.StatusOK, "core/dashboard", "nav.dashboard", d)
}

func (c *Ctx) brandList() error {
	var bs []brand.Brand
	if c.Workspace != nil {
		var err error
		if bs, err = c.Store().ListBrands(c.R.Context(), c.Workspace.ID); err != nil {
			return fmt.Errorf("web: brands of workspace %d: %w", c.Workspace.ID, err)
		}
	}
	return c.Render(http.StatusOK, "core/brands", "nav.brands", bs)
}

type brandForm struct {
	Brand  brand.Brand
	Errors formErrors
	New    bool
}

func (c *Ctx) brandNew() error {
	return c.Render(http.StatusOK, "core/brand_form", "brand.new", brandForm{New: true, Brand: brand.Brand{Languages: []string{c.Lang}}})
}

// readBrand fills b from the form and checks it.
func (c *Ctx) readBrand(b *brand.Brand) formErrors {
	errs := formErrors{}
	b.Name = c.field("name")
	b.Languages = nil
	for _, l := range list(c.field("languages")) {
		b.Languages = append(b.Languages, strings.ToLower(l))
	}
	b.Voice = c.field("voice")
	b.WordsUse = lines(c.R.PostFormValue("words_use"))
	b.WordsAvoid = lines(c.R.PostFormValue("words_avoid"))
	if b.Name == "" || len(b.Name) > 200 {
		errs.add("name", "brand.err_name")
	}
	if slug := c.field("slug"); slug != "" {
		b.Slug = slugify(slug)
	} else if b.Slug == "" {
		b.Slug = slugify(b.Name)
	}
	if b.Slug == "" {
		errs.add("slug", "brand.err_slug")
	}
	if len(b.Languages) == 0 {
		errs.add("languages", "brand.err_languages")
	}
	for _, l := range b.Languages {
		if len(l) < 2 || len(l) > 8 || strings.ContainsFunc(l, func(r rune) bool { return (r < 'a' || r > 'z') && r != '-' }) {
			errs.add("languages", "brand.err_languages")
		}
	}
	return errs
}

func (c *Ctx) brandCreate() error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusForbidden, Key: "error.forbidden"}
	}
	b := brand.Brand{WorkspaceID: c.Workspace.ID}
	errs := c.readBrand(&b)
	if !errs.ok() {
		return c.Render(http.StatusUnprocessableEntity, "core/brand_form", "brand.new", brandForm{New: true, Brand: b, Errors: errs})
	}
	err := c.Tx(func(tx store.Store) error {
		if err := tx.CreateBrand(c.R.Context(), &b); err != nil {
			return err
		}
		return c.Audit(tx, "brand.create", "brand", b.ID, nil, b)
	})
	if errors.Is(err, store.ErrConflict) {
		errs.add("slug", "brand.err_slug_taken")
		return c.Render(http.StatusConflict, "core/brand_form", "brand.new", brandForm{New: true, Brand: b, Errors: errs})
	}
	if err != nil {
		return fmt.Errorf("web: creating brand: %w", err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/facts", b.ID), "brand.created")
}

func (c *Ctx) brandShow() error {
	return c.Redirect(fmt.Sprintf("/brands/%d/facts", c.Brand.ID), "")
}

func (c *Ctx) brandEdit() error {
	return c.Render(http.StatusOK, "core/brand_form", "brand.edit", brandForm{Brand: *c.Brand})
}

func (c *Ctx) brandUpdate() error {
	before := *c.Brand
	b := before
	errs := c.readBrand(&b)
	if !errs.ok() {
		return c.Render(http.StatusUnprocessableEntity, "core/brand_form", "brand.edit", brandForm{Brand: b, Errors: errs})
	}
	err := c.Tx(func(tx store.Store) error {
		if err := tx.UpdateBrand(c.R.Context(), b); err != nil {
			return err
		}
		return c.Audit(tx, "brand.update", "brand", b.ID, before, b)
	})
	if errors.Is(err, store.ErrConflict) {
		errs.add("slug", "brand.err_slug_taken")
		return c.Render(http.StatusConflict, "core/brand_form", "brand.edit", brandForm{Brand: b, Errors: errs})
	}
	if err != nil {
		return fmt.Errorf("web: updating brand %d: %w", b.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/facts", b.ID), "brand.saved")
}
