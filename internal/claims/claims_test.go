package claims

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

type want struct {
	typ   Type
	text  string
	value float64
}

func find(d *Doc, typ Type, text string) *Claim {
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Type == typ && c.Text == text {
			return c
		}
	}
	return nil
}

func dump(d *Doc) string {
	var b strings.Builder
	for _, c := range d.Claims {
		fmt.Fprintf(&b, "  %s %q v=%v noun=%s bound=%d date=%v-%v wd=%d\n", c.Type, c.Text, c.Value, c.Noun, c.Bound, c.Date, c.Date2, c.Weekday)
	}
	return b.String()
}

func TestExtractNumericFR(t *testing.T) {
	cases := []struct {
		text string
		w    []want
	}{
		{"La baguette est à 1,30 € partout.", []want{{Money, "1,30 €", 1.30}}},
		{"Un budget de 20k€ et un CA de 3,4 M€.", []want{{Money, "20k€", 20000}, {Money, "3,4 M€", 3.4e6}}},
		{"Le poulet entier à -20 % le mardi.", []want{{Percent, "-20 %", 20}}},
		{"Formule à moitié prix ce week-end !", []want{{Percent, "moitié prix", 50}}},
		{"Nous comptons 1 500 adhérents.", []want{{Count, "1 500", 1500}}},
		{"Nous comptons 1\u202f500 adhérents.", []want{{Count, "1\u202f500", 1500}}},
		{"Trente ans de fournées !", []want{{Count, "Trente", 30}}},
		{"Une dizaine de stands vous attendent.", []want{{Count, "Une dizaine", 10}}},
		{"Ouvert de 7h à 19h30.", []want{{Time, "7h", 420}, {Time, "19h30", 1170}}},
		{"Une visite guidée de 1 h 15 chaque samedi.", []want{{Duration, "1 h 15", 75}}},
		{"Un film de 70 min.", []want{{Duration, "70 min", 70}}},
		{"Notre 43e boulangerie ouvre.", []want{{Ordinal, "43e", 43}}},
		{"Classé n°1 des ventes.", []want{{Ordinal, "n°1", 1}}},
		{"Fondée en 1996 à Lyon.", []want{{Year, "1996", 1996}}},
		{"Le catalogue est vendu CHF 39.– à la boutique.", []want{{Money, "CHF 39.–", 39}}},
		{"Près d'un demi-million d'euros reversés.", []want{{Money, "un demi-million d'euros", 5e5}}},
		{"Plus de 2 millions de clients.", []want{{Count, "2 millions", 2e6}}},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, "fr")
		for _, w := range tc.w {
			c := find(d, w.typ, w.text)
			if c == nil {
				t.Errorf("%q: no %s %q in\n%s", tc.text, w.typ, w.text, dump(d))
				continue
			}
			if math.Abs(c.Value-w.value) > 1e-9 {
				t.Errorf("%q: %s %q value %v, want %v", tc.text, w.typ, w.text, c.Value, w.value)
			}
		}
	}
}

func TestExtractNumericEN(t *testing.T) {
	cases := []struct {
		text string
		w    []want
	}{
		{"Tickets €119 until March 31st.", []want{{Money, "€119", 119}}},
		{"We raised €1.1m and €20k in pledges.", []want{{Money, "€1.1m", 1.1e6}, {Money, "€20k", 20000}}},
		{"Save 20% off everything.", []want{{Percent, "20%", 20}}},
		{"Around 1,000 people came.", []want{{Count, "1,000", 1000}}},
		{"The guide costs USD 20 at the desk.", []want{{Money, "USD 20", 20}}},
		{"Branches are open 9:30 to 5 on weekdays.", []want{{Time, "9:30", 570}, {Time, "5", 1020}}},
		{"We donated nearly half a million dollars.", []want{{Money, "half a million dollars", 5e5}}},
		{"Half a million visitors came.", []want{{Count, "Half a million", 5e5}}},
		{"Gates open at 2pm, music until 11 pm.", []want{{Time, "2pm", 840}, {Time, "11 pm", 1380}}},
		{"Doors at 18:00 sharp.", []want{{Time, "18:00", 1080}}},
		{"Last train at 11:40pm, first at 6:15 am.", []want{{Time, "11:40pm", 1420}, {Time, "6:15 am", 375}}},
		{"Talks from 2:30pm.", []want{{Time, "2:30pm", 870}}},
		{"Our 6th edition!", []want{{Ordinal, "6th", 6}}},
		{"Three days in a row.", []want{{Count, "Three", 3}}},
		{"Prices from £29.99 a month.", []want{{Money, "£29.99", 29.99}}},
		{"A class of 45 minutes.", []want{{Duration, "45 minutes", 45}}},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, "en")
		for _, w := range tc.w {
			c := find(d, w.typ, w.text)
			if c == nil {
				t.Errorf("%q: no %s %q in\n%s", tc.text, w.typ, w.text, dump(d))
				continue
			}
			if math.Abs(c.Value-w.value) > 1e-9 {
				t.Errorf("%q: %s %q value %v, want %v", tc.text, w.typ, w.text, c.Value, w.value)
			}
		}
	}
}

