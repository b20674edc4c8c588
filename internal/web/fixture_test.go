package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/auth/password"
	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

// fixture is a real web server on a real SQLite store with one workspace,
// a brand, a user per role, and a second workspace the users do not
// belong to.
type fixture struct {
	t      *testing.T
	st     store.Store
	srv    *Server
	ts     *httptest.Server
	ws     brand.Workspace
	brand  brand.Brand
	other  brand.Brand // in a workspace nobody of ws belongs to
	users  map[brand.Role]brand.User
	passwd string
	// skew moves the server's clock forward (nanoseconds).
	skew atomic.Int64
}

// cheap argon2id parameters: the cost is argon2's, not what is tested.
var testParams = password.Params{Memory: 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	return newFixtureOn(t, storetest.SQLiteDSN(t))
}

// newFixtureOn is newFixture on the database dsn (SQLite or PostgreSQL).
func newFixtureOn(t *testing.T, dsn string) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{t: t, st: st, users: map[brand.Role]brand.User{}, passwd: "correct horse battery"}
	f.ws = brand.Workspace{Name: "Agence Test", Slug: "agence-test"}
	must(t, st.CreateWorkspace(ctx, &f.ws))
	hash, err := password.HashWith(f.passwd, testParams)
	must(t, err)
	for _, r := range brand.Roles {
		u := brand.User{Email: string(r) + "@example.test", Name: "Test " + string(r), PasswordHash: hash}
		must(t, st.CreateUser(ctx, &u))
		must(t, st.SetMembership(ctx, brand.Membership{WorkspaceID: f.ws.ID, UserID: u.ID, Role: r}))
		f.users[r] = u
	}
	f.brand = brand.Brand{WorkspaceID: f.ws.ID, Name: "Boulangerie Test", Slug: "boulangerie-test", Languages: []string{"fr"}}
	must(t, st.CreateBrand(ctx, &f.brand))
	otherWS := brand.Workspace{Name: "Other", Slug: "other"}
	must(t, st.CreateWorkspace(ctx, &otherWS))
	f.other = brand.Brand{WorkspaceID: otherWS.ID, Name: "Secret Brand", Slug: "secret", Languages: []string{"en"}}
	must(t, st.CreateBrand(ctx, &f.other))

	logger := slog.New(slog.DiscardHandler)
	if testing.Verbose() {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	now := func() time.Time { return time.Now().Add(time.Duration(f.skew.Load())) }
	f.srv, err = New(Options{Store: st, Logger: logger, Version: "test", Now: now})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	f.ts = httptest.NewServer(f.srv)
	t.Cleanup(f.ts.Close)
	return f
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// client is a browser-like HTTP client that keeps cookies and does not
// follow redirects, so tests see each 303.
type client struct {
	f  *fixture
	hc *http.Client
	// lang is sent as Accept-Language.
	lang string
}

func (f *fixture) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{f: f, hc: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
}

type resp struct {
	status int
	body   string
	header http.Header
}

func (c *client) do(method, path string, form url.Values, hdr map[string]string) resp {
	c.f.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, c.f.ts.URL+path, body)
	must(c.f.t, err)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if c.lang != "" {
		req.Header.Set("Accept-Language", c.lang)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	r, err := c.hc.Do(req)
	must(c.f.t, err)
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	must(c.f.t, err)
	return resp{status: r.StatusCode, body: string(b), header: r.Header}
}

func (c *client) get(path string) resp { return c.do("GET", path, nil, nil) }

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf reads the token from a page's form, as a browser would submit it.
func (c *client) csrf(path string) string {
	c.f.t.Helper()
	r := c.get(path)
	m := csrfRE.FindStringSubmatch(r.body)
	if m == nil {
		c.f.t.Fatalf("no csrf field on %s (status %d)", path, r.status)
	}
	return m[1]
}

// post submits form with the page's CSRF token taken from tokenFrom.
func (c *client) post(tokenFrom, path string, form url.Values) resp {
	c.f.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	form.Set("csrf", c.csrf(tokenFrom))
	return c.do("POST", path, form, nil)
}

// login returns a client logged in as the user with role r.
func (f *fixture) login(r brand.Role) *client {
	f.t.Helper()
	c := f.client()
	res := c.post("/login", "/login", url.Values{"email": {f.users[r].Email}, "password": {f.passwd}})
	if res.status != http.StatusSeeOther {
		f.t.Fatalf("login as %s: status %d: %s", r, res.status, res.body)
	}
	return c
}
