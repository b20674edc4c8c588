package claims

import "testing"

// "₹1,45,000" is grouped the Indian way (two-digit groups before the last
// three digits): 145,000, not 1.45 or 1,45; a plain "1,450" or a list of
// small numbers keeps its reading.
func TestIndianDigitGrouping(t *testing.T) {
	cases := []struct {
		lang, text, span string
		value            float64
	}{
		{"en", "The training costs ₹1,45,000 in all.", "₹1,45,000", 145000},
		{"en", "Tuition is ₹12,34,567 a year.", "₹12,34,567", 1234567},
		{"fr", "La formation coûte ₹1,45,000 en tout.", "₹1,45,000", 145000},
		{"en", "The training costs ₹1,450 in all.", "₹1,450", 1450},
		{"en", "The training costs ₹1.45 lakh in all.", "₹1.45 lakh", 145000},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		c := find(d, Money, tc.span)
		if c == nil {
			t.Errorf("%q: no amount %q in\n%s", tc.text, tc.span, dump(d))
			continue
		}
		if !Eq(c.Value, tc.value) {
			t.Errorf("%q: got %v, want %v", tc.text, c.Value, tc.value)
		}
	}
}

// "20c a gram": in English a whole number under 100 with a lower-case "c"
// glued after it is a price in cents, even with no other price in its
// sentence; a capital "20C" is no price.
func TestGluedCentsAlone(t *testing.T) {
	d := Analyze("3D printing: 20c a gram.", "en")
	if c := find(d, Money, "20c"); c == nil || !Eq(c.Value, 0.2) {
		t.Errorf("want 20c as $0.20 in\n%s", dump(d))
	}
	d = Analyze("It was 20C outside.", "en")
	if c := find(d, Money, "20C"); c != nil {
		t.Errorf("20C is no price:\n%s", dump(d))
	}
}
