package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/vigie-cm/vigie/internal/auth/password"
	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

const (
	sessionCookie = "vigie_session"
	// anonCookie gives a visitor who is not logged in a secret for the
	// CSRF token of the login and language forms.
	anonCookie = "vigie_anon"
	langCookie = "vigie_lang"
)

// newToken returns 32 random bytes, URL-safe.
func newToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}

// csrfToken derives the form token from the session (or anonymous) secret.
// Another site cannot read the HttpOnly cookie, so it cannot compute the
// token; a new login gets a new token.
func csrfToken(secret string) string {
	if secret == "" {
		return ""
	}
	sum := sha256.Sum256([]byte("vigie-csrf:" + secret))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

func (s *Server) cookie(name, value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge, HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteLaxMode}
}

// authenticate finds the user from the session cookie or, on the API, a
// bearer token. No credentials is not an error here: the route decides.
func (s *Server) authenticate(c *Ctx) error {
	tok := ""
	if c.api {
		if h := c.R.Header.Get("Authorization"); h != "" {
			scheme, t, ok := strings.Cut(h, " ")
			if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(t) == "" {
				return &Error{Status: http.StatusUnauthorized, Key: "error.bad_token"}
			}
			tok, c.bearer = strings.TrimSpace(t), true
		}
	}
	if tok == "" {
		if ck, err := c.R.Cookie(sessionCookie); err == nil {
			tok = ck.Value
		}
	}
	if tok != "" {
		u, secret, err := s.sessionUser(c, tok)
		if err != nil {
			return err
		}
		if u != nil {
			c.User, c.token, c.sid = u, tok, secret
			return nil
		}
		if c.bearer {
			return &Error{Status: http.StatusUnauthorized, Key: "error.bad_token"}
		}
		// A stale cookie: forget it and carry on as a visitor.
		http.SetCookie(c.W, s.cookie(sessionCookie, "", -1))
	}
	if ck, err := c.R.Cookie(anonCookie); err == nil && len(ck.Value) >= 32 {
		c.sid = ck.Value
	} else if !c.api {
		c.sid = newToken()
		http.SetCookie(c.W, s.cookie(anonCookie, c.sid, 0))
	}
	return nil
}

// sessionUser returns the user of a live session and the session's CSRF
// secret, or nil when the token is unknown or expired. A session in use is
// extended (sliding expiry), at most once an hour to spare the database.
func (s *Server) sessionUser(c *Ctx, tok string) (*brand.User, string, error) {
	ctx := c.R.Context()
	sess, err := s.store.GetSession(ctx, tok)
	if errors.Is(err, store.ErrNotFound) {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", fmt.Errorf("web: reading session: %w", err)
	}
	now := s.now()
	if !now.Before(sess.ExpiresAt) {
		return nil, "", nil
	}
	u, err := s.store.GetUser(ctx, sess.UserID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", fmt.Errorf("web: session user %d: %w", sess.UserID, err)
	}
	if exp := now.Add(s.ttl); exp.Sub(sess.ExpiresAt) > time.Hour {
		if err := s.store.TouchSession(ctx, tok, exp.UTC()); err != nil {
			s.log.Warn("web: extending session", "user", u.ID, "err", err)
		} else if !c.bearer {
			http.SetCookie(c.W, s.cookie(sessionCookie, tok, int(s.ttl/time.Second)))
		}
	}
	secret := sess.CSRFSecret
	if secret == "" {
		secret = tok
	}
	return &u, secret, nil
}

