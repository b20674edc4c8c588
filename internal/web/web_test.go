package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

func TestLoginLogout(t *testing.T) { testLoginLogout(t, newFixture(t)) }

func testLoginLogout(t *testing.T, f *fixture) {
	c := f.client()
	if r := c.get("/"); r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/login") {
		t.Fatalf("anonymous GET /: status %d, Location %q; want a redirect to /login", r.status, r.header.Get("Location"))
	}
	bad := c.post("/login", "/login", url.Values{"email": {f.users[brand.RoleEditor].Email}, "password": {"wrong"}})
	if bad.status != http.StatusUnauthorized || !strings.Contains(bad.body, "Wrong email or password") {
		t.Fatalf("wrong password: status %d, body lacks the message", bad.status)
	}
	unknown := c.post("/login", "/login", url.Values{"email": {"nobody@example.test"}, "password": {"x"}})
	if unknown.status != http.StatusUnauthorized || !strings.Contains(unknown.body, "Wrong email or password") {
		t.Fatalf("unknown email: status %d; it must look like a wrong password", unknown.status)
	}
	ok := c.post("/login", "/login", url.Values{"email": {"  Editor@Example.test "}, "password": {f.passwd}, "next": {"/brands"}})
	if ok.status != http.StatusSeeOther || ok.header.Get("Location") != "/brands" {
		t.Fatalf("good login: status %d, Location %q", ok.status, ok.header.Get("Location"))
	}
	var session *http.Cookie
	for _, ck := range (&http.Response{Header: ok.header}).Cookies() {
		if ck.Name == sessionCookie {
			session = ck
		}
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode || session.Secure {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Lax, not Secure over http", session)
	}
	if r := c.get("/"); r.status != http.StatusOK || !strings.Contains(r.body, "Boulangerie Test") {
		t.Fatalf("dashboard after login: status %d", r.status)
	}
	if r := c.get("/brands"); strings.Contains(r.body, "Secret Brand") {
		t.Fatal("brand list shows a brand of a workspace the user does not belong to")
	}
	out := c.post("/", "/logout", nil)
	if out.status != http.StatusSeeOther || out.header.Get("Location") != "/login" {
		t.Fatalf("logout: status %d", out.status)
	}
	// The old cookie must be dead on the server, not only in this jar.
	c2 := f.client()
	u, _ := url.Parse(f.ts.URL)
	c2.hc.Jar.SetCookies(u, []*http.Cookie{{Name: sessionCookie, Value: session.Value}})
	if r := c2.get("/"); r.status != http.StatusSeeOther {
		t.Fatalf("replayed session cookie after logout: status %d, want a redirect to /login", r.status)
	}
}

