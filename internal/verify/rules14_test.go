package verify

import "testing"

// Tests for the general causes of holdout14's first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// "20 h de conduite" with a space before the h is hours of driving.
func TestSpacedHoursOfSomething(t *testing.T) {
	facts := []string{"Le forfait permis B (20 heures de conduite et le code) coûte 1 290 €."}
	if r := check(t, "fr", facts, "✅ Le code\n✅ 20 h de conduite\nTout est dans le forfait !"); r.Verdict != Pass {
		t.Errorf("stated hours flagged: %+v", r.Findings)
	}
	r := check(t, "fr", facts, "✅ 25 h de conduite dans le forfait !")
	if len(r.Findings) != 1 || r.Findings[0].Claim != "duration" {
		t.Errorf("wrong hours: %+v", r.Findings)
	}
}

// "41:12" past 24 is minutes and seconds; "41 minutes 12 seconds" one length.
func TestChronoTimes(t *testing.T) {
	facts := []string{"Our record for The Vault is 41 minutes 12 seconds, set in March 2026.", "Each game lasts 1 hour 30 minutes."}
	if r := check(t, "en", facts, "Can you beat 41:12? That's the record for The Vault 💪 90 minutes of fun!"); r.Verdict != Pass {
		t.Errorf("stated record flagged: %+v", r.Findings)
	}
	r := check(t, "en", facts, "Our record for The Vault? 35:40!")
	if len(r.Findings) != 1 || r.Findings[0].Text != "35:40" {
		t.Errorf("wrong record: %+v", r.Findings)
	}
}

