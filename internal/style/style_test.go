package style

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func findings(t *testing.T, text string, opt Options, kind string) []Finding {
	t.Helper()
	res, err := Check(text, opt)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range res.Findings {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

func TestClicheVariantsMatch(t *testing.T) {
	cases := []struct{ lang, text, want string }{
		{"fr", "N’HÉSITEZ PAS À nous écrire", "N’HÉSITEZ PAS À"},
		{"fr", "n'hesitez pas a passer", "n'hesitez pas a"},
		{"fr", "N'hésitez plus à nous écrire", "N'hésitez plus à"},
		{"fr", "Un secteur en perpétuel changement.", "en perpétuel changement"},
		{"fr", "Ce sont de véritables pépites.", "de véritables pépites"},
		{"fr", "a l'ere du numerique, tout va vite", "a l'ere du numerique"},
		{"fr", "On a plongé au cœur de la fabrication", "plongé au cœur"},
		{"en", "We are Delving Into the data", "Delving"},
		{"en", "It's a real GAME-CHANGER", "GAME-CHANGER"},
		{"en", "Whether you’re a student or a teacher", "Whether you’re a student or"},
		{"en", "we're thrilled to announce it", "we're thrilled to announce"},
	}
	for _, c := range cases {
		fs := findings(t, c.text, Options{Lang: c.lang}, KindCliche)
		found := false
		for _, f := range fs {
			if f.Text == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want a cliché finding on %q, got %+v", c.text, c.want, fs)
		}
	}
}

func TestLookAlikesAreClean(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"fr", "Plongez les pâtes dans l'eau bouillante, 9 minutes."},
		{"fr", "Le cœur de la tarte est au chocolat noir."},
		{"fr", "Nous avons hésité entre deux noms."},
		{"en", "The dive centre reopens on April 2."},
		{"en", "We unlocked the doors at 9."},
		{"en", "Game night is back on Thursday."},
	} {
		if fs := findings(t, c.text, Options{Lang: c.lang}, KindCliche); len(fs) > 0 {
			t.Errorf("%q: unexpected cliché findings %+v", c.text, fs)
		}
	}
}

// Offsets are code points: an emoji and accents before the cliché must not
// shift the span.
func TestOffsetsAreCodePoints(t *testing.T) {
	text := "🎉 Été : n'hésitez pas à venir"
	fs := findings(t, text, Options{Lang: "fr"}, KindCliche)
	if len(fs) != 1 {
		t.Fatalf("want one finding, got %+v", fs)
	}
	got := string([]rune(text)[fs[0].Start:fs[0].End])
	if got != "n'hésitez pas à" || fs[0].Text != got {
		t.Errorf("span %d:%d is %q (text %q)", fs[0].Start, fs[0].End, got, fs[0].Text)
	}
}

func TestWorkspaceWords(t *testing.T) {
	opt := Options{Lang: "fr", Avoid: []string{"client => invité"}, Prefer: []string{"n'hésitez pas"}}
	fs := findings(t, "Nos clients adorent. N'hésitez pas à venir !", opt, KindCliche)
	if len(fs) != 1 || fs[0].Text != "clients" || fs[0].Suggestion != "invité" {
		t.Fatalf("want only the avoided word (plural) with its suggestion, got %+v", fs)
	}
}

func TestStructuralTells(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"fr", "Incroyable !!! Venez", "!!!"},
		{"fr", "Soldes 🔥🔥🔥🔥 ce week-end", "🔥🔥🔥🔥"},
		{"fr", "Une appli simple, rapide et efficace.", "simple, rapide et efficace"},
		{"fr", "Simple, rapide, efficace : notre nouvelle appli.", "Simple, rapide, efficace"},
		{"en", "Fast, simple, and secure payments.", "Fast, simple, and secure"},
		{"en", "Our values: innovation, creativity and excellence.", "innovation, creativity and excellence"},
		{"fr", "Passion, précision et partage : voilà notre métier.", "Passion, précision et partage"},
		{"en", "Fresh. Local. Honest. That's our bread.", "Fresh. Local. Honest"},
		{"en", "We bake — every day — with care — and flour.", "—"},
	} {
		fs := findings(t, c.text, Options{Lang: c.lang}, KindCliche)
		ok := false
		for _, f := range fs {
			if f.Text == c.want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want a finding on %q, got %+v", c.text, c.want, fs)
		}
	}
	for _, clean := range []string{"Pain, beurre et confiture au petit-déjeuner.", "Rouge, vert, bleu : trois couleurs en stock.", "Lundi, mardi, jeudi : ouvert dès 7 h.", "Inscription, information et tarifs à l'accueil.", "Location, réparation et vente de vélos."} {
		if fs := findings(t, clean, Options{Lang: "fr"}, KindCliche); len(fs) > 0 {
			t.Errorf("%q: an enumeration is not a triad: %+v", clean, fs)
		}
	}
}

