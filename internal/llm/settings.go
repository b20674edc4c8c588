package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/vigie-cm/vigie/internal/secret"
)

// Settings keeps a provider configuration per scope ("workspace:3") in the
// data folder, one JSON file each, with the API key sealed (AES-256-GCM,
// bound to the scope). The files are written 0600 and replaced atomically.
type Settings struct {
	Dir string

	dataDir, secretKey string
	mu                 sync.Mutex
	b                  *secret.Box
}

// OpenSettings uses <dataDir>/llm with the key from secretKey or the data
// folder's key file. Nothing is created until a configuration is saved.
func OpenSettings(dataDir, secretKey string) *Settings {
	return &Settings{Dir: filepath.Join(dataDir, "llm"), dataDir: dataDir, secretKey: secretKey}
}

// box opens the encryption key on first need, so that merely looking for
// settings never generates a key file.
func (s *Settings) box() (*secret.Box, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.b == nil {
		b, err := secret.Open(s.secretKey, s.dataDir)
		if err != nil {
			return nil, fmt.Errorf("llm: settings: %w", err)
		}
		s.b = b
	}
	return s.b, nil
}

var scopeRE = regexp.MustCompile(`^[a-z]+:[0-9A-Za-z_-]+$`)

func (s *Settings) path(scope string) (string, error) {
	if !scopeRE.MatchString(scope) {
		return "", fmt.Errorf("llm: settings: bad scope %q (want e.g. workspace:3)", scope)
	}
	return filepath.Join(s.Dir, "provider-"+strings.Replace(scope, ":", "-", 1)+".json"), nil
}

// Load returns the scope's configuration with its key unsealed; ok is false
// when the scope has none.
func (s *Settings) Load(scope string) (c Config, ok bool, err error) {
	p, err := s.path(scope)
	if err != nil {
		return c, false, err
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("llm: settings: %w", err)
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, false, fmt.Errorf("llm: settings %s: %w", p, err)
	}
	box, err := s.box()
	if err != nil {
		return c, false, err
	}
	if err := c.Unseal(box, scope); err != nil {
		return c, false, err
	}
	return c, true, nil
}

// Save stores c for scope, sealing its API key; c itself is not changed.
func (s *Settings) Save(scope string, c Config) error {
	p, err := s.path(scope)
	if err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	box, err := s.box()
	if err != nil {
		return err
	}
	if err := c.Seal(box, scope); err != nil {
		return err
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("llm: settings: %w", err)
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return fmt.Errorf("llm: settings: %w", err)
	}
	tmp, err := os.CreateTemp(s.Dir, ".provider-*.tmp")
	if err != nil {
		return fmt.Errorf("llm: settings: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.Write(append(b, '\n'))
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		return fmt.Errorf("llm: settings: writing %s: %w", p, errors.Join(werr, cerr))
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("llm: settings: %w", err)
	}
	return nil
}

// Delete removes the scope's configuration (then the environment applies).
func (s *Settings) Delete(scope string) error {
	p, err := s.path(scope)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("llm: settings: %w", err)
	}
	return nil
}

// Resolve returns the configuration that applies to scope: its own when
// it has one, else the VIGIE_LLM_* environment (getenv nil: os.Getenv).
// from says which: "workspace" or "environment" ("" when neither is set).
func (s *Settings) Resolve(scope string, getenv func(string) string) (c Config, from string, err error) {
	if s != nil && scope != "" {
		c, ok, err := s.Load(scope)
		if err != nil {
			return c, "", err
		}
		if ok && c.Enabled() {
			return c, "workspace", nil
		}
	}
	c, err = FromEnv(getenv)
	if err != nil || !c.Enabled() {
		return c, "", err
	}
	return c, "environment", nil
}
