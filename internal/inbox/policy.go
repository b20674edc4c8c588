package inbox

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/store"
)

// DefaultSettings is the policy of a brand that has stored none:
// moderate.DefaultPolicy, escalation on, a 4-hour SLA, and authors with 3
// hidden comments in 30 days flagged on their next borderline comment.
func DefaultSettings(brandID int64) store.ModerationPolicy {
	d := moderate.DefaultPolicy()
	return store.ModerationPolicy{BrandID: brandID, Hide: labels(d.Hide), HideMin: d.HideMin, HideThreats: d.HideThreats,
		SpamHideMin: d.SpamHideMin, Flag: labels(d.Flag), Escalate: true, SLAHours: 4, RepeatHidden: 3, RepeatDays: 30,
		RepeatAction: string(d.RepeatAction)}
}

func labels(m map[moderate.Label]bool) []string {
	var out []string
	for _, l := range moderate.Labels {
		if m[l] {
			out = append(out, string(l))
		}
	}
	return out
}

// LoadSettings returns the brand's stored policy, or the default (custom
// false) when it has none.
func LoadSettings(ctx context.Context, st store.Store, brandID int64) (p store.ModerationPolicy, custom bool, err error) {
	ps, ok := st.(store.PolicyStore)
	if !ok {
		return p, false, fmt.Errorf("inbox: store %T keeps no policies", st)
	}
	p, err = ps.GetModerationPolicy(ctx, brandID)
	if errors.Is(err, store.ErrNotFound) {
		return DefaultSettings(brandID), false, nil
	}
	if err != nil {
		return p, false, fmt.Errorf("inbox: policy of brand %d: %w", brandID, err)
	}
	return p, true, nil
}

// PolicyOf turns stored settings into the engine's policy. Criticism is
// always protected: a brand cannot turn that off.
func PolicyOf(sp store.ModerationPolicy) moderate.Policy {
	p := moderate.DefaultPolicy()
	p.Hide, p.Flag = map[moderate.Label]bool{}, map[moderate.Label]bool{}
	for _, l := range sp.Hide {
		p.Hide[moderate.Label(l)] = true
	}
	for _, l := range sp.Flag {
		p.Flag[moderate.Label(l)] = true
	}
	p.HideMin, p.SpamHideMin, p.HideThreats, p.ProtectCriticism = sp.HideMin, sp.SpamHideMin, sp.HideThreats, true
	if !sp.Escalate {
		p.Escalate = nil
	}
	p.RepeatAction = moderate.Action(sp.RepeatAction)
	return p
}

// SLA is how long a visible comment of the brand may wait for an answer.
func SLA(sp store.ModerationPolicy) time.Duration {
	return time.Duration(sp.SLAHours) * time.Hour
}
