package netcount

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestXWeighted(t *testing.T) {
	cases := []struct {
		name, text string
		want       int
	}{
		{"ascii", "hello", 5},
		{"latin accents weigh 1", "été à Noël", 10},
		{"decomposed accents are normalised first", "e\u0301te\u0301", 3},
		{"CJK weighs 2", "東京", 4},
		{"simple emoji weighs 2", "🎉", 2},
		{"ZWJ family is one emoji", "👨\u200d👩\u200d👧\u200d👦", 2},
		{"skin tone modifier stays in the emoji", "👍🏽", 2},
		{"flag is one emoji", "🇫🇷", 2},
		{"two flags", "🇫🇷🇧🇪", 4},
		{"keycap", "1\ufe0f\u20e3", 2},
		{"heart with VS16", "❤\ufe0f", 2},
		{"rainbow flag ZWJ", "🏳\ufe0f\u200d🌈", 2},
		{"URL counts 23", "see https://example.com/a/very/long/path/that/goes/on/and/on?x=1", 4 + 23},
		{"short URL counts 23 too", "https://t.co", 23},
		{"bare domain is linked", "go to example.com now", 6 + 23 + 4},
		{"en dash and curly quotes weigh 1", "–“”’", 4},
		{"bullet weighs 2", "•", 2},
		{"text-default symbol without VS16 weighs by code point", "©", 1},
	}
	for _, c := range cases {
		if got := XWeighted(c.text); got != c.want {
			t.Errorf("%s: XWeighted(%q) = %d, want %d", c.name, c.text, got, c.want)
		}
	}
	// 280 is the limit: 140 CJK characters fill a post
	if got := XWeighted(strings.Repeat("字", 140)); got != 280 {
		t.Errorf("140 CJK characters weigh %d, want 280", got)
	}
}

func TestBlueskyGraphemes(t *testing.T) {
	cases := map[string]int{
		"hello":                  5,
		"👨\u200d👩\u200d👧\u200d👦": 1,
		"🇫🇷🇧🇪":                   2,
		"e\u0301":                1,
		"https://example.com":    19,
		"한국어":                    3,
	}
	for s, want := range cases {
		if got, _ := Length("bluesky", s); got != want {
			t.Errorf("bluesky length of %q = %d, want %d", s, got, want)
		}
	}
}

func TestMastodon(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"hello", 5},
		{"read https://example.com/" + strings.Repeat("x", 100), 5 + 23},
		{"example.com is not linked without a scheme", 42},
		{"hi @alice@mastodon.social!", 3 + 6 + 1},
		{"hi @alice", 9},
		{"🇫🇷", 2}, // code points
	}
	for _, c := range cases {
		if got := Mastodon(c.text); got != c.want {
			t.Errorf("Mastodon(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestThreadsCountsEmojiBytes(t *testing.T) {
	if got := Threads("ok 🎉"); got != 3+4 {
		t.Errorf("Threads(ok 🎉) = %d, want 7", got)
	}
	fam := "👨\u200d👩\u200d👧"
	if got := Threads(fam); got != len(fam) {
		t.Errorf("Threads(family) = %d, want %d UTF-8 bytes", got, len(fam))
	}
	if got := Threads("été"); got != 3 {
		t.Errorf("Threads(été) = %d, want 3", got)
	}
}

func TestURLs(t *testing.T) {
	cases := []struct {
		text string
		bare bool
		want []string
	}{
		{"Voir https://exemple.fr/page.", false, []string{"https://exemple.fr/page"}},
		{"(https://en.wikipedia.org/wiki/Foo_(bar))", false, []string{"https://en.wikipedia.org/wiki/Foo_(bar)"}},
		{"www.boulangerie.fr, et rien d'autre", true, []string{"www.boulangerie.fr"}},
		{"écrivez à contact@exemple.fr", true, nil},
		{"fin de phrase.Merci", true, nil},
		{"example.com/menu?x=1!", true, []string{"example.com/menu?x=1"}},
		{"http://", false, nil},
	}
	for _, c := range cases {
		var got []string
		for _, u := range URLs(c.text, c.bare) {
			got = append(got, u.Text)
			if string([]rune(c.text)[u.Start:u.End]) != u.Text {
				t.Errorf("URL span %d:%d does not match its text %q in %q", u.Start, u.End, u.Text, c.text)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("URLs(%q, %v) = %q, want %q", c.text, c.bare, got, c.want)
		}
	}
}

func TestHashtags(t *testing.T) {
	got := Hashtags("#Été2026 et #1 et C# et #café_crème, l'#ok &#39; #二")
	var texts []string
	for _, h := range got {
		texts = append(texts, h.Text)
	}
	want := []string{"#Été2026", "#café_crème", "#ok", "#二"}
	if strings.Join(texts, " ") != strings.Join(want, " ") {
		t.Errorf("Hashtags = %q, want %q", texts, want)
	}
}

func TestRules(t *testing.T) {
	for _, n := range []string{"x", "bluesky", "mastodon", "threads", "instagram", "linkedin", "tiktok"} {
		if _, err := RuleFor(n); err != nil {
			t.Error(err)
		}
	}
	r, _ := RuleFor("Instagram")
	if r.Max != 2200 || r.MaxHashtags != 30 || r.LinksClickable {
		t.Errorf("instagram rule %+v", r)
	}
	if _, err := RuleFor("myspace"); err == nil {
		t.Error("unknown network accepted")
	}
	want := map[string]int{"x": 280, "bluesky": 300, "mastodon": 500, "threads": 500, "instagram": 2200, "linkedin": 3000, "tiktok": 2200}
	for n, m := range want {
		if r, _ := RuleFor(n); r.Max != m {
			t.Errorf("%s max %d, want %d", n, r.Max, m)
		}
	}
}

func FuzzCounters(f *testing.F) {
	for _, s := range []string{"hello https://x.org @a@b.c #tag 🇫🇷 👨\u200d👩\u200d👧", "東京 e\u0301 1\ufe0f\u20e3", "www.a.fr/(x))"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(s)
		for _, net := range Networks() {
			l, err := Length(net, s)
			if err != nil || l < 0 {
				t.Fatalf("Length(%s, %q) = %d, %v", net, s, l, err)
			}
		}
		for _, bare := range []bool{false, true} {
			last := 0
			for _, u := range URLs(s, bare) {
				if u.Start < last || u.End <= u.Start || u.End > n {
					t.Fatalf("bad URL span %+v in %q", u, s)
				}
				last = u.End
			}
		}
		for _, h := range Hashtags(s) {
			if h.End <= h.Start || h.End > n {
				t.Fatalf("bad hashtag span %+v in %q", h, s)
			}
		}
		for _, e := range Emoji(s) {
			if e.End <= e.Start || e.End > n {
				t.Fatalf("bad emoji span %+v in %q", e, s)
			}
		}
		if Graphemes(s) > n {
			t.Fatalf("more graphemes than code points in %q", s)
		}
	})
}
