package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

// Ctx is one request as a handler sees it, after the session, CSRF token
// and role have been checked.
type Ctx struct {
	W http.ResponseWriter
	R *http.Request

	// Lang is the UI language: the user's preference, else the language
	// cookie, else Accept-Language.
	Lang string
	// User is nil on Public routes when nobody is logged in.
	User *brand.User
	// Workspace is the workspace the request acts in and Role the user's
	// role there; Brand is set on routes with a {brand} wildcard.
	Workspace  *brand.Workspace
	Workspaces []brand.Workspace
	Role       brand.Role
	Brand      *brand.Brand

	s      *Server
	api    bool
	bearer bool   // authenticated with Authorization: Bearer (no cookie, no CSRF)
	token  string // session token (cookie or bearer)
	sid    string // secret the CSRF token derives from: the session's, or the anonymous cookie
}

// Store is the database.
func (c *Ctx) Store() store.Store { return c.s.store }

// T translates a message key into the request's language.
func (c *Ctx) T(key string, args ...any) string { return c.s.cat.T(c.Lang, key, args...) }

// Can reports whether the user's role in the current workspace is at least
// role; templates use it to hide what the handler would refuse anyway.
func (c *Ctx) Can(role string) bool { return c.Role.AtLeast(brand.Role(role)) }

// CSRF is the token forms put in their "csrf" field (and scripts in the
// X-CSRF-Token header).
func (c *Ctx) CSRF() string { return csrfToken(c.sid) }

// Path is the request path, for marking the current navigation entry.
func (c *Ctx) Path() string { return c.R.URL.Path }

// Error is a failure the user should see, with a message key.
type Error struct {
	Status int
	Key    string
	Args   []any
}

func (e *Error) Error() string { return fmt.Sprintf("web: %d %s %v", e.Status, e.Key, e.Args) }

// Page is what every template receives: the request (.C) and the page's
// own data (.D). Templates translate with {{.T "key"}} (or {{$.T "key"}}
// inside range).
type Page struct {
	C     *Ctx
	D     any
	Title string
	Flash string
}

// T translates in templates.
func (p Page) T(key string, args ...any) string { return p.C.T(key, args...) }

// Render writes a page with the layout. name is the template file under
// templates/ without .html, e.g. "core/facts".
func (c *Ctx) Render(status int, name, titleKey string, data any) error {
	t, ok := c.s.views.pages[name]
	if !ok {
		return fmt.Errorf("web: no template %q", name)
	}
	p := Page{C: c, D: data, Title: c.T(titleKey), Flash: c.takeFlash()}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "templates/"+name+".html", p); err != nil {
		return fmt.Errorf("web: rendering %s: %w", name, err)
	}
	h := c.W.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Language", c.Lang)
	h.Add("Vary", "Cookie, Accept-Language")
	c.W.WriteHeader(status)
	_, err := c.W.Write(buf.Bytes())
	return err
}

// JSON writes v as JSON.
func (c *Ctx) JSON(status int, v any) error {
	c.W.Header().Set("Content-Type", "application/json; charset=utf-8")
	c.W.Header().Set("Cache-Control", "no-store")
	c.W.WriteHeader(status)
	return json.NewEncoder(c.W).Encode(v)
}

// Redirect answers a form post with 303 See Other and a flash message key
// shown on the next page.
func (c *Ctx) Redirect(url, flashKey string) error {
	if flashKey != "" {
		c.setFlash(flashKey)
	}
	http.Redirect(c.W, c.R, url, http.StatusSeeOther)
	return nil
}

const flashCookie = "vigie_flash"

// flashKeyRE keeps the flash cookie to message keys: it is rendered
// through the catalogue, never echoed, so it cannot carry markup.
var flashKeyRE = regexp.MustCompile(`^[a-z0-9_.]{1,64}$`)

func (c *Ctx) setFlash(key string) {
	http.SetCookie(c.W, &http.Cookie{Name: flashCookie, Value: key, Path: "/", HttpOnly: true, Secure: c.s.secure, SameSite: http.SameSiteLaxMode, MaxAge: 60})
}

func (c *Ctx) takeFlash() string {
	ck, err := c.R.Cookie(flashCookie)
	if err != nil || !flashKeyRE.MatchString(ck.Value) {
		return ""
	}
	http.SetCookie(c.W, &http.Cookie{Name: flashCookie, Value: "", Path: "/", HttpOnly: true, Secure: c.s.secure, SameSite: http.SameSiteLaxMode, MaxAge: -1})
	return c.T(ck.Value)
}

// fail answers with err: an *Error as itself, a missing row as 404, and
// anything else as a logged 500 whose details stay on the server.
func (c *Ctx) fail(err error) {
	var e *Error
	switch {
	case errors.As(err, &e):
	case errors.Is(err, store.ErrNotFound):
		e = &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	default:
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			e = &Error{Status: http.StatusRequestEntityTooLarge, Key: "error.too_large"}
			break
		}
		c.s.log.Error("web: request failed", "method", c.R.Method, "path", c.R.URL.Path, "err", err)
		e = &Error{Status: http.StatusInternalServerError, Key: "error.internal"}
	}
	if c.Lang == "" {
		c.Lang = c.s.pickLang(c)
	}
	msg := c.T(e.Key, e.Args...)
	if c.api || strings.HasPrefix(c.R.Header.Get("Accept"), "application/json") {
		_ = c.JSON(e.Status, map[string]string{"error": msg})
		return
	}
	if rerr := c.Render(e.Status, "core/error", "error.title", msg); rerr != nil {
		c.s.log.Error("web: rendering error page", "err", rerr)
		http.Error(c.W, msg, e.Status)
	}
}

// ID parses a numeric path wildcard; a malformed one is a 404.
func (c *Ctx) ID(name string) (int64, error) {
	id, err := strconv.ParseInt(c.R.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	return id, nil
}

func (c *Ctx) brandByID(raw string) (brand.Brand, error) {
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return brand.Brand{}, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	b, err := c.s.store.GetBrand(c.R.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return b, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	if err != nil {
		return b, fmt.Errorf("web: brand %d: %w", id, err)
	}
	return b, nil
}

// Audit records, through st (the store or the transaction the change was
// made in), a change by the current user in the current workspace; before
// and after are stored as JSON (nil for none).
func (c *Ctx) Audit(st store.Store, action, entity string, entityID int64, before, after any) error {
	enc := func(v any) (string, error) {
		if v == nil {
			return "", nil
		}
		b, err := json.Marshal(v)
		return string(b), err
	}
	b, err := enc(before)
	if err != nil {
		return fmt.Errorf("web: audit %s: %w", action, err)
	}
	a, err := enc(after)
	if err != nil {
		return fmt.Errorf("web: audit %s: %w", action, err)
	}
	e := &brand.AuditEntry{Action: action, Entity: entity, EntityID: entityID, Before: b, After: a, At: c.s.now().UTC()}
	if c.Workspace != nil {
		e.WorkspaceID = c.Workspace.ID
	}
	if c.User != nil {
		uid := c.User.ID
		e.UserID = &uid
		e.Actor = c.User.Name
		if e.Actor == "" {
			e.Actor = c.User.Email
		}
	}
	if err := st.AppendAudit(c.R.Context(), e); err != nil {
		return fmt.Errorf("web: audit %s: %w", action, err)
	}
	return nil
}

// Tx runs fn in one transaction; handlers that change data write the
// change and its audit entry in it, so both land or neither does.
func (c *Ctx) Tx(fn func(tx store.Store) error) error {
	return c.s.store.InTx(c.R.Context(), fn)
}
