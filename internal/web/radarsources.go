package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/vigie-cm/vigie/internal/radar/live"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

// A brand's live radar sources: the Bluesky Jetstream firehose and a
// Mastodon server's streaming API (hashtags, public timeline), both
// filtered by the brand's queries. Managers change them (audited, the
// token never shown back, sealed at rest, never in the audit log); every
// member sees them with what the worker last reported: connected or not,
// mentions kept, last event, last error. The worker (internal/app/live.go)
// applies a change within a few seconds.

var radarSecrets struct {
	mu           sync.Mutex
	dataDir, key string
	box          *secret.Box
	configured   bool
}

// ConfigureRadarSources says where the key that seals Mastodon tokens
// comes from (the secret_key setting, or the key file in the data folder).
func ConfigureRadarSources(dataDir, secretKey string) {
	radarSecrets.mu.Lock()
	defer radarSecrets.mu.Unlock()
	radarSecrets.dataDir, radarSecrets.key, radarSecrets.box, radarSecrets.configured = dataDir, secretKey, nil, true
}

func radarSecretBox() (*secret.Box, error) {
	radarSecrets.mu.Lock()
	defer radarSecrets.mu.Unlock()
	if radarSecrets.box != nil {
		return radarSecrets.box, nil
	}
	if !radarSecrets.configured {
		return nil, errors.New("web: radar sources: no secret key configured to seal tokens")
	}
	b, err := secret.Open(radarSecrets.key, radarSecrets.dataDir)
	if err != nil {
		return nil, err
	}
	radarSecrets.box = b
	return b, nil
}

type radarSourcesForm struct {
	JetstreamOn    bool
	JetstreamURL   string
	MastodonOn     bool
	MastodonURL    string
	MastodonTags   string
	MastodonPublic bool
}

type radarSourcesData struct {
	Form      radarSourcesForm
	TokenSet  bool
	Errors    formErrors
	Saved     bool
	Status    []store.RadarSourceStatus
	Default   string
	UpdatedAt string
}

type radarSourcesAudit struct {
	JetstreamOn    bool     `json:"jetstream_on"`
	JetstreamURL   string   `json:"jetstream_url"`
	MastodonOn     bool     `json:"mastodon_on"`
	MastodonURL    string   `json:"mastodon_url"`
	MastodonTags   []string `json:"mastodon_tags"`
	MastodonPublic bool     `json:"mastodon_public"`
	Token          bool     `json:"mastodon_token"`
}

func sourcesAudit(r store.RadarSources) radarSourcesAudit {
	return radarSourcesAudit{r.JetstreamOn, r.JetstreamURL, r.MastodonOn, r.MastodonURL, r.MastodonTags, r.MastodonPublic, r.MastodonTokenSealed != ""}
}

func (c *Ctx) radarSourceStore(st store.Store) (store.RadarSourceStore, error) {
	rs, ok := st.(store.RadarSourceStore)
	if !ok {
		return nil, fmt.Errorf("web: radar sources: store %T keeps none", st)
	}
	return rs, nil
}

func (c *Ctx) renderRadarSources(status int, d radarSourcesData) error {
	rs, err := c.radarSourceStore(c.Store())
	if err != nil {
		return err
	}
	ctx := c.R.Context()
	cur, err := rs.GetRadarSources(ctx, c.Brand.ID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("web: radar sources of brand %d: %w", c.Brand.ID, err)
	}
	if d.Errors == nil {
		d.Form = radarSourcesForm{cur.JetstreamOn, cur.JetstreamURL, cur.MastodonOn, cur.MastodonURL, strings.Join(cur.MastodonTags, " "), cur.MastodonPublic}
	}
	d.TokenSet = cur.MastodonTokenSealed != ""
	if !cur.UpdatedAt.IsZero() {
		d.UpdatedAt = cur.UpdatedAt.Format("2006-01-02 15:04 UTC")
	}
	if d.Status, err = rs.ListRadarSourceStatus(ctx, c.Brand.ID); err != nil {
		return fmt.Errorf("web: radar sources of brand %d: %w", c.Brand.ID, err)
	}
	d.Default = live.DefaultJetstream
	return c.Render(status, "radar/sources", "radar_sources.title", d)
}

func (c *Ctx) radarSourcesPage() error {
	return c.renderRadarSources(http.StatusOK, radarSourcesData{})
}

func (c *Ctx) radarSourcesSave() error {
	f := radarSourcesForm{
		JetstreamOn: c.R.PostFormValue("jetstream_on") != "", JetstreamURL: c.field("jetstream_url"),
		MastodonOn: c.R.PostFormValue("mastodon_on") != "", MastodonURL: strings.TrimRight(c.field("mastodon_url"), "/"),
		MastodonTags: c.field("mastodon_tags"), MastodonPublic: c.R.PostFormValue("mastodon_public") != "",
	}
	token := strings.TrimSpace(c.R.PostFormValue("mastodon_token"))
	clearToken := c.R.PostFormValue("mastodon_token_clear") != ""
	errs := formErrors{}
	tags, bad := live.ParseTags(f.MastodonTags)
	if bad != "" {
		errs.add("mastodon_tags", "radar_sources.err_tag")
	}
	src := live.Sources{JetstreamOn: f.JetstreamOn, JetstreamURL: f.JetstreamURL, MastodonOn: f.MastodonOn, MastodonURL: f.MastodonURL,
		MastodonTags: tags, MastodonPublic: f.MastodonPublic}
	for _, e := range src.Validate() {
		if errs[e.Field] == "" {
			errs.add(e.Field, e.Key)
		}
	}
	if len(token) > 500 {
		errs.add("mastodon_token", "radar_sources.err_token")
	}
	if len(errs) > 0 {
		return c.renderRadarSources(http.StatusUnprocessableEntity, radarSourcesData{Form: f, Errors: errs})
	}
	ctx := c.R.Context()
	err := c.Tx(func(tx store.Store) error {
		rs, err := c.radarSourceStore(tx)
		if err != nil {
			return err
		}
		before, err := rs.GetRadarSources(ctx, c.Brand.ID)
		had := err == nil
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		next := store.RadarSources{BrandID: c.Brand.ID, JetstreamOn: f.JetstreamOn, JetstreamURL: f.JetstreamURL, MastodonOn: f.MastodonOn,
			MastodonURL: f.MastodonURL, MastodonTags: tags, MastodonPublic: f.MastodonPublic, MastodonTokenSealed: before.MastodonTokenSealed}
		switch {
		case token != "":
			box, err := radarSecretBox()
			if err != nil {
				return err
			}
			if next.MastodonTokenSealed, err = box.Seal(token, live.TokenPurpose(c.Brand.ID)); err != nil {
				return err
			}
		case clearToken:
			next.MastodonTokenSealed = ""
		}
		if c.User != nil {
			next.UpdatedBy = &c.User.ID
		}
		if err := rs.SaveRadarSources(ctx, &next); err != nil {
			return err
		}
		var prev any
		if had {
			prev = sourcesAudit(before)
		}
		return c.Audit(tx, "radar.sources", "brand", c.Brand.ID, prev, sourcesAudit(next))
	})
	if err != nil {
		return fmt.Errorf("web: radar sources of brand %d: %w", c.Brand.ID, err)
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/radar/sources", c.Brand.ID), "radar_sources.saved")
}
