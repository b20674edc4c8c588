package verify

import "testing"

// Tests for the general causes of holdout17's first run.

// A year of the facts is no count: it neither backs a bound on a count nor
// is suggested in its place.
func TestYearIsNoCount(t *testing.T) {
	facts := []string{"Second Chance Paws rehomed 412 dogs and cats in 2026."}
	r := check(t, "en", facts, "Over 600 animals rehomed in 2026!")
	if len(r.Findings) != 1 || r.Findings[0].Suggestion == "2026" {
		t.Errorf("false bound: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Over 400 dogs and cats rehomed in 2026 💛"); r.Verdict != Pass {
		t.Errorf("true bound flagged: %+v", r.Findings)
	}
	if r := check(t, "en", []string{"Willowbank has cared for pets since 1998."}, "25+ years caring for pets 🐾"); r.Verdict != Pass {
		t.Errorf("years elapsed with a plus flagged: %+v", r.Findings)
	}
}

// "Inès et ses 3 coiffeuses" is the rest of a team of 4; "9 coupes, et la
// 10e" counts up to a stated rank.
func TestRestOfATeamAndCountToARank(t *testing.T) {
	facts := []string{"L'équipe compte 4 coiffeuses, dont la gérante Inès Keller.", "La carte fidélité offre la 10e coupe."}
	for _, post := range []string{"Inès et ses 3 coiffeuses vous accueillent ✂️", "Carte fidélité : 9 coupes, et la 10e est pour nous 🎁"} {
		if r := check(t, "fr", facts, post); r.Verdict != Pass {
			t.Errorf("%q flagged: %+v", post, r.Findings)
		}
	}
	if r := check(t, "fr", facts, "Inès et ses 6 coiffeuses vous accueillent !"); r.Verdict == Pass {
		t.Errorf("a wrong team not flagged")
	}
}

// A sum that opens its sentence ("That's £20 off") works on the figures of
// the sentence before.
func TestSumOpeningItsSentence(t *testing.T) {
	facts := []string{"A weekend camping ticket costs £149.", "Early-bird weekend tickets at £129 are on sale until 31 March 2027."}
	if r := check(t, "en", facts, "Early-bird weekend tickets at £129 until 31 March. That's £20 off 🎟️"); r.Verdict != Pass {
		t.Errorf("worked-out saving flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Weekend tickets, early-bird price. Save £40 when you book now!"); r.Verdict == Pass {
		t.Errorf("an unsupported saving not flagged")
	}
}

// A weekday said of opening, outside the opening days the facts give; and
// "toute l'année" for an offer of one month.
func TestOpeningDayAndMonthOffer(t *testing.T) {
	facts := []string{"Le salon est ouvert du mardi au samedi, de 9h à 19h.", "En mars 2027, le soin à la kératine est offert pour toute couleur."}
	if r := check(t, "fr", facts, "Le salon vous accueille le samedi de 9h à 19h, et le soin kératine est offert en mars 💇‍♀️"); r.Verdict != Pass {
		t.Errorf("stated day and offer flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Le salon ouvre aussi le lundi, de 9h à 19h !"); r.Verdict != Fail {
		t.Errorf("Monday opening: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Soin kératine offert toute l'année !"); r.Verdict != Fail {
		t.Errorf("all-year offer: %+v", r.Findings)
	}
}
