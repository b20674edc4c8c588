package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
)

func TestPagesRenderForEveryRole(t *testing.T) {
	f := newFixture(t)
	b := fmt.Sprintf("/brands/%d", f.brand.ID)
	pages := []string{"/", "/brands", b + "/facts", b + "/briefs", b + "/faq", b + "/accounts", "/members", "/audit", "/calendar", "/radar", "/results", "/audience"}
	for _, r := range brand.Roles {
		c := f.login(r)
		for _, lang := range Langs {
			c.lang = lang
			for _, p := range pages {
				res := c.get(p)
				if res.status != http.StatusOK {
					t.Errorf("%s %s GET %s: %d", r, lang, p, res.status)
					continue
				}
				// A key that falls through the catalogue shows as itself.
				for k := range f.srv.cat[defaultLang] {
					if strings.Contains(res.body, ">"+k+"<") || strings.Contains(res.body, "> "+k+" <") {
						t.Errorf("%s %s GET %s: raw key %q on the page", r, lang, p, k)
					}
				}
			}
		}
	}
	for _, p := range []string{b + "/edit", "/brands/new"} {
		if res := f.login(brand.RoleManager).get(p); res.status != http.StatusOK {
			t.Errorf("manager GET %s: %d", p, res.status)
		}
		if res := f.login(brand.RoleEditor).get(p); res.status != http.StatusForbidden {
			t.Errorf("editor GET %s: %d, want 403", p, res.status)
		}
	}
}

