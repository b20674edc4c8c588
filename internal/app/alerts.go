package app

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radar/alert"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

// The radar alerts worker watches the process's radar hub and tells each
// brand's team when an episode opens (early warning), escalates (buzz or
// bad buzz in progress) and ends (post-mortem ready): by the workspace's
// webhooks (Slack, Teams Workflows, generic JSON), by email to the
// workspace's recipients and the brand's people on duty, and in the app.
// Every alert is first claimed in the database under its key (brand,
// episode, phase), so that several worker processes, each with its full
// view of the radar, or one replaying the stream after a restart, send it
// once. The rules of internal/radar/alert apply on top: quiet hours (an
// urgent bad buzz still goes out; the rest waits for a digest at the end
// of them) and a per-brand hourly cap (over it, in the app only).

func init() {
	RegisterWorker(Worker{Name: "radar-alerts", Run: func(ctx context.Context, d Deps) error {
		return runAlerts(ctx, d, radarhub.Default(), nil)
	}})
}

const (
	alertTick = 10 * time.Second
	// alertFresh is how recent a phase change must be to alert: the
	// replay after a restart, or an import of last month's mentions,
	// finds old episodes that nobody needs to hear about now.
	alertFresh = time.Hour
	// alertDriverMin and alertDrivers: the terms that name what drives an
	// episode in the alert's text (as the crisis room's "before" view).
	alertDriverMin   = 3
	alertDrivers     = 3
	alertHeldMax     = 500
	alertHTTPTimeout = 10 * time.Second
)

type alerter struct {
	// claimed remembers the keys this process saw claimed (by it or
	// another), so that an episode in progress does not recompute its
	// drivers and query the database every tick; the database stays the
	// judge for keys not in it.
	claimed map[string]time.Time
	d       Deps
	cs      store.CrisisStore
	hub     *radarhub.Hub
	now     func() time.Time
	client  *http.Client

	// box opens the sealed webhook URLs, once, from the process's key.
	boxOnce sync.Once
	box     *secret.Box
	boxErr  error
}

func (a *alerter) openBox() (*secret.Box, error) {
	a.boxOnce.Do(func() {
		if a.d.Config.SecretKey == "" && a.d.Config.Data == "" {
			a.boxErr = errors.New("no secret key or data folder to open webhook URLs with")
			return
		}
		a.box, a.boxErr = secret.Open(a.d.Config.SecretKey, a.d.Config.Data)
	})
	return a.box, a.boxErr
}

// webhookURL is a stored webhook's address, opened when sealed.
func (a *alerter) webhookURL(h store.AlertWebhook, workspaceID int64) (string, error) {
	if !secret.IsSealed(h.URL) {
		return h.URL, nil
	}
	box, err := a.openBox()
	if err != nil {
		return "", err
	}
	return box.Open(h.URL, store.AlertWebhookPurpose(workspaceID))
}

func newAlerter(d Deps, hub *radarhub.Hub, now func() time.Time) (*alerter, error) {
	cs, ok := d.Store.(store.CrisisStore)
	if !ok {
		return nil, fmt.Errorf("app: radar alerts: store %T keeps no alerts", d.Store)
	}
	if now == nil {
		now = time.Now
	}
	return &alerter{d: d, cs: cs, hub: hub, now: now, client: &http.Client{Timeout: alertHTTPTimeout}, claimed: map[string]time.Time{}}, nil
}

