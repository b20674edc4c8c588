package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

// The radar's alerts page: the workspace's alerts as the worker raised
// them (in-app: every alert is listed here at once, including those held
// for quiet hours or over the hourly cap), and the settings that say
// where the others go. Webhook URLs carry their own secret, so the page
// shows them masked; a masked line saved back keeps the stored URL.

type alertRow struct {
	store.RadarAlert
	Brand string
}

type alertsForm struct {
	Webhooks, Emails   string
	SMTPAddr, SMTPFrom string
	QuietFrom, QuietTo string // HH:MM
	TimeZone           string
	PerHour            int
}

type alertsData struct {
	Alerts     []alertRow
	Form       alertsForm
	Configured bool
	Error      string
}

// alertsShown is how many alerts the page lists.
const alertsShown = 100

// maskURL keeps a webhook URL's scheme, host and last four characters.
func maskURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "…"
	}
	tail := raw[max(0, len(raw)-4):]
	return u.Scheme + "://" + u.Host + "/…" + tail
}

// webhookMask is what the page shows of a stored webhook: its mask when
// sealed, else the masked plain URL an earlier version stored.
func webhookMask(h store.AlertWebhook) string {
	if h.Mask != "" || secret.IsSealed(h.URL) {
		return h.Mask
	}
	return maskURL(h.URL)
}

func hhmm(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

func parseHHMM(s string) (int, bool) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok {
		return 0, false
	}
	hi, err1 := strconv.Atoi(h)
	mi, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hi < 0 || hi > 23 || mi < 0 || mi > 59 {
		return 0, false
	}
	return hi*60 + mi, true
}

func alertsFormOf(s store.AlertSettings) alertsForm {
	f := alertsForm{Emails: strings.Join(s.Emails, "\n"), SMTPAddr: s.SMTPAddr, SMTPFrom: s.SMTPFrom,
		QuietFrom: hhmm(s.QuietFrom), QuietTo: hhmm(s.QuietTo), TimeZone: s.TimeZone, PerHour: s.PerHour}
	var hooks []string
	for _, h := range s.Webhooks {
		hooks = append(hooks, h.Kind+" "+webhookMask(h))
	}
	f.Webhooks = strings.Join(hooks, "\n")
	if f.TimeZone == "" {
		f.TimeZone = "UTC"
	}
	return f
}

// alertsAuditView is what the audit log keeps: webhooks masked.
func alertsAuditView(s store.AlertSettings) any {
	f := alertsFormOf(s)
	return map[string]any{"webhooks": f.Webhooks, "emails": s.Emails, "smtp": s.SMTPAddr, "from": s.SMTPFrom,
		"quiet": f.QuietFrom + "-" + f.QuietTo + " " + f.TimeZone, "per_hour": s.PerHour}
}

func (c *Ctx) renderAlerts(status int, d alertsData) error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusNotFound, Key: "error.no_workspace"}
	}
	ctx := c.R.Context()
	cs, ok := c.Store().(store.CrisisStore)
	if !ok {
		return fmt.Errorf("web: alerts: store %T keeps no alerts", c.Store())
	}
	as, err := cs.ListAlerts(ctx, c.Workspace.ID, "", alertsShown)
	if err != nil {
		return fmt.Errorf("web: alerts: %w", err)
	}
	names := map[int64]string{}
	bs, err := c.Store().ListBrands(ctx, c.Workspace.ID)
	if err != nil {
		return fmt.Errorf("web: alerts: %w", err)
	}
	for _, b := range bs {
		names[b.ID] = b.Name
	}
	for _, a := range as {
		d.Alerts = append(d.Alerts, alertRow{RadarAlert: a, Brand: names[a.BrandID]})
	}
	if d.Form == (alertsForm{}) {
		s, err := cs.GetAlertSettings(ctx, c.Workspace.ID)
		switch {
		case err == nil:
			d.Configured = true
		case errors.Is(err, store.ErrNotFound):
			s = store.AlertSettings{TimeZone: "UTC"}
		default:
			return fmt.Errorf("web: alerts: %w", err)
		}
		d.Form = alertsFormOf(s)
	}
	return c.Render(status, "radar/alerts", "alerts.title", d)
}