func TestOpenRedirectRefused(t *testing.T) {
	for in, want := range map[string]string{"/brands": "/brands", "//evil.example": "/", "https://evil.example": "/", "/\\evil": "/", "": "/"} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSRF(t *testing.T) {
	f := newFixture(t)
	c := f.login(brand.RoleEditor)
	facts := fmt.Sprintf("/brands/%d/facts", f.brand.ID)
	form := url.Values{"text": {"Ouvert le dimanche."}}
	if r := c.do("POST", facts, form, nil); r.status != http.StatusForbidden {
		t.Fatalf("POST without token: status %d, want 403", r.status)
	}
	bad := url.Values{"text": {"Ouvert le dimanche."}, "csrf": {"forged"}}
	if r := c.do("POST", facts, bad, nil); r.status != http.StatusForbidden {
		t.Fatalf("POST with a forged token: status %d, want 403", r.status)
	}
	// Another user's valid token is not this session's token.
	other := f.login(brand.RoleManager)
	stolen := url.Values{"text": {"x"}, "csrf": {other.csrf(facts)}}
	if r := c.do("POST", facts, stolen, nil); r.status != http.StatusForbidden {
		t.Fatalf("POST with another session's token: status %d, want 403", r.status)
	}
	good := url.Values{"text": {"Ouvert le dimanche."}, "csrf": {c.csrf(facts)}}
	if r := c.do("POST", facts, good, map[string]string{"Origin": "https://evil.example"}); r.status != http.StatusForbidden {
		t.Fatalf("cross-origin POST with a valid token: status %d, want 403", r.status)
	}
	if r := c.do("POST", facts, good, nil); r.status != http.StatusSeeOther {
		t.Fatalf("POST with the token: status %d, want 303", r.status)
	}
	// The login form is protected too (login CSRF).
	anon := f.client()
	if r := anon.do("POST", "/login", url.Values{"email": {f.users[brand.RoleOwner].Email}, "password": {f.passwd}}, nil); r.status != http.StatusForbidden {
		t.Fatalf("login without token: status %d, want 403", r.status)
	}
	// The same checks cover PUT, PATCH and DELETE on the API.
	for _, m := range []string{"PATCH", "DELETE", "PUT"} {
		r := c.do(m, fmt.Sprintf("/api/v1/brands/%d/facts/1", f.brand.ID), nil, nil)
		if r.status != http.StatusForbidden && r.status != http.StatusMethodNotAllowed {
			t.Errorf("%s without token: status %d", m, r.status)
		}
	}
}

func TestRolesEnforced(t *testing.T) {
	f := newFixture(t)
	facts := fmt.Sprintf("/brands/%d/facts", f.brand.ID)
	cases := []struct {
		role brand.Role
		path string
		form url.Values
		want int
	}{
		{brand.RoleAnalyst, facts, url.Values{"text": {"a"}}, http.StatusForbidden},
		{brand.RoleReviewer, facts, url.Values{"text": {"a"}}, http.StatusForbidden},
		{brand.RoleEditor, facts, url.Values{"text": {"b"}}, http.StatusSeeOther},
		{brand.RoleEditor, "/brands", url.Values{"name": {"Editor Brand"}, "languages": {"fr"}}, http.StatusForbidden},
		{brand.RoleManager, "/brands", url.Values{"name": {"Manager Brand"}, "languages": {"fr"}}, http.StatusSeeOther},
		{brand.RoleEditor, "/members", url.Values{"email": {"x@example.test"}, "role": {"analyst"}}, http.StatusForbidden},
		{brand.RoleManager, "/members", url.Values{"email": {"new@example.test"}, "role": {"owner"}}, http.StatusUnprocessableEntity},
		{brand.RoleManager, fmt.Sprintf("/members/%d", f.users[brand.RoleOwner].ID), url.Values{"role": {"analyst"}}, http.StatusForbidden},
		{brand.RoleOwner, fmt.Sprintf("/members/%d", f.users[brand.RoleOwner].ID), url.Values{"role": {"analyst"}}, http.StatusConflict},
		{brand.RoleOwner, fmt.Sprintf("/brands/%d/facts", f.other.ID), url.Values{"text": {"c"}}, http.StatusNotFound},
	}
	for _, tc := range cases {
		c := f.login(tc.role)
		if r := c.post("/", tc.path, tc.form); r.status != tc.want {
			t.Errorf("%s POST %s: status %d, want %d", tc.role, tc.path, r.status, tc.want)
		}
	}
	// Reads: every role reads the fact sheet; only editors see the form.
	for _, r := range brand.Roles {
		res := f.login(r).get(facts)
		if res.status != http.StatusOK {
			t.Errorf("%s GET facts: status %d", r, res.status)
		}
		hasForm := strings.Contains(res.body, `id="fact-form"`)
		if want := r.AtLeast(brand.RoleEditor); hasForm != want {
			t.Errorf("%s: fact form shown = %v, want %v", r, hasForm, want)
		}
	}
	if r := f.login(brand.RoleOwner).get(fmt.Sprintf("/brands/%d/facts", f.other.ID)); r.status != http.StatusNotFound {
		t.Errorf("brand of another workspace: status %d, want 404", r.status)
	}
	// Every route in the table names a role (New refuses otherwise).
	for _, rt := range routes {
		if rt.role != Public && !rt.role.Valid() {
			t.Errorf("route %s has no role", rt.pattern)
		}
	}
}

func TestFactLifecycleAndAudit(t *testing.T) { testFactLifecycleAndAudit(t, newFixture(t)) }

func testFactLifecycleAndAudit(t *testing.T, f *fixture) {
	c := f.login(brand.RoleEditor)
	facts := fmt.Sprintf("/brands/%d/facts", f.brand.ID)
	r := c.post(facts, facts, url.Values{"text": {"Le pain au levain coûte 4,20 €."}, "kind": {"price"}, "value": {"4.20"}, "unit": {"EUR"}, "tags": {"#pain, prix"}, "valid_from": {"2026-01-01"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("create: status %d: %s", r.status, r.body)
	}
	list, err := f.st.ListFacts(context.Background(), f.brand.ID, store.FactFilter{IncludeExpired: true})
	must(t, err)
	if len(list) != 1 || list[0].Kind != brand.KindPrice || list[0].Value != "4.20" || strings.Join(list[0].Tags, ",") != "pain,prix" || list[0].Key == "" {
		t.Fatalf("stored fact: %+v", list)
	}
	fact := list[0]
	// Structured kinds need a value; the form comes back with the error.
	if r := c.post(facts, facts, url.Values{"text": {"Un prix sans valeur"}, "kind": {"price"}}); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "needs its value") {
		t.Errorf("kind without value: status %d", r.status)
	}
	// Search finds it, a miss does not.
	if r := c.get(facts + "?q=levain"); !strings.Contains(r.body, "4,20") {
		t.Error("search for a word of the fact did not find it")
	}
	if r := c.get(facts + "?q=croissant"); strings.Contains(r.body, "4,20") {
		t.Error("search for an absent word found the fact")
	}
	// In force on a day before valid_from: not listed; on the first day: listed.
	if r := c.get(facts + "?at=2025-12-31"); strings.Contains(r.body, "4,20") {
		t.Error("fact listed as in force before its validity starts")
	}
	if r := c.get(facts + "?at=2026-01-01"); !strings.Contains(r.body, "4,20") {
		t.Error("fact not listed as in force on its first day")
	}
	edit := fmt.Sprintf("%s/%d", facts, fact.ID)
	if r := c.post(edit+"/edit", edit, url.Values{"text": {"Le pain au levain coûte 4,50 €."}, "kind": {"price"}, "value": {"4.50"}, "unit": {"EUR"}}); r.status != http.StatusSeeOther {
		t.Fatalf("update: status %d", r.status)
	}
	if r := c.post(facts, edit+"/expire", nil); r.status != http.StatusSeeOther {
		t.Fatalf("expire: status %d", r.status)
	}
	got, err := f.st.GetFact(context.Background(), fact.ID)
	must(t, err)
	if got.Value != "4.50" || got.ExpiredAt == nil {
		t.Fatalf("after update and expire: %+v", got)
	}
	if r := c.get(facts); strings.Contains(r.body, "4,50") {
		t.Error("expired fact listed without asking for expired facts")
	}
	if r := c.get(facts + "?expired=1"); !strings.Contains(r.body, "4,50") {
		t.Error("expired fact missing when asked for")
	}
	audit, err := f.st.ListAudit(context.Background(), f.ws.ID, 10, 0)
	must(t, err)
	var actions []string
	for _, a := range audit {
		actions = append(actions, a.Action)
		if a.Action == "fact.update" && (!strings.Contains(a.Before, "4.20") || !strings.Contains(a.After, "4.50")) {
			t.Errorf("fact.update audit lacks before/after: %q -> %q", a.Before, a.After)
		}
		if a.UserID == nil || *a.UserID != f.users[brand.RoleEditor].ID {
			t.Errorf("audit %s: user %v", a.Action, a.UserID)
		}
	}
	for _, want := range []string{"fact.create", "fact.update", "fact.expire"} {
		if !strings.Contains(strings.Join(actions, " "), want) {
			t.Errorf("audit log lacks %s: %v", want, actions)
		}
	}
	if r := f.login(brand.RoleAnalyst).get("/audit"); r.status != http.StatusOK || !strings.Contains(r.body, "fact.expire") {
		t.Errorf("audit page: status %d", r.status)
	}
}

func TestUserContentEscaped(t *testing.T) {
	f := newFixture(t)
	c := f.login(brand.RoleEditor)
	facts := fmt.Sprintf("/brands/%d/facts", f.brand.ID)
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>"'`
	if r := c.post(facts, facts, url.Values{"text": {evil}, "tags": {"<b>bold</b>"}, "source": {`"><svg onload=alert(3)>`}}); r.status != http.StatusSeeOther {
		t.Fatalf("create: status %d", r.status)
	}
	body := c.get(facts).body
	for _, raw := range []string{"<script>alert", "<img src=x", "<b>bold", "<svg onload"} {
		if strings.Contains(body, raw) {
			t.Errorf("page contains raw %q", raw)
		}
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("escaped fact text not shown")
	}
	// Names, voice, FAQ and audit entries are user content too.
	mg := f.login(brand.RoleManager)
	if r := mg.post("/brands/new", "/brands", url.Values{"name": {"<i>Evil</i> & Co"}, "languages": {"fr"}, "voice": {"<script>alert(4)</script>"}}); r.status != http.StatusSeeOther {
		t.Fatalf("brand create: %d", r.status)
	}
	if r := c.post(fmt.Sprintf("/brands/%d/faq", f.brand.ID), fmt.Sprintf("/brands/%d/faq", f.brand.ID), url.Values{"question": {"<svg/onload=alert(5)>?"}, "answer": {"<a href=javascript:alert(6)>x</a>"}}); r.status != http.StatusSeeOther {
		t.Fatalf("faq create: %d", r.status)
	}
	for _, p := range []string{"/", "/brands", fmt.Sprintf("/brands/%d/faq", f.brand.ID), "/audit"} {
		body := mg.get(p).body
		for _, raw := range []string{"<i>Evil", "<script>alert", "<svg/onload", "<a href=javascript", "<img src=x"} {
			if strings.Contains(body, raw) {
				t.Errorf("%s contains raw %q", p, raw)
			}
		}
	}
	if body := mg.get("/brands").body; !strings.Contains(body, "&lt;i&gt;Evil&lt;/i&gt; &amp; Co") {
		t.Error("brand name not shown escaped")
	}
}

func TestLoginRateLimited(t *testing.T) { testLoginRateLimited(t, newFixture(t)) }

func testLoginRateLimited(t *testing.T, f *fixture) {
	c := f.client()
	email := f.users[brand.RoleAnalyst].Email
	for i := 0; i < failsPerAccount; i++ {
		if r := c.post("/login", "/login", url.Values{"email": {email}, "password": {"nope"}}); r.status != http.StatusUnauthorized {
			t.Fatalf("failure %d: status %d", i+1, r.status)
		}
	}
	// Even the right password is refused now, with a clear message.
	r := c.post("/login", "/login", url.Values{"email": {email}, "password": {f.passwd}})
	if r.status != http.StatusTooManyRequests || !strings.Contains(r.body, "Too many failed attempts") {
		t.Fatalf("after %d failures: status %d", failsPerAccount, r.status)
	}
	// Another account from the same address is still fine (below the
	// per-address limit).
	f.login(brand.RoleOwner)
}

func TestLanguage(t *testing.T) {
	for _, tc := range []struct{ header, want string }{
		{"fr-FR,fr;q=0.9,en;q=0.8", "fr"},
		{"en-US,en;q=0.9", "en"},
		{"de-DE,de;q=0.9,fr;q=0.5", "fr"},
		{"en;q=0.4, fr-CA;q=0.8", "fr"},
		{"de", defaultLang},
		{"", defaultLang},
		{"fr;q=abc, en;q=0.1", "en"},
	} {
		if got := negotiate(tc.header); got != tc.want {
			t.Errorf("negotiate(%q) = %q, want %q", tc.header, got, tc.want)
		}
	}
	f := newFixture(t)
	c := f.client()
	c.lang = "fr-FR,fr;q=0.9"
	if r := c.get("/login"); !strings.Contains(r.body, "Connexion à Vigie") || !strings.Contains(r.body, `lang="fr"`) {
		t.Fatal("/login with Accept-Language fr is not in French")
	}
	c.lang = "en-GB"
	if r := c.get("/login"); !strings.Contains(r.body, "Log in to Vigie") {
		t.Fatal("/login with Accept-Language en is not in English")
	}
	// The switch sets a cookie for a visitor…
	if r := c.post("/login", "/lang", url.Values{"lang": {"fr"}, "next": {"/login"}}); r.status != http.StatusSeeOther {
		t.Fatalf("lang switch: status %d", r.status)
	}
	if r := c.get("/login"); !strings.Contains(r.body, "Connexion à Vigie") {
		t.Fatal("language switch ignored for a visitor")
	}
	// …and is stored on the user, winning over Accept-Language.
	u := f.login(brand.RoleEditor)
	u.lang = "fr"
	if r := u.get("/"); !strings.Contains(r.body, "Tableau de bord") {
		t.Fatal("dashboard not in French for Accept-Language fr")
	}
	if r := u.post("/", "/lang", url.Values{"lang": {"en"}, "next": {"/"}}); r.status != http.StatusSeeOther {
		t.Fatalf("lang switch: status %d", r.status)
	}
	got, err := f.st.GetUser(context.Background(), f.users[brand.RoleEditor].ID)
	must(t, err)
	if got.Lang != "en" {
		t.Fatalf("user language = %q, want en", got.Lang)
	}
	if r := u.get("/"); !strings.Contains(r.body, "Dashboard") {
		t.Fatal("user preference en not applied over Accept-Language fr")
	}
	if r := u.post("/", "/lang", url.Values{"lang": {"xx"}}); r.status != http.StatusBadRequest {
		t.Errorf("unknown language: status %d", r.status)
	}
}

// TestCatalogue checks that every key the templates and handlers use is
// translated, so that no page shows a raw key.
func TestCatalogue(t *testing.T) {
	cat, err := loadCatalog(files)
	must(t, err)
	keyRE := regexp.MustCompile(`(?:\.T|c\.T|Key:)\s*\(?"([a-z][a-z0-9_]*\.[a-z0-9_.]+)"`)
	seen := map[string]bool{}
	_ = fs.WalkDir(files, "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := fs.ReadFile(files, p)
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			seen[m[1]] = true
		}
		return nil
	})
	dynamic := map[string][]string{}
	for _, k := range brand.FactKinds {
		dynamic["kind"] = append(dynamic["kind"], "kind."+string(k))
	}
	for _, r := range brand.Roles {
		dynamic["role"] = append(dynamic["role"], "role."+string(r), "role."+string(r)+".help")
	}
	fns := (&Server{}).funcs()
	for _, n := range fns["navFeatures"].(func() []string)() {
		dynamic["nav"] = append(dynamic["nav"], "nav."+n)
	}
	for _, n := range fns["brandTabs"].(func() []string)() {
		dynamic["tab"] = append(dynamic["tab"], "tab."+n)
	}
	for _, ks := range dynamic {
		for _, k := range ks {
			seen[k] = true
		}
	}
	if len(seen) < 50 {
		t.Fatalf("found only %d keys: the scan is broken", len(seen))
	}
	for k := range seen {
		for _, lang := range Langs {
			if _, ok := cat[lang][k]; !ok {
				t.Errorf("%s lacks %q", lang, k)
			}
		}
	}
	if got := cat.T("en", "members.new_password", "a@b"); !strings.Contains(got, "a@b") {
		t.Errorf("placeholder not filled: %q", got)
	}
	if got := cat.T("fr", "no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key: %q", got)
	}
}

