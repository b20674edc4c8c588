package web

import (
	"net/http"
	"os"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
)

// RadarWebhookSecretEnv names the environment variable holding the shared
// HMAC secret of the mentions webhook; unset, the webhook refuses every
// request (401).
const RadarWebhookSecretEnv = "VIGIE_RADAR_WEBHOOK_SECRET"

// radarWebhook receives mentions pushed by a listening tool or a script,
// signed with the shared secret (radar.WebhookHandler: X-Vigie-Timestamp,
// X-Vigie-Signature), and sends them through the stream like an import;
// the brands' queries route them.
func (c *Ctx) radarWebhook() error {
	h := radar.WebhookHandler{
		Secret:  []byte(os.Getenv(RadarWebhookSecretEnv)),
		Sink:    radarHub().Publish,
		MaxBody: maxBody,
		Now:     c.s.now,
	}
	h.ServeHTTP(c.W, c.R)
	return nil
}

type radarAPIStatus struct {
	Brand     int64             `json:"brand"`
	Queries   map[string]string `json:"queries"`
	Step      string            `json:"step"`
	From      time.Time         `json:"from"`
	To        time.Time         `json:"to"`
	Points    []radar.Point     `json:"points"`
	Score     *radarhub.Score   `json:"last_score,omitempty"`
	Current   *radar.Episode    `json:"current_episode,omitempty"`
	Episodes  []radar.Episode   `json:"episodes"`
	Listening bool              `json:"listening"`
}

// apiRadar returns a brand's radar: its queries, its series over the
// window of ?res= (1m, 5m, 1h, 1d) — one query's with ?query=name —,
// the last detector score and the episodes.
func (c *Ctx) apiRadar() error {
	res := radarResolution(c.R.URL.Query().Get("res"))
	hub := radarHub()
	st := hub.Status(c.Brand.ID)
	to := c.s.now().UTC().Truncate(res.Step).Add(res.Step)
	from := to.Add(-res.Window)
	query := c.R.URL.Query().Get("query")
	if _, ok := st.Queries[query]; !ok && query != "" {
		return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	pts, err := hub.Series(c.Brand.ID, query, from, to, res.Step)
	if err != nil {
		return err
	}
	out := radarAPIStatus{Brand: c.Brand.ID, Queries: st.Queries, Step: res.Key, From: from, To: to, Points: pts,
		Current: st.Current, Episodes: st.Closed, Listening: st.Listening}
	if out.Episodes == nil {
		out.Episodes = []radar.Episode{}
	}
	if !st.LastScore.Start.IsZero() {
		s := st.LastScore
		out.Score = &s
	}
	return c.JSON(http.StatusOK, out)
}
