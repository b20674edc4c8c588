package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

// crisisEpisode gives the fixture's brand the demo's days with one bad
// buzz found by the detector, and two facts; it returns the crisis room's
// path.
func crisisEpisode(t *testing.T, f *fixture) string {
	t.Helper()
	end := time.Now().UTC().Truncate(time.Minute)
	if os.Getenv("VIGIE_LLM_BASE_URL") == "" {
		noLLM(t) // the offline template, unless the test scripted a model
	}
	h := useHub(t, func() time.Time { return end })
	db := radarhub.DemoBrand{Name: f.brand.Name, Tag: "#BTest", Lang: "fr", BadBuzz: end.Add(-30 * time.Hour)}
	must(t, h.SetQueries(f.brand.ID, map[string]string{"marque": radarhub.DemoQuery(db)}))
	h.Process(radarhub.DemoMentions(3, []radarhub.DemoBrand{db}, end, 6))
	h.Advance()
	st := h.Status(f.brand.ID)
	if len(st.Closed) != 1 || st.Closed[0].Kind != radar.BadBuzz {
		t.Fatalf("episodes: current %+v closed %+v", st.Current, st.Closed)
	}
	ctx := context.Background()
	for i, text := range []string{"La boutique ouvre à 7h du lundi au samedi.", "Nos clients peuvent appeler le 04 66 00 00 00."} {
		must(t, f.st.CreateFact(ctx, &brand.Fact{BrandID: f.brand.ID, Key: fmt.Sprintf("f%d", i), Text: text, Lang: "fr"}))
	}
	return fmt.Sprintf("/brands/%d/radar/episodes/%d", f.brand.ID, st.Closed[0].Start.Unix())
}

func auditActions(t *testing.T, f *fixture) []string {
	t.Helper()
	es, err := f.st.ListAudit(context.Background(), f.ws.ID, 100, 0)
	must(t, err)
	var out []string
	for _, e := range es {
		out = append(out, e.Action)
	}
	return out
}

