package app

import (
	"context"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/config"
	"github.com/vigie-cm/vigie/internal/radar/alert/alerttest"
	"github.com/vigie-cm/vigie/internal/radar/ingest"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

// complaintWords stands in for the sentiment model: the hub needs a
// yes/no, and the model is tested on its own (TestRadarThroughTheStream
// runs the real one).
func complaintWords(text, lang string) ingest.Classification {
	l := strings.ToLower(text)
	for _, w := range []string{"scandale", "honteux", "dégoûtant", "inadmissible", "boycott", "déçu", "oubliée"} {
		if strings.Contains(l, w) {
			return ingest.Classification{Negative: true, Lang: lang}
		}
	}
	return ingest.Classification{Lang: lang}
}

// clock is a settable time for the hub and the alerter.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func TestRadarAlertsDispatched(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		cs := st.(store.CrisisStore)
		w := brand.Workspace{Name: "Agence", Slug: "agence"}
		if err := st.CreateWorkspace(ctx, &w); err != nil {
			t.Fatal(err)
		}
		b := brand.Brand{WorkspaceID: w.ID, Name: "Boulangerie Lumière", Slug: "lumiere", Languages: []string{"fr"}}
		if err := st.CreateBrand(ctx, &b); err != nil {
			t.Fatal(err)
		}
		lea := brand.User{Email: "lea@lumiere.example", Name: "Léa"}
		if err := st.CreateUser(ctx, &lea); err != nil {
			t.Fatal(err)
		}
		if err := cs.SaveOnDuty(ctx, &store.OnDuty{BrandID: b.ID, UserID: lea.ID, Phone: "+33 6 00 00 00 00", Duty: "porte-parole"}); err != nil {
			t.Fatal(err)
		}
		slack, teams, generic, smtp := alerttest.NewHook(t), alerttest.NewHook(t), alerttest.NewHook(t), alerttest.NewSMTP(t)
		// Slack's URL is stored sealed, as the settings page stores it;
		// the others plain, as an earlier version stored them.
		const key = "alerts-test-key"
		box, err := secret.NewBox(key)
		if err != nil {
			t.Fatal(err)
		}
		sealed, err := box.Seal(slack.URL, store.AlertWebhookPurpose(w.ID))
		if err != nil {
			t.Fatal(err)
		}
		set := store.AlertSettings{WorkspaceID: w.ID, TimeZone: "Europe/Paris", SMTPAddr: smtp.Addr, SMTPFrom: "radar@vigie.example",
			Emails: []string{"crise@agence.example"},
			Webhooks: []store.AlertWebhook{{Kind: "slack", URL: sealed, Mask: "http://127.0.0.1/…"},
				{Kind: "teams", URL: teams.URL}, {Kind: "generic", URL: generic.URL}}}
		if err := cs.SaveAlertSettings(ctx, &set); err != nil {
			t.Fatal(err)
		}

		buzz := time.Date(2026, 3, 9, 10, 0, 0, 0, time.UTC)
		clk := &clock{t: buzz.Add(40 * time.Minute)}
		hub := radarhub.New()
		hub.Now, hub.Classify = clk.now, complaintWords
		demo := radarhub.DemoBrand{Name: b.Name, Tag: "#Lumiere", Lang: "fr", BadBuzz: buzz}
		if err := hub.SetQueries(b.ID, map[string]string{"marque": radarhub.DemoQuery(demo)}); err != nil {
			t.Fatal(err)
		}
		ms := radarhub.DemoMentions(3, []radarhub.DemoBrand{demo}, buzz.Add(8*time.Hour), 6)
		for i := 0; i < len(ms); i += 500 {
			hub.Process(ms[i:min(i+500, len(ms))])
		}
		hub.Advance()
		cur := hub.Status(b.ID).Current
		if cur == nil || cur.Kind != "bad_buzz" || cur.Phase != "during" {
			t.Fatalf("40 minutes into the surge: episode %+v, want a bad buzz in progress", cur)
		}
		d := Deps{Store: st, Logger: slog.New(slog.DiscardHandler), BaseURL: "https://vigie.example", Config: config.Config{SecretKey: key}}
		al, err := newAlerter(d, hub, clk.now)
		if err != nil {
			t.Fatal(err)
		}
		if err := al.tick(ctx); err != nil {
			t.Fatal(err)
		}
		room := "https://vigie.example/brands/" + itoa(b.ID) + "/radar/episodes/" + itoa(cur.Start.Unix())
		if got := slack.Bodies(); len(got) != 1 || !strings.Contains(got[0]["text"].(string), "*Bad buzz sur Boulangerie Lumière*") ||
			!strings.Contains(got[0]["text"].(string), "<"+room+"|Open in Vigie>") || len(got[0]["blocks"].([]any)) != 3 {
			t.Fatalf("slack received %v", got)
		}
		if got := teams.Bodies(); len(got) != 1 || got[0]["type"] != "message" ||
			got[0]["attachments"].([]any)[0].(map[string]any)["contentType"] != "application/vnd.microsoft.card.adaptive" {
			t.Fatalf("teams received %v", got)
		}
		if got := generic.Bodies(); len(got) != 1 || got[0]["urgent"] != true || got[0]["url"] != room ||
			!strings.Contains(got[0]["text"].(string), "\nD'astreinte : Léa (porte-parole, +33 6 00 00 00 00)") ||
			!strings.HasSuffix(got[0]["key"].(string), "/bad_buzz/during") {
			t.Fatalf("generic webhook received %v", got)
		}
		mails := smtp.Mails()
		if len(mails) != 1 || mails[0].From != "radar@vigie.example" || !slices.Contains(mails[0].To, "crise@agence.example") ||
			!slices.Contains(mails[0].To, "lea@lumiere.example") || !strings.Contains(mails[0].Data, "Subject: =?utf-8?q?Bad_buzz_sur_Boulangerie_Lumi=C3=A8re?=") ||
			!strings.Contains(mails[0].Data, room) {
			t.Fatalf("mail %+v", mails)
		}

		// Again, and from a second worker process: nothing more is sent.
		other, _ := newAlerter(d, hub, clk.now)
		for _, a := range []*alerter{al, other} {
			if err := a.tick(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if len(slack.Bodies()) != 1 || len(smtp.Mails()) != 1 {
			t.Fatalf("sent again: %d slack, %d mails", len(slack.Bodies()), len(smtp.Mails()))
		}
		list, err := cs.ListAlerts(ctx, w.ID, "", 0)
		if err != nil || len(list) != 1 || list[0].Outcome != "sent" || !list[0].Urgent || list[0].URL != room {
			t.Fatalf("in-app list %+v %v", list, err)
		}

		// The episode ends during quiet hours: its post-mortem alert is
		// held (in the app at once), then sent as a digest when they end.
		var closedAt time.Time
		for step := clk.now(); step.Before(buzz.Add(8 * time.Hour)); step = step.Add(10 * time.Minute) {
			clk.set(step)
			hub.Advance()
			if st := hub.Status(b.ID); st.Current == nil && len(st.Closed) == 1 {
				closedAt = step
				break
			}
		}
		if closedAt.IsZero() {
			t.Fatal("the episode never ended")
		}
		paris, _ := time.LoadLocation("Europe/Paris")
		local := closedAt.In(paris)
		mins := local.Hour()*60 + local.Minute()
		set.QuietFrom, set.QuietTo = (mins+1440-30)%1440, (mins+60)%1440
		if err := cs.SaveAlertSettings(ctx, &set); err != nil {
			t.Fatal(err)
		}
		if err := al.tick(ctx); err != nil {
			t.Fatal(err)
		}
		if len(slack.Bodies()) != 1 {
			t.Fatalf("a non-urgent alert went out in quiet hours: %v", slack.Bodies())
		}
		held, _ := cs.ListAlerts(ctx, w.ID, "held_quiet_hours", 0)
		if len(held) != 1 || !strings.Contains(held[0].Title, "terminé") {
			t.Fatalf("held %+v", held)
		}
		clk.set(closedAt.Add(61 * time.Minute))
		if err := other.tick(ctx); err != nil {
			t.Fatal(err)
		}
		got := slack.Bodies()
		if len(got) != 2 || !strings.Contains(got[1]["text"].(string), "Boulangerie Lumière: 1 alert(s) during quiet hours") ||
			!strings.Contains(got[1]["text"].(string), local.Format("15:04")+" Bad buzz sur Boulangerie Lumière terminé") {
			t.Fatalf("digest %v", got)
		}
		if m := smtp.Mails(); len(m) != 2 {
			t.Fatalf("digest mails %d", len(m))
		}
		if err := al.tick(ctx); err != nil || len(slack.Bodies()) != 2 {
			t.Fatalf("digest sent twice: %v", err)
		}
		if l, _ := cs.ListAlerts(ctx, w.ID, "digest_sent", 0); len(l) != 1 {
			t.Fatalf("digest not recorded: %+v", l)
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
