package password

import (
	"errors"
	"strings"
	"testing"
)

// cheap keeps the tests fast under -race; the algorithm is the same.
var cheap = Params{Memory: 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

func TestHashVerify(t *testing.T) {
	h, err := HashWith("correct horse battery staple", cheap)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=1024,t=1,p=1$") {
		t.Fatalf("unexpected encoding %q", h)
	}
	if err := Verify("correct horse battery staple", h); err != nil {
		t.Fatalf("right password rejected: %v", err)
	}
	if err := Verify("correct horse battery stapl", h); !errors.Is(err, ErrMismatch) {
		t.Fatalf("wrong password: got %v, want ErrMismatch", err)
	}
	h2, _ := HashWith("correct horse battery staple", cheap)
	if h == h2 {
		t.Fatal("two hashes of one password are equal: salt not random")
	}
}

func TestDefaultParams(t *testing.T) {
	if testing.Short() {
		t.Skip("64 MiB hash")
	}
	h, err := Hash("s3cret-pass")
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify("s3cret-pass", h); err != nil {
		t.Fatal(err)
	}
	if NeedsRehash(h, DefaultParams) {
		t.Fatal("fresh default hash needs rehash")
	}
}

func TestNeedsRehash(t *testing.T) {
	h, _ := HashWith("pw-for-rehash", cheap)
	if !NeedsRehash(h, DefaultParams) {
		t.Fatal("cheap hash should need rehash against defaults")
	}
	if NeedsRehash(h, cheap) {
		t.Fatal("hash should not need rehash against its own params")
	}
	if !NeedsRehash("garbage", cheap) {
		t.Fatal("malformed hash should need rehash")
	}
}

func TestMalformed(t *testing.T) {
	good, _ := HashWith("x-password", cheap)
	parts := strings.Split(good, "$")
	cases := map[string]string{
		"empty":        "",
		"bcrypt":       "$2a$10$abcdefghijklmnopqrstuu",
		"argon2i":      strings.Replace(good, "argon2id", "argon2i", 1),
		"version":      strings.Replace(good, "v=19", "v=16", 1),
		"huge memory":  strings.Replace(good, "m=1024", "m=99999999", 1),
		"zero time":    strings.Replace(good, "t=1", "t=0", 1),
		"missing p":    strings.Replace(good, ",p=1", "", 1),
		"dup param":    strings.Replace(good, "p=1", "m=1", 1),
		"bad salt":     "$" + strings.Join([]string{parts[1], parts[2], parts[3], "!!!", parts[5]}, "$"),
		"short key":    "$" + strings.Join([]string{parts[1], parts[2], parts[3], parts[4], "AAAA"}, "$"),
		"extra fields": good + "$x",
	}
	for name, h := range cases {
		if err := Verify("x-password", h); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: got %v, want ErrMalformed", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	good, _ := HashWith("fuzz", cheap)
	f.Add(good)
	f.Add("$argon2id$v=19$m=8,t=1,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA")
	f.Add("$argon2id$v=19$m=,t=1$$")
	f.Fuzz(func(t *testing.T, s string) {
		p, salt, key, err := Decode(s)
		if err != nil {
			return
		}
		if p.Memory > maxMemory || p.Time > maxTime || len(key) > maxKeyLen || len(salt) > maxSaltLen {
			t.Fatalf("accepted out-of-range parameters %+v", p)
		}
		// Re-encoding and decoding again gives the same parameters, salt
		// and key, so nothing was silently dropped or misread.
		p2, salt2, key2, err := Decode(encode(p, salt, key))
		if err != nil || p2 != p || string(salt2) != string(salt) || string(key2) != string(key) {
			t.Fatalf("decode/encode/decode not stable for %q: %v", s, err)
		}
	})
}
