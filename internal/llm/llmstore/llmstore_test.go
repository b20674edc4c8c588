package llmstore_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmstore"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
	"github.com/vigie-cm/vigie/internal/secret"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

var ctx = context.Background()

func workspaces(t *testing.T, s store.Store, n int) []int64 {
	t.Helper()
	var ids []int64
	for i := range n {
		w := brand.Workspace{Name: "W", Slug: string(rune('a' + i))}
		if err := s.CreateWorkspace(ctx, &w); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, w.ID)
	}
	return ids
}

func noEnv(string) string { return "" }

func TestSettingsInTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		ws := workspaces(t, s, 2)
		data := t.TempDir()
		set := llmstore.New(s, data, "")
		if _, ok, err := set.Load(ctx, ws[0]); ok || err != nil {
			t.Fatalf("empty: %v %v", ok, err)
		}
		if _, err := os.Stat(filepath.Join(data, secret.KeyFileName)); err == nil {
			t.Fatal("looking for settings generated a key file")
		}
		c := llm.Config{Provider: "anthropic", Model: "claude-x", APIKey: "sk-ant-secret-42", Price: &llm.Price{InputPerMTok: 3, OutputPerMTok: 15}}
		if err := set.Save(ctx, ws[0], c, nil); err != nil {
			t.Fatal(err)
		}
		if c.APIKey != "sk-ant-secret-42" {
			t.Fatal("Save changed the caller's config")
		}
		row, err := s.(store.LLMStore).GetLLMSettings(ctx, ws[0])
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(row.APIKeySealed, "sk-ant") || !strings.HasPrefix(row.APIKeySealed, "v1:") {
			t.Fatalf("key not sealed in the database: %q", row.APIKeySealed)
		}
		// Another process (same data folder, so the same key file) reads it.
		other := llmstore.New(s, data, "")
		got, ok, err := other.Load(ctx, ws[0])
		if err != nil || !ok || got.APIKey != "sk-ant-secret-42" || got.Model != "claude-x" || got.Price == nil || got.Price.OutputPerMTok != 15 {
			t.Fatalf("load: %+v %v %v", got, ok, err)
		}
		// The sealed key copied to another workspace's row does not open.
		row.WorkspaceID = ws[1]
		if err := s.(store.LLMStore).SaveLLMSettings(ctx, &row); err != nil {
			t.Fatal(err)
		}
		if _, _, err := other.Load(ctx, ws[1]); !errors.Is(err, secret.ErrDecrypt) {
			t.Fatalf("a key sealed for workspace %d opened for %d: %v", ws[0], ws[1], err)
		}
		// A process with another secret key cannot open it either.
		if _, _, err := llmstore.New(s, "", "another key").Load(ctx, ws[0]); !errors.Is(err, secret.ErrDecrypt) {
			t.Fatalf("wrong secret key: %v", err)
		}
		env := map[string]string{llm.EnvBaseURL: "http://127.0.0.1:11434/v1", llm.EnvModel: "llama3.2"}
		getenv := func(k string) string { return env[k] }
		if c, from, err := other.Resolve(ctx, ws[0], getenv); err != nil || from != "workspace" || c.Provider != "anthropic" {
			t.Fatalf("resolve own: %+v %s %v", c, from, err)
		}
		if err := other.Delete(ctx, ws[1]); err != nil {
			t.Fatal(err)
		}
		if c, from, err := other.Resolve(ctx, ws[1], getenv); err != nil || from != "environment" || c.Model != "llama3.2" {
			t.Fatalf("resolve env: %+v %s %v", c, from, err)
		}
		if err := other.Delete(ctx, ws[0]); err != nil {
			t.Fatal(err)
		}
		if _, from, _ := other.Resolve(ctx, ws[0], noEnv); from != "" {
			t.Fatalf("after delete, nothing configured: %s", from)
		}
		if err := other.Delete(ctx, ws[0]); err != nil {
			t.Fatalf("deleting nothing: %v", err)
		}
		if err := other.Save(ctx, ws[0], llm.Config{Provider: "openai"}, nil); err == nil {
			t.Fatal("invalid config saved")
		}
		// Inside a transaction, with the shared key.
		err = s.InTx(ctx, func(tx store.Store) error {
			return other.With(tx).Save(ctx, ws[0], llm.Config{Provider: "openai", Model: "m", APIKey: "k-tx"}, nil)
		})
		if err != nil {
			t.Fatal(err)
		}
		if got, _, _ := set.Load(ctx, ws[0]); got.APIKey != "k-tx" {
			t.Fatalf("saved in a transaction: %+v", got)
		}
	})
}