func TestNetworkFindings(t *testing.T) {
	long := strings.Repeat("a", 290)
	fs := findings(t, long, Options{Network: "x"}, KindLength)
	if len(fs) != 1 || fs[0].Start != 280 || fs[0].End != 290 {
		t.Fatalf("x length finding %+v, want the part past 280", fs)
	}
	// a CJK post: 150 characters weigh 300
	cjk := strings.Repeat("字", 150)
	fs = findings(t, cjk, Options{Network: "x"}, KindLength)
	if len(fs) != 1 || fs[0].Start != 140 {
		t.Fatalf("x CJK finding %+v, want start 140", fs)
	}
	if fs := findings(t, cjk, Options{Network: "bluesky"}, KindLength); len(fs) != 0 {
		t.Errorf("150 graphemes fit Bluesky: %+v", fs)
	}
	tags := ""
	for i := range 31 {
		tags += fmt.Sprintf(" #tag%c", 'a'+rune(i%26))
	}
	fs = findings(t, "Photo du jour"+tags, Options{Network: "instagram"}, KindHashtags)
	if len(fs) != 1 || fs[0].Severity != "high" {
		t.Errorf("31 hashtags on Instagram: %+v", fs)
	}
	fs = findings(t, "Menu du jour sur https://exemple.fr/menu", Options{Network: "instagram"}, KindLink)
	if len(fs) != 1 || fs[0].Text != "https://exemple.fr/menu" {
		t.Errorf("link in an Instagram caption: %+v", fs)
	}
	if fs := findings(t, "Menu https://exemple.fr", Options{Network: "mastodon"}, KindLink); len(fs) != 0 {
		t.Errorf("links are fine on Mastodon: %+v", fs)
	}
	if _, err := Check("x", Options{Network: "myspace"}); err == nil {
		t.Error("unknown network accepted")
	}
}

func TestAltText(t *testing.T) {
	fs := findings(t, "Nouveau pain", Options{Network: "mastodon", Images: []Image{{Alt: ""}, {Alt: "photo"}, {Alt: "Photo de notre pain de seigle sur la table"}, {Alt: "Trois miches de pain de seigle sur une planche"}}}, KindAltText)
	if len(fs) != 3 {
		t.Fatalf("want 3 alt text findings (missing, too short, redundant prefix), got %+v", fs)
	}
	if fs[0].Severity != "high" || fs[1].Severity != "medium" || fs[2].Severity != "low" {
		t.Errorf("severities %+v", fs)
	}
}

func TestRepetitionAgainstHistory(t *testing.T) {
	var past []string
	for i := range 12 {
		past = append(past, fmt.Sprintf("Bonne nouvelle les amis : atelier numéro %d samedi. #BoulangerieDuPort #atelier%d", i, i))
	}
	h := NewHistory(past, "fr")
	res, err := Check("Bonne nouvelle les amis : le four à bois est réparé ! #BoulangerieDuPort", Options{Lang: "fr", History: h})
	if err != nil {
		t.Fatal(err)
	}
	var opening, tag bool
	for _, f := range res.Findings {
		if f.Kind == KindRepetition && f.Text == "Bonne nouvelle les" {
			opening = true
		}
		if f.Kind == KindRepetition && f.Text == "#BoulangerieDuPort" {
			tag = true
		}
	}
	if !opening || !tag {
		t.Errorf("want the repeated opening and hashtag, got %+v", res.Findings)
	}
}

