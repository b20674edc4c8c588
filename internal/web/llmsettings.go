package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/llm"
)

// The AI provider settings of a workspace: provider, base URL, model and
// API key. The key is sealed at rest (llm.Settings), never shown back and
// never written to the audit log; an empty key field keeps the stored one.

type llmSettingsData struct {
	Configurable bool   // false when the server was started without a data folder for settings
	From         string // workspace, environment or ""
	Current      llm.Config
	KeySet       bool
	Form         llm.Config
	Error        string
	TestResult   string
	// Usage is what the workspace's drafting spent since the server
	// started (kept in memory).
	Usage llm.Totals
}

// llmAuditView is what the audit log records: no key, only whether one is set.
func llmAuditView(c llm.Config, ok bool) any {
	if !ok {
		return nil
	}
	return map[string]any{"provider": c.Provider, "base_url": c.BaseURL, "model": c.Model, "api_key": c.APIKey != "" || c.APIKeySealed != ""}
}

func (c *Ctx) renderLLMSettings(status int, d llmSettingsData) error {
	s := llmSettings.Load()
	d.Configurable = s != nil && c.Workspace != nil
	cur, from, err := s.Resolve(c.llmScope(), nil)
	if err != nil && d.Error == "" {
		d.Error = err.Error()
	}
	d.From, d.Current, d.KeySet = from, cur, cur.APIKey != ""
	d.Current.APIKey = ""
	if d.Form.Provider == "" {
		d.Form = d.Current
		if d.Form.Provider == "" {
			d.Form.Provider = "openai"
		}
	}
	d.Form.APIKey = ""
	d.Usage = sharedCompose().meter.Totals(c.llmScope())
	return c.Render(status, "compose/settings", "llm.title", d)
}

func (c *Ctx) llmSettingsPage() error { return c.renderLLMSettings(http.StatusOK, llmSettingsData{}) }

func (c *Ctx) llmSettingsSave() error {
	s := llmSettings.Load()
	if s == nil || c.Workspace == nil {
		return &Error{Status: http.StatusServiceUnavailable, Key: "llm.not_configurable"}
	}
	form := llm.Config{Provider: c.field("provider"), BaseURL: strings.TrimSpace(c.field("base_url")), Model: strings.TrimSpace(c.field("model")), APIKey: strings.TrimSpace(c.R.PostFormValue("api_key"))}
	if t, err := strconv.ParseFloat(c.field("timeout"), 64); err == nil && t > 0 {
		form.Timeout = llm.Seconds(t)
	}
	before, had, err := s.Load(c.llmScope())
	if err != nil {
		return c.renderLLMSettings(http.StatusUnprocessableEntity, llmSettingsData{Form: form, Error: err.Error()})
	}
	if form.APIKey == "" && had && before.Provider == form.Provider {
		form.APIKey = before.APIKey // an empty field keeps the stored key
	}
	if err := s.Save(c.llmScope(), form); err != nil {
		return c.renderLLMSettings(http.StatusUnprocessableEntity, llmSettingsData{Form: form, Error: err.Error()})
	}
	if err := c.Audit(c.Store(), "llm.settings", "workspace", c.Workspace.ID, llmAuditView(before, had), llmAuditView(form, true)); err != nil {
		return fmt.Errorf("web: llm settings: audit: %w", err)
	}
	return c.Redirect("/settings/llm", "llm.saved")
}

func (c *Ctx) llmSettingsDelete() error {
	s := llmSettings.Load()
	if s == nil || c.Workspace == nil {
		return &Error{Status: http.StatusServiceUnavailable, Key: "llm.not_configurable"}
	}
	before, had, _ := s.Load(c.llmScope())
	if err := s.Delete(c.llmScope()); err != nil {
		return fmt.Errorf("web: llm settings: %w", err)
	}
	if err := c.Audit(c.Store(), "llm.settings", "workspace", c.Workspace.ID, llmAuditView(before, had), nil); err != nil {
		return fmt.Errorf("web: llm settings: audit: %w", err)
	}
	return c.Redirect("/settings/llm", "llm.deleted")
}

// llmSettingsTest sends one short request and shows the answer or the
// provider's error (which never contains the key).
func (c *Ctx) llmSettingsTest() error {
	cfg, from, err := llmSettings.Load().Resolve(c.llmScope(), nil)
	d := llmSettingsData{}
	switch {
	case err != nil:
		d.Error = err.Error()
	case from == "":
		d.Error = c.T("llm.none")
	default:
		client, err := llm.New(cfg, llm.Options{MaxRetries: -1, Timeout: 60 * time.Second})
		if err != nil {
			d.Error = err.Error()
			break
		}
		ctx, cancel := context.WithTimeout(c.R.Context(), 90*time.Second)
		defer cancel()
		t0 := time.Now()
		r, err := client.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "Reply with the single word OK."}}, MaxTokens: 16, NoCache: true})
		if err != nil {
			d.Error = err.Error()
			break
		}
		d.TestResult = c.T("llm.test_ok", client.Label(), strings.TrimSpace(r.Text), time.Since(t0).Round(time.Millisecond).String())
	}
	return c.renderLLMSettings(http.StatusOK, d)
}