func TestSecurityHeadersAndStatic(t *testing.T) {
	f := newFixture(t)
	r := f.client().get("/login")
	for h, want := range map[string]string{
		"Content-Security-Policy": "script-src 'self'",
		"X-Frame-Options":         "DENY",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "same-origin",
	} {
		if !strings.Contains(r.header.Get(h), want) {
			t.Errorf("%s = %q, want it to contain %q", h, r.header.Get(h), want)
		}
	}
	if !strings.Contains(r.header.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
		t.Error("CSP lacks frame-ancestors")
	}
	if strings.Contains(r.body, "<script>") || strings.Contains(r.body, "style=") {
		t.Error("login page has an inline script or style, which the CSP would block")
	}
	m := regexp.MustCompile(`href="(/static/[0-9a-f]{12}/app\.css)"`).FindStringSubmatch(r.body)
	if m == nil {
		t.Fatal("no checksummed stylesheet link")
	}
	css := f.client().get(m[1])
	if css.status != http.StatusOK || !strings.Contains(css.header.Get("Cache-Control"), "immutable") || !strings.HasPrefix(css.header.Get("Content-Type"), "text/css") {
		t.Errorf("stylesheet: status %d, headers %v", css.status, css.header)
	}
	if r := f.client().get("/static/000000000000/nope.css"); r.status != http.StatusNotFound {
		t.Errorf("unknown static file: status %d", r.status)
	}
}

