package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

// policyForm is a valid policy form; tests change what they need.
func policyForm() url.Values {
	return url.Values{"hide": {"hate", "scam", "spam"}, "flag": {"hate", "toxic", "harassment", "spam", "scam"}, "hide_min": {"0.5"},
		"spam_hide_min": {"0.9"}, "hide_threats": {"1"}, "escalate": {"1"}, "sla_hours": {"4"}, "repeat_hidden": {"3"},
		"repeat_days": {"30"}, "repeat_action": {"flag"}}
}

func testPolicyPage(t *testing.T, f *fixture) {
	page := fmt.Sprintf("/brands/%d/policy", f.brand.ID)
	an := f.login(brand.RoleAnalyst)
	r := an.get(page)
	if r.status != http.StatusOK || !strings.Contains(r.body, "uses the default policy") || !strings.Contains(r.body, `<fieldset class="policy-fields" disabled>`) ||
		!strings.Contains(r.body, `id="hide-hate" checked`) || strings.Contains(r.body, `id="hide-complaint"`) {
		t.Fatalf("analyst's view: %d %s", r.status, r.body)
	}
	if r := an.post(page, page, policyForm()); r.status != http.StatusForbidden {
		t.Errorf("analyst saving: %d", r.status)
	}
	mg := f.login(brand.RoleManager)
	if r := mg.do("POST", page, policyForm(), nil); r.status != http.StatusForbidden {
		t.Errorf("no CSRF token: %d", r.status)
	}
	// Every bad field is named; complaints can never be hidden; nothing
	// is stored.
	bad := policyForm()
	bad["hide"] = []string{"hate", "complaint"}
	bad.Set("hide_min", "2")
	bad.Set("sla_hours", "0")
	bad.Set("repeat_days", "abc")
	bad.Set("repeat_action", "ban")
	r = mg.post(page, page, bad)
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("bad policy: %d", r.status)
	}
	for _, want := range []string{"can never be hidden automatically", "greater than 0 and at most 1", "whole number of hours from 1 to 720",
		"whole number of days from 1 to 365", "Choose flagged or hidden", `value="2"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("bad policy page lacks %q", want)
		}
	}
	if _, err := f.st.(store.PolicyStore).GetModerationPolicy(context.Background(), f.brand.ID); err == nil {
		t.Fatal("a refused policy was stored")
	}
	// French messages too.
	mg.lang = "fr"
	if r := mg.post(page, page, bad); !strings.Contains(r.body, "ne peuvent jamais être masqués automatiquement") {
		t.Errorf("French refusal lacks its message")
	}
	mg.lang = ""

	// A policy that flags hate instead of hiding it, with a 1-hour SLA and
	// no escalation: saved, audited, and the import follows it.
	good := policyForm()
	good["hide"] = []string{"scam"}
	good.Set("sla_hours", "1")
	good.Del("escalate")
	if r := mg.post(page, page, good); r.status != http.StatusSeeOther {
		t.Fatalf("saving: %d %s", r.status, r.body)
	}
	sp, err := f.st.(store.PolicyStore).GetModerationPolicy(context.Background(), f.brand.ID)
	if err != nil || len(sp.Hide) != 1 || sp.SLAHours != 1 || sp.Escalate || sp.UpdatedBy == nil || *sp.UpdatedBy != f.users[brand.RoleManager].ID {
		t.Fatalf("stored %+v %v", sp, err)
	}
	if n := auditCount(t, f, "policy.update"); n != 1 {
		t.Errorf("%d policy.update entries", n)
	}
	if r := an.get(page); !strings.Contains(r.body, "has its own policy") || strings.Contains(r.body, `id="hide-hate" checked`) {
		t.Error("saved policy not shown")
	}
	inbox := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	old := time.Now().UTC().Add(-90 * time.Minute).Format(time.RFC3339)
	r = ed.post(inbox, inbox, url.Values{"data": {`{"id":"h1","text":"Les musulmans sont des cafards.","author_handle":"@t","received_at":"` + old + `"}`}})
	if !strings.Contains(r.body, `data-ext="h1" data-label="hate" data-hidden="false"`) || !strings.Contains(r.body, "data-inbox-flagged") ||
		!strings.Contains(r.body, "Unanswered for more than 1 h 00") || !strings.Contains(r.body, `id="inbox-overdue">1<`) {
		t.Errorf("import under the saved policy:\n%s", r.body)
	}
	// Reset: back to the default, audited.
	if r := mg.post(page, page+"/reset", nil); r.status != http.StatusSeeOther {
		t.Fatalf("reset: %d", r.status)
	}
	if _, err := f.st.(store.PolicyStore).GetModerationPolicy(context.Background(), f.brand.ID); err == nil || auditCount(t, f, "policy.reset") != 1 {
		t.Errorf("reset left %v", err)
	}
}

func TestInboxAuthorMarks(t *testing.T) { testInboxAuthorMarks(t, newFixture(t)) }

func TestPolicyPageRolesAndValidation(t *testing.T) { testPolicyPage(t, newFixture(t)) }

// TestPolicyAndAuthorsOnPostgres runs the policy and author scenarios on
// PostgreSQL too (skipped without it locally, required in CI).
func TestPolicyAndAuthorsOnPostgres(t *testing.T) {
	for name, fn := range map[string]func(*testing.T, *fixture){"policy": testPolicyPage, "authors": testInboxAuthorMarks} {
		t.Run(name, func(t *testing.T) { fn(t, newFixtureOn(t, storetest.PostgresDSN(t))) })
	}
}

func testInboxAuthorMarks(t *testing.T, f *fixture) {
	ctx := context.Background()
	inbox := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	ed.post(inbox, inbox, url.Values{"data": {`{"id":"a1","text":"Merci, super service !","author":"Star","author_handle":"@star","network":"instagram"}
{"id":"b1","text":"Les musulmans sont des cafards.","author_handle":"@troll","network":"instagram"}`}})
	ids := inboxIDs(t, f)
	an := f.login(brand.RoleAnalyst)
	if r := an.post(inbox, inbox+"/author", url.Values{"author_flag": {fmt.Sprintf("vip:%d", ids["a1"].ID)}}); r.status != http.StatusForbidden {
		t.Errorf("analyst marking an author: %d", r.status)
	}
	rv := f.login(brand.RoleReviewer)
	for _, bad := range []string{"king:1", fmt.Sprintf("vip:%d", ids["a1"].ID+1000), "vip:x"} {
		if r := rv.post(inbox, inbox+"/author", url.Values{"author_flag": {bad}}); r.status < 400 {
			t.Errorf("mark %q: %d", bad, r.status)
		}
	}
	r := rv.post(inbox, inbox+"/author", url.Values{"author_flag": {fmt.Sprintf("vip:%d", ids["a1"].ID)}, "label": {"praise"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != inbox+"?label=praise" {
		t.Fatalf("mark VIP: %d %s", r.status, r.header.Get("Location"))
	}
	a, err := f.st.(store.AuthorStore).GetAuthor(ctx, f.brand.ID, "instagram", "@star")
	if err != nil || a.Flag != "vip" || a.FlagBy == nil || *a.FlagBy != f.users[brand.RoleReviewer].ID || a.Comments != 1 {
		t.Fatalf("author %+v %v", a, err)
	}
	if n := auditCount(t, f, "author.flag"); n != 1 {
		t.Errorf("%d author.flag entries", n)
	}
	// The VIP's hateful comment is flagged, not hidden, and listed first;
	// the badge and history show, and the author filter keeps theirs.
	ed.post(inbox, inbox, url.Values{"data": {`{"id":"a2","text":"Les musulmans sont des cafards.","author":"Star","author_handle":"@star","network":"instagram"}`}})
	ids = inboxIDs(t, f)
	if c := ids["a2"]; c.Hidden || c.Action != "flag" || !strings.HasPrefix(c.Reason, "VIP author") {
		t.Fatalf("VIP's hateful comment: %+v", c)
	}
	if n := auditCount(t, f, "comment.autoflag"); n != 1 {
		t.Errorf("%d comment.autoflag entries", n)
	}
	page := ed.get(inbox).body
	first := strings.Index(page, `data-ext="a2"`)
	if first < 0 || first > strings.Index(page, `data-ext="b1"`) || !strings.Contains(page, `data-author-badge="vip"`) ||
		!strings.Contains(page, "Comments: 2 · hidden: 0 · hostile: 1") || !strings.Contains(page, "Why: VIP author") {
		t.Errorf("inbox page with a VIP:\n%s", page)
	}
	r = ed.get(inbox + "?author=%40star&network=instagram")
	if strings.Count(r.body, `class="inbox-item`) != 2 || !strings.Contains(r.body, "Author: @star") {
		t.Errorf("author filter: %d items", strings.Count(r.body, `class="inbox-item`))
	}
	if r := ed.get(inbox + "?policy=flag"); strings.Count(r.body, `class="inbox-item`) != 1 {
		t.Errorf("policy filter: %d items", strings.Count(r.body, `class="inbox-item`))
	}
	// The review queue: marking the flag reviewed takes it out (audited),
	// flagging puts it back (and puts the hidden b1 in the queue too); a
	// hidden comment is no flag to dismiss.
	a2 := fmt.Sprint(ids["a2"].ID)
	for _, step := range []struct {
		action, want string
		queue        int
	}{{"dismiss", "reviewed", 0}, {"dismiss", "reviewed", 0}, {"flag", "flag", 2}} {
		if r := rv.post(inbox, inbox+"/bulk", url.Values{"action": {step.action}, "id": {a2, fmt.Sprint(ids["b1"].ID)}}); r.status != http.StatusSeeOther {
			t.Fatalf("%s: %d %s", step.action, r.status, r.body)
		}
		if c := inboxIDs(t, f)["a2"]; c.Action != step.want {
			t.Errorf("after %s: action %q, want %q", step.action, c.Action, step.want)
		}
		if n, _ := f.st.(store.CommentStore).CountComments(ctx, f.brand.ID, store.CommentFilter{Action: "flag"}); n != step.queue {
			t.Errorf("after %s: %d in the review queue, want %d", step.action, n, step.queue)
		}
	}
	if inboxIDs(t, f)["b1"].Action != "flag" || auditCount(t, f, "comment.dismiss") != 1 || auditCount(t, f, "comment.flag") != 2 {
		t.Errorf("b1 %q, dismiss %d, flag %d entries", inboxIDs(t, f)["b1"].Action, auditCount(t, f, "comment.dismiss"), auditCount(t, f, "comment.flag"))
	}
	// A human unhide moves the troll's hidden count; clearing the mark works.
	tok := csrfRE.FindStringSubmatch(page)[1]
	if st := jsonPost(t, ed, inbox+"/visibility", tok, fmt.Sprintf(`{"id":%d,"hidden":false}`, ids["b1"].ID)); st != http.StatusOK {
		t.Fatal(st)
	}
	if a, _ := f.st.(store.AuthorStore).GetAuthor(ctx, f.brand.ID, "instagram", "@troll"); a.Hidden != 0 || a.Comments != 1 {
		t.Errorf("troll after unhide %+v", a)
	}
	// Repeat offenders: three hidden comments in the window make the
	// badge; three hidden 40 days ago do not.
	var rows []string
	old := time.Now().UTC().Add(-40 * 24 * time.Hour).Format(time.RFC3339)
	for i := range 3 {
		rows = append(rows, fmt.Sprintf(`{"id":"r%d","text":"Les musulmans sont des cafards.","author_handle":"@rec","network":"x"}`, i),
			fmt.Sprintf(`{"id":"o%d","text":"Les musulmans sont des cafards.","author_handle":"@old","network":"x","received_at":"%s"}`, i, old))
	}
	ed.post(inbox, inbox, url.Values{"data": {strings.Join(rows, "\n")}})
	for handle, want := range map[string]bool{"@rec": true, "@old": false} {
		r := ed.get(inbox + "?network=x&author=" + url.QueryEscape(handle))
		if got := strings.Contains(r.body, `data-author-badge="repeat"`); got != want || !strings.Contains(r.body, "data-author-recent") {
			t.Errorf("%s: repeat badge %v, want %v", handle, got, want)
		}
	}
	rv.post(inbox, inbox+"/author", url.Values{"author_flag": {fmt.Sprintf("none:%d", ids["a1"].ID)}})
	if a, _ := f.st.(store.AuthorStore).GetAuthor(ctx, f.brand.ID, "instagram", "@star"); a.Flag != "" {
		t.Errorf("mark not cleared: %+v", a)
	}
}

