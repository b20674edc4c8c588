package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

type factsData struct {
	Facts  []factRow
	Filter store.FactFilter
	Kinds  []brand.FactKind
	Form   brand.Fact
	Errors formErrors
}

type factRow struct {
	brand.Fact
	Active bool
}

func (c *Ctx) factFilter() store.FactFilter {
	q := c.R.URL.Query()
	f := store.FactFilter{
		Query:          strings.TrimSpace(q.Get("q")),
		Kind:           brand.FactKind(q.Get("kind")),
		Tag:            strings.TrimSpace(q.Get("tag")),
		IncludeExpired: q.Get("expired") == "1",
	}
	if !f.Kind.Valid() {
		f.Kind = ""
	}
	// "In force on" a day: midnight UTC, so that a fact valid until that
	// day (stored as its midnight) still counts, as the day is inclusive.
	if at, ok := parseDate(q.Get("at")); ok && at != nil {
		f.At = *at
	}
	return f
}

func (c *Ctx) renderFacts(status int, form brand.Fact, errs formErrors) error {
	f := c.factFilter()
	facts, err := c.Store().ListFacts(c.R.Context(), c.Brand.ID, f)
	if err != nil {
		return fmt.Errorf("web: facts of brand %d: %w", c.Brand.ID, err)
	}
	now := c.s.now()
	if !f.At.IsZero() {
		now = f.At
	}
	rows := make([]factRow, len(facts))
	for i, x := range facts {
		rows[i] = factRow{Fact: x, Active: x.Active(now)}
	}
	if form.Lang == "" && len(c.Brand.Languages) > 0 {
		form.Lang = c.Brand.Languages[0]
	}
	return c.Render(status, "core/facts", "facts.title", factsData{Facts: rows, Filter: f, Kinds: brand.FactKinds, Form: form, Errors: errs})
}

func (c *Ctx) factList() error { return c.renderFacts(http.StatusOK, brand.Fact{}, nil) }

// readFact fills f from the form and checks it.
func (c *Ctx) readFact(f *brand.Fact) formErrors {
	errs := formErrors{}
	f.Key = slugify(c.field("key"))
	f.Text = c.field("text")
	f.Lang = strings.ToLower(c.field("lang"))
	f.Kind = brand.FactKind(c.field("kind"))
	f.Value = c.field("value")
	f.Unit = c.field("unit")
	f.Source = c.field("source")
	f.Tags = nil
	for _, t := range list(c.field("tags")) {
		f.Tags = append(f.Tags, strings.TrimPrefix(t, "#"))
	}
	var ok bool
	if f.ValidFrom, ok = parseDate(c.field("valid_from")); !ok {
		errs.add("valid_from", "facts.err_date")
	}
	if f.ValidUntil, ok = parseDate(c.field("valid_until")); !ok {
		errs.add("valid_until", "facts.err_date")
	}
	if f.ValidFrom != nil && f.ValidUntil != nil && f.ValidUntil.Before(*f.ValidFrom) {
		errs.add("valid_until", "facts.err_range")
	}
	if f.Text == "" || len(f.Text) > 2000 {
		errs.add("text", "facts.err_text")
	}
	if !f.Kind.Valid() {
		errs.add("kind", "facts.err_kind")
	}
	if f.Kind != brand.KindNone && f.Value == "" {
		errs.add("value", "facts.err_value")
	}
	if f.Lang == "" && len(c.Brand.Languages) > 0 {
		f.Lang = c.Brand.Languages[0]
	}
	return errs
}