func TestNearDuplicateFinding(t *testing.T) {
	h := NewHistory([]string{
		"Notre boulangerie ouvre samedi 12 mai au 14 rue Victor-Hugo : venez goûter nos croissants au beurre !",
		"Atelier poterie pour enfants mercredi à 14 h.",
	}, "")
	fs := findings(t, "Samedi 12 mai, ouverture de notre boulangerie au 14 rue Victor-Hugo. Venez goûter les croissants au beurre !", Options{History: h}, KindNearDuplicate)
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "n°0") {
		t.Fatalf("want a near-duplicate of post 0, got %+v", fs)
	}
	if fs := findings(t, "Les croissants au beurre sortent du four toutes les heures.", Options{History: h}, KindNearDuplicate); len(fs) != 0 {
		t.Errorf("same topic is not a duplicate: %+v", fs)
	}
}

func TestReadability(t *testing.T) {
	// "The cat sat on the mat." 6 words, 6 syllables, 1 sentence:
	// 206.835 - 1.015*6 - 84.6*1 = 116.145
	rd := readability(tokenize("The cat sat on the mat."), "en")
	if rd.Words != 6 || rd.Syllables != 6 || math.Abs(rd.Score-116.145) > 1e-9 {
		t.Errorf("Flesch: %+v", rd)
	}
	// "Le chat dort." 3 words, 3 syllables: 207 - 1.015*3 - 73.6*1 = 130.355
	rd = readability(tokenize("Le chat dort."), "fr")
	if rd.Words != 3 || rd.Syllables != 3 || math.Abs(rd.Score-130.355) > 1e-9 {
		t.Errorf("Kandel-Moles: %+v", rd)
	}
	for w, n := range map[string]int{"table": 2, "maison": 2, "chocolat": 3, "mangent": 2, "pommes": 2, "élégante": 4} {
		if got := syllables(w, "fr"); got != n {
			t.Errorf("syllables(%s, fr) = %d, want %d", w, got, n)
		}
	}
	for w, n := range map[string]int{"table": 2, "bake": 1, "beautiful": 3, "jumped": 1, "wanted": 2, "community": 4} {
		if got := syllables(w, "en"); got != n {
			t.Errorf("syllables(%s, en) = %d, want %d", w, got, n)
		}
	}
	long := "Nous " + strings.Repeat("avons vraiment beaucoup ", 12) + "travaillé."
	if fs := findings(t, long, Options{Lang: "fr"}, KindReadability); len(fs) == 0 {
		t.Error("a 38-word sentence is not reported")
	}
}

func TestDiversity(t *testing.T) {
	same := MeasureDiversity([]string{strings.Repeat("le pain est bon ", 20)})
	varied := MeasureDiversity([]string{"Le seigle vient du moulin de Sévérac, la farine de blé d'un paysan de l'Aveyron, le levain a vingt ans et la croûte craque sous les doigts quand on la coupe au couteau le matin."})
	if !(same.MTLD < varied.MTLD && same.Distinct1 < varied.Distinct1 && same.Distinct2 < varied.Distinct2) {
		t.Errorf("repetitive text %+v should score below varied text %+v", same, varied)
	}
	pts := DiversityOverTime([]string{"a b", "c d", "e f", "g h", "i j"}, 2, 1)
	if len(pts) != 4 || pts[3].First != 3 || pts[3].Last != 4 {
		t.Errorf("windows %+v", pts)
	}
}

func TestPatternErrors(t *testing.T) {
	for _, p := range []string{"", "(a|b", "a ]", "... a", "a ...", "a ? b"} {
		if _, err := compilePattern(p, "fr"); err == nil {
			t.Errorf("pattern %q accepted", p)
		}
	}
	if _, err := ParseLexicon("t", "fr", "urgent :: a :: b"); err == nil {
		t.Error("unknown severity accepted")
	}
}

