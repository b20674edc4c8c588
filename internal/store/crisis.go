package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/secret"
)

// AlertWebhook is one place a workspace's radar alerts are posted to.
type AlertWebhook struct {
	Kind string `json:"kind"` // slack, teams or generic
	// URL is the address, sealed by the web app (secret.Seal with
	// AlertWebhookPurpose) since a Slack or Teams webhook URL is itself
	// the credential; a plain http(s) URL from an earlier version is
	// still read.
	URL string `json:"url"`
	// Mask is what the pages show of a sealed URL (scheme, host, last
	// characters).
	Mask string `json:"mask,omitempty"`
}

// AlertWebhookPurpose binds a sealed webhook URL to its workspace, so a
// value copied into another workspace's settings does not open.
func AlertWebhookPurpose(workspaceID int64) string {
	return fmt.Sprintf("radar.alert_webhook:workspace:%d", workspaceID)
}

// AlertWebhookKinds are the payload shapes alert webhooks can take.
var AlertWebhookKinds = []string{"slack", "teams", "generic"}

// AlertSettings say where and when a workspace's radar alerts go.
type AlertSettings struct {
	WorkspaceID int64
	Webhooks    []AlertWebhook
	// Emails receive every alert, besides the brand's people on duty.
	Emails []string
	// SMTPAddr (host:port) and SMTPFrom send the emails; empty means no
	// email.
	SMTPAddr, SMTPFrom string
	// QuietFrom and QuietTo are minutes since midnight in TimeZone; equal
	// means no quiet hours.
	QuietFrom, QuietTo int
	TimeZone           string
	// PerHour caps the alerts sent per brand per rolling hour (0: no cap).
	PerHour   int
	UpdatedAt time.Time
	UpdatedBy *int64
}

// RadarAlert is one alert raised by the radar, and what became of it.
type RadarAlert struct {
	ID          int64
	WorkspaceID int64
	BrandID     int64
	// Key is unique per brand (brand, episode, phase): raising it again
	// does nothing.
	Key, Title, Body, URL string
	Urgent                bool
	RaisedAt              time.Time
	// Outcome is "pending" until settled (sent, held_quiet_hours,
	// rate_limited, failed, digest_sent).
	Outcome   string
	Error     string
	SettledAt *time.Time
}

// ChecklistItem is one line of a brand's crisis checklist.
type ChecklistItem struct {
	ID       int64
	BrandID  int64
	Position int
	Text     string
}

// ChecklistTick says who ticked an item for an episode, and when.
type ChecklistTick struct {
	ItemID int64
	UserID *int64
	// Name and Email are the user's, empty once the user is deleted.
	Name, Email string
	At          time.Time
}

// OnDuty is a member of the workspace on duty for a brand's crises.
type OnDuty struct {
	BrandID, UserID int64
	Name, Email     string // from the user
	Phone           string
	Duty            string // what they do in a crisis ("legal", "spokesperson")
	Position        int
}

// HoldingStatement is an episode's holding statement and its last check.
type HoldingStatement struct {
	BrandID int64
	Episode int64 // the episode's start, Unix seconds
	Text    string
	Lang    string
	Network string
	// Engine names what wrote the text: "offline", the model's label, or
	// "human" after an edit.
	Engine  string
	Verdict string // pass, warn or fail
	// Findings is the record of the last check as JSON, kept as given (the
	// web app keeps the findings and what the text was checked against).
	Findings  json.RawMessage
	Ready     bool
	UpdatedAt time.Time
	UpdatedBy *int64
}

