package verify

import "testing"

// Tests for the general causes of holdout18's first run.

// "At weekends" names Saturday and Sunday; "on weekdays" Monday to Friday.
func TestWeekendDays(t *testing.T) {
	facts := []string{"Open Monday to Friday from 9am to 9pm, and from 8am to 9pm at weekends.", "Toddler sessions run on weekday mornings from 9am to 10am."}
	if r := check(t, "en", facts, "We open at 8am on Saturdays and Sundays. Early birds, this one's for you 🐦"); r.Verdict != Pass {
		t.Errorf("weekend days flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Toddler sessions on Saturday mornings from 9am to 10am!"); r.Verdict == Pass {
		t.Errorf("toddler sessions on a Saturday not flagged")
	}
}
