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

// What comes "with" a priced offer is included in it; a grown-up is an adult.
func TestWithInclusionAndGrownUps(t *testing.T) {
	facts := []string{"Party packages start at £15.95 per child for groups of 10 or more, with food and a party host.", "Toddler sessions cost £8 with one adult free."}
	for _, post := range []string{"Planning a party? From £15.95 per child, food and host included 🎉", "Toddler mornings: £8, and a grown-up jumps free 👶"} {
		if r := check(t, "en", facts, post); r.Verdict != Pass {
			t.Errorf("%q flagged: %+v", post, r.Findings)
		}
	}
	if r := check(t, "en", facts, "Party packages with a bouncy castle included!"); r.Verdict == Pass {
		t.Errorf("an inclusion the facts never give not flagged")
	}
}

// The post's own example price, asked in a question, and that price less a
// stated discount.
func TestExampleDiscount(t *testing.T) {
	facts := []string{"En avril 2027, 20 % de remise sur toute la gamme solaire."}
	if r := check(t, "fr", facts, "Crème solaire à 15 € ? Avec la remise, elle passe à 12 € 😎"); r.Verdict != Pass {
		t.Errorf("worked example flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Crème solaire à 15 € ? Avec la remise, elle passe à 10 € !"); r.Verdict == Pass {
		t.Errorf("a wrong worked example not flagged")
	}
}

// The working days of a range of weeks, and the hours they make.
func TestWorkingDaysOfARange(t *testing.T) {
	facts := []string{"Le stage intensif a lieu du lundi 12 au vendredi 23 avril 2027, chaque matin de 9h à 12h, pour 420 €."}
	if r := check(t, "fr", facts, "Stage intensif du 12 au 23 avril ! Soit 10 matinées, 30 heures d'anglais 💪"); r.Verdict != Pass {
		t.Errorf("worked-out mornings and hours flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Stage intensif : 15 matinées d'anglais !"); r.Verdict == Pass {
		t.Errorf("wrong number of mornings not flagged")
	}
}

// A freebie the facts keep for an age group, offered "pour tous".
func TestFreebieForAllAgainstAnAgeLimit(t *testing.T) {
	facts := []string{"La livraison à domicile est gratuite pour les personnes de plus de 70 ans, dans Douai."}
	if r := check(t, "fr", facts, "Vous avez plus de 70 ans ? On vous livre gratuitement à domicile dans Douai 🏠"); r.Verdict != Pass {
		t.Errorf("stated free delivery flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Livraison gratuite pour tous à Douai 🚚"); r.Verdict != Fail {
		t.Errorf("free delivery for all: %+v", r.Findings)
	}
}
