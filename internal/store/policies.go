package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"
)

// ModerationPolicy is a brand's stored moderation policy; internal/inbox
// turns it into a moderate.Policy. A brand without one uses the default.
type ModerationPolicy struct {
	BrandID int64
	// Hide lists the labels hidden automatically at HideMin (spam at
	// SpamHideMin); only HideableLabels may be listed.
	Hide        []string
	HideMin     float64
	HideThreats bool
	SpamHideMin float64
	// Flag lists the labels put in front of a human when not hidden.
	Flag []string
	// Escalate sends the brand's comments to its radar series.
	Escalate bool
	// SLAHours is how long a visible comment may wait for an answer.
	SLAHours int
	// RepeatHidden hidden comments within RepeatDays make an author a
	// repeat offender, whose borderline comments get RepeatAction ("flag"
	// or "hide"); 0 turns it off.
	RepeatHidden, RepeatDays int
	RepeatAction             string
	UpdatedAt                time.Time
	UpdatedBy                *int64
}

// PolicyLabels are the classifier's labels, as the policy names them.
var PolicyLabels = []string{"hate", "harassment", "toxic", "scam", "spam", "complaint", "question", "praise", "other"}

// HideableLabels are the only labels a policy may hide automatically:
// complaints (criticism of the brand), questions, praise and the rest are
// never hidden by a machine, whatever a brand configures.
var HideableLabels = []string{"hate", "harassment", "toxic", "scam", "spam"}

// Bounds of a policy's numbers, shared with the settings form.
const (
	PolicySLAMaxHours   = 24 * 30
	PolicyRepeatMaxDays = 365
	PolicyRepeatMax     = 100
)

// PolicyStore keeps the brands' moderation policies. The SQL store
// implements it; callers reach it with a type assertion on Store.
type PolicyStore interface {
	// GetModerationPolicy returns the brand's policy, or ErrNotFound when
	// the brand uses the default.
	GetModerationPolicy(ctx context.Context, brandID int64) (ModerationPolicy, error)
	// SaveModerationPolicy validates and creates or replaces it
	// (ErrInvalid naming the field at fault); UpdatedAt is set when zero.
	SaveModerationPolicy(ctx context.Context, p *ModerationPolicy) error
	// DeleteModerationPolicy returns the brand to the default policy.
	DeleteModerationPolicy(ctx context.Context, brandID int64) error
}

var _ PolicyStore = (*sqlStore)(nil)

// Validate checks p as SaveModerationPolicy does.
func (p *ModerationPolicy) Validate() error {
	for _, l := range p.Hide {
		if !slices.Contains(HideableLabels, l) {
			return invalid("moderation policy of brand %d: hide: label %q can never be hidden automatically (allowed: %s)",
				p.BrandID, l, strings.Join(HideableLabels, ", "))
		}
	}
	for _, l := range p.Flag {
		if !slices.Contains(PolicyLabels, l) {
			return invalid("moderation policy of brand %d: flag: unknown label %q", p.BrandID, l)
		}
	}
	switch {
	case !(p.HideMin > 0 && p.HideMin <= 1):
		return invalid("moderation policy of brand %d: hide_min %v is not in (0, 1]", p.BrandID, p.HideMin)
	case !(p.SpamHideMin > 0 && p.SpamHideMin <= 1):
		return invalid("moderation policy of brand %d: spam_hide_min %v is not in (0, 1]", p.BrandID, p.SpamHideMin)
	case p.SLAHours < 1 || p.SLAHours > PolicySLAMaxHours:
		return invalid("moderation policy of brand %d: sla_hours %d is not in 1–%d", p.BrandID, p.SLAHours, PolicySLAMaxHours)
	case p.RepeatHidden < 0 || p.RepeatHidden > PolicyRepeatMax:
		return invalid("moderation policy of brand %d: repeat_hidden %d is not in 0–%d", p.BrandID, p.RepeatHidden, PolicyRepeatMax)
	case p.RepeatDays < 1 || p.RepeatDays > PolicyRepeatMaxDays:
		return invalid("moderation policy of brand %d: repeat_days %d is not in 1–%d", p.BrandID, p.RepeatDays, PolicyRepeatMaxDays)
	case p.RepeatAction != "flag" && p.RepeatAction != "hide":
		return invalid("moderation policy of brand %d: repeat_action %q is neither flag nor hide", p.BrandID, p.RepeatAction)
	}
	return nil
}

// labelList stores a label set as sorted, comma-separated text, so that
// the same set always reads back the same.
func labelList(ls []string) string {
	s := slices.Clone(ls)
	slices.Sort(s)
	return strings.Join(slices.Compact(s), ",")
}

func splitLabels(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func (s *sqlStore) GetModerationPolicy(ctx context.Context, brandID int64) (ModerationPolicy, error) {
	var p ModerationPolicy
	var hide, flag string
	var by sql.NullInt64
	err := s.q.QueryRowContext(ctx, s.sql("policy.get"), brandID).Scan(&p.BrandID, &hide, &p.HideMin, &p.HideThreats, &p.SpamHideMin,
		&flag, &p.Escalate, &p.SLAHours, &p.RepeatHidden, &p.RepeatDays, &p.RepeatAction, timeScan{&p.UpdatedAt}, &by)
	if err != nil {
		return ModerationPolicy{}, wrap(err, "get moderation policy of brand %d", brandID)
	}
	p.Hide, p.Flag = splitLabels(hide), splitLabels(flag)
	if by.Valid {
		p.UpdatedBy = &by.Int64
	}
	return p, nil
}

func (s *sqlStore) SaveModerationPolicy(ctx context.Context, p *ModerationPolicy) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if p.UpdatedAt.IsZero() {
		p.UpdatedAt = now()
	}
	_, err := s.q.ExecContext(ctx, s.sql("policy.save"), p.BrandID, labelList(p.Hide), p.HideMin, p.HideThreats, p.SpamHideMin,
		labelList(p.Flag), p.Escalate, p.SLAHours, p.RepeatHidden, p.RepeatDays, p.RepeatAction, s.ts(p.UpdatedAt), nullInt(p.UpdatedBy))
	return wrap(err, "save moderation policy of brand %d", p.BrandID)
}

func (s *sqlStore) DeleteModerationPolicy(ctx context.Context, brandID int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("policy.delete"), brandID)
	return affected(res, err, "delete moderation policy of brand %d", brandID)
}
