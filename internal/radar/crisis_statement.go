package radar

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// StatementInput is what a holding statement is written from: what is
// being said (the episode's driving terms), the facts the brand is sure of
// (sentences of its fact sheet, verbatim), and the commitments the team
// chooses (the next step, when it will speak again).
type StatementInput struct {
	Lang  string // "fr" or "en" (anything else is English)
	Brand string
	// Topics are the hashtags and words driving the episode, most telling
	// first: they choose the relevant facts and brief a model.
	Topics []string
	Facts  []string
	// NextStep replaces the default ("our team is reading every message
	// and will answer directly").
	NextStep string
	// UpdateWithin is when the next update is promised; 0 promises none
	// ("as soon as we know more").
	UpdateWithin time.Duration
}

func (in StatementInput) fr() bool { return strings.HasPrefix(strings.ToLower(in.Lang), "fr") }

// within says the update delay in words: "2 heures", "1 hour".
func (in StatementInput) within() string {
	h := int(in.UpdateWithin.Round(time.Hour) / time.Hour)
	h = max(h, 1)
	switch {
	case in.fr() && h == 1:
		return "1 heure"
	case in.fr():
		return fmt.Sprintf("%d heures", h)
	case h == 1:
		return "1 hour"
	}
	return fmt.Sprintf("%d hours", h)
}

func (in StatementInput) nextStep() string {
	if s := strings.TrimSpace(in.NextStep); s != "" {
		return strings.TrimRight(s, ".") + "."
	}
	if in.fr() {
		return "Notre équipe lit chaque message et vous répondra directement."
	}
	return "Our team is reading every message and will answer you directly."
}

// Brief states the team's commitments, so that the Verify engine checks
// the statement's next step and update delay against what was decided
// rather than flagging them as unsupported.
func (in StatementInput) Brief() string {
	parts := []string{}
	if in.fr() {
		parts = append(parts, "Message d'attente de "+in.Brand+".", in.nextStep())
		if in.UpdateWithin > 0 {
			parts = append(parts, "Prochain point d'ici "+in.within()+".")
		}
		parts = append(parts, "Reconnaître ce qui se dit, ne dire que les faits sûrs de la fiche, ne rien promettre d'autre.")
	} else {
		parts = append(parts, "Holding statement of "+in.Brand+".", in.nextStep())
		if in.UpdateWithin > 0 {
			parts = append(parts, "Next update within "+in.within()+".")
		}
		parts = append(parts, "Acknowledge what is being said, state only facts from the sheet that we are sure of, promise nothing else.")
	}
	return strings.Join(parts, " ")
}

// HoldingStatement writes the offline holding statement: it acknowledges
// the messages without naming the crisis's hashtags (repeating them
// spreads them, and the Verify engine rightly flags a hashtag that is not
// the brand's), gives the facts the brand is sure of word for word
// (or says they are being checked), the next step, and when the brand
// will speak again. It invents nothing, so the Verify engine finds every
// claim on the fact sheet or in Brief.
func HoldingStatement(in StatementInput) string {
	var b strings.Builder
	if in.fr() {
		b.WriteString("Nous avons vu vos messages et nous les prenons au sérieux.")
		if len(in.Facts) > 0 {
			b.WriteString(" Ce que nous pouvons confirmer : " + joinFacts(in.Facts))
		} else {
			b.WriteString(" Nous vérifions les faits avant d'en dire plus.")
		}
		b.WriteString(" " + in.nextStep())
		if in.UpdateWithin > 0 {
			b.WriteString(" Nous ferons un nouveau point ici d'ici " + in.within() + ".")
		} else {
			b.WriteString(" Nous reviendrons vers vous ici dès que nous en saurons plus.")
		}
		return b.String()
	}
	b.WriteString("We have seen your messages and we take them seriously.")
	if len(in.Facts) > 0 {
		b.WriteString(" What we can confirm: " + joinFacts(in.Facts))
	} else {
		b.WriteString(" We are checking the facts before saying more.")
	}
	b.WriteString(" " + in.nextStep())
	if in.UpdateWithin > 0 {
		b.WriteString(" We will post an update here within " + in.within() + ".")
	} else {
		b.WriteString(" We will post an update here as soon as we know more.")
	}
	return b.String()
}

func joinFacts(fs []string) string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		f = strings.TrimSpace(f)
		if f != "" && !strings.HasSuffix(f, ".") && !strings.HasSuffix(f, "!") && !strings.HasSuffix(f, "?") {
			f += "."
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// RelevantFacts picks at most k facts that share words or hashtags with
// the episode's topics, most shared first (the sheet's order on ties);
// the words of the brand's own name are left out of the match, since
// every fact names the brand. None is a valid answer: the statement then
// says the facts are being checked.
func RelevantFacts(facts []string, topics []string, brandName string, k int) []string {
	skip := map[string]bool{}
	for _, t := range trendTerms(brandName) {
		skip[t] = true
	}
	want := map[string]bool{}
	for _, t := range topics {
		for _, x := range trendTerms(t) {
			if !skip[x] {
				want[x] = true
				want[strings.TrimPrefix(x, "#")] = true
			}
		}
	}
	type scored struct {
		i, n int
	}
	var ss []scored
	for i, f := range facts {
		n := 0
		for _, t := range trendTerms(f) {
			if !skip[t] && (want[t] || want[strings.TrimPrefix(t, "#")]) {
				n++
			}
		}
		if n > 0 {
			ss = append(ss, scored{i, n})
		}
	}
	sort.SliceStable(ss, func(a, b int) bool { return ss[a].n > ss[b].n })
	var out []string
	for _, s := range ss[:min(k, len(ss))] {
		out = append(out, facts[s.i])
	}
	return out
}