func TestExtractDates(t *testing.T) {
	cases := []struct {
		lang, text, span string
		typ              Type
		d1, d2           D
		wd               int
	}{
		{"fr", "Ouverture samedi 12/09 !", "samedi 12/09", Date, D{0, 9, 12}, D{}, 6},
		{"fr", "C'est le 12 septembre 2026.", "12 septembre 2026", Date, D{2026, 9, 12}, D{}, -1},
		{"fr", "Offre du 12 au 27 septembre.", "12 au 27 septembre", DateRange, D{0, 9, 12}, D{0, 9, 27}, -1},
		{"fr", "Du 15/05 au 04/10/2026.", "15/05 au 04/10/2026", DateRange, D{2026, 5, 15}, D{2026, 10, 4}, -1},
		{"fr", "Rendez-vous le 1er mars.", "1er mars", Date, D{0, 3, 1}, D{}, -1},
		{"en", "See you on Sept 12th!", "Sept 12th", Date, D{0, 9, 12}, D{}, -1},
		{"en", "Festival 10–12 July 2026.", "10–12 July 2026", DateRange, D{2026, 7, 10}, D{2026, 7, 12}, -1},
		{"en", "From Fri 10 to Sun 12 July.", "Fri 10 to Sun 12 July", DateRange, D{0, 7, 10}, D{0, 7, 12}, 5},
		{"en", "This Giving Tuesday, 1 December, give.", "Tuesday, 1 December", Date, D{0, 12, 1}, D{}, 2},
		{"en", "Free checks all through February!", "February", Month, D{0, 2, 0}, D{}, -1},
		{"en", "Signal Lost: 41:12 is the record.", "41:12", Duration, D{}, D{}, -1},
		{"fr", "Du 16.10.2026 au 28.02.2027 au musée.", "16.10.2026 au 28.02.2027", DateRange, D{2026, 10, 16}, D{2027, 2, 28}, -1},
		{"fr", "Jusqu'au 28.02 au musée !", "28.02", Date, D{0, 2, 28}, D{}, -1},
		{"en", "On show 16.10.2026 – 28.02.2027.", "16.10.2026 – 28.02.2027", DateRange, D{2026, 10, 16}, D{2027, 2, 28}, -1},
		{"en", "Match Morning is Tue 3/16!", "Tue 3/16", Date, D{0, 3, 16}, D{}, 2},
		{"en", "Book at least 24h ahead.", "24h", Duration, D{}, D{}, -1},
		{"en", "Book 48h in advance.", "48h", Duration, D{}, D{}, -1},
		{"fr", "Réservez 24h à l'avance.", "24h", Duration, D{}, D{}, -1},
		{"fr", "Rendez-vous à 19h à la salle.", "19h", Time, D{}, D{}, -1},
		{"en", "Doors open 3/16/2027 at 6pm.", "3/16/2027", Date, D{2027, 3, 16}, D{}, -1},
		{"fr", "Rendez-vous mardi 16/3 !", "mardi 16/3", Date, D{0, 3, 16}, D{}, 2},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		c := find(d, tc.typ, tc.span)
		if c == nil {
			t.Errorf("%q: no %s %q in\n%s", tc.text, tc.typ, tc.span, dump(d))
			continue
		}
		if c.Date != tc.d1 || (tc.typ == DateRange && c.Date2 != tc.d2) || c.Weekday != tc.wd {
			t.Errorf("%q: got %v-%v wd %d, want %v-%v wd %d", tc.text, c.Date, c.Date2, c.Weekday, tc.d1, tc.d2, tc.wd)
		}
	}
	// a month of 16 reads month first only where that is a date: in English
	// or after a weekday; a French mark out of twenty is no date
	for _, d := range []*Doc{Analyze("Une note de 8/20 au contrôle.", "fr"), Analyze("A 1/32 scale model.", "en")} {
		for _, c := range d.Claims {
			if c.Type == Date {
				t.Errorf("%q: unexpected date %q %v", d.Text, c.Text, c.Date)
			}
		}
	}
	if c := find(Analyze("L'offre court jusqu'au 30 septembre.", "fr"), Date, "30 septembre"); c == nil || c.Role != RoleUntil {
		t.Errorf("jusqu'au: want an until role, got %+v", c)
	}
	if c := find(Analyze("Donate before 30 November!", "en"), Date, "30 November"); c == nil || c.Role != RoleUntil {
		t.Errorf("before: want an until role, got %+v", c)
	}
	// a deadline written "at the latest" is an until date too; "plus tôt"
	// or "later on" are not
	for _, tc := range []struct{ lang, text, date string }{
		{"fr", "Commande au plus tard le jeudi 11 février.", "jeudi 11 février"},
		{"en", "Order no later than Thursday 11 February.", "Thursday 11 February"},
	} {
		if c := find(Analyze(tc.text, tc.lang), Date, tc.date); c == nil || c.Role != RoleUntil {
			t.Errorf("%q: want an until role, got %+v", tc.text, c)
		}
	}
	if c := find(Analyze("Rendez-vous au plus tôt le 11 février.", "fr"), Date, "11 février"); c == nil || c.Role == RoleUntil {
		t.Errorf("au plus tôt: want no until role, got %+v", c)
	}
}

