package secret

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestSealOpenRoundTrip(t *testing.T) {
	b, err := NewBox("a passphrase")
	if err != nil {
		t.Fatal(err)
	}
	const key = "sk-test-0123456789"
	s1, err := b.Seal(key, "llm.api_key")
	if err != nil {
		t.Fatal(err)
	}
	s2, _ := b.Seal(key, "llm.api_key")
	if s1 == s2 {
		t.Fatal("two seals of the same value must differ (random nonce)")
	}
	if strings.Contains(s1, key) || !IsSealed(s1) {
		t.Fatalf("sealed value leaks or lacks prefix: %q", s1)
	}
	got, err := b.Open(s1, "llm.api_key")
	if err != nil || got != key {
		t.Fatalf("Open = %q, %v", got, err)
	}
	if _, err := b.Open(s1, "other.purpose"); err != ErrDecrypt {
		t.Fatalf("other purpose: err = %v, want ErrDecrypt", err)
	}
	other, _ := NewBox("another passphrase")
	if _, err := other.Open(s1, "llm.api_key"); err != ErrDecrypt {
		t.Fatalf("other key: err = %v, want ErrDecrypt", err)
	}
	tampered := s1[:len(s1)-2] + "AA"
	if tampered == s1 {
		tampered = s1[:len(s1)-2] + "BB"
	}
	if _, err := b.Open(tampered, "llm.api_key"); err != ErrDecrypt {
		t.Fatalf("tampered: err = %v, want ErrDecrypt", err)
	}
	if _, err := b.Open("plain", "llm.api_key"); err == nil {
		t.Fatal("unsealed value must not open")
	}
}

func TestEmptyKeyRefused(t *testing.T) {
	if _, err := NewBox("  "); err == nil {
		t.Fatal("empty key accepted")
	}
}

func TestKeyFileGeneratedOnceAndReused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	var wg sync.WaitGroup
	boxes := make([]*Box, 4)
	errs := make([]error, 4)
	for i := range boxes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			boxes[i], errs[i] = Open("", dir)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	sealed, err := boxes[0].Seal("x", "p")
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range boxes {
		if got, err := b.Open(sealed, "p"); err != nil || got != "x" {
			t.Fatalf("box %d disagrees on the key: %q %v", i, got, err)
		}
	}
	st, err := os.Stat(filepath.Join(dir, KeyFileName))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", st.Mode().Perm())
	}
	again, err := Open("", dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := again.Open(sealed, "p"); err != nil || got != "x" {
		t.Fatalf("reopened key differs: %v", err)
	}
	configured, _ := Open("configured", dir)
	if _, err := configured.Open(sealed, "p"); err == nil {
		t.Fatal("configured key must take precedence over the key file")
	}
}

func FuzzOpen(f *testing.F) {
	b, _ := NewBox("k")
	s, _ := b.Seal("hello", "p")
	f.Add(s)
	f.Add("v1:")
	f.Add("v1:!!!")
	f.Fuzz(func(t *testing.T, in string) {
		if out, err := b.Open(in, "p"); err == nil && in != s && out != "hello" {
			// Forging a value that opens is what GCM rules out.
			t.Fatalf("forged value opened: %q", in)
		}
	})
}
