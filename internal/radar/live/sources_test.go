package live

import (
	"fmt"
	"testing"
)

func TestParseTags(t *testing.T) {
	tags, bad := ParseTags(" #Lumière, pain\n#PAIN fête_2026 ")
	if bad != "" || fmt.Sprint(tags) != "[Lumière pain fête_2026]" {
		t.Fatalf("tags %q bad %q", tags, bad)
	}
	if _, bad := ParseTags("ok pas-bon"); bad != "pas-bon" {
		t.Fatalf("bad %q", bad)
	}
	if tags, bad := ParseTags("  "); tags != nil || bad != "" {
		t.Fatalf("empty: %q %q", tags, bad)
	}
}

func TestSourcesValidate(t *testing.T) {
	for _, c := range []struct {
		s    Sources
		want string
	}{
		{Sources{JetstreamOn: true}, "[]"},
		{Sources{JetstreamOn: true, JetstreamURL: "wss://jetstream.example/subscribe"}, "[]"},
		{Sources{JetstreamURL: "https://jetstream.example"}, "[{jetstream_url radar_sources.err_ws_url}]"},
		{Sources{MastodonOn: true, MastodonPublic: true}, "[{mastodon_url radar_sources.err_mastodon_url_required}]"},
		{Sources{MastodonOn: true, MastodonURL: "https://m.example"}, "[{mastodon_tags radar_sources.err_mastodon_nothing}]"},
		{Sources{MastodonOn: true, MastodonURL: "ftp://m.example", MastodonTags: []string{"a"}}, "[{mastodon_url radar_sources.err_http_url}]"},
		{Sources{MastodonOn: true, MastodonURL: "https://m.example", MastodonTags: []string{"a"}}, "[]"},
	} {
		got := fmt.Sprint(c.s.Validate())
		if got != c.want {
			t.Errorf("%+v: %s, want %s", c.s, got, c.want)
		}
	}
	if TokenPurpose(7) != "radar.mastodon_token:brand:7" {
		t.Fatal(TokenPurpose(7))
	}
}