func TestBriefsFAQAccounts(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	b := fmt.Sprintf("/brands/%d", f.brand.ID)
	ed := f.login(brand.RoleEditor)

	r := ed.post(b+"/briefs", b+"/briefs", url.Values{"title": {"Les 30 ans"}, "objective": {"Faire venir le samedi"}, "key_messages": {"30 ans\n\nFête samedi"}, "fact_keys": {"fete-date, prix"}, "networks": {"instagram", "facebook"}, "starts_on": {"2026-09-01"}, "ends_on": {"2026-09-12"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("brief create: %d %s", r.status, r.body)
	}
	briefs, err := f.st.ListBriefs(ctx, f.brand.ID)
	must(t, err)
	if len(briefs) != 1 || briefs[0].Key != "les-30-ans" || len(briefs[0].KeyMessages) != 2 || len(briefs[0].Networks) != 2 || briefs[0].EndsOn == nil {
		t.Fatalf("stored brief: %+v", briefs)
	}
	if r := ed.post(b+"/briefs", b+"/briefs", url.Values{"title": {"x"}, "networks": {"myspace"}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("brief with an unknown network: %d", r.status)
	}
	if r := ed.post(b+"/briefs", b+"/briefs", url.Values{"title": {"y"}, "starts_on": {"2026-09-12"}, "ends_on": {"2026-09-01"}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("brief ending before it starts: %d", r.status)
	}
	bp := fmt.Sprintf("%s/briefs/%d", b, briefs[0].ID)
	if r := ed.post(bp+"/edit", bp, url.Values{"title": {"Les 30 ans !"}, "key": {"les-30-ans"}}); r.status != http.StatusSeeOther {
		t.Errorf("brief update: %d", r.status)
	}
	if r := ed.post(b+"/briefs", bp+"/delete", nil); r.status != http.StatusSeeOther {
		t.Errorf("brief delete: %d", r.status)
	}
	if briefs, _ := f.st.ListBriefs(ctx, f.brand.ID); len(briefs) != 0 {
		t.Errorf("brief not deleted: %+v", briefs)
	}

	if r := ed.post(b+"/faq", b+"/faq", url.Values{"question": {"Livrez-vous ?"}, "answer": {"Non, retrait en boutique."}}); r.status != http.StatusSeeOther {
		t.Fatalf("faq create: %d", r.status)
	}
	faq, err := f.st.ListFAQ(ctx, f.brand.ID)
	must(t, err)
	if len(faq) != 1 || faq[0].Lang != "fr" {
		t.Fatalf("stored FAQ: %+v", faq)
	}
	fp := fmt.Sprintf("%s/faq/%d", b, faq[0].ID)
	if r := ed.post(b+"/faq", fp, url.Values{"question": {"Livrez-vous à domicile ?"}, "answer": {"Non."}, "lang": {"fr"}}); r.status != http.StatusSeeOther {
		t.Errorf("faq update: %d", r.status)
	}
	// An entry ID used under another brand is not found.
	if r := f.login(brand.RoleOwner).post("/", fmt.Sprintf("/brands/%d/faq/%d/delete", f.other.ID, faq[0].ID), nil); r.status != http.StatusNotFound {
		t.Errorf("FAQ entry through a foreign brand: %d", r.status)
	}
	if r := ed.post(b+"/faq", fp+"/delete", nil); r.status != http.StatusSeeOther {
		t.Errorf("faq delete: %d", r.status)
	}

	if r := ed.post(b+"/accounts", b+"/accounts", url.Values{"network": {"instagram"}, "handle": {"@lumiere"}}); r.status != http.StatusForbidden {
		t.Errorf("editor adding an account: %d, want 403", r.status)
	}
	mg := f.login(brand.RoleManager)
	if r := mg.post(b+"/accounts", b+"/accounts", url.Values{"network": {"instagram"}, "handle": {"@lumiere"}, "audience_notes": {"25-45, locaux"}}); r.status != http.StatusSeeOther {
		t.Fatalf("account create: %d", r.status)
	}
	accts, err := f.st.ListAccounts(ctx, f.brand.ID)
	must(t, err)
	if len(accts) != 1 || accts[0].Handle != "@lumiere" {
		t.Fatalf("stored accounts: %+v", accts)
	}
	if r := mg.post(b+"/accounts", fmt.Sprintf("%s/accounts/%d/delete", b, accts[0].ID), nil); r.status != http.StatusSeeOther {
		t.Errorf("account delete: %d", r.status)
	}

	// Brand voice edit by a manager.
	if r := mg.post(b+"/edit", b, url.Values{"name": {"Boulangerie Test"}, "languages": {"fr, en"}, "voice": {"Chaleureux."}, "words_avoid": {"incroyable\nrévolutionnaire"}}); r.status != http.StatusSeeOther {
		t.Fatalf("brand update: %d %s", r.status, r.body)
	}
	got, err := f.st.GetBrand(ctx, f.brand.ID)
	must(t, err)
	if got.Voice != "Chaleureux." || len(got.WordsAvoid) != 2 || len(got.Languages) != 2 {
		t.Errorf("brand after update: %+v", got)
	}
	if r := mg.post("/brands/new", "/brands", url.Values{"name": {"Other"}, "slug": {"boulangerie-test"}, "languages": {"fr"}}); r.status != http.StatusConflict || !strings.Contains(r.body, "already uses") {
		t.Errorf("brand with a taken slug: %d", r.status)
	}

	audit, err := f.st.ListAudit(ctx, f.ws.ID, 100, 0)
	must(t, err)
	seen := map[string]bool{}
	for _, a := range audit {
		seen[a.Action] = true
	}
	for _, want := range []string{"brief.create", "brief.update", "brief.delete", "faq.create", "faq.update", "faq.delete", "account.create", "account.delete", "brand.update"} {
		if !seen[want] {
			t.Errorf("no audit entry %s", want)
		}
	}
}

func TestMembers(t *testing.T) { testMembers(t, newFixture(t)) }

func testMembers(t *testing.T, f *fixture) {
	ctx := context.Background()
	mg := f.login(brand.RoleManager)
	r := mg.post("/members", "/members", url.Values{"email": {"Nouveau@Example.test"}, "name": {"Nouveau"}, "role": {"editor"}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "temporary password") {
		t.Fatalf("adding a new person: %d", r.status)
	}
	pw := regexp.MustCompile(`<code class="secret">([^<]+)</code>`).FindStringSubmatch(r.body)
	if pw == nil {
		t.Fatal("temporary password not shown")
	}
	// The new person can log in with it and is an editor.
	c := f.client()
	if res := c.post("/login", "/login", url.Values{"email": {"nouveau@example.test"}, "password": {pw[1]}}); res.status != http.StatusSeeOther {
		t.Fatalf("new member login: %d", res.status)
	}
	u, err := f.st.GetUserByEmail(ctx, "nouveau@example.test")
	must(t, err)
	m, err := f.st.GetMembership(ctx, f.ws.ID, u.ID)
	must(t, err)
	if m.Role != brand.RoleEditor {
		t.Fatalf("role %s", m.Role)
	}
	if r := mg.post("/members", "/members", url.Values{"email": {"nouveau@example.test"}, "role": {"analyst"}}); r.status != http.StatusConflict {
		t.Errorf("adding an existing member: %d", r.status)
	}
	if r := mg.post("/members", fmt.Sprintf("/members/%d", u.ID), url.Values{"role": {"analyst"}}); r.status != http.StatusSeeOther {
		t.Errorf("changing a role: %d", r.status)
	}
	if r := mg.post("/members", fmt.Sprintf("/members/%d/delete", u.ID), nil); r.status != http.StatusSeeOther {
		t.Errorf("removing a member: %d", r.status)
	}
	if _, err := f.st.GetMembership(ctx, f.ws.ID, u.ID); err == nil {
		t.Error("member still there after removal")
	}
	// The removed person's session no longer reaches the workspace.
	if res := c.get("/members"); res.status == http.StatusOK && strings.Contains(res.body, "Boulangerie") {
		t.Error("removed member still sees the workspace")
	}
	owner := f.login(brand.RoleOwner)
	if r := owner.post("/members", fmt.Sprintf("/members/%d/delete", f.users[brand.RoleOwner].ID), nil); r.status != http.StatusConflict {
		t.Errorf("removing the last owner: %d, want 409", r.status)
	}
}

func TestWorkspaceSwitch(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	ws2 := brand.Workspace{Name: "Second Client", Slug: "second"}
	must(t, f.st.CreateWorkspace(ctx, &ws2))
	u := f.users[brand.RoleEditor]
	must(t, f.st.SetMembership(ctx, brand.Membership{WorkspaceID: ws2.ID, UserID: u.ID, Role: brand.RoleManager}))
	b2 := brand.Brand{WorkspaceID: ws2.ID, Name: "Client Two Brand", Slug: "two", Languages: []string{"en"}}
	must(t, f.st.CreateBrand(ctx, &b2))
	c := f.login(brand.RoleEditor)
	home := c.get("/")
	if !strings.Contains(home.body, "Boulangerie Test") || strings.Contains(home.body, "Client Two Brand") {
		t.Fatal("first workspace not shown by default")
	}
	if r := c.post("/", "/workspace", url.Values{"workspace": {fmt.Sprint(ws2.ID)}}); r.status != http.StatusSeeOther {
		t.Fatalf("switch: %d", r.status)
	}
	home = c.get("/")
	if !strings.Contains(home.body, "Client Two Brand") || strings.Contains(home.body, "Boulangerie Test") {
		t.Fatal("switch did not change the workspace")
	}
	// Roles follow the workspace: manager here, so brand creation works…
	if r := c.post("/brands/new", "/brands", url.Values{"name": {"New In Two"}, "languages": {"en"}}); r.status != http.StatusSeeOther {
		t.Errorf("manager in ws2 creating a brand: %d", r.status)
	}
	// …and a workspace the user is not in cannot be chosen.
	other, err := f.st.GetBrand(ctx, f.other.ID)
	must(t, err)
	if r := c.post("/", "/workspace", url.Values{"workspace": {fmt.Sprint(other.WorkspaceID)}}); r.status != http.StatusNotFound {
		t.Errorf("switch to a foreign workspace: %d", r.status)
	}
}

func TestChangePassword(t *testing.T) {
	f := newFixture(t)
	c := f.login(brand.RoleEditor)
	other := f.login(brand.RoleEditor) // another browser of the same person
	if r := c.get("/account"); r.status != http.StatusOK {
		t.Fatalf("account page: %d", r.status)
	}
	if r := c.post("/account", "/account/password", url.Values{"current": {"wrong"}, "new": {"a long new passphrase"}, "confirm": {"a long new passphrase"}}); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "not your current password") {
		t.Fatalf("wrong current password: %d", r.status)
	}
	if r := c.post("/account", "/account/password", url.Values{"current": {f.passwd}, "new": {"short"}, "confirm": {"short"}}); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("short password: %d", r.status)
	}
	if r := c.post("/account", "/account/password", url.Values{"current": {f.passwd}, "new": {"a long new passphrase"}, "confirm": {"another one entirely"}}); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("confirmation differs: %d", r.status)
	}
	if r := c.post("/account", "/account/password", url.Values{"current": {f.passwd}, "new": {"a long new passphrase"}, "confirm": {"a long new passphrase"}}); r.status != http.StatusSeeOther {
		t.Fatalf("change: %d %s", r.status, r.body)
	}
	// This browser stays logged in; the other one is logged out.
	if r := c.get("/"); r.status != http.StatusOK {
		t.Errorf("changing browser logged out: %d", r.status)
	}
	if r := other.get("/"); r.status != http.StatusSeeOther {
		t.Errorf("other session still alive after a password change: %d", r.status)
	}
	fresh := f.client()
	if r := fresh.post("/login", "/login", url.Values{"email": {f.users[brand.RoleEditor].Email}, "password": {f.passwd}}); r.status != http.StatusUnauthorized {
		t.Errorf("old password still accepted: %d", r.status)
	}
	if r := fresh.post("/login", "/login", url.Values{"email": {f.users[brand.RoleEditor].Email}, "password": {"a long new passphrase"}}); r.status != http.StatusSeeOther {
		t.Errorf("new password refused: %d", r.status)
	}
}