// CrisisStore keeps the radar's alert settings and alerts, and the crisis
// room's checklist, people on duty and holding statements. The SQL store
// implements it; callers reach it with a type assertion on Store, like
// RadarStore.
type CrisisStore interface {
	// GetAlertSettings returns the workspace's settings, or ErrNotFound.
	GetAlertSettings(ctx context.Context, workspaceID int64) (AlertSettings, error)
	// ListAlertSettings returns every workspace's settings (the worker).
	ListAlertSettings(ctx context.Context) ([]AlertSettings, error)
	// SaveAlertSettings creates or replaces them; UpdatedAt is set when zero.
	SaveAlertSettings(ctx context.Context, s *AlertSettings) error

	// RaiseAlert records a new alert of a brand (WorkspaceID is taken from
	// the brand) and reports true; false, changing nothing, when the brand
	// already has an alert with that key.
	RaiseAlert(ctx context.Context, a *RadarAlert) (bool, error)
	// SettleAlert records what became of alert id.
	SettleAlert(ctx context.Context, id int64, outcome, errText string, at time.Time) error
	// CountAlerts counts a brand's alerts settled with outcome since a time.
	CountAlerts(ctx context.Context, brandID int64, outcome string, since time.Time) (int, error)
	// ListAlerts returns a workspace's alerts, newest first; outcome ""
	// lists all of them; limit defaults to 100.
	ListAlerts(ctx context.Context, workspaceID int64, outcome string, limit int) ([]RadarAlert, error)

	// ListChecklist returns a brand's checklist in order (empty when none
	// was saved: the caller offers the defaults).
	ListChecklist(ctx context.Context, brandID int64) ([]ChecklistItem, error)
	// SaveChecklist replaces a brand's checklist with texts, in order. An
	// item whose text is unchanged keeps its id and so its ticks; the
	// ticks of removed items go with them.
	SaveChecklist(ctx context.Context, brandID int64, texts []string) ([]ChecklistItem, error)
	// EnsureChecklist returns the brand's checklist, saving defaults first
	// when it has none; two callers at once save them once.
	EnsureChecklist(ctx context.Context, brandID int64, defaults []string) ([]ChecklistItem, error)
	// TickChecklist marks item itemID of the brand done for an episode
	// (ErrNotFound when the brand has no such item).
	TickChecklist(ctx context.Context, brandID, episode, itemID int64, userID *int64, at time.Time) error
	// UntickChecklist clears it (ErrNotFound when it was not ticked).
	UntickChecklist(ctx context.Context, brandID, episode, itemID int64) error
	// ListTicks returns the items ticked for an episode.
	ListTicks(ctx context.Context, brandID, episode int64) ([]ChecklistTick, error)

	// ListOnDuty returns the brand's people on duty, in order.
	ListOnDuty(ctx context.Context, brandID int64) ([]OnDuty, error)
	// SaveOnDuty puts a user on duty for the brand, or updates their phone,
	// duty and position.
	SaveOnDuty(ctx context.Context, d *OnDuty) error
	// DeleteOnDuty takes a user off duty (ErrNotFound when not on duty).
	DeleteOnDuty(ctx context.Context, brandID, userID int64) error

	// GetHoldingStatement returns an episode's statement, or ErrNotFound.
	GetHoldingStatement(ctx context.Context, brandID, episode int64) (HoldingStatement, error)
	// SaveHoldingStatement creates or replaces it; UpdatedAt is set when zero.
	SaveHoldingStatement(ctx context.Context, h *HoldingStatement) error
}

var _ CrisisStore = (*sqlStore)(nil)

func scanAlertSettings(sc interface{ Scan(...any) error }) (AlertSettings, error) {
	var a AlertSettings
	var hooks, emails string
	var by sql.NullInt64
	if err := sc.Scan(&a.WorkspaceID, &hooks, &emails, &a.SMTPAddr, &a.SMTPFrom, &a.QuietFrom, &a.QuietTo, &a.TimeZone,
		&a.PerHour, timeScan{&a.UpdatedAt}, &by); err != nil {
		return a, err
	}
	if err := json.Unmarshal([]byte(hooks), &a.Webhooks); err != nil {
		return a, err
	}
	if err := json.Unmarshal([]byte(emails), &a.Emails); err != nil {
		return a, err
	}
	if by.Valid {
		a.UpdatedBy = &by.Int64
	}
	return a, nil
}

func (s *sqlStore) GetAlertSettings(ctx context.Context, workspaceID int64) (AlertSettings, error) {
	a, err := scanAlertSettings(s.q.QueryRowContext(ctx, s.sql("alert.settings.get"), workspaceID))
	if err != nil {
		return AlertSettings{}, wrap(err, "get alert settings of workspace %d", workspaceID)
	}
	return a, nil
}

func (s *sqlStore) ListAlertSettings(ctx context.Context) ([]AlertSettings, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("alert.settings.all"))
	if err != nil {
		return nil, wrap(err, "list alert settings")
	}
	defer rows.Close()
	var out []AlertSettings
	for rows.Next() {
		a, err := scanAlertSettings(rows)
		if err != nil {
			return nil, wrap(err, "list alert settings")
		}
		out = append(out, a)
	}
	return out, wrap(rows.Err(), "list alert settings")
}

