package verify

import "testing"

// Tests for the general causes of holdout15's first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A party size supposed in a question, and the price worked out for it.
func TestPartySizes(t *testing.T) {
	en := []string{"The Team plan costs £4 per user per month."}
	if r := check(t, "en", en, "Team plan: £4 per user per month. A team of 12? That's £48 a month 👀"); r.Verdict != Pass {
		t.Errorf("worked-out team price flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "A team of 12? That's £60 a month!"); r.Verdict == Pass {
		t.Errorf("wrong team price not flagged")
	}
	fr := []string{"L'atelier composition florale coûte 45 € par personne."}
	if r := check(t, "fr", fr, "Atelier composition florale, 45 € par personne. À deux, c'est 90 € ✨"); r.Verdict != Pass {
		t.Errorf("price for two flagged: %+v", r.Findings)
	}
	zoo := []string{"Adult tickets cost £18.50 online and £21 at the gate; children aged 3 to 15 pay £12.50 online."}
	if r := check(t, "en", zoo, "Family of 4 (2 adults, 2 kids)? Online, that's £62 for the lot 👨‍👩‍👧‍👦"); r.Verdict != Pass {
		t.Errorf("family price flagged: %+v", r.Findings)
	}
	if r := check(t, "en", zoo, "Family of 4 (2 adults, 2 kids)? Online, that's £55 for the lot!"); r.Verdict == Pass {
		t.Errorf("wrong family price not flagged")
	}
}

// A freebie whose condition is a figure only a fact offering something free
// states is that offer.
func TestFreebieByItsCondition(t *testing.T) {
	facts := []string{"Rostera is a scheduling app.", "The Starter plan is free for up to 5 staff.", "Children under 3 go free; adult tickets cost £18.50."}
	for _, post := range []string{"Small team? Up to 5 staff, Rostera is free. Forever. 🎉", "Under 3? You're in for free 👶"} {
		if r := check(t, "en", facts, post); r.Verdict != Pass {
			t.Errorf("%q flagged: %+v", post, r.Findings)
		}
	}
	if r := check(t, "en", facts, "Up to 10 staff, Rostera is free!"); r.Verdict == Pass {
		t.Errorf("wrong condition not flagged")
	}
	if r := check(t, "en", facts, "Spend £18.50 and parking is free!"); r.Verdict == Pass {
		t.Errorf("free parking on a price condition not flagged")
	}
}

// How many visits make up a membership is worked out from the two prices.
func TestBreakEven(t *testing.T) {
	facts := []string{"Adult tickets cost £18.50 online.", "Annual membership costs £65 for an adult."}
	if r := check(t, "en", facts, "Membership pays for itself in 4 visits 💚"); r.Verdict != Pass {
		t.Errorf("worked-out break-even flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Membership pays for itself in 2 visits!"); r.Verdict == Pass {
		t.Errorf("wrong break-even not flagged")
	}
	fr := []string{"La séance coûte 12 €.", "L'abonnement annuel coûte 100 €."}
	if r := check(t, "fr", fr, "L'abonnement est rentabilisé en 9 séances 💪"); r.Verdict != Pass {
		t.Errorf("worked-out break-even flagged: %+v", r.Findings)
	}
}

// A count of something the facts count is not backed by a bare figure
// elsewhere in the facts.
func TestCountNotBackedByABareFigure(t *testing.T) {
	facts := []string{"Our two red pandas arrived in October 2026.", "Children aged 3 to 15 pay £12.50."}
	if r := check(t, "en", facts, "Meet our two red pandas! Kids aged 3 to 15 pay £12.50 🐼"); r.Verdict != Pass {
		t.Errorf("stated counts flagged: %+v", r.Findings)
	}
	r := check(t, "en", facts, "Meet our three red pandas! 🐼")
	if len(r.Findings) != 1 || r.Findings[0].Text != "three" || r.Findings[0].Kind != Contradicted {
		t.Errorf("wrong count: %+v", r.Findings)
	}
}

// "Toute l'année" is contradicted by a season the fact about the same thing
// gives, and left alone otherwise.
func TestYearRound(t *testing.T) {
	fr := []string{"La piscine chauffée est ouverte de mai à septembre, de 10h à 20h.", "L'accueil du camping répond au téléphone."}
	if r := check(t, "fr", fr, "L'accueil répond au téléphone toute l'année 📞 Piscine chauffée de mai à septembre !"); r.Verdict != Pass {
		t.Errorf("year-round for a thing without a season flagged: %+v", r.Findings)
	}
	r := check(t, "fr", fr, "Piscine chauffée ouverte toute l'année !")
	if len(r.Findings) != 1 || r.Findings[0].Text != "toute l'année" || r.Findings[0].Kind != Contradicted {
		t.Errorf("year-round pool: %+v", r.Findings)
	}
	en := []string{"The outdoor pool is open from April to October."}
	if r := check(t, "en", en, "Our outdoor pool is open all year round!"); r.Verdict != Fail {
		t.Errorf("year-round pool: %+v", r.Findings)
	}
}

// A stated price said of another thing is contradicted by the fact about
// that thing, only when no fact giving the price shares a word with it.
func TestPriceOfAnotherThing(t *testing.T) {
	facts := []string{"Le bouquet de 7 roses coûte 35 €.", "L'atelier composition florale coûte 45 € par personne et dure 2 heures."}
	if r := check(t, "fr", facts, "Atelier composition florale : 2 heures, 45 € par personne. Ou un bouquet de 7 roses à 35 € 🌹"); r.Verdict != Pass {
		t.Errorf("stated prices flagged: %+v", r.Findings)
	}
	r := check(t, "fr", facts, "Atelier composition florale de 2 heures pour 35 € !")
	if len(r.Findings) != 1 || r.Findings[0].Text != "35 €" || r.Findings[0].Suggestion != "45 €" {
		t.Errorf("price of another thing: %+v", r.Findings)
	}
}
