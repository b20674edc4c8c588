package moderate

import "testing"

func TestDefaultPolicy(t *testing.T) {
	p := DefaultPolicy()
	mk := func(l Label, score float64) Result {
		var r Result
		r.Label = l
		r.Scores[labelIndex(l)] = score
		return r
	}
	if d := p.Decide(mk(LabelHate, 0.93)); !d.Hide {
		t.Error("hate not hidden")
	}
	if d := p.Decide(mk(LabelScam, 0.6)); !d.Hide {
		t.Error("scam not hidden")
	}
	if d := p.Decide(mk(LabelSpam, 0.8)); d.Hide || d.Action != ActionFlag {
		t.Errorf("low-confidence spam: %+v, want flagged, not hidden", d)
	}
	if d := p.Decide(mk(LabelSpam, 0.97)); !d.Hide {
		t.Error("high-confidence spam not hidden")
	}
	crit := mk(LabelSpam, 0.99)
	crit.Criticism = true
	if d := p.Decide(crit); d.Hide {
		t.Error("criticism hidden as spam")
	}
	if d := p.Decide(mk(LabelToxic, 0.9)); d.Hide || d.Action != ActionFlag {
		t.Errorf("toxic: %+v, want flagged", d)
	}
	threat := mk(LabelHarassment, 0.93)
	threat.Threat = true
	if d := p.Decide(threat); !d.Hide {
		t.Error("threat not hidden")
	}
	if d := p.Decide(mk(LabelComplaint, 0.9)); d.Hide || !d.Escalate {
		t.Errorf("complaint: %+v, want visible and escalated", d)
	}
	if d := (Policy{}).Decide(mk(LabelHate, 0.99)); d.Hide || d.Action != ActionNone {
		t.Errorf("zero policy acted: %+v", d)
	}
}