func FuzzCheck(f *testing.F) {
	f.Add("Dans un monde en constante évolution 🎉🎉🎉🎉 https://x.fr #tag @moi !!!", "x")
	f.Add("Whether you're a pro or not — delve in. Simple. Fast. Easy.", "bluesky")
	f.Fuzz(func(t *testing.T, text, network string) {
		h := NewHistory([]string{text, "Bonjour le monde"}, "")
		n := utf8.RuneCountInString(text)
		if network != "x" && network != "instagram" && network != "threads" {
			network = ""
		}
		res, err := Check(text, Options{Network: network, History: h, Avoid: []string{text}})
		if err != nil {
			t.Fatalf("Check(%q, %q): %v", text, network, err)
		}
		for _, fd := range res.Findings {
			if fd.Start < 0 || fd.End < fd.Start || fd.End > n {
				t.Fatalf("finding %+v out of the text (%d code points)", fd, n)
			}
			if fd.End > fd.Start && fd.Kind != KindNearDuplicate && string([]rune(text)[fd.Start:fd.End]) != fd.Text {
				t.Fatalf("finding text %q does not match its span in %q", fd.Text, text)
			}
		}
	})
}

func FuzzPattern(f *testing.F) {
	f.Add("(a|b c) [d] ... e* _ ^ f")
	f.Fuzz(func(t *testing.T, p string) {
		elems, err := compilePattern(p, "fr")
		if err != nil {
			return
		}
		m := newMatcher(tokenize("a b c d e f g h"), "fr")
		for i := range m.toks {
			if end := m.matchAt(elems, i); end > len(m.toks) {
				t.Fatalf("match end %d past %d tokens", end, len(m.toks))
			}
		}
	})
}

func TestTopRecent(t *testing.T) {
	posts := []string{
		"Bonne nouvelle les amis : le four est réparé. À très vite ! #Fournil",
		"Bonne nouvelle les amis : la terrasse rouvre. À très vite ! #Fournil #Terrasse",
		"Nouveau pain au seigle ce matin. #Fournil",
		"Bonne nouvelle les amis : ouverture dimanche. Bon week-end",
	}
	s := TopRecent(posts, 0, 5)
	if s.Posts != 4 || len(s.Openings) != 1 || s.Openings[0] != (Count{"bonne nouvelle les", 3}) {
		t.Errorf("openings %+v", s.Openings)
	}
	if len(s.Closings) != 1 || s.Closings[0] != (Count{"a tres vite", 2}) {
		t.Errorf("closings %+v", s.Closings)
	}
	if len(s.Hashtags) != 1 || s.Hashtags[0] != (Count{"#fournil", 3}) {
		t.Errorf("hashtags %+v", s.Hashtags)
	}
	if s := TopRecent(posts, 1, 5); s.Posts != 1 || len(s.Openings) != 0 {
		t.Errorf("last post only: %+v", s)
	}
}

// FuzzParseLexicon: a lexicon file (built-in or a workspace's) either
// parses into entries that match without panicking, or is refused with an
// error naming the line.
func FuzzParseLexicon(f *testing.F) {
	f.Add("high :: n'hésit* [surtout] pas (à|a) :: Allez droit au but.\n# comment\nlow :: ^ et si (on|nous) ... _")
	f.Add("medium :: (a|[b|c]) … d* :: x")
	f.Fuzz(func(t *testing.T, src string) {
		es, err := ParseLexicon("fuzz", "fr", src)
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz:") {
				t.Fatalf("error without the line: %v", err)
			}
			return
		}
		toks := tokenize("Et si on plongeait ? N'hésitez surtout pas à venir, a b c d e f.")
		for _, m := range findMatches(toks, es) {
			if m.start < 0 || m.end > len(toks) || m.end <= m.start {
				t.Fatalf("bad match %+v", m)
			}
		}
	})
}

func TestLexiconFollowsLanguage(t *testing.T) {
	if fs := findings(t, "Un vélo robuste et léger, livré monté.", Options{}, KindCliche); len(fs) != 0 {
		t.Errorf("an English stem matched a French word: %+v", fs)
	}
	if fs := findings(t, "Ce nouveau four est un vrai game changer pour nous.", Options{}, KindCliche); len(fs) != 1 {
		t.Errorf("French loanword: %+v", fs)
	}
	if fs := findings(t, "Delve deeper.", Options{}, KindCliche); len(fs) != 1 {
		t.Errorf("a text without evidence of its language gets both lexicons: %+v", fs)
	}
}