func TestExtractOther(t *testing.T) {
	cases := []struct {
		lang, text string
		typ        Type
		span       string
	}{
		{"fr", "Infos sur maisonfournil.fr/offres !", URL, "maisonfournil.fr/offres"},
		{"en", "Visit https://www.example.ie/tickets.", URL, "https://www.example.ie/tickets"},
		{"en", "Shop the sale at gumtree-gear.com.au/summer!", URL, "gumtree-gear.com.au/summer"},
		{"en", "Order from kauri.co.nz today.", URL, "kauri.co.nz"},
		{"fr", "Réservez sur casa-lisboa.pt/visites !", URL, "casa-lisboa.pt/visites"},
		{"fr", "Écrivez à contact@fournil.fr.", Email, "contact@fournil.fr"},
		{"fr", "Appelez le 04 76 12 34 56.", Phone, "04 76 12 34 56"},
		{"fr", "Suivez #Fournil30ans et @maisonfournil", Hashtag, "#Fournil30ans"},
		{"fr", "Suivez #Fournil30ans et @maisonfournil", Mention, "@maisonfournil"},
		{"fr", "Dirigée par Anne-Laure Perrin, conservatrice.", Name, "Anne-Laure Perrin"},
		{"fr", "Prêt du musée d'Orsay et de Coq & Braise.", Name, "Coq & Braise"},
		{"fr", "Le meilleur croissant de France !", Superlative, "Le meilleur croissant de France"},
		{"en", "Ireland's biggest festival is back!", Superlative, "Ireland's biggest festival"},
		{"fr", "Et en plus : livraison à domicile offerte !", Freebie, "livraison à domicile offerte"},
		{"en", "A free shuttle runs from the station.", Freebie, "free shuttle runs from the station"},
		{"fr", "Satisfait ou remboursé pendant 30 jours.", Guarantee, "Satisfait ou remboursé"},
		{"fr", "Ouvert 7j/7 de 7h à 20h.", Everyday, "7j/7"},
		{"en", "Open 7 days a week.", Everyday, "7 days a week"},
		{"en", "Open seven days a week, 10am to 6pm.", Everyday, "seven days a week"},
		{"fr", "Ouvert sept jours sur sept, de 10h à 18h.", Everyday, "sept jours sur sept"},
		{"fr", "Disponible dans tous nos restaurants.", Universal, "tous nos restaurants"},
		{"fr", "Livraison dans 19 des 27 restaurants.", Partial, "19 des 27"},
		{"en", "Every gift is tripled today.", Multiplier, "tripled"},
		{"fr", "Offre prolongée jusqu'à dimanche.", Extension, "Offre prolongée"},
		{"en", "20% off in October 2026!", Month, "October 2026"},
		{"fr", "Rendez-vous en octobre !", Month, "octobre"},
		{"en", "Check-out is at noon.", Time, "noon"},
		{"fr", "Nos pains sont 100 % bio et faits maison.", Label, "faits maison"},
		{"en", "Award-winning coffee.", Label, "Award-winning"},
		{"en", "42 rooms, 18 of them with a sea view.", Partial, "18 of them"},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		if find(d, tc.typ, tc.span) == nil {
			t.Errorf("%q: no %s %q in\n%s", tc.text, tc.typ, tc.span, dump(d))
		}
	}
}

