// Package llmstore keeps the AI provider settings of each workspace and the
// token and cost of every model call in the database (store.LLMStore), so
// that every web process sees the same settings and usage survives a
// restart. The API key is sealed with internal/secret before it reaches the
// store, bound to its workspace, and opened only to build a client.
package llmstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
)

// Scope is the sealing scope of a workspace's key. It is the one the
// earlier file settings used, so their sealed keys move to the database
// as they are.
func Scope(workspaceID int64) string { return fmt.Sprintf("workspace:%d", workspaceID) }

// keyring opens the encryption key on first need, so that reading settings
// without a key never generates a key file.
type keyring struct {
	dataDir, secretKey string
	mu                 sync.Mutex
	b                  *secret.Box
}

func (k *keyring) box() (*secret.Box, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.b == nil {
		b, err := secret.Open(k.secretKey, k.dataDir)
		if err != nil {
			return nil, fmt.Errorf("llmstore: %w", err)
		}
		k.b = b
	}
	return k.b, nil
}

// Settings reads and writes workspaces' provider settings.
type Settings struct {
	st   store.Store
	keys *keyring
}

// New uses st, and secretKey (or the key file in dataDir when empty) for
// the API keys. Several processes must share the same key: set secret_key
// (VIGIE_SECRET_KEY) when they do not share a data folder.
func New(st store.Store, dataDir, secretKey string) *Settings {
	return &Settings{st: st, keys: &keyring{dataDir: dataDir, secretKey: secretKey}}
}

// With returns the same settings over another store, typically a
// transaction, sharing the key.
func (s *Settings) With(st store.Store) *Settings { return &Settings{st: st, keys: s.keys} }

func (s *Settings) llmStore() (store.LLMStore, error) {
	ls, ok := s.st.(store.LLMStore)
	if !ok {
		return nil, fmt.Errorf("llmstore: %T keeps no LLM settings", s.st)
	}
	return ls, nil
}

// Load returns the workspace's configuration with its key opened; ok is
// false when the workspace has none.
func (s *Settings) Load(ctx context.Context, workspaceID int64) (c llm.Config, ok bool, err error) {
	ls, err := s.llmStore()
	if err != nil {
		return c, false, err
	}
	row, err := ls.GetLLMSettings(ctx, workspaceID)
	if errors.Is(err, store.ErrNotFound) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("llmstore: %w", err)
	}
	c = fromRow(row)
	if c.APIKeySealed != "" {
		box, err := s.keys.box()
		if err != nil {
			return c, false, err
		}
		if err := c.Unseal(box, Scope(workspaceID)); err != nil {
			return c, false, fmt.Errorf("llmstore: %w", err)
		}
	}
	return c, true, nil
}

func fromRow(r store.LLMSettings) llm.Config {
	c := llm.Config{Provider: r.Provider, BaseURL: r.BaseURL, Model: r.Model, APIKeySealed: r.APIKeySealed,
		Timeout: llm.Seconds(r.TimeoutSeconds), MaxRetries: r.MaxRetries}
	if r.PriceInput != nil || r.PriceOutput != nil {
		c.Price = &llm.Price{}
		if r.PriceInput != nil {
			c.Price.InputPerMTok = *r.PriceInput
		}
		if r.PriceOutput != nil {
			c.Price.OutputPerMTok = *r.PriceOutput
		}
	}
	return c
}

func toRow(workspaceID int64, c llm.Config, by *int64) store.LLMSettings {
	r := store.LLMSettings{WorkspaceID: workspaceID, Provider: c.Provider, BaseURL: c.BaseURL, Model: c.Model,
		APIKeySealed: c.APIKeySealed, TimeoutSeconds: float64(c.Timeout), MaxRetries: c.MaxRetries, UpdatedBy: by}
	if c.Price != nil {
		in, out := c.Price.InputPerMTok, c.Price.OutputPerMTok
		r.PriceInput, r.PriceOutput = &in, &out
	}
	return r
}

// Save validates c and stores it for the workspace with its key sealed; by
// is the user who changed it (nil from the CLI). c itself is not changed.
func (s *Settings) Save(ctx context.Context, workspaceID int64, c llm.Config, by *int64) error {
	ls, err := s.llmStore()
	if err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	if c.APIKey != "" {
		box, err := s.keys.box()
		if err != nil {
			return err
		}
		if err := c.Seal(box, Scope(workspaceID)); err != nil {
			return err
		}
	} else {
		c.APIKeySealed = ""
	}
	row := toRow(workspaceID, c, by)
	if err := ls.SaveLLMSettings(ctx, &row); err != nil {
		return fmt.Errorf("llmstore: %w", err)
	}
	return nil
}

