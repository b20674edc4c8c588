package live

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Sources is what a brand asks to listen to: the settings page edits it,
// the worker starts a client per source from it.
type Sources struct {
	JetstreamOn  bool
	JetstreamURL string // "" is DefaultJetstream
	MastodonOn   bool
	MastodonURL  string
	// MastodonTags are followed one stream each; MastodonPublic adds the
	// server's public timeline (every public post it knows).
	MastodonTags   []string
	MastodonPublic bool
}

// FieldError names the settings field at fault and a message key of the
// web catalogue (radar_sources.err_*), so the page can show it next to
// the field in the user's language.
type FieldError struct {
	Field string
	Key   string
}

var hashtagRE = regexp.MustCompile(`^[\p{L}\p{N}_]{1,100}$`)

// ParseTags reads hashtags separated by spaces or commas, with or without
// '#'; bad is the first that is not a hashtag.
func ParseTags(s string) (tags []string, bad string) {
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\n' || r == '\t' || r == '\r' }) {
		t := strings.TrimPrefix(f, "#")
		if !hashtagRE.MatchString(t) {
			return nil, f
		}
		if k := strings.ToLower(t); !seen[k] {
			seen[k] = true
			tags = append(tags, t)
		}
	}
	return tags, ""
}

// Validate checks the settings and returns one error per field at fault.
func (s Sources) Validate() []FieldError {
	var errs []FieldError
	if s.JetstreamURL != "" {
		if u, err := url.Parse(s.JetstreamURL); err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
			errs = append(errs, FieldError{"jetstream_url", "radar_sources.err_ws_url"})
		}
	}
	if s.MastodonURL != "" {
		if u, err := url.Parse(s.MastodonURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
			errs = append(errs, FieldError{"mastodon_url", "radar_sources.err_http_url"})
		}
	}
	if s.MastodonOn {
		if s.MastodonURL == "" {
			errs = append(errs, FieldError{"mastodon_url", "radar_sources.err_mastodon_url_required"})
		}
		if len(s.MastodonTags) == 0 && !s.MastodonPublic {
			errs = append(errs, FieldError{"mastodon_tags", "radar_sources.err_mastodon_nothing"})
		}
	}
	if len(s.MastodonTags) > 20 {
		errs = append(errs, FieldError{"mastodon_tags", "radar_sources.err_too_many_tags"})
	}
	return errs
}

// TokenPurpose binds a brand's sealed Mastodon token to that brand
// (internal/secret): a value copied to another brand does not open.
func TokenPurpose(brandID int64) string {
	return "radar.mastodon_token:brand:" + strconv.FormatInt(brandID, 10)
}