// An earlier version's files, written as it wrote them (the key sealed for
// the same scope), move into the database once.
func TestMigrateFiles(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		ws := workspaces(t, s, 2)
		data := t.TempDir()
		box, err := secret.Open("", data)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(data, "llm")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		write := func(ws int64, c llm.Config) string {
			if err := c.Seal(box, llmstore.Scope(ws)); err != nil {
				t.Fatal(err)
			}
			b, _ := json.MarshalIndent(c, "", "  ")
			p := filepath.Join(dir, "provider-"+strings.Replace(llmstore.Scope(ws), ":", "-", 1)+".json")
			if err := os.WriteFile(p, b, 0o600); err != nil {
				t.Fatal(err)
			}
			return p
		}
		p0 := write(ws[0], llm.Config{Provider: "openai", BaseURL: "http://127.0.0.1:8080/v1", Model: "qwen", APIKey: "sk-old-1", Timeout: 30})
		// Workspace 2 already has settings in the database: they win.
		set := llmstore.New(s, data, "")
		if err := set.Save(ctx, ws[1], llm.Config{Provider: "openai", Model: "db-model"}, nil); err != nil {
			t.Fatal(err)
		}
		p1 := write(ws[1], llm.Config{Provider: "openai", Model: "file-model"})
		pGone := write(ws[1]+100, llm.Config{Provider: "openai", Model: "orphan"})
		n, err := set.MigrateFiles(ctx, data)
		if n != 2 || err == nil || !strings.Contains(err.Error(), filepath.Base(pGone)) {
			t.Fatalf("migrated %d, err %v (want 2 and the orphan reported)", n, err)
		}
		got, ok, err := set.Load(ctx, ws[0])
		if err != nil || !ok || got.Model != "qwen" || got.APIKey != "sk-old-1" || got.Timeout != 30 || got.BaseURL != "http://127.0.0.1:8080/v1" {
			t.Fatalf("migrated settings %+v %v %v", got, ok, err)
		}
		if got, _, _ := set.Load(ctx, ws[1]); got.Model != "db-model" {
			t.Fatalf("the database's settings were replaced: %+v", got)
		}
		for _, p := range []string{p0, p1} {
			if _, err := os.Stat(p + ".migrated"); err != nil {
				t.Fatalf("%s not renamed: %v", p, err)
			}
		}
		if _, err := os.Stat(pGone); err != nil {
			t.Fatal("the orphan file was moved")
		}
		// Once: a second start moves nothing.
		if n, _ := set.MigrateFiles(ctx, data); n != 0 {
			t.Fatalf("second migration moved %d", n)
		}
		if n, err := set.MigrateFiles(ctx, t.TempDir()); n != 0 || err != nil {
			t.Fatalf("no folder: %d %v", n, err)
		}
	})
}

// Real calls through llm.Client to llmtest's fake OpenAI-compatible server
// (documented wire format, one token per word) land in the database.
func TestRecorder(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		ws := workspaces(t, s, 2)
		srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "deux mots"})
		p, err := llm.NewProvider(llm.Config{BaseURL: srv.BaseURL(), Model: "fake-m"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		rec := &llmstore.Recorder{Store: s, Workspace: ws[1]}
		cl := llm.NewClient(p, llm.Options{Cache: llm.NewCache(0), Recorder: rec, Prices: &llm.Price{InputPerMTok: 1e6, OutputPerMTok: 2e6}})
		req := llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "un deux trois"}}, Purpose: "draft",
			Accounts: []string{llmstore.Scope(ws[0]), "draft:c9", "draft:c9:x:1"}}
		r1, err := cl.Complete(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := cl.Complete(ctx, req); err != nil { // from the cache
			t.Fatal(err)
		}
		// Without a workspace account, the recorder's own workspace.
		if _, err := cl.Complete(ctx, llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "test"}}, Purpose: "test", NoCache: true}); err != nil {
			t.Fatal(err)
		}
		ls := s.(store.LLMStore)
		rows, err := ls.ListLLMUsage(ctx, ws[0], "draft:c9")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[0].Draft != "draft:c9:x:1" || rows[0].Purpose != "draft" || rows[0].Provider != "openai" || rows[0].Model != "fake-m" ||
			rows[0].PromptTokens != r1.Usage.InputTokens || rows[0].CompletionTokens != 2 || rows[0].Cached ||
			rows[0].CostUSD != r1.CostUSD || !rows[1].Cached || rows[1].PromptTokens != 0 {
			t.Fatalf("rows %+v (response %+v)", rows, r1)
		}
		months, err := ls.LLMUsageByMonth(ctx, ws[1], rows[0].At.AddDate(0, -1, 0))
		if err != nil || len(months) != 1 || months[0].Calls != 1 || months[0].CompletionTokens == 0 {
			t.Fatalf("recorder's own workspace: %+v %v", months, err)
		}
	})
}

// BenchmarkRecorder measures what recording usage adds to Vigie's own
// overhead per model call (llm.Response.Overhead: the call's time minus the
// time in HTTP exchanges), against the same calls without a recorder, to
// llmtest's loopback fake server, on each engine.
//
//	go test -run '^$' -bench Recorder -benchtime 300x ./internal/llm/llmstore/
func BenchmarkRecorder(b *testing.B) {
	for _, be := range storetest.Backends {
		b.Run(be.Name, func(b *testing.B) {
			s := storetest.Open(b, be)
			w := brand.Workspace{Name: "W", Slug: "w"}
			if err := s.CreateWorkspace(ctx, &w); err != nil {
				b.Fatal(err)
			}
			srv := llmtest.NewOpenAI(b, llmtest.Reply{Text: "deux mots"})
			p, err := llm.NewProvider(llm.Config{BaseURL: srv.BaseURL(), Model: "fake-m"}, nil)
			if err != nil {
				b.Fatal(err)
			}
			bare := llm.NewClient(p, llm.Options{})
			rec := llm.NewClient(p, llm.Options{Recorder: &llmstore.Recorder{Store: s, Workspace: w.ID}})
			req := llm.Request{Messages: []llm.Message{{Role: llm.RoleUser, Content: "un deux trois"}}, Purpose: "draft", Accounts: []string{"draft:bench"}}
			var withRec, without float64
			b.ResetTimer()
			for range b.N {
				r, err := bare.Complete(ctx, req)
				if err != nil {
					b.Fatal(err)
				}
				without += float64(r.Overhead.Microseconds())
				r, err = rec.Complete(ctx, req)
				if err != nil {
					b.Fatal(err)
				}
				withRec += float64(r.Overhead.Microseconds())
			}
			b.ReportMetric(without/float64(b.N)/1000, "ms-overhead-bare/call")
			b.ReportMetric(withRec/float64(b.N)/1000, "ms-overhead-recorded/call")
		})
	}
}
