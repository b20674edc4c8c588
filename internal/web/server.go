package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

// Options configures the web app.
type Options struct {
	Store store.Store
	// Logger receives one line per request and every server-side error.
	// Nothing secret is logged: no passwords, tokens or cookies.
	Logger *slog.Logger
	// Secure sets the Secure flag on cookies; true when base_url is https.
	Secure  bool
	Version string
	// Health reports the state of the dependencies for /healthz.
	Health func(ctx context.Context) Health
	// Now is the clock; tests move it. Nil means time.Now.
	Now func() time.Time
	// SessionTTL is how long a login lasts without use; zero means 14 days.
	SessionTTL time.Duration
}

// Server is the web app: an http.Handler over the routing table.
type Server struct {
	store   store.Store
	log     *slog.Logger
	secure  bool
	version string
	health  func(ctx context.Context) Health
	now     func() time.Time
	ttl     time.Duration

	mux    *http.ServeMux
	cat    catalog
	views  *views
	assets *assets
}

// New builds the web app and checks its templates, catalogues and routes,
// so that a broken page fails at start, not when a user opens it.
func New(opts Options) (*Server, error) {
	if opts.Store == nil {
		return nil, errors.New("web: no store")
	}
	s := &Server{
		store:   opts.Store,
		log:     opts.Logger,
		secure:  opts.Secure,
		version: opts.Version,
		health:  opts.Health,
		now:     opts.Now,
		ttl:     opts.SessionTTL,
		mux:     http.NewServeMux(),
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.ttl == 0 {
		s.ttl = 14 * 24 * time.Hour
	}
	var err error
	if s.cat, err = loadCatalog(files); err != nil {
		return nil, err
	}
	if s.assets, err = loadAssets(files); err != nil {
		return nil, err
	}
	if s.views, err = loadViews(files, s.funcs()); err != nil {
		return nil, err
	}
	for _, rt := range routes {
		if err := s.handle(rt); err != nil {
			return nil, err
		}
	}
	// Any other GET gets the app's own 404 page, in the visitor's language.
	if err := s.handle(route{"GET /", Public, func(*Ctx) error {
		return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}}); err != nil {
		return nil, err
	}
	s.mux.HandleFunc("GET /static/{hash}/{name}", s.assets.serve)
	s.mux.HandleFunc("GET /healthz", s.healthz)
	return s, nil
}

func (s *Server) handle(rt route) error {
	if rt.role != Public && !rt.role.Valid() {
		return fmt.Errorf("web: route %q has no role: every route names the least role allowed, or Public", rt.pattern)
	}
	method, p, ok := strings.Cut(rt.pattern, " ")
	if !ok || method == "" {
		return fmt.Errorf("web: route %q has no method", rt.pattern)
	}
	api := strings.HasPrefix(p, "/api/")
	s.mux.HandleFunc(rt.pattern, func(w http.ResponseWriter, r *http.Request) {
		s.serve(w, r, rt, api)
	})
	return nil
}

// ServeHTTP adds the security headers every response carries, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := s.now()
	sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	h := sw.Header()
	// No inline script or style anywhere: user content that slips through
	// escaping still cannot run.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if s.secure {
		h.Set("Strict-Transport-Security", "max-age=31536000")
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("web: panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if !sw.wrote {
				http.Error(sw, "internal error", http.StatusInternalServerError)
			}
		}
		level := slog.LevelDebug
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.log.Log(r.Context(), level, "http", "method", r.Method, "path", r.URL.Path, "status", sw.status, "dur", s.now().Sub(start).Round(time.Microsecond))
	}()
	s.mux.ServeHTTP(sw, r)
}

type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// maxBody bounds form and JSON bodies; facts and briefs are short texts.
const maxBody = 1 << 20

// serve runs the checks every route gets — session, CSRF, role in the
// workspace or brand — and then the handler.
func (s *Server) serve(w http.ResponseWriter, r *http.Request, rt route, api bool) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	c := &Ctx{W: w, R: r, s: s, api: api}
	if err := s.authenticate(c); err != nil {
		c.fail(err)
		return
	}
	c.Lang = s.pickLang(c)
	// Cookies are what CSRF abuses: a bearer call carries none, and an API
	// call without a session acts for nobody (POST /api/v1/tokens checks a
	// password and sets no cookie), so only the rest must prove its origin.
	if unsafeMethod(r.Method) && !c.bearer && !(api && c.User == nil) {
		if !s.checkCSRF(c) {
			c.fail(&Error{Status: http.StatusForbidden, Key: "error.csrf"})
			return
		}
	}
	if rt.role != Public {
		if c.User == nil {
			if api {
				c.fail(&Error{Status: http.StatusUnauthorized, Key: "error.login_required"})
				return
			}
			next := r.URL.Path
			if r.Method != http.MethodGet {
				next = "/"
			}
			http.Redirect(w, r, "/login?next="+template.URLQueryEscaper(next), http.StatusSeeOther)
			return
		}
		if err := s.authorize(c, rt.role); err != nil {
			c.fail(err)
			return
		}
	}
	if err := rt.handle(c); err != nil {
		c.fail(err)
	}
}