// Delete removes the workspace's settings (then the environment applies);
// removing settings that do not exist is not an error.
func (s *Settings) Delete(ctx context.Context, workspaceID int64) error {
	ls, err := s.llmStore()
	if err != nil {
		return err
	}
	if err := ls.DeleteLLMSettings(ctx, workspaceID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("llmstore: %w", err)
	}
	return nil
}

// Resolve returns the configuration that applies to a workspace: its own
// when it has one, else the VIGIE_LLM_* environment (getenv nil:
// os.Getenv). from says which: "workspace" or "environment" ("" when
// neither is set). A nil Settings or workspace 0 means the environment
// only.
func (s *Settings) Resolve(ctx context.Context, workspaceID int64, getenv func(string) string) (c llm.Config, from string, err error) {
	if s != nil && workspaceID != 0 {
		c, ok, err := s.Load(ctx, workspaceID)
		if err != nil {
			return c, "", err
		}
		if ok && c.Enabled() {
			return c, "workspace", nil
		}
	}
	c, err = llm.FromEnv(getenv)
	if err != nil || !c.Enabled() {
		return c, "", err
	}
	return c, "environment", nil
}

var legacyFile = regexp.MustCompile(`^provider-workspace-([0-9]+)\.json$`)

// MigrateFiles moves the settings an earlier version kept in
// <dataDir>/llm/provider-workspace-N.json into the database, once: a file
// is renamed *.migrated after its move, and a workspace that already has
// settings in the database keeps them (the file is renamed all the same).
// The sealed key is copied as it is, never opened. Files of workspaces
// that do not exist are left in place and reported.
func (s *Settings) MigrateFiles(ctx context.Context, dataDir string) (moved int, err error) {
	ls, err := s.llmStore()
	if err != nil {
		return 0, err
	}
	dir := filepath.Join(dataDir, "llm")
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("llmstore: migrating %s: %w", dir, err)
	}
	var errs []error
	for _, e := range entries {
		m := legacyFile.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		ws, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("llmstore: %s: bad workspace number", path))
			continue
		}
		if err := migrateFile(ctx, ls, path, ws); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := os.Rename(path, path+".migrated"); err != nil {
			errs = append(errs, fmt.Errorf("llmstore: %w", err))
			continue
		}
		moved++
	}
	return moved, errors.Join(errs...)
}

func migrateFile(ctx context.Context, ls store.LLMStore, path string, ws int64) error {
	if _, err := ls.GetLLMSettings(ctx, ws); err == nil {
		return nil // the database already has this workspace's settings
	} else if !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("llmstore: migrating %s: %w", path, err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("llmstore: %w", err)
	}
	var c llm.Config
	if err := json.Unmarshal(b, &c); err != nil {
		return fmt.Errorf("llmstore: migrating %s: %w", path, err)
	}
	if c.Provider == "" {
		c.Provider = "openai"
	}
	row := toRow(ws, c, nil)
	if err := ls.SaveLLMSettings(ctx, &row); err != nil {
		return fmt.Errorf("llmstore: migrating %s: %w", path, err)
	}
	return nil
}

// Recorder writes each answered call to the database as a usage row. The
// workspace is the request's "workspace:N" account, else Workspace; the
// draft is its most specific other account ("draft:c3f1:x:1").
type Recorder struct {
	Store     store.Store
	Workspace int64
	// Log receives recording failures (nil: slog.Default()); the call
	// itself has succeeded and is not failed for them.
	Log *slog.Logger
}

var _ llm.UsageRecorder = (*Recorder)(nil)

// RecordUsage implements llm.UsageRecorder.
func (r *Recorder) RecordUsage(ctx context.Context, e llm.UsageEvent) {
	u := store.LLMUsage{WorkspaceID: r.Workspace, Purpose: e.Purpose, Provider: e.Provider, Model: e.Model,
		PromptTokens: e.Usage.InputTokens, CompletionTokens: e.Usage.OutputTokens, CostUSD: e.CostUSD, Cached: e.Cached, At: e.At.UTC()}
	for _, a := range e.Accounts {
		if n, ok := strings.CutPrefix(a, "workspace:"); ok {
			if id, err := strconv.ParseInt(n, 10, 64); err == nil {
				u.WorkspaceID = id
			}
			continue
		}
		if len(a) > len(u.Draft) {
			u.Draft = a
		}
	}
	if u.WorkspaceID == 0 {
		return // usage outside any workspace (a bare CLI batch) has no row to go to
	}
	log := r.Log
	if log == nil {
		log = slog.Default()
	}
	ls, ok := r.Store.(store.LLMStore)
	if !ok {
		log.Warn("llmstore: usage not recorded: the store keeps no LLM usage")
		return
	}
	if err := ls.RecordLLMUsage(ctx, &u); err != nil {
		log.Warn("llmstore: usage not recorded", "workspace", u.WorkspaceID, "err", err)
	}
}
