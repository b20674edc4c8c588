package store_test

import (
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func crisisStore(t *testing.T, s store.Store) store.CrisisStore {
	t.Helper()
	cs, ok := s.(store.CrisisStore)
	if !ok {
		t.Fatalf("%T keeps no crisis data", s)
	}
	return cs
}

func TestAlertSettingsAndAlerts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		cs := crisisStore(t, s)
		w, b := fixture(t, s)
		if _, err := cs.GetAlertSettings(ctx, w.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("no settings yet: %v", err)
		}
		set := store.AlertSettings{WorkspaceID: w.ID,
			Webhooks: []store.AlertWebhook{{Kind: "slack", URL: "https://hooks.example/T1"}, {Kind: "teams", URL: "http://127.0.0.1:9/x"}},
			Emails:   []string{"crise@example.fr"}, SMTPAddr: "127.0.0.1:2525", SMTPFrom: "vigie@example.fr",
			QuietFrom: 22 * 60, QuietTo: 7 * 60, TimeZone: "Europe/Paris", PerHour: 3}
		if err := cs.SaveAlertSettings(ctx, &set); err != nil {
			t.Fatal(err)
		}
		got, err := cs.GetAlertSettings(ctx, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Webhooks) != 2 || got.Webhooks[1].Kind != "teams" || got.Emails[0] != "crise@example.fr" || got.QuietFrom != 1320 ||
			got.QuietTo != 420 || got.TimeZone != "Europe/Paris" || got.PerHour != 3 || got.SMTPAddr != "127.0.0.1:2525" ||
			!got.UpdatedAt.Equal(set.UpdatedAt) {
			t.Fatalf("read back %+v", got)
		}
		all, err := cs.ListAlertSettings(ctx)
		if err != nil || len(all) != 1 || all[0].WorkspaceID != w.ID {
			t.Fatalf("all settings %+v, %v", all, err)
		}
		for name, bad := range map[string]store.AlertSettings{
			"kind":  {WorkspaceID: w.ID, Webhooks: []store.AlertWebhook{{Kind: "discord", URL: "https://x"}}},
			"url":   {WorkspaceID: w.ID, Webhooks: []store.AlertWebhook{{Kind: "slack", URL: "file:///etc/passwd"}}},
			"email": {WorkspaceID: w.ID, Emails: []string{"a@b.fr\r\nBcc: x@y"}},
			"zone":  {WorkspaceID: w.ID, TimeZone: "Mars/Olympus"},
			"quiet": {WorkspaceID: w.ID, QuietFrom: 1440},
		} {
			if err := cs.SaveAlertSettings(ctx, &bad); !errors.Is(err, store.ErrInvalid) {
				t.Errorf("%s: saved %+v: %v", name, bad, err)
			}
		}
		if got, _ := cs.GetAlertSettings(ctx, w.ID); got.PerHour != 3 {
			t.Fatalf("a refused save changed the settings: %+v", got)
		}

		raised := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
		a := store.RadarAlert{BrandID: b.ID, Key: "lumiere/2026-11-29T09:55:00Z/bad_buzz/during", Title: "Bad buzz", Urgent: true, RaisedAt: raised}
		ok, err := cs.RaiseAlert(ctx, &a)
		if err != nil || !ok || a.ID == 0 || a.WorkspaceID != w.ID {
			t.Fatalf("raise: %v %v %+v", ok, err, a)
		}
		again := a
		again.ID = 0
		if ok, err := cs.RaiseAlert(ctx, &again); err != nil || ok {
			t.Fatalf("the same key raised twice: %v %v", ok, err)
		}
		if _, err := cs.RaiseAlert(ctx, &store.RadarAlert{BrandID: b.ID + 99, Key: "k", Title: "t"}); err != nil {
			t.Fatalf("unknown brand: %v", err) // nothing inserted, reported as not new
		}
		if n, _ := cs.CountAlerts(ctx, b.ID, "sent", raised.Add(-time.Hour)); n != 0 {
			t.Fatalf("pending counted as sent: %d", n)
		}
		if err := cs.SettleAlert(ctx, a.ID, "sent", "", raised.Add(time.Second)); err != nil {
			t.Fatal(err)
		}
		if n, _ := cs.CountAlerts(ctx, b.ID, "sent", raised.Add(-time.Hour)); n != 1 {
			t.Fatalf("sent count %d, want 1", n)
		}
		if n, _ := cs.CountAlerts(ctx, b.ID, "sent", raised.Add(time.Hour)); n != 0 {
			t.Fatalf("sent count after its time %d, want 0", n)
		}
		held := store.RadarAlert{BrandID: b.ID, Key: "k2", Title: "Early warning", RaisedAt: raised.Add(time.Minute)}
		if _, err := cs.RaiseAlert(ctx, &held); err != nil {
			t.Fatal(err)
		}
		if err := cs.SettleAlert(ctx, held.ID, "held_quiet_hours", "", raised.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		list, err := cs.ListAlerts(ctx, w.ID, "", 0)
		if err != nil || len(list) != 2 || list[0].ID != held.ID || list[1].Outcome != "sent" || !list[1].Urgent || list[1].SettledAt == nil {
			t.Fatalf("list %+v, %v", list, err)
		}
		list, _ = cs.ListAlerts(ctx, w.ID, "held_quiet_hours", 0)
		if len(list) != 1 || list[0].Key != "k2" {
			t.Fatalf("held %+v", list)
		}
		if err := cs.SettleAlert(ctx, 9999, "sent", "", raised); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown alert: %v", err)
		}
	})
}