func TestCrisisHoldingStatement(t *testing.T) {
	f := newFixture(t)
	room := crisisEpisode(t, f)
	an := f.login(brand.RoleAnalyst)
	res := an.get(room)
	if res.status != http.StatusOK || !strings.Contains(res.body, "Message d'attente") && !strings.Contains(res.body, "Holding statement") {
		t.Fatalf("room: %d", res.status)
	}
	if strings.Contains(res.body, `id="crisis-statement-form"`) {
		t.Error("analyst sees the statement form")
	}
	if r := an.post(room, room+"/statement", url.Values{"action": {"draft"}}); r.status != http.StatusForbidden {
		t.Errorf("analyst drafting: %d", r.status)
	}
	ed := f.login(brand.RoleEditor)
	if r := ed.do("POST", room+"/statement", url.Values{"action": {"draft"}}, nil); r.status != http.StatusForbidden {
		t.Errorf("no CSRF token: %d", r.status)
	}

	// Offline draft: acknowledges what is said, verified, stored not ready.
	r := ed.post(room, room+"/statement", url.Values{"action": {"draft"}, "network": {"facebook"}, "hours": {"3"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("draft: %d %.2000s", r.status, r.body)
	}
	cs := f.st.(store.CrisisStore)
	key := room[strings.LastIndex(room, "/")+1:]
	var ep int64
	fmt.Sscan(key, &ep)
	h, err := cs.GetHoldingStatement(context.Background(), f.brand.ID, ep)
	must(t, err)
	if h.Verdict != "pass" || h.Ready || h.Engine != "offline" || strings.Contains(h.Text, "#rappellumiere") || !strings.Contains(h.Text, "Nous avons vu vos messages") ||
		!strings.Contains(h.Text, "d'ici 3 heures") || strings.Contains(h.Text, "7h") {
		t.Fatalf("drafted %+v", h)
	}
	page := ed.get(room)
	if !strings.Contains(page.body, `data-verdict="pass"`) || !strings.Contains(page.body, "d&#39;ici 3 heures") || !strings.Contains(page.body, `value="3"`) {
		t.Errorf("room after the draft lacks the verdict, the text or the kept delay")
	}

	// An edit that contradicts the fact sheet cannot be marked ready.
	bad := "Nous avons vu vos messages. La boutique ouvre à 9h du lundi au samedi."
	r = ed.post(room, room+"/statement", url.Values{"action": {"ready"}, "text": {bad}, "network": {"facebook"}, "hours": {"0"}})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="crisis-error"`) || !strings.Contains(r.body, "9h") ||
		!strings.Contains(r.body, "finding-contradicted") || !strings.Contains(r.body, `data-ready="false"`) {
		t.Fatalf("failing statement marked ready: %d\n%.3000s", r.status, r.body)
	}
	h, _ = cs.GetHoldingStatement(context.Background(), f.brand.ID, ep)
	if h.Ready || h.Verdict != "fail" || h.Text != bad || h.Engine != "human" {
		t.Fatalf("stored after the refusal %+v", h)
	}
	// Fixed, it passes and is ready.
	good := "Nous avons vu vos messages. La boutique ouvre à 7h du lundi au samedi."
	r = ed.post(room, room+"/statement", url.Values{"action": {"ready"}, "text": {good}, "network": {"facebook"}, "hours": {"0"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("ready: %d %.2000s", r.status, r.body)
	}
	if h, _ = cs.GetHoldingStatement(context.Background(), f.brand.ID, ep); !h.Ready || h.Verdict != "pass" {
		t.Fatalf("not ready: %+v", h)
	}
	if p := an.get(room); !strings.Contains(p.body, `id="crisis-ready"`) || !strings.Contains(p.body, `id="crisis-statement-text"`) {
		t.Error("the analyst does not see the ready statement")
	}
	acts := strings.Join(auditActions(t, f), " ")
	for _, want := range []string{"crisis.statement.draft", "crisis.statement.ready"} {
		if !strings.Contains(acts, want) {
			t.Errorf("audit lacks %s: %s", want, acts)
		}
	}
	if r := ed.post(room, room+"/statement", url.Values{"action": {"save"}, "text": {good}, "network": {"myspace"}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("unknown network: %d", r.status)
	}
	if r := ed.post(room, room+"/statement", url.Values{"action": {"save"}, "text": {good}, "hours": {"99"}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("99 hours: %d", r.status)
	}
	if r := ed.post(room, fmt.Sprintf("/brands/%d/radar/episodes/12345/statement", f.brand.ID), url.Values{"action": {"draft"}}); r.status != http.StatusNotFound {
		t.Errorf("unknown episode: %d", r.status)
	}
	other := fmt.Sprintf("/brands/%d/radar/episodes/%s/statement", f.other.ID, key)
	if r := ed.post(room, other, url.Values{"action": {"draft"}}); r.status != http.StatusNotFound {
		t.Errorf("another workspace's brand: %d", r.status)
	}
}

func TestCrisisChecklistAndOnDuty(t *testing.T) {
	f := newFixture(t)
	room := crisisEpisode(t, f)
	ed := f.login(brand.RoleEditor)
	page := ed.get(room)
	if !strings.Contains(page.body, "Suspendre les publications programmées") || !strings.Contains(page.body, "0 of 8 done") {
		t.Fatalf("default French checklist missing:\n%.3000s", page.body)
	}
	if strings.Contains(page.body, `id="crisis-duty-form"`) {
		t.Error("an editor sees the on-duty form (managers only)")
	}
	// Ticking the second default item saves the defaults and records who.
	r := ed.post(room, room+"/checklist", url.Values{"pos": {"2"}, "done": {"1"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("tick: %d %s", r.status, r.body)
	}
	page = ed.get(room)
	if !strings.Contains(page.body, "1 of 8 done") || !strings.Contains(page.body, "Test editor, ") {
		t.Fatalf("ticked item not shown with who:\n%.3000s", page.body)
	}
	items, err := f.st.(store.CrisisStore).ListChecklist(context.Background(), f.brand.ID)
	if err != nil || len(items) != 8 {
		t.Fatalf("defaults not saved: %+v %v", items, err)
	}
	r = ed.post(room, room+"/checklist", url.Values{"item": {fmt.Sprint(items[1].ID)}, "done": {"0"}})
	if r.status != http.StatusSeeOther || !strings.Contains(ed.get(room).body, "0 of 8 done") {
		t.Fatalf("untick: %d", r.status)
	}
	if r := ed.post(room, room+"/checklist", url.Values{"item": {"999999"}, "done": {"1"}}); r.status != http.StatusNotFound {
		t.Errorf("unknown item: %d", r.status)
	}
	acts := strings.Join(auditActions(t, f), " ")
	if !strings.Contains(acts, "crisis.checklist.tick") || !strings.Contains(acts, "crisis.checklist.untick") {
		t.Errorf("audit: %s", acts)
	}
	// Managers edit the list and the people on duty.
	if r := ed.post(room, fmt.Sprintf("/brands/%d/radar/checklist", f.brand.ID), url.Values{"items": {"x"}}); r.status != http.StatusForbidden {
		t.Errorf("editor editing the checklist: %d", r.status)
	}
	mg := f.login(brand.RoleManager)
	r = mg.post(room, fmt.Sprintf("/brands/%d/radar/checklist", f.brand.ID), url.Values{"items": {"Prévenir le service juridique\nAppeler l'assureur"}, "episode": {room[strings.LastIndex(room, "/")+1:]}})
	if r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), room) {
		t.Fatalf("checklist save: %d %s", r.status, r.header.Get("Location"))
	}
	if p := mg.get(room); !strings.Contains(p.body, "Appeler l&#39;assureur") || !strings.Contains(p.body, "0 of 2 done") {
		t.Error("edited checklist not shown")
	}
	rev := f.users[brand.RoleReviewer]
	duty := fmt.Sprintf("/brands/%d/radar/duty", f.brand.ID)
	r = mg.post(room, duty, url.Values{"user": {fmt.Sprint(rev.ID)}, "phone": {"+33 6 11 22 33 44"}, "duty": {"<b>porte-parole</b>"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("on duty: %d %s", r.status, r.body)
	}
	an := f.login(brand.RoleAnalyst)
	p := an.get(room)
	if !strings.Contains(p.body, "Test reviewer") || !strings.Contains(p.body, `href="tel:&#43;33%206%2011%2022%2033%2044"`) && !strings.Contains(p.body, "+33 6 11 22 33 44") ||
		!strings.Contains(p.body, "&lt;b&gt;porte-parole&lt;/b&gt;") {
		t.Fatalf("on duty not shown (escaped):\n%.4000s", p.body)
	}
	stranger := brand.User{Email: "stranger@example.test", Name: "Stranger"}
	must(t, f.st.CreateUser(context.Background(), &stranger))
	if r := mg.post(room, duty, url.Values{"user": {fmt.Sprint(stranger.ID)}}); r.status != http.StatusUnprocessableEntity {
		t.Errorf("a non-member on duty: %d", r.status)
	}
	if r := ed.post(room, duty, url.Values{"user": {fmt.Sprint(rev.ID)}}); r.status != http.StatusForbidden {
		t.Errorf("editor setting on duty: %d", r.status)
	}
	if r := mg.post(room, fmt.Sprintf("%s/%d/delete", duty, rev.ID), nil); r.status != http.StatusSeeOther {
		t.Errorf("off duty: %d", r.status)
	}
	if r := mg.post(room, fmt.Sprintf("%s/%d/delete", duty, rev.ID), nil); r.status != http.StatusNotFound {
		t.Errorf("off duty twice: %d", r.status)
	}
	if !strings.Contains(an.get(room).body, `id="crisis-duty-none"`) {
		t.Error("still on duty after the delete")
	}
	an.lang = "fr"
	if p := an.get(room).body; !strings.Contains(p, "Liste de crise") || !strings.Contains(p, "0 sur 2 faits") || !strings.Contains(p, "Message d&#39;attente") {
		t.Error("French crisis room")
	}
}

func TestAlertsPageAndSettings(t *testing.T) {
	f := newFixture(t)
	cs := f.st.(store.CrisisStore)
	ctx := context.Background()
	a := store.RadarAlert{BrandID: f.brand.ID, Key: "k1", Title: "Bad buzz sur <Boulangerie Test>", Body: "Pic de 40 mentions", URL: "/brands/1/radar/episodes/1", Urgent: true}
	if _, err := cs.RaiseAlert(ctx, &a); err != nil {
		t.Fatal(err)
	}
	must(t, cs.SettleAlert(ctx, a.ID, "held_quiet_hours", "", time.Now()))
	foreign := store.RadarAlert{BrandID: f.other.ID, Key: "k1", Title: "Secret brand alert"}
	if _, err := cs.RaiseAlert(ctx, &foreign); err != nil {
		t.Fatal(err)
	}
	an := f.login(brand.RoleAnalyst)
	res := an.get("/radar/alerts")
	if res.status != http.StatusOK || !strings.Contains(res.body, "Bad buzz sur &lt;Boulangerie Test&gt;") || !strings.Contains(res.body, "held: quiet hours") {
		t.Fatalf("alerts page: %d\n%.3000s", res.status, res.body)
	}
	if strings.Contains(res.body, "Secret brand alert") {
		t.Error("another workspace's alert listed")
	}
	if strings.Contains(res.body, `id="alerts-settings"`) {
		t.Error("analyst sees the settings form")
	}
	if r := an.post("/radar/alerts", "/radar/alerts/settings", url.Values{"webhooks": {"slack https://hooks.example/x"}}); r.status != http.StatusForbidden {
		t.Errorf("analyst saving: %d", r.status)
	}
	ConfigureRadarSources(t.TempDir(), "alerts-page-key") // seals webhook URLs
	t.Cleanup(func() { ConfigureRadarSources("", "") })
	mg := f.login(brand.RoleManager)
	hook := "https://hooks.slack.example/services/T000/B000/XXXXsecret1234"
	form := url.Values{"webhooks": {"slack " + hook + "\nteams https://example.webhook.office.com/wf/abcd"}, "emails": {"crise@example.test"},
		"smtp_addr": {"127.0.0.1:2525"}, "smtp_from": {"radar@example.test"}, "quiet_from": {"22:00"}, "quiet_to": {"07:00"},
		"time_zone": {"Europe/Paris"}, "per_hour": {"4"}}
	if r := mg.post("/radar/alerts", "/radar/alerts/settings", form); r.status != http.StatusSeeOther {
		t.Fatalf("save: %d %s", r.status, r.body)
	}
	page := mg.get("/radar/alerts")
	if strings.Contains(page.body, "XXXXsecret1234") || !strings.Contains(page.body, "slack https://hooks.slack.example/…1234") {
		t.Fatalf("webhook not masked:\n%.3000s", page.body)
	}
	// Saving the page back as shown keeps the stored URLs.
	form.Set("webhooks", "slack https://hooks.slack.example/…1234\nteams https://example.webhook.office.com/…abcd")
	form.Set("per_hour", "2")
	if r := mg.post("/radar/alerts", "/radar/alerts/settings", form); r.status != http.StatusSeeOther {
		t.Fatalf("resave: %d %s", r.status, r.body)
	}
	s, err := cs.GetAlertSettings(ctx, f.ws.ID)
	must(t, err)
	if len(s.Webhooks) != 2 || s.Webhooks[1].Kind != "teams" || s.PerHour != 2 || s.QuietFrom != 22*60 || s.TimeZone != "Europe/Paris" {
		t.Fatalf("stored %+v", s)
	}
	// The URL is the credential: stored sealed to the workspace, and what
	// the worker opens is what was typed.
	box, err := secret.NewBox("alerts-page-key")
	must(t, err)
	if strings.Contains(s.Webhooks[0].URL, "secret1234") {
		t.Fatalf("webhook URL stored in clear: %q", s.Webhooks[0].URL)
	}
	if got, err := box.Open(s.Webhooks[0].URL, store.AlertWebhookPurpose(f.ws.ID)); err != nil || got != hook {
		t.Fatalf("sealed URL opens to %q, %v; want %q", got, err, hook)
	}
	if _, err := box.Open(s.Webhooks[0].URL, store.AlertWebhookPurpose(f.ws.ID+1)); err == nil {
		t.Error("a sealed URL opens for another workspace")
	}
	for name, bad := range map[string][2]string{
		"zone": {"time_zone", "Mars/Olympus"}, "quiet": {"quiet_from", "25:00"}, "kind": {"webhooks", "discord https://x.example/y"},
		"line": {"webhooks", "https://x.example/y"}, "smtp": {"smtp_from", ""}, "email": {"emails", "not-an-address"},
	} {
		b := url.Values{}
		for k, v := range form {
			b[k] = v
		}
		b.Set(bad[0], bad[1])
		if r := mg.post("/radar/alerts", "/radar/alerts/settings", b); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `role="alert"`) {
			t.Errorf("%s: %d", name, r.status)
		}
	}
	if s2, _ := cs.GetAlertSettings(ctx, f.ws.ID); s2.PerHour != 2 || s2.Webhooks[0].URL != s.Webhooks[0].URL {
		t.Errorf("a refused save changed the settings: %+v", s2)
	}
	es, err := f.st.ListAudit(ctx, f.ws.ID, 10, 0)
	must(t, err)
	found := false
	for _, e := range es {
		if e.Action == "radar_alerts.settings" {
			found = true
			if strings.Contains(e.After, "secret1234") && strings.Contains(e.After, "XXXX") {
				t.Errorf("audit keeps the webhook secret: %s", e.After)
			}
		}
	}
	if !found {
		t.Error("settings change not audited")
	}
	// A plain URL stored by an earlier version is shown masked, and sealed
	// (with its mask) when the page is saved back as shown.
	legacy := "https://hooks.slack.example/services/T1/B1/legacy9876"
	must(t, cs.SaveAlertSettings(ctx, &store.AlertSettings{WorkspaceID: f.ws.ID, TimeZone: "UTC", Webhooks: []store.AlertWebhook{{Kind: "slack", URL: legacy}}}))
	form = url.Values{"webhooks": {"slack https://hooks.slack.example/…9876"}, "time_zone": {"UTC"}}
	if r := mg.post("/radar/alerts", "/radar/alerts/settings", form); r.status != http.StatusSeeOther {
		t.Fatalf("legacy resave: %d %s", r.status, r.body)
	}
	s3, err := cs.GetAlertSettings(ctx, f.ws.ID)
	must(t, err)
	if got, err := box.Open(s3.Webhooks[0].URL, store.AlertWebhookPurpose(f.ws.ID)); err != nil || got != legacy || s3.Webhooks[0].Mask != "https://hooks.slack.example/…9876" {
		t.Fatalf("legacy webhook after resave: %+v (opens to %q, %v)", s3.Webhooks[0], got, err)
	}
	if page := mg.get("/radar/alerts"); !strings.Contains(page.body, "slack https://hooks.slack.example/…9876") {
		t.Fatalf("legacy webhook not shown masked after resave:\n%.3000s", page.body)
	}
	if _, err := cs.GetAlertSettings(ctx, f.ws.ID+999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown workspace: %v", err)
	}
}

// TestCrisisStatementWithModel drafts with a scripted model (llmtest,
// OpenAI's wire format): its first text contradicts the fact sheet, the
// compose loop sends it back with the finding, the correction passes.
func TestCrisisStatementWithModel(t *testing.T) {
	noLLM(t)
	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Text: `{"text":"Nous avons vu vos messages. La boutique ouvre à 9h du lundi au samedi.","fact_ids":["f0"]}`},
		llmtest.Reply{Text: `{"text":"Nous avons vu vos messages. La boutique ouvre à 7h du lundi au samedi.","fact_ids":["f0"]}`})
	t.Setenv("VIGIE_LLM_BASE_URL", srv.BaseURL())
	t.Setenv("VIGIE_LLM_MODEL", "scripted")
	f := newFixture(t)
	room := crisisEpisode(t, f)
	ed := f.login(brand.RoleEditor)
	if r := ed.post(room, room+"/statement", url.Values{"action": {"draft"}, "hours": {"1"}}); r.status != http.StatusSeeOther {
		t.Fatalf("draft: %d %.2000s", r.status, r.body)
	}
	var ep int64
	fmt.Sscan(room[strings.LastIndex(room, "/")+1:], &ep)
	h, err := f.st.(store.CrisisStore).GetHoldingStatement(context.Background(), f.brand.ID, ep)
	must(t, err)
	if h.Engine != "openai:scripted" || h.Verdict != "pass" || !strings.Contains(h.Text, "7h") {
		t.Fatalf("statement %+v", h)
	}
	calls := srv.Calls()
	if len(calls) != 2 || !strings.Contains(calls[0].User, "message d'attente") || !strings.Contains(calls[0].User, "#rappellumiere") ||
		!strings.Contains(calls[0].User, "Prochain point d'ici 1 heure") || !strings.Contains(calls[1].User, "9h") {
		t.Fatalf("%d calls; first prompt:\n%s", len(calls), calls[0].User)
	}
}