func TestHealthz(t *testing.T) {
	f := newFixture(t)
	r := f.client().get("/healthz")
	var h Health
	must(t, json.Unmarshal([]byte(r.body), &h))
	if r.status != http.StatusOK || h.Status != "ok" || h.DB != "sqlite" || h.Version != "test" {
		t.Fatalf("healthz: %d %+v", r.status, h)
	}
	f.st.Close()
	r = f.client().get("/healthz")
	if r.status != http.StatusServiceUnavailable {
		t.Fatalf("healthz with the database closed: status %d, want 503", r.status)
	}
}

func TestAPI(t *testing.T) { testAPI(t, newFixture(t)) }

func testAPI(t *testing.T, f *fixture) {
	anon := f.client()
	tok := anon.do("POST", "/api/v1/tokens", nil, nil)
	if tok.status != http.StatusBadRequest || !strings.Contains(tok.body, `"error"`) {
		t.Fatalf("token without body: %d %s", tok.status, tok.body)
	}
	apiDo := func(method, path, bearer, body string) (int, map[string]any) {
		t.Helper()
		req, err := http.NewRequest(method, f.ts.URL+path, strings.NewReader(body))
		must(t, err)
		req.Header.Set("Content-Type", "application/json")
		if bearer != "" {
			req.Header.Set("Authorization", "Bearer "+bearer)
		}
		res, err := http.DefaultClient.Do(req)
		must(t, err)
		defer res.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
			t.Fatalf("%s %s: body is not JSON: %v", method, path, err)
		}
		return res.StatusCode, out
	}
	st, out := apiDo("POST", "/api/v1/tokens", "", fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleEditor].Email, f.passwd))
	if st != http.StatusCreated || out["token"] == "" {
		t.Fatalf("token: %d %v", st, out)
	}
	editor := out["token"].(string)
	if st, out := apiDo("GET", "/api/v1/brands", "", ""); st != http.StatusUnauthorized || out["error"] == nil {
		t.Fatalf("no credentials: %d %v", st, out)
	}
	if st, _ := apiDo("GET", "/api/v1/brands", "not-a-token", ""); st != http.StatusUnauthorized {
		t.Fatalf("bad token: %d", st)
	}
	st, out = apiDo("GET", "/api/v1/brands", editor, "")
	if st != http.StatusOK || len(out["brands"].([]any)) != 1 {
		t.Fatalf("brands: %d %v", st, out)
	}
	facts := fmt.Sprintf("/api/v1/brands/%d/facts", f.brand.ID)
	st, out = apiDo("POST", facts, editor, `{"text":"Fondée en 1996.","kind":"date","value":"1996","tags":["histoire"]}`)
	if st != http.StatusCreated || out["key"] == "" || out["active"] != true {
		t.Fatalf("create fact: %d %v", st, out)
	}
	id := int64(out["id"].(float64))
	if st, out := apiDo("POST", facts, editor, `{"txt":"typo"}`); st != http.StatusBadRequest || !strings.Contains(fmt.Sprint(out["error"]), "txt") {
		t.Fatalf("unknown field: %d %v", st, out)
	}
	if st, _ := apiDo("PATCH", fmt.Sprintf("%s/%d", facts, id), editor, `{"value":"1997","text":"Fondée en 1997."}`); st != http.StatusOK {
		t.Fatalf("patch: %d", st)
	}
	st, out = apiDo("GET", facts+"?q=1997", editor, "")
	if st != http.StatusOK || len(out["facts"].([]any)) != 1 {
		t.Fatalf("search: %d %v", st, out)
	}
	ctx := context.Background()
	must(t, f.st.CreateBrief(ctx, &brand.Brief{BrandID: f.brand.ID, Key: "rentree", Title: "Rentrée", KeyMessages: []string{"Nouveaux horaires"}, Networks: []brand.Network{brand.NetworkInstagram}}))
	must(t, f.st.CreateFAQ(ctx, &brand.FAQEntry{BrandID: f.brand.ID, Question: "Ouvert le lundi ?", Answer: "Non.", Lang: "fr"}))
	st, out = apiDo("GET", fmt.Sprintf("/api/v1/brands/%d/briefs", f.brand.ID), editor, "")
	if briefs, _ := out["briefs"].([]any); st != http.StatusOK || len(briefs) != 1 || briefs[0].(map[string]any)["key"] != "rentree" {
		t.Fatalf("briefs: %d %v", st, out)
	}
	st, out = apiDo("GET", fmt.Sprintf("/api/v1/brands/%d/faq", f.brand.ID), editor, "")
	if faq, _ := out["faq"].([]any); st != http.StatusOK || len(faq) != 1 || faq[0].(map[string]any)["answer"] != "Non." {
		t.Fatalf("faq: %d %v", st, out)
	}
	if st, _ := apiDo("GET", fmt.Sprintf("/api/v1/brands/%d/faq", f.other.ID), editor, ""); st != http.StatusNotFound {
		t.Fatalf("other workspace's FAQ: %d", st)
	}
	if st, _ := apiDo("GET", fmt.Sprintf("/api/v1/brands/%d/facts", f.other.ID), editor, ""); st != http.StatusNotFound {
		t.Fatalf("other workspace's brand: %d", st)
	}
	if st, _ := apiDo("POST", "/api/v1/brands", editor, `{"name":"X","languages":["fr"]}`); st != http.StatusForbidden {
		t.Fatalf("editor creating a brand: %d", st)
	}
	_, out = apiDo("POST", "/api/v1/tokens", "", fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[brand.RoleAnalyst].Email, f.passwd))
	analyst := out["token"].(string)
	if st, _ := apiDo("POST", facts, analyst, `{"text":"x"}`); st != http.StatusForbidden {
		t.Fatalf("analyst creating a fact: %d", st)
	}
	// A revoked token stops working.
	req, _ := http.NewRequest("DELETE", f.ts.URL+"/api/v1/tokens/current", nil)
	req.Header.Set("Authorization", "Bearer "+analyst)
	res, err := http.DefaultClient.Do(req)
	must(t, err)
	res.Body.Close()
	if res.StatusCode != http.StatusNoContent {
		t.Fatalf("revoking a token: %d", res.StatusCode)
	}
	if st, _ := apiDo("GET", "/api/v1/me", analyst, ""); st != http.StatusUnauthorized {
		t.Fatalf("revoked token still works: %d", st)
	}
	// With the session cookie instead of a token, unsafe calls need the
	// CSRF header.
	c := f.login(brand.RoleEditor)
	if r := c.do("POST", facts, nil, map[string]string{"Content-Type": "application/json"}); r.status != http.StatusForbidden {
		t.Fatalf("cookie POST without X-CSRF-Token: %d", r.status)
	}
	tokn := c.csrf("/")
	req, _ = http.NewRequest("POST", f.ts.URL+facts, strings.NewReader(`{"text":"Livraison gratuite dès 30 €."}`))
	req.Header.Set("X-CSRF-Token", tokn)
	res, err = c.hc.Do(req)
	must(t, err)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("cookie POST with X-CSRF-Token: %d", res.StatusCode)
	}
}

