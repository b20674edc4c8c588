package compose

import (
	"strings"
	"testing"
)

func TestParseReply(t *testing.T) {
	cases := []struct {
		in, text string
		ids      []string
		json     bool
	}{
		{`{"text":"Bonjour","fact_ids":["F1"]}`, "Bonjour", []string{"F1"}, true},
		{"```json\n{\"text\": \"In a fence\", \"fact_ids\": []}\n```", "In a fence", nil, true},
		{`Sure! Here it is: {"text":"After words"}`, "After words", nil, true},
		{"Just a plain post, 4,90 € {not json}", "Just a plain post, 4,90 € {not json}", nil, false},
		{`{"text":""}`, `{"text":""}`, nil, false},
		{`{"draft":"other key"}`, `{"draft":"other key"}`, nil, false},
		{"  ", "", nil, false},
	}
	for _, c := range cases {
		text, ids, isJSON := parseReply(c.in)
		if text != c.text || isJSON != c.json || strings.Join(ids, ",") != strings.Join(c.ids, ",") {
			t.Errorf("parseReply(%q) = %q %v %v", c.in, text, ids, isJSON)
		}
	}
}

func FuzzParseReply(f *testing.F) {
	f.Add(`{"text":"x","fact_ids":["F1"]}`)
	f.Add("```\n{\"text\":1}\n```")
	f.Add("plain")
	f.Fuzz(func(t *testing.T, s string) {
		text, _, isJSON := parseReply(s)
		if !isJSON && text != strings.TrimSpace(s) {
			t.Fatalf("a non-JSON reply must be the whole content")
		}
		if isJSON && text == "" {
			t.Fatal("empty JSON text accepted")
		}
	})
}

func TestWordDiff(t *testing.T) {
	got := wordDiff("La formule est à 6,50 € jusqu'au 27 septembre.", "La formule est à 4,90 € jusqu'au 27 septembre.")
	if got != "La formule est à [-6,50-]{+4,90+} € jusqu'au 27 septembre." {
		t.Fatalf("diff = %q", got)
	}
	if wordDiff("same", "same") != "" {
		t.Fatal("no change must give an empty diff")
	}
	if got := wordDiff("a b c", "a c d"); got != "a [-b-] c {+d+}" {
		t.Fatalf("diff = %q", got)
	}
}

func TestNetworkRules(t *testing.T) {
	x, err := RuleFor("X")
	if err != nil || x.Limit != 280 {
		t.Fatalf("x: %+v %v", x, err)
	}
	if _, err := RuleFor("myspace"); err == nil {
		t.Fatal("unknown network accepted")
	}
	long := strings.Repeat("é", 281)
	if f := x.lengthFinding(long, "fr"); f == nil || f.Kind != KindLength || !strings.Contains(f.Message, "281") {
		t.Fatalf("finding %+v", f)
	}
	if f := x.lengthFinding(strings.Repeat("a", 280), "en"); f != nil {
		t.Fatal("280 must fit on X")
	}
	th, _ := RuleFor("threads")
	if th.Hashtags != 1 {
		t.Fatalf("threads hashtags %d", th.Hashtags)
	}
}

func TestSplitSentences(t *testing.T) {
	got := splitSentences("Grenoble, on arrive ! Samedi 12/09, on ouvre 🎁 Vraiment. Site : maisonfournil.fr\n#Fournil30ans")
	want := []string{"Grenoble, on arrive !", "Samedi 12/09, on ouvre 🎁 Vraiment.", "Site : maisonfournil.fr", "#Fournil30ans"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q", got)
	}
}

func TestRankFactsFocusFirst(t *testing.T) {
	body := []Fact{{ID: "a", Text: "La boutique ouvre à Grenoble."}, {ID: "b", Text: "Le croissant coûte 1,20 €."}, {ID: "c", Text: "La boutique de Grenoble a un jardin."}}
	got := rankFacts(body, "Annoncer le jardin de la boutique de Grenoble", []string{"b"})
	if got[0].ID != "b" || got[1].ID != "c" || got[2].ID != "a" {
		t.Fatalf("order %v", got)
	}
}

func TestHashtagLimit(t *testing.T) {
	th, _ := RuleFor("threads")
	f := th.hashtagFinding("Ouverture samedi ! #Fournil30ans #Grenoble", "fr")
	if f == nil || f.Kind != KindHashtags || f.Text != "#Grenoble" || f.Start != 33 {
		t.Fatalf("%+v", f)
	}
	if th.hashtagFinding("Un seul #tag", "en") != nil {
		t.Fatal("one hashtag fits Threads")
	}
	x, _ := RuleFor("x")
	if x.hashtagFinding("#a #b #c #d", "en") != nil {
		t.Fatal("X sets no hard limit")
	}
}
