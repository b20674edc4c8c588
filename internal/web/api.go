package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

// The JSON API under /api/v1 uses the same routes table, checks and store
// as the pages. Authentication: the session cookie (then unsafe methods
// need the X-CSRF-Token header), or "Authorization: Bearer <token>" with a
// token from POST /api/v1/tokens. Errors are {"error": "..."}.

// decode reads a JSON body strictly: unknown fields are an error, so a
// typo in a field name is not silently ignored.
func (c *Ctx) decode(v any) error {
	dec := json.NewDecoder(c.R.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &Error{Status: http.StatusRequestEntityTooLarge, Key: "error.too_large"}
		}
		return &Error{Status: http.StatusBadRequest, Key: "api.bad_json", Args: []any{err.Error()}}
	}
	return nil
}

type apiToken struct {
	Token     string    `json:"token"`
	ExpiresAt time.Time `json:"expires_at"`
}

// apiTokenCreate trades an email and password for a bearer token (a
// session that lives in no cookie), under the same rate limits as /login.
func (c *Ctx) apiTokenCreate() error {
	var in struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	u, err := c.s.checkPassword(c, in.Email, in.Password)
	if err != nil {
		return err
	}
	tok, exp, err := c.s.startSession(c, u)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, apiToken{Token: tok, ExpiresAt: exp.UTC()})
}

// apiTokenDelete revokes the bearer token the request carries (a script's
// logout). With a session cookie it ends that session, like /logout.
func (c *Ctx) apiTokenDelete() error {
	if err := c.Store().DeleteSession(c.R.Context(), c.token); err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("web: api: revoking token: %w", err)
	}
	if !c.bearer {
		http.SetCookie(c.W, c.s.cookie(sessionCookie, "", -1))
	}
	c.W.WriteHeader(http.StatusNoContent)
	return nil
}

type apiUser struct {
	ID         int64          `json:"id"`
	Email      string         `json:"email"`
	Name       string         `json:"name"`
	Lang       string         `json:"lang,omitempty"`
	Workspaces []apiWorkspace `json:"workspaces"`
}

type apiWorkspace struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Slug string `json:"slug"`
}

func (c *Ctx) apiMe() error {
	out := apiUser{ID: c.User.ID, Email: c.User.Email, Name: c.User.Name, Lang: c.User.Lang, Workspaces: []apiWorkspace{}}
	for _, w := range c.Workspaces {
		out.Workspaces = append(out.Workspaces, apiWorkspace{ID: w.ID, Name: w.Name, Slug: w.Slug})
	}
	return c.JSON(http.StatusOK, out)
}

