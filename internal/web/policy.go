package web

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/vigie-cm/vigie/internal/inbox"
	"github.com/vigie-cm/vigie/internal/store"
)

// The brand's moderation policy, a settings tab: which labels are hidden
// automatically and from which score, which are put in front of a human,
// whether comments go to the radar, the answer SLA, and what happens to a
// repeat offender's borderline comments. Complaints, questions and praise
// are never offered for hiding, and the store refuses them too. Anyone
// may read the policy; managers change it, and each change is audited.

type policyData struct {
	P      store.ModerationPolicy
	Custom bool
	Errors formErrors
	// Labels are every label (flag choices); Hideable those a policy may
	// hide; Never the rest, shown as never hidden.
	Labels, Hideable, Never []string
	// HideSet and FlagSet say which boxes are ticked.
	HideSet, FlagSet map[string]bool
	// Score fields as typed (a bad entry comes back as it was).
	HideMin, SpamHideMin string
}

func (c *Ctx) renderPolicy(status int, p store.ModerationPolicy, custom bool, errs formErrors) error {
	d := policyData{P: p, Custom: custom, Errors: errs, Labels: store.PolicyLabels, Hideable: store.HideableLabels,
		HideSet: map[string]bool{}, FlagSet: map[string]bool{},
		HideMin: strconv.FormatFloat(p.HideMin, 'f', -1, 64), SpamHideMin: strconv.FormatFloat(p.SpamHideMin, 'f', -1, 64)}
	if errs != nil && c.R.PostForm != nil {
		d.HideMin, d.SpamHideMin = c.field("hide_min"), c.field("spam_hide_min")
	}
	for _, l := range p.Hide {
		d.HideSet[l] = true
	}
	for _, l := range p.Flag {
		d.FlagSet[l] = true
	}
	for _, l := range store.PolicyLabels {
		if !slices.Contains(store.HideableLabels, l) {
			d.Never = append(d.Never, l)
		}
	}
	return c.Render(status, "inbox/policy", "policy.title", d)
}

