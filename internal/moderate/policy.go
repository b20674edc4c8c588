package moderate

import "fmt"

// Action is what a policy does with a comment.
type Action string

const (
	ActionNone Action = "none" // leave it visible, nobody needs to look
	ActionFlag Action = "flag" // leave it visible, put it in front of a human
	ActionHide Action = "hide" // hide it (reversibly; the inbox logs it)
)

// Policy is a brand's moderation policy. The zero value hides nothing;
// DefaultPolicy is what Vigie uses unless a brand says otherwise.
type Policy struct {
	// Hide lists labels hidden automatically when their score is at least
	// HideMin. Spam has its own, higher threshold.
	Hide    map[Label]bool
	HideMin float64
	// HideThreats hides any comment that threatens someone, whatever its
	// label.
	HideThreats bool
	// SpamHideMin is the spam score from which spam is hidden (when spam
	// is in Hide).
	SpamHideMin float64
	// Flag lists labels put in front of a human when not hidden.
	Flag map[Label]bool
	// ProtectCriticism keeps criticism of the brand visible: it is never
	// hidden as spam or toxicity, only for hate, threats or scams.
	ProtectCriticism bool
	// Escalate lists labels that signal a possible crisis to the radar.
	Escalate map[Label]bool
	// RepeatAction is what DecideFor does with a borderline comment of a
	// repeat offender (ActionFlag or ActionHide; none does nothing), and
	// BorderlineMin the hostile score from which a comment is borderline.
	RepeatAction  Action
	BorderlineMin float64
}

// NeverHide lists the labels no policy hides for their label: criticism
// of the brand, questions, praise and the rest stay visible whatever a
// brand configures (a threat inside one is still hidden by HideThreats).
var NeverHide = map[Label]bool{LabelComplaint: true, LabelQuestion: true, LabelPraise: true, LabelOther: true}

// DefaultPolicy hides hate, threats, scams and high-confidence spam, flags
// toxicity, harassment and lower-confidence spam, and never hides
// complaints or criticism.
func DefaultPolicy() Policy {
	return Policy{
		Hide:             map[Label]bool{LabelHate: true, LabelScam: true, LabelSpam: true},
		HideMin:          0.5,
		HideThreats:      true,
		SpamHideMin:      0.9,
		Flag:             map[Label]bool{LabelToxic: true, LabelHarassment: true, LabelSpam: true, LabelHate: true, LabelScam: true},
		ProtectCriticism: true,
		Escalate:         map[Label]bool{LabelComplaint: true, LabelHate: true},
		RepeatAction:     ActionFlag,
		BorderlineMin:    0.3,
	}
}

// Decision is what the policy decided for one comment.
type Decision struct {
	Action   Action
	Hide     bool
	Escalate bool
	Reason   string
}

// Decide applies the policy to a classification.
func (p Policy) Decide(r Result) Decision {
	d := Decision{Action: ActionNone, Escalate: p.Escalate[r.Label]}
	score := r.Score(r.Label)
	switch {
	case p.HideThreats && r.Threat:
		d.Action, d.Reason = ActionHide, "threat"
	case p.Hide[r.Label] && r.Label == LabelSpam:
		if score >= p.SpamHideMin && !(p.ProtectCriticism && r.Criticism) {
			d.Action, d.Reason = ActionHide, fmt.Sprintf("spam %.2f ≥ %.2f", score, p.SpamHideMin)
		}
	case p.Hide[r.Label] && !NeverHide[r.Label] && score >= p.HideMin:
		if p.ProtectCriticism && r.Criticism && r.Label != LabelHate && r.Label != LabelScam {
			d.Reason = "criticism of the brand is never hidden"
		} else {
			d.Action, d.Reason = ActionHide, fmt.Sprintf("%s %.2f", r.Label, score)
		}
	}
	if d.Action == ActionNone && p.Flag[r.Label] {
		d.Action = ActionFlag
		if d.Reason == "" {
			d.Reason = fmt.Sprintf("%s for review", r.Label)
		}
	}
	d.Hide = d.Action == ActionHide
	return d
}