// apiBrand is the wire form of a brand: snake_case, stable, documented in
// docs/web.md.
type apiBrand struct {
	ID          int64     `json:"id"`
	WorkspaceID int64     `json:"workspace_id"`
	Name        string    `json:"name"`
	Slug        string    `json:"slug"`
	Languages   []string  `json:"languages"`
	Voice       string    `json:"voice"`
	WordsUse    []string  `json:"words_use"`
	WordsAvoid  []string  `json:"words_avoid"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

func toAPIBrand(b brand.Brand) apiBrand {
	nz := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return apiBrand{ID: b.ID, WorkspaceID: b.WorkspaceID, Name: b.Name, Slug: b.Slug, Languages: nz(b.Languages), Voice: b.Voice, WordsUse: nz(b.WordsUse), WordsAvoid: nz(b.WordsAvoid), CreatedAt: b.CreatedAt, UpdatedAt: b.UpdatedAt}
}

func (c *Ctx) apiBrandList() error {
	out := []apiBrand{}
	if c.Workspace != nil {
		bs, err := c.Store().ListBrands(c.R.Context(), c.Workspace.ID)
		if err != nil {
			return fmt.Errorf("web: api: brands of workspace %d: %w", c.Workspace.ID, err)
		}
		for _, b := range bs {
			out = append(out, toAPIBrand(b))
		}
	}
	return c.JSON(http.StatusOK, map[string]any{"brands": out})
}

func (c *Ctx) apiBrandGet() error { return c.JSON(http.StatusOK, toAPIBrand(*c.Brand)) }

func (c *Ctx) apiBrandCreate() error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusForbidden, Key: "error.forbidden"}
	}
	var in struct {
		Name       string   `json:"name"`
		Slug       string   `json:"slug"`
		Languages  []string `json:"languages"`
		Voice      string   `json:"voice"`
		WordsUse   []string `json:"words_use"`
		WordsAvoid []string `json:"words_avoid"`
	}
	if err := c.decode(&in); err != nil {
		return err
	}
	b := brand.Brand{WorkspaceID: c.Workspace.ID, Name: strings.TrimSpace(in.Name), Slug: slugify(in.Slug), Languages: in.Languages, Voice: in.Voice, WordsUse: in.WordsUse, WordsAvoid: in.WordsAvoid}
	if b.Slug == "" {
		b.Slug = slugify(b.Name)
	}
	if b.Name == "" || b.Slug == "" {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"name", c.T("brand.err_name")}}
	}
	if len(b.Languages) == 0 {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"languages", c.T("brand.err_languages")}}
	}
	err := c.Tx(func(tx store.Store) error {
		if err := tx.CreateBrand(c.R.Context(), &b); err != nil {
			return err
		}
		return c.Audit(tx, "brand.create", "brand", b.ID, nil, b)
	})
	if errors.Is(err, store.ErrConflict) {
		return &Error{Status: http.StatusConflict, Key: "api.field", Args: []any{"slug", c.T("brand.err_slug_taken")}}
	}
	if err != nil {
		return fmt.Errorf("web: api: creating brand: %w", err)
	}
	return c.JSON(http.StatusCreated, toAPIBrand(b))
}

// apiFact is the wire form of a fact.
type apiFact struct {
	ID         int64      `json:"id"`
	BrandID    int64      `json:"brand_id"`
	Key        string     `json:"key"`
	Text       string     `json:"text"`
	Lang       string     `json:"lang"`
	Kind       string     `json:"kind,omitempty"`
	Value      string     `json:"value,omitempty"`
	Unit       string     `json:"unit,omitempty"`
	Source     string     `json:"source,omitempty"`
	ValidFrom  *time.Time `json:"valid_from,omitempty"`
	ValidUntil *time.Time `json:"valid_until,omitempty"`
	Tags       []string   `json:"tags"`
	ExpiredAt  *time.Time `json:"expired_at,omitempty"`
	Active     bool       `json:"active"`
	CreatedAt  time.Time  `json:"created_at"`
	UpdatedAt  time.Time  `json:"updated_at"`
}

func (c *Ctx) toAPIFact(f brand.Fact) apiFact {
	tags := f.Tags
	if tags == nil {
		tags = []string{}
	}
	return apiFact{ID: f.ID, BrandID: f.BrandID, Key: f.Key, Text: f.Text, Lang: f.Lang, Kind: string(f.Kind), Value: f.Value, Unit: f.Unit, Source: f.Source, ValidFrom: f.ValidFrom, ValidUntil: f.ValidUntil, Tags: tags, ExpiredAt: f.ExpiredAt, Active: f.Active(c.s.now()), CreatedAt: f.CreatedAt, UpdatedAt: f.UpdatedAt}
}

func (c *Ctx) apiFactList() error {
	facts, err := c.Store().ListFacts(c.R.Context(), c.Brand.ID, c.factFilter())
	if err != nil {
		return fmt.Errorf("web: api: facts of brand %d: %w", c.Brand.ID, err)
	}
	out := make([]apiFact, 0, len(facts))
	for _, f := range facts {
		out = append(out, c.toAPIFact(f))
	}
	return c.JSON(http.StatusOK, map[string]any{"facts": out})
}

func (c *Ctx) apiFactGet() error {
	f, err := c.fact()
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, c.toAPIFact(f))
}

// factInput is a fact as the API accepts it; on PATCH, absent fields keep
// their value.
type factInput struct {
	Key        *string    `json:"key"`
	Text       *string    `json:"text"`
	Lang       *string    `json:"lang"`
	Kind       *string    `json:"kind"`
	Value      *string    `json:"value"`
	Unit       *string    `json:"unit"`
	Source     *string    `json:"source"`
	ValidFrom  *time.Time `json:"valid_from"`
	ValidUntil *time.Time `json:"valid_until"`
	Tags       []string   `json:"tags"`
}

func (in factInput) apply(f *brand.Fact) *Error {
	set := func(dst *string, src *string) {
		if src != nil {
			*dst = strings.TrimSpace(*src)
		}
	}
	set(&f.Key, in.Key)
	set(&f.Text, in.Text)
	set(&f.Lang, in.Lang)
	set(&f.Value, in.Value)
	set(&f.Unit, in.Unit)
	set(&f.Source, in.Source)
	if in.Kind != nil {
		f.Kind = brand.FactKind(*in.Kind)
	}
	if in.ValidFrom != nil {
		f.ValidFrom = in.ValidFrom
	}
	if in.ValidUntil != nil {
		f.ValidUntil = in.ValidUntil
	}
	if in.Tags != nil {
		f.Tags = in.Tags
	}
	f.Key = slugify(f.Key)
	switch {
	case f.Text == "":
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"text", "required"}}
	case !f.Kind.Valid():
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"kind", "unknown kind " + string(f.Kind)}}
	case f.Kind != brand.KindNone && f.Value == "":
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"value", "required when kind is set"}}
	case f.ValidFrom != nil && f.ValidUntil != nil && f.ValidUntil.Before(*f.ValidFrom):
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{"valid_until", "before valid_from"}}
	}
	return nil
}

func (c *Ctx) apiFactCreate() error {
	var in factInput
	if err := c.decode(&in); err != nil {
		return err
	}
	f := brand.Fact{BrandID: c.Brand.ID}
	if e := in.apply(&f); e != nil {
		return e
	}
	if f.Lang == "" && len(c.Brand.Languages) > 0 {
		f.Lang = c.Brand.Languages[0]
	}
	if f.Key == "" {
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
		return &Error{Status: http.StatusConflict, Key: "api.field", Args: []any{"key", c.T("facts.err_key_taken")}}
	}
	if err != nil {
		return fmt.Errorf("web: api: creating fact: %w", err)
	}
	return c.JSON(http.StatusCreated, c.toAPIFact(f))
}

func (c *Ctx) apiFactUpdate() error {
	before, err := c.fact()
	if err != nil {
		return err
	}
	var in factInput
	if err := c.decode(&in); err != nil {
		return err
	}
	f := before
	if e := in.apply(&f); e != nil {
		return e
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
		return &Error{Status: http.StatusConflict, Key: "api.field", Args: []any{"key", c.T("facts.err_key_taken")}}
	}
	if err != nil {
		return fmt.Errorf("web: api: updating fact %d: %w", f.ID, err)
	}
	return c.JSON(http.StatusOK, c.toAPIFact(f))
}

func (c *Ctx) apiFactExpire() error {
	f, err := c.fact()
	if err != nil {
		return err
	}
	if f.ExpiredAt == nil {
		at := c.s.now().UTC()
		before := f
		err = c.Tx(func(tx store.Store) error {
			if err := tx.ExpireFact(c.R.Context(), f.ID, at); err != nil {
				return err
			}
			f.ExpiredAt = &at
			return c.Audit(tx, "fact.expire", "fact", f.ID, before, f)
		})
		if err != nil {
			return fmt.Errorf("web: api: expiring fact %d: %w", f.ID, err)
		}
	}
	return c.JSON(http.StatusOK, c.toAPIFact(f))
}

// apiBrief is the wire form of a brief.
type apiBrief struct {
	ID          int64      `json:"id"`
	BrandID     int64      `json:"brand_id"`
	Key         string     `json:"key"`
	Title       string     `json:"title"`
	Objective   string     `json:"objective"`
	KeyMessages []string   `json:"key_messages"`
	FactKeys    []string   `json:"fact_keys"`
	Audience    string     `json:"audience"`
	Networks    []string   `json:"networks"`
	StartsOn    *time.Time `json:"starts_on,omitempty"`
	EndsOn      *time.Time `json:"ends_on,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
	UpdatedAt   time.Time  `json:"updated_at"`
}