func (c *Ctx) policyPage() error {
	p, custom, err := inbox.LoadSettings(c.R.Context(), c.Store(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: policy: %w", err)
	}
	return c.renderPolicy(http.StatusOK, p, custom, nil)
}

// parsePolicy reads the form; every field that is wrong gets its message.
func (c *Ctx) parsePolicy() (store.ModerationPolicy, formErrors) {
	if err := c.R.ParseForm(); err != nil {
		return store.ModerationPolicy{BrandID: c.Brand.ID}, formErrors{"form": "policy.err_form"}
	}
	return parsePolicyValues(c.Brand.ID, c.R.PostForm)
}

// parsePolicyValues reads a policy from form values (the page's form, or
// the API's JSON turned into them, so both check alike).
func parsePolicyValues(brandID int64, f url.Values) (store.ModerationPolicy, formErrors) {
	p := store.ModerationPolicy{BrandID: brandID}
	errs := formErrors{}
	field := func(name string) string { return strings.TrimSpace(f.Get(name)) }
	for _, l := range f["hide"] {
		switch {
		case slices.Contains(store.HideableLabels, l):
			p.Hide = append(p.Hide, l)
		case slices.Contains(store.PolicyLabels, l):
			errs.add("hide", "policy.err_never_hide")
		default:
			errs.add("hide", "policy.err_label")
		}
	}
	for _, l := range f["flag"] {
		if !slices.Contains(store.PolicyLabels, l) {
			errs.add("flag", "policy.err_label")
			continue
		}
		p.Flag = append(p.Flag, l)
	}
	score := func(name string) float64 {
		v, err := strconv.ParseFloat(field(name), 64)
		if err != nil || !(v > 0 && v <= 1) {
			errs.add(name, "policy.err_score")
		}
		return v
	}
	count := func(name string, lo, hi int) int {
		v, err := strconv.Atoi(field(name))
		if err != nil || v < lo || v > hi {
			errs.add(name, "policy.err_"+name)
		}
		return v
	}
	p.HideMin, p.SpamHideMin = score("hide_min"), score("spam_hide_min")
	p.HideThreats, p.Escalate = f.Get("hide_threats") == "1", f.Get("escalate") == "1"
	p.SLAHours = count("sla_hours", 1, store.PolicySLAMaxHours)
	p.RepeatHidden = count("repeat_hidden", 0, store.PolicyRepeatMax)
	p.RepeatDays = count("repeat_days", 1, store.PolicyRepeatMaxDays)
	p.RepeatAction = f.Get("repeat_action")
	if p.RepeatAction != "flag" && p.RepeatAction != "hide" {
		errs.add("repeat_action", "policy.err_repeat_action")
	}
	return p, errs
}

func (c *Ctx) policySave() error {
	p, errs := c.parsePolicy()
	if !errs.ok() {
		return c.renderPolicy(http.StatusUnprocessableEntity, p, true, errs)
	}
	if err := c.savePolicy(&p); err != nil {
		return err
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/policy", c.Brand.ID), "policy.saved")
}

// savePolicy stores p for c.Brand and audits the change.
func (c *Ctx) savePolicy(p *store.ModerationPolicy) error {
	before, custom, err := inbox.LoadSettings(c.R.Context(), c.Store(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: policy: %w", err)
	}
	p.UpdatedBy = &c.User.ID
	err = c.Tx(func(tx store.Store) error {
		ps, ok := tx.(store.PolicyStore)
		if !ok {
			return fmt.Errorf("store %T keeps no policies", tx)
		}
		if err := ps.SaveModerationPolicy(c.R.Context(), p); err != nil {
			return err
		}
		var was any
		if custom {
			was = before
		}
		return c.Audit(tx, "policy.update", "brand", c.Brand.ID, was, p)
	})
	if err != nil {
		return fmt.Errorf("web: saving the policy of brand %d: %w", c.Brand.ID, err)
	}
	return nil
}

// policyReset returns the brand to the default policy.
func (c *Ctx) policyReset() error {
	before, custom, err := inbox.LoadSettings(c.R.Context(), c.Store(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: policy: %w", err)
	}
	if custom {
		err = c.Tx(func(tx store.Store) error {
			ps, ok := tx.(store.PolicyStore)
			if !ok {
				return fmt.Errorf("store %T keeps no policies", tx)
			}
			if err := ps.DeleteModerationPolicy(c.R.Context(), c.Brand.ID); err != nil {
				return err
			}
			return c.Audit(tx, "policy.reset", "brand", c.Brand.ID, before, inbox.DefaultSettings(c.Brand.ID))
		})
		if err != nil {
			return fmt.Errorf("web: resetting the policy of brand %d: %w", c.Brand.ID, err)
		}
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/policy", c.Brand.ID), "policy.reset_done")
}

// policyJSON is the policy as the API reads and writes it.
type policyJSON struct {
	BrandID      int64    `json:"brand_id"`
	Custom       bool     `json:"custom"`
	Hide         []string `json:"hide"`
	HideMin      float64  `json:"hide_min"`
	HideThreats  bool     `json:"hide_threats"`
	SpamHideMin  float64  `json:"spam_hide_min"`
	Flag         []string `json:"flag"`
	Escalate     bool     `json:"escalate"`
	SLAHours     int      `json:"sla_hours"`
	RepeatHidden int      `json:"repeat_hidden"`
	RepeatDays   int      `json:"repeat_days"`
	RepeatAction string   `json:"repeat_action"`
}

func toPolicyJSON(p store.ModerationPolicy, custom bool) policyJSON {
	nz := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return policyJSON{BrandID: p.BrandID, Custom: custom, Hide: nz(p.Hide), HideMin: p.HideMin, HideThreats: p.HideThreats,
		SpamHideMin: p.SpamHideMin, Flag: nz(p.Flag), Escalate: p.Escalate, SLAHours: p.SLAHours, RepeatHidden: p.RepeatHidden,
		RepeatDays: p.RepeatDays, RepeatAction: p.RepeatAction}
}

// apiPolicy is GET /api/v1/brands/{brand}/policy: the brand's policy, or
// the default one with "custom": false.
func (c *Ctx) apiPolicy() error {
	p, custom, err := inbox.LoadSettings(c.R.Context(), c.Store(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: api: policy: %w", err)
	}
	return c.JSON(http.StatusOK, toPolicyJSON(p, custom))
}

// apiPolicySave is PUT /api/v1/brands/{brand}/policy: the whole policy
// (every field; brand_id and custom are ignored), checked as the form is,
// the first bad field named in a 422.
func (c *Ctx) apiPolicySave() error {
	var in policyJSON
	if err := c.decode(&in); err != nil {
		return err
	}
	v := url.Values{"hide": in.Hide, "flag": in.Flag, "hide_min": {strconv.FormatFloat(in.HideMin, 'f', -1, 64)},
		"spam_hide_min": {strconv.FormatFloat(in.SpamHideMin, 'f', -1, 64)}, "sla_hours": {strconv.Itoa(in.SLAHours)},
		"repeat_hidden": {strconv.Itoa(in.RepeatHidden)}, "repeat_days": {strconv.Itoa(in.RepeatDays)}, "repeat_action": {in.RepeatAction}}
	if in.HideThreats {
		v.Set("hide_threats", "1")
	}
	if in.Escalate {
		v.Set("escalate", "1")
	}
	p, errs := parsePolicyValues(c.Brand.ID, v)
	if !errs.ok() {
		fields := make([]string, 0, len(errs))
		for f := range errs {
			fields = append(fields, f)
		}
		slices.Sort(fields)
		return &Error{Status: http.StatusUnprocessableEntity, Key: "api.field", Args: []any{fields[0], c.T(errs[fields[0]])}}
	}
	if err := c.savePolicy(&p); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, toPolicyJSON(p, true))
}
