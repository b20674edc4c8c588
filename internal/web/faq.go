package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

type faqData struct {
	Entries []brand.FAQEntry
	Form    brand.FAQEntry
	Errors  formErrors
}

func (c *Ctx) renderFAQ(status int, form brand.FAQEntry, errs formErrors) error {
	es, err := c.Store().ListFAQ(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: FAQ of brand %d: %w", c.Brand.ID, err)
	}
	if form.Lang == "" && len(c.Brand.Languages) > 0 {
		form.Lang = c.Brand.Languages[0]
	}
	return c.Render(status, "core/faq", "faq.title", faqData{Entries: es, Form: form, Errors: errs})
}

func (c *Ctx) faqList() error { return c.renderFAQ(http.StatusOK, brand.FAQEntry{}, nil) }

func (c *Ctx) readFAQ(e *brand.FAQEntry) formErrors {
	errs := formErrors{}
	e.Question = c.field("question")
	e.Answer = c.field("answer")
	e.Lang = strings.ToLower(c.field("lang"))
	if e.Question == "" {
		errs.add("question", "faq.err_question")
	}
	if e.Answer == "" {
		errs.add("answer", "faq.err_answer")
	}
	if e.Lang == "" && len(c.Brand.Languages) > 0 {
		e.Lang = c.Brand.Languages[0]
	}
	return errs
}

func (c *Ctx) faqCreate() error {
	e := brand.FAQEntry{BrandID: c.Brand.ID}
	errs := c.readFAQ(&e)
	if !errs.ok() {
		return c.renderFAQ(http.StatusUnprocessableEntity, e, errs)
	}
	err := c.Tx(func(tx store.Store) error {
		if err := tx.CreateFAQ(c.R.Context(), &e); err != nil {
			return err
		}
		return c.Audit(tx, "faq.create", "faq", e.ID, nil, e)
	})
	if err != nil {
		return fmt.Errorf("web: creating FAQ entry for brand %d: %w", c.Brand.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/faq", c.Brand.ID), "faq.created")
}

// faqEntry finds {entry} among the brand's entries, so that an entry of
// another brand is a 404.
func (c *Ctx) faqEntry() (brand.FAQEntry, error) {
	id, err := c.ID("entry")
	if err != nil {
		return brand.FAQEntry{}, err
	}
	es, err := c.Store().ListFAQ(c.R.Context(), c.Brand.ID)
	if err != nil {
		return brand.FAQEntry{}, fmt.Errorf("web: FAQ of brand %d: %w", c.Brand.ID, err)
	}
	for _, e := range es {
		if e.ID == id {
			return e, nil
		}
	}
	return brand.FAQEntry{}, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
}

func (c *Ctx) faqUpdate() error {
	before, err := c.faqEntry()
	if err != nil {
		return err
	}
	e := before
	errs := c.readFAQ(&e)
	if !errs.ok() {
		return c.renderFAQ(http.StatusUnprocessableEntity, brand.FAQEntry{}, errs)
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.UpdateFAQ(c.R.Context(), e); err != nil {
			return err
		}
		return c.Audit(tx, "faq.update", "faq", e.ID, before, e)
	})
	if err != nil {
		return fmt.Errorf("web: updating FAQ entry %d: %w", e.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/faq", c.Brand.ID), "faq.saved")
}

func (c *Ctx) faqDelete() error {
	e, err := c.faqEntry()
	if err != nil {
		return err
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.DeleteFAQ(c.R.Context(), e.ID); err != nil {
			return err
		}
		return c.Audit(tx, "faq.delete", "faq", e.ID, e, nil)
	})
	if err != nil {
		return fmt.Errorf("web: deleting FAQ entry %d: %w", e.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/faq", c.Brand.ID), "faq.deleted")
}