func (c *Ctx) alertsPage() error { return c.renderAlerts(http.StatusOK, alertsData{}) }

func (c *Ctx) alertsSettingsSave() error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusNotFound, Key: "error.no_workspace"}
	}
	ctx := c.R.Context()
	cs, ok := c.Store().(store.CrisisStore)
	if !ok {
		return fmt.Errorf("web: alerts: store %T keeps no alerts", c.Store())
	}
	f := alertsForm{Webhooks: c.R.PostFormValue("webhooks"), Emails: c.R.PostFormValue("emails"), SMTPAddr: c.field("smtp_addr"),
		SMTPFrom: c.field("smtp_from"), QuietFrom: c.field("quiet_from"), QuietTo: c.field("quiet_to"), TimeZone: c.field("time_zone")}
	fail := func(key string, args ...any) error {
		return c.renderAlerts(http.StatusUnprocessableEntity, alertsData{Form: f, Error: c.T(key, args...)})
	}
	per, err := strconv.Atoi(strings.TrimSpace(c.R.PostFormValue("per_hour")))
	if err != nil && strings.TrimSpace(c.R.PostFormValue("per_hour")) != "" {
		return fail("alerts.err_per_hour")
	}
	f.PerHour = per
	old, err := cs.GetAlertSettings(ctx, c.Workspace.ID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("web: alerts: %w", err)
	}
	s := store.AlertSettings{WorkspaceID: c.Workspace.ID, SMTPAddr: f.SMTPAddr, SMTPFrom: f.SMTPFrom, TimeZone: f.TimeZone, PerHour: per,
		Emails: lines(f.Emails)}
	if c.User != nil {
		s.UpdatedBy = &c.User.ID
	}
	for i, l := range lines(f.Webhooks) {
		kind, u, ok := strings.Cut(l, " ")
		u = strings.TrimSpace(u)
		if !ok || u == "" {
			return fail("alerts.err_webhook", i+1)
		}
		hook := store.AlertWebhook{Kind: strings.ToLower(kind), URL: u}
		for _, h := range old.Webhooks {
			if u == webhookMask(h) {
				hook = h // shown masked, saved back unchanged
				hook.Kind = strings.ToLower(kind)
			}
		}
		if !secret.IsSealed(hook.URL) {
			if !strings.HasPrefix(hook.URL, "https://") && !strings.HasPrefix(hook.URL, "http://") {
				return fail("alerts.err_webhook", i+1)
			}
			// A plain URL kept from an earlier version has no mask yet.
			hook.Mask = maskURL(hook.URL)
			box, err := radarSecretBox()
			if err != nil {
				return fmt.Errorf("web: alerts: %w", err)
			}
			if hook.URL, err = box.Seal(hook.URL, store.AlertWebhookPurpose(c.Workspace.ID)); err != nil {
				return fmt.Errorf("web: alerts: %w", err)
			}
		}
		s.Webhooks = append(s.Webhooks, hook)
	}
	var okFrom, okTo bool
	if s.QuietFrom, okFrom = parseHHMM(f.QuietFrom); f.QuietFrom == "" {
		okFrom = true
	}
	if s.QuietTo, okTo = parseHHMM(f.QuietTo); f.QuietTo == "" {
		okTo = true
	}
	if !okFrom || !okTo {
		return fail("alerts.err_quiet")
	}
	if (s.SMTPAddr == "") != (s.SMTPFrom == "") {
		return fail("alerts.err_smtp")
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.(store.CrisisStore).SaveAlertSettings(ctx, &s); err != nil {
			return err
		}
		var before any
		if old.WorkspaceID != 0 {
			before = alertsAuditView(old)
		}
		return c.Audit(tx, "radar_alerts.settings", "workspace", c.Workspace.ID, before, alertsAuditView(s))
	})
	if errors.Is(err, store.ErrInvalid) {
		// The store's message names the bad field; it holds no secret
		// beyond what the user just typed.
		return fail("alerts.err_invalid", strings.TrimPrefix(err.Error(), "store: "))
	} else if err != nil {
		return fmt.Errorf("web: alerts: %w", err)
	}
	return c.Redirect("/radar/alerts", "alerts.flash_saved")
}