func TestSessionExpires(t *testing.T) {
	f := newFixture(t)
	c := f.login(brand.RoleEditor)
	if r := c.get("/"); r.status != http.StatusOK {
		t.Fatalf("fresh session: %d", r.status)
	}
	// Used after 13 days, the session slides forward…
	f.skew.Store(int64(13 * 24 * time.Hour))
	if r := c.get("/"); r.status != http.StatusOK {
		t.Fatalf("session used within its lifetime: %d", r.status)
	}
	// …so 13 more days later it is still alive, but 15 idle days end it.
	f.skew.Store(int64(26 * 24 * time.Hour))
	if r := c.get("/"); r.status != http.StatusOK {
		t.Fatalf("slid session: %d", r.status)
	}
	f.skew.Store(int64(42 * 24 * time.Hour))
	if r := c.get("/"); r.status != http.StatusSeeOther {
		t.Fatalf("session idle for 16 days: %d, want a redirect to /login", r.status)
	}
}

func TestNotFoundPage(t *testing.T) {
	f := newFixture(t)
	c := f.client()
	c.lang = "fr"
	r := c.get("/no/such/page")
	if r.status != http.StatusNotFound || !strings.Contains(r.body, "existe pas, ou vous ne pouvez pas la voir") || r.header.Get("Content-Security-Policy") == "" {
		t.Fatalf("unknown page: %d", r.status)
	}
	if r := f.login(brand.RoleEditor).get("/brands/999999/facts"); r.status != http.StatusNotFound {
		t.Fatalf("unknown brand: %d", r.status)
	}
}

func TestSecureCookiesBehindTLS(t *testing.T) {
	f := newFixture(t)
	srv, err := New(Options{Store: f.st, Secure: true, Version: "test"})
	must(t, err)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/login", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Strict-Transport-Security"), "max-age") {
		t.Fatalf("GET /login behind TLS: %d, HSTS %q", rec.Code, rec.Header().Get("Strict-Transport-Security"))
	}
	cookies := rec.Result().Cookies()
	if len(cookies) == 0 {
		t.Fatal("no cookie set on /login")
	}
	for _, ck := range cookies {
		if !ck.Secure || !ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode {
			t.Errorf("cookie %s: Secure=%v HttpOnly=%v SameSite=%v", ck.Name, ck.Secure, ck.HttpOnly, ck.SameSite)
		}
	}
}