func runAlerts(ctx context.Context, d Deps, hub *radarhub.Hub, now func() time.Time) error {
	a, err := newAlerter(d, hub, now)
	if err != nil {
		return err
	}
	t := time.NewTicker(alertTick)
	defer t.Stop()
	for {
		if err := a.tick(ctx); err != nil && ctx.Err() == nil {
			d.Logger.Warn("app: radar alerts", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// events lists the brand's fresh phase changes: the current episode's
// (early warning or surge), and for episodes that ended recently their
// surge and their end, in case the worker missed them between ticks.
func events(st radarhub.Status, now time.Time) []radar.Episode {
	fresh := func(t time.Time) bool { return !t.IsZero() && now.Sub(t) < alertFresh }
	var out []radar.Episode
	if e := st.Current; e != nil {
		switch {
		case e.Phase == radar.PhaseDuring && fresh(e.AlertAt):
			out = append(out, *e)
		case e.Phase == radar.PhaseBefore && fresh(e.Start):
			out = append(out, *e)
		}
	}
	for _, e := range st.Closed {
		if !fresh(e.End) {
			continue
		}
		if fresh(e.AlertAt) {
			during := e
			during.Phase = radar.PhaseDuring
			out = append(out, during)
		}
		out = append(out, e)
	}
	return out
}

func (a *alerter) tick(ctx context.Context) error {
	now := a.now().UTC()
	all, err := a.cs.ListAlertSettings(ctx)
	if err != nil {
		return fmt.Errorf("app: radar alerts: %w", err)
	}
	settings := map[int64]store.AlertSettings{}
	for _, s := range all {
		settings[s.WorkspaceID] = s
	}
	var errs []error
	for _, id := range a.hub.Brands() {
		evs := events(a.hub.Status(id), now)
		if len(evs) == 0 {
			continue
		}
		b, err := a.d.Store.GetBrand(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue // deleted since the hub learnt its queries
		} else if err != nil {
			errs = append(errs, err)
			continue
		}
		disp := a.dispatcher(ctx, settings[b.WorkspaceID], b.WorkspaceID)
		for _, ev := range evs {
			// The key does not depend on the drivers: look it up first.
			if probe, ok := alert.FromEpisode(b.Name, &ev, nil, "", "en"); !ok {
				continue
			} else if _, seen := a.claimed[probe.Key]; seen {
				continue
			}
			al, ok := a.alertOf(ctx, b, ev)
			if !ok {
				continue
			}
			o, err := disp.Dispatch(ctx, al, now)
			if err != nil {
				errs = append(errs, fmt.Errorf("brand %d: %w", id, err))
			}
			if o != alert.Duplicate {
				a.d.Logger.Info("app: radar alert", "brand", id, "key", al.Key, "outcome", string(o))
			}
			if err == nil || o == alert.Duplicate {
				a.claimed[al.Key] = now
			}
		}
	}
	for k, t := range a.claimed {
		if now.Sub(t) > 2*alertFresh {
			delete(a.claimed, k)
		}
	}
	for ws, s := range settings {
		if err := a.dispatcher(ctx, s, ws).Flush(ctx, now); err != nil {
			errs = append(errs, fmt.Errorf("workspace %d: quiet-hours digest: %w", ws, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("app: radar alerts: %w", err)
	}
	return nil
}

func (a *alerter) alertOf(ctx context.Context, b brand.Brand, e radar.Episode) (alert.Alert, bool) {
	end := e.End
	if end.IsZero() {
		end = a.now().UTC()
	}
	during := a.hub.Mentions(b.ID, e.Start, end.Add(time.Nanosecond))
	base := a.hub.Mentions(b.ID, e.Start.Add(-24*time.Hour), e.Start)
	plain := func(ts []radarhub.Tagged) []radar.Mention {
		out := make([]radar.Mention, len(ts))
		for i, t := range ts {
			out[i] = t.Mention
		}
		return out
	}
	drivers := radar.Drivers(plain(during), plain(base), alertDriverMin, alertDrivers)
	lang := "en"
	if len(b.Languages) > 0 && b.Languages[0] == "fr" {
		lang = "fr"
	}
	link := fmt.Sprintf("%s/brands/%d/radar/episodes/%d", a.d.BaseURL, b.ID, e.Start.Unix())
	al, ok := alert.FromEpisode(b.Name, &e, drivers, link, lang)
	al.BrandID = b.ID
	// Who to call is in the alert itself: the room may be a phone away.
	if duty, err := a.cs.ListOnDuty(ctx, b.ID); err == nil && len(duty) > 0 {
		var who []string
		for _, p := range duty {
			w := p.Name
			if extra := strings.TrimSpace(strings.Join(slices.DeleteFunc([]string{p.Duty, p.Phone}, func(s string) bool { return s == "" }), ", ")); extra != "" {
				w += " (" + extra + ")"
			}
			who = append(who, w)
		}
		label := "On duty: "
		if lang == "fr" {
			label = "D'astreinte : "
		}
		al.Text += "\n" + label + strings.Join(who, "; ")
	}
	return al, ok
}

// dispatcher applies a workspace's settings (none: in the app only).
func (a *alerter) dispatcher(ctx context.Context, s store.AlertSettings, ws int64) *alert.Dispatcher {
	d := &alert.Dispatcher{Ledger: &storeLedger{st: a.d.Store, cs: a.cs, workspace: ws}, PerHour: s.PerHour}
	if s.QuietFrom != s.QuietTo {
		loc, err := time.LoadLocation(s.TimeZone)
		if err != nil {
			loc = time.UTC // the store refuses unknown zones; a zone database gone missing falls back
		}
		d.Quiet = alert.QuietHours{From: time.Duration(s.QuietFrom) * time.Minute, To: time.Duration(s.QuietTo) * time.Minute, Location: loc}
	}
	d.ChannelsFor = func(al alert.Alert) []alert.Channel { return a.channels(ctx, s, al.BrandID) }
	return d
}

// channels are the workspace's webhooks, and an email to its recipients
// and the brand's people on duty.
func (a *alerter) channels(ctx context.Context, s store.AlertSettings, brandID int64) []alert.Channel {
	var out []alert.Channel
	for _, h := range s.Webhooks {
		u, err := a.webhookURL(h, s.WorkspaceID)
		if err != nil {
			// The other channels still get the alert.
			a.d.Logger.Warn("app: radar alerts: webhook URL", "workspace", s.WorkspaceID, "webhook", h.Mask, "err", err)
			continue
		}
		switch h.Kind {
		case "slack":
			out = append(out, &alert.Slack{URL: u, Client: a.client})
		case "teams":
			out = append(out, &alert.TeamsWorkflow{URL: u, Client: a.client})
		case "generic":
			out = append(out, &alert.Generic{URL: u, Client: a.client})
		}
	}
	if s.SMTPAddr == "" {
		return out
	}
	to := append([]string(nil), s.Emails...)
	// A failure to read who is on duty still sends to the others.
	duty, err := a.cs.ListOnDuty(ctx, brandID)
	if err != nil {
		a.d.Logger.Warn("app: radar alerts: people on duty", "brand", brandID, "err", err)
	}
	for _, p := range duty {
		if !slices.Contains(to, p.Email) {
			to = append(to, p.Email)
		}
	}
	if len(to) > 0 {
		from := s.SMTPFrom
		if from == "" {
			from = "vigie@localhost"
		}
		out = append(out, &alert.Email{Addr: s.SMTPAddr, From: from, To: to})
	}
	return out
}

// storeLedger keeps the dispatcher's memory in the radar_alerts table of
// one workspace.
type storeLedger struct {
	st        store.Store
	cs        store.CrisisStore
	workspace int64
}

func (l *storeLedger) Claim(ctx context.Context, a alert.Alert, now time.Time) (int64, bool, error) {
	r := store.RadarAlert{BrandID: a.BrandID, Key: a.Key, Title: a.Title, Body: a.Text, URL: a.URL, Urgent: a.Urgent, RaisedAt: now}
	fresh, err := l.cs.RaiseAlert(ctx, &r)
	return r.ID, fresh, err
}

func (l *storeLedger) Sent(ctx context.Context, a alert.Alert, since time.Time) (int, error) {
	return l.cs.CountAlerts(ctx, a.BrandID, string(alert.Sent), since)
}

func (l *storeLedger) Settle(ctx context.Context, id int64, o alert.Outcome, sendErr error, now time.Time) error {
	msg := ""
	if sendErr != nil {
		msg = sendErr.Error()
	}
	return l.cs.SettleAlert(ctx, id, string(o), msg, now)
}

func (l *storeLedger) Held(ctx context.Context) ([]alert.Alert, []int64, error) {
	rows, err := l.cs.ListAlerts(ctx, l.workspace, string(alert.Held), alertHeldMax)
	if err != nil {
		return nil, nil, err
	}
	names := map[int64]string{}
	var as []alert.Alert
	var ids []int64
	for i := len(rows) - 1; i >= 0; i-- { // oldest first
		r := rows[i]
		if _, ok := names[r.BrandID]; !ok {
			names[r.BrandID] = fmt.Sprintf("brand %d", r.BrandID)
			if b, err := l.st.GetBrand(ctx, r.BrandID); err == nil {
				names[r.BrandID] = b.Name
			}
		}
		as = append(as, alert.Alert{Key: r.Key, Brand: names[r.BrandID], BrandID: r.BrandID, Title: r.Title, Text: r.Body,
			URL: r.URL, Urgent: r.Urgent, Time: r.RaisedAt})
		ids = append(ids, r.ID)
	}
	return as, ids, nil
}