// uniqueKey derives a key from the text when none was given, and makes it
// unique within the brand with a numeric suffix.
func (c *Ctx) uniqueKey(f *brand.Fact) error {
	base := f.Key
	if base == "" {
		parts := strings.Split(slugify(f.Text), "-")
		if len(parts) > 6 {
			parts = parts[:6]
		}
		base = strings.Join(parts, "-")
		if base == "" {
			base = "fact"
		}
	}
	all, err := c.Store().ListFacts(c.R.Context(), c.Brand.ID, store.FactFilter{IncludeExpired: true})
	if err != nil {
		return fmt.Errorf("web: facts of brand %d: %w", c.Brand.ID, err)
	}
	taken := map[string]bool{}
	for _, x := range all {
		if x.ID != f.ID {
			taken[x.Key] = true
		}
	}
	f.Key = base
	for i := 2; taken[f.Key]; i++ {
		f.Key = fmt.Sprintf("%s-%d", base, i)
	}
	return nil
}

func (c *Ctx) factCreate() error {
	f := brand.Fact{BrandID: c.Brand.ID}
	errs := c.readFact(&f)
	if !errs.ok() {
		return c.renderFacts(http.StatusUnprocessableEntity, f, errs)
	}
	explicit := f.Key != ""
	if !explicit {
		if err := c.uniqueKey(&f); err != nil {
			return err
		}
	}
	err := c.Tx(func(tx store.Store) error {
		if err := tx.CreateFact(c.R.Context(), &f); err != nil {
			return err
		}
		return c.Audit(tx, "fact.create", "fact", f.ID, nil, f)
	})
	if errors.Is(err, store.ErrConflict) {
		errs.add("key", "facts.err_key_taken")
		return c.renderFacts(http.StatusConflict, f, errs)
	}
	if err != nil {
		return fmt.Errorf("web: creating fact for brand %d: %w", c.Brand.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/facts#fact-%d", c.Brand.ID, f.ID), "facts.created")
}

// fact loads the {fact} of the current brand; a fact of another brand is
// a 404, whatever its ID.
func (c *Ctx) fact() (brand.Fact, error) {
	id, err := c.ID("fact")
	if err != nil {
		return brand.Fact{}, err
	}
	f, err := c.Store().GetFact(c.R.Context(), id)
	if err != nil {
		return f, err
	}
	if f.BrandID != c.Brand.ID {
		return f, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	return f, nil
}

type factEditData struct {
	Fact   brand.Fact
	Kinds  []brand.FactKind
	Errors formErrors
}

func (c *Ctx) factEdit() error {
	f, err := c.fact()
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "core/fact_edit", "facts.edit", factEditData{Fact: f, Kinds: brand.FactKinds})
}

func (c *Ctx) factUpdate() error {
	before, err := c.fact()
	if err != nil {
		return err
	}
	f := before
	errs := c.readFact(&f)
	if !errs.ok() {
		return c.Render(http.StatusUnprocessableEntity, "core/fact_edit", "facts.edit", factEditData{Fact: f, Kinds: brand.FactKinds, Errors: errs})
	}
	if f.Key == "" {
		f.Key = before.Key
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.UpdateFact(c.R.Context(), f); err != nil {
			return err
		}
		return c.Audit(tx, "fact.update", "fact", f.ID, before, f)
	})
	if errors.Is(err, store.ErrConflict) {
		errs.add("key", "facts.err_key_taken")
		return c.Render(http.StatusConflict, "core/fact_edit", "facts.edit", factEditData{Fact: f, Kinds: brand.FactKinds, Errors: errs})
	}
	if err != nil {
		return fmt.Errorf("web: updating fact %d: %w", f.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/facts#fact-%d", c.Brand.ID, f.ID), "facts.saved")
}

func (c *Ctx) factExpire() error {
	before, err := c.fact()
	if err != nil {
		return err
	}
	if before.ExpiredAt != nil {
		return c.Redirect(fmt.Sprintf("/brands/%d/facts", c.Brand.ID), "")
	}
	at := c.s.now().UTC()
	err = c.Tx(func(tx store.Store) error {
		if err := tx.ExpireFact(c.R.Context(), before.ID, at); err != nil {
			return err
		}
		after := before
		after.ExpiredAt = &at
		return c.Audit(tx, "fact.expire", "fact", before.ID, before, after)
	})
	if err != nil {
		return fmt.Errorf("web: expiring fact %d: %w", before.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/facts", c.Brand.ID), "facts.expired")
}
