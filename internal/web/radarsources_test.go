package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar/live"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

func TestRadarSourcesPage(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	data := t.TempDir()
	ConfigureRadarSources(data, "")
	t.Cleanup(func() { ConfigureRadarSources("", "") })
	page := fmt.Sprintf("/brands/%d/radar/sources", f.brand.ID)
	rs := f.st.(store.RadarSourceStore)

	an := f.login(brand.RoleAnalyst)
	if r := an.get(page); r.status != http.StatusOK || strings.Contains(r.body, "radar-sources-form") || !strings.Contains(r.body, "Managers change the sources") {
		t.Fatalf("analyst page: %d", r.status)
	}
	ed := f.login(brand.RoleEditor)
	if r := ed.post(fmt.Sprintf("/brands/%d/radar", f.brand.ID), page, url.Values{"jetstream_on": {"1"}}); r.status != http.StatusForbidden {
		t.Fatalf("editor save: %d, want 403", r.status)
	}
	mgr := f.login(brand.RoleManager)
	if r := mgr.do("POST", page, url.Values{"jetstream_on": {"1"}}, nil); r.status != http.StatusForbidden {
		t.Fatalf("no CSRF token: %d", r.status)
	}

	// Each bad field gets its own message, in the user's language, and
	// nothing is stored.
	mgr.lang = "fr"
	r := mgr.post(page, page, url.Values{"jetstream_on": {"1"}, "jetstream_url": {"https://jetstream.example"}, "mastodon_on": {"1"},
		"mastodon_tags": {"#ok, pas-bon"}})
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("bad form: %d", r.status)
	}
	for _, want := range []string{"commence par wss://", "Indiquez le serveur Mastodon", "que des lettres, des chiffres", `value="https://jetstream.example"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("bad form lacks %q", want)
		}
	}
	if _, err := rs.GetRadarSources(ctx, f.brand.ID); err == nil {
		t.Fatal("a refused form was stored")
	}
	mgr.lang = "en"
	r = mgr.post(page, page, url.Values{"mastodon_on": {"1"}, "mastodon_url": {"https://mastodon.example/"}})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "at least one hashtag") {
		t.Fatalf("mastodon without streams: %d", r.status)
	}

	// A good form: the token is sealed for this brand, never shown back,
	// never in the audit log.
	r = mgr.post(page, page, url.Values{"jetstream_on": {"1"}, "mastodon_on": {"1"}, "mastodon_url": {"https://mastodon.example/"},
		"mastodon_tags": {"#Lumiere pain"}, "mastodon_token": {"tok-secret-42"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("save: %d %s", r.status, r.body)
	}
	got, err := rs.GetRadarSources(ctx, f.brand.ID)
	must(t, err)
	if !got.JetstreamOn || got.MastodonURL != "https://mastodon.example" || strings.Join(got.MastodonTags, ",") != "Lumiere,pain" ||
		got.UpdatedBy == nil || *got.UpdatedBy != f.users[brand.RoleManager].ID || strings.Contains(got.MastodonTokenSealed, "tok-secret") {
		t.Fatalf("stored %+v", got)
	}
	box, err := secret.Open("", data)
	must(t, err)
	if tok, err := box.Open(got.MastodonTokenSealed, live.TokenPurpose(f.brand.ID)); err != nil || tok != "tok-secret-42" {
		t.Fatalf("sealed token opens to %q, %v", tok, err)
	}
	if _, err := box.Open(got.MastodonTokenSealed, live.TokenPurpose(f.brand.ID+1)); err == nil {
		t.Fatal("the token opens for another brand")
	}
	p := mgr.get(page)
	if strings.Contains(p.body, "tok-secret") || strings.Contains(p.body, "v1:") || !strings.Contains(p.body, "A token is stored") {
		t.Fatal("the page shows the token or does not say one is stored")
	}
	// Saving again with an empty token field keeps it; the box clears it.
	r = mgr.post(page, page, url.Values{"mastodon_on": {"1"}, "mastodon_url": {"https://mastodon.example"}, "mastodon_public": {"1"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("resave: %d", r.status)
	}
	if again, _ := rs.GetRadarSources(ctx, f.brand.ID); again.MastodonTokenSealed != got.MastodonTokenSealed || again.JetstreamOn || !again.MastodonPublic {
		t.Fatalf("resaved %+v", again)
	}
	r = mgr.post(page, page, url.Values{"mastodon_token_clear": {"1"}})
	if again, _ := rs.GetRadarSources(ctx, f.brand.ID); r.status != http.StatusSeeOther || again.MastodonTokenSealed != "" {
		t.Fatalf("clear: %d %+v", r.status, again)
	}
	audit, _ := f.st.ListAudit(ctx, f.ws.ID, 10, 0)
	n := 0
	for _, a := range audit {
		if a.Action == "radar.sources" {
			n++
		}
		if strings.Contains(a.Before+a.After, "tok-secret") || strings.Contains(a.Before+a.After, "v1:") {
			t.Fatal("the audit log holds the token")
		}
	}
	if n != 3 {
		t.Fatalf("%d radar.sources audit entries, want 3", n)
	}

	// The worker's status shows to every member, hostile text escaped.
	at := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	must(t, rs.SaveRadarSourceStatus(ctx, &store.RadarSourceStatus{BrandID: f.brand.ID, Source: "jetstream", Connected: true, Events: 12, LastEventAt: &at}))
	must(t, rs.SaveRadarSourceStatus(ctx, &store.RadarSourceStatus{BrandID: f.brand.ID, Source: "mastodon", LastError: "<script>x</script> HTTP 401", LastErrorAt: &at}))
	p = an.get(page)
	for _, want := range []string{"connected", "2026-11-29 10:00:00 UTC", "<td>12</td>", "&lt;script&gt;x&lt;/script&gt; HTTP 401", "not connected"} {
		if !strings.Contains(p.body, want) {
			t.Errorf("status lacks %q", want)
		}
	}
	if strings.Contains(p.body, "<script>x") {
		t.Fatal("an error message was not escaped")
	}
	// Another workspace's brand is a 404.
	if r := mgr.get(fmt.Sprintf("/brands/%d/radar/sources", f.other.ID)); r.status != http.StatusNotFound {
		t.Fatalf("other workspace: %d", r.status)
	}
}
