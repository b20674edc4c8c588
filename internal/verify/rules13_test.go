package verify

import "testing"

// Tests for the general causes of holdout13's first-run false alarms and
// misses: each pairs the legitimate form with a wrong one still flagged.

// A keycap emoji numbers a list item; it is not a figure.
func TestKeycapListItems(t *testing.T) {
	facts := []string{"Le savon coûte 7,90 € ; le shampooing solide coûte 11,50 €."}
	if r := check(t, "fr", facts, "Votre préféré ?\n1️⃣ le savon\n2️⃣ le shampooing solide\n3️⃣ les deux\nVotez 👇"); r.Verdict != Pass {
		t.Errorf("keycap list flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "1️⃣ le savon à 6,90 €\n2️⃣ le shampooing solide"); len(r.Findings) != 1 || r.Findings[0].Text != "6,90 €" {
		t.Errorf("wrong price in a keycap list: %+v", r.Findings)
	}
}

// "48h" is 48 hours, not 48 of a noun "h"; "sous 24h" is a delay.
func TestHoursPastADay(t *testing.T) {
	facts := []string{"Les remboursements sont versés sous 48 heures après réception de la feuille de soins."}
	if r := check(t, "fr", facts, "Chez nous, le remboursement c'est 48h, pas plus."); r.Verdict != Pass {
		t.Errorf("stated 48 hours flagged: %+v", r.Findings)
	}
	r := check(t, "fr", facts, "Remboursement sous 72h !")
	if len(r.Findings) != 1 || r.Findings[0].Text != "72h" || r.Findings[0].Claim != "duration" {
		t.Errorf("wrong delay: %+v", r.Findings)
	}
	r = check(t, "fr", facts, "Remboursés sous 24h !")
	if len(r.Findings) != 1 || r.Findings[0].Claim != "duration" {
		t.Errorf("wrong delay read as a clock time: %+v", r.Findings)
	}
}

// A rank in digits whose noun is left out stands for the rank the facts spell.
func TestElidedSpelledRank(t *testing.T) {
	facts := []string{"Les enfants sont couverts gratuitement à partir du troisième enfant."}
	if r := check(t, "fr", facts, "3 enfants ou plus ? À partir du 3e, il est couvert gratuitement 👶"); r.Verdict != Pass {
		t.Errorf("stated rank flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "À partir du 2e, il est couvert gratuitement !"); r.Verdict == Pass {
		t.Errorf("wrong rank not flagged")
	}
}

// A bound on a stated length of time is true or false like a count's.
func TestDurationBounds(t *testing.T) {
	facts := []string{"The crossing from Oban to Craignure takes 46 minutes."}
	for _, post := range []string{"Oban to Craignure in under 50 minutes!", "Oban to Craignure in over 40 minutes of sea views."} {
		if r := check(t, "en", facts, post); r.Verdict != Pass {
			t.Errorf("%q: true bound flagged: %+v", post, r.Findings)
		}
	}
	for _, post := range []string{"Oban to Craignure in under 40 minutes!", "Oban to Craignure in over 50 minutes."} {
		if r := check(t, "en", facts, post); r.Verdict != Fail {
			t.Errorf("%q: false bound: %s %+v", post, r.Verdict, r.Findings)
		}
	}
}

// "under-26s" is an age bound, the same as "under 26".
func TestAgeGroups(t *testing.T) {
	facts := []string{"Tickets cost from £18 to £46; under-26s pay £10 for any seat."}
	if r := check(t, "en", facts, "Under 26? Any seat is yours for £10 🎟️"); r.Verdict != Pass {
		t.Errorf("stated age group flagged: %+v", r.Findings)
	}
	r := check(t, "en", facts, "And under-30s pay just £10!")
	if len(r.Findings) != 1 || r.Findings[0].Text != "under-30s" || r.Findings[0].Suggestion != "under-26s" {
		t.Errorf("wrong age group: %+v", r.Findings)
	}
}

// "half the adult fare" and "demi-tarif" are a 50 % share of the price, so
// the worked-out half fare is backed.
func TestHalfFare(t *testing.T) {
	en := []string{"An adult single fare costs £4.10.", "Children aged 5 to 15 pay half the adult fare."}
	if r := check(t, "en", en, "Kids aged 5-15 go half price (that's £2.05) 👨‍👩‍👧"); r.Verdict != Pass {
		t.Errorf("stated half fare flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Kids go for £1.50 each way!"); r.Verdict == Pass {
		t.Errorf("wrong child fare not flagged")
	}
	fr := []string{"L'entrée adulte coûte 8 €.", "Les enfants de 5 à 15 ans paient l'entrée demi-tarif."}
	if r := check(t, "fr", fr, "Entrée adulte à 8 €, et 4 € seulement pour les enfants 🎈"); r.Verdict != Pass {
		t.Errorf("stated demi-tarif flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Entrée adulte à 8 €, et 5 € pour les enfants !"); r.Verdict == Pass {
		t.Errorf("wrong child price not flagged")
	}
}

// A clock time moved by an offset a fact states ("1 hour before") is backed.
func TestTimeOffsets(t *testing.T) {
	en := []string{"The gala takes place on Saturday 12 December 2026 at 7:30pm.", "Doors open 1 hour before each concert."}
	if r := check(t, "en", en, "Doors open at 6:30pm on gala night, so come early 🍷"); r.Verdict != Pass {
		t.Errorf("worked-out doors time flagged: %+v", r.Findings)
	}
	if r := check(t, "en", en, "Doors open at 5pm on gala night!"); r.Verdict == Pass {
		t.Errorf("wrong doors time not flagged")
	}
	fr := []string{"Le spectacle commence à 20h30.", "L'ouverture des portes a lieu 30 minutes avant le spectacle."}
	if r := check(t, "fr", fr, "Portes ouvertes dès 20h, spectacle à 20h30 !"); r.Verdict != Pass {
		t.Errorf("worked-out doors time flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", fr, "Ouverture des portes à 19h !"); r.Verdict == Pass {
		t.Errorf("wrong doors time not flagged")
	}
}

// A first name right after thanks or a greeting is addressed, not asserted;
// thanks *to* someone names a partner.
func TestVocativeNames(t *testing.T) {
	facts := []string{"Le savon au lait d'ânesse coûte 7,90 €."}
	for _, tc := range []struct{ lang, post, want string }{
		{"fr", "« Ma peau est si douce avec le savon au lait d'ânesse » Merci Claire pour ce gentil message 💜", ""},
		{"en", "Thank you Priya for the lovely review! 💜", ""},
		{"fr", "Merci à Decathlon pour son soutien !", "Decathlon"},
		{"en", "Our soap, now with Claire Martin as brand ambassador!", "Claire Martin"},
	} {
		r := check(t, tc.lang, facts, tc.post)
		got := ""
		for _, f := range r.Findings {
			got += f.Text
		}
		if got != tc.want {
			t.Errorf("%q: flagged %q, want %q", tc.post, got, tc.want)
		}
	}
}

// A question offering alternatives is a poll: its options assert nothing.
func TestPollOptions(t *testing.T) {
	facts := []string{"Hebridean Link runs ferries between Oban and Craignure, on the Isle of Mull."}
	if r := check(t, "en", facts, "What's your favourite spot on Mull? Tobermory, Calgary Bay, or somewhere secret? Tell us below 👇"); r.Verdict != Pass {
		t.Errorf("poll options flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Did you know our ferries now call at Tobermory?"); r.Verdict == Pass {
		t.Errorf("unstated port in a plain question not flagged")
	}
}

// A fact with two clauses about two things: the weekday is checked against
// the clause about the post's thing.
func TestWeekdayOfAClause(t *testing.T) {
	facts := []string{"L'atelier-boutique est ouvert du mardi au samedi de 10h à 18h ; la visite de l'atelier est gratuite le mercredi à 15h."}
	for _, post := range []string{"Visite gratuite de l'atelier le mercredi à 15h 🧼", "La boutique vous attend le samedi, de 10h à 18h."} {
		if r := check(t, "fr", facts, post); r.Verdict != Pass {
			t.Errorf("%q: stated day flagged: %+v", post, r.Findings)
		}
	}
	r := check(t, "fr", facts, "Visite gratuite de l'atelier tous les samedis à 15h !")
	if len(r.Findings) != 1 || r.Findings[0].Text != "samedis" || r.Findings[0].Suggestion != "mercredi" {
		t.Errorf("wrong visit day: %+v", r.Findings)
	}
}