// The page import escalates to the radar as the stream worker does,
// unless the brand's policy turns it off.
func TestInboxImportEscalates(t *testing.T) {
	f := newFixture(t)
	h := radarhub.New()
	var got []radar.Mention
	h.SetSink(func(_ context.Context, ms []radar.Mention) error { got = append(got, ms...); return nil })
	old := radarHub
	radarHub = func() *radarhub.Hub { return h }
	t.Cleanup(func() { radarHub = old })
	inbox := fmt.Sprintf("/brands/%d/inbox", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	data := `{"id":"e1","text":"Votre service client est nul.","network":"x","author_handle":"@m"}
{"id":"e2","text":""}`
	if r := ed.post(inbox, inbox, url.Values{"data": {data}}); r.status != http.StatusOK {
		t.Fatalf("import: %d", r.status)
	}
	want := fmt.Sprintf("comment:%d:x:e1", f.brand.ID)
	if len(got) != 1 || got[0].ID != want || got[0].Author != "@m" || got[0].Text != "Votre service client est nul." {
		t.Fatalf("escalated %+v, want one mention %s", got, want)
	}
	// Escalation off: a new comment is stored, nothing reaches the radar.
	mg := f.login(brand.RoleManager)
	form := policyForm()
	form.Del("escalate")
	policy := fmt.Sprintf("/brands/%d/policy", f.brand.ID)
	if r := mg.post(policy, policy, form); r.status != http.StatusSeeOther {
		t.Fatalf("policy: %d", r.status)
	}
	ed.post(inbox, inbox, url.Values{"data": {`{"id":"e3","text":"Encore un retard de livraison."}`}})
	if len(got) != 1 || len(inboxIDs(t, f)) != 3 {
		t.Errorf("with escalation off: %d mentions, %d comments", len(got), len(inboxIDs(t, f)))
	}
}

func TestPolicyAPI(t *testing.T) {
	f := newFixture(t)
	path := fmt.Sprintf("/api/v1/brands/%d/policy", f.brand.ID)
	call := func(method, bearer, body string) (int, map[string]any) {
		t.Helper()
		req, err := http.NewRequest(method, f.ts.URL+path, strings.NewReader(body))
		must(t, err)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+bearer)
		res, err := http.DefaultClient.Do(req)
		must(t, err)
		defer res.Body.Close()
		var out map[string]any
		_ = json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out
	}
	token := func(r brand.Role) string {
		t.Helper()
		body := fmt.Sprintf(`{"email":%q,"password":%q}`, f.users[r].Email, f.passwd)
		res, err := http.Post(f.ts.URL+"/api/v1/tokens", "application/json", strings.NewReader(body))
		must(t, err)
		defer res.Body.Close()
		var out map[string]any
		must(t, json.NewDecoder(res.Body).Decode(&out))
		return out["token"].(string)
	}
	an, mg := token(brand.RoleAnalyst), token(brand.RoleManager)
	st, out := call("GET", an, "")
	if st != http.StatusOK || out["custom"] != false || out["sla_hours"] != 4.0 || len(out["hide"].([]any)) != 3 {
		t.Fatalf("default policy: %d %v", st, out)
	}
	good := `{"hide":["scam"],"hide_min":0.8,"hide_threats":true,"spam_hide_min":0.95,"flag":["hate","toxic"],"escalate":false,
"sla_hours":2,"repeat_hidden":2,"repeat_days":7,"repeat_action":"hide"}`
	if st, _ := call("PUT", an, good); st != http.StatusForbidden {
		t.Errorf("analyst PUT: %d", st)
	}
	for body, field := range map[string]string{
		strings.Replace(good, `["scam"]`, `["scam","complaint"]`, 1): "hide",
		strings.Replace(good, `"sla_hours":2`, `"sla_hours":0`, 1):   "sla_hours",
		strings.Replace(good, `"hide"}`, `"ban"}`, 1):                "repeat_action",
	} {
		st, out := call("PUT", mg, body)
		if msg, _ := out["error"].(string); st != http.StatusUnprocessableEntity || !strings.HasPrefix(msg, field+":") {
			t.Errorf("bad %s: %d %v", field, st, out)
		}
	}
	if st, _ := call("PUT", mg, `{"hide":[],"surprise":1}`); st != http.StatusBadRequest {
		t.Errorf("unknown field: %d", st)
	}
	st, out = call("PUT", mg, good)
	if st != http.StatusOK || out["custom"] != true || out["repeat_action"] != "hide" {
		t.Fatalf("PUT: %d %v", st, out)
	}
	if st, out = call("GET", an, ""); out["custom"] != true || out["sla_hours"] != 2.0 || out["escalate"] != false || len(out["flag"].([]any)) != 2 {
		t.Errorf("read back: %d %v", st, out)
	}
	if n := auditCount(t, f, "policy.update"); n != 1 {
		t.Errorf("%d policy.update entries", n)
	}
}
