package style

import (
	"slices"
	"testing"
)

func slowShingles(text, lang string) []uint64 {
	toks := tokenize(text)
	if lang == "" {
		lang = langOfTokens(toks)
	}
	return shingles(toks, lang)
}

func checkSameShingles(t *testing.T, text string) {
	var ws wordScanner
	caches := map[string]*shingleCache{"fr": {m: map[string]uint64{}}, "en": {m: map[string]uint64{}}}
	for _, lang := range []string{"", "fr", "en"} {
		got := fastShingles(&ws, text, lang, caches, nil)
		want := slowShingles(text, lang)
		if !slices.Equal(got, want) {
			t.Fatalf("lang %q, text %q: fast shingles %v, tokenizer shingles %v", lang, text, got, want)
		}
	}
}

func TestFastShinglesMatchTokenizer(t *testing.T) {
	for _, s := range []string{
		"Notre boulangerie ouvre samedi : https://example.com/a?b=1. Merci @jean_pierre et #Bonjour_2024 !",
		"www.site.fr, puis http:// seul, HTTPS://X.ORG) et l’apostrophe d’ici aujourd'hui",
		"Crème brûlée — ÉTÉ 2026 ; naïve cœur Œuvre ΣΟΦΙΑ straße 東京 🎉",
		"@a@b.c mail@example.com a.b/http://x.y",
		"",
	} {
		checkSameShingles(t, s)
	}
}

func FuzzFastShingles(f *testing.F) {
	f.Add("Notre boulangerie ouvre samedi : https://example.com/a?b=1 @jean #tag")
	f.Add("www.x.fr. l’été @a_b_c #_x_ http://")
	f.Fuzz(func(t *testing.T, s string) {
		checkSameShingles(t, s)
	})
}