func unsafeMethod(m string) bool {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// authorize loads the workspace the request acts in — the brand's when the
// route has {brand}, else the one the user chose — and checks the user's
// role there. A brand the user cannot see is a 404, not a 403, so that IDs
// do not leak which brands exist.
func (s *Server) authorize(c *Ctx, min brand.Role) error {
	ctx := c.R.Context()
	ws, err := s.store.ListWorkspacesForUser(ctx, c.User.ID)
	if err != nil {
		return fmt.Errorf("web: listing workspaces of user %d: %w", c.User.ID, err)
	}
	c.Workspaces = ws
	var wsID int64
	if id := c.R.PathValue("brand"); id != "" {
		b, err := c.brandByID(id)
		if err != nil {
			return err
		}
		c.Brand = &b
		wsID = b.WorkspaceID
	} else {
		wsID = s.chosenWorkspace(c, ws)
	}
	if wsID == 0 {
		// A user without a workspace can only reach pages for everyone.
		if min == brand.RoleAnalyst && c.Brand == nil {
			return nil
		}
		return &Error{Status: http.StatusForbidden, Key: "error.forbidden"}
	}
	m, err := s.store.GetMembership(ctx, wsID, c.User.ID)
	if errors.Is(err, store.ErrNotFound) {
		return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	if err != nil {
		return fmt.Errorf("web: membership of user %d in workspace %d: %w", c.User.ID, wsID, err)
	}
	for i := range ws {
		if ws[i].ID == wsID {
			c.Workspace = &ws[i]
		}
	}
	if c.Workspace == nil {
		w, err := s.store.GetWorkspace(ctx, wsID)
		if err != nil {
			return fmt.Errorf("web: workspace %d: %w", wsID, err)
		}
		c.Workspace = &w
	}
	c.Role = m.Role
	if !m.Role.AtLeast(min) {
		return &Error{Status: http.StatusForbidden, Key: "error.forbidden"}
	}
	return nil
}

// workspaceCookie remembers which workspace a member of several is looking
// at. It grants nothing: the membership is checked on every request.
const workspaceCookie = "vigie_ws"

func (s *Server) chosenWorkspace(c *Ctx, ws []brand.Workspace) int64 {
	if len(ws) == 0 {
		return 0
	}
	if ck, err := c.R.Cookie(workspaceCookie); err == nil {
		for _, w := range ws {
			if fmt.Sprint(w.ID) == ck.Value {
				return w.ID
			}
		}
	}
	return ws[0].ID
}

func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{
		"static": func(name string) (string, error) { return s.assets.url(name) },
		"date": func(t any) string {
			switch v := t.(type) {
			case time.Time:
				if v.IsZero() {
					return ""
				}
				return v.Format("2006-01-02")
			case *time.Time:
				if v == nil {
					return ""
				}
				return v.Format("2006-01-02")
			}
			return ""
		},
		"datetime": func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
		"join":     strings.Join,
		"roles":    func() []brand.Role { return brand.Roles },
		"networks": func() []brand.Network { return brand.Networks },
		"kinds":    func() []brand.FactKind { return brand.FactKinds },
		"langs":    func() []string { return Langs },
		"navFeatures": func() []string {
			return []string{"compose", "verify", "calendar", "inbox", "radar", "results", "audience"}
		},
		"brandTabs": func() []string {
			return []string{"facts", "briefs", "faq", "accounts", "voice", "inbox", "policy", "verify", "radar"}
		},
		"factForm": func(p Page, f brand.Fact, e formErrors) any {
			return struct {
				P Page
				F brand.Fact
				E formErrors
			}{p, f, e}
		},
		"briefForm": func(p Page, b brand.Brief, e formErrors) any {
			return struct {
				P Page
				B brand.Brief
				E formErrors
			}{p, b, e}
		},
		"hasNetwork": func(ns []brand.Network, n brand.Network) bool {
			for _, x := range ns {
				if x == n {
					return true
				}
			}
			return false
		},
	}
}
