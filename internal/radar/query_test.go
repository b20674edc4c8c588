package radar

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestQueryMatch(t *testing.T) {
	cases := []struct {
		q     string
		text  string
		match bool
	}{
		{`"Maison Fournil" OR #Fournil30ans -recrutement`, "J'adore la maison fournil de Lyon", true},
		{`"Maison Fournil" OR #Fournil30ans -recrutement`, "Joyeux anniversaire #fournil30ans !", true},
		{`"Maison Fournil" OR #Fournil30ans -recrutement`, "Maison Fournil : recrutement ouvert", false},
		{`"Maison Fournil" OR #Fournil30ans -recrutement`, "maison du fournil", false},
		{`#Fournil30ans`, "on fête les fournil30ans", false}, // a hashtag query wants the hashtag
		{`fournil30ans`, "#Fournil30ans", true},              // a word finds the hashtag's text
		{`café AND (croissant OR "pain au chocolat")`, "Un CAFE et un pain au chocolat", true},
		{`café AND (croissant OR "pain au chocolat")`, "Un café et un pain", false},
		{`boulang*`, "Les boulangeries ferment", true},
		{`boulang*`, "la boule", false},
		{`@maison.fournil NOT spam`, "merci @Maison.Fournil !", true},
		{`@maison.fournil NOT spam`, "merci @maison.fournil spam", false},
		{`Élysée`, "ELYSEE ce soir", true},
		{`l'Oréal`, "chez L’Oréal Paris", true},
		{`NOT NOT pain`, "du pain", true},
		{`a b OR c`, "c", true},
		{`a b OR c`, "a", false},
	}
	for _, c := range cases {
		q, err := ParseQuery(c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.q, err)
		}
		if got := q.Match(c.text); got != c.match {
			t.Errorf("%s on %q: %v, want %v (canonical %s)", c.q, c.text, got, c.match, q)
		}
	}
}

func TestQueryCanonical(t *testing.T) {
	for in, want := range map[string]string{
		`"Maison Fournil" OR #Fournil30ans -recrutement`: `("maison fournil" OR #fournil30ans) AND NOT recrutement`,
		`a (b -c) OR d`:          `(a AND b AND NOT c) OR d`,
		`-spam`:                  `NOT spam`,
		`a AND (b AND c)`:        `a AND b AND c`,
		`(a OR b) c`:             `(a OR b) AND c`,
		`NOT (a OR b)`:           `NOT (a OR b)`,
		`"solo"`:                 `solo`,
		`co-working @x.y boul**`: `"co working" AND @x.y AND boul*`,
	} {
		q, err := ParseQuery(in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if q.String() != want {
			t.Errorf("%s: canonical %s, want %s", in, q, want)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	for in, want := range map[string]string{
		``:            "empty",
		`   `:         "empty",
		`"open`:       "unclosed quote at offset 0",
		`(a OR b`:     "not closed",
		`a OR`:        "ends where a term",
		`a )`:         `unexpected ")" at offset 2`,
		`#`:           "not a valid hashtag",
		`@.x`:         "not a valid hashtag or handle",
		`""`:          "empty phrase",
		`AND a`:       `unexpected "AND" at offset 0`,
		`a AND OR b`:  `unexpected "OR"`,
		`!!!`:         "no letters or digits",
		`#two.words`:  "not a valid",
		`pré* AND ()`: `unexpected ")"`,
	} {
		_, err := ParseQuery(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want it to say %q", in, err, want)
		}
	}
}

// Brand queries are typed by users: parsing must never panic, and the
// canonical form must parse back to itself and match the same texts.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`"Maison Fournil" OR #Fournil30ans -recrutement`, `a AND (b OR NOT c)`, `boul* @x.y`, `((a)`, `-"x y" OR`, `é AND ü`} {
		f.Add(s, "maison fournil #Fournil30ans @x.y boulangerie")
	}
	f.Fuzz(func(t *testing.T, src, text string) {
		q, err := ParseQuery(src)
		if err != nil {
			return
		}
		c := q.String()
		q2, err := ParseQuery(c)
		if err != nil {
			t.Fatalf("canonical form %q of %q does not parse: %v", c, src, err)
		}
		if q2.String() != c {
			t.Fatalf("canonical form is not a fixed point: %q -> %q", c, q2.String())
		}
		if q.Match(text) != q2.Match(text) {
			t.Fatalf("%q and its canonical form %q disagree on %q", src, c, text)
		}
	})
}

// The Latin fast path must agree with full Unicode folding.
func TestFoldLatinAgreesWithNormalisation(t *testing.T) {
	for r := range latinFold {
		s := "x" + string(r) + "Y"
		fast, ok := foldLatin(s)
		if !ok {
			t.Fatalf("%q not folded", s)
		}
		var b strings.Builder
		for _, c := range norm.NFD.String(s) {
			if !unicode.Is(unicode.Mn, c) {
				b.WriteRune(unicode.ToLower(c))
			}
		}
		if fast != b.String() {
			t.Errorf("%q: fast %q, normalised %q", s, fast, b.String())
		}
	}
	if fold("Œuvre ÉTÉ") != "œuvre ete" {
		t.Errorf("fold(Œuvre ÉTÉ) = %q", fold("Œuvre ÉTÉ"))
	}
}