func (s *sqlStore) SaveAlertSettings(ctx context.Context, a *AlertSettings) error {
	for i, h := range a.Webhooks {
		if !oneOf(h.Kind, AlertWebhookKinds) {
			return invalid("save alert settings of workspace %d: webhook %d: kind %q is not slack, teams or generic", a.WorkspaceID, i+1, h.Kind)
		}
		if !strings.HasPrefix(h.URL, "https://") && !strings.HasPrefix(h.URL, "http://") && !secret.IsSealed(h.URL) {
			return invalid("save alert settings of workspace %d: webhook %d: URL %q is not http(s)", a.WorkspaceID, i+1, h.URL)
		}
	}
	for _, e := range a.Emails {
		if !strings.Contains(e, "@") || strings.ContainsAny(e, " \r\n,;<>") {
			return invalid("save alert settings of workspace %d: %q is not an email address", a.WorkspaceID, e)
		}
	}
	if a.QuietFrom < 0 || a.QuietFrom >= 1440 || a.QuietTo < 0 || a.QuietTo >= 1440 || a.PerHour < 0 {
		return invalid("save alert settings of workspace %d: quiet hours out of 00:00–23:59 or a negative rate limit", a.WorkspaceID)
	}
	if a.TimeZone == "" {
		a.TimeZone = "UTC"
	}
	if _, err := time.LoadLocation(a.TimeZone); err != nil {
		return invalid("save alert settings of workspace %d: time zone %q: %v", a.WorkspaceID, a.TimeZone, err)
	}
	if a.UpdatedAt.IsZero() {
		a.UpdatedAt = now()
	}
	hooks, _ := json.Marshal(append([]AlertWebhook{}, a.Webhooks...))
	emails, _ := json.Marshal(append([]string{}, a.Emails...))
	_, err := s.q.ExecContext(ctx, s.sql("alert.settings.save"), a.WorkspaceID, string(hooks), string(emails), a.SMTPAddr, a.SMTPFrom,
		a.QuietFrom, a.QuietTo, a.TimeZone, a.PerHour, s.ts(a.UpdatedAt), nullInt(a.UpdatedBy))
	return wrap(err, "save alert settings of workspace %d", a.WorkspaceID)
}

func (s *sqlStore) RaiseAlert(ctx context.Context, a *RadarAlert) (bool, error) {
	if a.Key == "" || a.Title == "" {
		return false, invalid("raise alert of brand %d: key and title are required", a.BrandID)
	}
	if a.RaisedAt.IsZero() {
		a.RaisedAt = now()
	}
	err := s.q.QueryRowContext(ctx, s.sql("alert.raise"), a.BrandID, a.Key, a.Title, a.Body, a.URL, a.Urgent, s.ts(a.RaisedAt)).
		Scan(&a.ID, &a.WorkspaceID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, wrap(err, "raise alert %q of brand %d", a.Key, a.BrandID)
	}
	a.Outcome = "pending"
	return true, nil
}

func (s *sqlStore) SettleAlert(ctx context.Context, id int64, outcome, errText string, at time.Time) error {
	res, err := s.q.ExecContext(ctx, s.sql("alert.settle"), id, outcome, errText, s.ts(at))
	return affected(res, err, "settle alert %d", id)
}

func (s *sqlStore) CountAlerts(ctx context.Context, brandID int64, outcome string, since time.Time) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, s.sql("alert.count"), brandID, outcome, s.ts(since)).Scan(&n)
	return n, wrap(err, "count alerts of brand %d", brandID)
}

func (s *sqlStore) ListAlerts(ctx context.Context, workspaceID int64, outcome string, limit int) ([]RadarAlert, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.q.QueryContext(ctx, s.sql("alert.list"), workspaceID, outcome, limit)
	if err != nil {
		return nil, wrap(err, "list alerts of workspace %d", workspaceID)
	}
	defer rows.Close()
	var out []RadarAlert
	for rows.Next() {
		var a RadarAlert
		var settled sql.Null[any]
		if err := rows.Scan(&a.ID, &a.WorkspaceID, &a.BrandID, &a.Key, &a.Title, &a.Body, &a.URL, &a.Urgent,
			timeScan{&a.RaisedAt}, &a.Outcome, &a.Error, &settled); err != nil {
			return nil, wrap(err, "list alerts of workspace %d", workspaceID)
		}
		if settled.Valid {
			t, err := parseDBTime(settled.V)
			if err != nil {
				return nil, wrap(err, "list alerts of workspace %d", workspaceID)
			}
			a.SettledAt = &t
		}
		out = append(out, a)
	}
	return out, wrap(rows.Err(), "list alerts of workspace %d", workspaceID)
}