// Legitimate content must not produce the claim types that would be flagged.
func TestNotClaims(t *testing.T) {
	cases := []struct {
		lang, text string
		typ        Type
	}{
		{"en", "The festival is 100% cashless.", Percent},
		{"en", "Doors open from 10.05 to 11.10.", Date},
		{"fr", "Le café est à 2.10 le matin.", Date},
		{"fr", "Un produit 100 % bio et local.", Percent},
		{"fr", "On a tellement hâte de vous voir, le meilleur moment de l'année !", Superlative},
		{"en", "Try our top-rated tours this summer!", Superlative},
		{"fr", "Rendez-vous pour la première descente de la saison !", Superlative},
		{"en", "The first snow of the winter is here.", Superlative},
		{"en", "Feel free to ask us anything.", Freebie},
		{"en", "Open every day, Sundays included.", Freebie},
		{"fr", "Bonne journée à toutes et à tous !", Universal},
		{"en", "Get your tickets now!", Freebie},
		{"fr", "Un double expresso pour commencer.", Multiplier},
		{"en", "The sun is out, let's go!", Weekday},
		{"fr", "POV : tu goûtes nos croissants.", Name},
		{"en", "THE LINE-UP IS HERE", Name},
		{"fr", "Grenoble, on arrive !", Name},
		{"en", "You may book now.", Month},
		{"en", "No sailings on Christmas Day or New Year's Day.", Name},
		{"en", "Our Black Friday deals are here.", Weekday},
		{"fr", "Fermé à la Saint-Sylvestre, ouvert pour la Fête des Mères.", Name},
		{"fr", "1️⃣ le savon 2️⃣ le shampooing", Count},
		{"fr", "⏰ J-3 pour commander votre bouquet !", Number},
		{"en", "D-5 until launch!", Number},
		{"en", "Saturday, 3pm KO, see you there.", Name},
		{"fr", "✅ Secteur 1 et tiers payant\n✅ Accessible PMR", Name},
		{"fr", "Envoyez-nous votre CV !", Name},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		for _, c := range d.Claims {
			if c.Type == tc.typ {
				t.Errorf("%q: unexpected %s %q", tc.text, c.Type, c.Text)
			}
		}
	}
}

func TestSymbolBelongsToNextNumber(t *testing.T) {
	d := Analyze("Adults £5.50, under-16s £4.", "en")
	if find(d, Money, "£4") == nil || find(d, Money, "16s £") != nil {
		t.Errorf("currency symbol attached to the wrong number:\n%s", dump(d))
	}
}

// TestRangeStartPrice: the first figure of a price range written with one
// currency is a price in it; a range of something else is not.
func TestRangeStartPrice(t *testing.T) {
	cases := []struct {
		lang, text, span string
		money            bool
	}{
		{"fr", "9 véhicules, entre 1 900 et 5 400 €", "1 900", true},
		{"fr", "des ateliers de 10 à 15 €", "10", true},
		{"en", "nine cars between 1,900 and 5,400 dollars", "1,900", true},
		{"fr", "de 10 à 12 ans pour 5 €", "10", false},
		{"en", "between 2 and 3 times a week for $10", "2", false},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		money := false
		for _, c := range d.Claims {
			if c.Type == Money && strings.HasPrefix(c.Text, tc.span) {
				money = true
			}
		}
		if money != tc.money {
			t.Errorf("%q: %q a price: %v, want %v\n%s", tc.text, tc.span, money, tc.money, dump(d))
		}
	}
}

