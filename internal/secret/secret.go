// Package secret encrypts small secrets at rest (LLM API keys, network
// tokens) with AES-256-GCM. The key comes from the secret_key setting or,
// when that is empty, from a random key file generated once in the data
// folder, so a fresh install is encrypted without any setup.
package secret

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// KeyFileName is the file generated in the data folder when no secret_key is
// configured.
const KeyFileName = "secret.key"

// prefix versions the sealed format so that a future change of algorithm
// can still read old values.
const prefix = "v1:"

// ErrDecrypt means a sealed value could not be opened: wrong key, wrong
// purpose, or a damaged value. It never says which, on purpose.
var ErrDecrypt = errors.New("secret: cannot decrypt (wrong key or damaged value)")

// Box seals and opens secrets with one key.
type Box struct {
	aead cipher.AEAD
}

// NewBox derives an AES-256 key from keyMaterial. Any string works (a
// passphrase or the base64 of 32 random bytes); HKDF spreads it to a full
// key. An empty key is refused because it would give no protection.
func NewBox(keyMaterial string) (*Box, error) {
	if strings.TrimSpace(keyMaterial) == "" {
		return nil, errors.New("secret: empty key")
	}
	key, err := hkdf.Key(sha256.New, []byte(keyMaterial), []byte("vigie-secret-v1"), "aes-256-gcm", 32)
	if err != nil {
		return nil, fmt.Errorf("secret: deriving key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("secret: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("secret: %w", err)
	}
	return &Box{aead: aead}, nil
}

// Open returns the Box for a configuration: the configured key when set,
// otherwise the key file in dataDir, created with mode 0600 when missing.
func Open(configuredKey, dataDir string) (*Box, error) {
	if configuredKey != "" {
		return NewBox(configuredKey)
	}
	if dataDir == "" {
		return nil, errors.New("secret: no secret_key and no data folder to keep a key file in")
	}
	path := filepath.Join(dataDir, KeyFileName)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return nil, fmt.Errorf("secret: creating data folder %s: %w", dataDir, err)
		}
		raw := make([]byte, 32)
		if _, err := rand.Read(raw); err != nil {
			return nil, fmt.Errorf("secret: generating key: %w", err)
		}
		enc := base64.StdEncoding.EncodeToString(raw)
		// Write a private temporary file, then hard-link it into place: the
		// link either creates the key file complete or fails because another
		// process won the race, whose key we then read.
		tmp, terr := os.CreateTemp(dataDir, ".secret-*.tmp")
		if terr != nil {
			return nil, fmt.Errorf("secret: creating key file in %s: %w", dataDir, terr)
		}
		defer os.Remove(tmp.Name())
		_, werr := tmp.WriteString(enc + "\n")
		cerr := tmp.Close()
		if werr != nil || cerr != nil {
			return nil, fmt.Errorf("secret: writing key file %s: %w", path, errors.Join(werr, cerr))
		}
		lerr := os.Link(tmp.Name(), path)
		if lerr != nil && !errors.Is(lerr, fs.ErrExist) {
			return nil, fmt.Errorf("secret: creating key file %s: %w", path, lerr)
		}
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("secret: reading key file %s: %w", path, err)
	}
	k := strings.TrimSpace(string(b))
	if k == "" {
		return nil, fmt.Errorf("secret: key file %s is empty", path)
	}
	return NewBox(k)
}

// Seal encrypts plaintext. purpose (e.g. "llm.api_key:workspace:3") is bound
// as additional data, so a value copied to another field does not open.
func (b *Box) Seal(plaintext, purpose string) (string, error) {
	nonce := make([]byte, b.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", fmt.Errorf("secret: nonce: %w", err)
	}
	out := b.aead.Seal(nonce, nonce, []byte(plaintext), []byte(purpose))
	return prefix + base64.RawURLEncoding.EncodeToString(out), nil
}

// Open decrypts a value made by Seal with the same purpose.
func (b *Box) Open(sealed, purpose string) (string, error) {
	rest, ok := strings.CutPrefix(sealed, prefix)
	if !ok {
		return "", fmt.Errorf("secret: value is not in a known sealed format")
	}
	raw, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil || len(raw) < b.aead.NonceSize()+b.aead.Overhead() {
		return "", ErrDecrypt
	}
	n := b.aead.NonceSize()
	pt, err := b.aead.Open(nil, raw[:n], raw[n:], []byte(purpose))
	if err != nil {
		return "", ErrDecrypt
	}
	return string(pt), nil
}

// IsSealed reports whether s looks like a value made by Seal, so that callers
// can tell an encrypted stored key from a plain one being set.
func IsSealed(s string) bool { return strings.HasPrefix(s, prefix) }