func (s *sqlStore) ListChecklist(ctx context.Context, brandID int64) ([]ChecklistItem, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("crisis.checklist.list"), brandID)
	if err != nil {
		return nil, wrap(err, "list checklist of brand %d", brandID)
	}
	defer rows.Close()
	var out []ChecklistItem
	for rows.Next() {
		var c ChecklistItem
		if err := rows.Scan(&c.ID, &c.BrandID, &c.Position, &c.Text); err != nil {
			return nil, wrap(err, "list checklist of brand %d", brandID)
		}
		out = append(out, c)
	}
	return out, wrap(rows.Err(), "list checklist of brand %d", brandID)
}

func (s *sqlStore) SaveChecklist(ctx context.Context, brandID int64, texts []string) ([]ChecklistItem, error) {
	var clean []string
	for _, t := range texts {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		if len(t) > 500 {
			return nil, invalid("save checklist of brand %d: item %q is over 500 bytes", brandID, t[:40]+"…")
		}
		clean = append(clean, t)
	}
	if len(clean) > 50 {
		return nil, invalid("save checklist of brand %d: %d items, at most 50", brandID, len(clean))
	}
	var out []ChecklistItem
	err := s.InTx(ctx, func(tx Store) error {
		t := tx.(*sqlStore)
		old, err := t.ListChecklist(ctx, brandID)
		if err != nil {
			return err
		}
		byText := map[string][]ChecklistItem{}
		for _, c := range old {
			byText[c.Text] = append(byText[c.Text], c)
		}
		for i, text := range clean {
			item := ChecklistItem{BrandID: brandID, Position: i + 1, Text: text}
			if same := byText[text]; len(same) > 0 {
				item.ID, byText[text] = same[0].ID, same[1:]
				if _, err := t.q.ExecContext(ctx, t.sql("crisis.checklist.move"), item.ID, brandID, item.Position); err != nil {
					return wrap(err, "save checklist of brand %d", brandID)
				}
			} else if err := t.q.QueryRowContext(ctx, t.sql("crisis.checklist.insert"), brandID, item.Position, text).Scan(&item.ID); err != nil {
				return wrap(err, "save checklist of brand %d", brandID)
			}
			out = append(out, item)
		}
		for _, left := range byText {
			for _, c := range left {
				if _, err := t.q.ExecContext(ctx, t.sql("crisis.checklist.delete"), c.ID, brandID); err != nil {
					return wrap(err, "save checklist of brand %d", brandID)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (s *sqlStore) EnsureChecklist(ctx context.Context, brandID int64, defaults []string) ([]ChecklistItem, error) {
	var out []ChecklistItem
	err := s.InTx(ctx, func(tx Store) error {
		t := tx.(*sqlStore)
		var id int64
		if err := t.q.QueryRowContext(ctx, t.sql("crisis.brand_lock"), brandID).Scan(&id); err != nil {
			return wrap(err, "checklist of brand %d", brandID)
		}
		var err error
		if out, err = t.ListChecklist(ctx, brandID); err != nil || len(out) > 0 {
			return err
		}
		out, err = t.SaveChecklist(ctx, brandID, defaults)
		return err
	})
	return out, err
}

func (s *sqlStore) TickChecklist(ctx context.Context, brandID, episode, itemID int64, userID *int64, at time.Time) error {
	res, err := s.q.ExecContext(ctx, s.sql("crisis.tick"), brandID, episode, itemID, nullInt(userID), s.ts(at))
	return affected(res, err, "tick checklist item %d of brand %d", itemID, brandID)
}

func (s *sqlStore) UntickChecklist(ctx context.Context, brandID, episode, itemID int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("crisis.untick"), brandID, episode, itemID)
	return affected(res, err, "untick checklist item %d of brand %d", itemID, brandID)
}

func (s *sqlStore) ListTicks(ctx context.Context, brandID, episode int64) ([]ChecklistTick, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("crisis.ticks"), brandID, episode)
	if err != nil {
		return nil, wrap(err, "list ticks of brand %d", brandID)
	}
	defer rows.Close()
	var out []ChecklistTick
	for rows.Next() {
		var t ChecklistTick
		var uid sql.NullInt64
		if err := rows.Scan(&t.ItemID, &uid, &t.Name, &t.Email, timeScan{&t.At}); err != nil {
			return nil, wrap(err, "list ticks of brand %d", brandID)
		}
		if uid.Valid {
			t.UserID = &uid.Int64
		}
		out = append(out, t)
	}
	return out, wrap(rows.Err(), "list ticks of brand %d", brandID)
}

func (s *sqlStore) ListOnDuty(ctx context.Context, brandID int64) ([]OnDuty, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("crisis.duty.list"), brandID)
	if err != nil {
		return nil, wrap(err, "list on duty of brand %d", brandID)
	}
	defer rows.Close()
	var out []OnDuty
	for rows.Next() {
		var d OnDuty
		if err := rows.Scan(&d.BrandID, &d.UserID, &d.Name, &d.Email, &d.Phone, &d.Duty, &d.Position); err != nil {
			return nil, wrap(err, "list on duty of brand %d", brandID)
		}
		out = append(out, d)
	}
	return out, wrap(rows.Err(), "list on duty of brand %d", brandID)
}

func (s *sqlStore) SaveOnDuty(ctx context.Context, d *OnDuty) error {
	d.Phone, d.Duty = strings.TrimSpace(d.Phone), strings.TrimSpace(d.Duty)
	if len(d.Phone) > 40 || len(d.Duty) > 100 {
		return invalid("put user %d on duty for brand %d: phone over 40 bytes or duty over 100", d.UserID, d.BrandID)
	}
	_, err := s.q.ExecContext(ctx, s.sql("crisis.duty.save"), d.BrandID, d.UserID, d.Phone, d.Duty, d.Position)
	return wrap(err, "put user %d on duty for brand %d", d.UserID, d.BrandID)
}

func (s *sqlStore) DeleteOnDuty(ctx context.Context, brandID, userID int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("crisis.duty.delete"), brandID, userID)
	return affected(res, err, "take user %d off duty for brand %d", userID, brandID)
}

func (s *sqlStore) GetHoldingStatement(ctx context.Context, brandID, episode int64) (HoldingStatement, error) {
	var h HoldingStatement
	var findings string
	var by sql.NullInt64
	err := s.q.QueryRowContext(ctx, s.sql("crisis.statement.get"), brandID, episode).Scan(&h.BrandID, &h.Episode, &h.Text, &h.Lang,
		&h.Network, &h.Engine, &h.Verdict, &findings, &h.Ready, timeScan{&h.UpdatedAt}, &by)
	if err != nil {
		return HoldingStatement{}, wrap(err, "get holding statement of brand %d, episode %d", brandID, episode)
	}
	h.Findings = json.RawMessage(findings)
	if by.Valid {
		h.UpdatedBy = &by.Int64
	}
	return h, nil
}

func (s *sqlStore) SaveHoldingStatement(ctx context.Context, h *HoldingStatement) error {
	if strings.TrimSpace(h.Text) == "" || h.Verdict == "" {
		return invalid("save holding statement of brand %d: text and verdict are required", h.BrandID)
	}
	if h.Ready && h.Verdict == "fail" {
		// The product rule, kept where nothing can go around it.
		return invalid("save holding statement of brand %d: it cannot be ready while verification fails", h.BrandID)
	}
	findings := string(h.Findings)
	if findings == "" {
		findings = "[]"
	} else if !json.Valid(h.Findings) {
		return invalid("save holding statement of brand %d: findings are not JSON", h.BrandID)
	}
	if h.UpdatedAt.IsZero() {
		h.UpdatedAt = now()
	}
	_, err := s.q.ExecContext(ctx, s.sql("crisis.statement.save"), h.BrandID, h.Episode, h.Text, h.Lang, h.Network, h.Engine, h.Verdict,
		findings, h.Ready, s.ts(h.UpdatedAt), nullInt(h.UpdatedBy))
	return wrap(err, "save holding statement of brand %d, episode %d", h.BrandID, h.Episode)
}