func TestBounds(t *testing.T) {
	cases := []struct {
		lang, text, span string
		b                Bound
	}{
		{"fr", "plus de 27 000 visiteurs", "27 000", Greater},
		{"fr", "près de 400 personnes", "400", Approx},
		{"fr", "jusqu'à 21h", "21h", UpTo},
		{"fr", "au moins 81 jours", "81", AtLeast},
		{"fr", "moins de 18 ans", "18", Less},
		{"en", "over 100 classes", "100", Greater},
		{"en", "up to €20k", "€20k", UpTo},
		{"en", "around 400 people", "400", Approx},
		{"en", "give €250+ a year", "€250+", AtLeast},
		{"en", "free on orders of $150 or more", "$150", AtLeast},
		{"en", "tickets from 2pm, $20 and more than 30 stalls", "$20", Exact},
		{"fr", "offerte dès 60 € d'achat ou plus", "60 €", From},
		{"fr", "pour les commandes de 60 € ou plus", "60 €", AtLeast},
		{"fr", "entrée 20 € et plus de 30 ateliers", "20 €", Exact},
		{"en", "never more than 8 guests", "8", UpTo},
		{"en", "no fewer than 20 stalls", "20", AtLeast},
		{"fr", "jamais plus de 8 personnes", "8", UpTo},
		{"fr", "pas moins de 20 exposants", "20", AtLeast},
		{"fr", "le sérum passe sous la barre des 27 €", "27 €", Less},
		{"fr", "on a franchi la barre des 1 000 abonnés", "1 000", Greater},
		{"fr", "un prix sous les 27 €", "27 €", Less},
		{"fr", "la barre des 30 ans", "30", Exact},
		{"fr", "offerte dès 39 € d'achat", "39 €", From},
		{"en", "now under the £27 mark", "£27", Less},
		{"fr", "annulées au-delà de 30 °C", "30", Greater},
		{"fr", "livraison à 4,99 $ en dessous de 40 $", "40 $", Less},
		{"en", "cancelled beyond 30 °C", "30", Greater},
		// the reviews a rating is drawn from are a count, not a lowest value
		{"en", "rated 4.6 out of 5 on Trustpilot, from 21,340 reviews", "21,340", Exact},
		{"en", "tickets from 12 euros", "12 euros", From},
		{"en", "courses from 12 weeks", "12", From},
		{"fr", "notée 4,6 sur Google, à partir de 1 340 avis", "1 340", Exact},
		{"fr", "à partir de 12 € par personne", "12 €", From},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		var got *Claim
		for i := range d.Claims {
			if d.Claims[i].Text == tc.span {
				got = &d.Claims[i]
			}
		}
		if got == nil || got.Bound != tc.b {
			t.Errorf("%q: want bound %d on %q, got %+v\n%s", tc.text, tc.b, tc.span, got, dump(d))
		}
	}
}

// Property: any integer written with any usual separator normalises to itself.
func TestNumberFormsProperty(t *testing.T) {
	group := func(n int, sep string) string {
		s := fmt.Sprint(n)
		var parts []string
		for len(s) > 3 {
			parts = append([]string{s[len(s)-3:]}, parts...)
			s = s[:len(s)-3]
		}
		parts = append([]string{s}, parts...)
		return strings.Join(parts, sep)
	}
	seed := uint64(42)
	next := func() int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % 9_999_999)
	}
	for i := 0; i < 500; i++ {
		n := next() + 10
		forms := []struct{ lang, text string }{
			{"fr", group(n, " ")}, {"fr", group(n, "\u00a0")}, {"fr", group(n, "\u202f")}, {"fr", group(n, ".")},
			{"en", group(n, ",")}, {"fr", fmt.Sprint(n)}, {"en", fmt.Sprint(n)},
		}
		for _, f := range forms {
			text := "Nous avons " + f.text + " clients fidèles."
			if f.lang == "en" {
				text = "We have " + f.text + " loyal customers."
			}
			d := Analyze(text, f.lang)
			ok := false
			for _, c := range d.Claims {
				if c.Value == float64(n) && c.Text == f.text {
					ok = true
				}
			}
			if !ok {
				t.Fatalf("%q (%s): %d not read back\n%s", text, f.lang, n, dump(d))
			}
		}
	}
	// decimals with a comma in French and a point in English are the same value
	for cents := 1; cents < 10000; cents += 97 {
		v := float64(cents) / 100
		fr := Analyze(strings.Replace(fmt.Sprintf("à %.2f €", v), ".", ",", 1), "fr")
		en := Analyze(fmt.Sprintf("at €%.2f", v), "en")
		if len(fr.Claims) == 0 || len(en.Claims) == 0 || !Eq(fr.Claims[0].Value, v) || !Eq(en.Claims[0].Value, v) {
			t.Fatalf("%.2f: fr %s en %s", v, dump(fr), dump(en))
		}
	}
}

