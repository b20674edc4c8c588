package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmstore"
	"github.com/vigie-cm/vigie/internal/store"
)

// The AI provider settings of a workspace: provider, base URL, model and
// API key, kept in the database (llmstore) so that every web process sees
// them. The key is sealed at rest, never shown back and never written to
// the audit log; an empty key field keeps the stored one. The page also
// shows the workspace's model usage per month, from the database.

type llmSettingsData struct {
	Configurable bool   // false outside a workspace
	From         string // workspace, environment or ""
	Current      llm.Config
	KeySet       bool
	Form         llm.Config
	Error        string
	TestResult   string
	// Usage is the workspace's model calls per month (newest first),
	// provider and model, over the last llmUsageMonths months.
	Usage      []store.LLMUsageMonth
	UsageTotal store.LLMUsageMonth
	UsageSince time.Time
}

// llmUsageMonths is how far back the page sums usage.
const llmUsageMonths = 12

// llmAuditView is what the audit log records: no key, only whether one is set.
func llmAuditView(c llm.Config, ok bool) any {
	if !ok {
		return nil
	}
	return map[string]any{"provider": c.Provider, "base_url": c.BaseURL, "model": c.Model, "api_key": c.APIKey != "" || c.APIKeySealed != ""}
}

func (c *Ctx) renderLLMSettings(status int, d llmSettingsData) error {
	ctx := c.R.Context()
	d.Configurable = c.Workspace != nil
	cur, from, err := c.llmSettings(c.Store()).Resolve(ctx, c.workspaceID(), nil)
	if err != nil && d.Error == "" {
		d.Error = err.Error()
	}
	d.From, d.Current, d.KeySet = from, cur, cur.APIKey != "" || cur.APIKeySealed != ""
	d.Current.APIKey, d.Current.APIKeySealed = "", ""
	if d.Form.Provider == "" {
		d.Form = d.Current
		if d.Form.Provider == "" {
			d.Form.Provider = "openai"
		}
	}
	d.Form.APIKey, d.Form.APIKeySealed = "", ""
	if ls, ok := c.Store().(store.LLMStore); ok && c.Workspace != nil {
		n := c.s.now().UTC()
		d.UsageSince = time.Date(n.Year(), n.Month()-llmUsageMonths+1, 1, 0, 0, 0, 0, time.UTC)
		if d.Usage, err = ls.LLMUsageByMonth(ctx, c.Workspace.ID, d.UsageSince); err != nil {
			return fmt.Errorf("web: llm settings: %w", err)
		}
		for _, m := range d.Usage {
			t := &d.UsageTotal
			t.Calls += m.Calls
			t.CacheHits += m.CacheHits
			t.PromptTokens += m.PromptTokens
			t.CompletionTokens += m.CompletionTokens
			t.CostUSD += m.CostUSD
		}
	}
	return c.Render(status, "compose/settings", "llm.title", d)
}

func (c *Ctx) llmSettingsPage() error { return c.renderLLMSettings(http.StatusOK, llmSettingsData{}) }

func (c *Ctx) llmSettingsSave() error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusServiceUnavailable, Key: "llm.not_configurable"}
	}
	form := llm.Config{Provider: c.field("provider"), BaseURL: strings.TrimSpace(c.field("base_url")), Model: strings.TrimSpace(c.field("model")), APIKey: strings.TrimSpace(c.R.PostFormValue("api_key"))}
	if t, err := strconv.ParseFloat(c.field("timeout"), 64); err == nil && t > 0 {
		form.Timeout = llm.Seconds(t)
	}
	ctx := c.R.Context()
	var saveErr error
	err := c.Tx(func(tx store.Store) error {
		s := c.llmSettings(tx)
		before, had, err := s.Load(ctx, c.Workspace.ID)
		if err != nil {
			saveErr = err
			return err
		}
		if form.APIKey == "" && had && before.Provider == form.Provider {
			form.APIKey = before.APIKey // an empty field keeps the stored key
		}
		var by *int64
		if c.User != nil {
			by = &c.User.ID
		}
		if err := s.Save(ctx, c.Workspace.ID, form, by); err != nil {
			saveErr = err
			return err
		}
		return c.Audit(tx, "llm.settings", "workspace", c.Workspace.ID, llmAuditView(before, had), llmAuditView(form, true))
	})
	if saveErr != nil {
		return c.renderLLMSettings(http.StatusUnprocessableEntity, llmSettingsData{Form: form, Error: saveErr.Error()})
	}
	if err != nil {
		return fmt.Errorf("web: llm settings: %w", err)
	}
	return c.Redirect("/settings/llm", "llm.saved")
}

func (c *Ctx) llmSettingsDelete() error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusServiceUnavailable, Key: "llm.not_configurable"}
	}
	ctx := c.R.Context()
	err := c.Tx(func(tx store.Store) error {
		s := c.llmSettings(tx)
		// The key need not open to be deleted (e.g. after secret_key changed).
		row, rerr := tx.(store.LLMStore).GetLLMSettings(ctx, c.Workspace.ID)
		had := rerr == nil
		if err := s.Delete(ctx, c.Workspace.ID); err != nil {
			return err
		}
		before := llm.Config{Provider: row.Provider, BaseURL: row.BaseURL, Model: row.Model, APIKeySealed: row.APIKeySealed}
		return c.Audit(tx, "llm.settings", "workspace", c.Workspace.ID, llmAuditView(before, had), nil)
	})
	if err != nil {
		return fmt.Errorf("web: llm settings: %w", err)
	}
	return c.Redirect("/settings/llm", "llm.deleted")
}

// llmSettingsTest sends one short request and shows the answer or the
// provider's error (which never contains the key).
func (c *Ctx) llmSettingsTest() error {
	cfg, from, err := c.llmSettings(c.Store()).Resolve(c.R.Context(), c.workspaceID(), nil)
	d := llmSettingsData{}
	switch {
	case err != nil:
		d.Error = err.Error()
	case from == "":
		d.Error = c.T("llm.none")
	default:
		client, err := llm.New(cfg, c.llmClientOptions(llm.Options{MaxRetries: -1, Timeout: 60 * time.Second}))
		if err != nil {
			d.Error = err.Error()
			break
		}
		ctx, cancel := context.WithTimeout(c.R.Context(), 90*time.Second)
		defer cancel()
		t0 := time.Now()
		r, err := client.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "Reply with the single word OK."}}, MaxTokens: 16,
			NoCache: true, Purpose: "test", Accounts: []string{llmstore.Scope(c.workspaceID())}})
		if err != nil {
			d.Error = err.Error()
			break
		}
		d.TestResult = c.T("llm.test_ok", client.Label(), strings.TrimSpace(r.Text), time.Since(t0).Round(time.Millisecond).String())
	}
	return c.renderLLMSettings(http.StatusOK, d)
}
