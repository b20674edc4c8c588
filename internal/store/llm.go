package store

import (
	"context"
	"database/sql"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// LLMSettings is a workspace's AI provider. The API key is kept sealed
// (internal/secret, bound to the workspace): the store never sees it in
// clear, so a copy of the database gives no key.
type LLMSettings struct {
	WorkspaceID  int64
	Provider     string // "openai" (any compatible server) or "anthropic"
	BaseURL      string
	Model        string
	APIKeySealed string
	// TimeoutSeconds and MaxRetries are 0 for the defaults.
	TimeoutSeconds float64
	MaxRetries     int
	// PriceInput and PriceOutput are USD per million tokens; nil means
	// cost is not computed.
	PriceInput, PriceOutput *float64
	UpdatedAt               time.Time
	UpdatedBy               *int64 // nil when set from the CLI or a migration
}

// LLMUsage is one answered model call.
type LLMUsage struct {
	ID          int64
	WorkspaceID int64
	// Draft names what the call was for ("draft:c3f1:x:1", "translate:7"),
	// "" when nothing; Purpose is the prompt ("draft", "correct", "test").
	Draft, Purpose   string
	Provider, Model  string
	PromptTokens     int64
	CompletionTokens int64
	CostUSD          float64
	// Cached is true for an answer from the response cache: no tokens spent.
	Cached bool
	At     time.Time
}

// LLMUsageMonth sums a workspace's calls per calendar month (UTC),
// provider and model.
type LLMUsageMonth struct {
	Month            string // "2026-11"
	Provider, Model  string
	Calls, CacheHits int64
	PromptTokens     int64
	CompletionTokens int64
	CostUSD          float64
}

// LLMStore keeps the AI provider settings and usage. The SQL store
// implements it; callers reach it with a type assertion on Store, like
// RadarStore, so the Store interface stays as it is.
type LLMStore interface {
	// GetLLMSettings returns the workspace's settings, or ErrNotFound.
	GetLLMSettings(ctx context.Context, workspaceID int64) (LLMSettings, error)
	// SaveLLMSettings creates or replaces the workspace's settings;
	// UpdatedAt is set when zero.
	SaveLLMSettings(ctx context.Context, s *LLMSettings) error
	// DeleteLLMSettings removes them (ErrNotFound when there were none).
	DeleteLLMSettings(ctx context.Context, workspaceID int64) error
	// RecordLLMUsage appends a usage row; At is set when zero.
	RecordLLMUsage(ctx context.Context, u *LLMUsage) error
	// LLMUsageByMonth sums the workspace's usage since a time, newest
	// month first.
	LLMUsageByMonth(ctx context.Context, workspaceID int64, since time.Time) ([]LLMUsageMonth, error)
	// ListLLMUsage returns the calls made for draft (exactly, or any
	// "draft:…" below it: "draft:c3f1" gives "draft:c3f1:x:1" too), oldest
	// first.
	ListLLMUsage(ctx context.Context, workspaceID int64, draft string) ([]LLMUsage, error)
}

var _ LLMStore = (*sqlStore)(nil)

// sealedRE is the shape of internal/secret's output ("v1:" and base64),
// checked without importing it.
var sealedRE = regexp.MustCompile(`^v[0-9]+:[A-Za-z0-9+/=_-]+$`)

func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func (s *sqlStore) GetLLMSettings(ctx context.Context, workspaceID int64) (LLMSettings, error) {
	var l LLMSettings
	var in, out sql.NullFloat64
	var by sql.NullInt64
	err := s.q.QueryRowContext(ctx, s.sql("llm.settings.get"), workspaceID).Scan(&l.WorkspaceID, &l.Provider, &l.BaseURL, &l.Model,
		&l.APIKeySealed, &l.TimeoutSeconds, &l.MaxRetries, &in, &out, timeScan{&l.UpdatedAt}, &by)
	if err != nil {
		return LLMSettings{}, wrap(err, "get LLM settings of workspace %d", workspaceID)
	}
	if in.Valid {
		l.PriceInput = &in.Float64
	}
	if out.Valid {
		l.PriceOutput = &out.Float64
	}
	if by.Valid {
		l.UpdatedBy = &by.Int64
	}
	return l, nil
}

func (s *sqlStore) SaveLLMSettings(ctx context.Context, l *LLMSettings) error {
	l.Provider, l.Model = strings.TrimSpace(l.Provider), strings.TrimSpace(l.Model)
	if l.Provider == "" || l.Model == "" {
		return invalid("save LLM settings of workspace %d: provider and model are required", l.WorkspaceID)
	}
	if l.APIKeySealed != "" && !sealedRE.MatchString(l.APIKeySealed) {
		// A plain key must never reach the database by mistake.
		return invalid("save LLM settings of workspace %d: the API key is not sealed", l.WorkspaceID)
	}
	if l.UpdatedAt.IsZero() {
		l.UpdatedAt = now()
	}
	var by any
	if l.UpdatedBy != nil {
		by = *l.UpdatedBy
	}
	_, err := s.q.ExecContext(ctx, s.sql("llm.settings.save"), l.WorkspaceID, l.Provider, l.BaseURL, l.Model, l.APIKeySealed,
		l.TimeoutSeconds, l.MaxRetries, nullFloat(l.PriceInput), nullFloat(l.PriceOutput), s.ts(l.UpdatedAt), by)
	return wrap(err, "save LLM settings of workspace %d", l.WorkspaceID)
}

func (s *sqlStore) DeleteLLMSettings(ctx context.Context, workspaceID int64) error {
	res, err := s.q.ExecContext(ctx, s.sql("llm.settings.delete"), workspaceID)
	return affected(res, err, "delete LLM settings of workspace %d", workspaceID)
}

func (s *sqlStore) RecordLLMUsage(ctx context.Context, u *LLMUsage) error {
	if u.Provider == "" {
		return invalid("record LLM usage in workspace %d: no provider", u.WorkspaceID)
	}
	if u.PromptTokens < 0 || u.CompletionTokens < 0 || u.CostUSD < 0 {
		return invalid("record LLM usage in workspace %d: negative tokens or cost", u.WorkspaceID)
	}
	if u.At.IsZero() {
		u.At = now()
	}
	err := s.q.QueryRowContext(ctx, s.sql("llm.usage.record"), u.WorkspaceID, u.Draft, u.Purpose, u.Provider, u.Model,
		u.PromptTokens, u.CompletionTokens, u.CostUSD, u.Cached, s.ts(u.At)).Scan(&u.ID)
	return wrap(err, "record LLM usage in workspace %d", u.WorkspaceID)
}

func (s *sqlStore) LLMUsageByMonth(ctx context.Context, workspaceID int64, since time.Time) ([]LLMUsageMonth, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("llm.usage.by_month"), workspaceID, s.ts(since))
	if err != nil {
		return nil, wrap(err, "LLM usage by month of workspace %d", workspaceID)
	}
	defer rows.Close()
	var out []LLMUsageMonth
	for rows.Next() {
		var m LLMUsageMonth
		if err := rows.Scan(&m.Month, &m.Provider, &m.Model, &m.Calls, &m.CacheHits, &m.PromptTokens, &m.CompletionTokens, &m.CostUSD); err != nil {
			return nil, wrap(err, "LLM usage by month of workspace %d", workspaceID)
		}
		out = append(out, m)
	}
	return out, wrap(rows.Err(), "LLM usage by month of workspace %d", workspaceID)
}

func (s *sqlStore) ListLLMUsage(ctx context.Context, workspaceID int64, draft string) ([]LLMUsage, error) {
	prefix := draft + ":"
	rows, err := s.q.QueryContext(ctx, s.sql("llm.usage.draft"), workspaceID, draft, prefix, utf8.RuneCountInString(prefix))
	if err != nil {
		return nil, wrap(err, "list LLM usage of %q in workspace %d", draft, workspaceID)
	}
	defer rows.Close()
	var out []LLMUsage
	for rows.Next() {
		var u LLMUsage
		if err := rows.Scan(&u.ID, &u.WorkspaceID, &u.Draft, &u.Purpose, &u.Provider, &u.Model, &u.PromptTokens,
			&u.CompletionTokens, &u.CostUSD, &u.Cached, timeScan{&u.At}); err != nil {
			return nil, wrap(err, "list LLM usage of %q in workspace %d", draft, workspaceID)
		}
		out = append(out, u)
	}
	return out, wrap(rows.Err(), "list LLM usage of %q in workspace %d", draft, workspaceID)
}