// Property: folding is idempotent and case-insensitive.
func TestFoldProperty(t *testing.T) {
	for _, s := range []string{"Hélène", "HÉLÈNE", "Œuvres", "Jean-Jaurès", "Ça", "naïve", "ÉTÉ", "plain", "Straße"} {
		f := Fold(s)
		if Fold(f) != f {
			t.Errorf("Fold not idempotent on %q: %q then %q", s, f, Fold(f))
		}
		if Fold(strings.ToUpper(s)) != Fold(strings.ToLower(s)) && s != "Straße" {
			t.Errorf("Fold case-sensitive on %q", s)
		}
	}
	if Fold("Hélène") != "helene" || Fold("Œuvre") != "oeuvre" {
		t.Errorf("Fold: %q %q", Fold("Hélène"), Fold("Œuvre"))
	}
}

func checkSpans(t *testing.T, text string, d *Doc) {
	n := utf8.RuneCountInString(text)
	if n > MaxRunes {
		n = MaxRunes
	}
	for _, c := range d.Claims {
		if c.Start < 0 || c.End > n || c.Start >= c.End {
			t.Fatalf("bad span [%d,%d) for %s in %q (%d runes)", c.Start, c.End, c.Type, text, n)
		}
		if got := string([]rune(text)[c.Start:c.End]); got != c.Text {
			t.Fatalf("span text %q != claim text %q in %q", got, c.Text, text)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"🥐 Grenoble, on arrive ! Samedi 12/09, Maison Fournil ouvre sa 43e boulangerie au 18 rue de la République. #Fournil30ans",
		"€5,000 = 1 borehole = water for around 1,000 people 💧 Our donors gave €1.1m last year",
		"du 12 au 27 septembre, 4,90 € au lieu de 6,50 €, soit 1,60 € d'économie",
		"Fri 10 to Sun 12 July, 2pm-11pm, 24/7, 7j/7, n°1, 1 h 15, -20 %, 1 500 , 1,5k, x2",
		"contact@x.fr https://a.b/c?d=1 04 76 12 34 56 @handle",
		"\xff\xfe invalid \u202f 12\u00a0300 ’ l’été d’Orsay",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		d := Analyze(text, lang)
		checkSpans(t, text, d)
	})
}

func TestSpansOnSamples(t *testing.T) {
	for _, s := range []string{
		"✨ « Le Lac en lumière, 1860-1960 » ouvre ses portes ce vendredi 15 mai au Musée Bellerive ! 140 œuvres à découvrir jusqu'au 4 octobre.",
		"👨‍👩‍👧 Under-12s go free with a ticket-holding adult at Harbourlight 2026! Gates open 2pm, music until 11pm.",
	} {
		checkSpans(t, s, Analyze(s, ""))
	}
}

// "9-10am": the first end of a range is a clock time in the second's half
// of the day.
func TestTimeRangeHalfOfDay(t *testing.T) {
	for _, tc := range []struct {
		text string
		want float64
	}{{"Toddler mornings, 9-10am on weekdays", 9 * 60}, {"Glow Nights 6-8pm", 18 * 60}, {"Lunch 11-1pm", 11 * 60}} {
		d := Analyze(tc.text, "en")
		c := d.Claims[0]
		if c.Type != Time || c.Value != tc.want {
			t.Errorf("%q: first claim %s %v, want time %v", tc.text, c.Type, c.Value, tc.want)
		}
	}
}

// A receive verb with a person as its object is a welcome, not a gift.
func TestReceiveAsWelcome(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		gift       bool
	}{
		{"fr", "Le Dr Morvan et son équipe vous reçoivent le jour même.", false},
		{"fr", "Chaque participant reçoit un tote bag.", true},
		{"en", "Our team will receive you on the day.", false},
		{"en", "Every donor receives a free tote bag.", true},
	} {
		d := Analyze(c.text, c.lang)
		got := false
		for _, cl := range d.Claims {
			got = got || cl.Type == Freebie
		}
		if got != c.gift {
			t.Errorf("%q: freebie %v, want %v (%+v)", c.text, got, c.gift, d.Claims)
		}
	}
}