// Later hours the facts state are no extended offer.
func TestExtendedHours(t *testing.T) {
	facts := []string{"Le marché de Noël se tient du vendredi 11 au dimanche 13 décembre 2026, de 10h à 20h (jusqu'à 22h le samedi)."}
	if r := check(t, "fr", facts, "Marché de Noël du 11 au 13 décembre ! Le samedi, on prolonge jusqu'à 22h ✨"); r.Verdict != Pass {
		t.Errorf("stated late opening flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Marché de Noël prolongé jusqu'au 20 décembre !"); r.Verdict != Fail {
		t.Errorf("extended market not contradicted: %+v", r.Findings)
	}
}

// The people of a stated place (Annéciens, Saint-Aubinois) are no unknown
// name, and counting them counts the inhabitants.
func TestDemonyms(t *testing.T) {
	facts := []string{"Saint-Aubin-sur-Loire est une commune de 8 400 habitants.", "L'auto-école forme des conducteurs à Annecy depuis 2009."}
	for _, post := range []string{"Plus de 8 000 Saint-Aubinois, et autant de raisons de fêter Noël ❤️", "Merci aux Annéciens pour leur confiance !"} {
		if r := check(t, "fr", facts, post); r.Verdict != Pass {
			t.Errorf("%q flagged: %+v", post, r.Findings)
		}
	}
	if r := check(t, "fr", facts, "Plus de 10 000 Saint-Aubinois !"); r.Verdict != Fail {
		t.Errorf("false bound on inhabitants: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Merci aux Grenoblois !"); r.Verdict == Pass {
		t.Errorf("people of an unstated place not flagged")
	}
}

// A price paid in instalments, worked out per instalment, across facts about
// the same thing.
func TestInstalments(t *testing.T) {
	fr := []string{"Le forfait permis B coûte 1 290 €.", "Le paiement du forfait permis B est possible en 4 fois sans frais."}
	if r := check(t, "fr", fr, "Soit 322,50 € par mois pendant 4 mois pour le forfait permis B 💡"); r.Verdict != Pass {
		t.Errorf("worked-out instalment flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Le forfait permis B pour 250 € par mois !"); r.Verdict == Pass {
		t.Errorf("wrong instalment not flagged")
	}
	en := []string{"The annual pass costs £240 and can be paid in 3 instalments."}
	if r := check(t, "en", en, "Spread the cost: 3 payments of £80 for the annual pass."); r.Verdict != Pass {
		t.Errorf("worked-out instalment flagged: %+v", r.Findings)
	}
}

// A part of each day (matinées, evenings) counts the days of a stated range.
func TestDayParts(t *testing.T) {
	facts := []string{"Le stage de code intensif a lieu du lundi 28 au mercredi 30 décembre 2026, de 9h à 12h, pour 149 €."}
	if r := check(t, "fr", facts, "Code intensif : du 28 au 30 décembre, 3 matinées de 9h à 12h pour 149 € 📚"); r.Verdict != Pass {
		t.Errorf("worked-out mornings flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Code intensif : 5 matinées pour 149 € !"); r.Verdict == Pass {
		t.Errorf("wrong number of mornings not flagged")
	}
}

// "8 élèves sur 10" is a share the facts give as a percentage.
func TestRatioOfPercent(t *testing.T) {
	facts := []string{"En 2025, le taux de réussite à l'examen pratique était de 78 %."}
	if r := check(t, "fr", facts, "Près de 8 élèves sur 10 ont réussi l'examen pratique en 2025 🎉"); r.Verdict != Pass {
		t.Errorf("share of a stated percentage flagged: %+v", r.Findings)
	}
	if r := check(t, "en", []string{"In 2025, 78% of our learners passed first time."}, "8 out of 10 learners passed first time in 2025!"); r.Verdict != Pass {
		t.Errorf("share of a stated percentage flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "9 élèves sur 10 ont réussi l'examen pratique en 2025 !"); r.Verdict == Pass {
		t.Errorf("wrong share not flagged")
	}
}

// Two counts joined by "and" add up for a post that names both groups.
func TestSumOfTwoGroups(t *testing.T) {
	facts := []string{"Our team: 4 vets and 6 registered veterinary nurses, led by Dr Hannah Yates."}
	if r := check(t, "en", facts, "Meet Dr Hannah Yates and the 10 vets and nurses who look after your pets ❤️"); r.Verdict != Pass {
		t.Errorf("sum of two stated groups flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Meet our 10 vets!"); r.Verdict == Pass {
		t.Errorf("the sum said of one group not flagged")
	}
}

// A first name inside a quoted review is the customer's own, not a claim;
// the same name outside quotes still is.
func TestNameInAQuotedReview(t *testing.T) {
	facts := []string{"Willowbank Veterinary Clinic has cared for pets in Harrogate since 1998."}
	for _, post := range []string{"⭐⭐⭐⭐⭐ \"They saved our Luna's life. Forever grateful.\" Reviews like this are why we do it 💚", "« Merci pour Filou, il va beaucoup mieux ! » Ça nous touche 💚"} {
		if r := check(t, "en", facts, post); r.Verdict != Pass {
			t.Errorf("%q flagged: %+v", post, r.Findings)
		}
	}
	if r := check(t, "en", facts, "Our new vet Luna joins the team on Monday!"); r.Verdict == Pass {
		t.Errorf("unstated vet not flagged")
	}
}

// A range is checked against the period of the fact about the same thing,
// not backed by another event's longer period.
func TestRangeOfTheSameThing(t *testing.T) {
	facts := []string{
		"Le marché de Noël se tient sur la place de l'Église du vendredi 11 au dimanche 13 décembre 2026.",
		"La patinoire est installée place du Marché du 12 décembre 2026 au 3 janvier 2027.",
	}
	for _, post := range []string{"Marché de Noël du 11 au 13 décembre 🎄", "La patinoire vous attend du 20 au 30 décembre ⛸️"} {
		if r := check(t, "fr", facts, post); r.Verdict != Pass {
			t.Errorf("%q flagged: %+v", post, r.Findings)
		}
	}
	r := check(t, "fr", facts, "Marché de Noël du 18 au 20 décembre !")
	if len(r.Findings) != 1 || r.Findings[0].Suggestion != "11 décembre au 13 décembre" {
		t.Errorf("wrong market dates: %+v", r.Findings)
	}
}

// A was/now pair gives a discount; a price list does not.
func TestDiscountOfAPriceList(t *testing.T) {
	list := []string{"Prices per team: £60 for 2 players, £75 for 3, £88 for 4, £100 for 5 and £110 for 6.", "From 4 to 20 December 2026, teams get 15% off with the code SIGNAL15."}
	if r := check(t, "en", list, "Book before 20 December with 25% off!"); r.Verdict != Fail {
		t.Errorf("wrong discount not contradicted: %+v", r.Findings)
	}
	pair := []string{"Le coffret coûte 24 € au lieu de 30 €."}
	if r := check(t, "fr", pair, "Le coffret à -20 % : 24 € au lieu de 30 € !"); r.Verdict != Pass {
		t.Errorf("worked-out discount flagged: %+v", r.Findings)
	}
}

// A gift in a sentence does not cover a thing priced after it.
func TestGiftBesideAPrice(t *testing.T) {
	facts := []string{"La patinoire est installée place du Marché ; l'entrée est gratuite, la location de patins coûte 3 €."}
	if r := check(t, "fr", facts, "Patinoire en accès libre, entrée gratuite et patins à 3 € ⛸️"); r.Verdict != Pass {
		t.Errorf("stated free entry flagged: %+v", r.Findings)
	}
	r := check(t, "fr", facts, "Patinoire : entrée gratuite et patins offerts !")
	if len(r.Findings) != 1 || r.Findings[0].Text != "patins offerts" || r.Findings[0].Kind != Contradicted {
		t.Errorf("free skates: %+v", r.Findings)
	}
}
