package web

import (
	"strings"
	"testing"
)

// FuzzNegotiate feeds arbitrary Accept-Language headers (outside input on
// every request): the result is always a supported language.
func FuzzNegotiate(f *testing.F) {
	for _, s := range []string{"fr-FR,fr;q=0.9,en;q=0.8", "en", "", "*", "fr;q=2", ";;,,", "en;q=NaN", "de-CH;q=0.5, fr;q=0.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if l := negotiate(h); !supported(l) {
			t.Fatalf("negotiate(%q) = %q", h, l)
		}
	})
}

// FuzzTranslate checks placeholder filling on arbitrary messages and
// arguments: it never panics and never loses text outside placeholders.
func FuzzTranslate(f *testing.F) {
	f.Add("Hello {0}, you have {1} {2}", "x")
	f.Add("{", "y")
	f.Add("{99}{-1}{a}}{", "z")
	f.Fuzz(func(t *testing.T, msg, arg string) {
		cat := catalog{"en": {"k": msg}, "fr": {"k": msg}}
		out := cat.T("en", "k", arg)
		if !strings.Contains(msg, "{") && out != msg {
			t.Fatalf("message without placeholders changed: %q -> %q", msg, out)
		}
	})
}

// FuzzSafeNext: whatever the next parameter, the redirect stays on this
// site.
func FuzzSafeNext(f *testing.F) {
	for _, s := range []string{"/brands", "//evil", "https://x", "/\\evil", "", "/%2F%2Fevil", "/\t/evil"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, next string) {
		got := safeNext(next)
		if !strings.HasPrefix(got, "/") || strings.HasPrefix(got, "//") || strings.ContainsAny(got, "\\\t\r\n") {
			t.Fatalf("safeNext(%q) = %q", next, got)
		}
	})
}