// "5 centimes", "15 cents": hundredths of a currency are money, worth a
// hundredth of a unit; a bare "cent" after digits is not.
func TestCentsAreMoney(t *testing.T) {
	cases := []struct {
		lang, text string
		w          want
	}{
		{"fr", "Soit 5 centimes de moins par mot.", want{Money, "5 centimes", 0.05}},
		{"fr", "La copie est à 20 cts la page.", want{Money, "20 cts", 0.2}},
		{"en", "That's 15 cents less per word.", want{Money, "15 cents", 0.15}},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		c := find(d, tc.w.typ, tc.w.text)
		if c == nil {
			t.Errorf("%q: no %s %q in\n%s", tc.text, tc.w.typ, tc.w.text, dump(d))
			continue
		}
		if math.Abs(c.Value-tc.w.value) > 1e-9 {
			t.Errorf("%q: value %v, want %v", tc.text, c.Value, tc.w.value)
		}
	}
	if d := Analyze("Le rappeur 50 cent en concert.", "fr"); find(d, Money, "50 cent") != nil {
		t.Errorf("50 cent read as money:\n%s", dump(d))
	}
}

// "T20", "A380", "U17": digits glued to one capital letter are a code, no
// count; a postcode's longer prefix ("BS8") keeps its digits, and a figure
// after a spaced letter stays a figure.
func TestLetterCodeIsNoFigure(t *testing.T) {
	d := Analyze("The twilight T20 season opener is on Friday 9 October at 6 pm; the A380 lands tonight.", "en")
	for _, c := range d.Claims {
		if c.Type == Count || c.Type == Number {
			t.Errorf("figure in a code: %s", dump(d))
			break
		}
	}
	if d := Analyze("Livraison dans les codes postaux BS1 à BS8.", "fr"); len(d.Claims) == 0 {
		t.Errorf("postcode digits dropped")
	}
	if d := Analyze("Plan B : 20 places de plus.", "fr"); find(d, Count, "20") == nil {
		t.Errorf("spaced figure dropped:\n%s", dump(d))
	}
}

// "the 2026/27 season", "saison 2025-26": the second year of a season is
// part of it, no count; a plain ratio or range stays figures.
func TestSeasonAcrossYears(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"en", "The 2026/27 season is the club's 75th."},
		{"fr", "La saison 2025-26 est la 40e du club."},
	} {
		d := Analyze(tc.text, tc.lang)
		for _, c := range d.Claims {
			if c.Type == Count {
				t.Errorf("%q: second year read as a count:\n%s", tc.text, dump(d))
			}
		}
	}
	if d := Analyze("Between 2026 and 2040, 12 new courts.", "en"); find(d, Count, "12") == nil {
		t.Errorf("count dropped:\n%s", dump(d))
	}
}

// "four consecutive semesters", "5 successive weeks", "3 straight years"
// count the noun after the adjective of a run; French puts it after the
// noun ("quatre semestres consécutifs").
func TestCountedNounAfterRunAdjective(t *testing.T) {
	cases := []struct{ lang, text, count, noun string }{
		{"en", "Tuition for up to four consecutive semesters.", "four", "semester"},
		{"en", "Champions 3 straight years!", "3", "year"},
		{"en", "Open for 5 successive weeks.", "5", "week"},
		{"fr", "Pendant quatre semestres consécutifs.", "quatre", "semestr"},
	}
	for _, tc := range cases {
		d := Analyze(tc.text, tc.lang)
		c := find(d, Count, tc.count)
		if c == nil || c.Noun != tc.noun {
			t.Errorf("%q: want count %q of %q in\n%s", tc.text, tc.count, tc.noun, dump(d))
		}
	}
}

// "12 credit hours" counts academic credit, not a length of time; a word
// that only qualifies the hours ("2.5 guided hours", "2 bonnes heures")
// keeps a duration.
func TestCreditHours(t *testing.T) {
	d := Analyze("Enroll full time (at least 12 credit hours).", "en")
	if c := find(d, Count, "12"); c == nil || c.Noun != "credit" {
		t.Errorf("12 credit hours: want a count of credit in\n%s", dump(d))
	}
	d = Analyze("A walk of 2.5 guided hours.", "en")
	if find(d, Duration, "2.5 guided hours") == nil {
		t.Errorf("2.5 guided hours: want a duration in\n%s", dump(d))
	}
	d = Analyze("Comptez 2 bonnes heures de marche.", "fr")
	if find(d, Duration, "2 bonnes heures") == nil {
		t.Errorf("2 bonnes heures: want a duration in\n%s", dump(d))
	}
}