// checkCSRF accepts an unsafe request only with the token of its own
// session, from the form field "csrf" or the X-CSRF-Token header, and, when
// the browser says where the request comes from, only from this origin.
func (s *Server) checkCSRF(c *Ctx) bool {
	if origin := c.R.Header.Get("Origin"); origin != "" && origin != "null" {
		u, err := url.Parse(origin)
		if err != nil || u.Host != c.R.Host {
			return false
		}
	}
	want := csrfToken(c.sid)
	if want == "" {
		return false
	}
	got := c.R.Header.Get("X-CSRF-Token")
	if got == "" {
		got = c.R.PostFormValue("csrf")
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// pickLang: the user's preference, then the language cookie, then
// Accept-Language.
func (s *Server) pickLang(c *Ctx) string {
	if c.User != nil && supported(c.User.Lang) {
		return c.User.Lang
	}
	if ck, err := c.R.Cookie(langCookie); err == nil && supported(ck.Value) {
		return ck.Value
	}
	return negotiate(c.R.Header.Get("Accept-Language"))
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// startSession logs u in: a new token (never one the visitor brought, so a
// planted cookie cannot be fixated) and a cookie.
func (s *Server) startSession(c *Ctx, u brand.User) (string, time.Time, error) {
	tok := newToken()
	exp := s.now().Add(s.ttl)
	ua := c.R.UserAgent()
	if len(ua) > 200 {
		ua = ua[:200]
	}
	sess := &store.Session{UserID: u.ID, CSRFSecret: newToken(), UserAgent: ua, IP: clientIP(c.R), CreatedAt: s.now().UTC(), ExpiresAt: exp.UTC()}
	if err := s.store.CreateSession(c.R.Context(), tok, sess); err != nil {
		return "", exp, fmt.Errorf("web: creating session for user %d: %w", u.ID, err)
	}
	return tok, exp, nil
}

// checkPassword verifies an email and password under the rate limits. It
// takes as long for an unknown email as for a wrong password.
func (s *Server) checkPassword(c *Ctx, email, pw string) (brand.User, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	ip := clientIP(c.R)
	ctx := c.R.Context()
	if blocked, err := s.limited(ctx, ip, email); err != nil {
		return brand.User{}, err
	} else if blocked {
		return brand.User{}, &Error{Status: http.StatusTooManyRequests, Key: "login.rate_limited", Args: []any{int(limitWindow / time.Minute)}}
	}
	u, err := s.store.GetUserByEmail(ctx, email)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return u, fmt.Errorf("web: looking up user: %w", err)
	}
	hash := u.PasswordHash
	if err != nil || hash == "" {
		hash = dummyHash()
	}
	if perr := password.Verify(pw, hash); perr != nil || err != nil || u.PasswordHash == "" {
		s.recordAttempt(ctx, ip, email, false)
		return brand.User{}, &Error{Status: http.StatusUnauthorized, Key: "login.invalid"}
	}
	s.recordAttempt(ctx, ip, email, true)
	return u, nil
}

// dummyHash is verified against when the email is unknown, so that the
// response time does not tell which emails have accounts. It is made on
// first use: argon2id takes 64 MiB, which no process should pay at start
// (every vigie command imports this package).
var dummyHash = sync.OnceValue(func() string {
	h, err := password.Hash(newToken())
	if err != nil {
		panic(err)
	}
	return h
})

func (c *Ctx) loginForm() error {
	if c.User != nil {
		return c.Redirect(safeNext(c.R.URL.Query().Get("next")), "")
	}
	return c.Render(http.StatusOK, "core/login", "login.title", loginData{Next: safeNext(c.R.URL.Query().Get("next"))})
}

type loginData struct {
	Email, Next, Error string
}

func (c *Ctx) login() error {
	email, pw := c.R.PostFormValue("email"), c.R.PostFormValue("password")
	next := safeNext(c.R.PostFormValue("next"))
	u, err := c.s.checkPassword(c, email, pw)
	var e *Error
	if errors.As(err, &e) {
		return c.Render(e.Status, "core/login", "login.title", loginData{Email: email, Next: next, Error: c.T(e.Key, e.Args...)})
	}
	if err != nil {
		return err
	}
	tok, _, err := c.s.startSession(c, u)
	if err != nil {
		return err
	}
	http.SetCookie(c.W, c.s.cookie(sessionCookie, tok, int(c.s.ttl/time.Second)))
	http.SetCookie(c.W, c.s.cookie(anonCookie, "", -1))
	c.s.log.Info("web: login", "user", u.ID)
	return c.Redirect(next, "")
}

// safeNext keeps post-login redirects on this site: a path, never
// "//host" or "/\host", and no control characters (browsers drop tabs
// and newlines from URLs, which would turn "/\t/evil" into "//evil").
func safeNext(next string) string {
	if next == "" || next[0] != '/' || strings.HasPrefix(next, "//") || strings.ContainsRune(next, '\\') {
		return "/"
	}
	for _, r := range next {
		if r < 0x20 || r == 0x7f {
			return "/"
		}
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return "/"
	}
	return next
}

func (c *Ctx) logout() error {
	if c.token != "" && !c.bearer {
		if err := c.s.store.DeleteSession(c.R.Context(), c.token); err != nil && !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("web: deleting session: %w", err)
		}
	}
	http.SetCookie(c.W, c.s.cookie(sessionCookie, "", -1))
	return c.Redirect("/login", "login.logged_out")
}

// setLang stores the language on the user, or in a cookie for a visitor,
// and goes back to the page the switch was on.
func (c *Ctx) setLang() error {
	lang := c.R.PostFormValue("lang")
	if !supported(lang) {
		return &Error{Status: http.StatusBadRequest, Key: "error.bad_lang"}
	}
	if c.User != nil {
		u := *c.User
		u.Lang = lang
		if err := c.s.store.UpdateUser(c.R.Context(), u); err != nil {
			return fmt.Errorf("web: saving language of user %d: %w", u.ID, err)
		}
	}
	http.SetCookie(c.W, &http.Cookie{Name: langCookie, Value: lang, Path: "/", MaxAge: 365 * 24 * 3600, HttpOnly: true, Secure: c.s.secure, SameSite: http.SameSiteLaxMode})
	return c.Redirect(safeNext(c.R.PostFormValue("next")), "")
}

func (c *Ctx) switchWorkspace() error {
	id := c.R.PostFormValue("workspace")
	for _, w := range c.Workspaces {
		if fmt.Sprint(w.ID) == id {
			http.SetCookie(c.W, c.s.cookie(workspaceCookie, id, 365*24*3600))
			return c.Redirect("/", "")
		}
	}
	return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
}