func (c *Ctx) apiBriefList() error {
	bs, err := c.Store().ListBriefs(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: api: briefs of brand %d: %w", c.Brand.ID, err)
	}
	nz := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	out := make([]apiBrief, 0, len(bs))
	for _, b := range bs {
		nets := []string{}
		for _, n := range b.Networks {
			nets = append(nets, string(n))
		}
		out = append(out, apiBrief{ID: b.ID, BrandID: b.BrandID, Key: b.Key, Title: b.Title, Objective: b.Objective, KeyMessages: nz(b.KeyMessages), FactKeys: nz(b.FactKeys), Audience: b.Audience, Networks: nets, StartsOn: b.StartsOn, EndsOn: b.EndsOn, CreatedAt: b.CreatedAt, UpdatedAt: b.UpdatedAt})
	}
	return c.JSON(http.StatusOK, map[string]any{"briefs": out})
}

type apiFAQ struct {
	ID       int64  `json:"id"`
	BrandID  int64  `json:"brand_id"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Lang     string `json:"lang"`
}

func (c *Ctx) apiFAQList() error {
	es, err := c.Store().ListFAQ(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: api: FAQ of brand %d: %w", c.Brand.ID, err)
	}
	out := make([]apiFAQ, 0, len(es))
	for _, e := range es {
		out = append(out, apiFAQ{ID: e.ID, BrandID: e.BrandID, Question: e.Question, Answer: e.Answer, Lang: e.Lang})
	}
	return c.JSON(http.StatusOK, map[string]any{"faq": out})
}
