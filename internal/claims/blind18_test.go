package claims

import "testing"

// A month written before its day ("January 22") lends itself to the bare day
// that ends the range, and the year after that day belongs to both ends; an
// hour or a counted noun after the second number keeps it out of the date.
func TestMonthFirstRangeEndsOnBareDay(t *testing.T) {
	ranges := []struct {
		lang, text, span string
		d1, d2           D
	}{
		{"en", "Save the date: from January 22 to 24, 2027, we host the bonspiel.", "January 22 to 24, 2027", D{2027, 1, 22}, D{2027, 1, 24}},
		{"en", "One legendary bonspiel, Jan. 22–24, with prizes!", "Jan. 22–24", D{0, 1, 22}, D{0, 1, 24}},
		{"en", "The fair runs Sat, March 7 through 9 in Leeds.", "Sat, March 7 through 9", D{0, 3, 7}, D{0, 3, 9}},
		{"fr", "Le tournoi a lieu du 22 au 24 janvier 2027.", "22 au 24 janvier 2027", D{2027, 1, 22}, D{2027, 1, 24}},
		{"fr", "Tournoi du vendredi 22 au dimanche 24 janvier.", "vendredi 22 au dimanche 24 janvier", D{0, 1, 22}, D{0, 1, 24}},
	}
	for _, tc := range ranges {
		d := Analyze(tc.text, tc.lang)
		c := find(d, DateRange, tc.span)
		if c == nil {
			t.Errorf("%q: no range %q in\n%s", tc.text, tc.span, dump(d))
			continue
		}
		if c.Date != tc.d1 || c.Date2 != tc.d2 {
			t.Errorf("%q: got %v-%v, want %v-%v", tc.text, c.Date, c.Date2, tc.d1, tc.d2)
		}
	}
	notRanges := []struct{ lang, text, date string }{
		{"en", "Open house October 5 to 9 pm, come along.", "October 5"},
		{"en", "On March 3 to 5 teams will play.", "March 3"},
		{"en", "Doors open January 22 at 7.", "January 22"},
		{"fr", "Le 5 octobre, de 9 à 12 participants par groupe.", "5 octobre"},
	}
	for _, tc := range notRanges {
		d := Analyze(tc.text, tc.lang)
		if find(d, Date, tc.date) == nil {
			t.Errorf("%q: want the single date %q in\n%s", tc.text, tc.date, dump(d))
		}
		for _, c := range d.Claims {
			if c.Type == DateRange {
				t.Errorf("%q: unexpected range %q", tc.text, c.Text)
			}
		}
	}
}

// "45 $ équipement inclus", "40 $ tout compris", "£40 gear included": the
// words after a price that say what it includes name no priced noun; a
// noun the price is said of is still read.
func TestPriceNounNotInclusion(t *testing.T) {
	for _, tc := range []struct{ lang, text, span, noun string }{
		{"fr", "Le cours coûte 45 $ équipement inclus.", "45 $", ""},
		{"fr", "Cours Premières cordées, 2 h, 40 $ tout compris.", "40 $", ""},
		{"en", "The course costs £40 gear included.", "£40", ""},
		{"en", "The course costs £40 all included.", "£40", ""},
		{"fr", "Places à 8 € billets enfants.", "8 €", "billet"},
		{"en", "Only £8 tickets left.", "£8", "ticket"},
	} {
		d := Analyze(tc.text, tc.lang)
		c := find(d, Money, tc.span)
		if c == nil {
			t.Errorf("%q: no money %q in\n%s", tc.text, tc.span, dump(d))
			continue
		}
		if c.Noun != tc.noun {
			t.Errorf("%q: noun %q, want %q", tc.text, c.Noun, tc.noun)
		}
	}
}
