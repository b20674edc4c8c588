package moderate

import (
	"strings"
	"testing"
)

func TestDecideForStanding(t *testing.T) {
	p := DefaultPolicy()
	mk := func(l Label, score float64) Result {
		var r Result
		r.Label = l
		r.Scores[labelIndex(l)] = score
		return r
	}
	hate := mk(LabelHate, 0.93)
	if d, ch := p.DecideFor(hate, Standing{VIP: true}); d.Hide || d.Action != ActionFlag || !ch || !strings.HasPrefix(d.Reason, "VIP author") {
		t.Errorf("VIP hate: %+v %v, want flagged not hidden", d, ch)
	}
	if d, ch := p.DecideFor(hate, Standing{}); !d.Hide || ch {
		t.Errorf("hate: %+v %v", d, ch)
	}
	// A borderline insult (other label, toxic 0.4) of a repeat offender.
	border := mk(LabelOther, 0.6)
	border.Scores[labelIndex(LabelToxic)] = 0.4
	rep := Standing{Repeat: true, Recent: 3, Days: 30}
	if d, ch := p.DecideFor(border, rep); d.Action != ActionFlag || !ch || !strings.Contains(d.Reason, "repeat offender (3 hidden in 30 d): toxic 0.40") {
		t.Errorf("repeat, flag policy: %+v %v", d, ch)
	}
	if d, _ := p.DecideFor(border, Standing{}); d.Action != ActionNone {
		t.Errorf("borderline of a newcomer acted on: %+v", d)
	}
	ph := p
	ph.RepeatAction = ActionHide
	if d, ch := ph.DecideFor(border, rep); !d.Hide || !ch {
		t.Errorf("repeat, hide policy: %+v", d)
	}
	if d, _ := ph.DecideFor(mk(LabelOther, 0.9), rep); d.Action != ActionNone {
		t.Errorf("clean comment of a repeat offender: %+v", d)
	}
	// Criticism and complaints are flagged, never hidden, even for a
	// blocked author.
	crit := mk(LabelComplaint, 0.8)
	crit.Scores[labelIndex(LabelToxic)] = 0.45
	crit.Criticism = true
	if d, ch := ph.DecideFor(crit, Standing{Blocked: true}); d.Hide || d.Action != ActionFlag || !ch {
		t.Errorf("blocked author's complaint: %+v", d)
	}
	if d, _ := p.DecideFor(border, Standing{Blocked: true}); !d.Hide || !strings.HasPrefix(d.Reason, "blocked author") {
		t.Errorf("blocked author's insult: %+v", d)
	}
	// No policy hides a complaint for its label, whatever it lists.
	odd := p
	odd.Hide = map[Label]bool{LabelComplaint: true, LabelHate: true}
	if d := odd.Decide(mk(LabelComplaint, 0.99)); d.Hide {
		t.Errorf("complaint hidden: %+v", d)
	}
}