func TestCrisisRoomData(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		cs := crisisStore(t, s)
		_, b := fixture(t, s)
		u := brand.User{Email: "lea@example.fr", Name: "Léa"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		if l, err := cs.ListChecklist(ctx, b.ID); err != nil || len(l) != 0 {
			t.Fatalf("empty checklist: %+v %v", l, err)
		}
		// Defaults saved once, even by callers racing on a new brand.
		other := brand.Brand{WorkspaceID: b.WorkspaceID, Name: "Autre", Slug: "autre"}
		if err := s.CreateBrand(ctx, &other); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if l, err := cs.EnsureChecklist(ctx, other.ID, []string{"a", "b", "c"}); err != nil || len(l) != 3 {
					t.Errorf("ensure: %+v %v", l, err)
				}
			}()
		}
		wg.Wait()
		if l, _ := cs.ListChecklist(ctx, other.ID); len(l) != 3 {
			t.Fatalf("defaults saved %d times over: %+v", len(l)/3, l)
		}
		if _, err := cs.EnsureChecklist(ctx, other.ID+999, []string{"a"}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown brand: %v", err)
		}
		items, err := cs.SaveChecklist(ctx, b.ID, []string{"Suspendre les posts programmés", " ", "Prévenir le juridique"})
		if err != nil || len(items) != 2 || items[1].Position != 2 {
			t.Fatalf("save: %+v %v", items, err)
		}
		ep := int64(1764409200)
		at := time.Date(2026, 11, 29, 10, 5, 0, 0, time.UTC)
		if err := cs.TickChecklist(ctx, b.ID, ep, items[1].ID, &u.ID, at); err != nil {
			t.Fatal(err)
		}
		if err := cs.TickChecklist(ctx, b.ID+99, ep, items[1].ID, &u.ID, at); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("another brand's item ticked: %v", err)
		}
		// Reordering and adding keep the ticked item (same text, same id).
		items2, err := cs.SaveChecklist(ctx, b.ID, []string{"Prévenir le juridique", "Nommer un porte-parole"})
		if err != nil || items2[0].ID != items[1].ID || items2[0].Position != 1 {
			t.Fatalf("resave: %+v %v", items2, err)
		}
		ticks, err := cs.ListTicks(ctx, b.ID, ep)
		if err != nil || len(ticks) != 1 || ticks[0].ItemID != items[1].ID || ticks[0].Name != "Léa" || !ticks[0].At.Equal(at) {
			t.Fatalf("ticks %+v %v", ticks, err)
		}
		if ticks, _ := cs.ListTicks(ctx, b.ID, ep+300); len(ticks) != 0 {
			t.Fatalf("another episode's ticks %+v", ticks)
		}
		if err := cs.UntickChecklist(ctx, b.ID, ep, items[1].ID); err != nil {
			t.Fatal(err)
		}
		if err := cs.UntickChecklist(ctx, b.ID, ep, items[1].ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("untick twice: %v", err)
		}
		if l, _ := cs.ListChecklist(ctx, b.ID); len(l) != 2 || l[1].Text != "Nommer un porte-parole" {
			t.Fatalf("checklist %+v", l)
		}

		d := store.OnDuty{BrandID: b.ID, UserID: u.ID, Phone: "+33 6 12 34 56 78", Duty: "porte-parole"}
		if err := cs.SaveOnDuty(ctx, &d); err != nil {
			t.Fatal(err)
		}
		d.Duty = "juridique"
		if err := cs.SaveOnDuty(ctx, &d); err != nil {
			t.Fatal(err)
		}
		duty, err := cs.ListOnDuty(ctx, b.ID)
		if err != nil || len(duty) != 1 || duty[0].Email != "lea@example.fr" || duty[0].Duty != "juridique" || duty[0].Phone != d.Phone {
			t.Fatalf("on duty %+v %v", duty, err)
		}
		if err := cs.SaveOnDuty(ctx, &store.OnDuty{BrandID: b.ID, UserID: u.ID + 99}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown user on duty: %v", err)
		}
		if err := cs.DeleteOnDuty(ctx, b.ID, u.ID); err != nil {
			t.Fatal(err)
		}
		if err := cs.DeleteOnDuty(ctx, b.ID, u.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("delete twice: %v", err)
		}

		if _, err := cs.GetHoldingStatement(ctx, b.ID, ep); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("no statement yet: %v", err)
		}
		h := store.HoldingStatement{BrandID: b.ID, Episode: ep, Text: "Nous avons vu vos messages.", Lang: "fr", Network: "facebook",
			Engine: "offline", Verdict: "fail", Findings: json.RawMessage(`[{"kind":"contradicted"}]`), UpdatedBy: &u.ID}
		if err := cs.SaveHoldingStatement(ctx, &h); err != nil {
			t.Fatal(err)
		}
		h.Ready = true
		if err := cs.SaveHoldingStatement(ctx, &h); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("a failing statement marked ready: %v", err)
		}
		got, err := cs.GetHoldingStatement(ctx, b.ID, ep)
		if err != nil || got.Ready || got.Verdict != "fail" || string(got.Findings) != `[{"kind":"contradicted"}]` || *got.UpdatedBy != u.ID {
			t.Fatalf("statement %+v %v", got, err)
		}
		h.Verdict, h.Findings, h.Ready, h.UpdatedAt = "pass", nil, true, time.Time{}
		if err := cs.SaveHoldingStatement(ctx, &h); err != nil {
			t.Fatal(err)
		}
		if got, _ := cs.GetHoldingStatement(ctx, b.ID, ep); !got.Ready || string(got.Findings) != "[]" {
			t.Fatalf("ready statement %+v", got)
		}
	})
}
