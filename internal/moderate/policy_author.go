package moderate

import "fmt"

// Standing is what a brand knows of a comment's author when its policy
// decides: a human's flag (VIP or blocked) and the author's recent hidden
// comments.
type Standing struct {
	VIP, Blocked bool
	// Repeat marks a repeat offender; Recent and Days say why (Recent
	// hidden comments within Days days).
	Repeat       bool
	Recent, Days int
}

// hostileLabels are the scores that make a comment borderline.
var hostileLabels = []Label{LabelHate, LabelHarassment, LabelToxic, LabelScam, LabelSpam}

// DecideFor applies the policy to a classification, then the author's
// standing: a VIP's comment is never hidden automatically (it is put in
// front of a human instead); a repeat offender's or a blocked author's
// borderline comment (a hostile score at BorderlineMin or more) gets
// RepeatAction — a blocked author's always hides — but criticism,
// complaints, questions and praise are flagged, never hidden. Changed reports whether the
// standing changed the policy's decision.
func (p Policy) DecideFor(r Result, s Standing) (d Decision, changed bool) {
	d = p.Decide(r)
	switch {
	case s.VIP && d.Hide:
		d.Action, d.Hide = ActionFlag, false
		d.Reason = "VIP author: flagged for a human instead of hidden (" + d.Reason + ")"
		return d, true
	case (s.Repeat || s.Blocked) && !d.Hide && !s.VIP:
		act := p.RepeatAction
		if s.Blocked {
			act = ActionHide
		}
		who := "blocked author"
		if !s.Blocked {
			who = fmt.Sprintf("repeat offender (%d hidden in %d d)", s.Recent, s.Days)
		}
		l, score := r.hostile()
		if score < p.BorderlineMin || p.BorderlineMin <= 0 || act == ActionNone {
			return d, false
		}
		// "other" is what a borderline comment is usually labelled; the
		// labels that say something about the brand stay visible.
		if act == ActionHide && ((NeverHide[r.Label] && r.Label != LabelOther) || (p.ProtectCriticism && r.Criticism)) {
			act = ActionFlag
		}
		if act == d.Action {
			return d, false
		}
		d.Action, d.Hide = act, act == ActionHide
		d.Reason = fmt.Sprintf("%s: %s %.2f %s", who, l, score, map[Action]string{ActionHide: "hidden", ActionFlag: "for review"}[act])
		return d, true
	}
	return d, false
}

// hostile returns the highest hostile score and its label.
func (r Result) hostile() (Label, float64) {
	best, score := LabelOther, 0.0
	for _, l := range hostileLabels {
		if s := r.Score(l); s > score {
			best, score = l, s
		}
	}
	return best, score
}
