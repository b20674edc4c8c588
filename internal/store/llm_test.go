package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func TestLLMSettings(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		ls, ok := s.(store.LLMStore)
		if !ok {
			t.Fatalf("%T does not keep LLM settings", s)
		}
		w, _ := fixture(t, s)
		u := brand.User{Email: "lea@example.fr", Name: "Léa"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		if _, err := ls.GetLLMSettings(ctx, w.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("no settings yet: %v", err)
		}
		in := 3.0
		set := store.LLMSettings{WorkspaceID: w.ID, Provider: "anthropic", Model: "claude-x", APIKeySealed: "v1:AAAA", TimeoutSeconds: 30,
			PriceInput: &in, UpdatedBy: &u.ID}
		if err := ls.SaveLLMSettings(ctx, &set); err != nil {
			t.Fatal(err)
		}
		got, err := ls.GetLLMSettings(ctx, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Provider != "anthropic" || got.Model != "claude-x" || got.APIKeySealed != "v1:AAAA" || got.TimeoutSeconds != 30 ||
			got.PriceInput == nil || *got.PriceInput != 3 || got.PriceOutput != nil || got.UpdatedBy == nil || *got.UpdatedBy != u.ID ||
			!got.UpdatedAt.Equal(set.UpdatedAt) {
			t.Fatalf("read back %+v, saved %+v", got, set)
		}
		// Saving again replaces the row; no price and no user are NULLs.
		set2 := store.LLMSettings{WorkspaceID: w.ID, Provider: "openai", BaseURL: "http://127.0.0.1:11434/v1", Model: "llama3.2"}
		if err := ls.SaveLLMSettings(ctx, &set2); err != nil {
			t.Fatal(err)
		}
		got, _ = ls.GetLLMSettings(ctx, w.ID)
		if got.Provider != "openai" || got.BaseURL != "http://127.0.0.1:11434/v1" || got.APIKeySealed != "" || got.PriceInput != nil || got.UpdatedBy != nil {
			t.Fatalf("replaced %+v", got)
		}
		if err := ls.SaveLLMSettings(ctx, &store.LLMSettings{WorkspaceID: w.ID, Provider: "openai", Model: "m", APIKeySealed: "sk-plain"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("plain key stored: %v", err)
		}
		if err := ls.SaveLLMSettings(ctx, &store.LLMSettings{WorkspaceID: w.ID, Provider: "openai"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("no model: %v", err)
		}
		if err := ls.SaveLLMSettings(ctx, &store.LLMSettings{WorkspaceID: w.ID + 99, Provider: "openai", Model: "m"}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown workspace: %v", err)
		}
		if err := ls.DeleteLLMSettings(ctx, w.ID); err != nil {
			t.Fatal(err)
		}
		if err := ls.DeleteLLMSettings(ctx, w.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
		// Inside a transaction the same methods are there, and a rollback
		// leaves nothing.
		boom := errors.New("boom")
		err = s.InTx(ctx, func(tx store.Store) error {
			if err := tx.(store.LLMStore).SaveLLMSettings(ctx, &store.LLMSettings{WorkspaceID: w.ID, Provider: "openai", Model: "m"}); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatal(err)
		}
		if _, err := ls.GetLLMSettings(ctx, w.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("rolled back settings exist: %v", err)
		}
	})
}

func TestLLMUsage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		ls := s.(store.LLMStore)
		w, _ := fixture(t, s)
		other := brand.Workspace{Name: "Autre", Slug: "autre"}
		if err := s.CreateWorkspace(ctx, &other); err != nil {
			t.Fatal(err)
		}
		at := func(v string) time.Time {
			t0, err := time.Parse(time.RFC3339, v)
			if err != nil {
				t.Fatal(err)
			}
			return t0
		}
		rows := []store.LLMUsage{
			{WorkspaceID: w.ID, Draft: "draft:c1:x:1", Purpose: "draft", Provider: "openai", Model: "llama3.2", PromptTokens: 400, CompletionTokens: 40, At: at("2026-10-31T23:59:59Z")},
			{WorkspaceID: w.ID, Draft: "draft:c1:x:1", Purpose: "correct", Provider: "openai", Model: "llama3.2", PromptTokens: 500, CompletionTokens: 38, At: at("2026-11-01T00:00:00Z")},
			{WorkspaceID: w.ID, Draft: "draft:c1:linkedin:1", Purpose: "draft", Provider: "openai", Model: "llama3.2", Cached: true, At: at("2026-11-02T10:00:00Z")},
			{WorkspaceID: w.ID, Draft: "draft:c10:x:1", Purpose: "draft", Provider: "anthropic", Model: "claude-x", PromptTokens: 300, CompletionTokens: 30, CostUSD: 0.0012, At: at("2026-11-03T10:00:00Z")},
			{WorkspaceID: w.ID, Purpose: "test", Provider: "anthropic", Model: "claude-x", PromptTokens: 10, CompletionTokens: 1, CostUSD: 0.0001, At: at("2026-11-29T12:00:00Z")},
			{WorkspaceID: other.ID, Draft: "draft:c1:x:1", Purpose: "draft", Provider: "openai", Model: "llama3.2", PromptTokens: 999, At: at("2026-11-05T10:00:00Z")},
		}
		for i := range rows {
			if err := ls.RecordLLMUsage(ctx, &rows[i]); err != nil {
				t.Fatal(err)
			}
			if rows[i].ID == 0 {
				t.Fatal("no id")
			}
		}
		months, err := ls.LLMUsageByMonth(ctx, w.ID, at("2026-01-01T00:00:00Z"))
		if err != nil {
			t.Fatal(err)
		}
		want := []store.LLMUsageMonth{
			{Month: "2026-11", Provider: "anthropic", Model: "claude-x", Calls: 2, PromptTokens: 310, CompletionTokens: 31, CostUSD: 0.0013},
			{Month: "2026-11", Provider: "openai", Model: "llama3.2", Calls: 1, CacheHits: 1, PromptTokens: 500, CompletionTokens: 38},
			{Month: "2026-10", Provider: "openai", Model: "llama3.2", Calls: 1, PromptTokens: 400, CompletionTokens: 40},
		}
		if len(months) != len(want) {
			t.Fatalf("months %+v", months)
		}
		for i := range want {
			g := months[i]
			if d := g.CostUSD - want[i].CostUSD; d > 1e-12 || d < -1e-12 {
				t.Fatalf("month %d cost %v want %v", i, g.CostUSD, want[i].CostUSD)
			}
			g.CostUSD = want[i].CostUSD
			if g != want[i] {
				t.Fatalf("month %d = %+v, want %+v", i, g, want[i])
			}
		}
		// since cuts rows before it.
		if m, _ := ls.LLMUsageByMonth(ctx, w.ID, at("2026-11-01T00:00:00Z")); len(m) != 2 {
			t.Fatalf("since November: %+v", m)
		}
		// A draft's calls: its own rows and those below it, not c10's.
		got, err := ls.ListLLMUsage(ctx, w.ID, "draft:c1")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 3 || got[0].Purpose != "draft" || got[1].Purpose != "correct" || !got[2].Cached || !got[0].At.Equal(rows[0].At) {
			t.Fatalf("draft c1: %+v", got)
		}
		if got, _ := ls.ListLLMUsage(ctx, w.ID, "draft:c1:x:1"); len(got) != 2 {
			t.Fatalf("draft c1 x 1: %+v", got)
		}
		if err := ls.RecordLLMUsage(ctx, &store.LLMUsage{WorkspaceID: w.ID, Provider: "openai", PromptTokens: -1}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("negative tokens: %v", err)
		}
		if err := ls.RecordLLMUsage(ctx, &store.LLMUsage{WorkspaceID: w.ID + 99, Provider: "openai", Model: "m"}); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown workspace: %v", err)
		}
	})
}
